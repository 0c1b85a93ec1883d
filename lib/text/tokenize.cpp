// Tokens, paragraphs, quotations and sentences in one pass each over the bytes.
#include <array>
#include <string_view>

#include "text/text.hpp"

namespace claimlint::detail {
namespace {

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200A || c == 0x200B || c == 0x202F ||
         c == 0x3000 || c == 0xFEFF || c == 0x2028 || c == 0x2029;
}
bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_letter(char32_t c) { return c < 0x80 ? is_ascii_letter(c) : is_letter_cp(c); }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  char32_t peek(std::size_t at, int& len) const {
    if (at >= s.size()) { len = 0; return 0; }
    return decode_utf8(s, at, len);
  }
};

}  // namespace

static void tokenize(Text& t) {
  std::string_view s = t.src;
  Cursor cur{s};
  std::size_t i = 0;
  std::uint8_t pending = 0;
  auto push = [&](std::size_t a, std::size_t b, Tk k, std::uint8_t fl) {
    t.toks.push_back(Token{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), k,
                           static_cast<std::uint8_t>(fl | pending)});
    pending = 0;
  };
  char32_t prev_cp = 0;
  while (i < s.size()) {
    int len = 1;
    auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 == ' ') {  // the commonest byte
      pending |= f_space;
      ++i;
      prev_cp = ' ';
      continue;
    }
    char32_t c = b0 < 0x80 ? static_cast<char32_t>(b0) : cur.peek(i, len);
    if (is_space_cp(c)) {
      pending |= f_space;
      if (c == '\n' || c == 0x2028 || c == 0x2029) pending |= f_newline;
      i += static_cast<std::size_t>(len);
      prev_cp = c;
      continue;
    }
    std::size_t a = i;
    if (is_letter(c)) {
      // A word: letters and digits, with internal apostrophes, hyphens and dotted
      // abbreviations (U.S., a.m.).
      bool upper_all = true, any_letter = false;
      std::uint8_t fl = is_upper_cp(c) ? f_cap : 0;
      std::size_t j = i;
      while (j < s.size()) {
        auto byte = static_cast<unsigned char>(s[j]);
        if (byte < 0x80) {
          // ASCII fast path: letters and digits need no decoding.
          if ((byte >= 'a' && byte <= 'z')) { any_letter = true; upper_all = false; ++j; continue; }
          if ((byte >= 'A' && byte <= 'Z')) { any_letter = true; ++j; continue; }
          if (byte >= '0' && byte <= '9') { ++j; continue; }
        }
        int l = 1;
        char32_t d = byte < 0x80 ? static_cast<char32_t>(byte) : cur.peek(j, l);
        if (is_letter(d) || is_digit(d)) {
          if (!is_mark_cp(d)) { any_letter = true; if (!is_upper_cp(d)) upper_all = false; }
          j += static_cast<std::size_t>(l);
          continue;
        }
        int l2 = 0;
        char32_t nx = cur.peek(j + static_cast<std::size_t>(l), l2);
        if (is_apostrophe(d) && is_letter(nx)) {
          // "’s" followed by a non-letter is a possessive: stop before it.
          int l3 = 0;
          char32_t nx2 = cur.peek(j + static_cast<std::size_t>(l) + static_cast<std::size_t>(l2), l3);
          if ((nx == 's' || nx == 'S') && !is_letter(nx2) && !is_digit(nx2)) break;
          j += static_cast<std::size_t>(l);
          continue;
        }
        if ((d == '-' || d == 0x2010 || d == 0x2011) && (is_letter(nx) || is_digit(nx))) {
          j += static_cast<std::size_t>(l);
          continue;
        }
        if (d == '.' && is_letter(nx)) {
          // U.S. / a.m.: single letters separated by dots.
          std::size_t k = j + 1 + static_cast<std::size_t>(l2);
          int l4 = 0;
          char32_t after = cur.peek(k, l4);
          std::size_t wordlen = j - a;
          if (wordlen <= 2 && (after == '.' || !is_letter(after))) {
            j = k;
            if (after == '.') j = k + 1;
            continue;
          }
        }
        break;
      }
      // A trailing dot of a dotted abbreviation (U.S.) belongs to it.
      std::string_view w = s.substr(a, j - a);
      if (w.find('.') != std::string_view::npos && w.back() != '.' && j < s.size() && s[j] == '.') ++j;
      if (upper_all && any_letter) fl |= f_upper;
      push(a, j, Tk::word, fl);
      i = j;
      prev_cp = 'a';
      continue;
    }
    if (is_digit(c)) {
      std::size_t j = i + 1;
      while (j < s.size()) {
        char d = s[j];
        if (d >= '0' && d <= '9') { ++j; continue; }
        if ((d == ',' || d == '.') && j + 1 < s.size() && s[j + 1] >= '0' && s[j + 1] <= '9') { j += 2; continue; }
        break;
      }
      // 1990s, 3rd, 21st, 10th: letters glued to digits stay in the token.
      while (j < s.size() && is_ascii_letter(static_cast<unsigned char>(s[j]))) ++j;
      push(a, j, Tk::number, 0);
      i = j;
      prev_cp = '0';
      continue;
    }
    i += static_cast<std::size_t>(len);
    if (c == 0x201C || c == 0x201E || c == 0xAB) { push(a, i, Tk::open_quote, 0); prev_cp = c; continue; }
    if (c == 0x201D || c == 0xBB) { push(a, i, Tk::close_quote, 0); prev_cp = c; continue; }
    // Typewriter quotation marks of two characters (New York Times and LaTeX style): `` opens,
    // '' opens or closes like a straight double quote.
    if (c == '`' && i < s.size() && s[i] == '`') {
      ++i;
      push(a, i, Tk::open_quote, 0);
      prev_cp = 0x201C;
      continue;
    }
    const bool two_apostrophes = c == '\'' && i < s.size() && s[i] == '\'';
    if (two_apostrophes) ++i;
    if (c == '"' || two_apostrophes) {
      // Straight quote: opens after space, start, an opening bracket or a dash.
      bool opens = prev_cp == 0 || is_space_cp(prev_cp) || prev_cp == '(' || prev_cp == '[' ||
                   prev_cp == 0x2014 || prev_cp == 0x2013 || prev_cp == '-' || prev_cp == 0x201C;
      if (opens) {
        int l = 0;
        char32_t nx = cur.peek(i, l);
        if (nx == 0 || is_space_cp(nx)) opens = false;  // " at a line end closes
      }
      push(a, i, opens ? Tk::open_quote : Tk::close_quote, 0);
      prev_cp = two_apostrophes ? char32_t{0x22} : c;
      continue;
    }
    if (is_apostrophe(c)) {
      // Possessive: ’s after a word, or a bare ’ after a plural ending in s.
      if (!t.toks.empty() && t.toks.back().kind == Tk::word && t.toks.back().end == a) {
        int l = 0;
        char32_t nx = cur.peek(i, l);
        if ((nx == 's' || nx == 'S')) {
          int l2 = 0;
          char32_t nx2 = cur.peek(i + static_cast<std::size_t>(l), l2);
          if (!is_letter(nx2) && !is_digit(nx2)) {
            i += static_cast<std::size_t>(l);
            push(a, i, Tk::possessive, 0);
            prev_cp = 's';
            continue;
          }
        }
        char last = s[a - 1];
        if ((last == 's' || last == 'S') && !is_letter(nx)) {
          push(a, i, Tk::possessive, 0);
          prev_cp = c;
          continue;
        }
      }
      push(a, i, Tk::punct, 0);
      prev_cp = c;
      continue;
    }
    if (c == 0x2014 || c == 0x2013 || c == 0x2015) { push(a, i, Tk::dash, 0); prev_cp = c; continue; }
    if (c == '-' && i < s.size() && s[i] == '-') { ++i; push(a, i, Tk::dash, 0); prev_cp = 0x2014; continue; }
    push(a, i, Tk::punct, 0);
    prev_cp = c;
  }
}

// Paragraphs: blank lines always separate them. A single line break separates them too,
// unless the text is hard-wrapped (most lines end mid-sentence), where an indented line
// starts a new paragraph instead.
static void paragraphs(Text& t) {
  std::string_view s = t.src;
  // Decide whether single newlines are paragraph breaks. Hard-wrapped text shows itself by
  // lines that end mid-sentence and continue in lower case on the next line.
  std::size_t joins = 0, lines = 0;
  {
    std::size_t ls = 0;
    while (ls < s.size()) {
      std::size_t le = s.find('\n', ls);
      if (le == std::string_view::npos) break;
      std::size_t e = le;
      while (e > ls && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t')) --e;
      std::size_t nx = s.find_first_not_of(" \t", le + 1);
      if (e > ls) ++lines;
      if (e > ls && nx != std::string_view::npos && nx < s.size()) {
        char first = s[nx];
        char last = s[e - 1];
        bool ends = last == '.' || last == '?' || last == '!' || last == ':' || last == '"';
        if (!ends && first >= 'a' && first <= 'z') ++joins;
      }
      ls = le + 1;
    }
  }
  const bool wrapped = joins >= 2 && joins * 10 >= lines;

  std::uint32_t para_start_tok = 0;
  auto close_para = [&](std::uint32_t end_tok) {
    if (end_tok > para_start_tok) {
      t.paras.push_back(Paragraph{t.toks[para_start_tok].start, t.toks[end_tok - 1].end, para_start_tok, end_tok});
    }
    para_start_tok = end_tok;
  };
  for (std::uint32_t k = 1; k < t.toks.size(); ++k) {
    const Token& tk = t.toks[k];
    if (!tk.has(f_newline)) continue;
    // Count the line breaks between the previous token and this one.
    std::size_t nl = 0;
    for (std::size_t b = t.toks[k - 1].end; b < tk.start; ++b) nl += s[b] == '\n';
    bool brk;
    if (nl >= 2) brk = true;
    else if (!wrapped) brk = true;
    else {
      std::size_t ls = s.rfind('\n', tk.start - 1);
      brk = ls != std::string_view::npos && tk.start > ls + 1 && (s[ls + 1] == ' ' || s[ls + 1] == '\t');
    }
    if (brk) close_para(k);
  }
  close_para(static_cast<std::uint32_t>(t.toks.size()));
}

// Quotations: paired within a paragraph. An opening mark left open at the end of a paragraph
// runs to that end; if the next paragraph opens with a mark, the quotation continues there.
static void quotations(Text& t) {
  for (std::uint32_t p = 0; p < t.paras.size(); ++p) {
    const Paragraph& para = t.paras[p];
    std::uint32_t open = npos32;
    for (std::uint32_t k = para.tok_begin; k < para.tok_end; ++k) {
      Tk kind = t.toks[k].kind;
      if (kind == Tk::open_quote) {
        if (open == npos32) open = k;
        // A nested or stray opening mark inside an open quotation is just text.
      } else if (kind == Tk::close_quote && open != npos32) {
        Quote q{open, k, open + 1, k, t.toks[open].end, t.toks[k].start, p};
        t.quotes.push_back(q);
        open = npos32;
      }
    }
    if (open != npos32) {
      std::uint32_t e = para.tok_end;
      Quote q{open, npos32, open + 1, e, t.toks[open].end, t.toks[e - 1].end, p};
      // Drop trailing close punctuation of an unclosed quote from the content? Keep it: the
      // text is the quote's.
      if (p + 1 < t.paras.size() && t.toks[t.paras[p + 1].tok_begin].kind == Tk::open_quote) q.continued = true;
      t.quotes.push_back(q);
    }
  }
  for (std::size_t qi = 1; qi < t.quotes.size(); ++qi) {
    const Quote& prev = t.quotes[qi - 1];
    Quote& q = t.quotes[qi];
    if (prev.continued && q.para == prev.para + 1 && q.open_tok == t.paras[q.para].tok_begin) q.continuation = true;
  }
  for (std::uint32_t qi = 0; qi < t.quotes.size(); ++qi) {
    const Quote& q = t.quotes[qi];
    for (std::uint32_t k = q.begin_tok; k < q.end_tok; ++k) {
      t.toks[k].flags |= f_in_quote;
      t.toks[k].quote = qi;
    }
  }
}

static bool is_abbrev(std::string_view w) {
  static constexpr std::array<std::string_view, 52> list = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm", "sen", "rep",
      "gov", "pres", "rev", "hon", "st", "ste", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "bros",
      "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "approx", "dept", "univ", "assn", "ave", "blvd"};
  if (w.size() > 6) return false;
  char buf[8];
  for (std::size_t i = 0; i < w.size(); ++i) buf[i] = static_cast<char>(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
  std::string_view lw(buf, w.size());
  for (auto a : list)
    if (a == lw) return true;
  return false;
}

static bool common_sentence_starter(std::string_view w) {
  static constexpr std::array<std::string_view, 30> list = {
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "In", "This", "That", "His", "Her",
      "Its", "Their", "On", "At", "As", "And", "Officials", "There", "Some", "Many", "However", "Meanwhile",
      "After", "While", "Last"};
  for (auto a : list)
    if (a == w) return true;
  return false;
}

// Sentences: break after . ! ? … (and any closing quotes or brackets after them) when the
// next token starts a sentence, never inside a quotation, after a title abbreviation, or
// after an initial.
static void sentences(Text& t) {
  t.sent_of_tok.assign(t.toks.size(), 0);
  for (std::uint32_t p = 0; p < t.paras.size(); ++p) {
    const Paragraph& para = t.paras[p];
    std::uint32_t begin = para.tok_begin;
    auto emit = [&](std::uint32_t end) {
      if (end > begin) {
        auto idx = static_cast<std::uint32_t>(t.sents.size());
        for (std::uint32_t k = begin; k < end; ++k) t.sent_of_tok[k] = idx;
        t.sents.push_back(Sentence{begin, end, p});
      }
      begin = end;
    };
    for (std::uint32_t k = para.tok_begin; k < para.tok_end; ++k) {
      const Token& tk = t.toks[k];
      std::string_view w = t.str(tk);
      bool terminal = false;
      bool dotted_abbrev = false;
      if (tk.kind == Tk::punct && (w == "." || w == "!" || w == "?" || w == "\xE2\x80\xA6")) terminal = true;
      if (tk.kind == Tk::word && w.size() >= 2 && w.back() == '.') { terminal = true; dotted_abbrev = true; }
      if (!terminal) continue;
      std::uint32_t e = k + 1;
      while (e < para.tok_end && (t.toks[e].kind == Tk::close_quote || t.str(e) == ")" || t.str(e) == "]" ||
                                  (t.toks[e].kind == Tk::punct && (t.str(e) == "'" || t.str(e) == "\xE2\x80\x99"))))
        ++e;
      if (e >= para.tok_end) break;
      const Token& nx = t.toks[e];
      // Inside a quotation (still open after the closing marks we skipped): no break.
      if ((t.toks[e - 1].has(f_in_quote) && t.toks[e - 1].kind != Tk::close_quote) && nx.has(f_in_quote)) continue;
      bool starts = nx.kind == Tk::open_quote || nx.kind == Tk::number || (nx.kind == Tk::word && nx.has(f_cap));
      if (!starts) continue;
      if (tk.kind == Tk::punct && w == "." && k > para.tok_begin) {
        const Token& pv = t.toks[k - 1];
        std::string_view pw = t.str(pv);
        if (pv.kind == Tk::word && pv.end == tk.start) {
          // "No." and "Nos." abbreviate "number" only before a number ("No. 10"); "said no. The"
          // ends a sentence.
          const bool number_abbrev = (pw.size() == 2 || pw.size() == 3) && (pw[0] == 'n' || pw[0] == 'N') &&
                                     (pw[1] == 'o' || pw[1] == 'O') && (pw.size() == 2 || pw[2] == 's' || pw[2] == 'S');
          if (is_abbrev(pw) && !(number_abbrev && nx.kind != Tk::number)) continue;
          int l = 0;
          char32_t c0 = decode_utf8(pw, 0, l);
          if (static_cast<std::size_t>(l) == pw.size() && is_upper_cp(c0)) continue;  // initial: "J. Smith"
        }
      }
      if (dotted_abbrev) {
        // "U.S." ends a sentence only before a typical sentence opener.
        if (!(nx.kind == Tk::open_quote || common_sentence_starter(t.str(nx)))) continue;
      }
      emit(e);
      k = e - 1;
    }
    emit(para.tok_end);
  }
}

Text analyse_text(std::string_view src) {
  Text t;
  t.src = src;
  t.toks.reserve(src.size() / 5 + 16);
  tokenize(t);
  paragraphs(t);
  quotations(t);
  sentences(t);
  return t;
}

}  // namespace claimlint::detail
