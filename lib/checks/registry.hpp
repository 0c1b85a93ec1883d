// The rule registry: each check is one function with its catalogue entry. Adding a rule is a
// new file in this folder and one line in registry.cpp.
#pragma once

#include <span>
#include <vector>

#include "claimlint/rules.hpp"
#include "doc/doc.hpp"

namespace claimlint::detail {

using CheckFn = void (*)(const Doc&, std::vector<Finding>&);

struct RuleDef {
  RuleInfo info;
  CheckFn check;
};

std::span<const RuleDef> rule_defs();

// Helpers shared by checks.
Finding make_finding(const RuleInfo& rule, std::string message, Span span);

// Check functions (one file each).
void check_role_self_reference(const Doc&, std::vector<Finding>&);
void check_role_kb_mismatch(const Doc&, std::vector<Finding>&);
void check_role_stale(const Doc&, std::vector<Finding>&);
void check_date_weekday(const Doc&, std::vector<Finding>&);
void check_unused_suppression(const Doc&, std::vector<Finding>&);  // suppress.cpp: a no-op
void check_role_conflict(const Doc&, std::vector<Finding>&);
void check_number_part_whole(const Doc&, std::vector<Finding>&);
void check_number_repeat(const Doc&, std::vector<Finding>&);
void check_quote_speaker(const Doc&, std::vector<Finding>&);
void check_name_spelling(const Doc&, std::vector<Finding>&);
void check_person_age(const Doc&, std::vector<Finding>&);
void check_source_unattributed(const Doc&, std::vector<Finding>&);
void check_source_anonymous(const Doc&, std::vector<Finding>&);
// quote.* against sources and revision.*: nothing on one document alone (quote_source.cpp).
void check_needs_sources(const Doc&, std::vector<Finding>&);

}  // namespace claimlint::detail
