include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS claimlint EXPORT claimlintTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/claimlint DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(TARGET claimlint_cli)
  install(TARGETS claimlint_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(EXPORT claimlintTargets NAMESPACE claimlint:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimlint)
configure_package_config_file(cmake/claimlintConfig.cmake.in
  ${PROJECT_BINARY_DIR}/claimlintConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimlint)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/claimlintConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/claimlintConfig.cmake ${PROJECT_BINARY_DIR}/claimlintConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimlint)
