#include "mentions/dates.hpp"

#include <chrono>

#include <re2/re2.h>

#include <string>

#include "doc/doc.hpp"
#include "text/text.hpp"

namespace claimlint::detail {
namespace {

constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

int month_of(std::string_view m) {
  std::string f = fold(m);
  if (!f.empty() && f.back() == '.') f.pop_back();
  static constexpr std::string_view names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  if (f == "sept") return 9;
  for (int i = 0; i < 12; ++i)
    if (f.size() >= 3 && f.compare(0, 3, names[i]) == 0) return i + 1;
  return 0;
}
int weekday_index(std::string_view w) {
  std::string f = fold(w);
  if (!f.empty() && f.back() == '.') f.pop_back();
  for (int i = 0; i < 7; ++i)
    if (kWeekdays[i] == f || (f.size() >= 3 && kWeekdays[i].substr(0, f.size()) == f)) return i;
  return -1;
}

#define CL_MONTH                                                                                          \
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|" \
  "Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)"
#define CL_WEEKDAY "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

}  // namespace

bool valid_date(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                     std::chrono::day{static_cast<unsigned>(d)}}
      .ok();
}

int weekday_of(int y, int m, int d) {
  // 0 = Monday … 6 = Sunday (ISO order), from the civil calendar of <chrono>.
  const std::chrono::weekday wd{std::chrono::sys_days{std::chrono::year_month_day{
      std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)}, std::chrono::day{static_cast<unsigned>(d)}}}};
  return static_cast<int>(wd.iso_encoding()) - 1;
}

std::string_view weekday_name(int wd) {
  static constexpr std::string_view n[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return wd >= 0 && wd < 7 ? n[wd] : std::string_view{};
}

static void scan_dates(std::string_view text, std::size_t from, std::size_t to, std::vector<DateMention>& out);

std::vector<DateMention> find_date_mentions(std::string_view text) {
  std::vector<DateMention> out;
  scan_dates(text, 0, text.size(), out);
  return out;
}

static void scan_dates(std::string_view text, std::size_t from, std::size_t to, std::vector<DateMention>& out) {
  // One combined pattern, scanned once; the alternatives are told apart by their groups.
  static const RE2 re(
      "(?:" CL_WEEKDAY ",?\\s+(?:the\\s+)?)?" CL_MONTH "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?"
      "(?:,\\s+(?:a|on\\s+a)\\s+" CL_WEEKDAY ")?"
      "|(?:" CL_WEEKDAY ",?\\s+(?:the\\s+)?)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" CL_MONTH "(?:,?\\s+(\\d{4})\\b)?"
      "|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece g[15];
  std::size_t pos = from;
  re2::StringPiece whole;
  while (pos < to) {
    // Find the bounds with the fast engine, then the groups on the match alone.
    if (!re.Match(input, pos, to, RE2::UNANCHORED, &whole, 1)) break;
    auto ws = static_cast<std::size_t>(whole.data() - text.data());
    if (!re.Match(input, ws, ws + whole.size(), RE2::ANCHOR_BOTH, g, 15)) {
      pos = ws + std::max<std::size_t>(1, whole.size());
      continue;
    }
    DateMention m;
    m.start = static_cast<std::size_t>(g[0].data() - text.data());
    m.end = m.start + g[0].size();
    pos = m.end > m.start ? m.end : m.start + 1;
    auto num = [](re2::StringPiece s) { int v = 0; for (char c : s) v = v * 10 + (c - '0'); return v; };
    auto set_wd = [&](re2::StringPiece s) {
      m.weekday = weekday_index(std::string_view(s.data(), s.size()));
      m.weekday_start = static_cast<std::size_t>(s.data() - text.data());
      m.weekday_end = m.weekday_start + s.size();
    };
    // A year is a year-shaped token in the same paragraph that is not a clock time: in
    // "Sunday, 27 February\n\n1500 GMT" or "March 4 1500 GMT" the 1500 is a kick-off time.
    auto year_ok = [&](re2::StringPiece before_end, re2::StringPiece y) {
      std::size_t a = static_cast<std::size_t>(before_end.data() - text.data()) + before_end.size();
      std::size_t b = static_cast<std::size_t>(y.data() - text.data());
      std::size_t newlines = 0;
      for (std::size_t k = a; k < b; ++k) newlines += text[k] == '\n';
      if (newlines >= 2) return false;
      std::size_t k = b + y.size();
      while (k < text.size() && (text[k] == ' ' || text[k] == '\t')) ++k;
      static const RE2 clock("(?i)(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|local|hours|hrs|h|am|pm|a\\.m|p\\.m)\\b");
      re2::StringPiece rest(text.data() + k, std::min<std::size_t>(text.size() - k, 12));
      return !RE2::Consume(&rest, clock);
    };
    if (!g[2].empty()) {
      if (!g[1].empty()) set_wd(g[1]);
      m.month = month_of(std::string_view(g[2].data(), g[2].size()));
      m.day = num(g[3]);
      if (!g[4].empty()) {
        if (year_ok(g[3], g[4])) {
          m.year = num(g[4]);
        } else {
          m.end = static_cast<std::size_t>(g[3].data() - text.data()) + g[3].size();
          pos = m.end;
        }
      }
      if (!g[5].empty() && (g[4].empty() || m.year)) set_wd(g[5]);
    } else if (!g[7].empty()) {
      if (!g[6].empty()) set_wd(g[6]);
      m.day = num(g[7]);
      m.month = month_of(std::string_view(g[8].data(), g[8].size()));
      if (!g[9].empty()) {
        if (year_ok(g[8], g[9])) {
          m.year = num(g[9]);
        } else {
          m.end = static_cast<std::size_t>(g[8].data() - text.data()) + g[8].size();
          pos = m.end;
        }
      }
    } else if (!g[10].empty()) {
      m.year = num(g[10]);
      m.month = num(g[11]);
      m.day = num(g[12]);
    }
    // "May" alone is too often a verb: demand a day and a capital M (the pattern is case-sensitive).
    if (m.month == 0 || m.day == 0 || m.day > 31) continue;
    if (m.year && !valid_date(m.year, m.month, m.day)) continue;
    if (out.empty() || m.start >= out.back().end) out.push_back(m);
  }
}

// Dates in a tokenized text: the pattern runs only in windows around month names and
// ISO-looking years, not over the whole text.
static std::vector<DateMention> dates_of(const Doc& d) {
  static constexpr std::string_view months[] = {"january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december", "jan",
                                                "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                                                "nov", "dec"};
  std::vector<DateMention> out;
  const auto& toks = d.text.toks;
  // Windows around candidates, merged when they overlap so that a date phrase is never cut by
  // the end of the window before it ("on Monday, March 2, and Tuesday, March 4, 1987").
  std::size_t wa = 0, wb = 0;  // the pending window
  auto flush = [&] {
    if (wb > wa) scan_dates(d.src, wa, wb, out);
    wa = wb = 0;
  };
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    bool cand = false;
    if (t.kind == Tk::word && t.has(f_cap) && t.end - t.start <= 10) {
      std::string_view w = d.f[i];
      if (w.size() >= 3 && std::string_view("jfmasond").find(w[0]) != std::string_view::npos)
        for (auto m : months) cand |= w == m;
    } else if (t.kind == Tk::number && t.end - t.start == 4 && i + 1 < toks.size() && d.text.str(i + 1) == "-") {
      cand = true;
    }
    if (!cand) continue;
    std::size_t a = toks[i >= 6 ? i - 6 : 0].start;
    std::size_t b = toks[std::min(toks.size() - 1, i + 10)].end;
    if (wb > wa && a <= wb) {
      wb = std::max(wb, b);
      continue;
    }
    flush();
    wa = a;
    wb = b;
  }
  flush();
  return out;
}

void find_date(Doc& d) {
  d.dates = dates_of(d);
  if (d.date) return;
  std::string_view s = d.src;
  // Front matter: "---\n…date: YYYY-MM-DD…\n---"
  if (s.starts_with("---\n") || s.starts_with("---\r\n")) {
    std::size_t end = s.find("\n---", 3);
    if (end != std::string_view::npos) {
      static const RE2 fm("(?m)^date:\\s*[\"']?(\\d{4}-\\d{2}-\\d{2})");
      std::string iso;
      if (RE2::PartialMatch(re2::StringPiece(s.data(), end), fm, &iso)) {
        if (auto dt = parse_date(iso)) {
          d.date = dt;
          d.date_source = DateSource::front_matter;
          return;
        }
      }
    }
  }
  const auto& mentions = d.dates;
  // Dateline: a date in the first 200 bytes of a paragraph that opens with a place in capitals
  // ("BERLIN, Dec 15 (Reuters) -"), or the first date of the text when it has a year.
  if (!d.text.paras.empty()) {
    for (std::size_t p = 0; p < std::min<std::size_t>(d.text.paras.size(), 3); ++p) {
      const auto& para = d.text.paras[p];
      const Token& t0 = d.text.toks[para.tok_begin];
      if (!t0.has(f_upper) || d.text.str(t0).size() < 3) continue;
      for (const auto& m : mentions) {
        if (m.start >= para.start && m.start < para.start + 120 && m.year) {
          d.date = Date{m.year, m.month, m.day};
          d.date_source = DateSource::dateline;
          return;
        }
      }
    }
  }
  for (const auto& m : mentions) {
    if (m.year) {
      d.date = Date{m.year, m.month, m.day};
      d.date_source = DateSource::text;
      return;
    }
  }
}

}  // namespace claimlint::detail
