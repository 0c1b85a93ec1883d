#include <doctest/doctest.h>

#include "helpers.hpp"

using test::count_rule;

// A small knowledge base of invented office holders, so the rules are tested on their logic.
static const claimlint::Analyzer& fictional() {
  static const claimlint::Analyzer a = [] {
    claimlint::KnowledgeBase kb;
    auto st = kb.merge_text(R"(
{"person":"Elsa Norberg","gender":"f","office":"prime_minister","jurisdiction":"SE","start":"2019-01-10","end":"2024-03-01","source":"test"}
{"person":"Karl Vinter","gender":"m","office":"prime_minister","jurisdiction":"SE","start":"2024-03-01","end":null,"source":"test"}
{"person":"Maja Lund","gender":"f","office":"foreign_minister","jurisdiction":"SE","start":"2022-01-01","end":null,"source":"test"}
{"person":"Olof Berg","gender":"m","office":"finance_minister","jurisdiction":"SE","start":"2022-01-01","end":null,"source":"test"}
{"person":"Sven Ahl","gender":"m","office":"spokesperson","of":"prime_minister","jurisdiction":"SE","start":"2024-03-01","end":null,"source":"test"}
)", "fictional.jsonl");
    REQUIRE(st.ok());
    auto an = claimlint::Analyzer::create({}, kb);
    REQUIRE(an.ok());
    return *an;
  }();
  return a;
}

static claimlint::Report run(std::string_view text, std::string_view date) { return test::analyze(text, date, &fictional()); }

TEST_CASE("role.self-reference: a holder called the spokesperson of their own office") {
  auto r = run("The Swedish Prime Minister’s spokesman, Karl Vinter, said the vote would go ahead.", "2025-01-10");
  REQUIRE(count_rule(r, "role.self-reference") == 1);
  const auto* f = test::first_rule(r, "role.self-reference");
  CHECK(f->message.find("Karl Vinter") != std::string::npos);
  CHECK(f->message.find("Prime Minister of Sweden") != std::string::npos);
  REQUIRE_FALSE(f->related.empty());
  CHECK(f->related[0].message.find("knowledge base") != std::string::npos);
  CHECK_FALSE(f->span.start == f->span.end);
}

TEST_CASE("role.self-reference: negatives") {
  // The real spokesperson; a holder of another office; before the holder took office; unknown people.
  CHECK(count_rule(run("The Swedish Prime Minister’s spokesman, Sven Ahl, said no.", "2025-01-10"), "role.self-reference") == 0);
  CHECK(count_rule(run("The Swedish Prime Minister’s spokesman, Olof Berg, said no.", "2025-01-10"), "role.self-reference") == 0);
  CHECK(count_rule(run("The Swedish Prime Minister’s spokesman, Karl Vinter, said no.", "2023-01-10"), "role.self-reference") == 0);
  CHECK(count_rule(run("The Swedish Prime Minister’s spokesman, Nils Okand, said no.", "2025-01-10"), "role.self-reference") == 0);
  CHECK(count_rule(run("Prime Minister Karl Vinter's spokesman said no.", "2025-01-10"), "role.self-reference") == 0);
}

TEST_CASE("role.stale: an office the person had left") {
  auto r = run("Swedish Prime Minister Elsa Norberg opened the session.", "2025-01-10");
  REQUIRE(count_rule(r, "role.stale") == 1);
  const auto* f = test::first_rule(r, "role.stale");
  CHECK(f->message.find("2024-03-01") != std::string::npos);
  CHECK(f->message.find("Karl Vinter") != std::string::npos);
}

TEST_CASE("role.stale: negatives for qualifiers, dates and past frames") {
  CHECK(count_rule(run("Swedish Prime Minister Elsa Norberg opened the session.", "2023-01-10"), "role.stale") == 0);
  CHECK(count_rule(run("Former Prime Minister Elsa Norberg opened the session.", "2025-01-10"), "role.stale") == 0);
  CHECK(count_rule(run("Then-Prime Minister Elsa Norberg opened the session.", "2025-01-10"), "role.stale") == 0);
  CHECK(count_rule(run("Elsa Norberg, who served as prime minister, opened the session.", "2025-01-10"), "role.stale") == 0);
  CHECK(count_rule(run("Ex-Prime Minister Elsa Norberg opened the session.", "2025-01-10"), "role.stale") == 0);
  // On the handover day itself nothing is certain.
  CHECK(count_rule(run("Prime Minister Elsa Norberg opened the session.", "2024-03-01"), "role.stale") == 0);
  // No date: no dated finding, and a note says why.
  auto nodate = run("Prime Minister Elsa Norberg opened the session.", "");
  CHECK(count_rule(nodate, "role.stale") == 0);
  CHECK_FALSE(nodate.notes.empty());
}

TEST_CASE("role.kb-mismatch: an office someone else holds") {
  auto r = run("Swedish Foreign Minister Olof Berg met his Danish counterpart.", "2025-01-10");
  REQUIRE(count_rule(r, "role.kb-mismatch") == 1);
  const auto* f = test::first_rule(r, "role.kb-mismatch");
  CHECK(f->message.find("Maja Lund") != std::string::npos);
  CHECK(f->message.find("Finance Minister") != std::string::npos);
}

TEST_CASE("role.kb-mismatch: negatives") {
  CHECK(count_rule(run("Swedish Foreign Minister Maja Lund met her counterpart.", "2025-01-10"), "role.kb-mismatch") == 0);
  CHECK(count_rule(run("Swedish Foreign Minister Anna Okand met her counterpart.", "2025-01-10"), "role.kb-mismatch") == 0);
  CHECK(count_rule(run("Acting Foreign Minister Olof Berg met his counterpart.", "2025-01-10"), "role.kb-mismatch") == 0);
  CHECK(count_rule(run("Former Foreign Minister Olof Berg met his counterpart.", "2025-01-10"), "role.kb-mismatch") == 0);
}

TEST_CASE("the seed case with the built-in knowledge base") {
  auto r = test::analyze("The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.", "2025-12-15");
  REQUIRE(count_rule(r, "role.self-reference") == 1);
  auto before = test::analyze("The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.", "2024-12-15");
  CHECK(count_rule(before, "role.self-reference") == 0);
  auto stale = test::analyze("German Chancellor Olaf Scholz spoke in Berlin.", "2025-11-01");
  CHECK(count_rule(stale, "role.stale") == 1);
  CHECK(count_rule(test::analyze("German Chancellor Olaf Scholz spoke in Berlin.", "2024-11-01"), "role.stale") == 0);
  CHECK(count_rule(test::analyze("Former German Chancellor Olaf Scholz spoke in Berlin.", "2025-11-01"), "role.stale") == 0);
}

TEST_CASE("date.weekday-mismatch: positives") {
  auto r = test::analyze("The vote took place on Wednesday, December 16, 2025, in the capital.", "2025-12-20");
  REQUIRE(count_rule(r, "date.weekday-mismatch") == 1);
  CHECK(test::first_rule(r, "date.weekday-mismatch")->message.find("Tuesday") != std::string::npos);
  auto noyear = test::analyze("Talks resume on Friday, March 4.", "2025-03-01");
  REQUIRE(count_rule(noyear, "date.weekday-mismatch") == 1);
  CHECK(test::first_rule(noyear, "date.weekday-mismatch")->message.find("article") != std::string::npos);
  CHECK(count_rule(test::analyze("It ended Sunday 16 December 2025.", ""), "date.weekday-mismatch") == 1);
  CHECK(count_rule(test::analyze("It ended on Dec. 16, a Monday.", "2025-12-01"), "date.weekday-mismatch") == 1);
}

TEST_CASE("date.weekday-mismatch: negatives") {
  CHECK(count_rule(test::analyze("The talks ended on Monday, December 15, 2025.", ""), "date.weekday-mismatch") == 0);
  CHECK(count_rule(test::analyze("It ended Tuesday 16 December 2025.", ""), "date.weekday-mismatch") == 0);
  CHECK(count_rule(test::analyze("Talks resume on Tuesday, March 4.", "2025-03-01"), "date.weekday-mismatch") == 0);
  // Without a year and without an article date, nothing can be said.
  CHECK(count_rule(test::analyze("Talks resume on Friday, March 4.", ""), "date.weekday-mismatch") == 0);
  CHECK(count_rule(test::analyze("On Monday, officials met. March 4 was chosen.", "2025-03-01"), "date.weekday-mismatch") == 0);
  CHECK(count_rule(test::analyze("It ended on Dec. 16, a Tuesday.", "2025-12-01"), "date.weekday-mismatch") == 0);
}

TEST_CASE("role.stale: every qualifier that dates a title is honoured") {
  for (auto phrase : {"Outgoing Prime Minister Elsa Norberg", "The late Prime Minister Elsa Norberg",
                      "Interim Prime Minister Elsa Norberg", "Acting Prime Minister Elsa Norberg",
                      "then-Prime Minister Elsa Norberg"}) {
    auto r = run(std::string(phrase) + " was praised in parliament.", "2025-01-10");
    CHECK_MESSAGE(count_rule(r, "role.stale") == 0, phrase);
  }
  // Incoming and -elect look forward: never a stale or mismatch finding.
  CHECK(count_rule(run("Prime Minister-elect Karl Vinter met the king.", "2024-02-20"), "role.kb-mismatch") == 0);
  CHECK(count_rule(run("Incoming Prime Minister Karl Vinter met the king.", "2024-02-20"), "role.kb-mismatch") == 0);
}

TEST_CASE("role.stale: the successor's second term and a return to office are not stale") {
  claimlint::KnowledgeBase kb;
  REQUIRE(kb.merge_text(R"(
{"person":"Ada Moss","gender":"f","office":"president","jurisdiction":"FI","start":"2010-01-01","end":"2014-01-01","source":"t"}
{"person":"Ben Ray","gender":"m","office":"president","jurisdiction":"FI","start":"2014-01-01","end":"2018-01-01","source":"t"}
{"person":"Ada Moss","gender":"f","office":"president","jurisdiction":"FI","start":"2018-01-01","end":null,"source":"t"}
)", "t").ok());
  auto an = claimlint::Analyzer::create({}, kb);
  REQUIRE(an.ok());
  auto r = test::analyze("Finnish President Ada Moss opened the session.", "2020-05-05", &*an);
  CHECK(count_rule(r, "role.stale") == 0);
  auto s = test::analyze("Finnish President Ben Ray opened the session.", "2020-05-05", &*an);
  REQUIRE(count_rule(s, "role.stale") == 1);
  CHECK(test::first_rule(s, "role.stale")->message.find("Ada Moss") != std::string::npos);
}

TEST_CASE("role checks with a partial end date stay silent inside the uncertain period") {
  claimlint::KnowledgeBase kb;
  REQUIRE(kb.merge_text(R"(
{"person":"Cora Lind","gender":"f","office":"prime_minister","jurisdiction":"NO","start":"2015-03-01","end":"2024","source":"t"}
)", "t").ok());
  auto an = claimlint::Analyzer::create({}, kb);
  REQUIRE(an.ok());
  CHECK(count_rule(test::analyze("Norwegian Prime Minister Cora Lind spoke.", "2024-11-30", &*an), "role.stale") == 0);
  CHECK(count_rule(test::analyze("Norwegian Prime Minister Cora Lind spoke.", "2025-01-02", &*an), "role.stale") == 1);
}

TEST_CASE("built-in knowledge base: correct titles in 2025 raise nothing") {
  for (auto s : {"NATO Secretary General Mark Rutte said allies would meet.",
                 "European Commission President Ursula von der Leyen said the deal was fair.",
                 "Fed Chair Jerome Powell said rates would stay on hold.",
                 "White House press secretary Karoline Leavitt said the president was briefed.",
                 "Kremlin spokesman Dmitry Peskov said Moscow was ready.",
                 "South Korean President Lee Jae-myung said Seoul wanted talks.",
                 "U.S. Secretary of State Marco Rubio said Washington would respond.",
                 "Chancellor of the Exchequer Rachel Reeves said the budget was fair.",
                 "Former German Chancellor Angela Merkel said she was worried."}) {
    auto r = test::analyze(s, "2025-09-01");
    int n = 0;
    for (const auto& f : r.findings) n += f.severity != claimlint::Severity::info;
    CHECK_MESSAGE(n == 0, s);
  }
}

TEST_CASE("built-in knowledge base: wrong titles in 2025 are caught") {
  struct Case { const char* text; const char* rule; };
  for (auto c : {Case{"NATO Secretary General Jens Stoltenberg said allies would meet.", "role.stale"},
                 Case{"British Prime Minister Rishi Sunak said London would help.", "role.stale"},
                 Case{"French Prime Minister Emmanuel Macron said Paris backed the plan.", "role.kb-mismatch"},
                 Case{"Russian Defense Minister Sergei Lavrov said the West was to blame.", "role.kb-mismatch"},
                 Case{"The Chinese President's spokesman, Xi Jinping, said Beijing wanted stability.", "role.self-reference"},
                 Case{"Treasury Secretary Janet Yellen said tariffs would stay.", "role.stale"}}) {
    auto r = test::analyze(c.text, "2025-09-01");
    CHECK_MESSAGE(count_rule(r, c.rule) == 1, c.text);
  }
}

TEST_CASE("role checks stay silent when the sentence speaks of another time or inside a quote") {
  for (auto s : {"In 2019, Swedish Prime Minister Elsa Norberg signed the treaty.",
                 "Swedish Prime Minister Elsa Norberg signed the treaty two years ago.",
                 "At the time, Swedish Prime Minister Elsa Norberg signed the treaty.",
                 "“Prime Minister Elsa Norberg let us down,” said Ivar Kask."}) {
    CHECK_MESSAGE(count_rule(run(s, "2025-01-10"), "role.stale") == 0, s);
  }
  // The same title with nothing that moves it back in time is stale.
  CHECK(count_rule(run("Swedish Prime Minister Elsa Norberg signed the treaty on Monday.", "2025-01-10"), "role.stale") == 1);
  CHECK(count_rule(run("In 2025, Swedish Prime Minister Elsa Norberg signed the treaty.", "2025-01-10"), "role.stale") == 1);
}

TEST_CASE("date.weekday-mismatch: the year of a yearless date comes only from a given article date") {
  // The article's date guessed from a date in the text is not trusted for yearless dates.
  CHECK(count_rule(test::analyze("The fund closed on March 3, 1987. Talks resume on Friday, April 9.", ""),
                   "date.weekday-mismatch") == 0);
  // Around the new year the nearest year is taken: Dec. 30 2025 article, "Friday, Jan. 2" is 2026.
  CHECK(count_rule(test::analyze("Talks resume on Friday, Jan. 2.", "2025-12-30"), "date.weekday-mismatch") == 0);
  CHECK(count_rule(test::analyze("Talks resume on Thursday, Jan. 2.", "2025-12-30"), "date.weekday-mismatch") == 1);
}
