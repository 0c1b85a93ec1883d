// Content boundaries and claim building.
#include "attribution/extractor.hpp"

#include "mentions/lexicon.hpp"

#include <algorithm>

#include "text/text.hpp"

namespace claimlint::detail {

// A reporting verb, or a whole cue phrase, starts at token k.
bool Extractor::cue_starts_at(std::uint32_t k, std::uint32_t e) const {
  if (cues.find(f[k])) return true;
  if (auto pf = cues.phrase_first.find(f[k]); pf != cues.phrase_first.end())
    for (auto pi : pf->second) {
      const auto& ph = cues.phrases[pi];
      std::uint32_t n = 0;
      while (n < ph.size() && k + n < e && f[k + n] == ph[n]) ++n;
      if (n == ph.size()) return true;
    }
  return false;
}

// A cue at k with its own subject right after b ("…, while the Chamber warned that").
bool Extractor::new_attribution_at(std::uint32_t b, std::uint32_t e) const {
  if (b < e && toks[b].kind == Tk::word && (f[b] == "and" || f[b] == "but" || f[b] == "while")) ++b;
  for (std::uint32_t k = b + 1; k < e && k < b + 10; ++k) {
    if (toks[k].kind != Tk::word || toks[k].has(f_in_quote)) return false;
    if (cues.find(f[k]) && !toks[k].has(f_cap)) {
      SpeakerSpan sp = speaker_left(k, b);
      return sp.ok() && sp.b == b;
    }
  }
  return false;
}

// Content [b, e): up to the sentence's end, cut before a participle clause, a final
// non-restrictive "which" clause, "according to", "while …", and a new attribution.
std::uint32_t Extractor::content_end(std::uint32_t b, std::uint32_t se) const {
  std::uint32_t e = se;
  while (e > b && final_punct(e - 1)) --e;
  for (std::uint32_t k = b; k + 1 < e; ++k) {
    if (toks[k].has(f_in_quote) || toks[k].kind == Tk::open_quote) continue;
    const std::string& w = f[k + 1];
    bool word = toks[k + 1].kind == Tk::word && !toks[k + 1].has(f_cap);
    if (is(k, ";")) return k;
    // A closing mark after a comma ends a clause like the comma would: "was “prudent,” adding".
    bool quote_comma = toks[k].kind == Tk::close_quote && k > b && comma(k - 1);
    if (quote_comma) {
      if (word && w.size() > 4 && w.ends_with("ing") && w != "including" && w != "during") return k + 1;
      if (new_attribution_at(k + 1, e)) return k + 1;
      continue;
    }
    if (comma(k) || toks[k].kind == Tk::dash) {
      if (word && w.size() > 4 && w.ends_with("ing") && w != "including" && w != "during") return k;
      if (toks[k + 1].kind == Tk::word && (w == "according" || w == "while" || w == "whereas")) return k;
      if (word && (w == "which" || w == "who")) {
        // A parenthetical "…, which …, …" stays; a clause running to the end is cut.
        bool closes = false;
        for (std::uint32_t q = k + 2; q < e; ++q) closes |= comma(q) && !toks[q].has(f_in_quote);
        if (!closes) return k;
      }
      if (new_attribution_at(k + 1, e)) return k;
      if (word && (w == "but" || w == "and") && k + 2 < e && cues.find(f[k + 2])) return k;
    }
    // "… and warned that …": a second cue of the same speaker; "… and she repeated that …".
    if (toks[k].kind == Tk::word && (f[k] == "and" || f[k] == "but") && k > b && !toks[k + 1].has(f_in_quote)) {
      if (word && cue_starts_at(k + 1, e)) {
        const CueInfo* ci = cues.find(w);
        if ((!ci || !ci->participle) && (k + 2 >= e || f[k + 2] == "that" || toks[k + 2].kind == Tk::word)) return k;
      }
      if (new_attribution_at(k, e)) return k;
    }
  }
  return e;
}

void Extractor::add_claim(ClaimKind kind, std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp,
                          std::size_t cb, std::size_t ce, std::string channel) {
  if (ce <= cb) return;
  for (std::uint32_t k = cue_b; k < cue_e; ++k) cue_tok[k] = 1;
  if (sp.ok())
    for (std::uint32_t k = sp.b; k < sp.e; ++k) cue_tok[k] = 1;
  Claim c;
  c.kind = kind;
  c.cue.text = d.tok_text(cue_b, cue_e);
  c.cue.span = d.tok_span(cue_b, cue_e);
  if (sp.ok()) {
    c.speaker.text = d.tok_text(sp.b, sp.e);
    c.speaker.span = d.tok_span(sp.b, sp.e);
  }
  c.content.text = std::string(d.text.bytes(cb, ce));
  c.content.span = d.span(cb, ce);
  c.channel = std::move(channel);
  std::size_t lo = std::min({cb, static_cast<std::size_t>(toks[cue_b].start),
                             sp.ok() ? static_cast<std::size_t>(toks[sp.b].start) : cb});
  std::size_t hi = std::max({ce, static_cast<std::size_t>(toks[cue_e - 1].end),
                             sp.ok() ? static_cast<std::size_t>(toks[sp.e - 1].end) : ce});
  c.span = d.span(lo, hi);
  speaker_tok.push_back(sp);
  claim_quote.push_back(npos32);
  d.claims.push_back(std::move(c));
}

// Adds a claim for tokens [b, e) of content, deciding direct / mixed / indirect.
void Extractor::content_claim(std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp, std::uint32_t b,
                              std::uint32_t e, ClaimKind indirect_kind, std::string channel) {
  while (b < e && (comma(b) || is(b, ":"))) ++b;
  while (e > b && (comma(e - 1) || toks[e - 1].kind == Tk::dash)) --e;
  if (b >= e) return;
  bool any_quote = false;
  for (std::uint32_t k = b; k < e; ++k) any_quote |= toks[k].kind == Tk::open_quote;
  ClaimKind kind = indirect_kind;
  std::size_t cb = toks[b].start, ce = toks[e - 1].end;
  if (toks[b].kind == Tk::open_quote && b + 1 < e && toks[b + 1].quote != npos32) {
    const Quote& q = d.text.quotes[toks[b + 1].quote];
    bool whole = q.close_tok == npos32 ? q.end_tok >= e : q.close_tok + 1 >= e;
    if (whole) {
      kind = ClaimKind::direct;
      cb = q.content_start;
      ce = q.content_end;
      for (std::uint32_t k = q.begin_tok; k < q.end_tok; ++k) used[k] = 1;
    } else if (indirect_kind == ClaimKind::indirect) {
      kind = ClaimKind::mixed;
    }
  } else if (any_quote && indirect_kind == ClaimKind::indirect) {
    kind = ClaimKind::mixed;
  }
  if (kind != ClaimKind::direct) {
    // A trailing ", …" or final mark outside the quote is not content.
    while (ce > cb && (d.src[ce - 1] == ',' )) --ce;
  }
  for (std::uint32_t k = b; k < e; ++k) used[k] = 1;
  if (kind == ClaimKind::direct) {
    // Drop a trailing comma inside the quote ("We are ready,").
    while (ce > cb && (d.src[ce - 1] == ',' || d.src[ce - 1] == ' ')) --ce;
  }
  add_claim(kind, cue_b, cue_e, sp, cb, ce, std::move(channel));
}

// The content [cb, ce) after a cue: the quotation that makes it up (nearly) whole as a direct
// claim, else an indirect or mixed claim of the span.
void Extractor::claim_after_cue(std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp, std::uint32_t cb,
                                std::uint32_t ce, std::uint32_t se, bool saw_that, std::string channel) {
  const std::uint32_t qa = saw_that ? npos32 : quote_after(cb, se);
  if (qa != npos32 && (d.text.quotes[qa].close_tok == npos32 || d.text.quotes[qa].close_tok + 2 >= ce))
    quote_claim(qa, cue_b, cue_e, sp);
  else
    content_claim(cue_b, cue_e, sp, cb, ce, ClaimKind::indirect, std::move(channel));
}

std::string Extractor::channel_of(std::uint32_t b, std::uint32_t e) const {
  std::string fg = fold(d.text.bytes(toks[b].start, toks[e - 1].end));
  for (std::string_view ch : {"in a statement", "on social media", "in an interview", "on x", "on twitter",
                              "in a post", "on facebook", "on telegram", "in a letter", "on a conference call",
                              "in a speech", "at a news conference", "at a press conference", "on television",
                              "in a televised address", "in a video", "in a social media post"})
    if (fg.find(ch) != std::string::npos) return std::string(ch);
  return {};
}

// Words after a cue before its content: "on Tuesday", "in a statement", "reporters".
std::uint32_t Extractor::skip_to_content(std::uint32_t k, std::uint32_t se, std::string& channel,
                                         bool& saw_that, std::uint32_t& cue_end) const {
  std::uint32_t start = k;
  // "ruled on Tuesday that", "told the council that", "wrote on Instagram that": a short
  // adverbial or object before "that", with no verb of its own.
  for (std::uint32_t n = 0; n < 12 && k + n < se; ++n) {
    std::uint32_t t = k + n;
    if (toks[t].kind == Tk::open_quote || toks[t].has(f_in_quote)) break;
    if (toks[t].kind == Tk::word && f[t] == "that") {
      saw_that = true;
      if (t > start) channel = channel_of(start, t);
      if (n > 0 && (f[start] == "reporters" || f[start] == "journalists")) cue_end = start + 1;
      return t + 1;
    }
    if (final_punct(t) || is(t, ";") || is(t, ":") || comma(t)) break;
    if (toks[t].kind == Tk::word && (modal_or_aux(f[t]) || pronoun(f[t]))) break;
    // "promised funds but warned that": the "that" belongs to the second verb.
    if (t > k && (f[t - 1] == "and" || f[t - 1] == "but") && cue_starts_at(t, se)) break;
  }
  if (k < se && (f[k] == "reporters" || f[k] == "journalists")) {
    cue_end = k + 1;
    return k + 1;
  }
  // "said on Friday he met …", "said last week the plan …", "said Tuesday night it would …":
  // a time phrase between the cue and a bare clause.
  std::uint32_t t = k;
  if (t < se && toks[t].kind == Tk::word && (f[t] == "on" || f[t] == "last" || f[t] == "this" || f[t] == "late" ||
                                             f[t] == "early" || f[t] == "earlier"))
    ++t;
  std::uint32_t n = 0;
  auto time_word = [&](std::uint32_t q) {
    static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (toks[q].kind != Tk::word) return false;
    if (time_noun(f[q]) && f[q] != "way" && f[q] != "means" && f[q] != "news" && f[q] != "case" && f[q] != "point")
      return true;
    for (auto dname : kDays)
      if (f[q] == dname) return true;
    return false;
  };
  while (t < se && n < 2 && time_word(t)) { ++t; ++n; }
  if (n > 0 && t < se && toks[t].kind == Tk::word && !comma(t) &&
      (pronoun(f[t]) || determiner(f[t]) || toks[t].has(f_cap)) && t > k)
    return t;
  return k;
}

// Where the clause before a trailing cue starts: the sentence's start (after a dateline), or
// after an earlier attribution of the same sentence ("X, the company said, Y, according to Z"
// gives Y to Z). A claim nested in the clause does not cut it.
std::uint32_t Extractor::clause_start(std::uint32_t sb, std::uint32_t end) const {
  std::uint32_t b = after_dateline(sb, end);
  std::uint32_t last_cue = npos32;
  for (std::uint32_t k = b; k < end; ++k)
    if (cue_tok[k]) last_cue = k;
  if (last_cue != npos32) {
    std::uint32_t k = last_cue;
    while (k < end && !comma(k)) ++k;
    if (k < end) b = k + 1;
  }
  while (b < end && (comma(b) || toks[b].kind == Tk::dash)) ++b;
  return b;
}

void Extractor::append_part(Claim& c, const Span& piece) {
  if (c.content.parts.empty()) c.content.parts.push_back(c.content.span);
  c.content.parts.push_back(piece);
  c.content.text += ' ';
  c.content.text += d.text.bytes(piece.start, piece.end);
  c.content.span = d.span(c.content.span.start, piece.end);
  c.span = d.span(c.span.start, std::max(c.span.end, piece.end));
}

}  // namespace claimlint::detail
