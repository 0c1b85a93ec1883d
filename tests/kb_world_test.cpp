// The Wikidata-keyed knowledge-base format (ids, sources with URLs, known_to, retraction) and
// the coverage of the built-in data.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "kb/kb.hpp"
#include "text/text.hpp"

using claimlint::KnowledgeBase;
using claimlint::detail::Tenure;

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(c);
    rows.push_back(cols);
  }
  return rows;
}

claimlint::Date parse(std::string_view s) { return *claimlint::parse_date(s); }

// A holder is known on `d` when some record of the post covers the day (a partial date counts
// for its whole period; an open record counts up to its known_to day, if it has one).
bool known_on(const Tenure& t, const claimlint::Date& d) {
  if (d < t.start.first()) return false;
  if (t.open) return t.known_to.year == 0 || !(t.known_to.last() < d);
  return !(t.end.last() < d);
}

}  // namespace

TEST_CASE("identity fields: Wikidata ids, sources with URLs and read dates, origin") {
  KnowledgeBase kb;
  REQUIRE(kb.merge_text(
              R"({"person":"Ann Ray","office":"president","jurisdiction":"XX","start":"2020-05","end":null,)"
              R"("wikidata":{"person":"Q42","office":"Q11696"},"origin":"curated",)"
              R"("sources":[{"url":"https://example.org/a","read":"2026-11-29"},{"url":"https://example.org/b"}]})",
              "a")
              .ok());
  const Tenure& t = kb.data().tenures.at(0);
  CHECK(t.person_qid == "Q42");
  CHECK(t.office_qid == "Q11696");
  CHECK(t.origin == "curated");
  REQUIRE(t.sources.size() == 2);
  CHECK(t.sources[0].read == "2026-11-29");
  CHECK(t.source == "https://example.org/a");  // what a finding cites
  CHECK(t.start.precision() == 10);

  auto err = [&](std::string rec) {
    auto st = kb.merge_text(rec, "bad.jsonl");
    REQUIRE_FALSE(st.ok());
    return st.error().message;
  };
  CHECK(err(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":null})")
            .find("sources") != std::string::npos);
  CHECK(err(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":null,"wikidata":{"person":"42"},"source":"t"})")
            .find("Wikidata id") != std::string::npos);
  CHECK(err(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":null,"sources":[{"url":"example.org"}]})")
            .find("https://") != std::string::npos);
  CHECK(err(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":null,"sources":[{"url":"https://e.org","read":"2026-11"}]})")
            .find("read date") != std::string::npos);
  CHECK(err(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":null,"origin":"guess","source":"t"})")
            .find("origin") != std::string::npos);
  // Old user files (a "source" note, no ids) keep loading.
  CHECK(kb.merge_text(R"({"person":"C D","office":"president","jurisdiction":"YY","start":"2020","end":null,"source":"note"})", "old").ok());
}

TEST_CASE("known_to: an open record is certain only up to the day it was last known to hold") {
  KnowledgeBase kb;
  REQUIRE(kb.merge_text(R"({"person":"Ann Ray","office":"president","jurisdiction":"XX","start":"2013-04-09","end":null,"known_to":"2022-08-03","source":"t"})", "a").ok());
  const Tenure& t = kb.data().tenures.at(0);
  CHECK(t.surely_active(parse("2022-08-03")));
  CHECK_FALSE(t.surely_active(parse("2022-08-04")));  // may have left since: no finding either way
  CHECK_FALSE(t.surely_ended(parse("2030-01-01")));
}

TEST_CASE("other_labels: a second official title from a day on (US Secretary of War since 2025-09-05)") {
  auto kb = KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  const auto* ts = kb->data().person("Pete Hegseth");
  REQUIRE(ts != nullptr);
  const Tenure& t = kb->data().tenures[ts->front()];
  CHECK(t.label_on(parse("2025-09-04")) == "Secretary of Defense");
  CHECK(t.label_on(parse("2025-09-05")) == "Secretary of War");
  KnowledgeBase bad;
  CHECK_FALSE(bad.merge_text(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":null,"source":"t","other_labels":["X"]})", "x").ok());
}

TEST_CASE("a user file replaces and retracts built-in records") {
  KnowledgeBase kb;
  REQUIRE(kb.merge_text(
              R"({"person":"Ann Ray","office":"president","jurisdiction":"XX","start":"2010-01-01","end":"2015-01-01","wikidata":{"person":"Q1"},"source":"a"})"
              "\n"
              R"({"person":"Bo Lind","office":"president","jurisdiction":"XX","start":"2015-01-01","end":null,"source":"a"})",
              "builtin")
              .ok());
  // Replace: the same person (by Wikidata id, whatever the spelling) and post, overlapping dates.
  REQUIRE(kb.merge_text(R"({"person":"Anne Ray","office":"president","jurisdiction":"XX","start":"2010-01-01","end":"2014-06-01","wikidata":{"person":"Q1"},"source":"b"})", "user").ok());
  REQUIRE(kb.stats().tenures == 2);
  // Retract: removes the overlapping record of that person and post, adds nothing.
  REQUIRE(kb.merge_text(R"({"retract":true,"person":"Bo Lind","office":"president","jurisdiction":"XX","start":"2015-01-01","end":null})", "user").ok());
  REQUIRE(kb.stats().tenures == 1);
  CHECK(kb.data().tenures[0].person == "Anne Ray");
  CHECK(kb.data().person("Bo Lind") == nullptr);
  // A retraction that matches nothing changes nothing.
  REQUIRE(kb.merge_text(R"({"retract":true,"person":"Cy Dee","office":"president","jurisdiction":"XX","start":"2015","end":null})", "user").ok());
  CHECK(kb.stats().tenures == 1);
}

TEST_CASE("every built-in record has a source URL, and at least 90% of people a Wikidata id") {
  auto kb = KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  // Curated records of the earlier format whose source note names a page but no URL yet; the
  // list may only shrink: a record missing from it, or listed but now sourced, fails.
  std::set<std::string> pending;
  for (const auto& row : read_tsv(std::string(CLAIMLINT_SOURCE_DIR) + "/tests/data/kb-unsourced.tsv"))
    pending.insert(row.at(0) + "|" + row.at(1) + "|" + row.at(2) + "|" + row.at(3));
  std::map<std::string, bool> people;
  std::size_t without = 0;
  for (const auto& t : kb->data().tenures) {
    bool url = false;
    for (const auto& s : t.sources) url = url || s.url.starts_with("https://") || s.url.starts_with("http://");
    if (!url) ++without;
    std::string key = t.person + "|" + t.office + "|" + t.jurisdiction + "|" + t.start.str();
    bool listed = pending.erase(key) > 0;
    CHECK_MESSAGE(url != listed, t.file << ":" << t.line << ": " << key
                                        << (url ? " has a URL now: remove it from kb-unsourced.tsv" : " has no source URL"));
    CHECK_MESSAGE((t.origin == "curated" || t.origin == "wikidata"), t.file << ":" << t.line << ": origin");
    auto& has = people[claimlint::detail::fold(t.person)];
    has = has || !t.person_qid.empty();
  }
  for (const auto& key : pending) CHECK_MESSAGE(false, "kb-unsourced.tsv lists a record that does not exist: " << key);
  std::size_t with_id = 0;
  for (const auto& [name, has] : people) with_id += has;
  MESSAGE(people.size() << " people, " << with_id << " with a Wikidata id; " << without << " records without a URL");
  CHECK(with_id * 10 >= people.size() * 9);
}

TEST_CASE("coverage: a holder of every required office is known on 2015-01-01, 2020-01-01 and the snapshot") {
  auto kb = KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  const std::string dir = std::string(CLAIMLINT_SOURCE_DIR) + "/tests/data/";
  // Documented gaps: office, body, of, jurisdiction, date, reason (vacant, or not yet researched).
  std::set<std::string> gaps;
  for (const auto& g : read_tsv(dir + "kb-coverage-gaps.tsv")) {
    REQUIRE(g.size() >= 6);  // office, body, of, jurisdiction, date, reason
    gaps.insert(g[0] + "|" + g[1] + "|" + g[2] + "|" + g[3] + "|" + g[4]);
  }
  const std::string dates[] = {"2015-01-01", "2020-01-01", kb->snapshot()};
  std::size_t required = 0, known = 0;
  std::set<std::string> seen;
  for (const auto& row : read_tsv(dir + "kb-required.tsv")) {
    // group, office, body, of, jurisdictions (space-separated)
    REQUIRE(row.size() == 5);
    std::stringstream js(row[4]);
    std::string jur;
    while (js >> jur) {
      for (const auto& ds : dates) {
        std::string key = row[1] + "|" + row[2] + "|" + row[3] + "|" + jur + "|" + ds;
        if (!seen.insert(key).second) continue;
        ++required;
        bool found = false;
        if (const auto* list = kb->data().office(row[1], jur))
          for (auto ti : *list) {
            const Tenure& t = kb->data().tenures[ti];
            if (t.body == row[2] && t.of == row[3] && known_on(t, parse(ds))) found = true;
          }
        known += found;
        bool listed = gaps.count(key) > 0;
        CHECK_MESSAGE(found != listed, std::string(found ? "listed as a gap but known: " : "no holder known: ") << key);
      }
    }
  }
  MESSAGE(known << " of " << required << " (office, jurisdiction, date) cells known");
}
