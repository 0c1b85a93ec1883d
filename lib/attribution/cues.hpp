// The lexicon of reporting cues: verbs in every form, and multi-word phrases.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/container_hash/hash.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

namespace claimlint::detail {

struct CueInfo {
  std::string lemma;
  bool bare_clause = false;  // may take a clause without "that" ("said the plan would fail")
  bool np_object = false;    // may take a noun phrase as its content ("confirmed his attendance")
  bool participle = false;   // this form is the -ing participle
  bool to_infinitive = false;  // "claimed to have destroyed"
};

// Hashing that looks strings up by string_view, without building a std::string.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return boost::hash_range(s.begin(), s.end()); }
};
struct StringEq {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};

struct CueLexicon {
  boost::unordered_flat_map<std::string, CueInfo, StringHash, StringEq> verbs;  // folded form -> info
  // Multi-word cues, folded, as word lists; the content follows them ("made it clear").
  std::vector<std::vector<std::string>> phrases;
  // First word of a phrase -> indices into `phrases`.
  boost::unordered_flat_map<std::string, std::vector<std::size_t>> phrase_first;
  // Adds a lemma with its regular forms (or the given forms).
  void add_lemma(std::string_view lemma, bool bare, bool np, bool to_inf, std::vector<std::string> forms = {});
  [[nodiscard]] const CueInfo* find(std::string_view folded) const {
    auto it = verbs.find(folded);
    return it == verbs.end() ? nullptr : &it->second;
  }
};

// The built-in lexicon, plus `extra` verbs (lemmas or forms) from the options.
CueLexicon make_cue_lexicon(const std::vector<std::string>& extra);
// The built-in lexicon alone, built once (thread-safe): "is this word a speech verb" for checks,
// which have no analyzer options at hand.
const CueLexicon& builtin_cues();

}  // namespace claimlint::detail
