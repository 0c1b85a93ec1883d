// The claim extractor: one pass over a document's sentences, split by stage into
// speakers.cpp, content.cpp, quotations.cpp, cue_forms.cpp and resolution.cpp (run() in claims.cpp).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/unordered/unordered_flat_map.hpp>

#include "attribution/cues.hpp"
#include "doc/doc.hpp"

namespace claimlint::detail {

// "they've", "she’d", "we'll": the pronoun of a contraction.
inline std::string_view pronoun_stem(std::string_view w) {
  std::size_t a = w.find('\'');
  if (a == std::string_view::npos) a = w.find("\u2019");
  return a == std::string_view::npos ? w : w.substr(0, a);
}
// Events where things are said: "at a news conference announcing …".
inline bool event_noun(std::string_view w) {
  return w == "conference" || w == "briefing" || w == "rally" || w == "speech" || w == "interview" || w == "event" ||
         w == "meeting" || w == "hearing" || w == "address" || w == "session" || w == "appearance" || w == "call";
}
inline bool pronoun(std::string_view w) {
  w = pronoun_stem(w);
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i";
}
inline bool modal_or_aux(std::string_view w) {
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
  std::vector<SpeakerSpan> speaker_tok;  // parallel to d.claims
  std::vector<std::uint32_t> claim_quote;  // parallel to d.claims: the quotation a direct claim is, or npos32
  std::vector<std::uint32_t> claimed_quotes;

  // Organisations named in the text: capitalised runs that are not people, places or titles.
  struct OrgMention {
    std::size_t start;
    std::string name;
    std::string type;  // a generic noun right after the name ("the Unite union"), or empty
    std::string key;   // its first word that is not a place name ("Velmora" of "Velmora Foods AG")
  };
  std::vector<OrgMention> orgs;
  bool orgs_found = false;
  struct OrgStats {
    std::size_t count = 0;
    std::string type;  // the first type given to it anywhere
  };
  boost::unordered_flat_map<std::string, OrgStats> org_stats;
  boost::unordered_flat_map<std::string, int> org_ids;
  // Roles given to people, by office, in text order: for "the chancellor said".
  boost::unordered_flat_map<std::string, std::vector<std::pair<std::size_t, int>>> roles_by_office;

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

  // speakers.cpp: noun phrases and speakers
  bool head_noun(std::uint32_t p, std::uint32_t end) const;
  // A word that can stand inside a speaker noun phrase.
  bool np_word(std::uint32_t p, std::uint32_t end) const;
  // A lower-case noun used as a modifier before a head ("fire officials", "union leaders").
  bool noun_modifier(std::uint32_t p) const;
  // Noun phrase ending just before `end`, within the sentence: returns its first token.
  std::uint32_t np_left(std::uint32_t end, std::uint32_t sb) const;
  // Noun phrase starting at `b` (inverted speaker: "said Dr. Ana Reis, the attorney").
  std::uint32_t np_right(std::uint32_t b, std::uint32_t se) const;
  // The first token after a dateline ("BRUSSELS (AP) — ", "LONDON, March 3 (Reuters) - ").
  std::uint32_t after_dateline(std::uint32_t sb, std::uint32_t limit) const;
  // The subject of a sentence, for participles and "but said" with no earlier speaker:
  // a noun phrase at its start, after an opening adverbial ("In Moscow,").
  SpeakerSpan subject(std::uint32_t sb, std::uint32_t limit) const;
  // A word opening a fronted adverbial: a preposition, a subordinator, a time or sentence adverb.
  bool fronted_opener(std::uint32_t k) const;
  // A claim of the content [cb, ce) after a cue: direct when a quotation makes it up.
  void claim_after_cue(std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp, std::uint32_t cb, std::uint32_t ce,
                       std::uint32_t se, bool saw_that, std::string channel);
  // Transcript turns: "TAPPER: …" paragraphs.
  void transcript_turns();
  // The subject of the clause ending at `limit` (after ", but" / ";" when there is one).
  SpeakerSpan clause_subject(std::uint32_t sb, std::uint32_t limit) const;
  // A cue verb in the passive ("is said to", "was accused of", "was quoted as saying").
  std::uint32_t passive_claim(std::uint32_t i, std::uint32_t cue_e, std::uint32_t sb, std::uint32_t se,
                              const CueInfo& info);
  // The subject whose modifier ends in the noun phrase at b ("officials who spoke with [X]").
  SpeakerSpan over_modifier(std::uint32_t b, std::uint32_t sb) const;
  // The head word of a speaker phrase: the last word before a post-modifier ("officials on both
  // sides", "people familiar with …", "officials, who …"), possessives skipped.
  std::uint32_t head_of(std::uint32_t b, std::uint32_t e) const;
  bool valid_speaker(std::uint32_t b, std::uint32_t e) const;
  SpeakerSpan speaker_left(std::uint32_t i, std::uint32_t sb) const;
  // A subject noun phrase of common nouns ending before `end` ("the woman", "72 percent of
  // Democrats"); returns its first token, or `end`.
  std::uint32_t noun_phrase_left(std::uint32_t end, std::uint32_t sb) const;

  // content.cpp: content boundaries and claims
  // A reporting verb, or a whole cue phrase, starts at token k.
  bool cue_starts_at(std::uint32_t k, std::uint32_t e) const;
  // A cue at k with its own subject right after b ("…, while the Chamber warned that").
  bool new_attribution_at(std::uint32_t b, std::uint32_t e) const;
  // Content [b, e): up to the sentence's end, cut before a participle clause, a final
  // non-restrictive "which" clause, "according to", "while …", and a new attribution.
  std::uint32_t content_end(std::uint32_t b, std::uint32_t se) const;
  void add_claim(ClaimKind kind, std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp, std::size_t cb,
                 std::size_t ce, std::string channel = {});
  // Adds a claim for tokens [b, e) of content, deciding direct / mixed / indirect.
  void content_claim(std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp, std::uint32_t b, std::uint32_t e,
                     ClaimKind indirect_kind = ClaimKind::indirect, std::string channel = {});
  std::string channel_of(std::uint32_t b, std::uint32_t e) const;
  // Adds `piece` (after the content so far) as the next part of c's content.
  void append_part(Claim& c, const Span& piece);
  // Words after a cue before its content: "on Tuesday", "in a statement", "reporters".
  std::uint32_t skip_to_content(std::uint32_t k, std::uint32_t se, std::string& channel, bool& saw_that,
                                std::uint32_t& cue_end) const;
  // Where the clause before a trailing cue starts: the sentence's start (after a dateline), or
  // after an earlier attribution of the same sentence ("X, the company said, Y, according to Z"
  // gives Y to Z). A claim nested in the clause does not cut it.
  std::uint32_t clause_start(std::uint32_t sb, std::uint32_t end) const;

  // quotations.cpp: quotations
  // A quote that closes just before token `k` (skipping a comma): returns its index or npos.
  std::uint32_t quote_before(std::uint32_t k, std::uint32_t sb) const;
  std::uint32_t quote_after(std::uint32_t k, std::uint32_t se) const;
  void quote_claim(std::uint32_t qi, std::uint32_t cue_b, std::uint32_t cue_e, SpeakerSpan sp);
  // "called/calls X “…”": the quotation that follows within a few words, or npos.
  // "called the plan a disaster": the end of object and complement, or npos32.
  std::uint32_t call_np(std::uint32_t i, std::uint32_t se) const;
  static bool adjective_shape(std::string_view w);
  std::uint32_t call_quote(std::uint32_t i, std::uint32_t se) const;
  // Colon quotes: "Hill: “…”"
  void colon_quotes(const Sentence& sent);
  // Quotes that open a sentence with no cue: they carry on the last speaker, and paragraphs
  // of a multi-paragraph quotation carry the speaker of its cue.
  void floating_quotes();
  // The token that starts at or after byte `byte`.
  std::uint32_t tok_at(std::size_t byte) const {
    auto it = std::lower_bound(toks.begin(), toks.end(), byte,
                               [](const Token& t, std::size_t b) { return t.start < b; });
    return static_cast<std::uint32_t>(std::min<std::size_t>(it - toks.begin(), toks.size() - 1));
  }
  std::uint32_t para_of(std::size_t byte) const;
  // One claim per act of saying: the pieces of a quotation split around its cue, and the
  // quotations that carry it on in the same paragraph (or reopen it in the next one), become
  // the parts of one claim.
  void join_pieces();

  // cue_forms.cpp: verb cues, "according to"
  void verb_cues(const Sentence& sent);
  void according_to(const Sentence& sent);
  static bool noun_homograph(std::string_view w);
  // Whether the words after "X, he said," carry on the interrupted clause.
  bool clause_goes_on(std::uint32_t k, std::uint32_t se) const;
  // A question after "asked" at token i; returns the last token used, or npos32 for none.
  std::uint32_t question_claim(std::uint32_t i, std::uint32_t sb, std::uint32_t se);

  // resolution.cpp: speaker resolution
  // "the company", "the English club": a determiner, modifiers, a generic noun, no name.
  bool generic_org(std::uint32_t b, std::uint32_t e) const;
  // The organisation "the company" most likely means: of those named before `pos` whose type
  // (from any of its mentions) is compatible, the one the text names most often (at least
  // twice); the latest on a tie.
  const OrgMention* org_before(std::size_t pos, std::string_view type) const;
  void find_orgs();
  int org_entity(const std::string& name);
  int person_with_office_before(const std::string& office, std::size_t pos);
  // Whether byte `pos` lies in some claim's content (claims are sorted by content start).
  bool inside_content(std::size_t pos) const;
  // Index of the first person mention at or after byte `pos`.
  std::size_t person_from(std::size_t pos) const;
  // The person mentioned last before token `k`, compatible with the pronoun.
  int antecedent(std::uint32_t k, char gender, std::size_t claim_idx) const;
  void resolve_speakers();

  // claims.cpp: all stages, in order
  void run();
};

}  // namespace claimlint::detail
