#include "mentions/numbers.hpp"

#include <re2/re2.h>

#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <deque>
#include <cstring>
#include <initializer_list>
#include <string>

namespace claimlint::detail {
namespace {

bool ascii_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ci(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (lower(s[i]) != p[i]) return false;
  return true;
}

void set_code(char* out, std::string_view code) {
  std::memcpy(out, code.data(), std::min<std::size_t>(3, code.size()));
}

// Currency of a sign ("$", "C$", "€") or a word ("euros", "dlrs", "stg").
std::string_view currency_code(std::string_view s) {
  if (s.empty()) return {};
  if (s == "$" || starts_with_ci(s, "us$") || starts_with_ci(s, "usd")) return "USD";
  if (starts_with_ci(s, "c$")) return "CAD";
  if (starts_with_ci(s, "a$")) return "AUD";
  if (starts_with_ci(s, "hk$")) return "HKD";
  if (starts_with_ci(s, "nz$")) return "NZD";
  if (starts_with_ci(s, "s$")) return "SGD";
  if (s == "\xE2\x82\xAC" || starts_with_ci(s, "eur")) return "EUR";
  if (s == "\xC2\xA3" || starts_with_ci(s, "gbp") || starts_with_ci(s, "pound") || starts_with_ci(s, "sterling") ||
      starts_with_ci(s, "stg"))
    return "GBP";
  if (s == "\xC2\xA5" || starts_with_ci(s, "yen")) return "JPY";
  if (starts_with_ci(s, "dollar") || starts_with_ci(s, "dlr")) return "USD";
  if (starts_with_ci(s, "cent") || starts_with_ci(s, "cts") || starts_with_ci(s, "pence"))
    return "CTS";
  if (starts_with_ci(s, "franc")) return "FRC";
  if (starts_with_ci(s, "mark")) return "DEM";
  if (starts_with_ci(s, "yuan")) return "CNY";
  if (starts_with_ci(s, "rupee")) return "INR";
  if (starts_with_ci(s, "rouble") || starts_with_ci(s, "ruble")) return "RUB";
  return {};
}

// The currency a word after a figure names ("euros", "dlrs", "cts"), or empty.
std::string_view unit_currency(std::string_view w) {
  if (w.size() > 9) return {};
  char buf[10];
  for (std::size_t i = 0; i < w.size(); ++i) buf[i] = lower(w[i]);
  std::string_view l(buf, w.size());
  if (l == "euro" || l == "euros") return "EUR";
  if (l == "dollar" || l == "dollars" || l == "dlr" || l == "dlrs") return "USD";
  if (l == "pound" || l == "pounds" || l == "sterling" || l == "stg") return "GBP";
  if (l == "yen") return "JPY";
  if (l == "franc" || l == "francs") return "FRC";
  if (l == "marks") return "DEM";
  if (l == "yuan") return "CNY";
  if (l == "rupee" || l == "rupees") return "INR";
  if (l == "rouble" || l == "roubles" || l == "ruble" || l == "rubles") return "RUB";
  if (l == "ecu" || l == "ecus") return "XEU";
  if (l == "cent" || l == "cents" || l == "cts" || l == "pence") return "CTS";
  return {};
}


}  // namespace

std::uint32_t token_at(const Text& t, std::size_t b) {
  auto it = std::lower_bound(t.toks.begin(), t.toks.end(), b,
                             [](const Token& k, std::size_t v) { return k.start < v; });
  return static_cast<std::uint32_t>(it - t.toks.begin());
}

namespace {

// The hedge written before token `i` ("at least", "about"); sets `first` to its first token.
bool is(const Text& t, std::uint32_t k, std::string_view w);

Hedge hedge_before(const Text& t, std::uint32_t i, std::uint32_t& first) {
  first = i;
  // Every hedge ends in one of these words; most figures follow none of them.
  if (i == 0 || t.toks[i - 1].kind != Tk::word) return Hedge::none;
  {
    std::string_view x = t.str(i - 1);
    if (x.size() < 2 || x.size() > 13) return Hedge::none;
    char buf[13];
    for (std::size_t j = 0; j < x.size(); ++j) buf[j] = lower(x[j]);
    std::string_view l(buf, x.size());
    static constexpr std::string_view last_words[] = {"least", "than", "of", "to", "estimated", "over", "nearly",
                                                      "almost", "under", "about", "around", "roughly",
                                                      "approximately", "some", "as"};
    bool any = false;
    for (auto w : last_words) any |= w == l;
    if (!any) return Hedge::none;
  }
  auto word = [&](std::uint32_t k, std::string_view w) { return is(t, k, w); };
  if (i == 0) return Hedge::none;
  const std::uint32_t p = i - 1;
  if (p >= 2 && word(p - 2, "as") && (word(p - 1, "many") || word(p - 1, "much")) && word(p, "as")) {
    first = p - 2;
    return Hedge::at_least;
  }
  if (p >= 1) {
    static constexpr std::string_view two[][2] = {{"at", "least"}, {"more", "than"}, {"upwards", "of"},
                                                  {"less", "than"}, {"fewer", "than"}, {"up", "to"},
                                                  {"close", "to"}, {"an", "estimated"}};
    for (std::size_t k = 0; k < std::size(two); ++k)
      if (word(p - 1, two[k][0]) && word(p, two[k][1])) {
        first = p - 1;
        return k < 3 ? Hedge::at_least : k < 6 ? Hedge::at_most : Hedge::about;
      }
  }
  static constexpr std::string_view one[] = {"over", "nearly", "almost", "under", "about", "around", "roughly",
                                             "approximately", "some", "estimated"};
  for (std::size_t k = 0; k < std::size(one); ++k)
    if (word(p, one[k])) {
      first = p;
      return k == 0 ? Hedge::at_least : k < 4 ? Hedge::at_most : Hedge::about;
    }
  return Hedge::none;
}

// ASCII-lower-case equality of a string and a lower-case word.
bool unit_is(std::string_view x, std::string_view w) {
  if (x.size() != w.size()) return false;
  for (std::size_t j = 0; j < w.size(); ++j)
    if (lower(x[j]) != w[j]) return false;
  return true;
}

// ASCII-lower-case equality of a token and a lower-case word.
bool is(const Text& t, std::uint32_t k, std::string_view w) {
  if (k >= t.toks.size() || t.toks[k].kind != Tk::word) return false;
  std::string_view x = t.str(k);
  if (x.size() != w.size()) return false;
  for (std::size_t j = 0; j < w.size(); ++j)
    if (lower(x[j]) != w[j]) return false;
  return true;
}

bool one_of(const Text& t, std::uint32_t k, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (is(t, k, w)) return true;
  return false;
}

// The word after token k, stepping over one hyphen glued to both sides ("2.3-billion").
std::uint32_t next_word(const Text& t, std::uint32_t k) {
  std::uint32_t n = k + 1;
  if (n + 1 < t.toks.size() && t.toks[n].kind != Tk::word && t.str(n) == "-" && t.toks[n].start == t.toks[k].end &&
      t.toks[n + 1].start == t.toks[n].end)
    ++n;
  return n;
}

// Parses the digits of a figure token: "2,300", "3.5". Returns false when it has anything else.
bool parse_figure(std::string_view s, double& v, bool& decimal, bool& comma, std::size_t& int_digits) {
  v = 0;
  decimal = comma = false;
  int_digits = 0;
  double f = 0;
  for (char c : s) {
    if (c == ',') { comma = true; continue; }
    if (c == '.') { if (decimal) return false; decimal = true; f = 0.1; continue; }
    if (!ascii_digit(c)) return false;
    if (decimal) { v += (c - '0') * f; f /= 10; }
    else { v = v * 10 + (c - '0'); ++int_digits; }
  }
  return int_digits > 0;
}

}  // namespace

// The value of a number word from two to ninety-nine ("seventeen", "twenty-one"), or 0. "One"
// is left out: it is a pronoun as often as a count. Every word token passes here, so most are
// turned away by their first letter and length before a single hash look-up.
static int number_word(std::string_view w) {
  if (w.size() < 3 || w.size() > 13) return 0;
  // Only these openings start a number word, with these shortest lengths ("the", "for", "see"
  // are turned away here).
  const char c0 = lower(w[0]), c1 = lower(w[1]);
  std::size_t shortest = 0;
  if (c0 == 't') shortest = c1 == 'w' || c1 == 'e' ? 3 : c1 == 'h' ? 5 : 0;
  else if (c0 == 'f') shortest = c1 == 'o' || c1 == 'i' ? 4 : 0;
  else if (c0 == 's') shortest = c1 == 'i' ? 3 : c1 == 'e' ? 5 : 0;
  else if (c0 == 'e') shortest = c1 == 'i' || c1 == 'l' ? 5 : 0;
  else if (c0 == 'n') shortest = c1 == 'i' ? 4 : 0;
  if (shortest == 0 || w.size() < shortest) return 0;
  static const std::deque<std::string> spelled = [] {
    std::deque<std::string> v;
    static constexpr std::string_view units[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    static constexpr std::string_view tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                                "ninety"};
    for (auto t : tens)
      for (auto u : units) v.push_back(std::string(t) + "-" + std::string(u));
    return v;
  }();
  static const boost::unordered_flat_map<std::string_view, int> words = [] {
    static constexpr std::string_view units[] = {"",        "one",     "two",       "three",    "four",
                                                 "five",    "six",     "seven",     "eight",    "nine",
                                                 "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                                 "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static constexpr std::string_view tens[] = {"",      "",      "twenty",  "thirty", "forty",
                                                "fifty", "sixty", "seventy", "eighty", "ninety"};
    boost::unordered_flat_map<std::string_view, int> m;
    for (int i = 2; i < 20; ++i) m.emplace(units[i], i);
    std::size_t h = 0;
    for (int i = 2; i < 10; ++i) {
      m.emplace(tens[i], i * 10);
      for (int k = 1; k < 10; ++k) m.emplace(std::string_view(spelled[h++]), i * 10 + k);
    }
    return m;
  }();
  char buf[14];
  for (std::size_t j = 0; j < w.size(); ++j) buf[j] = lower(w[j]);
  auto it = words.find(std::string_view(buf, w.size()));
  return it == words.end() ? 0 : it->second;
}

std::vector<NumberMention> find_numbers(const Text& t) {
  // A figure token with letters glued to it: "5m", "2.3bn" are amounts; "3rd", "1990s" are not.
  static const RE2 glued("(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(m|bn|b|mln|bln)");
  std::vector<NumberMention> out;
  const std::string_view src = t.src;
  const auto& toks = t.toks;
  for (std::uint32_t ti = 0; ti < toks.size(); ++ti) {
    if (toks[ti].kind == Tk::word) {
      // A number word counts only when a noun follows it, not a scale or a unit ("seventeen
      // people", not "two million dlrs" or "five pct", which stay out).
      const int v = number_word(t.str(ti));
      if (v == 0 || ti + 1 >= toks.size() || toks[ti + 1].kind != Tk::word) continue;
      if (one_of(t, ti + 1, {"thousand", "million", "billion", "trillion", "mln", "bln", "pct", "percent", "per",
                             "of", "and", "or", "to", "times", "dlrs", "cts"}))
        continue;
      NumberMention n;
      std::uint32_t hedge_tok = ti;
      n.hedge = hedge_before(t, ti, hedge_tok);
      n.start = toks[hedge_tok].start;
      n.end = toks[ti].end;
      n.num_start = toks[ti].start;
      n.tb = ti;
      n.te = ti + 1;
      n.value = v;
      n.spelled = true;
      out.push_back(n);
      continue;
    }
    if (toks[ti].kind != Tk::number) continue;
    // A currency sign glued before the figure: "$", "US$", "€".
    std::size_t ns = toks[ti].start;
    std::uint32_t first_tok = ti;
    std::string_view sign;
    if (ti > 0 && toks[ti - 1].end == ns && toks[ti - 1].kind == Tk::punct) {
      std::string_view sg = t.str(ti - 1);
      if (sg == "$" || sg == "\xE2\x82\xAC" || sg == "\xC2\xA3" || sg == "\xC2\xA5") {
        sign = sg;
        ns = toks[ti - 1].start;
        first_tok = ti - 1;
        if (sg == "$" && ti > 1 && toks[ti - 2].end == ns && toks[ti - 2].kind == Tk::word &&
            one_of(t, ti - 2, {"us", "c", "a", "hk", "nz", "s"})) {
          sign = src.substr(toks[ti - 2].start, toks[ti].start - toks[ti - 2].start);
          ns = toks[ti - 2].start;
          first_tok = ti - 2;
        }
      }
    }
    // What stands before: not glued to a word ("G-7"), a time or a fraction.
    if (ns > 0 && first_tok == ti) {
      char p = src[ns - 1];
      if (ascii_alnum(p) || p == '/' || p == ':' || p == '.' || p == '_') continue;
      if (p == '-' && ns > 1 && ascii_alnum(src[ns - 2])) continue;
    }
    NumberMention n;
    double v = 0, scale = 1;
    bool comma = false;
    std::size_t int_digits = 0;
    std::string_view fig = t.str(ti);
    std::string_view sign_code;  // a currency named inside a hyphenated word
    if (!parse_figure(fig, v, n.decimal, comma, int_digits)) {
      // Glued letters: only a scale, and only with a currency sign ("$5m", "€2.3bn").
      re2::StringPiece num, suf;
      if (sign.empty() || !RE2::FullMatch(re2::StringPiece(fig.data(), fig.size()), glued, &num, &suf)) continue;
      if (!parse_figure(std::string_view(num.data(), num.size()), v, n.decimal, comma, int_digits)) continue;
      scale = suf[0] == 'm' ? 1e6 : 1e9;
    }
    std::size_t me = toks[ti].end;
    std::uint32_t last = ti;  // last token of the quantity
    // Times, fractions, scores and ranges glued to the figure: "10:30", "3/4", "7-2".
    if (me + 1 < src.size() && (src[me] == ':' || src[me] == '/' || src[me] == '-') && ascii_digit(src[me + 1])) continue;
    // A clock time: "1500 GMT", "0930 local time", "2200 hrs" — no quantity and no year.
    if (!comma && !n.decimal && int_digits >= 3 && int_digits <= 4 && scale == 1 && sign.empty() && v < 2400 &&
        (one_of(t, ti + 1, {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "hrs",
                            "jst", "ist", "aest"}) ||
         (is(t, ti + 1, "local") && is(t, ti + 2, "time"))))
      continue;
    // Percent or points. Unit words start with p, b, m, t (and currencies with others), so a
    // quick look at the next word's first letter spares most figures the comparisons.
    std::uint32_t k = ti + 1;
    const char k0 = k < toks.size() && toks[k].kind == Tk::word ? lower(t.str(k)[0]) : '\0';
    if (k < toks.size() && t.str(k) == "%" && toks[k].start - me <= 1) {
      n.unit = NumUnit::percent;
      last = k;
    } else if (k0 != 'p' && k0 != 'b' && k0 != 'm' && k0 != 't' && k < toks.size() && t.str(k) != "-") {
      // Neither a percent nor a scale: only a currency word may follow.
    } else if (k < toks.size() && t.str(k) == "%") {
      n.unit = NumUnit::percent;
      last = k;
    } else if (one_of(t, k, {"percent", "pct"})) {
      n.unit = NumUnit::percent;
      last = k;
    } else if (is(t, k, "per") && is(t, k + 1, "cent")) {
      n.unit = NumUnit::percent;
      last = k + 1;
    } else if (one_of(t, k, {"percentage", "basis"}) && one_of(t, k + 1, {"point", "points"})) {
      n.unit = NumUnit::points;
      last = k + 1;
    } else if (scale == 1) {
      // Scale, then currency: "2.3 billion", "45 million euros", "50 mln dlrs".
      std::uint32_t w = next_word(t, ti);
      if (is(t, w, "thousand")) { scale = 1e3; last = w; }
      else if (one_of(t, w, {"million", "mln", "m"})) { scale = 1e6; last = w; }
      else if (one_of(t, w, {"billion", "bln", "bn"})) { scale = 1e9; last = w; }
      else if (is(t, w, "trillion")) { scale = 1e12; last = w; }
      if (last != ti && (is(t, w, "m") || is(t, w, "bn")) && sign.empty()) { scale = 1; last = ti; }  // "5 m" of metres
      // One hyphenated word: "54-million-euro fee", "2.3-billion-dollar deal".
      if (last == ti && w < toks.size() && toks[w].kind == Tk::word && w == ti + 2) {
        std::string_view hw = t.str(w);
        std::size_t dash = hw.find('-');
        if (dash != std::string_view::npos) {
          std::string_view head = hw.substr(0, dash), tail = hw.substr(dash + 1);
          double sc = 0;
          if (unit_is(head, "million") || unit_is(head, "mln")) sc = 1e6;
          else if (unit_is(head, "billion") || unit_is(head, "bln")) sc = 1e9;
          else if (unit_is(head, "thousand")) sc = 1e3;
          std::string_view cc = unit_currency(tail);
          if (sc > 0 && (!cc.empty() || tail.find('-') == std::string_view::npos)) {
            scale = sc;
            last = w;
            if (!cc.empty() && sign.empty()) sign_code = cc;
          }
        }
      }
    }
    std::string_view code = currency_code(sign);
    if (code.empty()) code = sign_code;
    if (n.unit == NumUnit::count) {
      std::uint32_t w = next_word(t, last);
      // A currency word in lower case, or in a headline set in capitals ("1.5 BILLION FRANC LOSS").
      if (w < toks.size() && toks[w].kind == Tk::word &&
          (!toks[w].has(f_cap) || (toks[w].has(f_upper) && (last != ti || unit_is(t.str(w), "ecu"))))) {
        std::string_view cw = t.str(w);
        std::string_view c2 = unit_currency(cw);
        // "61 mln mark nominal capital": the singular after a scale.
        if (c2.empty() && last != ti && unit_is(cw, "mark")) c2 = "DEM";
        if (!c2.empty()) {
          if (code.empty()) code = c2;
          last = w;
        }
      }
    }
    if (n.unit == NumUnit::count && !code.empty()) n.unit = NumUnit::currency;
    if (!code.empty()) set_code(n.currency, code);
    me = toks[last].end;
    // Ordinals and glued letters ("3rd", "1990s") never reach here; a compound modifier does:
    // "27-nation", "23-year-old", "30,000-strong".
    if (last == ti && me + 1 < src.size() && src[me] == '-' && ascii_alpha(src[me + 1])) {
      std::size_t e = me + 1;
      while (e < src.size() && (ascii_alpha(src[e]) || (src[e] == '-' && e + 1 < src.size() && ascii_alpha(src[e + 1]))))
        ++e;
      n.compound = src.substr(me + 1, e - me - 1);
    }
    std::uint32_t hedge_tok = first_tok;
    n.hedge = hedge_before(t, first_tok, hedge_tok);
    n.start = toks[hedge_tok].start;
    n.end = static_cast<std::uint32_t>(me);
    n.num_start = static_cast<std::uint32_t>(ns);
    n.value = v * scale;
    n.year_like = n.unit == NumUnit::count && !comma && !n.decimal && int_digits == 4 && scale == 1 && v >= 1800 &&
                  v <= 2100;
    n.tb = first_tok;
    n.te = last + 1;
    out.push_back(n);
    ti = last;
  }
  return out;
}

}  // namespace claimlint::detail
