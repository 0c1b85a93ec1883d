// Phrase look-ups at a token position: offices, jurisdictions, qualifiers.
#pragma once

#include <string>
#include <vector>

#include "doc/doc.hpp"

namespace claimlint::detail {

struct OfficeMatch {
  std::uint32_t len = 0;
  const OfficeInfo* info = nullptr;
  std::string qualifier;  // from "ex-", "then-", "-elect" glued to the phrase
};
// The longest office phrase starting at token i and ending before `end`.
OfficeMatch match_office(const Doc& d, const Folded& f, std::uint32_t i, std::uint32_t end);

struct JurMatch {
  std::uint32_t len = 0;
  const JurisdictionInfo* info = nullptr;
};
// The longest jurisdiction or organisation name starting at token i (capitalised).
JurMatch match_jurisdiction(const Doc& d, const Folded& f, std::uint32_t i, std::uint32_t end);

// Parses tokens [tb, te) as a role phrase ("The German Chancellor’s spokesperson").
// Returns false when the phrase holds no office.
bool parse_role(const Doc& d, const Folded& f, std::uint32_t tb, std::uint32_t te, Role& out);

}  // namespace claimlint::detail
