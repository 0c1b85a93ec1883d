// Markdown and HTML inputs are analysed through a mask: a copy of the input of the same
// length in which everything that is not prose is a space and block boundaries are line
// breaks, so every offset of the copy is an offset of the original file. md4c parses
// Markdown, gumbo parses HTML; docs/formats.md gives the rules.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlint/analyzer.hpp"
#include "claimlint/report.hpp"

namespace claimlint::detail {

class LineIndex;

struct ByteRange {
  std::size_t start = 0;
  std::size_t end = 0;  // exclusive
};

struct Masked {
  std::string text;  // same length as the input; valid UTF-8
  // Words that hold a character reference (`Chancellor&rsquo;s`): the copy has the decoded
  // word at the start of the range and spaces after it, so a span boundary inside such a
  // range is widened to the whole range (snap_spans).
  std::vector<ByteRange> moved;
  // HTML comments (`<!-- … -->`, delimiters included) that are markup, not code or text.
  std::vector<ByteRange> comments;
  // The `date:` of YAML front matter, when it names a calendar day.
  std::optional<Date> front_matter_date;
};

// Returns the mask of a Markdown or HTML document (`format` is markdown or html; src is
// valid UTF-8).
Masked mask_markup(std::string_view src, Format format);

// HTML parsers take time that grows with the square of the nesting depth (100,000 nested <div>s:
// minutes). Elements nest at most this deep in an article that is analysed.
inline constexpr std::size_t max_html_depth = 512;

// The byte offset of the first tag that opens element number `limit` + 1 of a nesting, or
// nothing. A linear scan of the tags: comments are skipped; void elements (<br>), self-closing
// tags and elements whose end tag may be left out (<p>, <li>, <td>, …) do not count.
std::optional<std::size_t> html_too_deep(std::string_view src, std::size_t limit = max_html_depth);

// Returns the HTML comments of plain text: every `<!--` up to the next `-->` (or the end).
std::vector<ByteRange> find_comments(std::string_view src);

// Adjusts the report of a masked document: widens every span whose start or end falls inside
// a moved range to the whole range (lines and columns from `lines`, the original text's
// index), and folds the runs of white space that markup left in texts and messages.
void adjust_report(Report& r, const Masked& m, const LineIndex& lines);

}  // namespace claimlint::detail
