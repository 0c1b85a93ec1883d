// Noun phrases and speakers: the speaker phrase left or right of a cue, a sentence's subject.
#include "attribution/extractor.hpp"

#include "mentions/lexicon.hpp"
#include "mentions/match.hpp"

namespace claimlint::detail {

namespace {

bool aux_or_adverb(std::string_view w) {
  return w == "has" || w == "have" || w == "had" || w == "also" || w == "later" || w == "previously" ||
         w == "again" || w == "repeatedly" || w == "publicly" || w == "will" || w == "would" || w == "earlier" ||
         w == "then" || w == "once" || w == "still" || w == "further" || w == "separately" || w == "recently" ||
         w == "already" || w == "is" || w == "was" || w == "were" || w == "are" || w == "had" || w == "privately" ||
         w == "reportedly" || w == "first" || w == "just" || w == "even" || w == "never" || w == "often" ||
         w == "now" || w == "always" || w == "long" || w == "however" || w == "too" || w == "flatly" ||
         ly_adverb(w);
}
bool post_modifier_start(std::string_view w) {
  return w == "familiar" || w == "with" || w == "who" || w == "of" || w == "at" || w == "in" || w == "from" ||
         w == "close" || w == "for" || w == "on" || w == "involved" || w == "knowledgeable" || w == "briefed" ||
         w == "speaking" || w == "based";
}

}  // namespace

bool Extractor::head_noun(std::uint32_t p, std::uint32_t end) const {
  const std::string& w = f[p];
  return anonymous_head(w) || organisation_head(w) || document_head(w) || match_office(d, f, p, end).info ||
         w == "head" || w == "chief";
}

// A word that can stand inside a speaker noun phrase.
bool Extractor::np_word(std::uint32_t p, std::uint32_t end) const {
  const Token& t = toks[p];
  if (t.kind != Tk::word || t.has(f_in_quote)) return false;
  const std::string& w = f[p];
  if (t.has(f_upper)) return true;
  if (t.has(f_cap)) return !non_name_word(w) || determiner(w) || honorific(w);
  return np_modifier(w) || head_noun(p, end) || determiner(w);
}

// A lower-case noun used as a modifier before a head ("fire officials", "union leaders").
bool Extractor::noun_modifier(std::uint32_t p) const {
  const Token& t = toks[p];
  if (t.kind != Tk::word || t.has(f_in_quote) || t.has(f_cap)) return false;
  const std::string& w = f[p];
  return !non_name_word(w) && !modal_or_aux(w) && !aux_or_adverb(w) && !cues.find(w) && !w.ends_with("ed") &&
         !w.ends_with("ing") && w.size() > 2;
}

// Noun phrase ending just before `end`, within the sentence: returns its first token.
std::uint32_t Extractor::np_left(std::uint32_t end, std::uint32_t sb) const {
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
  while (b < end && toks[b].kind == Tk::word && !honorific(f[b]) &&
         ((non_name_word(f[b]) && !determiner(f[b])) || clause_word(f[b]) || np_preposition(f[b])))
    ++b;
  return b;
}

// Noun phrase starting at `b` (inverted speaker: "said Dr. Ana Reis, the attorney").
std::uint32_t Extractor::np_right(std::uint32_t b, std::uint32_t se) const {
  std::uint32_t e = b;
  while (e < se) {
    const Token& t = toks[e];
    if (t.kind == Tk::possessive) { ++e; continue; }
    // A number opening a modifier: "9/11 widow Terry Strada", "27-year-old Ana Reis".
    if (e == b && t.kind == Tk::number && e + 1 < se && toks[e + 1].kind == Tk::word && !toks[e + 1].has(f_in_quote)) {
      ++e;
      continue;
    }
    if (is(e, ".") && e > b && (honorific(f[e - 1]) || title_abbreviation(f[e - 1])) && e + 1 < se &&
        toks[e + 1].has(f_cap)) {
      ++e;
      continue;
    }
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
std::uint32_t Extractor::after_dateline(std::uint32_t sb, std::uint32_t limit) const {
  // "LA CROSSE, Wis. — ", "BRUSSELS (AP) — ": an upper-case place; "Washington (AFP) – ": a
  // place with an agency in brackets.
  const bool upper_place = sb < limit && toks[sb].has(f_upper) && d.text.str(sb).size() >= 2;
  if (upper_place || (sb < limit && toks[sb].has(f_cap)))
    for (std::uint32_t k = sb; k < limit && k < sb + 12; ++k) {
      const bool dash = toks[k].kind == Tk::dash || (is(k, "-") && toks[k].has(f_space));
      if (dash && (upper_place || (k > sb && is(k - 1, ")")))) return k + 1;
      if (toks[k].has(f_in_quote)) break;
    }
  return sb;
}

// A word that opens a fronted adverbial ("At a rally in Ames, Iowa, on Sunday,", "Shortly after
// the vote,", "Earlier this week,", "Despite the ruling,"): a preposition, a subordinator or a
// time or sentence adverb. Closed classes.
bool Extractor::fronted_opener(std::uint32_t k) const {
  if (toks[k].kind != Tk::word) return false;
  const std::string& w = f[k];
  static constexpr std::string_view kOpeners[] = {
      "in", "on", "at", "after", "before", "during", "since", "until", "following", "despite", "amid",
      "amidst", "with", "without", "under", "over", "within", "throughout", "for", "from", "by", "as", "when",
      "while", "whilst", "although", "though", "because", "if", "unless", "once", "unlike", "like", "upon",
      "among", "against", "across", "earlier", "later", "shortly", "soon", "last", "next", "this", "that",
      "still", "instead", "meanwhile", "separately", "additionally", "moreover", "however", "then", "now",
      "yesterday", "today", "tonight", "recently", "previously", "afterwards", "afterward", "back", "even",
      "speaking", "asked", "responding", "according", "in response", "weeks", "days", "months", "hours",
      "minutes", "years", "moments"};
  for (auto o : kOpeners)
    if (w == o) return true;
  return !toks[k].has(f_upper) && ly_adverb(w) && k + 1 < toks.size() && comma(k + 1);
}

// The subject of a sentence, for participles and "but said" with no earlier speaker: a noun
// phrase at its start, after a dateline, a conjunction and any fronted adverbials ("At a rally in
// Ames, Iowa, on Sunday, Mrs. Clinton …"; "A few minutes later they …").
SpeakerSpan Extractor::subject(std::uint32_t sb, std::uint32_t limit) const {
  std::uint32_t b = after_dateline(sb, limit);
  auto is_conj = [&](std::uint32_t k) {
    return toks[k].kind == Tk::word && (f[k] == "but" || f[k] == "and" || f[k] == "yet" || f[k] == "so");
  };
  while (b < limit && is_conj(b)) ++b;
  // Fronted adverbials, each ending at a comma; a short capitalised or adverbial segment after
  // one belongs to it ("in Ames, Iowa, on Sunday,").
  // A fronted participle clause is an adverbial too: "Chastened by the analyses, Trump …",
  // "Speaking at a rally in Novi, Michigan, Trump …".
  auto participle_opening = [&](std::uint32_t k) {
    return toks[k].kind == Tk::word && !d.person_at[k] && f[k].size() > 4 &&
           (f[k].ends_with("ed") || f[k].ends_with("ing")) && k + 1 < limit && toks[k + 1].kind == Tk::word &&
           !toks[k + 1].has(f_cap) && (np_preposition(f[k + 1]) || f[k + 1] == "by" || f[k + 1] == "to" ||
                                       f[k + 1] == "with" || f[k + 1] == "about" || f[k + 1] == "the" ||
                                       f[k + 1] == "his" || f[k + 1] == "her" || f[k + 1] == "their");
  };
  for (int rounds = 0; rounds < 4 && b < limit && (fronted_opener(b) || participle_opening(b)); ++rounds) {
    std::uint32_t k = b;
    while (k < limit && !comma(k) && toks[k].kind != Tk::open_quote && k - b < 30) ++k;
    if (k >= limit || !comma(k)) break;
    b = k + 1;
    for (;;) {
      std::uint32_t m = b;
      while (m < limit && !comma(m) && toks[m].kind == Tk::word && m - b < 5) ++m;
      if (m >= limit || !comma(m) || m == b) break;
      bool all_cap = true;
      for (std::uint32_t q = b; q < m; ++q) all_cap &= toks[q].has(f_cap) || toks[q].has(f_upper);
      const bool seg_adverbial = fronted_opener(b) || toks[b].kind == Tk::number;
      // Only when something follows the next comma that can still hold the subject.
      if (!(all_cap && !d.person_at[b]) && !seg_adverbial) break;
      b = m + 1;
    }
  }
  if (b >= limit) return {};
  std::uint32_t e = np_right(b, limit);
  // "A few minutes later they reversed …": a time phrase first, then the subject.
  if (e > b && e < limit && time_noun(f[e - 1])) {
    b = e;
    while (b < limit && toks[b].kind == Tk::word && (f[b] == "later" || f[b] == "earlier" || f[b] == "ago")) ++b;
    while (b < limit && comma(b)) ++b;
    if (b >= limit) return {};
    e = np_right(b, limit);
  }
  if (e <= b || !valid_speaker(b, e)) return {};
  return {b, e};
}

// The subject of the clause that ends at `limit`: after the last ", but", ", while", ", yet" or
// ";" of the sentence ("Trump pivoted, but Wallace pressed him, asking …"), else the sentence's.
SpeakerSpan Extractor::clause_subject(std::uint32_t sb, std::uint32_t limit) const {
  std::uint32_t cs = sb;
  for (std::uint32_t k = sb + 1; k + 1 < limit; ++k)
    if (!toks[k].has(f_in_quote) &&
        (is(k, ";") || (comma(k) && toks[k + 1].kind == Tk::word &&
                        (f[k + 1] == "but" || f[k + 1] == "while" || f[k + 1] == "yet" || f[k + 1] == "whereas"))))
      cs = k + 1;
  SpeakerSpan sp = subject(cs, limit);
  if (!sp.ok() && cs > sb) sp = subject(sb, limit);
  return sp;
}

// The head word of a speaker phrase: the last word before a post-modifier ("officials on both
// sides", "people familiar with …", "officials, who …"), possessives skipped.
std::uint32_t Extractor::head_of(std::uint32_t b, std::uint32_t e) const {
  std::uint32_t h = e - 1;
  for (std::uint32_t k = b + 1; k < e; ++k) {
    if (toks[k].has(f_cap) || toks[k].has(f_upper)) continue;
    // "the Association of Flight Attendants", "Centers for Disease Control": inside a name.
    if ((f[k] == "of" || f[k] == "for" || f[k] == "and") && k + 1 < e && toks[k + 1].has(f_cap) &&
        toks[k - 1].has(f_cap) && !d.person_at[k + 1])
      continue;
    if (comma(k) || post_modifier_start(f[k])) { h = k - 1; break; }
  }
  while (h > b && toks[h].kind == Tk::possessive) --h;
  return h;
}

bool Extractor::valid_speaker(std::uint32_t b, std::uint32_t e) const {
  if (b >= e) return false;
  std::uint32_t h = head_of(b, e);
  const Token& t = toks[h];
  if (t.kind != Tk::word) return false;
  const std::string& w = f[h];
  if (pronoun(w)) return true;
  // A capitalised determiner or adverb alone ("The", "Some", "Speaking") is no speaker.
  if (h == b && (np_opener(w) || non_name_word(w) || clause_word(w) || np_preposition(w) || (!t.has(f_upper) && (w.ends_with("ing") || ly_adverb(w)))) &&
      !d.person_at[h])
    return false;
  return t.has(f_cap) || t.has(f_upper) || head_noun(h, h + 1);
}

SpeakerSpan Extractor::speaker_left(std::uint32_t i, std::uint32_t sb) const {
  std::uint32_t j = i;
  while (j > sb && toks[j - 1].kind == Tk::word && aux_or_adverb(f[j - 1])) --j;
  // A time phrase between a relative pronoun and the cue: "who in 2010 said", "who on Monday said".
  if (j > sb + 2 && (toks[j - 1].kind == Tk::number || (toks[j - 1].kind == Tk::word && time_noun(f[j - 1]))) &&
      toks[j - 2].kind == Tk::word && (f[j - 2] == "in" || f[j - 2] == "on" || f[j - 2] == "at") &&
      (f[j - 3] == "who" || f[j - 3] == "which"))
    j -= 2;
  if (j == sb) return {};
  auto is_dash = [&](std::uint32_t k) { return toks[k].kind == Tk::dash || (is(k, "-") && toks[k].has(f_space)); };
  // A parenthetical between dashes: "Neil Sroka, director of DFA — which Dean founded — said".
  if (is_dash(j - 1) && j - 1 > sb) {
    std::uint32_t d0 = j - 2;
    while (d0 > sb && !is_dash(d0) && !toks[d0].has(f_in_quote) && j - d0 < 30) --d0;
    if (d0 <= sb || !is_dash(d0)) return {};
    // "NAME, ROLE — …— said": an appositive before the dashes.
    std::uint32_t a = d0;
    while (a > sb && !comma(a - 1) && toks[a - 1].kind == Tk::word && d0 - a < 14) --a;
    if (a > sb + 1 && comma(a - 1) && a < d0 && toks[a].kind == Tk::word && !toks[a].has(f_cap)) {
      std::uint32_t b = np_left(a - 1, sb);
      if (b < a - 1 && valid_speaker(b, a - 1)) return {b, d0};
    }
    return speaker_left(d0, sb);
  }
  // "…, many of whom say …": the quantified relative is the speaker (a part of its antecedent).
  if (j >= sb + 3 && f[j - 1] == "whom" && f[j - 2] == "of" && toks[j - 3].kind == Tk::word &&
      (quantifier(f[j - 3]) || f[j - 3] == "all" || f[j - 3] == "both" || f[j - 3] == "each" ||
       f[j - 3] == "none" || toks[j - 3].kind == Tk::number))
    return {j - 3, j};
  // A restrictive relative clause: "Hawkins and others who want to ban abortion said".
  for (std::uint32_t k = j; k > sb + 1 && j - k < 12; --k) {
    const Token& t = toks[k - 1];
    if (t.kind != Tk::word || t.has(f_in_quote) || cues.find(f[k - 1])) break;
    if (f[k - 1] != "who") continue;
    // The relative's verb follows "who" (not "the man who Smith said was …").
    if (k >= j || toks[k].has(f_cap) || toks[k].has(f_upper) || determiner(f[k]) || pronoun(f[k])) break;
    std::uint32_t w = k - 1;
    std::uint32_t b = np_left(w, sb);
    if (b < w && valid_speaker(b, w)) {
      // "Hawkins and others": a coordinated subject.
      if (b > sb + 1 && f[b - 1] == "and") {
        std::uint32_t b0 = np_left(b - 1, sb);
        if (b0 < b - 1 && valid_speaker(b0, b - 1)) b = b0;
      }
      return {b, j};
    }
    b = noun_phrase_left(w, sb);
    if (b < w) {
      if (b > sb + 1 && f[b - 1] == "and") {
        std::uint32_t b0 = np_left(b - 1, sb);
        if (b0 < b - 1 && valid_speaker(b0, b - 1)) b = b0;
      }
      return {b, j};
    }
    break;
  }
  if (comma(j - 1)) {
    // "NAME, ROLE, said" / "ROLE, NAME, noted" / "officials, who …, described"
    std::uint32_t c2 = j - 1;
    std::uint32_t c1 = c2;
    auto seg_start = [&](std::uint32_t c) {
      std::uint32_t a = c;
      while (a > sb && !comma(a - 1) && toks[a - 1].kind != Tk::open_quote && toks[a - 1].kind != Tk::close_quote) --a;
      return a;
    };
    c1 = seg_start(c2);
    // A place inside an appositive: "a delegate from Houston, Texas, said": the state is part of
    // the segment before it.
    if (c1 > sb + 1 && comma(c1 - 1) && c2 - c1 <= 3 && !d.person_at[c1] &&
        (toks[c1].has(f_cap) || toks[c1].has(f_upper))) {
      bool all_cap = true;
      for (std::uint32_t q = c1; q < c2; ++q)
        all_cap &= toks[q].has(f_cap) || toks[q].has(f_upper) || is(q, ".");
      std::uint32_t a = seg_start(c1 - 1);
      if (all_cap && a > sb && comma(a - 1) && toks[a].kind == Tk::word && !toks[a].has(f_cap) &&
          toks[c1 - 2].has(f_cap))
        c1 = a;
    }
    if (c1 == sb || !comma(c1 - 1) || c2 - c1 > 20 || c2 == c1) return {};
    // A party and state tag: "Rep. Chris Collins, R-NY, says", "(D-Ore.)" written with commas.
    if (c2 - c1 <= 5 && toks[c1].kind == Tk::word && f[c1].size() >= 1 &&
        (f[c1][0] == 'r' || f[c1][0] == 'd' || f[c1][0] == 'i') &&
        ((f[c1].size() == 1 && c1 + 1 < c2 && is(c1 + 1, "-")) || (f[c1].size() <= 8 && f[c1][1] == '-'))) {
      std::uint32_t b = np_left(c1 - 1, sb);
      if (b < c1 - 1 && valid_speaker(b, c1 - 1)) return {b, c2};
    }
    // "Smith, however, said": a sentence adverb between commas belongs to no speaker.
    if (c2 == c1 + 1 && toks[c1].kind == Tk::word && !toks[c1].has(f_cap) &&
        (aux_or_adverb(f[c1]) || f[c1] == "meanwhile" || f[c1] == "too" || f[c1] == "though" ||
         f[c1] == "therefore" || f[c1] == "instead" || f[c1] == "moreover" || f[c1] == "nevertheless")) {
      std::uint32_t b = np_left(c1 - 1, sb);
      if (valid_speaker(b, c1 - 1)) return {b, c1 - 1};
      b = noun_phrase_left(c1 - 1, sb);
      if (b < c1 - 1) return {b, c1 - 1};
      return {};
    }
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
    if (!valid_speaker(b, c1 - 1)) {
      // Two appositives: "Marley Anders, 21, a student from Reno, said".
      std::uint32_t c0 = c1 - 1;  // the comma before the second appositive
      std::uint32_t a = c0;
      while (a > sb && !comma(a - 1) && c0 - a < 6 && toks[a - 1].kind != Tk::open_quote &&
             toks[a - 1].kind != Tk::close_quote)
        --a;
      if (a == sb || !comma(a - 1) || a == c0) return {};
      const bool first_app = toks[a].kind == Tk::number || match_office(d, f, a, c0).info ||
                             (toks[a].kind == Tk::word && !toks[a].has(f_cap) && f[a] != "and" && f[a] != "but");
      if (!first_app) return {};
      b = np_left(a - 1, sb);
      if (!valid_speaker(b, a - 1)) return {};
    }
    return {b, c2};
  }
  // "Sen. Ada Pell (D-Ore.) said": a parenthesis after the name.
  if (is(j - 1, ")")) {
    std::uint32_t o = j - 1;
    while (o > sb && !is(o - 1, "(") && j - o < 10) --o;
    if (o > sb + 1 && is(o - 1, "(")) {
      std::uint32_t b = np_left(o - 1, sb);
      if (b < o - 1 && valid_speaker(b, o - 1)) return {b, j};
    }
    return {};
  }
  // "Barkley, who said …", "voters who say …": the relative's antecedent, with "who".
  if (toks[j - 1].kind == Tk::word && (f[j - 1] == "who" || f[j - 1] == "which") && j - 1 > sb) {
    std::uint32_t w = j - 1;
    std::uint32_t end = w > sb && comma(w - 1) ? w - 1 : w;
    std::uint32_t b = np_left(end, sb);
    if (b < end && valid_speaker(b, end)) return {b, j};
    b = noun_phrase_left(end, sb);
    if (b < end) return {b, j};
    return {};
  }
  std::uint32_t b = np_left(j, sb);
  if (valid_speaker(b, j) && b > sb + 1) {
    SpeakerSpan outer = over_modifier(b, sb);
    if (outer.ok()) return {outer.b, j};
  }
  if (valid_speaker(b, j)) {
    // "Seventy percent of the residents said": a quantity of the group is the speaker.
    if (b > sb + 1 && (f[b - 1] == "of" || f[b - 1] == "in" || f[b - 1] == "at" || f[b - 1] == "from" ||
                       f[b - 1] == "for" || (toks[b - 1].kind == Tk::number && f[b - 2] == "in"))) {
      std::uint32_t wide = noun_phrase_left(j, sb);
      bool quantity = false;
      for (std::uint32_t k = wide; k < b; ++k)
        quantity |= toks[k].kind == Tk::number || quantifier(f[k]) || f[k].ends_with("percent");
      if (wide < b && quantity) return {wide, j};
      // "The family of John Smith", "a spokesman for the campaign", "Friends of Anna Lee": the
      // noun before "of" or "for" is the speaker's head.
      if (wide < b - 1 && (f[b - 1] == "of" || f[b - 1] == "for") && toks[b - 2].kind == Tk::word &&
          !d.person_at[b - 2] && !time_noun(f[b - 2]) && !clause_word(f[b - 2]))
        return {wide, j};
      // "speakers at the service", "officials in Washington": people in a place.
      if (wide < b - 1 && toks[b - 2].kind == Tk::word && !toks[b - 2].has(f_cap) &&
          (anonymous_head(f[b - 2]) || (f[b - 2].size() > 3 && f[b - 2].ends_with("s") && !f[b - 2].ends_with("ss") &&
                                        !time_noun(f[b - 2]) && !clause_word(f[b - 2]))))
        return {wide, j};
    }
    return {b, j};
  }
  b = noun_phrase_left(j, sb);
  if (b < j) return {b, j};
  return {};
}

// "Officials who spoke with The Huffington Post said", "A witness interviewed by congressional
// staff said", "Another source speaking to Fox News said": the noun phrase next to the cue (at
// b) is the object of a preposition inside a modifier of the real subject, which is returned.
SpeakerSpan Extractor::over_modifier(std::uint32_t b, std::uint32_t sb) const {
  const std::uint32_t p = b - 1;
  if (toks[p].kind != Tk::word) return {};
  const std::string& prep = f[p];
  if (!(prep == "by" || prep == "with" || prep == "to" || prep == "for" || prep == "from" || prep == "on" ||
        prep == "at" || prep == "in"))
    return {};
  auto lower_word = [&](std::uint32_t k) {
    return toks[k].kind == Tk::word && !toks[k].has(f_cap) && !toks[k].has(f_upper) && !toks[k].has(f_in_quote);
  };
  std::uint32_t mod = npos32;  // where the modifier starts
  if (p > sb + 1 && lower_word(p - 1) && f[p - 1].size() > 4 && (f[p - 1].ends_with("ed") || f[p - 1].ends_with("ing")))
    mod = p - 1;  // a participle: "interviewed by", "speaking to"
  for (std::uint32_t k = p; mod == npos32 && k > sb + 1 && p - k < 6; --k) {
    if (!lower_word(k - 1)) break;
    if ((f[k - 1] == "who" || f[k - 1] == "that") && k < p) mod = k - 1;  // "who spoke with"
  }
  if (mod == npos32 || mod <= sb) return {};
  std::uint32_t ob = np_left(mod, sb);
  if (ob < mod && valid_speaker(ob, mod)) return {ob, mod};
  ob = noun_phrase_left(mod, sb);
  if (ob < mod) return {ob, mod};
  return {};
}

// A subject noun phrase of any nouns, ending before `end`: a determiner or quantifier, then
// modifiers and a head ("the woman", "the GOP presidential candidate", "72 percent of
// Democrats", "Six in 10", "those surveyed", "a smiling Clinton", "both congressmen"), or bare
// plural nouns ("voters"). Returns its first token, or `end` when there is none.
std::uint32_t Extractor::noun_phrase_left(std::uint32_t end, std::uint32_t sb) const {
  if (end <= sb) return end;
  // The head: a word (or a number for "Six in 10") that is no closed-class word.
  const std::uint32_t h = end - 1;
  const Token& ht = toks[h];
  if (ht.has(f_in_quote)) return end;
  bool head_ok = false;
  if (ht.kind == Tk::number) head_ok = true;
  else if (ht.kind == Tk::word) {
    const std::string& w = f[h];
    head_ok = !clause_word(w) && !np_preposition(w) && !ly_adverb(w) && !cues.find(w) &&
              !time_noun(w) && !(w.size() > 4 && w.ends_with("ing"));
    // "those surveyed", "those polled": a participle after "those".
    if (!head_ok || (w.ends_with("ed") && !ht.has(f_cap)))
      head_ok = h > sb && (f[h - 1] == "those" || f[h - 1] == "people") && w.ends_with("ed");
  }
  if (!head_ok) return end;
  std::uint32_t b = h;
  for (std::uint32_t n = 0; b > sb && n < 12; ++n) {
    std::uint32_t p = b - 1;
    const Token& t = toks[p];
    if (t.has(f_in_quote)) break;
    if (t.kind == Tk::possessive || t.kind == Tk::number || (t.kind == Tk::punct && (s(p) == "%" || s(p) == "-"))) {
      b = p;
      continue;
    }
    if (t.kind != Tk::word) break;
    const std::string& w = f[p];
    if (np_preposition(w)) {
      // Only between two parts of a noun phrase: something nominal must stand before it.
      if (p == sb || toks[p - 1].kind == Tk::punct || clause_word(f[p - 1]) || np_preposition(f[p - 1])) break;
      b = p;
      continue;
    }
    if (np_opener(w)) { b = p; continue; }
    if (clause_word(w) || cues.find(w) || (ly_adverb(w) && !t.has(f_cap))) break;
    if (!t.has(f_cap) && w.ends_with("ing") && w.size() > 5) break;  // "going", "voting"
    b = p;
  }
  // The phrase must not open with a preposition, and must show it is a noun phrase: an opener,
  // a number, a capitalised word, or a plural head ("voters said").
  while (b < h && toks[b].kind == Tk::word && np_preposition(f[b])) ++b;
  const Token& bt = toks[b];
  const std::string& hw = f[h];
  bool shaped = (bt.kind == Tk::word && (np_opener(f[b]) || bt.has(f_cap) || bt.has(f_upper))) ||
                bt.kind == Tk::number || bt.kind == Tk::possessive ||
                (b == h && hw.size() > 3 && hw.ends_with("s") && !hw.ends_with("ss") && !hw.ends_with("us"));
  // A capitalised sentence opener alone ("Still said") is no speaker: it must be a name.
  if (b == h && bt.kind == Tk::word && (non_name_word(f[b]) || np_opener(f[b]))) shaped = false;
  // Quantifiers stand for people on their own: "Some say …", "Many said …", "Others warned …".
  if (b == h && bt.kind == Tk::word && quantifier(hw) && hw != "percent") shaped = true;
  if (!shaped) return end;
  return b;
}

}  // namespace claimlint::detail
