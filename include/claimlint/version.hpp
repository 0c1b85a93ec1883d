// claimlint/version.hpp
#pragma once
#define CLAIMLINT_VERSION_MAJOR 0
#define CLAIMLINT_VERSION_MINOR 1
#define CLAIMLINT_VERSION_PATCH 0
namespace claimlint {
inline constexpr const char* version = "0.1.0";
}
