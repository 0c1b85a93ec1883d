#include "checks/consistency.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "mentions/lexicon.hpp"

namespace claimlint::detail {

WordSet::WordSet(std::string_view words) {
  std::size_t b = 0;
  while (b < words.size()) {
    std::size_t e = words.find(' ', b);
    if (e == std::string_view::npos) e = words.size();
    if (e > b) set_.insert(words.substr(b, e - b));
    b = e + 1;
  }
}

std::string curly(std::string_view text) { return fmt::format("\u2018{}\u2019", text); }

Related earlier(const Doc& d, std::string_view what, const Span& sp) {
  (void)d;
  return Related{fmt::format("{} (line {})", what, sp.line), sp};
}

Span role_with_name(const Doc& d, const RoleMention& rm) {
  for (const auto& pm : d.persons)
    if (pm.entity == rm.entity && (pm.tb == rm.te || pm.tb == rm.te + 1) && pm.tb > rm.tb)
      return d.span(d.text.toks[rm.tb].start, d.text.toks[pm.te - 1].end);
  return d.tok_span(rm.tb, rm.te);
}

int edit_distance(std::string_view a, std::string_view b, int cap) {
  const std::size_t n = a.size(), m = b.size();
  if (static_cast<int>(n > m ? n - m : m - n) > cap) return cap + 1;
  // Three rows are enough for the optimal-string-alignment variant.
  std::vector<int> p2(m + 1), p1(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) p1[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({p1[j] + 1, cur[j - 1] + 1, p1[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, p2[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > cap) return cap + 1;
    std::swap(p2, p1);
    std::swap(p1, cur);
  }
  return std::min(p1[m], cap + 1);
}

std::string display_name(const Doc& d, std::string_view name) {
  std::vector<std::string_view> w;
  for (std::size_t b = 0; b < name.size();) {
    std::size_t e = name.find(' ', b);
    if (e == std::string_view::npos) e = name.size();
    if (e > b) w.push_back(name.substr(b, e - b));
    b = e + 1;
  }
  // Drop everything up to the last title word that leaves at least two words.
  std::size_t from = 0;
  for (std::size_t i = 0; i + 2 < w.size(); ++i) {
    std::string f = fold(w[i]);
    if (d.voc->office_by_phrase.contains(f) || org_word(f) || honorific(f) || f == "investor" || f == "of" ||
        f == "the" || f == "provincial" || f == "regional" || f == "state" || f == "federal" || f == "executive" ||
        f == "officer" || f == "financial" || f == "operating" || f == "managing" || f == "vice" || f == "senior")
      from = i + 1;
  }
  if (from == 0) return std::string(name);
  std::string out;
  for (std::size_t i = from; i < w.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

std::string_view surname_of(std::string_view name) {
  auto sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

std::string_view given_of(std::string_view name) {
  auto sp = name.find(' ');
  return sp == std::string_view::npos ? std::string_view{} : name.substr(0, sp);
}

}  // namespace claimlint::detail
