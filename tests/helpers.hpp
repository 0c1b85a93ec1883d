// Test helpers: analyze a string with the built-in knowledge base.
#pragma once

#include <claimlint/claimlint.hpp>
#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace test {

inline const claimlint::Analyzer& analyzer() {
  static const claimlint::Analyzer a = [] {
    auto kb = claimlint::KnowledgeBase::builtin();
    REQUIRE(kb.ok());
    auto an = claimlint::Analyzer::create({}, *kb);
    REQUIRE(an.ok());
    return *an;
  }();
  return a;
}

// Returns the report of `text` dated `date` ("" for no date).
inline claimlint::Report analyze(std::string_view text, std::string_view date = "2025-12-15",
                                 const claimlint::Analyzer* an = nullptr) {
  claimlint::Document doc{text, "test.txt", date.empty() ? std::nullopt : claimlint::parse_date(date)};
  auto r = (an ? *an : analyzer()).analyze(doc);
  REQUIRE(r.ok());
  return *r;
}

inline int count_rule(const claimlint::Report& r, std::string_view rule) {
  int n = 0;
  for (const auto& f : r.findings) n += f.rule == rule;
  return n;
}

inline const claimlint::Finding* first_rule(const claimlint::Report& r, std::string_view rule) {
  for (const auto& f : r.findings)
    if (f.rule == rule) return &f;
  return nullptr;
}

// The claim whose content contains `needle`, or nullptr.
inline const claimlint::Claim* claim_with(const claimlint::Report& r, std::string_view needle) {
  for (const auto& c : r.claims)
    if (c.content.text.find(needle) != std::string::npos) return &c;
  return nullptr;
}

}  // namespace test
