// Attribution: cues, speakers, contents; then speaker resolution (names, pronouns, roles).
#include <algorithm>

#include <boost/unordered/unordered_flat_map.hpp>

#include "analyzer/doc.hpp"
#include "attribution/cues.hpp"
#include "mentions/lexicon.hpp"
#include "mentions/match.hpp"

namespace claimlint::detail {
namespace {

bool aux_or_adverb(std::string_view w) {
  return w == "has" || w == "have" || w == "had" || w == "also" || w == "later" || w == "previously" ||
         w == "again" || w == "repeatedly" || w == "publicly" || w == "will" || w == "would" || w == "earlier" ||
         w == "then" || w == "once" || w == "still" || w == "further" || w == "separately" || w == "recently" ||
         w == "already" || w == "is" || w == "was" || w == "were" || w == "are" || w == "had" || w == "privately" ||
         w == "reportedly" || (w.size() > 4 && w.ends_with("ly") && w != "only" && w != "italy");
}
bool pronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i";
}
bool modal_or_aux(std::string_view w) {
  return w == "would" || w == "will" || w == "could" || w == "can" || w == "must" || w == "should" || w == "may" ||
         w == "might" || w == "is" || w == "was" || w == "were" || w == "are" || w == "has" || w == "had" ||
         w == "have" || w == "did" || w == "does" || w == "do" || w == "shall" || w == "needs" || w == "remains" ||
         w == "wanted" || w == "wants" || w == "had" || w == "isn't" || w == "wasn't" || w == "won't";
}

struct SpeakerSpan {
  std::uint32_t b = npos32, e = npos32;
  bool ok() const { return b != npos32; }
};

struct Extractor {
  Doc& d;
  const CueLexicon& cues;
  const Folded& f;
  const std::vector<Token>& toks;
  std::vector<char> used;     // tokens already part of a claim's content
  std::vector<char> cue_tok;  // tokens of a claim's cue or speaker

  Extractor(Doc& doc, const CueLexicon& c) : d(doc), cues(c), f(doc.f), toks(doc.text.toks), used(toks.size(), 0), cue_tok(toks.size(), 0) {}

  std::string_view s(std::uint32_t i) const { return d.text.str(i); }
  bool is(std::uint32_t i, std::string_view p) const { return toks[i].kind == Tk::punct && s(i) == p; }
  bool comma(std::uint32_t i) const { return is(i, ","); }
  bool final_punct(std::uint32_t i) const { return is(i, ".") || is(i, "!") || is(i, "?") || is(i, "…"); }

  bool determiner(std::string_view w) const {
    return w == "the" || w == "a" || w == "an" || w == "some" || w == "several" || w == "many" || w == "its" ||
           w == "their" || w == "his" || w == "her" || w == "this" || w == "these" || w == "two" || w == "three" ||
           w == "one" || w == "other" || w == "most" || w == "both";
  }
  bool head_noun(std::uint32_t p, std::uint32_t end) const {
    const std::string& w = f[p];
    return anonymous_head(w) || organisation_head(w) || document_head(w) || match_office(d, f, p, end).info ||
           w == "head" || w == "chief";
  }
  // A word that can stand inside a speaker noun phrase.
  bool np_word(std::uint32_t p, std::uint32_t end) const {
    const Token& t = toks[p];
    if (t.kind != Tk::word || t.has(f_in_quote)) return false;
    const std::string& w = f[p];
    if (t.has(f_upper)) return true;
    if (t.has(f_cap)) return !non_name_word(w) || determiner(w) || honorific(w);
    return np_modifier(w) || head_noun(p, end) || determiner(w);
  }
  // A lower-case noun used as a modifier before a head ("fire officials", "union leaders").
  bool noun_modifier(std::uint32_t p) const {
    const Token& t = toks[p];
    if (t.kind != Tk::word || t.has(f_in_quote) || t.has(f_cap)) return false;
    const std::string& w = f[p];
    return !non_name_word(w) && !modal_or_aux(w) && !aux_or_adverb(w) && !cues.find(w) && !w.ends_with("ed") &&
           !w.ends_with("ing") && w.size() > 2;
  }

  // Noun phrase ending just before `end`, within the sentence: returns its first token.
  std::uint32_t np_left(std::uint32_t end, std::uint32_t sb) const {
    std::uint32_t b = end;
    if (b > sb && toks[b - 1].kind == Tk::word && pronoun(f[b - 1])) return b - 1;
    while (b > sb) {
      std::uint32_t p = b - 1;
      const Token& t = toks[p];
      if (t.kind == Tk::possessive) { b = p; continue; }
      // "Dr. Jean-Paul Mukendi": the dot of an honorific.
      if (is(p, ".") && p > sb && honorific(f[p - 1]) && b < end) { b = p - 1; continue; }
      if (np_word(p, end)) { b = p; continue; }
      // Compound nouns before a head: "fire officials", "industry analysts".
      if (b < end && head_noun(b, end) && noun_modifier(p) && (p == sb || !noun_modifier(p - 1) || np_word(p - 1, end))) {
        b = p;
        continue;
      }
      // Name particles: "Pieter de Vries", "Ursula von der Leyen".
      if (b < end && toks[b].has(f_cap) && name_particle(f[p]) && p > sb) {
        std::uint32_t q = p;
        while (q > sb && name_particle(f[q - 1])) --q;
        if (q > sb && toks[q - 1].kind == Tk::word && toks[q - 1].has(f_cap)) { b = q; continue; }
      }
      // "and" between capitalised words: "the Centres for Disease Control and Prevention".
      if (f[p] == "and" && b < end && toks[b].has(f_cap) && p > sb && toks[p - 1].has(f_cap) && !toks[p - 1].has(f_in_quote)) {
        b = p;
        continue;
      }
      // A prepositional phrase after a head: "officials on both sides", "meteorologists at …",
      // "the head of the UK’s intelligence agency", "a spokesperson for the ministry".
      bool attached = false;
      for (std::uint32_t q = p + 1; q-- > sb && p - q < 6;) {
        const std::string& w = f[q];
        if (toks[q].kind != Tk::word && toks[q].kind != Tk::possessive) break;
        std::uint32_t hq = q;  // the head before the preposition, past "familiar", "involved" …
        if (q > sb + 1 && (f[q - 1] == "familiar" || f[q - 1] == "involved" || f[q - 1] == "close" ||
                           f[q - 1] == "knowledgeable" || f[q - 1] == "briefed"))
          hq = q - 1;
        if ((w == "of" || w == "for" || w == "to" || w == "at" || w == "from" || w == "on" || w == "in" ||
             w == "with") && hq > sb && head_noun(hq - 1, hq)) {
          bool clean = true;
          for (std::uint32_t k = q + 1; k <= p; ++k)
            clean &= toks[k].kind == Tk::possessive || np_word(k, end) || noun_modifier(k);
          if (clean) { b = hq; attached = true; }
          break;
        }
        if (toks[q].kind == Tk::word && !np_word(q, end) && !noun_modifier(q)) break;
      }
      if (attached) continue;
      break;
    }
    // Drop a leading sentence adverb ("Additionally") that is capitalised only by position.
    while (b < end && toks[b].kind == Tk::word && non_name_word(f[b]) && !determiner(f[b]) && !honorific(f[b])) ++b;
    return b;
  }

  // Noun phrase starting at `b` (inverted speaker: "said Dr. Ana Reis, the attorney").
  std::uint32_t np_right(std::uint32_t b, std::uint32_t se) const {
    std::uint32_t e = b;
    while (e < se) {
      const Token& t = toks[e];
      if (t.kind == Tk::possessive) { ++e; continue; }
      if (is(e, ".") && e > b && honorific(f[e - 1]) && e + 1 < se && toks[e + 1].has(f_cap)) { ++e; continue; }
      if (t.kind != Tk::word || t.has(f_in_quote)) break;
      const std::string& w = f[e];
      if (np_word(e, se) || w == "of" || w == "for" ||
          ((w == "and" || name_particle(w)) && e + 1 < se && e > b && toks[e - 1].has(f_cap) &&
           (toks[e + 1].has(f_cap) || (name_particle(f[e + 1]) && e + 2 < se && toks[e + 2].has(f_cap))))) {
        ++e;
        continue;
      }
      if (e > b && noun_modifier(e) && e + 1 < se && head_noun(e + 1, e + 2)) { ++e; continue; }
      break;
    }
    while (e > b && (f[e - 1] == "of" || f[e - 1] == "for" || f[e - 1] == "and")) --e;
    return e;
  }

  // The first token after a dateline ("BRUSSELS (AP) — ", "LONDON, March 3 (Reuters) - ").
  std::uint32_t after_dateline(std::uint32_t sb, std::uint32_t limit) const {
    if (sb < limit && toks[sb].has(f_upper) && d.text.str(sb).size() > 2)
      for (std::uint32_t k = sb; k < limit && k < sb + 12; ++k) {
        if (toks[k].kind == Tk::dash || (is(k, "-") && toks[k].has(f_space))) return k + 1;
        if (toks[k].has(f_in_quote)) break;
      }
    return sb;
  }

  // The subject of a sentence, for participles and "but said" with no earlier speaker:
  // a noun phrase at its start, after an opening adverbial ("In Moscow,").
  SpeakerSpan subject(std::uint32_t sb, std::uint32_t limit) const {
    std::uint32_t b = after_dateline(sb, limit);
    if (b < limit && toks[b].kind == Tk::word && (f[b] == "in" || f[b] == "on" || f[b] == "at" || f[b] == "after")) {
      while (b < limit && !comma(b)) ++b;
      ++b;
    }
    if (b >= limit) return {};
    std::uint32_t e = np_right(b, limit);
    if (e <= b || !valid_speaker(b, e)) return {};
    return {b, e};
  }

  static bool post_modifier_start(std::string_view w) {
    return w == "familiar" || w == "with" || w == "who" || w == "of" || w == "at" || w == "in" || w == "from" ||
           w == "close" || w == "for" || w == "on" || w == "involved" || w == "knowledgeable" || w == "briefed" ||
           w == "speaking" || w == "based";
  }
  // The head word of a speaker phrase: the last word before a post-modifier ("officials on both
  // sides", "people familiar with …", "officials, who …"), possessives skipped.
  std::uint32_t head_of(std::uint32_t b, std::uint32_t e) const {
    std::uint32_t h = e - 1;
    for (std::uint32_t k = b + 1; k < e; ++k) {
      if (toks[k].has(f_cap) || toks[k].has(f_upper)) continue;
      if (comma(k) || post_modifier_start(f[k])) { h = k - 1; break; }
    }
    while (h > b && toks[h].kind == Tk::possessive) --h;
    return h;
  }

  bool valid_speaker(std::uint32_t b, std::uint32_t e) const {
    if (b >= e) return false;
    std::uint32_t h = head_of(b, e);
    const Token& t = toks[h];
    if (t.kind != Tk::word) return false;
    const std::string& w = f[h];
    if (pronoun(w)) return true;
    return t.has(f_cap) || t.has(f_upper) || head_noun(h, h + 1);
  }

  SpeakerSpan speaker_left(std::uint32_t i, std::uint32_t sb) const {
    std::uint32_t j = i;
    while (j > sb && toks[j - 1].kind == Tk::word && aux_or_adverb(f[j - 1])) --j;
    if (j == sb) return {};
    if (comma(j - 1)) {
      // "NAME, ROLE, said" / "ROLE, NAME, noted" / "officials, who …, described"
      std::uint32_t c2 = j - 1;
      std::uint32_t c1 = c2;
      while (c1 > sb && !comma(c1 - 1) && toks[c1 - 1].kind != Tk::open_quote && toks[c1 - 1].kind != Tk::close_quote)
        --c1;
      if (c1 == sb || !comma(c1 - 1) || c2 - c1 > 20 || c2 == c1) return {};
      // The segment between the commas.
      bool person_seg = d.person_at[c1] && d.persons[d.person_at[c1] - 1].tb == c1 &&
                        d.persons[d.person_at[c1] - 1].te == c2;
      if (person_seg) {
        std::uint32_t rb = c1 - 1;  // the comma before the name; the role phrase ends there
        std::uint32_t b = np_left(rb, sb);
        if (b < rb) return {b, c2};
        return {c1, c2};
      }
      // An appositive: a relative clause, a participle, a role, an age, "now …", "one of …".
      const std::string& w = f[c1];
      bool appositive = toks[c1].kind == Tk::number || match_office(d, f, c1, c2).info ||
                        (toks[c1].kind == Tk::word && !toks[c1].has(f_cap) && w != "and" && w != "but" && w != "or");
      for (std::uint32_t k = c1; k < c2 && appositive; ++k)
        if (toks[k].kind == Tk::open_quote) appositive = false;
      if (!appositive) return {};
      std::uint32_t b = np_left(c1 - 1, sb);
      if (!valid_speaker(b, c1 - 1)) return {};
      return {b, c2};
    }
    std::uint32_t b = np_left(j, sb);
    if (!valid_speaker(b, j)) return {};
    return {b, j};
  }

  // A reporting verb, or a whole cue phrase, starts at token k.
  bool cue_starts_at(std::uint32_t k, std::uint32_t e) const {
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
  bool new_attribution_at(std::uint32_t b, std::uint32_t e) const {
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
  std::uint32_t content_end(std::uint32_t b, std::uint32_t se) const {
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

  void add_claim(ClaimKind kind, std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp, std::size_t cb,
                 std::size_t ce, std::string channel = {}) {
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
    d.claims.push_back(std::move(c));
  }
  std::vector<SpeakerSpan> speaker_tok;  // parallel to d.claims

  // Adds a claim for tokens [b, e) of content, deciding direct / mixed / indirect.
  void content_claim(std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp, std::uint32_t b, std::uint32_t e,
                     ClaimKind indirect_kind = ClaimKind::indirect, std::string channel = {}) {
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

  // A quote that closes just before token `k` (skipping a comma): returns its index or npos.
  std::uint32_t quote_before(std::uint32_t k, std::uint32_t sb) const {
    std::uint32_t j = k;
    if (j > sb && comma(j - 1)) --j;
    if (j > sb && toks[j - 1].kind == Tk::close_quote) {
      for (std::uint32_t qi = 0; qi < d.text.quotes.size(); ++qi)
        if (d.text.quotes[qi].close_tok == j - 1) return qi;
    }
    return npos32;
  }
  std::uint32_t quote_after(std::uint32_t k, std::uint32_t se) const {
    std::uint32_t j = k;
    while (j < se && (comma(j) || is(j, ":"))) ++j;
    if (j < se && toks[j].kind == Tk::open_quote && j + 1 < toks.size() && toks[j + 1].quote != npos32)
      return toks[j + 1].quote;
    return npos32;
  }
  void quote_claim(std::uint32_t qi, std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp) {
    const Quote& q = d.text.quotes[qi];
    if (q.begin_tok >= q.end_tok) return;
    for (std::uint32_t k = q.open_tok; k < q.end_tok; ++k) used[k] = 1;
    std::size_t cb = q.content_start, ce = q.content_end;
    while (ce > cb && (d.src[ce - 1] == ',' || d.src[ce - 1] == ' ' || d.src[ce - 1] == '\n')) --ce;
    add_claim(ClaimKind::direct, cue_b, cue_e, sp, cb, ce);
    claimed_quotes.push_back(qi);
  }
  std::vector<std::uint32_t> claimed_quotes;

  static bool adverbial_start(std::string_view w) {
    return w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "late" || w == "earlier" ||
           w == "last" || w == "this" || w == "via" || w == "through" || w == "when" || w == "yesterday" ||
           w == "today" || w == "recently" || w == "previously" || w == "before" || w == "afterwards";
  }
  std::string channel_of(std::uint32_t b, std::uint32_t e) const {
    std::string fg = fold(d.text.bytes(toks[b].start, toks[e - 1].end));
    for (std::string_view ch : {"in a statement", "on social media", "in an interview", "on x", "on twitter",
                                "in a post", "on facebook", "on telegram", "in a letter", "on a conference call",
                                "in a speech", "at a news conference", "at a press conference", "on television",
                                "in a televised address", "in a video", "in a social media post"})
      if (fg.find(ch) != std::string::npos) return std::string(ch);
    return {};
  }

  // Words after a cue before its content: "on Tuesday", "in a statement", "reporters".
  std::uint32_t skip_to_content(std::uint32_t k, std::uint32_t se, std::string& channel, bool& saw_that,
                                std::uint32_t& cue_end) const {
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
    return k;
  }

  // "called/calls X “…”": the quotation that follows within a few words, or npos.
  std::uint32_t call_quote(std::uint32_t i, std::uint32_t se) const {
    const std::string& w = f[i];
    if (w != "called" && w != "calls" && w != "call" && w != "calling" && w != "described" && w != "describes" &&
        w != "branded" && w != "labelled" && w != "labeled" && w != "dubbed")
      return npos32;
    for (std::uint32_t k = i + 1; k < se && k < i + 8; ++k) {
      if (toks[k].kind == Tk::open_quote) return k + 1 < se && toks[k + 1].quote != npos32 ? toks[k + 1].quote : npos32;
      if (toks[k].kind != Tk::word && toks[k].kind != Tk::possessive && toks[k].kind != Tk::number) return npos32;
    }
    return npos32;
  }

  // Verbs that take a bare clause ("said the plan would fail") whatever follows.
  static bool strong_bare(std::string_view lemma) {
    return lemma == "say" || lemma == "add" || lemma == "warn" || lemma == "insist" || lemma == "argue" ||
           lemma == "claim" || lemma == "note" || lemma == "state" || lemma == "explain" || lemma == "stress" ||
           lemma == "emphasize" || lemma == "emphasise" || lemma == "acknowledge" || lemma == "admit" ||
           lemma == "concede" || lemma == "believe" || lemma == "think" || lemma == "write" || lemma == "tweet" ||
           lemma == "predict" || lemma == "estimate" || lemma == "suggest" || lemma == "contend" || lemma == "assert";
  }
  static bool clause_start_blocked(std::string_view w) {
    return w == "in" || w == "on" || w == "at" || w == "to" || w == "for" || w == "with" || w == "by" ||
           w == "from" || w == "so" || w == "nothing" || w == "goodbye" || w == "as" ||
           w == "after" || w == "before" || w == "during" || w == "of" || w == "through";
  }

  void verb_cues(const Sentence& sent) {
    const std::uint32_t sb = sent.tok_begin, se = sent.tok_end;
    SpeakerSpan last_speaker;
    static const CueInfo phrase_info{"phrase", true, true, false, true};
    for (std::uint32_t i = sb; i < se; ++i) {
      const Token& t = toks[i];
      if (t.kind != Tk::word || t.has(f_in_quote) || used[i]) continue;
      // A cue phrase or a cue verb.
      std::uint32_t cue_e = i;
      const CueInfo* info = nullptr;
      if (auto pf = cues.phrase_first.find(f[i]); pf != cues.phrase_first.end())
        for (auto pi : pf->second) {
          const auto& ph = cues.phrases[pi];
          std::uint32_t n = 0;
          while (n < ph.size() && i + n < se && f[i + n] == ph[n]) ++n;
          if (n == ph.size()) { cue_e = i + n; break; }
        }
      if (cue_e > i) info = &phrase_info;
      else if ((info = cues.find(f[i]))) cue_e = i + 1;
      else if (call_quote(i, se) != npos32) {
        // "X called the decision “a major victory”": the quotation is the claim.
        SpeakerSpan csp = speaker_left(i, sb);
        std::uint32_t qa = call_quote(i, se);
        if (csp.ok() && !used[d.text.quotes[qa].open_tok]) {
          quote_claim(qa, i, i + 1, csp);
          last_speaker = csp;
        }
        continue;
      } else {
        continue;
      }
      // Not a cue: "to say", a noun after a determiner ("the report"), a capitalised name.
      if (i > sb && (f[i - 1] == "to" || determiner(f[i - 1]) || f[i - 1] == "his" || f[i - 1] == "her" ||
                     toks[i - 1].kind == Tk::possessive))
        continue;
      if (t.has(f_cap) && i != sb) continue;

      std::string channel;
      SpeakerSpan sp;
      // A participle or a coordinated verb continues the speaker: "…, adding that",
      // "… and warned that", "… but said".
      bool after_comma = i > sb && (comma(i - 1) || (toks[i - 1].kind == Tk::close_quote && i > sb + 1 && comma(i - 2)));
      bool continuation = i > sb && ((info->participle && (after_comma || f[i - 1] == "while" || f[i - 1] == "and")) ||
                                     (!info->participle && (f[i - 1] == "and" || f[i - 1] == "but")));
      if (continuation) {
        sp = last_speaker.ok() ? last_speaker : subject(sb, i);
        if (!sp.ok()) continue;
      } else {
        sp = speaker_left(i, sb);
      }
      bool inverted = false;
      if (!sp.ok() && i > sb && (comma(i - 1) || toks[i - 1].kind == Tk::close_quote)) {
        // Inverted: "…,” said Ana Reis, the tenants’ lawyer."
        std::uint32_t e = np_right(cue_e, se);
        if (e > cue_e && valid_speaker(cue_e, e)) {
          std::uint32_t ee = e;
          if (ee < se && comma(ee)) {
            // Include an appositive ", the drivers’ lead attorney" in the speaker text.
            std::uint32_t k = ee + 1;
            while (k < se && !comma(k) && !final_punct(k) && toks[k].kind != Tk::open_quote) ++k;
            if (k - ee < 14 && k > ee + 1 && toks[ee + 1].kind == Tk::word && !toks[ee + 1].has(f_cap) &&
                !(f[ee + 1].ends_with("ing") && f[ee + 1].size() > 4))
              ee = k;
            else if (k - ee < 14 && k > ee + 1 && match_office(d, f, ee + 1, k).info)
              ee = k;
          }
          sp = {cue_e, ee};
          inverted = true;
        }
      }
      if (!sp.ok()) continue;

      // A direct quote just before the speaker and cue: “A,” she said[, “B.”]
      std::uint32_t qb = continuation ? npos32 : quote_before(inverted ? i : sp.b, sb);
      if (qb != npos32 && (inverted || sp.e <= i)) {
        quote_claim(qb, i, cue_e, sp);
        std::uint32_t rest = inverted ? sp.e : cue_e;
        // "…,” he told reporters late on Monday, “…”
        while (rest < se && toks[rest].kind == Tk::word && !toks[rest].has(f_in_quote) && rest - cue_e < 8) ++rest;
        if (std::uint32_t qa = quote_after(rest, se); qa != npos32) quote_claim(qa, i, cue_e, sp);
        last_speaker = sp;
        i = cue_e - 1;
        continue;
      }

      // Content after the cue.
      if (!inverted) {
        bool saw_that = false;
        std::uint32_t cb = skip_to_content(cue_e, se, channel, saw_that, cue_e);
        bool ok = saw_that;
        if (!ok && cb < se) {
          if (is(cb, ":") || comma(cb)) {
            ok = quote_after(cb, se) != npos32;
          } else if (toks[cb].kind == Tk::open_quote) {
            ok = true;
          } else if (info->to_infinitive && f[cb] == "to") {
            ok = true;
          } else if (final_punct(cb) || comma(cb)) {
            ok = false;
          } else if (info->np_object) {
            ok = toks[cb].kind != Tk::punct;
          } else if (info->bare_clause && (toks[cb].kind == Tk::number ||
                                           (toks[cb].kind == Tk::word && !clause_start_blocked(f[cb]) &&
                                            !weekday_word(f[cb]) && !adverbial_start(f[cb])))) {
            if (strong_bare(info->lemma)) ok = true;
            for (std::uint32_t k = cb; !ok && k < std::min(se, cb + 10); ++k)
              if (toks[k].kind == Tk::open_quote || (toks[k].kind == Tk::word && modal_or_aux(f[k]))) ok = true;
          }
        }
        if (ok) {
          std::uint32_t ce = content_end(cb, se);
          if (ce == cb + 1 && toks[cb].kind == Tk::word) ok = false;  // "said no", "said yes"
        }
        if (ok) {
          std::uint32_t ce = content_end(cb, se);
          if (ce > cb) {
            std::uint32_t qa = saw_that ? npos32 : quote_after(cb, se);
            if (qa != npos32 && (d.text.quotes[qa].close_tok == npos32 || d.text.quotes[qa].close_tok + 2 >= ce)) {
              quote_claim(qa, i, cue_e, sp);
            } else {
              content_claim(i, cue_e, sp, cb, ce, ClaimKind::indirect, channel);
            }
            last_speaker = sp;
            // Go on after the cue: a coordinated cue inside the sentence is found next.
            i = ce > cue_e ? ce - 1 : cue_e - 1;
            continue;
          }
        }
      }

      // A trailing cue: "The talks will resume, officials said [on Monday][, …]."
      std::uint32_t group_b = inverted ? i : sp.b;
      if (continuation || group_b <= sb) continue;
      std::uint32_t tail = inverted ? sp.e : cue_e;
      if (tail < se && toks[tail].kind == Tk::word && (adverbial_start(f[tail]) || weekday_word(f[tail]))) {
        std::uint32_t k = tail;
        while (k < se && k - tail < 9 && !final_punct(k) && !comma(k) && toks[k].kind != Tk::open_quote &&
               !(toks[k].kind == Tk::word && cues.find(f[k]) && !f[k].ends_with("ed")))
          ++k;
        if (k >= se || final_punct(k) || comma(k)) {
          channel = channel_of(tail, k);
          tail = k;
        }
      }
      while (tail < se && (final_punct(tail) || toks[tail].kind == Tk::close_quote)) ++tail;
      if (tail < se && !comma(tail)) continue;
      std::uint32_t end = group_b;
      if (end > sb && comma(end - 1)) --end;
      else if (!(end > sb && toks[end - 1].kind == Tk::close_quote)) continue;
      std::uint32_t b = clause_start(sb, end);
      if (end > b) {
        content_claim(i, cue_e, sp, b, end, ClaimKind::indirect, channel);
        last_speaker = sp;
      }
    }
  }

  // Where the clause before a trailing cue starts: the sentence's start (after a dateline), or
  // after an earlier attribution of the same sentence ("X, the company said, Y, according to Z"
  // gives Y to Z). A claim nested in the clause does not cut it.
  std::uint32_t clause_start(std::uint32_t sb, std::uint32_t end) const {
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

  static bool weekday_word(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" ||
           w == "saturday" || w == "sunday" || w == "yesterday" || w == "today" || w == "tonight";
  }

  void according_to(const Sentence& sent) {
    const std::uint32_t sb = sent.tok_begin, se = sent.tok_end;
    for (std::uint32_t i = sb; i + 1 < se; ++i) {
      if (f[i] != "according" || f[i + 1] != "to" || toks[i].has(f_in_quote)) continue;
      std::uint32_t nb = i + 2;
      std::uint32_t ne = nb;
      while (ne < se && !comma(ne) && !final_punct(ne) && toks[ne].kind != Tk::open_quote && !is(ne, ";")) ++ne;
      if (ne == nb) continue;
      SpeakerSpan sp{nb, ne};
      if (i == sb || (i > sb && toks[i - 1].kind == Tk::word && f[i - 1] == "but")) {
        if (ne < se && comma(ne)) {
          std::uint32_t ce = content_end(ne + 1, se);
          content_claim(i, i + 2, sp, ne + 1, ce, ClaimKind::according_to);
        }
      } else if (i > sb && (comma(i - 1) || (toks[i - 1].kind == Tk::close_quote && i > sb + 1 && comma(i - 2)))) {
        std::uint32_t b = clause_start(sb, i - 1);
        content_claim(i, i + 2, sp, b, comma(i - 1) ? i - 1 : i, ClaimKind::according_to);
      }
    }
  }

  // Colon quotes: "Hill: “…”"
  void colon_quotes(const Sentence& sent) {
    const std::uint32_t sb = sent.tok_begin, se = sent.tok_end;
    for (std::uint32_t i = sb + 1; i + 1 < se; ++i) {
      if (!is(i, ":") || toks[i + 1].kind != Tk::open_quote || used[i + 1]) continue;
      std::uint32_t b = np_left(i, sb);
      if (b != sb || !valid_speaker(b, i)) continue;
      std::uint32_t qa = quote_after(i, se);
      if (qa == npos32) continue;
      quote_claim(qa, i, i + 1, SpeakerSpan{b, i});
    }
  }

  // Quotes that open a sentence with no cue: they carry on the last speaker, and paragraphs
  // of a multi-paragraph quotation carry the speaker of its cue.
  void floating_quotes() {
    std::vector<char> claimed(d.text.quotes.size(), 0);
    for (auto qi : claimed_quotes) claimed[qi] = 1;
    // Claims with a speaker, by position, for the nearest one before each quote.
    std::vector<std::pair<std::size_t, std::size_t>> by_pos;
    for (std::size_t c = 0; c < d.claims.size(); ++c)
      if (!d.claims[c].speaker.text.empty()) by_pos.emplace_back(d.claims[c].span.start, c);
    std::sort(by_pos.begin(), by_pos.end());
    for (std::uint32_t qi = 0; qi < d.text.quotes.size(); ++qi) {
      const Quote& q = d.text.quotes[qi];
      if (used[q.open_tok] || claimed[qi]) continue;
      bool opens_sentence = q.open_tok == 0 || d.text.sent_of_tok[q.open_tok] != d.text.sent_of_tok[q.open_tok - 1];
      if (!opens_sentence && !q.continuation) continue;
      if (q.end_tok - q.begin_tok < 2) continue;
      // The nearest earlier claim with a speaker, in this or the previous paragraph (or, for a
      // continued quotation, wherever its first paragraph was).
      std::size_t pos = toks[q.open_tok].start;
      auto it = std::upper_bound(by_pos.begin(), by_pos.end(), std::make_pair(pos, static_cast<std::size_t>(-1)));
      if (it == by_pos.begin()) continue;
      std::size_t best = std::prev(it)->second;
      std::uint32_t gap = q.para - para_of(d.claims[best].span.start);
      if (gap > 1 && !q.continuation) continue;
      SpeakerSpan sp = speaker_tok[best];
      Claim c;
      c.kind = ClaimKind::direct;
      c.cue = d.claims[best].cue;
      c.speaker = d.claims[best].speaker;
      std::size_t cb = q.content_start, ce = q.content_end;
      while (ce > cb && (d.src[ce - 1] == ',' || d.src[ce - 1] == ' ' || d.src[ce - 1] == '\n')) --ce;
      c.content.text = std::string(d.text.bytes(cb, ce));
      c.content.span = d.span(cb, ce);
      c.span = d.span(pos, ce);
      for (std::uint32_t k = q.open_tok; k < q.end_tok; ++k) used[k] = 1;
      speaker_tok.push_back(sp);
      d.claims.push_back(std::move(c));
      by_pos.insert(std::upper_bound(by_pos.begin(), by_pos.end(), std::make_pair(pos, d.claims.size() - 1)),
                    std::make_pair(pos, d.claims.size() - 1));
      claimed_quotes.push_back(qi);
    }
  }
  std::uint32_t para_of(std::size_t byte) const {
    const auto& ps = d.text.paras;
    auto it = std::upper_bound(ps.begin(), ps.end(), byte, [](std::size_t b, const Paragraph& p) { return b < p.end; });
    return static_cast<std::uint32_t>(it - ps.begin());
  }

  void run() {
    for (const auto& sent : d.text.sents) {
      verb_cues(sent);
      according_to(sent);
      colon_quotes(sent);
    }
    floating_quotes();
    // Order claims by position, keeping speaker tokens aligned.
    std::vector<std::size_t> idx(d.claims.size());
    for (std::size_t k = 0; k < idx.size(); ++k) idx[k] = k;
    std::stable_sort(idx.begin(), idx.end(),
                     [&](auto a, auto b) { return d.claims[a].content.span.start < d.claims[b].content.span.start; });
    std::vector<Claim> claims;
    std::vector<SpeakerSpan> sps;
    for (auto k : idx) { claims.push_back(std::move(d.claims[k])); sps.push_back(speaker_tok[k]); }
    d.claims = std::move(claims);
    speaker_tok = std::move(sps);
    resolve_speakers();
  }

  // Organisations named in the text: capitalised runs that are not people, places or titles.
  struct OrgMention {
    std::size_t start;
    std::string name;
    std::string type;  // a generic noun right after the name ("the Unite union"), or empty
    std::string key;   // its first word that is not a place name ("Velmora" of "Velmora Foods AG")
  };
  std::vector<OrgMention> orgs;
  bool orgs_found = false;

  static bool generic_org_noun(std::string_view w) {
    return w == "company" || w == "firm" || w == "club" || w == "union" || w == "group" || w == "bank" ||
           w == "agency" || w == "carrier" || w == "airline" || w == "operator" || w == "team" || w == "party" ||
           w == "organisation" || w == "organization" || w == "manufacturer" || w == "retailer" || w == "insurer" ||
           w == "lender" || w == "automaker" || w == "broadcaster" || w == "charity" || w == "startup";
  }
  // "the company", "the English club": a determiner, modifiers, a generic noun, no name.
  bool generic_org(std::uint32_t b, std::uint32_t e) const {
    if (e <= b || !generic_org_noun(f[e - 1])) return false;
    if (!(f[b] == "the" || f[b] == "its")) return false;
    for (std::uint32_t k = b + 1; k + 1 < e; ++k)
      if (toks[k].has(f_cap) && !match_jurisdiction(d, f, k, k + 1).info) return false;
    return true;
  }
  // The organisation "the company" most likely means: of those named before `pos` whose type
  // (from any of its mentions) is compatible, the one the text names most often (at least
  // twice); the latest on a tie.
  const OrgMention* org_before(std::size_t pos, std::string_view type) const {
    const OrgMention* best = nullptr;
    std::size_t best_n = 0;
    // The 40 organisations named last before `pos`.
    auto end = std::lower_bound(orgs.begin(), orgs.end(), pos, [](const OrgMention& o, std::size_t p) { return o.start < p; });
    auto begin = end - std::min<std::ptrdiff_t>(40, end - orgs.begin());
    for (auto it = begin; it != end; ++it) {
      const auto& o = *it;
      const auto& st = org_stats.at(o.key);
      if (!st.type.empty() && st.type != type) continue;
      if (st.count >= best_n) { best = &o; best_n = st.count; }
    }
    if (best_n < 2) return nullptr;
    // Its fullest name: "Kestrel Coaches" rather than "Kestrel".
    const OrgMention* full = best;
    for (const auto& o : orgs)
      if (o.key == best->key && o.name.size() > full->name.size()) full = &o;
    return full;
  }
  struct OrgStats {
    std::size_t count = 0;
    std::string type;  // the first type given to it anywhere
  };
  boost::unordered_flat_map<std::string, OrgStats> org_stats;
  void find_orgs() {
    std::vector<char> person(toks.size(), 0);
    for (const auto& pm : d.persons)
      for (std::uint32_t k = pm.tb; k < pm.te; ++k) person[k] = 1;
    for (const auto& sent : d.text.sents) {
      std::uint32_t sb = after_dateline(sent.tok_begin, sent.tok_end);
      for (std::uint32_t k = sb; k < sent.tok_end;) {
        auto capw = [&](std::uint32_t i) {
          return toks[i].kind == Tk::word && (toks[i].has(f_cap) || toks[i].has(f_upper)) && !person[i] &&
                 !toks[i].has(f_in_quote);
        };
        if (!capw(k)) { ++k; continue; }
        std::uint32_t r = k + 1;
        while (r < sent.tok_end) {
          if (capw(r)) { ++r; continue; }
          if ((f[r] == "of" || f[r] == "for" || f[r] == "and" || f[r] == "&") && r + 1 < sent.tok_end && capw(r + 1)) {
            r += 2;
            continue;
          }
          break;
        }
        std::uint32_t a = k;
        while (a < r && (non_name_word(f[a]) || match_office(d, f, a, r).info || qualifier_word(f[a]))) {
          auto om = match_office(d, f, a, r);
          a += om.info ? om.len : 1;
        }
        // A lone capitalised word opening a sentence is only a name when an owner's mark follows
        // ("Kestrel's managing director").
        bool ok = a < r && r - a <= 7 &&
                  !(a == sb && r - a == 1 && !(r < sent.tok_end && toks[r].kind == Tk::possessive));
        if (ok && match_jurisdiction(d, f, a, r).len == r - a) {
          const auto* j = match_jurisdiction(d, f, a, r).info;
          ok = j->organisation && j->implied_office.empty();
        }
        if (ok && match_office(d, f, r - 1, r).info) ok = false;
        if (ok) {
          OrgMention o;
          o.start = toks[a].start;
          o.name = d.tok_text(a, r);
          if (auto jm = match_jurisdiction(d, f, a, r); jm.info && jm.len == r - a) o.name = jm.info->full_name;
          if (r < sent.tok_end && generic_org_noun(f[r])) o.type = f[r];
          for (std::uint32_t k2 = a; k2 < r && o.key.empty(); ++k2)
            if (!match_jurisdiction(d, f, k2, k2 + 1).info) o.key = f[k2];
          if (o.key.empty()) o.key = fold(o.name);
          auto& st = org_stats[o.key];
          ++st.count;
          if (st.type.empty()) st.type = o.type;
          orgs.push_back(std::move(o));
        }
        k = r;
      }
    }
  }

  boost::unordered_flat_map<std::string, int> org_ids;
  int org_entity(const std::string& name) {
    auto [it, fresh] = org_ids.try_emplace(fold(name), 0);
    if (!fresh) return it->second;
    EntityData ent;
    ent.kind = EntityKind::organisation;
    ent.name = name;
    d.entities.push_back(std::move(ent));
    it->second = static_cast<int>(d.entities.size());
    return it->second;
  }

  // Roles given to people, by office, in text order: for "the chancellor said".
  boost::unordered_flat_map<std::string, std::vector<std::pair<std::size_t, int>>> roles_by_office;
  int person_with_office_before(const std::string& office, std::size_t pos) {
    if (roles_by_office.empty())
      for (const auto& rm : d.roles)
        if (rm.entity) roles_by_office[rm.role.office].emplace_back(toks[rm.tb].start, rm.entity);
    for (auto& kv : roles_by_office) std::sort(kv.second.begin(), kv.second.end());
    auto it = roles_by_office.find(office);
    if (it == roles_by_office.end()) return 0;
    auto& v = it->second;
    auto p = std::lower_bound(v.begin(), v.end(), std::make_pair(pos, 0));
    return p == v.begin() ? 0 : std::prev(p)->second;
  }

  // Whether byte `pos` lies in some claim's content (claims are sorted by content start).
  bool inside_content(std::size_t pos) const {
    auto it = std::upper_bound(d.claims.begin(), d.claims.end(), pos,
                               [](std::size_t p, const Claim& c) { return p < c.content.span.start; });
    for (int n = 0; n < 8 && it != d.claims.begin(); ++n) {
      --it;
      if (pos < it->content.span.end) return true;
    }
    return false;
  }
  // Index of the first person mention at or after byte `pos`.
  std::size_t person_from(std::size_t pos) const {
    auto it = std::lower_bound(d.persons.begin(), d.persons.end(), pos,
                               [&](const PersonMention& pm, std::size_t p) { return toks[pm.tb].start < p; });
    return static_cast<std::size_t>(it - d.persons.begin());
  }

  // The person mentioned last before token `k`, compatible with the pronoun.
  int antecedent(std::uint32_t k, char gender, std::size_t claim_idx) const {
    // Prefer the speaker of the previous claim when compatible.
    for (std::size_t c = claim_idx; c-- > 0;) {
      const auto& sp = d.claims[c].speaker;
      if (sp.span.start >= toks[k].start) continue;
      if (sp.entity > 0) {
        const auto* e = d.entity(sp.entity);
        if (e->kind == EntityKind::person && (gender == 0 || e->gender == 0 || e->gender == gender)) {
          // Only if no other compatible person was named in between.
          bool other = false;
          for (std::size_t p = person_from(sp.span.end); p < d.persons.size() && !other; ++p) {
            const auto& pm = d.persons[p];
            if (toks[pm.tb].start >= toks[k].start) break;
            if (pm.entity == sp.entity || inside_content(toks[pm.tb].start)) continue;
            const auto* oe = d.entity(pm.entity);
            if (gender == 0 || oe->gender == 0 || oe->gender == gender) other = true;
          }
          if (!other) return sp.entity;
        }
      }
      break;
    }
    for (std::size_t p = person_from(toks[k].start); p-- > 0;) {
      const auto& pm = d.persons[p];
      const auto* e = d.entity(pm.entity);
      if (gender == 0 || e->gender == 0 || e->gender == gender) return pm.entity;
    }
    return 0;
  }

  void resolve_speakers() {
    for (std::size_t c = 0; c < d.claims.size(); ++c) {
      auto& sp = d.claims[c].speaker;
      SpeakerSpan st = speaker_tok[c];
      if (!st.ok()) { sp.speaker_class = SpeakerClass::unknown; continue; }
      if (sp.entity > 0) continue;  // copied from an earlier claim
      // A person named in the speaker phrase (the last one: "ROLE, NAME").
      int ent = 0;
      for (std::uint32_t k = st.b; k < st.e && !ent; ++k) {
        if (!d.person_at[k]) continue;
        const auto& pm = d.persons[d.person_at[k] - 1];
        k = pm.te - 1;
        if (pm.tb < st.b || pm.te > st.e) continue;
        // In "Prime Minister Keir Starmer's spokesman" the person is the owner, not the speaker.
        if (pm.te < st.e && toks[pm.te].kind == Tk::possessive) continue;
        ent = pm.entity;
      }
      const std::string& w0 = f[st.b];
      if (!ent && st.e - st.b == 1 && pronoun(w0)) {
        if (w0 == "he" || w0 == "she") ent = antecedent(st.b, w0 == "he" ? 'm' : 'f', c);
        else if (w0 == "they" || w0 == "it" || w0 == "we") {
          // The previous claim's group or organisation speaker.
          for (std::size_t k = c; k-- > 0 && c - k <= 12;) {
            const auto& ps = d.claims[k].speaker;
            if (ps.speaker_class == SpeakerClass::person) continue;
            if (ps.text.empty()) continue;
            sp.name = ps.name;
            sp.entity = ps.entity;
            sp.anonymous = ps.anonymous;
            sp.speaker_class = ps.speaker_class;
            break;
          }
          if (sp.speaker_class != SpeakerClass::unknown) continue;
        }
      }
      if (!ent) {
        // "the chancellor": the person given that office earlier in the text.
        for (std::uint32_t k = st.b; k < st.e && !ent; ++k) {
          auto om = match_office(d, f, k, st.e);
          if (!om.info) continue;
          ent = person_with_office_before(om.info->office, toks[st.b].start);
          break;
        }
      }
      if (ent) {
        const auto* e = d.entity(ent);
        sp.entity = ent;
        sp.name = e->name;
        sp.speaker_class = SpeakerClass::person;
        sp.anonymous = false;
        continue;
      }
      // Not a named person: anonymous, a document, or an organisation.
      std::uint32_t h = head_of(st.b, st.e);
      const std::string& head = f[h];
      std::uint32_t core_e = h + 1;
      if (anonymous_head(head) || match_office(d, f, h, h + 1).info) {
        sp.anonymous = true;
        sp.speaker_class = SpeakerClass::anonymous;
        sp.name = d.tok_text(st.b, core_e);
      } else if (document_head(head)) {
        sp.speaker_class = SpeakerClass::document;
        sp.name = d.tok_text(st.b, core_e);
      } else if (pronoun(head)) {
        sp.speaker_class = SpeakerClass::unknown;
      } else {
        sp.speaker_class = SpeakerClass::organisation;
        std::uint32_t b = st.b;
        while (b < core_e && (f[b] == "the" || f[b] == "a")) ++b;
        sp.name = d.tok_text(b, core_e);
        // A known organisation by its full name: "the WHO" -> "World Health Organization".
        if (auto jm = match_jurisdiction(d, f, b, core_e); jm.info && b + jm.len == core_e && jm.info->organisation &&
                                                          jm.info->implied_office.empty())
          sp.name = jm.info->full_name;
        // "the company", "the English club", "The union": the organisation named last before.
        if (generic_org(st.b, core_e)) {
          if (!orgs_found) {
            find_orgs();
            orgs_found = true;
          }
          if (const OrgMention* om = org_before(toks[st.b].start, f[h])) sp.name = om->name;
        }
        sp.entity = org_entity(sp.name);
      }
    }
    for (std::size_t c = 0; c < d.claims.size(); ++c) d.claims[c].id = static_cast<int>(c + 1);
  }
};

}  // namespace

void extract_claims(Doc& doc, const CueLexicon& cues) {
  Extractor x(doc, cues);
  x.run();
}

}  // namespace claimlint::detail
