// date.weekday-mismatch: "Monday, December 15, 2025" where that day is not a Monday.
#include <cstdlib>

#include <fmt/format.h>

#include "checks/registry.hpp"
#include "mentions/dates.hpp"

namespace claimlint::detail {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void check_date_weekday(const Doc& d, std::vector<Finding>& out) {
  for (const auto& m : d.dates) {
    if (m.weekday < 0) continue;
    int year = m.year;
    bool assumed = false;
    if (!year) {
      // A date without a year takes the article's year, but only when the article's date is
      // given (option, front matter, dateline), not guessed from a date in the text. Around a
      // new year, the year that puts the date nearest the article's date is taken.
      if (!d.date || d.date_source == DateSource::text || d.date_source == DateSource::none) continue;
      int best = d.date->year;
      long best_gap = -1;
      for (int y = d.date->year - 1; y <= d.date->year + 1; ++y) {
        if (!valid_date(y, m.month, m.day)) continue;
        long gap = std::labs(days_from_civil(y, m.month, m.day) -
                             days_from_civil(d.date->year, d.date->month, d.date->day));
        if (best_gap < 0 || gap < best_gap) { best = y; best_gap = gap; }
      }
      year = best;
      assumed = true;
    }
    if (!valid_date(year, m.month, m.day)) continue;
    int real = weekday_of(year, m.month, m.day);
    if (real == m.weekday) continue;
    std::string date = fmt::format("{:04}-{:02}-{:02}", year, m.month, m.day);
    std::string msg = fmt::format("{} is a {}, not a {}", date, weekday_name(real), weekday_name(m.weekday));
    if (assumed) msg += fmt::format(" (the year {} is the article's; the text gives none)", year);
    Finding f = make_finding(*find_rule("date.weekday-mismatch"), msg, d.span(m.start, m.end));
    f.related.push_back(Related{fmt::format("the weekday as written: {}", weekday_name(m.weekday)),
                                d.span(m.weekday_start, m.weekday_end)});
    f.fix = fmt::format("write {} or correct the date", weekday_name(real));
    out.push_back(std::move(f));
  }
}

}  // namespace claimlint::detail
