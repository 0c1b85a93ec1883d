// Calendar dates written in the text: "Monday, December 15, 2025", "Tuesday 16 December",
// "Dec. 16", "2025-12-15".
#pragma once

#include <string_view>
#include <vector>

#include "claimlint/report.hpp"

namespace claimlint::detail {

struct DateMention {
  std::size_t start, end;  // bytes of the whole phrase
  int weekday = -1;        // 0 = Monday … 6 = Sunday, -1 when none is written
  std::size_t weekday_start = 0, weekday_end = 0;
  int year = 0, month = 0, day = 0;  // year 0 when not written
};

// Every date phrase in `text`, in order.
std::vector<DateMention> find_date_mentions(std::string_view text);
// 0 = Monday … 6 = Sunday, by the proleptic Gregorian calendar.
int weekday_of(int year, int month, int day);
bool valid_date(int year, int month, int day);
// "Monday"
std::string_view weekday_name(int wd);

}  // namespace claimlint::detail
