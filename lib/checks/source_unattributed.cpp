// source.unattributed-quote (info): a direct quotation of a full sentence or more that no claim
// attributes to anyone.
#include <fmt/format.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"

namespace claimlint::detail {
namespace {

bool speech_word(std::string_view w) {
  static const WordSet words("said says saying say told tells added adds wrote writes stated states declared "
                             "declares read reads reading quoted quoting asked replied insisted argued warned");
  return words.contains(w);
}

}  // namespace

void check_source_unattributed(const Doc& d, std::vector<Finding>& out) {
  const auto& toks = d.text.toks;
  const RuleInfo* rule = nullptr;
  // The claims' byte ranges (content and whole claim) sorted by start, with the running maximum
  // of their ends: "does any range overlap [a, b)" is a binary search, not a scan of every claim.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::vector<std::size_t> starts;  // claim starts, sorted: "a claim starts in [p, q)"
  ranges.reserve(d.claims.size() * 2);
  for (const auto& c : d.claims) {
    if (c.content.span.end > c.content.span.start) ranges.emplace_back(c.content.span.start, c.content.span.end);
    if (c.span.end > c.span.start) ranges.emplace_back(c.span.start, c.span.end);
    starts.push_back(c.span.start);
  }
  std::sort(ranges.begin(), ranges.end());
  std::sort(starts.begin(), starts.end());
  std::vector<std::size_t> max_end(ranges.size());
  for (std::size_t i = 0; i < ranges.size(); ++i)
    max_end[i] = std::max(ranges[i].second, i ? max_end[i - 1] : 0);
  auto any_overlap = [&](std::size_t a, std::size_t b) {
    auto it = std::lower_bound(ranges.begin(), ranges.end(), std::make_pair(b, std::size_t{0}));
    const std::size_t n = static_cast<std::size_t>(it - ranges.begin());
    return n > 0 && max_end[n - 1] > a;
  };
  auto any_start_in = [&](std::size_t p, std::size_t q) {
    auto it = std::lower_bound(starts.begin(), starts.end(), p);
    return it != starts.end() && *it < q;
  };
  for (const auto& q : d.text.quotes) {
    if (q.continuation || q.close_tok == npos32 || q.end_tok <= q.begin_tok) continue;
    // A full sentence: starts with a capital, has a few words, and ends with . ! or ? inside
    // the marks ("..., it said." quotes ending in a comma are split quotes with a cue).
    const Token& first = toks[q.begin_tok];
    if (first.kind != Tk::word || !(first.has(f_cap) || first.has(f_upper))) continue;
    int words = 0;
    for (std::uint32_t i = q.begin_tok; i < q.end_tok; ++i) words += toks[i].kind == Tk::word;
    if (words < 5) continue;
    auto last = d.text.str(q.end_tok - 1);
    if (last != "." && last != "!" && last != "?") continue;
    const Paragraph& para = d.text.paras[q.para];
    // Covered by a claim, or, wire style, a quote after an attributed one in the same paragraph
    // is the same speaker's.
    bool covered = any_overlap(q.content_start, q.content_end) || any_start_in(para.start, q.content_start);
    // A cue before the marks in this sentence ('said: "…"', 'as saying "…"'), or in the
    // sentence before it in the paragraph ('"…," a trader said. "…"'): the same speaker.
    if (!covered) {
      const std::uint32_t si = d.text.sent_of_tok[q.open_tok];
      std::uint32_t from = d.text.sents[si].tok_begin;
      if (si > 0 && d.text.sents[si - 1].para == d.text.sents[si].para) from = d.text.sents[si - 1].tok_begin;
      for (std::uint32_t k = from; k < q.open_tok && !covered; ++k) {
        if (toks[k].kind == Tk::word && speech_word(folded_tok(d, k))) covered = true;
        if (k + 1 == q.open_tok && toks[k].kind == Tk::punct && (d.text.str(k) == ":" || d.text.str(k) == ","))
          covered = true;
      }
    }
    if (covered) continue;
    if (!rule) rule = find_rule("source.unattributed-quote");
    std::string_view text = d.src.substr(q.content_start, q.content_end - q.content_start);
    std::string shown(text.substr(0, std::min<std::size_t>(text.size(), 60)));
    if (shown.size() < text.size()) {
      while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80) shown.pop_back();
      if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0) shown.pop_back();
      shown += "\u2026";
    }
    Finding f = make_finding(*rule, fmt::format("the quotation {} has no speaker", curly(shown)),
                             d.span(toks[q.open_tok].start, toks[q.close_tok].end));
    f.fix = "say who said it (\"…,\" NAME said), or make it the writer's own words without quotation marks";
    out.push_back(std::move(f));
  }
}

}  // namespace claimlint::detail
