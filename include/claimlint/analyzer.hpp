// claimlint/analyzer.hpp: the entry point.
//
//   auto kb = claimlint::KnowledgeBase::builtin();
//   auto analyzer = claimlint::Analyzer::create({}, *kb);
//   claimlint::Document doc{.text = article, .path = "berlin.txt"};
//   auto report = analyzer->analyze(doc);
//   if (report) for (auto& f : report->findings) use(f);
//
// Build one Analyzer and share it: `analyze` is const and safe to call from many threads at
// once. The Analyzer keeps its own reference to the knowledge base.
#pragma once

#include "claimlint/export.hpp"

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimlint/knowledge_base.hpp"
#include "claimlint/report.hpp"
#include "claimlint/result.hpp"

namespace claimlint {

enum class Format { automatic, plain, markdown, html };

struct Document {
  std::string_view text;             // the input bytes; not owned, must outlive the call
  std::string path;                  // used in the report and to guess the format
  std::optional<Date> date;          // the article's date; when empty it is read from the text
  Format format = Format::automatic; // automatic: by the path's extension, else plain
};

struct Options {
  // Rule ids to turn off ("role.stale"). Unknown ids are an error at create().
  std::vector<std::string> disabled_rules;
  // Severity overrides by rule id.
  std::map<std::string, Severity> severities;
  // Extra reporting verbs (lemmas or inflected forms) added to the cue lexicon.
  std::vector<std::string> extra_cues;
  // Inputs larger than this are rejected with Error::Code::usage. Default 256 MiB.
  std::size_t max_input_bytes = std::size_t{256} << 20;
};

namespace detail {
struct AnalyzerImpl;
struct SourceIndex;
}  // namespace detail

// Source material for quote checks (transcripts, press releases, earlier copy, notes), indexed
// once by Analyzer::index_sources and then shared: immutable, cheap to copy, safe to use from
// many threads. It owns a copy of the source texts.
class CLAIMLINT_API Sources {
 public:
  Sources() = default;
  [[nodiscard]] std::size_t size() const;   // number of source documents
  [[nodiscard]] std::size_t bytes() const;  // their total size
  // Speakers the sources give quotations to (transcript turns, quoted people).
  [[nodiscard]] std::vector<std::string> speakers() const;

 private:
  friend class Analyzer;
  std::shared_ptr<const detail::SourceIndex> impl_;
};

class CLAIMLINT_API Analyzer {
 public:
  // Returns an analyzer, or an Error when the options are invalid.
  static Result<Analyzer> create(Options options, KnowledgeBase kb);

  // Returns the report for one document, or an Error when the input cannot be read as text
  // (invalid UTF-8: the error names the byte offset, the line and the cause).
  [[nodiscard]] Result<Report> analyze(const Document& doc) const;

  // Indexes source material once for any number of analyze(doc, sources) calls. Each source is
  // read like a document (its format from the path; its quoted people and a transcript's
  // "SPEAKER:" turns give the speakers). Errors as for analyze().
  [[nodiscard]] Result<Sources> index_sources(std::span<const Document> sources) const;

  // The report of analyze(doc) plus the quote.* findings: each direct quotation of `doc`
  // aligned with the sources (docs/rules/quote.*.md).
  [[nodiscard]] Result<Report> analyze(const Document& doc, const Sources& sources) const;

  // Compares two versions of one text: the report of `now` whose findings are the revision.*
  // ones (quotations whose words changed, claims whose speaker or numbers changed) for the
  // claims present in both. Errors as for analyze(), with the path of the failing version.
  [[nodiscard]] Result<Report> diff(const Document& old_version, const Document& now) const;

  [[nodiscard]] const Options& options() const;
  [[nodiscard]] const KnowledgeBase& knowledge_base() const;

 private:
  explicit Analyzer(std::shared_ptr<const detail::AnalyzerImpl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const detail::AnalyzerImpl> impl_;
};

}  // namespace claimlint
