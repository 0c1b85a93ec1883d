// Cue forms: reporting verbs and cue phrases with their speaker and content; "according to".
#include "attribution/extractor.hpp"

#include "mentions/lexicon.hpp"
#include "mentions/match.hpp"

namespace claimlint::detail {

namespace {

bool adverbial_start(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "late" || w == "earlier" ||
         w == "last" || w == "this" || w == "via" || w == "through" || w == "when" || w == "yesterday" ||
         w == "today" || w == "recently" || w == "previously" || w == "before" || w == "afterwards";
}
// Verbs that take a bare clause ("said the plan would fail") whatever follows.
bool strong_bare(std::string_view lemma) {
  return lemma == "say" || lemma == "add" || lemma == "warn" || lemma == "insist" || lemma == "argue" ||
         lemma == "claim" || lemma == "note" || lemma == "state" || lemma == "explain" || lemma == "stress" ||
         lemma == "emphasize" || lemma == "emphasise" || lemma == "acknowledge" || lemma == "admit" ||
         lemma == "concede" || lemma == "believe" || lemma == "think" || lemma == "write" || lemma == "tweet" ||
         lemma == "predict" || lemma == "estimate" || lemma == "suggest" || lemma == "contend" || lemma == "assert";
}
bool clause_start_blocked(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "to" || w == "for" || w == "with" || w == "by" ||
         w == "from" || w == "so" || w == "nothing" || w == "goodbye" || w == "as" ||
         w == "after" || w == "before" || w == "during" || w == "of" || w == "through";
}
bool weekday_word(std::string_view w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" ||
         w == "saturday" || w == "sunday" || w == "yesterday" || w == "today" || w == "tonight";
}

}  // namespace

void Extractor::verb_cues(const Sentence& sent) {
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
      // "X called the decision “a major victory”": what was called and the quoted name given
      // to it are the claim ("the judge a “hater of Donald Trump”").
      SpeakerSpan csp = speaker_left(i, sb);
      std::uint32_t qa = call_quote(i, se);
      if (csp.ok() && !used[d.text.quotes[qa].open_tok]) {
        const Quote& q = d.text.quotes[qa];
        if (q.open_tok == i + 1) {
          quote_claim(qa, i, i + 1, csp);
        } else {
          std::uint32_t ce = content_end(i + 1, se);
          if (q.close_tok != npos32 && ce <= q.close_tok) ce = std::min(se, q.close_tok + 1);
          content_claim(i, i + 1, csp, i + 1, ce, ClaimKind::mixed);
        }
        last_speaker = csp;
      }
      continue;
    } else if (std::uint32_t ce = call_np(i, se); ce != npos32) {
      // "X called the plan a disaster", "branded him a liar", "called the ruling unfair".
      SpeakerSpan csp = speaker_left(i, sb);
      if (csp.ok() && !(i > sb && (f[i - 1] == "was" || f[i - 1] == "is" || f[i - 1] == "be" || f[i - 1] == "been"))) {
        content_claim(i, i + 1, csp, i + 1, ce, ClaimKind::indirect);
        last_speaker = csp;
        i = ce - 1;
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
    // A cue form that is also a noun, after a determiner and a modifier: "his first report".
    if (i > sb + 1 && noun_homograph(f[i]) && (determiner(f[i - 2]) || toks[i - 2].kind == Tk::possessive) &&
        toks[i - 1].kind == Tk::word && !toks[i - 1].has(f_cap))
      continue;
    // "state" and "states" are mostly nouns ("secretary of state", "state parties", "in five
    // states"): a cue only with "that", a colon or a quotation right after it.
    if (info->lemma == "state" && (f[i] == "state" || f[i] == "states") &&
        !(i + 1 < se && (f[i + 1] == "that" || is(i + 1, ":") || toks[i + 1].kind == Tk::open_quote)))
      continue;
    // A question: "asked Mook if …", "When asked whether …", "was asked about …".
    if (info->lemma == "ask") {
      if (std::uint32_t next = question_claim(i, sb, se); next != npos32) i = next;
      continue;
    }

    // The passive: "Smith is said to be furious", "It was reported that …", "Quiros was accused
    // of fraud", "was quoted as saying …". The subject is what the claim is about, not its
    // speaker: the speaker is the agent after "by", or nobody named.
    if (std::uint32_t next = passive_claim(i, cue_e, sb, se, *info); next != npos32) {
      i = next;
      continue;
    }
    std::string channel;
    SpeakerSpan sp;
    bool borrowed = false;  // a speaker taken from elsewhere in the sentence
    // A participle or a coordinated verb continues the speaker: "…, adding that",
    // "… and warned that", "… but said".
    bool after_comma = i > sb && (comma(i - 1) || (toks[i - 1].kind == Tk::close_quote && i > sb + 1 && comma(i - 2)));
    bool continuation = i > sb && ((info->participle && (after_comma || f[i - 1] == "while" || f[i - 1] == "and")) ||
                                   (!info->participle && (f[i - 1] == "and" || f[i - 1] == "but")));
    if (continuation) {
      sp = last_speaker.ok() ? last_speaker : clause_subject(sb, i);
      if (!sp.ok()) continue;
    } else {
      sp = speaker_left(i, sb);
      // "X issued a statement saying …", "sent a text message to supporters saying …": a
      // participle after a document the subject put out reports the subject's words.
      if (sp.ok() && info->participle && sp.b > sb) {
        std::uint32_t doc_end = sp.e;
        std::uint32_t k = sp.b;
        // "… a text message to supporters saying": the document before a "to" object.
        for (std::uint32_t m = sp.b + 1; m < sp.e; ++m)
          if (f[m] == "to") { doc_end = m; break; }
        if (doc_end == sp.e && k >= sb + 2 && f[k - 1] == "to") {
          std::uint32_t b2 = noun_phrase_left(k - 1, sb);
          if (b2 < k - 1) { doc_end = k - 1; k = b2; }
        }
        const std::string& dh = f[head_of(k, doc_end)];
        if (doc_end > k && document_head(dh) && k > sb && toks[k - 1].kind == Tk::word &&
            !np_preposition(f[k - 1]) && !pronoun(f[k - 1])) {
          SpeakerSpan subj = subject(sb, k);
          if (subj.ok() && subj.e < k) { sp = subj; borrowed = true; }
        } else if (doc_end > k && (document_head(dh) || event_noun(dh)) && k > sb && toks[k - 1].kind == Tk::word &&
                   (f[k - 1] == "in" || f[k - 1] == "at" || f[k - 1] == "during" || f[k - 1] == "with")) {
          // "In a statement announcing the endorsement, the union …", "she said at a news
          // conference announcing …": the speaker of the clause the phrase belongs to.
          if (last_speaker.ok() && last_speaker.e <= k) {
            sp = last_speaker;
          } else {
            SpeakerSpan subj = subject(sb, se);
            if (subj.ok() && subj.b > i) sp = subj;
            else if (subj.ok() && subj.e <= k) sp = subj;
            else sp = {};
          }
          if (!sp.ok()) continue;
          borrowed = true;
        }
      }
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
    std::uint32_t qb = continuation || borrowed ? npos32 : quote_before(inverted ? i : sp.b, sb);
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
        if (is(cb, ":") && cb + 1 == se && se + 1 < toks.size() && toks[se].kind == Tk::open_quote &&
            toks[se + 1].quote != npos32 && d.text.quotes[toks[se + 1].quote].open_tok == se &&
            !used[se]) {
          // "He said:" with the quotation in the next paragraph.
          quote_claim(toks[se + 1].quote, i, cue_e, sp);
          last_speaker = sp;
          i = cue_e - 1;
          continue;
        } else if (is(cb, ":") || comma(cb)) {
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
        // "Mara Quell, who said the vote was rigged, lost the appeal": the relative clause ends
        // at its comma.
        if (sp.ok() && sp.e == i && sp.e > sp.b + 1 && (f[sp.e - 1] == "who" || f[sp.e - 1] == "which") &&
            comma(sp.e - 2))
          for (std::uint32_t m = cb; m < ce; ++m)
            if (comma(m) && !toks[m].has(f_in_quote)) { ce = m; break; }
        if (ce > cb) {
          claim_after_cue(i, cue_e, sp, cb, ce, se, saw_that, channel);
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
      // A cue inside the clause: "Bob, they said, ordered them to wait." The clause goes on
      // after the cue's closing comma and is the second part of the same content.
      if (tail + 1 < se && comma(tail) && toks[tail + 1].kind == Tk::word && !toks[tail + 1].has(f_in_quote) &&
          clause_goes_on(tail + 1, se)) {
        std::uint32_t ce = content_end(tail + 1, se);
        while (ce > tail + 1 && (comma(ce - 1) || toks[ce - 1].kind == Tk::dash)) --ce;
        if (ce > tail + 1) {
          Claim& c = d.claims.back();
          append_part(c, d.tok_span(tail + 1, ce));
          if (c.kind == ClaimKind::direct) c.kind = ClaimKind::mixed;
          for (std::uint32_t k = tail + 1; k < ce; ++k) used[k] = 1;
          i = ce - 1;
        }
      }
    }
  }
}

namespace {
// Verbs whose passive takes an infinitive of what is said or believed ("is said to be", "is
// believed to have fled"), unlike "was told to leave" or "is expected to win".
bool belief_lemma(std::string_view l) {
  return l == "say" || l == "report" || l == "believe" || l == "think" || l == "understand" || l == "allege" ||
         l == "rumor" || l == "rumour" || l == "claim" || l == "estimate" || l == "know" || l == "consider" ||
         l == "suppose" || l == "reckon" || l == "fear";
}
}  // namespace

// A cue verb in the passive (see verb_cues). Returns the last token used, or npos32 when the
// cue at i is not a passive.
std::uint32_t Extractor::passive_claim(std::uint32_t i, std::uint32_t cue_e, std::uint32_t sb, std::uint32_t se,
                                       const CueInfo& info) {
  const std::string& w = f[i];
  // "was quoted as saying …", "was heard saying …": the subject is the speaker after all.
  if (w == "saying" && i >= sb + 2 && (f[i - 1] == "as" || f[i - 1] == "heard") &&
      (f[i - 2] == "quoted" || f[i - 2] == "heard" || f[i - 2] == "recorded" || f[i - 2] == "cited" ||
       f[i - 1] == "heard")) {
    const std::uint32_t v = f[i - 1] == "heard" ? i - 1 : i - 2;
    SpeakerSpan sp = speaker_left(v, sb);
    if (!sp.ok()) return npos32;
    bool saw_that = false;
    std::string channel;
    std::uint32_t ce_cue = cue_e;
    std::uint32_t cb = skip_to_content(cue_e, se, channel, saw_that, ce_cue);
    std::uint32_t ce = content_end(cb, se);
    if (ce <= cb) return npos32;
    claim_after_cue(v, ce_cue, sp, cb, ce, se, saw_that, channel);
    return ce - 1;
  }
  const bool past_participle = (w.size() > 4 && w.ends_with("ed")) || w == "said" || w == "told" || w == "thought" ||
                               w == "known" || w == "written" || w == "understood" || w == "heard" || w == "shown";
  if (!past_participle || cue_e != i + 1) return npos32;
  std::uint32_t j = i;
  while (j > sb && toks[j - 1].kind == Tk::word && (ly_adverb(f[j - 1]) || f[j - 1] == "also" || f[j - 1] == "not" ||
                                                     f[j - 1] == "being" || f[j - 1] == "been" || f[j - 1] == "never" ||
                                                     f[j - 1] == "often" || f[j - 1] == "once"))
    --j;
  if (j == sb || toks[j - 1].kind != Tk::word) return npos32;
  const std::string& be = f[j - 1];
  const bool passive = be == "is" || be == "are" || be == "was" || be == "were" || be == "be" || be == "been" ||
                       be == "being" || be == "it's" || be == "he's" || be == "she's" || be == "isn't" || be == "wasn't";
  if (!passive && !(j < i && (f[j] == "been" || f[j] == "being"))) return npos32;
  // The agent: "was accused by Democrats of …", "was described by aides as …".
  SpeakerSpan sp;
  std::uint32_t k = cue_e;
  if (k + 1 < se && f[k] == "by") {
    // The agent runs to the word that opens what was said: "of", "as", "to", "that".
    std::uint32_t e = k + 1;
    while (e < se && e - k <= 8 && (toks[e].kind == Tk::word || toks[e].kind == Tk::possessive) &&
           !toks[e].has(f_in_quote) && f[e] != "of" && f[e] != "as" && f[e] != "to" && f[e] != "that")
      ++e;
    if (e > k + 1 && e < se && toks[e - 1].kind == Tk::word && !time_noun(f[e - 1]) && !clause_word(f[e - 1]) &&
        (f[e] == "of" || f[e] == "as" || f[e] == "to" || f[e] == "that")) {
      sp = {k + 1, e};
      k = e;
    }
  }
  // What was said: a "that" clause, an infinitive ("is said to be furious"), "of" after an
  // accusation verb, "as" after a description verb, or a quotation.
  std::uint32_t cb = npos32;
  if (k < se && toks[k].kind == Tk::word) {
    if (f[k] == "that") cb = k + 1;
    else if (f[k] == "to" && k + 1 < se && belief_lemma(info.lemma) && toks[k + 1].kind == Tk::word && !determiner(f[k + 1]) &&
             !toks[k + 1].has(f_cap) && !pronoun(f[k + 1]))
      cb = k;  // "to be furious"; not "told to the court", "said to reporters"
    else if (f[k] == "of" && (info.lemma == "accuse" || info.lemma == "suspect")) cb = k;
    else if (f[k] == "as" && (info.lemma == "describe" || info.lemma == "characterize" || info.lemma == "characterise"))
      cb = k + 1;
  } else if (k < se && (toks[k].kind == Tk::open_quote || (comma(k) && k + 1 < se && toks[k + 1].kind == Tk::open_quote))) {
    cb = k;
  }
  if (cb == npos32 || cb >= se) return npos32;
  std::uint32_t ce = content_end(cb, se);
  if (ce <= cb) return npos32;
  content_claim(i, cue_e, sp, cb, ce, ClaimKind::indirect);
  return ce - 1;
}

// Forms of cue verbs that are also common nouns.
bool Extractor::noun_homograph(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "report", "reports", "claim", "claims", "promise", "promises", "comment", "comments", "answer", "answers",
      "question", "questions", "post", "posts", "order", "orders", "request", "requests", "demand", "demands",
      "estimate", "estimates", "forecast", "forecasts", "ruling", "finding", "findings", "warning", "warnings",
      "tweet", "tweets", "note", "notes", "pledge", "pledges", "vow", "vows", "charge", "charges", "reply",
      "replies", "response", "statement", "hope", "hopes", "fear", "fears", "doubt", "doubts", "guess", "protest",
      "protests", "concern", "concerns", "testimony", "remark", "remarks", "counter", "dispute", "judge"};
  for (auto k : kWords)
    if (w == k) return true;
  return false;
}

// After "X, he said," the words go on with the interrupted clause, not with an adjunct of the
// cue: a verb, an adverb, a subject ("… ordered them", "… now have", "… the deal holds"), not a
// participle ("citing"), a preposition ("in a statement"), a subordinator ("as", "because") or
// a new attribution.
bool Extractor::clause_goes_on(std::uint32_t k, std::uint32_t se) const {
  const std::string& w = f[k];
  if (toks[k].has(f_cap) && !toks[k].has(f_upper) && !d.person_at[k]) {
    // A capitalised word here is a name or a new sentence-like start; names only.
    return false;
  }
  if (w.size() > 4 && w.ends_with("ing")) return false;
  static constexpr std::string_view kNot[] = {
      "according", "in", "on", "at", "after", "before", "during", "as", "because", "since", "while", "when",
      "whereas", "although", "though", "if", "unless", "and", "but", "or", "so", "adding", "noting", "to", "for",
      "with", "without", "from", "by", "than", "referring", "who", "which", "where", "speaking", "via", "through",
      "like", "despite", "amid", "following", "including", "calling", "until"};
  for (auto x : kNot)
    if (w == x) return false;
  if (new_attribution_at(k, se)) return false;
  return true;
}

// "asked (X) if/whether/why/how/what/about/to …": the question is the content. A passive
// ("was asked", "When asked", "Asked …") has no speaker here: the asker is not named.
std::uint32_t Extractor::question_claim(std::uint32_t i, std::uint32_t sb, std::uint32_t se) {
  std::uint32_t k = i + 1;
  // The person asked: a pronoun, a name, "reporters", "the senator" (a few words).
  for (std::uint32_t n = 0; k < se && n < 6; ++n, ++k) {
    const std::string& w = f[k];
    if (toks[k].kind != Tk::word && toks[k].kind != Tk::possessive) break;
    if (w == "if" || w == "whether" || w == "why" || w == "how" || w == "what" || w == "about" || w == "to" ||
        w == "where" || w == "when" || w == "who" || w == "which")
      break;
  }
  if (k >= se || toks[k].kind != Tk::word) return npos32;
  const std::string& q = f[k];
  const bool about = q == "about";
  if (!(about || q == "if" || q == "whether" || q == "why" || q == "how" || q == "what" || q == "to" ||
        q == "where" || q == "when" || q == "who" || q == "which"))
    return npos32;
  if (q == "to" && k != i + 1 && !(toks[i + 1].kind == Tk::word && (pronoun(f[i + 1]) || f[i + 1] == "him" ||
                                                                  f[i + 1] == "her" || f[i + 1] == "them" ||
                                                                  f[i + 1] == "me" || f[i + 1] == "us" ||
                                                                  toks[i + 1].has(f_cap))))
    return npos32;
  std::uint32_t cb = about ? k + 1 : k;
  std::uint32_t cue_e = about && k == i + 1 ? k + 1 : i + 1;
  if (cb >= se) return npos32;
  std::uint32_t ce = content_end(cb, se);
  // The question ends at the comma that closes an opening "When asked …," clause.
  for (std::uint32_t m = cb; m < ce; ++m)
    if (comma(m) && !toks[m].has(f_in_quote)) { ce = m; break; }
  if (ce <= cb) return npos32;
  // Who asked: nobody named in a passive; else the subject on the left.
  std::uint32_t j = i;
  while (j > sb && toks[j - 1].kind == Tk::word && (ly_adverb(f[j - 1]) || f[j - 1] == "also" || f[j - 1] == "then")) --j;
  const bool passive = j == sb || (toks[j - 1].kind == Tk::word &&
                                   (f[j - 1] == "was" || f[j - 1] == "were" || f[j - 1] == "is" || f[j - 1] == "are" ||
                                    f[j - 1] == "be" || f[j - 1] == "been" || f[j - 1] == "being" || f[j - 1] == "when" ||
                                    f[j - 1] == "if" || f[j - 1] == "after" || f[j - 1] == "while")) ||
                       comma(j - 1);
  // "asking" is active: "X is asking Y to …" has X as its speaker, and after a comma ("…, asking
  // them to host events") the speaker is the clause's subject.
  const bool progressive = f[i].ends_with("ing");
  SpeakerSpan sp;
  if (progressive && j > sb && comma(j - 1)) sp = clause_subject(sb, i);
  else if (progressive || !passive) sp = speaker_left(i, sb);
  if (progressive && !sp.ok()) return npos32;
  if (!passive && !progressive && !sp.ok()) return npos32;
  content_claim(i, cue_e, sp, cb, ce, ClaimKind::indirect);
  return ce - 1;
}

void Extractor::according_to(const Sentence& sent) {
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

}  // namespace claimlint::detail
