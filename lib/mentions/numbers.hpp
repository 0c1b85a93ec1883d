// Quantities written in the text, with their hedge, scale and unit:
//   "at least 14", "2,300 of the company's 2,100 drivers", "$2.3 billion", "45 million euros",
//   "52%", "52 percent", "40 pct", "50 mln dlrs", "a 27-nation bloc".
//
//   auto nums = find_numbers(doc.text);
//   for (const auto& n : nums) if (n.unit == NumUnit::percent) ...
//
// The finder works on the original bytes with RE2 and ties every quantity to the tokens it
// covers, so that the checks can look at the words around it (the noun it counts, "of the").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/text.hpp"

namespace claimlint::detail {

enum class NumUnit : std::uint8_t {
  count,      // a bare number: "14", "2,300"
  percent,    // "52%", "52 percent", "52 pct"
  points,     // "percentage points", "basis points"
  currency,   // "$2.3 billion", "45 million euros"
};

enum class Hedge : std::uint8_t {
  none,
  at_least,   // at least, more than, over, as many as, upwards of
  at_most,    // up to, less than, fewer than, under, nearly, almost
  about,      // about, around, roughly, approximately, some, an estimated
};

struct NumberMention {
  std::uint32_t start = 0, end = 0;  // bytes of the whole quantity, hedge and unit included
  std::uint32_t num_start = 0;       // first byte of the figure or its currency sign
  std::uint32_t tb = 0, te = 0;      // tokens [tb, te) the quantity covers (hedge excluded)
  double value = 0;                  // scaled: "2.3 billion" is 2.3e9
  NumUnit unit = NumUnit::count;
  char currency[4] = {0, 0, 0, 0};   // "USD", "EUR", "GBP", "JPY", … for NumUnit::currency
  Hedge hedge = Hedge::none;
  bool decimal = false;              // written with a decimal part ("3.5")
  bool year_like = false;            // 1800–2100 written without a comma or unit
  std::string_view compound;         // "nation" in "27-nation", "year-old" in "23-year-old"
  bool spelled = false;              // a number word: "seventeen", "twenty-one"
};

// Every quantity in `t`, in text order. Ordinals ("3rd"), numbers glued to letters ("G7",
// "COVID-19") and parts of dates or times are left out.
std::vector<NumberMention> find_numbers(const Text& t);

// Index of the token that starts at or after byte `b` (toks.size() when none).
std::uint32_t token_at(const Text& t, std::size_t b);

}  // namespace claimlint::detail
