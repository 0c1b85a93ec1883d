// claimlint/knowledge_base.hpp: a dated store of office holders.
//
// One record is one tenure: person, office, jurisdiction, start, end, source. The format is
// JSON Lines, documented in docs/knowledge-base.md. A built-in set is embedded in the library.
//
//   auto kb = claimlint::KnowledgeBase::builtin();           // works with no files at all
//   if (kb) if (auto st = kb->merge_file("newsroom.jsonl"); !st) report(st.error());
//
// A KnowledgeBase is a value: copying it is cheap (the data is shared and immutable once
// built), and a const KnowledgeBase is safe to use from many threads at once.
#pragma once

#include "claimlint/export.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "claimlint/result.hpp"

namespace claimlint {

namespace detail { struct KbData; }

class CLAIMLINT_API KnowledgeBase {
 public:
  // Returns an empty knowledge base.
  KnowledgeBase();
  // Returns the built-in knowledge base (embedded in the library).
  static Result<KnowledgeBase> builtin();

  // Merges the records of a JSON Lines file over the ones already here: a record for the
  // same person and office replaces the older one. On error nothing is merged, and the
  // Error names the file, the line and the cause.
  Status merge_file(const std::string& path);
  // The same for text in memory; `name` is used in error messages.
  Status merge_text(std::string_view text, std::string_view name);

  struct Stats {
    std::size_t tenures = 0, people = 0, offices = 0, jurisdictions = 0;
  };
  // Returns the counts of records, distinct people, office keys and jurisdictions.
  [[nodiscard]] Stats stats() const;
  // Returns a text table of the coverage by office type (head of state/government, minister,
  // central bank, spokesperson, organisation head, …) and region (UN geoscheme continents,
  // "international" for organisations): tenures / jurisdictions / holders known on the snapshot
  // date; preceded by a line counting curated, imported and sourced records.
  [[nodiscard]] std::string coverage_table() const;
  // Returns the built-in data's snapshot date ("YYYY-MM-DD"), or "" when it is not loaded.
  [[nodiscard]] std::string snapshot() const;

  // For the library's internals.
  [[nodiscard]] const detail::KbData& data() const { return *data_; }

 private:
  std::shared_ptr<const detail::KbData> data_;
};

}  // namespace claimlint
