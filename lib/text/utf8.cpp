#include <algorithm>
#include <cstring>
#include <fmt/format.h>

#include "text/text.hpp"

namespace claimlint::detail {

std::optional<Utf8Error> validate_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::copy_n(p + i, 8, reinterpret_cast<unsigned char*>(&w));
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == 0) return Utf8Error{i, "NUL byte (binary file?)"};
      ++i;
      continue;
    }
    int len = 0;
    char32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return Utf8Error{i, fmt::format("invalid UTF-8 lead byte 0x{:02X}", c)};
    if (i + static_cast<std::size_t>(len) > n) return Utf8Error{i, "truncated UTF-8 sequence at end of input"};
    for (int k = 1; k < len; ++k) {
      unsigned char cc = p[i + static_cast<std::size_t>(k)];
      if ((cc & 0xC0) != 0x80) return Utf8Error{i, fmt::format("invalid UTF-8 continuation byte 0x{:02X}", cc)};
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return Utf8Error{i, "overlong or out-of-range UTF-8 sequence"};
    if (cp >= 0xD800 && cp <= 0xDFFF) return Utf8Error{i, "UTF-16 surrogate encoded in UTF-8"};
    i += static_cast<std::size_t>(len);
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view s, std::size_t i, int& len) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { len = 1; return c; }
  char32_t cp;
  if (c < 0xE0) { len = 2; cp = c & 0x1F; }
  else if (c < 0xF0) { len = 3; cp = c & 0x0F; }
  else { len = 4; cp = c & 0x07; }
  for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  return cp;
}

// Code points in `s`: the bytes that are not UTF-8 continuation bytes, eight at a time.
static std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::copy_n(s.data() + i, 8, reinterpret_cast<char*>(&w));
    std::uint64_t cont = ((w & 0x8080808080808080ULL) & ((~w & 0x4040404040404040ULL) << 1)) >> 7;
    n += 8 - static_cast<std::size_t>((cont * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (const char* p = text.data(), *e = text.data() + text.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)))) != nullptr; ++p)
    starts_.push_back(static_cast<std::uint32_t>(p - text.data() + 1));
  cp_blocks_.reserve(text.size() / kBlock + 1);
  std::size_t cps = 0;
  for (std::size_t b = 0; b < text.size(); b += kBlock) {
    cp_blocks_.push_back(static_cast<std::uint32_t>(cps));
    cps += count_code_points(text.substr(b, std::min(kBlock, text.size() - b)));
  }
}

std::size_t LineIndex::code_points_before(std::size_t off) const {
  if (off > text_.size()) off = text_.size();
  std::size_t block = off / kBlock;
  if (block >= cp_blocks_.size()) block = cp_blocks_.empty() ? 0 : cp_blocks_.size() - 1;
  std::size_t n = cp_blocks_.empty() ? 0 : cp_blocks_[block];
  return n + count_code_points(text_.substr(block * kBlock, off - block * kBlock));
}

std::uint32_t LineIndex::line_of(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::uint32_t>(it - starts_.begin());
}

std::uint32_t LineIndex::column_of(std::size_t offset) const {
  std::uint32_t line = line_of(offset);
  if (line_cp_.empty()) {
    line_cp_.resize(starts_.size());
    for (std::size_t l = 0; l < starts_.size(); ++l) line_cp_[l] = static_cast<std::uint32_t>(code_points_before(starts_[l]));
  }
  return static_cast<std::uint32_t>(code_points_before(offset) - line_cp_[line - 1] + 1);
}

Span LineIndex::span(std::size_t start, std::size_t end) const {
  Span s;
  s.start = start;
  s.end = end;
  s.line = line_of(start);
  s.column = column_of(start);
  // end_line/end_column: the line of the last byte and the column just past it (exclusive).
  s.end_line = line_of(end > start ? end - 1 : end);
  s.end_column = end > start ? column_of(end - 1) + 1 : s.column;
  return s;
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  std::size_t b = starts_[line - 1];
  std::size_t e = line < starts_.size() ? starts_[line] - 1 : text_.size();
  if (e > b && text_[e - 1] == '\r') --e;
  return text_.substr(b, e - b);
}

// Latin-1 Supplement and Latin Extended-A letters to their ASCII base.
static char fold_cp(char32_t cp) {
  static constexpr std::string_view l1 =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiiidnooooo_ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo_ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) return l1[cp - 0xC0];
  static constexpr std::string_view ext =  // U+0100..U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  static_assert(l1.size() == 64 && ext.size() == 128);
  if (cp >= 0x100 && cp <= 0x17F) return ext[cp - 0x100];
  if (cp == 0x218 || cp == 0x219) return 's';  // Romanian comma-below letters
  if (cp == 0x21A || cp == 0x21B) return 't';
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return '\'';
  if (cp == 0x2010 || cp == 0x2011) return '-';
  return 0;
}

std::string fold(std::string_view s) {
  // Fast path: ASCII only.
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string out(s);
    for (auto& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      ++i;
      continue;
    }
    int len = 1;
    char32_t cp = decode_utf8(s, i, len);
    if (char f = fold_cp(cp)) {
      if (f == 's' && cp == 0xDF) out += "ss";
      else if (f != '_') out.push_back(f);
      else out.append(s.substr(i, static_cast<std::size_t>(len)));
    } else {
      out.append(s.substr(i, static_cast<std::size_t>(len)));
    }
    i += static_cast<std::size_t>(len);
  }
  return out;
}

}  // namespace claimlint::detail
