// Suppression comments inside a draft, applied after the checks have run:
//
//   <!-- claimlint-disable role.stale, role.kb-mismatch -->  … <!-- claimlint-enable -->
//   <!-- claimlint-disable-next-line role.stale -->
//   A sentence. <!-- claimlint-disable-line date.weekday-mismatch -->
//
// They work alike in Markdown, HTML and plain text. A comment that silences nothing is
// reported as meta.unused-suppression (docs/rules/meta.unused-suppression.md).
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "checks/registry.hpp"
#include "doc/doc.hpp"
#include "text/markup.hpp"

namespace claimlint::detail {

inline constexpr std::string_view kUnusedSuppression = "meta.unused-suppression";

// Returns the severity of meta.unused-suppression among the active rules, or nothing when
// the rule is off.
std::optional<Severity> unused_suppression_severity(const std::vector<const RuleDef*>& active,
                                                    const std::vector<Severity>& severity);

// Removes from d.findings those that the claimlint comments among `comments` silence (spans
// of `src`, the original text), and adds a meta.unused-suppression finding of severity
// `unused` for every comment, or rule named in one, that silences nothing.
void apply_suppressions(Doc& d, std::string_view src, std::span<const ByteRange> comments,
                        std::optional<Severity> unused);

}  // namespace claimlint::detail
