# All dependencies come from Debian packages (see README and .ci/run).
find_package(PkgConfig REQUIRED)
pkg_check_modules(re2 REQUIRED IMPORTED_TARGET GLOBAL re2)
find_package(fmt REQUIRED CONFIG)
find_package(Boost 1.81 REQUIRED CONFIG COMPONENTS json program_options)
find_package(Threads REQUIRED)
