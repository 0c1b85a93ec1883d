#!/usr/bin/env bash
# The installed package, used as an integrator uses it (issue 13).
#   package_test.sh SOURCE_DIR WORK_DIR static BUILD_DIR   install BUILD_DIR (a static build)
#   package_test.sh SOURCE_DIR WORK_DIR shared             configure, build and install a shared build
# Then, with g++ and with clang++ (when installed), build examples/embed against the installed
# prefix through find_package(claimlint) and through pkg-config, and run it. For the shared
# library also check the SONAME, that no internal symbol is exported, that the installed CLI
# finds the library through its RPATH, and that the package asks for no dependency.
set -euo pipefail
src=$(cd "$1" && pwd); work=$(realpath -m "$2"); kind=$3
rm -rf "$work"; mkdir -p "$work"
prefix=$work/prefix
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$kind" = static ]; then
  cmake --install "$4" --prefix "$prefix" >/dev/null
else
  cmake -S "$src" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DCLAIMLINT_BUILD_TESTS=OFF -DCLAIMLINT_BUILD_BENCHMARKS=OFF -DCLAIMLINT_BUILD_FUZZ=OFF \
    -DCLAIMLINT_BUILD_EXAMPLES=ON -DCLAIMLINT_INSTALL=ON >/dev/null
  cmake --build "$work/build" -j2 >/dev/null
  cmake --install "$work/build" --prefix "$prefix" >/dev/null
fi
find_libdir() { (cd "$(dirname "$(find "$prefix" -name claimlint.pc)")/.." && pwd); }
libdir=$(find_libdir)

# Nothing in the package asks for the CLI's Boost.program_options.
if grep -rq program_options "$libdir/cmake/claimlint"; then fail "the package configuration mentions program_options"; fi

if [ "$kind" = shared ]; then
  so=$(readlink -f "$libdir/libclaimlint.so")
  [ "$(basename "$so")" = "libclaimlint.so.0.1.0" ] || fail "library file is $(basename "$so")"
  soname=$(readelf -d "$so" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')
  [ "$soname" = "libclaimlint.so.0.1" ] || fail "SONAME is '$soname'"
  [ -e "$libdir/$soname" ] || fail "no $soname link"
  exported=$(nm -D --defined-only -C "$so")
  if grep -q 'claimlint::detail' <<<"$exported"; then
    fail "internal symbols exported: $(grep -c 'claimlint::detail' <<<"$exported")"
  fi
  grep -q 'claimlint::Analyzer::create' <<<"$exported" || fail "Analyzer::create is not exported"
  grep -q 'claimlint::read_file' <<<"$exported" || fail "read_file is not exported"
  echo "exported claimlint symbols: $(grep -c 'claimlint::' <<<"$exported")"
  # A shared package needs no dependency found by its consumer: nothing in its link interface
  # (IMPORTED_LINK_DEPENDENT_LIBRARIES only hints -rpath-link and is ignored for unknown targets).
  if grep -E 'INTERFACE_LINK_LIBRARIES' "$libdir"/cmake/claimlint/claimlintTargets*.cmake | grep -Eq 're2|md4c|gumbo|utf8proc|fmt|Boost'; then
    fail "the shared package's link interface names private dependencies"
  fi
  if grep -q 'pkg_check_modules\|find_dependency' <(sed -n '/if(NOT _claimlint_shared)/,/endif()/!p' "$libdir/cmake/claimlint/claimlintConfig.cmake"); then
    fail "the shared package's configuration looks for dependencies"
  fi
  grep -q 'set(_claimlint_shared ON)' "$libdir/cmake/claimlint/claimlintConfig.cmake" || fail "the shared package says it is static"
  # The installed CLI runs from the moved prefix without LD_LIBRARY_PATH (RPATH $ORIGIN/../lib).
  mv "$prefix" "$prefix-moved"; prefix=$prefix-moved; libdir=$(find_libdir)
  env -u LD_LIBRARY_PATH "$prefix/bin/claimlint" --version | grep -q '^claimlint 0\.1' || fail "installed CLI does not run"
  ldd "$prefix/bin/claimlint" | grep -q "$prefix" || fail "installed CLI does not use the installed library"
  rc=0; env -u LD_LIBRARY_PATH "$prefix/bin/claimlint" check --date 2025-12-15 "$src/examples/articles/berlin-talks.md" >/dev/null || rc=$?
  [ "$rc" = 1 ] || fail "installed CLI check: exit $rc"
fi

compilers=(g++)
command -v clang++ >/dev/null && compilers+=(clang++)
for cxx in "${compilers[@]}"; do
  # CMake: find_package(claimlint) in examples/embed.
  b=$work/embed-cmake-$cxx
  cmake -S "$src/examples/embed" -B "$b" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_COMPILER="$cxx" >/dev/null || fail "find_package with $cxx"
  cmake --build "$b" >/dev/null || fail "build with $cxx (CMake)"
  LD_LIBRARY_PATH="$libdir" "$b/embed" >/dev/null || fail "run with $cxx (CMake)"
  # pkg-config: the same program by one compiler command.
  static=(); [ "$kind" = static ] && static=(--static)
  flags=$(PKG_CONFIG_PATH="$libdir/pkgconfig" pkg-config "${static[@]}" --cflags --libs claimlint) || fail "pkg-config"
  # shellcheck disable=SC2086
  "$cxx" -std=c++20 -O1 "$src/examples/embed/main.cpp" -o "$work/embed-pc-$cxx" $flags || fail "build with $cxx (pkg-config)"
  LD_LIBRARY_PATH="$libdir" "$work/embed-pc-$cxx" >/dev/null || fail "run with $cxx (pkg-config)"
  echo "$kind package: $cxx via CMake and pkg-config: ok"
done
