// The HTML report (lib/report/html.cpp): escaping, marks that overlap and nest, multi-part
// contents, evidence links. tests/html_browser_test.py checks the same pages in Chromium.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "claimlint/output.hpp"
#include "helpers.hpp"

namespace {

claimlint::Span span(std::size_t a, std::size_t b) {
  claimlint::Span s;
  s.start = a;
  s.end = b;
  s.line = 1;
  s.column = static_cast<std::uint32_t>(a + 1);
  return s;
}

claimlint::Finding finding(std::size_t a, std::size_t b, claimlint::Severity sev = claimlint::Severity::warning) {
  claimlint::Finding f;
  f.rule = "test.rule";
  f.severity = sev;
  f.message = "a finding";
  f.span = span(a, b);
  return f;
}

std::string html_of(const claimlint::FileResult& fr) {
  std::vector<claimlint::FileResult> v{fr};
  return claimlint::to_html(v);
}

std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out.push_back(s[i]); continue; }
    const std::size_t semi = s.find(';', i);
    const std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "#39") out += '\'';
    else if (ent == "#13") out += '\r';
    else out += "?";
    i = semi;
  }
  return out;
}

// The article's text as a browser sees it and, per mark (its data attributes), the text each
// of its elements covers, with the offsets into the article's text. Only paragraphs (<p>) and
// <span …> </span> occur in the text; checks that they balance.
struct Parsed {
  std::string text;
  std::map<std::string, std::vector<std::pair<std::size_t, std::size_t>>> marks;
  int ids = 0;  // elements with an id attribute
  int paragraphs = 0;
};

Parsed parse_pre(const std::string& page, std::size_t nth = 0) {
  Parsed p;
  std::size_t at = 0;
  for (std::size_t k = 0; k <= nth; ++k) at = page.find("<div class=\"text\">", at) + 18;
  const std::size_t end = page.find("</div>", at);
  REQUIRE(end != std::string::npos);
  const std::string_view body(page.data() + at, end - at);
  std::vector<std::pair<std::string, std::size_t>> open;  // key, start
  std::size_t i = 0;
  while (i < body.size()) {
    if (body.substr(i, 16) == "<p class=\"para\">") {
      REQUIRE(open.empty());  // a paragraph starts with no mark open
      ++p.paragraphs;
      i += 16;
    } else if (body.substr(i, 4) == "</p>") {
      REQUIRE(open.empty());
      i += 4;
    } else if (body.substr(i, 7) == "</span>") {
      REQUIRE(!open.empty());
      if (!open.back().first.empty()) p.marks[open.back().first].emplace_back(open.back().second, p.text.size());
      open.pop_back();
      i += 7;
    } else if (body.substr(i, 5) == "<span") {
      const std::size_t close = body.find('>', i);
      const std::string_view tag = body.substr(i, close - i);
      std::string key;
      for (const char* attr : {"data-claim=\"", "data-part=\"", "data-finding=\"", "data-related=\""}) {
        const std::size_t a = tag.find(attr);
        if (a == std::string_view::npos) continue;
        const std::size_t v = a + std::string_view(attr).size();
        key += std::string(attr).substr(5, std::string_view(attr).size() - 7) + "=" +
               std::string(tag.substr(v, tag.find('"', v) - v)) + " ";
      }
      if (tag.find(" id=\"") != std::string_view::npos) ++p.ids;
      open.emplace_back(key, p.text.size());
      i = close + 1;
    } else {
      REQUIRE(body[i] != '<');
      const std::size_t next = std::min(body.find('<', i), body.size());
      p.text += unescape(body.substr(i, next - i));
      i = next;
    }
  }
  CHECK(open.empty());
  return p;
}

// The text each mark covers, its elements joined.
std::string covered(const Parsed& p, const std::string& key) {
  std::string out;
  auto it = p.marks.find(key);
  if (it == p.marks.end()) return "<none>";
  for (auto [a, b] : it->second) out += p.text.substr(a, b - a);
  return out;
}

}  // namespace

TEST_CASE("html: article text is escaped; a script in it is text, not a script") {
  constexpr std::string_view text =
      "<script>alert('x')</script> & \"quotes\" </pre><img src=x onerror=alert(1)> said Ana Ruiz.";
  claimlint::FileResult fr;
  fr.report.path = "drafts/<b>evil</b>.txt";
  fr.text = text;
  fr.report.findings.push_back(finding(0, 8));
  fr.report.findings.back().message = "<script>bad()</script>";
  fr.report.findings.back().fix = "</li><script>x</script>";
  const std::string page = html_of(fr);
  // The page's own script only; the article's, the message's and the fix's are escaped.
  CHECK(page.find("<script") == page.rfind("<script"));
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<b>evil") == std::string::npos);
  CHECK(page.find("&lt;script&gt;bad()&lt;/script&gt;") != std::string::npos);
  CHECK(parse_pre(page).text == text);
}

TEST_CASE("html: overlapping and nested marks are split into segments, each piece keeping its mark") {
  // 0123456789
  // abcdefghij: content of claim 7 [0,5), finding 0 [2,6), finding 1 [4,8), cue [8,10)
  constexpr std::string_view text = "abcdefghij";
  claimlint::FileResult fr;
  fr.report.path = "a.txt";
  fr.text = text;
  claimlint::Claim c;
  c.id = 7;
  c.content.text = "abcde";
  c.content.span = span(0, 5);
  c.cue.text = "ij";
  c.cue.span = span(8, 10);
  fr.report.claims.push_back(c);
  fr.report.findings.push_back(finding(2, 6));
  fr.report.findings.push_back(finding(4, 8, claimlint::Severity::error));
  const Parsed p = parse_pre(html_of(fr));
  CHECK(p.text == text);
  CHECK(covered(p, "claim=7 part=content ") == "abcde");
  CHECK(covered(p, "claim=7 part=cue ") == "ij");
  CHECK(covered(p, "finding=0 ") == "cdef");
  CHECK(covered(p, "finding=1 ") == "efgh");
  // Crossing marks: some are interrupted, but each mark has one id (its first element).
  CHECK(p.ids == 4);
}

TEST_CASE("html: a split quotation is one claim in several elements; empty and identical spans still get marks") {
  constexpr std::string_view text = "“We will not,” she said, “give up.”";
  auto fr_report = test::analyze(text, "2025-12-15");
  claimlint::FileResult fr;
  fr.report = fr_report;
  fr.report.path = "q.txt";
  fr.text = text;
  REQUIRE(fr.report.claims.size() == 1);
  const auto& c = fr.report.claims[0];
  REQUIRE(c.content.parts.size() == 2);
  // Two findings on the same span, and one on no text at all (a point).
  fr.report.findings.push_back(finding(c.cue.span.start, c.cue.span.end));
  fr.report.findings.push_back(finding(c.cue.span.start, c.cue.span.end, claimlint::Severity::info));
  fr.report.findings.push_back(finding(3, 3));
  const std::string page = html_of(fr);
  const Parsed p = parse_pre(page);
  const std::string key = "claim=" + std::to_string(c.id) + " part=content ";
  REQUIRE(p.marks.count(key));
  CHECK(p.marks.at(key).size() == 2);
  CHECK(covered(p, key) == "We will notgive up.");
  CHECK(covered(p, "finding=0 ") == "said");
  CHECK(covered(p, "finding=1 ") == "said");
  REQUIRE(p.marks.count("finding=2 "));
  CHECK(p.marks.at("finding=2 ").front() == std::pair<std::size_t, std::size_t>{3, 3});
  // The content's id is on its first part only; links from the speaker list point at it.
  const std::string id = "id=\"f0-c" + std::to_string(c.id) + "\"";
  CHECK(page.find(id) != std::string::npos);
  CHECK(page.find(id) == page.rfind(id));
  CHECK(page.find("href=\"#f0-c" + std::to_string(c.id) + "\"") != std::string::npos);
}

TEST_CASE("html: CR, control characters and bidi overrides cannot change what the page shows") {
  constexpr std::string_view text = "a\r\nb\x01 \u202Eevil\u202C \u2067iso\u2069 e\u0301";
  claimlint::FileResult fr;
  fr.report.path = "u.txt";
  fr.text = text;
  const std::string page = html_of(fr);
  // CR as a reference, so that the parser does not fold CR LF into LF.
  CHECK(page.find("a&#13;\n</p><p class=\"para\">b&#1;") != std::string::npos);
  // Each embedding, override or isolate control sits alone in an isolating element.
  CHECK(page.find("<span class=\"bidi\" data-cp=\"U+202E\">&#x202E;</span>evil") != std::string::npos);
  CHECK(page.find("<span class=\"bidi\" data-cp=\"U+202C\">&#x202C;</span>") != std::string::npos);
  CHECK(page.find("<span class=\"bidi\" data-cp=\"U+2067\">&#x2067;</span>iso") != std::string::npos);
  CHECK(page.find("\u202E") == std::string::npos);
  // Combining marks stay as they are.
  CHECK(page.find("e\u0301") != std::string::npos);
}

TEST_CASE("html: evidence in the text is linked to its mark, knowledge-base evidence to its source") {
  constexpr std::string_view text = "Ana Ruiz said so. Ana Ruis said no.";
  claimlint::FileResult fr;
  fr.report.path = "e.txt";
  fr.text = text;
  auto f = finding(18, 27);
  f.related.push_back({"spelled Ana Ruiz", span(0, 8)});
  f.related.push_back({"knowledge base: Ana Ruiz mayor since 2020 (https://example.org/a?b=1&c=2) Q42", std::nullopt});
  f.related.push_back({"knowledge base: javascript:alert(1) (data:text/html,x)", std::nullopt});
  fr.report.findings.push_back(f);
  const std::string page = html_of(fr);
  const Parsed p = parse_pre(page);
  CHECK(covered(p, "finding=0 related=0 ") == "Ana Ruiz");
  CHECK(covered(p, "finding=0 ") == "Ana Ruis ");
  CHECK(page.find("href=\"#f0-d0-r0\"") != std::string::npos);
  CHECK(page.find("id=\"f0-d0-r0\"") != std::string::npos);
  CHECK(page.find("href=\"https://example.org/a?b=1&amp;c=2\"") != std::string::npos);
  CHECK(page.find("href=\"https://www.wikidata.org/wiki/Q42\"") != std::string::npos);
  CHECK(page.find("href=\"javascript") == std::string::npos);
  CHECK(page.find("href=\"data:") == std::string::npos);
}

TEST_CASE("html: per-file finding indexes, counts by severity and rule, files in error") {
  claimlint::FileResult a, b, c;
  a.report.path = "a.txt";
  a.text = "one two three";
  a.report.findings = {finding(0, 3, claimlint::Severity::error), finding(4, 7)};
  b.report.path = "b.txt";
  b.text = "four five";
  b.report.findings = {finding(5, 9, claimlint::Severity::info)};
  b.report.findings[0].rule = "other.rule";
  c.report.path = "c.txt";
  c.error = "line 2: invalid UTF-8";
  std::vector<claimlint::FileResult> v{a, b, c};
  const std::string page = claimlint::to_html(v);
  CHECK(covered(parse_pre(page, 0), "finding=1 ") == "two");
  CHECK(covered(parse_pre(page, 1), "finding=0 ") == "five");
  CHECK(page.find("<td>0</td><td>1</td><td>1</td><td>0</td><td><code>test.rule</code>&nbsp;×2") != std::string::npos);
  CHECK(page.find("<code>other.rule</code>&nbsp;×1") != std::string::npos);
  CHECK(page.find("not checked: line 2: invalid UTF-8") != std::string::npos);
  CHECK(page.find("<tfoot><tr><th scope=\"row\">3 files</th><td>0</td><td>1</td><td>1</td><td>1</td>") != std::string::npos);
}

TEST_CASE("html: each paragraph is a block; a mark across a paragraph break is split there") {
  constexpr std::string_view text = "\nab\n\ncd\nef\n\n\n";
  claimlint::FileResult fr;
  fr.report.path = "p.txt";
  fr.text = text;
  fr.report.findings.push_back(finding(2, 7));  // "b\n\ncd"
  const Parsed p = parse_pre(html_of(fr));
  // A leading line break is kept (a <pre> would drop it), and so are trailing ones.
  CHECK(p.text == text);
  CHECK(p.paragraphs == 4);  // "\n" | "ab\n\n" | "cd\n" | "ef\n\n\n"
  CHECK(covered(p, "finding=0 ") == "b\n\ncd");
  CHECK(p.marks.at("finding=0 ").size() == 2);
  CHECK(p.ids == 1);
}
