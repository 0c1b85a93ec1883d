// claimlint/rules.hpp: the catalogue of checks.
//
//   for (const auto& r : claimlint::rules()) std::cout << r.id << ' ' << r.summary << '\n';
#pragma once

#include "claimlint/export.hpp"

#include <span>
#include <string_view>

#include "claimlint/report.hpp"

namespace claimlint {

struct RuleInfo {
  std::string_view id;        // "role.self-reference"
  Severity default_severity;
  std::string_view summary;   // one line
  std::string_view help;      // what to do about a finding
  std::string_view doc;       // path of its page below docs/, e.g. "rules/role.self-reference.md"
};

// Returns every rule claimlint knows, in a stable order. The storage is static.
[[nodiscard]] CLAIMLINT_API std::span<const RuleInfo> rules();
// Returns the rule with this id, or nullptr.
[[nodiscard]] CLAIMLINT_API const RuleInfo* find_rule(std::string_view id);

}  // namespace claimlint
