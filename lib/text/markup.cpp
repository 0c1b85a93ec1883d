// Markdown and HTML inputs are analysed through a mask: a copy of the input of the same
// length in which markup and code are spaces, so every offset still points into the
// original file. This first version masks HTML tags and comments, script/style, Markdown
// fences, code spans and front matter by hand; docs/formats.md describes the rules.
#include <string>
#include <string_view>

#include "claimlint/analyzer.hpp"

namespace claimlint::detail {

static void blank(std::string& s, std::size_t a, std::size_t b) {
  for (std::size_t i = a; i < b && i < s.size(); ++i)
    if (s[i] != '\n') s[i] = ' ';
}

std::string mask_markup(std::string_view src, Format format) {
  std::string s(src);
  // YAML front matter.
  if (s.starts_with("---\n") || s.starts_with("---\r\n")) {
    std::size_t e = s.find("\n---", 3);
    if (e != std::string::npos) {
      std::size_t end = s.find('\n', e + 4);
      blank(s, 0, end == std::string::npos ? s.size() : end);
    }
  }
  // HTML comments, script and style, tags (both formats: Markdown allows raw HTML).
  auto mask_between = [&](std::string_view open, std::string_view close) {
    std::size_t p = 0;
    while ((p = s.find(open, p)) != std::string::npos) {
      std::size_t e = s.find(close, p + open.size());
      e = e == std::string::npos ? s.size() : e + close.size();
      blank(s, p, e);
      p = e;
    }
  };
  mask_between("<!--", "-->");
  mask_between("<script", "</script>");
  mask_between("<style", "</style>");
  if (format == Format::markdown) {
    // Fenced code blocks and code spans.
    mask_between("\n```", "\n```");
    std::size_t p = 0;
    while ((p = s.find('`', p)) != std::string::npos) {
      std::size_t e = s.find('`', p + 1);
      if (e == std::string::npos) break;
      blank(s, p, e + 1);
      p = e + 1;
    }
    // Heading and list markers, emphasis marks.
    for (std::size_t i = 0; i < s.size(); ++i) {
      bool line_start = i == 0 || s[i - 1] == '\n';
      if (line_start) {
        std::size_t j = i;
        while (j < s.size() && (s[j] == '#' || s[j] == '>' || s[j] == '*' || s[j] == '-' || s[j] == '+')) ++j;
        if (j > i && j < s.size() && s[j] == ' ') blank(s, i, j);
      }
      if (s[i] == '*' || s[i] == '_') {
        bool word_inside = i > 0 && i + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[i - 1])) &&
                           std::isalnum(static_cast<unsigned char>(s[i + 1]));
        if (!word_inside) s[i] = ' ';
      }
    }
  }
  // Tags.
  std::size_t p = 0;
  while ((p = s.find('<', p)) != std::string::npos) {
    std::size_t e = s.find('>', p);
    if (e == std::string::npos) break;
    bool tag = p + 1 < s.size() && (std::isalpha(static_cast<unsigned char>(s[p + 1])) || s[p + 1] == '/' || s[p + 1] == '!');
    if (tag) {
      std::string_view name(s.data() + p + 1, std::min<std::size_t>(4, e - p - 1));
      bool block = name.starts_with("p") || name.starts_with("/p") || name.starts_with("h") || name.starts_with("/h") ||
                   name.starts_with("li") || name.starts_with("/li") || name.starts_with("br") || name.starts_with("div") ||
                   name.starts_with("/div");
      blank(s, p, e + 1);
      if (block) s[p] = '\n';
    }
    p = e + 1;
  }
  if (format == Format::html) {
    // Entities: &amp; → & and padding, &rsquo; → ’ …
    p = 0;
    while ((p = s.find('&', p)) != std::string::npos) {
      std::size_t e = s.find(';', p);
      if (e == std::string::npos || e - p > 8) { ++p; continue; }
      std::string_view ent(s.data() + p, e - p + 1);
      std::string rep = ent == "&amp;" ? "&" : ent == "&rsquo;" ? "\xE2\x80\x99" : ent == "&lsquo;" ? "\xE2\x80\x98"
                      : ent == "&ldquo;" ? "\xE2\x80\x9C" : ent == "&rdquo;" ? "\xE2\x80\x9D" : ent == "&quot;" ? "\""
                      : ent == "&nbsp;" ? " " : ent == "&mdash;" ? "\xE2\x80\x94" : ent == "&ndash;" ? "\xE2\x80\x93"
                      : ent == "&#39;" || ent == "&apos;" ? "'" : " ";
      blank(s, p, e + 1);
      s.replace(p, rep.size(), rep);
      p = e + 1;
    }
  }
  return s;
}

}  // namespace claimlint::detail
