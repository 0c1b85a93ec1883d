// The knowledge base's internal store: tenures indexed by person, surname and office.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/unordered/unordered_flat_map.hpp>

#include "claimlint/report.hpp"

namespace claimlint::detail {

// A date known to the day, the month or the year.
struct PartialDate {
  int year = 0, month = 0, day = 0;  // month/day 0 when unknown
  [[nodiscard]] Date first() const;  // first day of the period
  [[nodiscard]] Date last() const;   // last day of the period
  [[nodiscard]] std::string str() const;
  // Wikidata's precision code: 11 day, 10 month, 9 year.
  [[nodiscard]] int precision() const { return day ? 11 : month ? 10 : 9; }
};

// Where a fact was read: a URL and the day it was read ("YYYY-MM-DD").
struct SourceRef {
  std::string url, read;
};

struct Tenure {
  std::string person;
  std::vector<std::string> aliases;
  char gender = 0;  // 'm', 'f' or 0
  std::string office, jurisdiction, body, of, label;
  PartialDate start;
  PartialDate end;
  bool open = true;   // no end date
  bool acting = false;
  std::string source;                // free-text note (old "source" field), may be empty
  std::vector<SourceRef> sources;    // "sources": URLs with the day each was read
  std::string person_qid, office_qid;  // Wikidata ids ("Q567"), empty when unknown
  std::string origin;                // "curated", "wikidata" (imported) or "" (user file)
  // For an open tenure (no end): the last day it is known to have been held ("known_to");
  // after it the tenure is uncertain, as with a partial end. year 0 = not set.
  PartialDate known_to;
  bool retract = false;              // a user record that removes built-in records
  // Other official titles of the office during the tenure, from a day on ("other_labels":
  // [{"label": "Secretary of War", "start": "2025-09-05"}]).
  std::vector<std::pair<std::string, PartialDate>> other_labels;
  std::string file;
  std::size_t line = 0;

  // The official title on that day: the latest of other_labels in force, else `label`.
  [[nodiscard]] const std::string& label_on(const Date& d) const;
  // In office for the whole of that day, beyond doubt.
  [[nodiscard]] bool surely_active(const Date& d) const;
  // Left office before that day, beyond doubt.
  [[nodiscard]] bool surely_ended(const Date& d) const;
  // Not yet in office on that day, beyond doubt.
  [[nodiscard]] bool surely_not_started(const Date& d) const;
};

struct KbData {
  std::vector<Tenure> tenures;
  // folded full name or alias -> tenure indices
  boost::unordered_flat_map<std::string, std::vector<std::uint32_t>> by_name;
  // folded surname (last word of a name or alias) -> canonical folded names
  boost::unordered_flat_map<std::string, std::vector<std::string>> by_surname;
  // "office|jurisdiction" -> tenure indices
  boost::unordered_flat_map<std::string, std::vector<std::uint32_t>> by_office;
  std::string snapshot;

  void reindex();
  // Tenure indices of the person with this name (full name or alias, any case/diacritics).
  [[nodiscard]] const std::vector<std::uint32_t>* person(std::string_view name) const;
  // Canonical names of KB people whose surname is `surname`.
  [[nodiscard]] const std::vector<std::string>* surname(std::string_view surname) const;
  [[nodiscard]] const std::vector<std::uint32_t>* office(std::string_view office, std::string_view jur) const;
};

// Returns the folded surname of a full name ("Ursula von der Leyen" -> "von der leyen").
std::string surname_key(std::string_view full_name);

}  // namespace claimlint::detail
