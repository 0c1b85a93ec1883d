// claimlint/export.hpp: CLAIMLINT_API marks the public interface. The library is built with
// hidden symbols (-fvisibility=hidden), so a shared libclaimlint exports exactly what is marked
// here; everything in claimlint::detail stays internal. For a static library it changes nothing.
#pragma once

#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(CLAIMLINT_STATIC)
#    define CLAIMLINT_API
#  elif defined(CLAIMLINT_BUILDING)
#    define CLAIMLINT_API __declspec(dllexport)
#  else
#    define CLAIMLINT_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define CLAIMLINT_API __attribute__((visibility("default")))
#else
#  define CLAIMLINT_API
#endif
