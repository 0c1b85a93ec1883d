// Attribution: cues, speakers, contents; then speaker resolution (names, pronouns, roles).
// The stages are in speakers.cpp, content.cpp, quotations.cpp, cue_forms.cpp and resolution.cpp.
#include <algorithm>

#include "attribution/extractor.hpp"

namespace claimlint::detail {

void Extractor::run() {
  for (const auto& sent : d.text.sents) {
    verb_cues(sent);
    according_to(sent);
    colon_quotes(sent);
  }
  transcript_turns();
  floating_quotes();
  // Order claims by position, keeping speaker tokens aligned.
  std::vector<std::size_t> idx(d.claims.size());
  for (std::size_t k = 0; k < idx.size(); ++k) idx[k] = k;
  std::stable_sort(idx.begin(), idx.end(),
                   [&](auto a, auto b) { return d.claims[a].content.span.start < d.claims[b].content.span.start; });
  // Claims mostly come in order: then nothing moves. Otherwise the copies are reserved, so that
  // the peak is the claims twice, not three times (a vector growing by doubling).
  bool in_order = true;
  for (std::size_t k = 0; k < idx.size() && in_order; ++k) in_order = idx[k] == k;
  if (!in_order) {
    std::vector<Claim> claims;
    std::vector<SpeakerSpan> sps;
    std::vector<std::uint32_t> cqs;
    claims.reserve(idx.size());
    sps.reserve(idx.size());
    cqs.reserve(idx.size());
    for (auto k : idx) {
      claims.push_back(std::move(d.claims[k]));
      sps.push_back(speaker_tok[k]);
      cqs.push_back(claim_quote[k]);
    }
    d.claims = std::move(claims);
    speaker_tok = std::move(sps);
    claim_quote = std::move(cqs);
  }
  join_pieces();
  resolve_speakers();
}

void extract_claims(Doc& doc, const CueLexicon& cues) {
  Extractor x(doc, cues);
  x.run();
}

}  // namespace claimlint::detail
