#include <doctest/doctest.h>

#include <map>

#include "helpers.hpp"
#include "kb/kb.hpp"
#include "kb/vocabulary.hpp"
#include "text/text.hpp"

using claimlint::KnowledgeBase;

TEST_CASE("the built-in knowledge base loads and has a snapshot") {
  auto kb = KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  CHECK(kb->snapshot().size() == 10);
  CHECK(kb->stats().tenures > 100);
  CHECK(kb->data().person("Friedrich Merz") != nullptr);
}

TEST_CASE("built-in data is consistent: no end before start, no overlapping single-holder tenures") {
  auto kb = KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  const auto& data = kb->data();
  const auto& voc = claimlint::detail::vocabulary();
  std::map<std::string, std::vector<const claimlint::detail::Tenure*>> posts;
  for (const auto& t : data.tenures) {
    CHECK_MESSAGE(!t.source.empty(), t.person);
    if (!t.open) CHECK_MESSAGE(!(t.end.last() < t.start.first()), t.person);
    if (voc.single_holder(t.office) && !t.acting)
      posts[t.office + "|" + t.jurisdiction + "|" + t.body + "|" + t.of].push_back(&t);
  }
  for (auto& [key, list] : posts) {
    std::sort(list.begin(), list.end(), [](auto a, auto b) { return a->start.first() < b->start.first(); });
    for (std::size_t i = 1; i < list.size(); ++i) {
      const auto* a = list[i - 1];
      const auto* b = list[i];
      // The earlier tenure must have ended by the later one's start (touching is the handover);
      // an open record known only up to a day (known_to) must not be known past the next start.
      bool ok = a->open ? a->known_to.year != 0 && !(b->start.first() < a->known_to.first())
                        : !(b->start.first() < a->end.first());
      CHECK_MESSAGE(ok, key << ": " << a->person << " (" << a->start.str() << "–" << (a->open ? "open" : a->end.str())
                                << ") overlaps " << b->person << " (" << b->start.str() << ")");
    }
  }
}

TEST_CASE("malformed records are reported as file:line: cause, and nothing is half-loaded") {
  KnowledgeBase kb;
  auto good = R"({"person":"Ann Ray","office":"president","jurisdiction":"XX","start":"2020","end":null,"source":"test"})";
  auto st = kb.merge_text(std::string(good) + "\n{\"person\": \"Bo\"}\n", "user.jsonl");
  REQUIRE_FALSE(st.ok());
  CHECK(st.error().file == "user.jsonl");
  CHECK(st.error().line == 2);
  CHECK(st.error().message.find("missing required field") != std::string::npos);
  CHECK(kb.stats().tenures == 0);

  CHECK_FALSE(kb.merge_text("not json\n", "a.jsonl").ok());
  auto bad_date = kb.merge_text(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020-13-01","end":null,"source":"t"})", "b.jsonl");
  REQUIRE_FALSE(bad_date.ok());
  CHECK(bad_date.error().message.find("bad start date") != std::string::npos);
  auto backwards = kb.merge_text(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":"2019","source":"t"})", "c.jsonl");
  REQUIRE_FALSE(backwards.ok());
  CHECK(backwards.error().message.find("before start") != std::string::npos);
  auto unknown = kb.merge_text(R"({"person":"A B","office":"president","jurisdiction":"XX","start":"2020","end":null,"source":"t","colour":"red"})", "d.jsonl");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().message.find("unknown field") != std::string::npos);
  CHECK(kb.merge_text("# a comment\n\n", "e.jsonl").ok());
}

TEST_CASE("user records merge over built-in ones") {
  KnowledgeBase kb;
  REQUIRE(kb.merge_text(R"({"person":"Ann Ray","office":"president","jurisdiction":"XX","start":"2020-01-01","end":null,"source":"a"})", "a").ok());
  REQUIRE(kb.merge_text(R"({"person":"Ann Ray","office":"president","jurisdiction":"XX","start":"2020-01-01","end":"2022-05-01","source":"b"})", "b").ok());
  CHECK(kb.stats().tenures == 1);
  CHECK(kb.data().tenures[0].source == "b");
}

TEST_CASE("partial dates: a year or a month is a period, never a guess") {
  KnowledgeBase kb;
  REQUIRE(kb.merge_text(R"({"person":"Ann Ray","office":"president","jurisdiction":"XX","start":"2020-05","end":"2022","source":"t"})", "a").ok());
  const auto& t = kb.data().tenures[0];
  CHECK_FALSE(t.surely_active({2020, 5, 10}));   // may have started later in May
  CHECK(t.surely_active({2020, 6, 1}));
  CHECK(t.surely_active({2021, 12, 31}));
  CHECK_FALSE(t.surely_active({2022, 3, 1}));   // may have ended in 2022
  CHECK_FALSE(t.surely_ended({2022, 12, 31}));
  CHECK(t.surely_ended({2023, 1, 1}));
}

TEST_CASE("names match regardless of case and diacritics, and through aliases") {
  KnowledgeBase kb;
  REQUIRE(kb.merge_text(R"({"person":"Pedro Sánchez","aliases":["Pedro Sanchez Perez-Castejon"],"office":"prime_minister","jurisdiction":"ES","start":"2018-06-02","end":null,"source":"t"})", "a").ok());
  CHECK(kb.data().person("pedro sanchez") != nullptr);
  CHECK(kb.data().person("PEDRO SÁNCHEZ") != nullptr);
  CHECK(kb.data().person("Pedro Sanchez Perez-Castejon") != nullptr);
  CHECK(kb.data().surname("Sanchez") != nullptr);
}

TEST_CASE("regnal numbers and Romanian letters do not defeat name matching") {
  CHECK(claimlint::detail::surname_key("Charles III") == "charles");
  CHECK(claimlint::detail::surname_key("Ursula von der Leyen") == "von der leyen");
  CHECK(claimlint::detail::fold("Nicușor Dan") == "nicusor dan");
}
