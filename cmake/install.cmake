include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS claimlint EXPORT claimlintTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} NAMELINK_COMPONENT Development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/claimlint DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
if(TARGET claimlint_cli)
  install(TARGETS claimlint_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(EXPORT claimlintTargets NAMESPACE claimlint:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimlint)

# The package configuration finds the link dependencies of a static library only.
if(BUILD_SHARED_LIBS)
  set(CLAIMLINT_PACKAGE_SHARED ON)
else()
  set(CLAIMLINT_PACKAGE_SHARED OFF)
endif()
configure_package_config_file(cmake/claimlintConfig.cmake.in
  ${PROJECT_BINARY_DIR}/claimlintConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimlint)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/claimlintConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/claimlintConfig.cmake ${PROJECT_BINARY_DIR}/claimlintConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/claimlint)

# claimlint.pc for pkg-config users (`pkg-config --cflags --libs claimlint`, with --static for
# the static library). Relocatable: its prefix is found from its own folder.
file(RELATIVE_PATH CLAIMLINT_PC_TO_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" CLAIMLINT_PC_TO_PREFIX "${CLAIMLINT_PC_TO_PREFIX}")
configure_file(cmake/claimlint.pc.in ${PROJECT_BINARY_DIR}/claimlint.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/claimlint.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
