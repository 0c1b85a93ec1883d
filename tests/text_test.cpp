#include <doctest/doctest.h>

#include "text/text.hpp"

using namespace claimlint::detail;

static std::vector<std::string> sentences_of(std::string_view s) {
  Text t = analyse_text(s);
  std::vector<std::string> out;
  for (const auto& se : t.sents)
    out.emplace_back(t.bytes(t.toks[se.tok_begin].start, t.toks[se.tok_end - 1].end));
  return out;
}

TEST_CASE("utf8: valid text passes, invalid bytes are located") {
  CHECK_FALSE(validate_utf8("plain ASCII").has_value());
  CHECK_FALSE(validate_utf8("Zürich – „Grüße“ 😀").has_value());
  auto bad = validate_utf8(std::string_view("abc\xff" "def", 7));
  REQUIRE(bad.has_value());
  CHECK(bad->offset == 3);
  auto trunc = validate_utf8(std::string_view("ok \xE2\x80", 5));
  REQUIRE(trunc.has_value());
  CHECK(trunc->offset == 3);
  auto overlong = validate_utf8(std::string_view("\xC0\xAF", 2));
  CHECK(overlong.has_value());
  auto nul = validate_utf8(std::string_view("a\0b", 3));
  REQUIRE(nul.has_value());
  CHECK(nul->offset == 1);
}

TEST_CASE("line index: 1-based lines and code-point columns") {
  std::string_view s = "first line\nZürich ist schön\n\nlast";
  LineIndex li(s);
  CHECK(li.line_of(0) == 1);
  CHECK(li.column_of(0) == 1);
  std::size_t ist = s.find("ist");
  CHECK(li.line_of(ist) == 2);
  CHECK(li.column_of(ist) == 8);  // "Zürich " is 7 code points, 8 bytes
  CHECK(li.line_of(s.find("last")) == 4);
  auto sp = li.span(ist, ist + 3);
  CHECK(sp.end_line == 2);
  CHECK(sp.end_column == 11);  // exclusive
  CHECK(li.line_text(2) == "Zürich ist schön");
}

TEST_CASE("tokens keep byte spans; quotes and possessives are classified") {
  std::string_view s = "The chancellor’s aide said “No.” He didn't.";
  Text t = analyse_text(s);
  std::vector<std::string_view> words;
  for (const auto& k : t.toks) words.push_back(t.str(k));
  REQUIRE(words.size() >= 10);
  CHECK(words[1] == "chancellor");
  CHECK(t.toks[2].kind == Tk::possessive);
  CHECK(words[2] == "’s");
  CHECK(t.toks[5].kind == Tk::open_quote);
  CHECK(words[6] == "No");
  CHECK(t.toks[8].kind == Tk::close_quote);
  CHECK(words[10] == "didn't");
  for (const auto& k : t.toks) CHECK(s.substr(k.start, k.end - k.start) == t.str(k));
}

TEST_CASE("straight quotes open and close by context, like typographic ones") {
  Text t = analyse_text("He said \"we are ready\" and left.");
  REQUIRE(t.quotes.size() == 1);
  CHECK(t.bytes(t.quotes[0].content_start, t.quotes[0].content_end) == "we are ready");
  Text u = analyse_text("He said “we are ready” and left.");
  REQUIRE(u.quotes.size() == 1);
  CHECK(u.bytes(u.quotes[0].content_start, u.quotes[0].content_end) == "we are ready");
}

TEST_CASE("sentences do not break on abbreviations, initials, decimals or inside quotes") {
  auto s = sentences_of("Mr. Smith met Gen. Lee in St. Paul on Jan. 5. The U.S. economy grew 2.5 percent. J. R. Ewing left.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Mr. Smith met Gen. Lee in St. Paul on Jan. 5.");
  CHECK(s[1] == "The U.S. economy grew 2.5 percent.");
  auto q = sentences_of("“We were not. We are now,” she said. Then she left.");
  REQUIRE(q.size() == 2);
  CHECK(q[0] == "“We were not. We are now,” she said.");
  auto us = sentences_of("The aid came from the U.S. The talks ended.");
  CHECK(us.size() == 2);
  // "No." abbreviates "number" only before a number.
  auto no = sentences_of("Members of Congress said no. The bank disagreed. It is ranked No. 3 in Ohio.");
  REQUIRE(no.size() == 3);
  CHECK(no[0] == "Members of Congress said no.");
  CHECK(no[2] == "It is ranked No. 3 in Ohio.");
}

TEST_CASE("paragraphs: blank lines, one per line, and hard-wrapped text") {
  CHECK(analyse_text("One.\n\nTwo.\n\nThree.").paras.size() == 3);
  CHECK(analyse_text("One line paragraph.\nAnother one.\nA third.").paras.size() == 3);
  Text w = analyse_text(
      "    The company said on Monday that its\nprofits rose in the quarter and that\nsales would grow next year.\n"
      "    A second paragraph starts here and\nruns on over a line break.");
  CHECK(w.paras.size() == 2);
}

TEST_CASE("unbalanced quotes recover at the paragraph's end") {
  Text t = analyse_text("He said “this never closes.\n\nA new paragraph with “a quote” inside.");
  REQUIRE(t.quotes.size() == 2);
  CHECK(t.quotes[0].close_tok == npos32);
  CHECK(t.quotes[0].para == 0);
  CHECK(t.bytes(t.quotes[1].content_start, t.quotes[1].content_end) == "a quote");
}

TEST_CASE("multi-paragraph quotations continue when the next paragraph reopens") {
  Text t = analyse_text("“First part of the quote.\n\n“Second part,” she said.");
  REQUIRE(t.quotes.size() == 2);
  CHECK(t.quotes[0].continued);
  CHECK(t.quotes[1].continuation);
}

TEST_CASE("fold lowercases and strips diacritics") {
  CHECK(fold("Sánchez") == "sanchez");
  CHECK(fold("Šefčovič") == "sefcovic");
  CHECK(fold("Zelenskyy’s") == "zelenskyy's");
  CHECK(fold("Größe") == "grosse");
}
