#include <doctest/doctest.h>

#include <thread>

#include "helpers.hpp"

TEST_CASE("invalid UTF-8 is an error value naming the offset and line") {
  std::string bad = "Line one.\nLine \xC3\x28 two.";
  claimlint::Document doc{bad, "bad.txt", std::nullopt};
  auto r = test::analyzer().analyze(doc);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == claimlint::Error::Code::encoding);
  CHECK(r.error().line == 2);
  CHECK(r.error().offset == 15);
  CHECK(r.error().what().starts_with("bad.txt:2: "));
}

TEST_CASE("empty input is no error and has nothing to report") {
  auto r = test::analyze("", "2025-01-01");
  CHECK(r.claims.empty());
  CHECK(r.findings.empty());
}

TEST_CASE("unknown rule ids in options are an error at create()") {
  claimlint::Options o;
  o.disabled_rules = {"role.nope"};
  auto an = claimlint::Analyzer::create(o, claimlint::KnowledgeBase{});
  REQUIRE_FALSE(an.ok());
  CHECK(an.error().message.find("role.nope") != std::string::npos);
}

TEST_CASE("disabled rules and severity overrides apply") {
  auto kb = claimlint::KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  claimlint::Options o;
  o.severities["role.self-reference"] = claimlint::Severity::warning;
  auto an = claimlint::Analyzer::create(o, *kb);
  REQUIRE(an.ok());
  auto r = test::analyze("The German Chancellor’s spokesperson, Friedrich Merz, said so.", "2025-12-15", &*an);
  REQUIRE(test::count_rule(r, "role.self-reference") == 1);
  CHECK(r.findings[0].severity == claimlint::Severity::warning);
  o.severities.clear();
  o.disabled_rules = {"role.self-reference"};
  auto off = claimlint::Analyzer::create(o, *kb);
  REQUIRE(off.ok());
  CHECK(test::count_rule(test::analyze("The German Chancellor’s spokesperson, Friedrich Merz, said so.", "2025-12-15", &*off),
                         "role.self-reference") == 0);
}

TEST_CASE("extra cue words extend the lexicon") {
  auto kb = claimlint::KnowledgeBase::builtin();
  claimlint::Options o;
  o.extra_cues = {"opine"};
  auto an = claimlint::Analyzer::create(o, *kb);
  REQUIRE(an.ok());
  auto r = test::analyze("Dana Holt opined that the plan was flawed.", "", &*an);
  REQUIRE(test::claim_with(r, "plan was flawed"));
  CHECK(test::claim_with(test::analyze("Dana Holt opined that the plan was flawed.", ""), "plan was flawed") == nullptr);
}

TEST_CASE("one analyzer shared by threads gives the same reports") {
  std::string text = "The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered. "
                     "“We are ready,” Maria Lopez said.";
  auto ref = test::analyze(text);
  std::vector<std::thread> ts;
  std::vector<std::size_t> claims(4), findings(4);
  for (int k = 0; k < 4; ++k)
    ts.emplace_back([&, k] {
      for (int i = 0; i < 20; ++i) {
        claimlint::Document doc{text, "t.txt", claimlint::parse_date("2025-12-15")};
        auto r = test::analyzer().analyze(doc);
        claims[static_cast<std::size_t>(k)] = r ? r->claims.size() : 0;
        findings[static_cast<std::size_t>(k)] = r ? r->findings.size() : 0;
      }
    });
  for (auto& t : ts) t.join();
  for (int k = 0; k < 4; ++k) {
    CHECK(claims[static_cast<std::size_t>(k)] == ref.claims.size());
    CHECK(findings[static_cast<std::size_t>(k)] == ref.findings.size());
  }
}

TEST_CASE("inputs over the size limit are refused, not truncated") {
  auto kb = claimlint::KnowledgeBase::builtin();
  claimlint::Options o;
  o.max_input_bytes = 10;
  auto an = claimlint::Analyzer::create(o, *kb);
  claimlint::Document doc{"This is longer than ten bytes.", "big.txt", std::nullopt};
  auto r = an->analyze(doc);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("over the limit") != std::string::npos);
}

TEST_CASE("parse_date accepts only real calendar days") {
  CHECK(claimlint::parse_date("2024-02-29"));
  CHECK_FALSE(claimlint::parse_date("2025-02-29"));
  CHECK_FALSE(claimlint::parse_date("2025-13-01"));
  CHECK_FALSE(claimlint::parse_date("15/12/2025"));
  CHECK_FALSE(claimlint::parse_date("2025-1-1"));
}
