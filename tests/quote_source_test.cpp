// quote.* against source material and revision.* across versions: sentences and transcripts
// of our own, each rule positive and negative, and the legitimate edits reporters make.
#include <doctest/doctest.h>

#include "checks/quote_source.hpp"
#include "helpers.hpp"

namespace {

const char* kTranscript =
    "Press conference, city hall, 12 March 2025.\n\n"
    "MAYOR BREKKE: Good morning. We will rebuild every bridge before the winter comes, and we will pay for it "
    "without raising taxes. The budget is balanced.\n\n"
    "REPORTER: What about the harbour?\n\n"
    "MAYOR BREKKE: The harbour will reopen in May. We have organised the dredging with the port authority. "
    "Nobody should panic about the colour of the water. He told me it was fine.\n\n"
    "OKAFOR: I am the city engineer. The bridges are safe today, but the steel in the old crossing is tired.\n";

const char* kRelease =
    "HARBRIDGE, March 11 (Press release) - Harbridge Port Authority today announced a dredging contract.\n\n"
    "\u201CThis contract secures two hundred jobs on the waterfront for the next decade,\u201D said Ines Varga, "
    "the authority's chief executive.\n";

claimlint::Report check(std::string_view draft) {
  static const claimlint::Sources sources = [] {
    std::vector<claimlint::Document> docs{{kTranscript, "transcript.txt", std::nullopt},
                                          {kRelease, "release.txt", std::nullopt}};
    auto s = test::analyzer().index_sources(docs);
    REQUIRE(s.ok());
    return *s;
  }();
  claimlint::Document doc{draft, "draft.txt", claimlint::parse_date("2025-03-12")};
  auto r = test::analyzer().analyze(doc, sources);
  REQUIRE(r.ok());
  return *r;
}

int quote_findings(const claimlint::Report& r) {
  int n = 0;
  for (const auto& f : r.findings) n += f.rule.starts_with("quote.") && f.rule != "quote.speaker-conflict";
  return n;
}

}  // namespace

TEST_CASE("sources: speakers come from transcript turns and quoted people") {
  std::vector<claimlint::Document> docs{{kTranscript, "t.txt", std::nullopt}, {kRelease, "r.txt", std::nullopt}};
  auto s = test::analyzer().index_sources(docs);
  REQUIRE(s.ok());
  CHECK(s->size() == 2);
  auto sp = s->speakers();
  CHECK(std::find(sp.begin(), sp.end(), "MAYOR BREKKE") != sp.end());
  CHECK(std::find(sp.begin(), sp.end(), "OKAFOR") != sp.end());
  CHECK(std::find(sp.begin(), sp.end(), "REPORTER") != sp.end());
  bool varga = false;
  for (const auto& x : sp) varga |= x.find("Varga") != std::string::npos;
  CHECK(varga);
}

TEST_CASE("quote.altered: a changed, an added and a dropped word, with the diff") {
  auto r = check("\u201CWe will rebuild every bridge before the spring comes,\u201D Mayor Tom Brekke said.\n");
  REQUIRE(test::count_rule(r, "quote.altered") == 1);
  const auto* f = test::first_rule(r, "quote.altered");
  CHECK(f->message.find("[-winter-] {+spring+}") != std::string::npos);
  CHECK(f->message.find("transcript.txt:3") != std::string::npos);
  r = check("\u201CWe will rebuild every single bridge before the winter comes,\u201D Mayor Tom Brekke said.\n");
  CHECK(test::count_rule(r, "quote.altered") == 1);
  r = check("\u201CWe will rebuild every bridge before winter comes,\u201D Mayor Tom Brekke said.\n");
  CHECK(test::count_rule(r, "quote.altered") == 1);
  // A press release's quotation, one word changed.
  r = check("\u201CThis contract secures three hundred jobs on the waterfront for the next decade,\u201D said Ines Varga.\n");
  CHECK(test::count_rule(r, "quote.altered") == 1);
}

TEST_CASE("quote.altered leaves legitimate edits alone") {
  // verbatim, straight quotes
  auto r = check("\"We will rebuild every bridge before the winter comes,\" Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  // typographic quotes, case and punctuation differences
  r = check("\u201Cwe will rebuild every bridge before the winter comes \u2014 and we will pay for it without raising taxes,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  // trimmed with an ellipsis, in both spellings
  r = check("\u201CWe will rebuild every bridge \u2026 without raising taxes,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  r = check("\u201CWe will rebuild every bridge [\u2026] without raising taxes,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  r = check("\u201CWe will rebuild every bridge ... without raising taxes,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  // a bracketed clarification in place of a pronoun, and a bracketed capital
  r = check("\u201CNobody should panic about the colour of the water. [The dredging contractor] told me it was fine,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  r = check("Brekke said \u201C[t]he harbour will reopen in May.\u201D\n");
  CHECK(quote_findings(r) == 0);
  // American spelling of a British transcript: same words
  r = check("\u201CWe have organized the dredging with the port authority. Nobody should panic about the color of the water,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  // a quotation starting and ending mid-sentence
  r = check("Brekke said the city would pay \u201Cwithout raising taxes\u201D and that \u201Cthe steel\u201D was fine.\n");
  CHECK(test::count_rule(r, "quote.altered") == 0);
}

TEST_CASE("spelling variants count when the words differ") {
  // "colour" -> "color" is one word; "colour" -> "smell" is another.
  auto r = check("\u201CNobody should panic about the smell of the water,\u201D Mayor Tom Brekke said.\n");
  CHECK(test::count_rule(r, "quote.altered") == 1);
}

TEST_CASE("quote.wrong-speaker: the transcript gives the words to someone else") {
  auto r = check("\u201CThe bridges are safe today, but the steel in the old crossing is tired,\u201D Mayor Tom Brekke said.\n");
  REQUIRE(test::count_rule(r, "quote.wrong-speaker") == 1);
  CHECK(test::first_rule(r, "quote.wrong-speaker")->message.find("OKAFOR") != std::string::npos);
  // the press release's quoted person
  r = check("\u201CThis contract secures two hundred jobs on the waterfront for the next decade,\u201D said Tom Brekke, the mayor.\n");
  CHECK(test::count_rule(r, "quote.wrong-speaker") == 1);
  // negative: the right speaker, by surname, and a one-letter slip of it
  r = check("\u201CThe bridges are safe today, but the steel in the old crossing is tired,\u201D said Peter Okafor, the city engineer.\n");
  CHECK(test::count_rule(r, "quote.wrong-speaker") == 0);
  r = check("\u201CThis contract secures two hundred jobs on the waterfront for the next decade,\u201D said Ines Varga.\n");
  CHECK(quote_findings(r) == 0);
}

TEST_CASE("quote.spliced: passages apart in the source joined without an ellipsis") {
  auto r = check("\u201CThe budget is balanced. The harbour will reopen in May,\u201D Mayor Tom Brekke said.\n");
  REQUIRE(test::count_rule(r, "quote.spliced") == 1);
  CHECK(test::first_rule(r, "quote.spliced")->related.size() == 2);
  // across two sources
  r = check("\u201CWe will rebuild every bridge before the winter comes for the next decade,\u201D Brekke said.\n");
  CHECK(test::count_rule(r, "quote.altered") + test::count_rule(r, "quote.spliced") >= 1);
  // negative: the same cut marked with an ellipsis; adjacent sentences joined
  r = check("\u201CThe budget is balanced. \u2026 The harbour will reopen in May,\u201D Mayor Tom Brekke said.\n");
  CHECK(test::count_rule(r, "quote.spliced") == 0);
  r = check("\u201CThe harbour will reopen in May. We have organised the dredging with the port authority,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  // two quotations of one claim, each whole, are not one spliced quotation
  r = check("\u201CThe budget is balanced,\u201D Mayor Tom Brekke said. \u201CThe harbour will reopen in May.\u201D\n");
  CHECK(test::count_rule(r, "quote.spliced") == 0);
}

TEST_CASE("quote.not-in-source: a covered speaker, words no source has") {
  auto r = check("\u201CWe will lower the fares on every tram next year,\u201D Mayor Tom Brekke said.\n");
  REQUIRE(test::count_rule(r, "quote.not-in-source") == 1);
  const auto* f = test::first_rule(r, "quote.not-in-source");
  CHECK(!f->related.empty());
  // negative: a speaker the sources do not cover; a short quoted phrase
  r = check("\u201CWe will lower the fares on every tram next year,\u201D said Anna Lindqvist, a transport planner.\n");
  CHECK(test::count_rule(r, "quote.not-in-source") == 0);
  r = check("Brekke called the plan \u201Cnot an option\u201D.\n");
  CHECK(test::count_rule(r, "quote.not-in-source") == 0);
}

TEST_CASE("without sources the quote.* source rules are silent; rules can be disabled") {
  auto r = test::analyze("\u201CWe will lower the fares on every tram next year,\u201D Mayor Tom Brekke said.\n");
  CHECK(quote_findings(r) == 0);
  claimlint::Options o;
  o.disabled_rules = {"quote.not-in-source"};
  auto an = claimlint::Analyzer::create(o, claimlint::KnowledgeBase{});
  REQUIRE(an.ok());
  std::vector<claimlint::Document> docs{{kTranscript, "t.txt", std::nullopt}};
  auto s = an->index_sources(docs);
  REQUIRE(s.ok());
  claimlint::Document doc{"\u201CWe will lower the fares on every tram next year,\u201D Mayor Tom Brekke said.\n", "d.txt", std::nullopt};
  auto rep = an->analyze(doc, *s);
  REQUIRE(rep.ok());
  CHECK(test::count_rule(*rep, "quote.not-in-source") == 0);
}

TEST_CASE("normalisation: line-end hyphenation, apostrophes, Unicode forms") {
  using claimlint::detail::quote_words;
  auto a = quote_words("recon-\nstruction don\u2019t Cafe\u0301", 0, false);
  auto b = quote_words("reconstruction dont caf\u00E9", 0, false);
  REQUIRE(a.size() == 3);
  REQUIRE(b.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(a[i].w == b[i].w);
  auto c = quote_words("well-known", 0, false);
  CHECK(c.size() == 2);
  auto q = quote_words("a [the mayor] b \u2026 c", 0, true);
  REQUIRE(q.size() == 5);
  CHECK(q[1].wild);
  CHECK(q[2].wild);
  CHECK_FALSE(q[3].wild);
  CHECK(q[4].gap_before);
}

// --- across revisions

namespace {
claimlint::Report diff(std::string_view a, std::string_view b) {
  claimlint::Document od{a, "old.txt", claimlint::parse_date("2025-03-12")};
  claimlint::Document nd{b, "new.txt", claimlint::parse_date("2025-03-12")};
  auto r = test::analyzer().diff(od, nd);
  REQUIRE(r.ok());
  return *r;
}
}  // namespace

TEST_CASE("revision.quote-changed: the words of a quotation changed between versions") {
  const char* v1 = "The mayor spoke on Wednesday.\n\n\u201CWe will rebuild every bridge before the winter comes,\u201D Tom Brekke said.\n";
  const char* v2 = "The mayor spoke on Wednesday.\n\n\u201CWe will rebuild every bridge before the spring comes,\u201D Tom Brekke said.\n";
  auto r = diff(v1, v2);
  REQUIRE(test::count_rule(r, "revision.quote-changed") == 1);
  CHECK(test::first_rule(r, "revision.quote-changed")->message.find("[-winter-] {+spring+}") != std::string::npos);
  // negative: only the marks and the layout changed
  const char* v3 = "The mayor spoke on Wednesday.\n\n\"We will rebuild every bridge before the winter comes,\" Tom Brekke said.\n";
  CHECK(diff(v1, v3).findings.empty());
  CHECK(diff(v1, v1).findings.empty());
}

TEST_CASE("revision.speaker-changed and revision.number-changed") {
  const char* v1 = "\u201CWe will rebuild every bridge before the winter comes,\u201D Tom Brekke said.\n\n"
                   "Ines Varga said the contract would create 200 jobs on the waterfront.\n";
  const char* v2 = "\u201CWe will rebuild every bridge before the winter comes,\u201D Peter Okafor said.\n\n"
                   "Ines Varga said the contract would create 2,000 jobs on the waterfront.\n";
  auto r = diff(v1, v2);
  CHECK(test::count_rule(r, "revision.speaker-changed") == 1);
  CHECK(test::count_rule(r, "revision.number-changed") == 1);
  CHECK(test::count_rule(r, "revision.quote-changed") == 0);
  // negative: "1,200" restated as "1200" is the same number; a new claim is no change
  const char* v3 = "Ines Varga said the contract would create 1,200 jobs on the waterfront.\n";
  const char* v4 = "Ines Varga said the contract would create 1200 jobs on the waterfront.\n\n"
                   "Tom Brekke said the ferry timetable would change in June.\n";
  CHECK(diff(v3, v4).findings.empty());
}
