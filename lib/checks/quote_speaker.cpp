// quote.speaker-conflict: one quotation (the same words, allowing for punctuation and case)
// attributed to two different speakers.
#include <fmt/format.h>

#include <algorithm>

#include <boost/unordered/unordered_flat_map.hpp>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"

namespace claimlint::detail {
namespace {

// Lower-cased letters and digits of `s`, one space between words; returns the word count.
int normalise(std::string_view s, std::string& out) {
  out.clear();
  int words = 0;
  bool gap = true;
  auto put = [&](std::string_view piece) {
    if (gap && !out.empty()) out += ' ';
    if (gap) ++words;
    out += piece;
    gap = false;
  };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) put(std::string_view(&s[i], 1));
      else if (c >= 'A' && c <= 'Z') { const char l = static_cast<char>(c - 'A' + 'a'); put(std::string_view(&l, 1)); }
      else if (c != '\'') gap = true;
      ++i;
      continue;
    }
    int len = 1;
    const char32_t cp = decode_utf8(s, i, len);
    if (cp == 0x2019 || cp == 0x2018) {
      // an apostrophe inside a word: "don’t"
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x2013 || cp == 0x2014 || cp == 0x2026 || cp == 0xA0) {
      gap = true;
    } else {
      put(s.substr(i, static_cast<std::size_t>(len)));
    }
    i += static_cast<std::size_t>(len);
  }
  return words;
}

std::string_view who(const Speaker& s) { return s.name.empty() ? std::string_view(s.text) : std::string_view(s.name); }

bool same_speaker(const Doc& d, const Speaker& a, const Speaker& b) {
  if (a.entity && a.entity == b.entity) return true;
  if (!a.name.empty() && !b.name.empty()) {
    std::string sa = fold(surname_of(a.name)), sb = fold(surname_of(b.name));
    if (sa == sb || (std::min(sa.size(), sb.size()) >= 5 && edit_distance(sa, sb, 1) <= 1))
      return true;  // one person, or a spelling slip
  }
  // One source and its document: "USDA" and "the USDA report".
  std::string fa = fold(who(a)), fb = fold(who(b));
  auto words_in = [](const std::string& x, const std::string& y) {
    std::size_t from = 0;
    while (from < x.size()) {
      std::size_t e = x.find(' ', from);
      if (e == std::string::npos) e = x.size();
      std::string_view w(x.data() + from, e - from);
      if (w.size() > 2 && w != "the") {
        std::size_t p = y.find(w);
        bool edge_l = p == 0 || (p != std::string::npos && y[p - 1] == ' ');
        bool edge_r = p != std::string::npos && (p + w.size() == y.size() || y[p + w.size()] == ' ' || y[p + w.size()] == '\'');
        if (p != std::string::npos && edge_l && edge_r) return true;
      }
      from = e + 1;
    }
    return false;
  };
  if (words_in(fa, fb) || words_in(fb, fa)) return true;
  (void)d;
  return false;
}

// A speaker we can name: an entity or a resolved name; not a bare pronoun.
bool known(const Speaker& s) { return s.entity != 0 || !s.name.empty(); }

}  // namespace

void check_quote_speaker(const Doc& d, std::vector<Finding>& out) {
  if (d.claims.size() < 2) return;
  const RuleInfo& rule = *find_rule("quote.speaker-conflict");
  struct Piece {
    std::size_t claim;
    Span span;
  };
  // Normalised text of every piece so far, and each run of six words in it -> that piece: a
  // quotation repeated in part ("…,” Bradley said" with the first sentence of Baker's longer
  // quotation) is found by its first six words, then checked as a whole.
  struct Seen {
    Piece piece;
    std::string norm;
  };
  std::vector<Seen> pieces;
  // Windows by hash: a collision only costs the whole-text check below.
  boost::unordered_flat_map<std::size_t, std::size_t> windows;
  const std::hash<std::string_view> hash;
  constexpr int kWindow = 6;
  auto first_words = [](const std::string& s, std::size_t from, int n) -> std::size_t {
    std::size_t e = from;
    for (int w = 0; w < n; ++w) {
      e = s.find(' ', e + (w ? 1 : 0));
      if (e == std::string::npos) return w == n - 1 ? s.size() : std::string::npos;
    }
    return e;
  };
  std::string norm;
  for (std::size_t k = 0; k < d.claims.size(); ++k) {
    const Claim& c = d.claims[k];
    if (c.kind != ClaimKind::direct && c.kind != ClaimKind::mixed) continue;
    if (!known(c.speaker)) continue;
    // Each piece of a split or continued quotation is compared on its own.
    const std::size_t n_pieces = c.content.parts.empty() ? 1 : c.content.parts.size();
    for (std::size_t pi = 0; pi < n_pieces; ++pi) {
      const Span piece = c.content.parts.empty() ? c.content.span : c.content.parts[pi];
      const std::string_view text =
          c.content.parts.empty() ? std::string_view(c.content.text) : d.src.substr(piece.start, piece.end - piece.start);
      // Quotations of a few words ("not an option") are echoed legitimately.
      if (normalise(text, norm) < 6) continue;
      const std::size_t me = pieces.size();
      pieces.push_back(Seen{Piece{k, piece}, norm});
      // The earliest piece that holds this one whole, or that this one holds whole.
      std::size_t found = me;
      if (std::size_t e = first_words(norm, 0, kWindow); e != std::string::npos) {
        if (auto it = windows.find(hash(std::string_view(norm).substr(0, e))); it != windows.end()) {
          const std::string& other = pieces[it->second].norm;
          if (other.find(norm) != std::string::npos) found = it->second;
        }
      }
      // Index the windows of this piece (each word start).
      for (std::size_t b = 0; b < norm.size();) {
        std::size_t e = first_words(norm, b, kWindow);
        if (e == std::string::npos) break;
        windows.emplace(hash(std::string_view(norm).substr(b, e - b)), me);
        std::size_t nb = norm.find(' ', b);
        if (nb == std::string::npos) break;
        b = nb + 1;
      }
      if (found == me) continue;
      const Claim& first = d.claims[pieces[found].piece.claim];
      const Span& first_piece = pieces[found].piece.span;
      // One quotation read twice by the extractor: the same bytes.
      if (first_piece.start < piece.end && piece.start < first_piece.end) continue;
      if (same_speaker(d, first.speaker, c.speaker)) continue;
      const std::string now = display_name(d, std::string(who(c.speaker))),
                        then = display_name(d, std::string(who(first.speaker)));
      Finding f = make_finding(rule,
                               fmt::format("this quotation is attributed to {} here but to {} on line {}", now, then,
                                           first_piece.line),
                               c.span.end > c.span.start ? c.span : piece);
      f.related.push_back(earlier(d, fmt::format("the same words attributed to {}", then),
                                  first.span.end > first.span.start ? first.span : first_piece));
      f.fix = fmt::format("check who said it: keep {} or {}, not both", then, now);
      out.push_back(std::move(f));
    }
  }
}

}  // namespace claimlint::detail
