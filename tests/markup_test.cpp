// The mask of Markdown and HTML: same length, prose kept, the rest blanked; spans of the
// analysis point at the original file.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "helpers.hpp"
#include "text/markup.hpp"

namespace {

using claimlint::Format;
using claimlint::detail::mask_markup;

claimlint::Report analyze_as(std::string_view text, std::string path, std::string_view date = "2025-12-15") {
  claimlint::Document doc{text, std::move(path), date.empty() ? std::nullopt : claimlint::parse_date(date)};
  auto r = test::analyzer().analyze(doc);
  REQUIRE(r.ok());
  return *r;
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!n || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

bool has(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// 1-based code-point column of byte `off` in `s`.
std::uint32_t column_of(std::string_view s, std::size_t off) {
  std::size_t ls = s.rfind('\n', off == 0 ? 0 : off - 1);
  ls = (ls == std::string_view::npos || off == 0) ? 0 : ls + 1;
  std::uint32_t col = 1;
  for (std::size_t i = ls; i < off; ++i) col += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return col;
}

}  // namespace

TEST_CASE("markdown: prose kept in place, code, URLs, comments and markup blanked") {
  const std::string md =
      "# Title of the *story*\n"
      "\n"
      "Para with `code said that` and [a link](https://example.org/said \"title\") and <https://auto.example/x>.\n"
      "<!-- claimlint-disable role.stale -->\n"
      "\n"
      "- item one\n"
      "- item two\n"
      "\n"
      "> quoted line\n"
      "\n"
      "| head | cell |\n"
      "|------|------|\n"
      "| Zürich | Genève |\n"
      "\n"
      "```\n"
      "fenced code said\n"
      "```\n"
      "\n"
      "    indented code said\n"
      "\n"
      "<div>\n"
      "html block text <script>var said = 1;</script>\n"
      "</div>\n"
      "\n"
      "![alt text said](img.png)\n";
  auto m = mask_markup(md, Format::markdown);
  REQUIRE(m.text.size() == md.size());
  CHECK(valid_utf8(m.text));
  // Prose stays at its own offsets.
  for (std::string_view w : {"Title of the", "story", "Para with", "a link", "item one", "item two", "quoted line",
                             "head", "cell", "Zürich", "Genève", "html block text"}) {
    std::size_t at = md.find(w);
    REQUIRE(at != std::string::npos);
    CHECK_MESSAGE(m.text.compare(at, w.size(), w) == 0, w);
  }
  // Code, URLs, comments, scripts and image text are gone.
  for (std::string_view w : {"code said that", "https://example.org", "auto.example", "claimlint-disable",
                             "fenced code", "indented code", "var said", "alt text", "#", "```", "|", ">", "- item"})
    CHECK_MESSAGE(!has(m.text, w), w);
  // The comment is recorded for the suppression pass.
  REQUIRE(m.comments.size() == 1);
  CHECK(md.substr(m.comments[0].start, 4) == "<!--");
  CHECK(md.substr(m.comments[0].end - 3, 3) == "-->");
  // Block boundaries are paragraph breaks: the list items are separate lines.
  std::size_t one = md.find("item one"), two = md.find("item two");
  std::string gap = m.text.substr(one, two - one);
  CHECK(std::count(gap.begin(), gap.end(), '\n') >= 2);
}

TEST_CASE("markdown: a soft line break inside a paragraph is not a paragraph break") {
  const std::string md = "The talks went on,\nofficials said.\n";
  auto m = mask_markup(md, Format::markdown);
  CHECK(m.text == "The talks went on, officials said. ");
}

TEST_CASE("markdown: YAML front matter gives the date, and its title is prose") {
  const std::string md =
      "---\n"
      "title: \"Zürich talks end\"\n"
      "date: 2024-03-02\n"
      "tags: [a, b]\n"
      "---\n"
      "Body text.\n";
  auto m = mask_markup(md, Format::markdown);
  REQUIRE(m.front_matter_date);
  CHECK(claimlint::to_string(*m.front_matter_date) == "2024-03-02");
  std::size_t t = md.find("Zürich talks end");
  CHECK(m.text.compare(t, 17, "Zürich talks end") == 0);
  CHECK(!has(m.text, "date"));
  CHECK(!has(m.text, "tags"));
  CHECK(!has(m.text, "---"));
  auto r = analyze_as(md, "a.md", "");
  REQUIRE(r.date);
  CHECK(r.date_source == claimlint::DateSource::front_matter);
  CHECK(claimlint::to_string(*r.date) == "2024-03-02");
}

TEST_CASE("html: text of the body kept; head, script, style, code, comments and attributes blanked") {
  const std::string html =
      "<!DOCTYPE html><html><head><title>Head title</title><style>p{x:said}</style></head>"
      "<body><h1>Heading</h1><p class=\"lead\" title=\"attribute said\">First paragraph.</p>"
      "<script>var said = 1;</script><!-- a comment --><p>Second <a href=\"https://x.example/said\">link</a>.</p>"
      "<pre>pre said</pre><p>Inline <code>code said</code> here.</p>"
      "<table><tr><td>Cell one</td><td>Cell two</td></tr></table></body></html>";
  auto m = mask_markup(html, Format::html);
  REQUIRE(m.text.size() == html.size());
  for (std::string_view w : {"Heading", "First paragraph.", "Second", "link", "Inline", "here.", "Cell one", "Cell two"}) {
    std::size_t at = html.find(w);
    REQUIRE(at != std::string::npos);
    CHECK_MESSAGE(m.text.compare(at, w.size(), w) == 0, w);
  }
  for (std::string_view w : {"Head title", "said", "comment", "<", ">", "lead", "x.example"}) CHECK_MESSAGE(!has(m.text, w), w);
  REQUIRE(m.comments.size() == 1);
  CHECK(html.substr(m.comments[0].start, m.comments[0].end - m.comments[0].start) == "<!-- a comment -->");
  // Paragraphs and cells are separated by blank lines in the mask.
  std::size_t a = html.find("Cell one"), b = html.find("Cell two");
  std::string cells = m.text.substr(a, b - a);
  CHECK(std::count(cells.begin(), cells.end(), '\n') >= 2);
}

TEST_CASE("html: character references decoded in place, the word moved to the reference") {
  const std::string html = "<p>The Chancellor&rsquo;s aide met Zo&euml; at AT&amp;T &amp; &bogus; HQ.</p>";
  auto m = mask_markup(html, Format::html);
  REQUIRE(m.text.size() == html.size());
  CHECK(valid_utf8(m.text));
  std::size_t c = html.find("Chancellor");
  CHECK(m.text.compare(c, 14, "Chancellor\u2019s") == 0);
  CHECK(has(m.text, "Zo\u00eb "));
  CHECK(has(m.text, "AT&T "));
  CHECK(has(m.text, "&bogus;"));  // not a reference: left as written
  REQUIRE(m.moved.size() == 4);
  CHECK(html.substr(m.moved[0].start, m.moved[0].end - m.moved[0].start) == "&rsquo;s");
}

TEST_CASE("spans point at the original file: multi-byte characters before and inside findings") {
  const std::string txt =
      "Zürich — The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.\n";
  const std::string md =
      "# Zürich — “Gespräche”\n\n"
      "Zürich — The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks **mattered**.\n";
  const std::string html =
      "<h1>Zürich &mdash; Gespräche</h1>\n<p>Zürich &mdash; The German Chancellor&rsquo;s spokesperson, "
      "Friedrich Merz, noted that the talks mattered.</p>\n";
  struct Case { std::string_view text; const char* path; };
  for (auto [text, path] : {Case{txt, "a.txt"}, Case{md, "a.md"}, Case{html, "a.html"}}) {
    CAPTURE(path);
    auto r = analyze_as(text, path);
    const auto* f = test::first_rule(r, "role.self-reference");
    REQUIRE(f);
    CHECK(f->message.find("The German Chancellor’s spokesperson") != std::string::npos);
    // The span starts at "The" of the original bytes, at its line and code-point column.
    CHECK(text.substr(f->span.start, 3) == "The");
    std::size_t expect = text.find("The German");
    CHECK(f->span.start == expect);
    CHECK(f->span.column == column_of(text, expect));
    CHECK(f->span.line == 1 + static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(expect), '\n')));
    CHECK(f->span.end <= text.size());
    CHECK(text.substr(f->span.end - 4, 4) == "Merz");
    CHECK(f->span.end_column == column_of(text, f->span.end));
  }
}

TEST_CASE("a span ending inside a decoded word is widened to the word's original end") {
  const std::string html = "<p>He met the German Chancellor&rsquo;s spokesperson, Friedrich Merz.</p>";
  auto r = analyze_as(html, "x.html");
  auto check = [&](const claimlint::Span& s) {
    CHECK(s.start <= s.end);
    CHECK(s.end <= html.size());
    // No span starts or ends strictly inside "&rsquo;s".
    std::size_t a = html.find("&rsquo;s");
    CHECK_FALSE((s.start > a && s.start < a + 8));
    CHECK_FALSE((s.end > a && s.end < a + 8));
  };
  for (const auto& e : r.entities) {
    for (const auto& role : e.roles) check(role.span);
    for (const auto& m : e.mentions) check(m);
  }
  for (const auto& c : r.claims) check(c.span);
  for (const auto& f : r.findings) check(f.span);
}

TEST_CASE("plain text is analysed as written and its comments are found") {
  auto c = claimlint::detail::find_comments("a <!-- x --> b <!-- open");
  REQUIRE(c.size() == 2);
  CHECK(c[0].start == 2);
  CHECK(c[0].end == 12);
  CHECK(c[1].end == 24);
}

TEST_CASE("masking survives hostile input") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div>";
  deep += "text";
  CHECK(mask_markup(deep, Format::html).text.size() == deep.size());
  std::string quotes(3000, '>');
  CHECK(mask_markup(quotes + " text", Format::markdown).text.size() == quotes.size() + 5);
  for (std::string_view s : {"---\n", "---\ntitle: x\n", "&#x110000;", "&#0;", "&#xD800;", "<p>&", "`", "<!--", "\xC3\xA9&amp;"}) {
    auto m1 = mask_markup(s, Format::markdown);
    auto m2 = mask_markup(s, Format::html);
    CHECK(m1.text.size() == s.size());
    CHECK(m2.text.size() == s.size());
    CHECK(valid_utf8(m1.text));
    CHECK(valid_utf8(m2.text));
  }
}

TEST_CASE("html: nesting deeper than the limit is refused with its place; flat pages of unclosed tags are not") {
  using claimlint::detail::html_too_deep;
  using claimlint::detail::max_html_depth;
  auto nest = [](std::size_t n, std::string_view open, std::string_view close) {
    std::string s = "<html><body>";
    for (std::size_t k = 0; k < n; ++k) s += open;
    s += "The minister said the plan was sound.";
    for (std::size_t k = 0; k < n; ++k) s += close;
    return s + "</body></html>";
  };
  // At the limit: analysed as usual.
  std::string ok = nest(max_html_depth, "<div>", "</div>");
  CHECK_FALSE(html_too_deep(ok));
  CHECK(analyze_as(ok, "a.html").claims.size() == 1);
  // One more: refused, with the byte offset of the tag that goes too deep.
  std::string deep = nest(max_html_depth + 1, "<div class=\"x\">", "</div>");
  auto at = html_too_deep(deep);
  REQUIRE(at);
  CHECK(deep.compare(*at, 5, "<div ") == 0);
  CHECK(*at == 12 + max_html_depth * std::string_view("<div class=\"x\">").size());
  claimlint::Document doc{deep, "deep.html", std::nullopt};
  auto r = test::analyzer().analyze(doc);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == claimlint::Error::Code::usage);
  CHECK(r.error().message.find("nested deeper than 512") != std::string::npos);
  CHECK(r.error().offset == *at);
  // Unclosed formatting elements nest too.
  CHECK(html_too_deep(nest(2000, "<b>", "")));
  // Siblings, void elements, self-closing tags, optional end tags and comments do not.
  std::string flat = "<html><body>";
  for (int k = 0; k < 3000; ++k)
    flat += "<p>Line <br> and <img src=\"a.png\"> and <span/> <!-- <div><div> --> <li>item <td>cell <div>x</div>\n";
  CHECK_FALSE(html_too_deep(flat));
  // Plain text is never scanned: "<div>" in a plain article is text.
  claimlint::Document plain{deep, "deep.txt", std::nullopt};
  CHECK(test::analyzer().analyze(plain).ok());
  // Markdown may hold HTML: the same limit applies.
  claimlint::Document md{deep, "deep.md", std::nullopt};
  CHECK_FALSE(test::analyzer().analyze(md).ok());
}
