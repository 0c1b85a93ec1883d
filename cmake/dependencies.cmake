# All dependencies come from Debian packages (see README and .ci/run).
find_package(PkgConfig REQUIRED)
pkg_check_modules(re2 REQUIRED IMPORTED_TARGET GLOBAL re2)
# Input formats (linked PRIVATE) and the configuration file reader (toml++, header-only use).
pkg_check_modules(md4c REQUIRED IMPORTED_TARGET GLOBAL md4c)
pkg_check_modules(gumbo REQUIRED IMPORTED_TARGET GLOBAL gumbo)
find_path(CLAIMLINT_TOMLPP_INCLUDE_DIR toml++/toml.h REQUIRED)
find_package(fmt REQUIRED CONFIG)
find_package(Boost 1.81 REQUIRED CONFIG COMPONENTS json)
if(CLAIMLINT_BUILD_EXAMPLES)
  find_package(Boost 1.81 REQUIRED CONFIG COMPONENTS program_options)  # the CLI only
endif()
find_package(Threads REQUIRED)
# Unicode letters, case and folding (lib/text/).
pkg_check_modules(utf8proc REQUIRED IMPORTED_TARGET GLOBAL libutf8proc)
