// date.weekday-mismatch: "Monday, December 15, 2025" where that day is not a Monday.
#include <fmt/format.h>

#include "checks/registry.hpp"
#include "mentions/dates.hpp"

namespace claimlint::detail {

void check_date_weekday(const Doc& d, std::vector<Finding>& out) {
  for (const auto& m : d.dates) {
    if (m.weekday < 0) continue;
    int year = m.year;
    bool assumed = false;
    if (!year) {
      if (!d.date) continue;
      year = d.date->year;
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
