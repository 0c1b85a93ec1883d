# Warnings and sanitizers for claimlint's own targets only; never PUBLIC on the library.
add_library(claimlint_warnings INTERFACE)
add_library(claimlint::warnings ALIAS claimlint_warnings)
target_compile_options(claimlint_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>)

add_library(claimlint_sanitize INTERFACE)
add_library(claimlint::sanitize ALIAS claimlint_sanitize)
if(CLAIMLINT_SANITIZE)
  target_compile_options(claimlint_sanitize INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(claimlint_sanitize INTERFACE -fsanitize=address,undefined)
endif()

# claimlint_add_tool(NAME SOURCES...): an executable of ours, with warnings and sanitizers.
function(claimlint_add_tool name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE claimlint::claimlint claimlint_warnings claimlint_sanitize)
  target_compile_features(${name} PRIVATE cxx_std_20)
endfunction()
