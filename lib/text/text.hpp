// Text stage: UTF-8 validation, tokens with byte spans, paragraphs, sentences, quotations,
// and the map from byte offsets to lines and columns. Offsets always point into the
// original bytes; typographic and straight quotes are classified alike.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlint/report.hpp"

namespace claimlint::detail {

inline constexpr std::uint32_t npos32 = 0xFFFFFFFFu;

struct Utf8Error {
  std::size_t offset;
  std::string cause;
};
// Returns the first encoding error, or nothing when `s` is valid UTF-8.
std::optional<Utf8Error> validate_utf8(std::string_view s);
// Decodes the code point at s[i] (valid UTF-8 assumed) and sets `len` to its byte length.
char32_t decode_utf8(std::string_view s, std::size_t i, int& len);

// 1-based line and code-point column of byte offsets.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  [[nodiscard]] Span span(std::size_t start, std::size_t end) const;
  [[nodiscard]] std::uint32_t line_of(std::size_t offset) const;
  [[nodiscard]] std::uint32_t column_of(std::size_t offset) const;
  [[nodiscard]] std::string_view line_text(std::uint32_t line) const;  // without the newline
 private:
  // Code points before byte offset `off` (constant time plus a scan of at most one block).
  [[nodiscard]] std::size_t code_points_before(std::size_t off) const;
  static constexpr std::size_t kBlock = 256;
  std::string_view text_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint32_t> cp_blocks_;  // code points before each kBlock boundary
  mutable std::vector<std::uint32_t> line_cp_;  // code points before each line start (lazy)
};

enum class Tk : std::uint8_t {
  word,        // letters, digits inside, internal apostrophes and hyphens, "U.S."
  number,      // 153, 1,200, 3.5
  punct,       // any other single mark
  open_quote,  // “ or a straight " that opens
  close_quote, // ” or a straight " that closes
  dash,        // — – or --
  possessive,  // ’s 's or a bare ’ after a plural
};

enum TokFlag : std::uint8_t {
  f_cap = 1,        // first letter is upper case
  f_upper = 2,      // every letter is upper case (NATO, U.S.)
  f_space = 4,      // whitespace before it
  f_newline = 8,    // a line break before it
  f_in_quote = 16,  // inside a quotation
};

struct Token {
  std::uint32_t start, end;
  Tk kind;
  std::uint8_t flags;
  std::uint32_t quote = npos32;  // index of the enclosing quotation, if any
  [[nodiscard]] bool has(TokFlag f) const { return (flags & f) != 0; }
};

struct Paragraph {
  std::uint32_t start, end;          // bytes
  std::uint32_t tok_begin, tok_end;  // tokens
};

struct Sentence {
  std::uint32_t tok_begin, tok_end;
  std::uint32_t para;
};

struct Quote {
  std::uint32_t open_tok, close_tok;     // close_tok is npos32 when unbalanced
  std::uint32_t begin_tok, end_tok;      // the tokens inside
  std::uint32_t content_start, content_end;  // bytes inside the marks
  std::uint32_t para;
  bool continued = false;  // runs on into the next paragraph (which reopens it)
  bool continuation = false;  // this quote continues one from the previous paragraph
};

struct Text {
  std::string_view src;
  std::vector<Token> toks;
  std::vector<Paragraph> paras;
  std::vector<Sentence> sents;
  std::vector<Quote> quotes;
  std::vector<std::uint32_t> sent_of_tok;

  [[nodiscard]] std::string_view str(const Token& t) const { return src.substr(t.start, t.end - t.start); }
  [[nodiscard]] std::string_view str(std::size_t i) const { return str(toks[i]); }
  [[nodiscard]] std::string_view bytes(std::size_t a, std::size_t b) const { return src.substr(a, b - a); }
};

// Tokenizes and segments `src` (valid UTF-8). Bytes that are spaces in `src` never start a
// token, so callers mask markup by overwriting it with spaces and newlines beforehand.
Text analyse_text(std::string_view src);

// Unicode classes by utf8proc (general categories): a letter (L*) or a combining mark (M*),
// which continues a word written in decomposed form; a combining mark; an upper-case or
// title-case letter (Lu, Lt).
bool is_letter_cp(char32_t c);
bool is_mark_cp(char32_t c);
bool is_upper_cp(char32_t c);

// The key under which two spellings of a word compare equal: compatibility-decomposed (NFKD),
// diacritics stripped, case-folded and recomposed by utf8proc, with ’ ‘ ʼ as ' and the letters
// Unicode does not decompose (ł đ ø æ œ ħ ı ŧ þ ð) as their ASCII base. "Żak", "Zak" and a
// decomposed "Z\u0307ak" all fold to "zak". ASCII input only lower-cases (fast path).
std::string fold(std::string_view s);
// The NFC form of `s` (composed accents), unchanged when ASCII or invalid.
std::string normalize_nfc(std::string_view s);

}  // namespace claimlint::detail
