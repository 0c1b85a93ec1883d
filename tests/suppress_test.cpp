// Suppression comments: each form, in Markdown, HTML and plain text; unused ones reported.
#include <doctest/doctest.h>

#include <string>

#include "helpers.hpp"

namespace {

constexpr std::string_view kSeed =
    "The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.";

claimlint::Report run(std::string_view text, std::string path) {
  claimlint::Document doc{text, std::move(path), claimlint::parse_date("2025-12-15")};
  auto r = test::analyzer().analyze(doc);
  REQUIRE(r.ok());
  return *r;
}

int count(const claimlint::Report& r, std::string_view rule) { return test::count_rule(r, rule); }

// The same document as plain text, Markdown (paragraphs) and HTML (<p> per line).
struct Doc {
  std::string text;
  std::string path;
};
std::vector<Doc> in_every_format(const std::vector<std::string>& lines) {
  std::string txt, md, html;
  for (const auto& l : lines) {
    txt += l + "\n";
    md += l + "\n";
    html += (l.starts_with("<!--") && l.ends_with("-->") ? l : "<p>" + l + "</p>") + "\n";
  }
  return {{txt, "d.txt"}, {md, "d.md"}, {html, "d.html"}};
}

}  // namespace

TEST_CASE("without a comment the seed finding is there") {
  for (const auto& d : in_every_format({std::string(kSeed)})) {
    CAPTURE(d.path);
    auto r = run(d.text, d.path);
    CHECK(count(r, "role.self-reference") == 1);
    CHECK(count(r, "meta.unused-suppression") == 0);
  }
}

TEST_CASE("claimlint-disable-next-line silences the next line only") {
  std::string s(kSeed);
  for (const auto& d : in_every_format({"<!-- claimlint-disable-next-line role.self-reference -->", s, "", s})) {
    CAPTURE(d.path);
    auto r = run(d.text, d.path);
    CHECK(count(r, "role.self-reference") == 1);  // the second copy, four lines down
    CHECK(count(r, "meta.unused-suppression") == 0);
  }
}

TEST_CASE("claimlint-disable-line silences its own line") {
  std::string s(kSeed);
  std::string txt = s + " <!-- claimlint-disable-line role.self-reference -->\n";
  std::string md = txt;
  std::string html = "<p>" + s + " <!-- claimlint-disable-line role.self-reference --></p>\n";
  for (auto [text, path] : {std::pair{txt, "a.txt"}, std::pair{md, "a.md"}, std::pair{html, "a.html"}}) {
    CAPTURE(path);
    auto r = run(text, path);
    CHECK(count(r, "role.self-reference") == 0);
    CHECK(count(r, "meta.unused-suppression") == 0);
  }
}

TEST_CASE("claimlint-disable … claimlint-enable silences a block, and only it") {
  std::string s(kSeed);
  for (const auto& d : in_every_format({"<!-- claimlint-disable role.self-reference, role.stale -->", s, "",
                                        "<!-- claimlint-enable -->", "", s})) {
    CAPTURE(d.path);
    auto r = run(d.text, d.path);
    CHECK(count(r, "role.self-reference") == 1);  // after the enable
    // role.stale was named but silenced nothing.
    REQUIRE(count(r, "meta.unused-suppression") == 1);
    const auto* u = test::first_rule(r, "meta.unused-suppression");
    CHECK(u->severity == claimlint::Severity::info);
    CHECK(u->message.find("role.stale") != std::string::npos);
    CHECK(d.text.substr(u->span.start, 4) == "<!--");
    CHECK(u->span.line == 1);
  }
}

TEST_CASE("claimlint-disable without a rule silences every rule to the end") {
  std::string s(kSeed);
  for (const auto& d : in_every_format({"<!-- claimlint-disable -->", s, "", s})) {
    CAPTURE(d.path);
    auto r = run(d.text, d.path);
    CHECK(count(r, "role.self-reference") == 0);
    CHECK(count(r, "meta.unused-suppression") == 0);
  }
}

TEST_CASE("claimlint-enable RULE re-enables only that rule") {
  std::string s(kSeed);
  for (const auto& d : in_every_format({"<!-- claimlint-disable role.self-reference -->", s, "",
                                        "<!-- claimlint-enable date.weekday-mismatch -->", "", s,
                                        "", "<!-- claimlint-enable role.self-reference -->", "", s})) {
    CAPTURE(d.path);
    auto r = run(d.text, d.path);
    CHECK(count(r, "role.self-reference") == 1);  // only the last copy
  }
}

TEST_CASE("claimlint-enable RULE ends only that rule's part of a disable of several, or of every rule") {
  std::string s(kSeed);
  const std::string q = "\u201cThe depot plan was never funded by anyone at all.\u201d";
  for (const char* open : {"<!-- claimlint-disable role.self-reference, source.unattributed-quote -->",
                           "<!-- claimlint-disable -->"}) {
    // Each quotation opens the article or follows two paragraphs after the last claim, so no
    // speaker carries over to it: it is an unattributed quotation.
    for (const auto& d : in_every_format({open, q, "", s, "", "<!-- claimlint-enable role.self-reference -->", "", s,
                                          "", "The weather was mild.", "", "It rained later.", "", q})) {
      CAPTURE(d.path);
      CAPTURE(open);
      auto r = run(d.text, d.path);
      CHECK(count(r, "role.self-reference") == 1);         // the copy after the enable
      CHECK(count(r, "source.unattributed-quote") == 0);   // still silenced after it
      CHECK(count(r, "meta.unused-suppression") == 0);     // every part silenced something
    }
  }
}

TEST_CASE("a suppression that silences nothing is reported, as info, at the comment") {
  for (const auto& d : in_every_format({"<!-- claimlint-disable-next-line role.stale -->", std::string(kSeed)})) {
    CAPTURE(d.path);
    auto r = run(d.text, d.path);
    CHECK(count(r, "role.self-reference") == 1);
    REQUIRE(count(r, "meta.unused-suppression") == 1);
    const auto* u = test::first_rule(r, "meta.unused-suppression");
    CHECK(u->message == "claimlint-disable-next-line role.stale silences no finding");
    CHECK(u->span.line == 1);
    CHECK(u->span.column == 1);
  }
}

TEST_CASE("unknown rules and directives are reported") {
  auto r = run("<!-- claimlint-disable-line role.nope --> <!-- claimlint-silence -->\nText.\n", "a.md");
  REQUIRE(count(r, "meta.unused-suppression") == 2);
  CHECK(r.findings[0].message.find("unknown rule \"role.nope\"") != std::string::npos);
  CHECK(r.findings[1].message.find("unknown directive") != std::string::npos);
}

TEST_CASE("comments inside code are not suppressions") {
  std::string md = "`<!-- claimlint-disable -->`\n\n```\n<!-- claimlint-disable -->\n```\n\n" + std::string(kSeed) + "\n";
  auto r = run(md, "a.md");
  CHECK(count(r, "role.self-reference") == 1);
  CHECK(count(r, "meta.unused-suppression") == 0);
  std::string html = "<pre>&lt;!-- claimlint-disable --&gt;</pre><script>/* <!-- claimlint-disable --> */</script><p>" +
                     std::string(kSeed) + "</p>";
  auto h = run(html, "a.html");
  CHECK(count(h, "role.self-reference") == 1);
}

TEST_CASE("meta.unused-suppression follows the options: off, or another severity") {
  auto kb = claimlint::KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  claimlint::Options off;
  off.disabled_rules = {"meta.unused-suppression"};
  auto a = claimlint::Analyzer::create(off, *kb);
  REQUIRE(a.ok());
  std::string text = "<!-- claimlint-disable-next-line role.stale -->\nNothing here.\n";
  claimlint::Document doc{text, "a.md", claimlint::parse_date("2025-12-15")};
  CHECK(count(*a->analyze(doc), "meta.unused-suppression") == 0);
  claimlint::Options warn;
  warn.severities["meta.unused-suppression"] = claimlint::Severity::warning;
  auto b = claimlint::Analyzer::create(warn, *kb);
  REQUIRE(b.ok());
  auto rb = b->analyze(doc);
  REQUIRE(count(*rb, "meta.unused-suppression") == 1);
  CHECK(rb->findings[0].severity == claimlint::Severity::warning);
}
