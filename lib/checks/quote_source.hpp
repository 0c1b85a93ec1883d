// Quote integrity against source material (quote.not-in-source, quote.altered,
// quote.wrong-speaker, quote.spliced) and across revisions (revision.*).
//
// Sources are indexed once (SourceIndex: every run of three normalised words -> its places);
// each quotation of a draft is then aligned through that index, so the cost of one quotation
// does not grow with the size of the sources (past the lookups of its own n-grams).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <boost/unordered/unordered_flat_map.hpp>

#include "doc/doc.hpp"

namespace claimlint::detail {

// One word of a quotation or a source, normalised: NFKC, case-folded, without apostrophes,
// British spellings mapped to American ones ("colour" -> "color", "organise" -> "organize").
struct QWord {
  std::string w;
  std::uint32_t start = 0, end = 0;  // bytes in the text it came from
  bool wild = false;                 // an editorial insertion in square brackets
  bool gap_before = false;           // an ellipsis stands before it (source text may be skipped)
  bool sent_start = false;           // first word of a sentence, a paragraph or a turn
};

// Splits `s` into normalised words; byte offsets are relative to `s` plus `base`.
// With `quotation`, "…", "...", "[…]" mark gaps and other [bracketed] words are insertions.
std::vector<QWord> quote_words(std::string_view s, std::size_t base, bool quotation);
// The normal form of one word (see QWord).
std::string canonical_word(std::string_view folded);

struct SourceDoc {
  std::string path;
  std::string text;
  std::vector<QWord> words;
  std::vector<std::int32_t> speaker;  // per word: index into SourceIndex::speakers, or -1
};

struct SourceIndex {
  struct Pos {
    std::uint32_t doc, word;
  };
  std::vector<SourceDoc> docs;
  std::vector<std::string> speakers;      // display names ("Joe Biden", "BIDEN")
  std::vector<std::string> speaker_keys;  // folded surnames, parallel
  boost::unordered_flat_map<std::uint64_t, std::vector<Pos>> grams;  // 3-grams
  boost::unordered_flat_map<std::uint64_t, std::vector<Pos>> unis;   // single words
  std::size_t bytes = 0;

  // Adds one source; `claims` are the claims claimlint found in it (their speakers own the
  // quoted words), `text` its bytes.
  void add(std::string path, std::string text, const std::vector<Claim>& claims);
  // Returns the index of the speaker whose surname is `key`, or -1.
  [[nodiscard]] int find_speaker(std::string_view key) const;
};

// Folded surname key of a speaker name ("Joe Biden" -> "biden", "SEN. WARREN" -> "warren").
std::string speaker_key(std::string_view name);

// Appends the quote.* findings of the draft `d` against `sources`.
void check_quote_sources(const Doc& d, const SourceIndex& sources, std::vector<Finding>& out);

// Findings (revision.*) for the claims of `now` that were in `old` and changed.
std::vector<Finding> diff_revisions(const Report& old, const Report& now);

// A word-level diff: "we will [-never-] {+not+} give up".
struct WordDiff {
  std::string text;
  int edits = 0;  // inserted, substituted or (inside) dropped words; [bracketed] insertions free
};
// Diff of q[qb, qe) (from the text `qtext` starting at byte `qbase`) against s[sb, se) of
// `stext`. With `free_edges`, source words before the first and after the last common word
// do not count.
WordDiff word_diff_range(const std::vector<QWord>& q, std::size_t qb, std::size_t qe, std::string_view qtext,
                         std::size_t qbase, const std::vector<QWord>& s, std::size_t sb, std::size_t se,
                         std::string_view stext, bool free_edges);

}  // namespace claimlint::detail
