// The mask of Markdown (md4c) and HTML (gumbo) documents: see markup.hpp and docs/formats.md.
#include "text/markup.hpp"

#include <gumbo.h>
#include <md4c.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <utility>

#include "text/text.hpp"

namespace claimlint::detail {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Builds the mask: a copy of the source made of spaces, into which the parsers copy prose.
class Masker {
 public:
  explicit Masker(std::string_view src) : src_(src), out_(src.size(), ' ') {}

  [[nodiscard]] std::string_view src() const { return src_; }

  // The next prose run starts a new block (paragraph, heading, list item, cell, …).
  void boundary() { boundary_ = true; }

  // Copies the prose bytes [a, b) of the source; line breaks inside a block become spaces.
  void prose(std::size_t a, std::size_t b) {
    if (a >= b || b > src_.size()) return;
    if (boundary_ && last_end_ != npos && last_end_ <= a) separate(last_end_, a);
    boundary_ = false;
    for (std::size_t i = a; i < b; ++i) {
      char c = src_[i];
      out_[i] = c == '\n' || c == '\r' ? ' ' : c;
    }
    last_end_ = last_end_ == npos ? b : std::max(last_end_, b);
  }

  // An HTML comment that starts at `a`; it ends after the next "-->".
  void comment(std::size_t a) {
    if (!comments_.empty() && comments_.back().end > a) return;
    std::size_t e = src_.find("-->", a + 4);
    comments_.push_back({a, e == std::string_view::npos ? src_.size() : e + 3});
  }

  Masked finish() {
    Masked m;
    decode_references(m.moved);
    repair_utf8();
    m.text = std::move(out_);
    m.comments = std::move(comments_);
    std::sort(m.comments.begin(), m.comments.end(), [](const ByteRange& x, const ByteRange& y) { return x.start < y.start; });
    return m;
  }

 private:
  // Between two blocks: the source's line breaks, and at least two, room permitting, so the
  // text stage sees a paragraph break.
  void separate(std::size_t g0, std::size_t g1) {
    int nl = 0;
    for (std::size_t i = g0; i < g1; ++i)
      if (src_[i] == '\n' && out_[i] == ' ') { out_[i] = '\n'; ++nl; }
    for (std::size_t i = g1; i > g0 && nl < 2; --i)
      if (out_[i - 1] == ' ') { out_[i - 1] = '\n'; ++nl; }
  }

  // Returns the length of the character reference at out_[i] ("&amp;", "&#8217;", "&#x2019;"),
  // or 0.
  [[nodiscard]] std::size_t reference_length(std::size_t i) const {
    std::size_t n = out_.size(), j = i + 1;
    auto alnum = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (j < n && out_[j] == '#') {
      ++j;
      bool hex = j < n && (out_[j] == 'x' || out_[j] == 'X');
      if (hex) ++j;
      std::size_t d0 = j;
      while (j < n && j - d0 < 8 &&
             ((out_[j] >= '0' && out_[j] <= '9') || (hex && std::isxdigit(static_cast<unsigned char>(out_[j])))))
        ++j;
      if (j == d0 || j >= n || out_[j] != ';') return 0;
      return j + 1 - i;
    }
    std::size_t d0 = j;
    if (j >= n || !std::isalpha(static_cast<unsigned char>(out_[j]))) return 0;
    while (j < n && j - d0 < 32 && alnum(out_[j])) ++j;
    if (j >= n || out_[j] != ';') return 0;
    return j + 1 - i;
  }

  // Returns the text a character reference stands for, through gumbo's HTML5 table, or
  // nothing when it is not one (or would not fit in its own bytes).
  std::optional<std::string> decode(std::string_view ref) {
    auto it = cache_.find(ref);
    if (it != cache_.end()) return it->second;
    std::optional<std::string> res;
    GumboOutput* g = gumbo_parse_with_options(&kGumboDefaultOptions, ref.data(), ref.size());
    if (g) {
      std::vector<const GumboNode*> stack{g->document};
      while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEXT) {
          std::string t = node->v.text.text;
          if (t != ref) res = std::move(t);
          break;
        }
        const GumboVector* ch = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                : node->type == GUMBO_NODE_ELEMENT ? &node->v.element.children
                                                                    : nullptr;
        if (ch)
          for (unsigned k = ch->length; k > 0; --k) stack.push_back(static_cast<const GumboNode*>(ch->data[k - 1]));
      }
      gumbo_destroy_output(&kGumboDefaultOptions, g);
    }
    // Invisible joiners and the soft hyphen vanish, so the word stays one word.
    if (res && (*res == "\xC2\xAD" || *res == "\xE2\x80\x8B" || *res == "\xE2\x80\x8C" || *res == "\xE2\x80\x8D" ||
                *res == "\xE2\x81\xA0"))
      res = std::string();
    if (res && res->size() > ref.size()) res.reset();
    cache_.emplace(std::string(ref), res);
    return res;
  }

  // Character references in prose: the word from the reference to the next space is written
  // decoded at the reference's first byte, and padded with spaces to its original end.
  void decode_references(std::vector<ByteRange>& moved) {
    const std::size_t n = out_.size();
    std::string word;
    for (std::size_t i = 0; i < n; ++i) {
      if (out_[i] != '&' || src_[i] != '&') continue;
      std::size_t len = reference_length(i);
      if (!len) continue;
      auto first = decode(std::string_view(out_).substr(i, len));
      if (!first) continue;
      word = *first;
      std::size_t k = i + len;
      while (k < n) {
        char c = out_[k];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') break;
        if (c == '&' && src_[k] == '&') {
          if (std::size_t l = reference_length(k)) {
            if (auto d = decode(std::string_view(out_).substr(k, l))) {
              word += *d;
              k += l;
              continue;
            }
          }
        }
        word += c;
        ++k;
      }
      std::copy(word.begin(), word.end(), out_.begin() + static_cast<std::ptrdiff_t>(i));
      std::fill(out_.begin() + static_cast<std::ptrdiff_t>(i + word.size()), out_.begin() + static_cast<std::ptrdiff_t>(k), ' ');
      moved.push_back({i, k});
      i = k - 1;
    }
  }

  // Every byte not part of a whole UTF-8 sequence becomes a space (the parsers cut at ASCII
  // marks, so this is a safety net).
  void repair_utf8() {
    const std::size_t n = out_.size();
    for (std::size_t i = 0; i < n;) {
      auto c = static_cast<unsigned char>(out_[i]);
      std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
      bool ok = len != 0 && i + len <= n;
      for (std::size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(out_[i + k]) & 0xC0) == 0x80;
      if (!ok) {
        out_[i] = ' ';
        ++i;
        continue;
      }
      i += len;
    }
  }

  std::string_view src_;
  std::string out_;
  std::size_t last_end_ = npos;
  bool boundary_ = false;
  std::vector<ByteRange> comments_;
  std::map<std::string, std::optional<std::string>, std::less<>> cache_;
};

// --- HTML

bool html_skipped(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_CODE: case GUMBO_TAG_PRE: case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_TT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_LISTING:
      return true;
    default:
      return false;
  }
}

bool html_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_TITLE: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

// Masks the HTML in src[a, b) (a whole document, or an HTML block of a Markdown file).
void mask_html(Masker& m, std::size_t a, std::size_t b) {
  std::string_view src = m.src();
  GumboOutput* g = gumbo_parse_with_options(&kGumboDefaultOptions, src.data() + a, b - a);
  if (!g) return;
  const char* lo = src.data() + a;
  const char* hi = src.data() + b;
  // Iterative walk (documents may nest deeply): `leave` entries close a block.
  struct Item { const GumboNode* node; bool skip; bool leave; };
  std::vector<Item> stack{{g->document, false, false}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    if (it.leave) { m.boundary(); continue; }
    const GumboNode* node = it.node;
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT: {
        const GumboVector& ch = node->v.document.children;
        for (unsigned k = ch.length; k > 0; --k) stack.push_back({static_cast<const GumboNode*>(ch.data[k - 1]), it.skip, false});
        break;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        GumboTag tag = node->v.element.tag;
        bool skip = it.skip || html_skipped(tag) || node->type == GUMBO_NODE_TEMPLATE;
        bool block = html_block(tag) || skip != it.skip;
        if (block) {
          m.boundary();
          stack.push_back({node, skip, true});
        }
        const GumboVector& ch = node->v.element.children;
        for (unsigned k = ch.length; k > 0; --k) stack.push_back({static_cast<const GumboNode*>(ch.data[k - 1]), skip, false});
        break;
      }
      case GUMBO_NODE_TEXT: {
        if (it.skip) break;
        const GumboStringPiece& t = node->v.text.original_text;
        if (t.data >= lo && t.data + t.length <= hi) {
          auto off = static_cast<std::size_t>(t.data - src.data());
          m.prose(off, off + t.length);
        }
        break;
      }
      case GUMBO_NODE_COMMENT: {
        const GumboStringPiece& t = node->v.text.original_text;
        if (t.data >= lo && t.data + t.length <= hi && t.length >= 4 && std::memcmp(t.data, "<!--", 4) == 0)
          m.comment(static_cast<std::size_t>(t.data - src.data()));
        break;
      }
      default:  // whitespace, CDATA
        break;
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, g);
}

// --- Markdown

struct MdState {
  Masker* m;
  const char* lo;
  const char* hi;
  // The href of each open link, copied: md4c may build it in a buffer that it frees when
  // the enter callback returns (hrefs with escapes or entities).
  std::vector<std::string> links;
  int images = 0;
  bool raw_skip = false;        // inside inline <script> or <style>
  bool in_html_block = false;
  std::size_t html_a = npos, html_b = 0;
};

bool starts_with_ci(const char* p, std::size_t n, std::string_view w) {
  if (n < w.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(p[i])) != w[i]) return false;
  return true;
}

int md_enter_block(MD_BLOCKTYPE type, void*, void* user) {
  auto& s = *static_cast<MdState*>(user);
  s.m->boundary();
  if (type == MD_BLOCK_HTML) {
    s.in_html_block = true;
    s.html_a = npos;
    s.html_b = 0;
  }
  return 0;
}

int md_leave_block(MD_BLOCKTYPE type, void*, void* user) {
  auto& s = *static_cast<MdState*>(user);
  if (type == MD_BLOCK_HTML) {
    s.in_html_block = false;
    if (s.html_a != npos && s.html_b > s.html_a) mask_html(*s.m, s.html_a, s.html_b);
  }
  s.m->boundary();
  return 0;
}

int md_enter_span(MD_SPANTYPE type, void* detail, void* user) {
  auto& s = *static_cast<MdState*>(user);
  if (type == MD_SPAN_A) {
    const auto* a = static_cast<const MD_SPAN_A_DETAIL*>(detail);
    s.links.emplace_back(a->href.text, a->href.size);
  } else if (type == MD_SPAN_IMG) {
    ++s.images;
  }
  return 0;
}

int md_leave_span(MD_SPANTYPE type, void*, void* user) {
  auto& s = *static_cast<MdState*>(user);
  if (type == MD_SPAN_A && !s.links.empty()) s.links.pop_back();
  else if (type == MD_SPAN_IMG && s.images > 0) --s.images;
  return 0;
}

int md_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
  auto& s = *static_cast<MdState*>(user);
  // Line breaks, NUL replacements and code indentation are not in the document: skip them.
  if (text < s.lo || text + size > s.hi || size == 0) return 0;
  auto off = static_cast<std::size_t>(text - s.m->src().data());
  if (s.in_html_block) {
    if (type == MD_TEXT_HTML) {
      s.html_a = std::min(s.html_a, off);
      s.html_b = std::max(s.html_b, off + size);
    }
    return 0;
  }
  switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_ENTITY: {
      if (s.images > 0 || s.raw_skip) return 0;
      if (!s.links.empty()) {
        // An autolink's text is its URL: <https://…>, www.…, name@host.
        const std::string& href = s.links.back();
        if (href.size() >= size && std::memcmp(href.data() + href.size() - size, text, size) == 0) return 0;
      }
      s.m->prose(off, off + size);
      return 0;
    }
    case MD_TEXT_HTML:
      if (starts_with_ci(text, size, "<!--")) s.m->comment(off);
      else if (starts_with_ci(text, size, "<script") || starts_with_ci(text, size, "<style")) s.raw_skip = true;
      else if (starts_with_ci(text, size, "</script") || starts_with_ci(text, size, "</style")) s.raw_skip = false;
      return 0;
    default:  // code, LaTeX
      return 0;
  }
}

void mask_markdown(Masker& m, std::size_t a) {
  std::string_view src = m.src();
  MdState st{&m, src.data() + a, src.data() + src.size(), {}, 0, false, false, npos, 0};
  MD_PARSER p{};
  p.abi_version = 0;
  p.flags = MD_DIALECT_GITHUB;
  p.enter_block = md_enter_block;
  p.leave_block = md_leave_block;
  p.enter_span = md_enter_span;
  p.leave_span = md_leave_span;
  p.text = md_text;
  md_parse(src.data() + a, static_cast<MD_SIZE>(src.size() - a), &p, &st);
}

// --- YAML front matter: "---" on the first line up to a "---" or "..." line.

std::size_t front_matter(Masker& m, std::optional<Date>& date) {
  std::string_view s = m.src();
  if (!s.starts_with("---\n") && !s.starts_with("---\r\n")) return 0;
  std::size_t ls = s.find('\n') + 1;
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  while (ls < s.size()) {
    std::size_t le = s.find('\n', ls);
    std::size_t next = le == std::string_view::npos ? s.size() : le + 1;
    if (le == std::string_view::npos) le = s.size();
    std::size_t e = le;
    while (e > ls && (s[e - 1] == '\r' || s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    std::string_view line = s.substr(ls, e - ls);
    if (line == "---" || line == "...") {
      static const RE2 key("(title|date)[ \t]*:[ \t]*(\"[^\"]*\"|'[^']*'|.*)");
      for (auto [a, b] : lines) {
        re2::StringPiece k, v;
        if (!RE2::FullMatch(re2::StringPiece(s.data() + a, b - a), key, &k, &v)) continue;
        std::size_t va = static_cast<std::size_t>(v.data() - s.data()), vb = va + v.size();
        if (vb > va + 1 && (s[va] == '"' || s[va] == '\'')) { ++va; --vb; }
        if (k == "date") {
          if (vb - va >= 10) date = parse_date(s.substr(va, 10));
        } else {
          m.boundary();
          m.prose(va, vb);
          m.boundary();
        }
      }
      return next;
    }
    lines.emplace_back(ls, e);
    ls = next;
  }
  return 0;  // never closed: not front matter
}

}  // namespace

std::optional<std::size_t> html_too_deep(std::string_view src, std::size_t limit) {
  // Void elements and elements whose end tag may be omitted (HTML's "optional tags"): a page
  // of 1,000 <p>s without </p> is flat, not 1,000 deep.
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup",
      "rb", "rt", "rp", "rtc", "html", "head", "body", "caption"};
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::size_t depth = 0;
  std::size_t i = 0;
  char name[16];
  while ((i = src.find('<', i)) != std::string_view::npos) {
    const std::size_t at = i;
    if (src.compare(i, 4, "<!--") == 0) {
      std::size_t e = src.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    const bool closing = i + 1 < src.size() && src[i + 1] == '/';
    std::size_t b = i + (closing ? 2 : 1);
    if (b >= src.size() || !alpha(src[b])) { i = b; continue; }
    std::size_t n = 0;
    std::size_t e = b;
    while (e < src.size() && (alpha(src[e]) || (src[e] >= '0' && src[e] <= '9'))) {
      if (n < sizeof name) name[n++] = static_cast<char>(src[e] | 0x20);
      ++e;
    }
    std::string_view tag(name, n);
    std::size_t gt = src.find('>', e);
    if (gt == std::string_view::npos) break;
    i = gt + 1;
    if (std::find(std::begin(kFlat), std::end(kFlat), tag) != std::end(kFlat)) continue;
    if (closing) {
      if (depth) --depth;
      continue;
    }
    if (src[gt - 1] == '/') continue;  // <div/>
    if (++depth > limit) return at;
  }
  return std::nullopt;
}

Masked mask_markup(std::string_view src, Format format) {
  Masker m(src);
  std::optional<Date> date;
  std::size_t body = front_matter(m, date);
  m.boundary();
  if (format == Format::html) mask_html(m, body, src.size());
  else mask_markdown(m, body);
  Masked out = m.finish();
  out.front_matter_date = date;
  return out;
}

std::vector<ByteRange> find_comments(std::string_view src) {
  std::vector<ByteRange> out;
  std::size_t p = 0;
  while ((p = src.find("<!--", p)) != std::string_view::npos) {
    std::size_t e = src.find("-->", p + 4);
    e = e == std::string_view::npos ? src.size() : e + 3;
    out.push_back({p, e});
    p = e;
  }
  return out;
}

namespace {

void fold_space(std::string& s) {
  std::size_t w = 0;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && w > 0) s[w++] = ' ';
    space = false;
    s[w++] = c;
  }
  s.resize(w);
}

void snap_spans(Report& r, const std::vector<ByteRange>& moved, const LineIndex& lines) {
  if (moved.empty()) return;
  // The range that holds `x` strictly inside, or nullptr (ranges are sorted and disjoint).
  auto inside = [&](std::size_t x) -> const ByteRange* {
    auto it = std::upper_bound(moved.begin(), moved.end(), x, [](std::size_t v, const ByteRange& b) { return v < b.start; });
    if (it == moved.begin()) return nullptr;
    --it;
    return it->start < x && x < it->end ? &*it : nullptr;
  };
  auto snap = [&](Span& sp) {
    std::size_t a = sp.start, b = sp.end;
    if (const ByteRange* ra = inside(a)) a = ra->start;
    if (const ByteRange* rb = inside(b)) b = rb->end;
    if (a != sp.start || b != sp.end) sp = lines.span(a, b);
  };
  for (auto& c : r.claims) {
    snap(c.span);
    snap(c.cue.span);
    snap(c.speaker.span);
    snap(c.content.span);
    for (auto& part : c.content.parts) snap(part);
  }
  for (auto& e : r.entities) {
    for (auto& role : e.roles) snap(role.span);
    for (auto& m : e.mentions) snap(m);
  }
  for (auto& f : r.findings) {
    snap(f.span);
    for (auto& rel : f.related)
      if (rel.span) snap(*rel.span);
  }
}

}  // namespace

void adjust_report(Report& r, const Masked& m, const LineIndex& lines) {
  snap_spans(r, m.moved, lines);
  for (auto& c : r.claims) {
    fold_space(c.cue.text);
    fold_space(c.speaker.text);
    fold_space(c.speaker.name);
    fold_space(c.content.text);
  }
  for (auto& e : r.entities) {
    fold_space(e.name);
    for (auto& role : e.roles) fold_space(role.text);
  }
  for (auto& f : r.findings) {
    fold_space(f.message);
    fold_space(f.fix);
    for (auto& rel : f.related) fold_space(rel.message);
  }
}

}  // namespace claimlint::detail
