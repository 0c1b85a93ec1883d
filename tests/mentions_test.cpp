#include <doctest/doctest.h>

#include <algorithm>

#include "helpers.hpp"
#include "mentions/dates.hpp"

using claimlint::EntityKind;

static const claimlint::Entity* person(const claimlint::Report& r, std::string_view name) {
  for (const auto& e : r.entities)
    if (e.kind == EntityKind::person && e.name == name) return &e;
  return nullptr;
}

TEST_CASE("titles before names are parsed into office and jurisdiction") {
  auto r = test::analyze("Italian Prime Minister Paolo Verdi met reporters in Rome on Friday.");
  const auto* e = person(r, "Paolo Verdi");
  REQUIRE(e);
  REQUIRE(e->roles.size() == 1);
  CHECK(e->roles[0].office == "prime_minister");
  CHECK(e->roles[0].jurisdiction == "IT");
  CHECK(e->roles[0].text == "Italian Prime Minister");
}

TEST_CASE("possessive owners make relational roles: whose spokesperson") {
  auto r = test::analyze("The French President’s spokeswoman, Claire Dumont, declined to comment.");
  const auto* e = person(r, "Claire Dumont");
  REQUIRE(e);
  REQUIRE_FALSE(e->roles.empty());
  const auto& role = e->roles[0];
  CHECK(role.office == "spokesperson");
  CHECK(role.of_office == "president");
  CHECK(role.of_jurisdiction == "FR");
}

TEST_CASE("institutions imply an office: Kremlin spokesperson") {
  auto r = test::analyze("Kremlin spokesman Ivan Orlov told state media the offer stood.");
  const auto* e = person(r, "Ivan Orlov");
  REQUIRE(e);
  REQUIRE_FALSE(e->roles.empty());
  CHECK(e->roles[0].office == "spokesperson");
  CHECK(e->roles[0].of_office == "president");
  CHECK(e->roles[0].of_jurisdiction == "RU");
}

TEST_CASE("appositive roles after the name, with 'to' relations") {
  auto r = test::analyze("Anna Berg, deputy to the NATO secretary general, arrived late.");
  const auto* e = person(r, "Anna Berg");
  REQUIRE(e);
  REQUIRE_FALSE(e->roles.empty());
  CHECK(e->roles[0].office == "deputy");
  CHECK(e->roles[0].of_office == "secretary_general");
  CHECK(e->roles[0].of_jurisdiction == "NATO");
}

TEST_CASE("the head of an intelligence agency is an intelligence chief") {
  auto r = test::analyze("Meanwhile, the head of Britain’s intelligence agency, Tom Harlow, spoke in London.");
  const auto* e = person(r, "Tom Harlow");
  REQUIRE(e);
  REQUIRE_FALSE(e->roles.empty());
  CHECK(e->roles[0].office == "intelligence_chief");
  CHECK(e->roles[0].jurisdiction == "GB");
}

TEST_CASE("qualifiers: former, then-, -elect, acting") {
  auto r = test::analyze("Former Finance Minister Ada Lind and then-President Omar Kell met acting Governor Ben Ruiz "
                         "and President-elect Sam Hale.");
  auto quals = [&](std::string_view n) {
    const auto* e = person(r, n);
    REQUIRE(e);
    REQUIRE_FALSE(e->roles.empty());
    return e->roles[0].qualifiers;
  };
  auto has = [](const std::vector<std::string>& v, std::string_view q) { return std::find(v.begin(), v.end(), q) != v.end(); };
  CHECK(has(quals("Ada Lind"), "former"));
  CHECK(has(quals("Omar Kell"), "then"));
  CHECK(has(quals("Ben Ruiz"), "acting"));
  CHECK(has(quals("Sam Hale"), "elect"));
}

TEST_CASE("a spokesman of a named person is not that person") {
  auto r = test::analyze("Prime Minister Keir Starmer's spokesman said ministers would not intervene.", "2025-02-11");
  const auto* e = person(r, "Keir Starmer");
  REQUIRE(e);
  for (const auto& role : e->roles) CHECK(role.office != "spokesperson");
}

TEST_CASE("coreference: surname and possessive join the full name; KB supplies full names") {
  auto r = test::analyze("Mira Castell arrived on Monday. Castell’s plan was debated. Later Castell left.");
  const auto* e = person(r, "Mira Castell");
  REQUIRE(e);
  CHECK(e->mentions.size() == 3);
  auto k = test::analyze("President Zelenskyy spoke. Zelenskyy’s office confirmed it.");
  const auto* z = person(k, "Volodymyr Zelenskyy");
  REQUIRE(z);
  CHECK(z->mentions.size() == 2);
}

TEST_CASE("transliterations resolve to one person through KB aliases") {
  auto r = test::analyze("Volodymyr Zelensky met the press. Later, Zelenskiy left.");
  CHECK(person(r, "Volodymyr Zelenskyy") != nullptr);
}

TEST_CASE("two people sharing a surname stay two people") {
  auto r = test::analyze("Hillary Clinton spoke first. Bill Clinton spoke after her.");
  int n = 0;
  for (const auto& e : r.entities) n += e.kind == EntityKind::person && e.name.find("Clinton") != std::string::npos;
  CHECK(n == 2);
}

TEST_CASE("places and organisations are not people") {
  auto r = test::analyze("The European Union and the United States signed. Northway Buses Ltd agreed.");
  for (const auto& e : r.entities) CHECK(e.kind != EntityKind::person);
}

TEST_CASE("dates: weekday forms and calendar arithmetic") {
  using namespace claimlint::detail;
  auto ms = find_date_mentions("on Monday, December 15, 2025 and Tuesday 16 December and on Dec. 18, a Thursday.");
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].weekday == 0);
  CHECK(ms[0].year == 2025);
  CHECK(ms[1].day == 16);
  CHECK(ms[1].month == 12);
  CHECK(ms[1].year == 0);
  CHECK(ms[2].weekday == 3);
  CHECK(weekday_of(2025, 12, 15) == 0);
  CHECK(weekday_of(2024, 2, 29) == 3);
  CHECK(weekday_of(2000, 1, 1) == 5);
  CHECK_FALSE(valid_date(2025, 2, 29));
}

TEST_CASE("the article date comes from front matter, a dateline, or the text") {
  auto fm = test::analyze("---\ndate: 2024-03-02\n---\nText.", "");
  REQUIRE(fm.date);
  CHECK(fm.date_source == claimlint::DateSource::front_matter);
  auto dl = test::analyze("BERLIN, March 3, 2024 (Reuters) - The talks began.", "");
  REQUIRE(dl.date);
  CHECK(dl.date_source == claimlint::DateSource::dateline);
  CHECK(claimlint::to_string(*dl.date) == "2024-03-03");
  auto tx = test::analyze("The vote was held on 4 April 2023 in the capital.", "");
  REQUIRE(tx.date);
  CHECK(tx.date_source == claimlint::DateSource::text);
  auto none = test::analyze("No date at all here.", "");
  CHECK_FALSE(none.date);
  CHECK_FALSE(none.notes.empty());
}

TEST_CASE("an owner before the title: place and company titles give people and roles") {
  auto r = test::analyze("Springfield Mayor Tom Brekke spoke first. Veltra Chief Executive Ruud Kornelius spoke next. "
                         "The mayor of Shelbyville, Linda Haverford, spoke last.");
  const auto* a = person(r, "Tom Brekke");
  const auto* b = person(r, "Ruud Kornelius");
  const auto* c = person(r, "Linda Haverford");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  REQUIRE_FALSE(a->roles.empty());
  CHECK(a->roles[0].office == "mayor");
  CHECK(a->roles[0].jurisdiction == "@Springfield");
  REQUIRE_FALSE(b->roles.empty());
  CHECK(b->roles[0].office == "ceo");
  REQUIRE_FALSE(c->roles.empty());
  CHECK(c->roles[0].jurisdiction == "@Shelbyville");
}

TEST_CASE("an unknown owner keeps a title out of the knowledge-base checks") {
  auto r = test::analyze("Ferrari Chairman Joe Biden spoke at the launch.", "2025-06-20");
  CHECK(r.findings.empty());
}

TEST_CASE("a surname alone is not given a KB person's first name when the text has its own") {
  auto r = test::analyze("Anna Merz runs a bakery in Ulm. Merz said prices had doubled.", "2025-06-20");
  const auto* e = person(r, "Anna Merz");
  REQUIRE(e);
  CHECK(e->mentions.size() == 2);
  CHECK(person(r, "Friedrich Merz") == nullptr);
}

TEST_CASE("a national commission is not the European Commission") {
  auto r = test::analyze("Federal Trade Commission Chair Nora Hale spoke.");
  const auto* e = person(r, "Nora Hale");
  REQUIRE(e);
  REQUIRE_FALSE(e->roles.empty());
  CHECK(e->roles[0].jurisdiction != "EC");
}
