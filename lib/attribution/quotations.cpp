// Quotations: quotes next to a cue, colon quotes, and quotes that carry on the last speaker.
#include "attribution/extractor.hpp"

#include "mentions/lexicon.hpp"

#include <algorithm>

namespace claimlint::detail {

// A quote that closes just before token `k` (skipping a comma): returns its index or npos.
std::uint32_t Extractor::quote_before(std::uint32_t k, std::uint32_t sb) const {
  std::uint32_t j = k;
  if (j > sb && comma(j - 1)) --j;
  if (j > sb && toks[j - 1].kind == Tk::close_quote) {
    for (std::uint32_t qi = 0; qi < d.text.quotes.size(); ++qi)
      if (d.text.quotes[qi].close_tok == j - 1) return qi;
  }
  return npos32;
}

std::uint32_t Extractor::quote_after(std::uint32_t k, std::uint32_t se) const {
  std::uint32_t j = k;
  while (j < se && (comma(j) || is(j, ":"))) ++j;
  if (j < se && toks[j].kind == Tk::open_quote && j + 1 < toks.size() && toks[j + 1].quote != npos32)
    return toks[j + 1].quote;
  return npos32;
}

void Extractor::quote_claim(std::uint32_t qi, std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp) {
  const Quote& q = d.text.quotes[qi];
  if (q.begin_tok >= q.end_tok) return;
  for (std::uint32_t k = q.open_tok; k < q.end_tok; ++k) used[k] = 1;
  std::size_t cb = q.content_start, ce = q.content_end;
  while (ce > cb && (d.src[ce - 1] == ',' || d.src[ce - 1] == ' ' || d.src[ce - 1] == '\n')) --ce;
  add_claim(ClaimKind::direct, cue_b, cue_e, sp, cb, ce);
  claim_quote.back() = qi;
  claimed_quotes.push_back(qi);
}

// "called/calls X “…”": the quotation that follows within a few words, or npos.
std::uint32_t Extractor::call_quote(std::uint32_t i, std::uint32_t se) const {
  const std::string& w = f[i];
  if (w != "called" && w != "calls" && w != "call" && w != "calling" && w != "described" && w != "describes" &&
      w != "branded" && w != "labelled" && w != "labeled" && w != "dubbed")
    return npos32;
  for (std::uint32_t k = i + 1; k < se && k < i + 14; ++k) {
    if (toks[k].kind == Tk::open_quote) return k + 1 < se && toks[k + 1].quote != npos32 ? toks[k + 1].quote : npos32;
    if (toks[k].kind != Tk::word && toks[k].kind != Tk::possessive && toks[k].kind != Tk::number) return npos32;
  }
  return npos32;
}

// "called the plan a disaster", "branded him a liar", "called the ruling unfair": a naming
// verb, an object and a second noun phrase or an evaluative adjective. Returns the end of the
// content (object and complement), or npos32. Not "called the police", "called a meeting",
// "called off the talks", "called it quits".
std::uint32_t Extractor::call_np(std::uint32_t i, std::uint32_t se) const {
  const std::string& w = f[i];
  if (w != "called" && w != "calls" && w != "call" && w != "calling" && w != "branded" && w != "labelled" &&
      w != "labeled" && w != "dubbed")
    return npos32;
  std::uint32_t k = i + 1;
  if (k >= se || toks[k].kind != Tk::word || toks[k].has(f_in_quote)) return npos32;
  // The object: an object pronoun, a name, or a determiner or possessive and up to four words.
  const std::string& o = f[k];
  if (o == "him" || o == "her" || o == "them" || o == "it" || o == "me" || o == "us" || o == "himself" ||
      o == "herself" || o == "themselves") {
    ++k;
  } else if (toks[k].has(f_cap) && !determiner(o)) {
    while (k < se && toks[k].kind == Tk::word && toks[k].has(f_cap) && k - i < 5) ++k;
  } else if (determiner(o) || o == "his" || o == "their" || o == "its" || o == "our" || o == "your" || o == "my") {
    if (o == "a" || o == "an") return npos32;  // "called a meeting"
    ++k;
    while (k < se && toks[k].kind == Tk::word && !toks[k].has(f_in_quote) && k - i < 6 && f[k] != "a" &&
           f[k] != "an" && !np_preposition(f[k]) && f[k] != "to" && f[k] != "and" && !adjective_shape(f[k]))
      ++k;
  } else {
    return npos32;
  }
  if (k >= se || toks[k].kind != Tk::word || k == i + 1) return npos32;
  if (f[k] == "quits") return npos32;
  std::uint32_t cb = k;
  if (f[k] == "a" || f[k] == "an") {
    if (k + 1 >= se || toks[k + 1].kind != Tk::word) return npos32;
  } else if (adjective_shape(f[k]) && !toks[k].has(f_cap)) {
    if (k + 1 < se && !(comma(k + 1) || final_punct(k + 1) || f[k + 1] == "and" || f[k + 1] == "but" ||
                        is(k + 1, ";")))
      return npos32;
  } else {
    return npos32;
  }
  std::uint32_t ce = content_end(cb, se);
  return ce > cb ? ce : npos32;
}

// Adjectives by their ending or by meaning in judgements: "unconstitutional", "ridiculous",
// "unfair", "irresponsible", "dangerous".
bool Extractor::adjective_shape(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {"ous", "ible", "able", "ful", "ive", "ic", "less", "ent",
                                                   "ant", "al", "ist", "ish", "ary", "ical"};
  static constexpr std::string_view kWords[] = {"fair", "unfair", "wrong", "absurd", "crazy", "dead", "false", "silly",
                                                "stupid", "insane", "weak", "cruel", "corrupt", "rigged", "unfit",
                                                "hypocritical", "unacceptable", "disgraceful", "bad", "good", "great"};
  for (auto a : kWords)
    if (w == a) return true;
  if (w.size() < 5) return false;
  for (auto sfx : kSuffixes)
    if (w.ends_with(sfx)) return true;
  return false;
}

// Colon quotes: "Hill: “…”"
void Extractor::colon_quotes(const Sentence& sent) {
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

// Transcript turns: "TAPPER: Do you think …", "JAKE TAPPER: …". A paragraph that opens with an
// upper-case label and a colon is the label's speech when the label names a person of the text
// (by surname) or when the text is a dialogue (two or more labels, three or more turns).
// Section labels ("UPDATE:", "BYLINE:", "EXCLUSIVE:") are neither.
void Extractor::transcript_turns() {
  struct Turn {
    std::uint32_t b, colon, para;
  };
  std::vector<Turn> turns;
  for (std::uint32_t p = 0; p < d.text.paras.size(); ++p) {
    const Paragraph& para = d.text.paras[p];
    std::uint32_t b = para.tok_begin, k = b;
    while (k < para.tok_end && k - b < 4 &&
           ((toks[k].kind == Tk::word && toks[k].has(f_upper) && d.text.str(k).size() >= 2) ||
            (is(k, ".") && k > b && title_abbreviation(f[k - 1])) || (is(k, ".") && k > b && honorific(f[k - 1]))))
      ++k;
    if (k == b || k + 1 >= para.tok_end || !is(k, ":") || toks[k].has(f_in_quote)) continue;
    turns.push_back({b, k, p});
  }
  if (turns.empty()) return;
  auto label_key = [&](const Turn& t) { return f[t.colon - 1]; };
  boost::unordered_flat_map<std::string, int> label_count;
  for (const auto& t : turns) ++label_count[label_key(t)];
  static constexpr std::string_view kSections[] = {
      "update", "updated", "email", "exclusive", "byline", "busted", "boom", "look", "watch", "breaking", "note",
      "correction", "clarification", "related", "photo", "photos", "video", "source", "sources", "more", "editor",
      "abstract", "summary", "analysis", "opinion", "live", "warning", "read", "credit", "ap", "afp", "reuters"};
  // Surnames of the text's people.
  boost::unordered_flat_map<std::string, int> surname;
  for (std::size_t e = 0; e < d.entities.size(); ++e) {
    const auto& ent = d.entities[e];
    if (ent.kind != EntityKind::person) continue;
    auto sp = ent.name.rfind(' ');
    surname.emplace(fold(sp == std::string::npos ? ent.name : ent.name.substr(sp + 1)), static_cast<int>(e + 1));
  }
  const bool dialogue = label_count.size() >= 2 && turns.size() >= 3;
  for (const auto& t : turns) {
    const std::string& key = label_key(t);
    bool section = false;
    for (auto w : kSections) section |= key == w;
    if (section) continue;
    auto named = surname.find(key);
    const bool repeated = label_count[key] >= 2;
    if (named == surname.end() && !(dialogue && repeated)) continue;
    const Paragraph& para = d.text.paras[t.para];
    std::uint32_t cb = t.colon + 1, ce = para.tok_end;
    if (cb >= ce || used[cb]) continue;
    const std::size_t before = d.claims.size();
    content_claim(t.colon, t.colon + 1, SpeakerSpan{t.b, t.colon}, cb, ce, ClaimKind::direct);
    if (d.claims.size() > before && named != surname.end()) {
      Claim& c = d.claims.back();
      c.speaker.entity = named->second;
      c.speaker.name = d.entities[named->second - 1].name;
      c.speaker.speaker_class = SpeakerClass::person;
    }
  }
}

// Quotes that open a sentence with no cue: they carry on the last speaker, and paragraphs
// of a multi-paragraph quotation carry the speaker of its cue.
void Extractor::floating_quotes() {
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
    // Another person named between that claim's sentence and the quote (outside quotations)
    // may be the new speaker: the quote inherits nobody ("Smith said … . Jones, the mayor, was
    // not there. “We are sad.”").
    if (!q.continuation) {
      int own = 0;
      for (std::uint32_t k = sp.b; k < sp.e && !own; ++k)
        if (d.person_at[k]) own = d.persons[d.person_at[k] - 1].entity;
      const std::uint32_t cue_at = tok_at(d.claims[best].cue.span.start);
      const std::uint32_t from = d.text.sents[d.text.sent_of_tok[cue_at]].tok_end;
      bool other = false;
      for (std::size_t p = person_from(from < toks.size() ? toks[from].start : pos); p < d.persons.size(); ++p) {
        const auto& pm = d.persons[p];
        if (pm.tb >= q.open_tok) break;
        if (toks[pm.tb].has(f_in_quote) || (own && pm.entity == own)) continue;
        other = true;
        break;
      }
      if (other) continue;
    }
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
    claim_quote.push_back(qi);
    d.claims.push_back(std::move(c));
    by_pos.insert(std::upper_bound(by_pos.begin(), by_pos.end(), std::make_pair(pos, d.claims.size() - 1)),
                  std::make_pair(pos, d.claims.size() - 1));
    claimed_quotes.push_back(qi);
  }
}

void Extractor::join_pieces() {
  if (d.claims.size() < 2) return;
  std::size_t kept = 0;
  for (std::size_t k = 1; k < d.claims.size(); ++k) {
    Claim& p = d.claims[kept];
    Claim& c = d.claims[k];
    const std::uint32_t qi = claim_quote[k];
    bool join = qi != npos32 && c.cue.span.start == p.cue.span.start && c.cue.span.end == p.cue.span.end &&
                speaker_tok[k].b == speaker_tok[kept].b && speaker_tok[k].e == speaker_tok[kept].e &&
                c.content.span.start >= p.content.span.end;
    if (join) {
      // The same paragraph, or a quotation that reopens in the next paragraph.
      const std::uint32_t pp = para_of(p.content.span.end > 0 ? p.content.span.end - 1 : 0);
      const Quote& q = d.text.quotes[qi];
      join = q.para == pp || (q.continuation && q.para == pp + 1);
    }
    if (!join) {
      ++kept;
      if (kept != k) {
        d.claims[kept] = std::move(d.claims[k]);
        speaker_tok[kept] = speaker_tok[k];
        claim_quote[kept] = claim_quote[k];
      }
      continue;
    }
    append_part(p, c.content.span);
    if (c.span.start < p.span.start) p.span = d.span(c.span.start, p.span.end);
    if (p.kind != ClaimKind::direct) p.kind = ClaimKind::mixed;
    claim_quote[kept] = qi;
  }
  d.claims.resize(kept + 1);
  speaker_tok.resize(kept + 1);
  claim_quote.resize(kept + 1);
}

std::uint32_t Extractor::para_of(std::size_t byte) const {
  const auto& ps = d.text.paras;
  auto it = std::upper_bound(ps.begin(), ps.end(), byte, [](std::size_t b, const Paragraph& p) { return b < p.end; });
  return static_cast<std::uint32_t>(it - ps.begin());
}

}  // namespace claimlint::detail
