#include "mentions/numbers.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>

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

Hedge hedge_of(std::string_view h) {
  if (h.empty()) return Hedge::none;
  if (starts_with_ci(h, "at") || starts_with_ci(h, "more") || starts_with_ci(h, "over") || starts_with_ci(h, "as") ||
      starts_with_ci(h, "upwards"))
    return Hedge::at_least;
  if (starts_with_ci(h, "up") || starts_with_ci(h, "less") || starts_with_ci(h, "fewer") ||
      starts_with_ci(h, "under") || starts_with_ci(h, "nearly") || starts_with_ci(h, "almost"))
    return Hedge::at_most;
  return Hedge::about;
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

double scale_of(std::string_view s) {
  if (s.empty()) return 1;
  char c = lower(s[0]);
  if (c == 't' && starts_with_ci(s, "thousand")) return 1e3;
  if (c == 'm') return 1e6;
  if (c == 'b') return 1e9;
  if (c == 't') return 1e12;
  return 1;
}

}  // namespace

std::uint32_t token_at(const Text& t, std::size_t b) {
  auto it = std::lower_bound(t.toks.begin(), t.toks.end(), b,
                             [](const Token& k, std::size_t v) { return k.start < v; });
  return static_cast<std::uint32_t>(it - t.toks.begin());
}

std::vector<NumberMention> find_numbers(const Text& t) {
  // hedge | currency sign | digits | decimals | percent or points | scale | currency word
  static const RE2 re(
      "(?i)(?:\\b(at\\s+least|more\\s+than|less\\s+than|fewer\\s+than|up\\s+to|as\\s+many\\s+as|as\\s+much\\s+as|"
      "upwards\\s+of|nearly|almost|about|around|roughly|approximately|some|over|under|an\\s+estimated|close\\s+to)"
      "\\s+)?"
      "((?:US|C|A|HK|NZ|S)?\\$|\xE2\x82\xAC|\xC2\xA3|\xC2\xA5)?"
      "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
      "(\\s?%|\\s+percentage\\s+points?\\b|\\s+basis\\s+points?\\b|\\s+percent\\b|\\s+per\\s+cent\\b|\\s+pct\\b)?"
      "(?:(?:\\s+|-)(thousand|million|billion|trillion|mln|bln|bn)\\b|(m|bn|b)\\b)?"
      "(?:(?:\\s+|-)(euros?|dollars?|dlrs?|pounds?|sterling|stg|yen|francs?|marks|yuan|rupees?|roubles?|rubles?|cents?|cts|pence)\\b)?");
  std::vector<NumberMention> out;
  const std::string_view src = t.src;
  if (src.find_first_of("0123456789") == std::string_view::npos) return out;
  re2::StringPiece input(src.data(), src.size());
  re2::StringPiece g[9];
  std::size_t pos = 0;
  while (pos < src.size() && re.Match(input, pos, src.size(), RE2::UNANCHORED, g, 9)) {
    const std::size_t ms = static_cast<std::size_t>(g[0].data() - src.data());
    std::size_t me = ms + g[0].size();
    pos = me > ms ? me : ms + 1;
    auto off = [&](const re2::StringPiece& p) { return static_cast<std::size_t>(p.data() - src.data()); };
    const std::size_t ds = off(g[3]);
    std::size_t de = ds + g[3].size() + g[4].size();
    const std::size_t ns = g[2].empty() ? ds : off(g[2]);
    // What stands before the figure: not glued to a word ("G7", "COVID-19"), a time or a fraction.
    if (ns > 0) {
      char p = src[ns - 1];
      if (ascii_alnum(p) || p == '/' || p == ':' || p == '.' || p == '_') continue;
      if (p == '-' && ns > 1 && ascii_alnum(src[ns - 2])) continue;
      if (static_cast<unsigned char>(p) >= 0x80 && g[2].empty()) {
        // A letter in another script glued to the digits.
        int len = 0;
        std::size_t k = ns - 1;
        while (k > 0 && (static_cast<unsigned char>(src[k]) & 0xC0) == 0x80) --k;
        char32_t c = decode_utf8(src, k, len);
        if (c > 0xBF && c != 0x2014 && c != 0x2013 && c != 0x201C && c != 0x2018 && c != 0x00A0) continue;
      }
    }
    std::string_view scale_word(g[6].data(), g[6].size());
    std::string_view cur_sign(g[2].data(), g[2].size());
    if (!g[7].empty()) {
      // "5m", "5bn" glued: only with a currency sign.
      if (cur_sign.empty()) {
        me = de + g[5].size();
        scale_word = {};
        if (me < src.size() && ascii_alpha(src[me])) continue;  // "5m" of metres, "3rd"
      } else {
        scale_word = std::string_view(g[7].data(), g[7].size());
      }
    }
    // Ordinals and glued letters ("3rd", "1990s") when nothing else was taken.
    if (g[5].empty() && scale_word.empty() && g[8].empty() && me == de && me < src.size()) {
      char a = src[me];
      if (ascii_alpha(a)) continue;
      if ((a == ':' || a == '/' || a == '.') && me + 1 < src.size() && ascii_digit(src[me + 1])) continue;
    }
    NumberMention n;
    n.start = static_cast<std::uint32_t>(ms);
    n.end = static_cast<std::uint32_t>(me);
    n.num_start = static_cast<std::uint32_t>(ns);
    n.hedge = hedge_of(std::string_view(g[1].data(), g[1].size()));
    // Value.
    double v = 0;
    for (char c : std::string_view(g[3].data(), g[3].size()))
      if (ascii_digit(c)) v = v * 10 + (c - '0');
    if (!g[4].empty()) {
      n.decimal = true;
      double f = 0.1;
      for (std::size_t i = 1; i < g[4].size(); ++i, f /= 10) v += (g[4][i] - '0') * f;
    }
    v *= scale_of(scale_word);
    n.value = v;
    std::string_view pct(g[5].data(), g[5].size());
    while (!pct.empty() && (pct.front() == ' ' || pct.front() == '\t' || pct.front() == '\n')) pct.remove_prefix(1);
    if (!pct.empty()) n.unit = (pct[0] == 'b' || pct[0] == 'B' || pct.size() > 10) ? NumUnit::points : NumUnit::percent;
    if (!pct.empty() && (starts_with_ci(pct, "percentage") || starts_with_ci(pct, "basis"))) n.unit = NumUnit::points;
    std::string_view code = currency_code(cur_sign);
    if (code.empty()) code = currency_code(std::string_view(g[8].data(), g[8].size()));
    if (n.unit == NumUnit::count && !code.empty()) n.unit = NumUnit::currency;
    if (!code.empty()) set_code(n.currency, code);
    // Compound modifier: "27-nation", "23-year-old", "30,000-strong".
    if (me == de && me + 1 < src.size() && src[me] == '-' && ascii_alpha(src[me + 1])) {
      std::size_t k = me + 1;
      while (k < src.size() && (ascii_alpha(src[k]) || (src[k] == '-' && k + 1 < src.size() && ascii_alpha(src[k + 1]))))
        ++k;
      n.compound = src.substr(me + 1, k - me - 1);
    }
    if (me == de && me + 1 < src.size() && (src[me] == '-' || src[me] == '/') && ascii_digit(src[me + 1])) continue;
    n.year_like = n.unit == NumUnit::count && g[3].size() == 4 && g[4].empty() && scale_word.empty() && v >= 1800 &&
                  v <= 2100;
    n.tb = token_at(t, ns);
    n.te = token_at(t, me);
    if (n.tb >= n.te) continue;
    out.push_back(n);
  }
  return out;
}

}  // namespace claimlint::detail
