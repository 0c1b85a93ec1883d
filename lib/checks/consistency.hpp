// Helpers shared by the in-document consistency checks (role.conflict, number.*, quote.*,
// name.*, person.*, source.*): evidence spans, line numbers, quoting and small string tools.
//
//   Finding f = make_finding(rule, msg, later_span);
//   f.related.push_back(earlier(d, "the first mention", first_span));
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <boost/unordered/unordered_flat_set.hpp>

#include "doc/doc.hpp"

namespace claimlint::detail {

// A set of folded words, built once from a space-separated list: WordSet s("of in on");
class WordSet {
 public:
  explicit WordSet(std::string_view words);
  [[nodiscard]] bool contains(std::string_view w) const { return set_.contains(w); }

 private:
  boost::unordered_flat_set<std::string_view> set_;
};

// Returns the 1-based line of byte offset `b`.
inline std::uint32_t line_at(const Doc& d, std::size_t b) { return d.lines.line_of(b); }

// Returns "‘text’".
std::string curly(std::string_view text);

// Returns evidence that points at an earlier mention: "<what> (line N)" with its span.
Related earlier(const Doc& d, std::string_view what, const Span& sp);

// Returns the span of the role phrase [tb, te), widened to the name it is given to when the
// name follows it directly ("Mayor Tom Brekke").
Span role_with_name(const Doc& d, const RoleMention& rm);

// Returns the folded (lower-case ASCII, diacritics folded) text of token i, computed once per
// document (Doc::f); empty for quotes and dashes.
inline const std::string& folded_tok(const Doc& d, std::size_t i) { return d.f[i]; }

// Returns the Damerau–Levenshtein distance of a and b, or `cap` + 1 when it exceeds `cap`.
int edit_distance(std::string_view a, std::string_view b, int cap);

// Returns a person's name for a message, without title words the mention finder left in it:
// "Tomasz Wierzbicki" for "Provincial Governor Tomasz Wierzbicki".
std::string display_name(const Doc& d, std::string_view name);

// Returns the last word of a person's name ("Deschamps" for "Marguerite Deschamps").
std::string_view surname_of(std::string_view name);
// Returns the first word of a person's name, or empty when the name is one word.
std::string_view given_of(std::string_view name);

}  // namespace claimlint::detail
