// Shared helpers for the knowledge-base role checks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "doc/doc.hpp"

namespace claimlint::detail {

// True when the role may not speak of the article's date: inside a quotation, or in a
// sentence that names another year or says "at the time", "last year", "years ago" …
bool not_on_article_date(const Doc& d, const RoleMention& rm);
// True when a qualifier makes a dated check meaningless ("former", "then-", "-elect", …).
bool undated_role(const Role& r);
// The jurisdiction a role refers to: as written, or the person's only jurisdiction in the KB
// for that office (or at all). Empty when unknown.
std::string role_jurisdiction(const Doc& d, const Role& r, const EntityData& person);
// Tenures of `person` (KB indices) in office/jurisdiction/body.
std::vector<const Tenure*> person_tenures(const Doc& d, const EntityData& person, const std::string& office,
                                          const std::string& jur, const std::string* body);
// Someone surely in that office on the date (exact body match), other than `person`.
const Tenure* holder_on(const Doc& d, const std::string& office, const std::string& jur, const std::string& body,
                        const Date& date, const EntityData* not_person);
// "Chancellor of Germany" or the record's label.
std::string tenure_title(const Doc& d, const Tenure& t);

}  // namespace claimlint::detail
