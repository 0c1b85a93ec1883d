#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <utf8proc.h>

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

bool is_letter_cp(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;  // letters and combining marks
}

bool is_mark_cp(char32_t c) {
  if (c < 0x80) return false;
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME;
}

bool is_upper_cp(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

namespace {

// Applied to each code point before utf8proc decomposes, strips marks and folds case. Unicode
// gives no decomposition for these letters (a stroke or a ligature is not a combining mark), so
// they are mapped to the base letter a reader would type on an English keyboard; typographic
// apostrophes and hyphens become ASCII ones.
utf8proc_int32_t fold_extra(utf8proc_int32_t cp, void*) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x02BC: return '\'';
    case 0x2010: case 0x2011: return '-';
    case 0x0141: case 0x0142: case 0x013F: case 0x0140: return 'l';  // Ł ł Ŀ ŀ
    case 0x0110: case 0x0111: case 0x00D0: case 0x00F0: return 'd';  // Đ đ Ð ð
    case 0x00D8: case 0x00F8: case 0x0152: case 0x0153: return 'o';  // Ø ø Œ œ
    case 0x00C6: case 0x00E6: return 'a';                            // Æ æ
    case 0x0126: case 0x0127: return 'h';                            // Ħ ħ
    case 0x0131: return 'i';                                         // dotless ı
    case 0x0166: case 0x0167: case 0x00DE: case 0x00FE: return 't';  // Ŧ ŧ Þ þ
    case 0x0138: return 'k';                                         // ĸ
    default: return cp;
  }
}

}  // namespace

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
  // Compatibility decomposition (NFKD: a composed and a decomposed "é", the ligature "ﬁ" and
  // "fi" fold alike), marks stripped, case folded (ß becomes ss), then recomposed.
  utf8proc_uint8_t* out = nullptr;
  const auto opts = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                   UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  const utf8proc_ssize_t n = utf8proc_map_custom(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                                 static_cast<utf8proc_ssize_t>(s.size()), &out, opts, fold_extra, nullptr);
  if (n < 0) {  // invalid UTF-8 (callers validate first) or out of memory: ASCII lower-casing only
    std::free(out);
    std::string r(s);
    for (auto& c : r)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return r;
  }
  std::string r(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}

std::string normalize_nfc(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(s);
  utf8proc_uint8_t* out = nullptr;
  const auto opts = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                          static_cast<utf8proc_ssize_t>(s.size()), &out, opts);
  if (n < 0) { std::free(out); return std::string(s); }
  std::string r(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}

}  // namespace claimlint::detail
