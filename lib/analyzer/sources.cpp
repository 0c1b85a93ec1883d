// Analyzer::index_sources, analyze(doc, sources) and diff: quote integrity against source
// material and across revisions (lib/checks/quote_source.cpp, revision.cpp).
#include <fmt/format.h>

#include "checks/quote_source.hpp"
#include "checks/registry.hpp"
#include "claimlint/analyzer.hpp"
#include "claimlint/rules.hpp"

namespace claimlint {
namespace detail {

struct AnalyzerImpl;
Result<Report> run(const AnalyzerImpl& impl, const Document& doc, const SourceIndex* sources);
// The active rules and their severities, by id (analyzer.cpp).
const Severity* active_severity(const AnalyzerImpl& impl, std::string_view id);

namespace {
// Keeps the findings of active rules, with their configured severity.
void keep_active(const AnalyzerImpl& impl, std::vector<Finding>& found, std::vector<Finding>& out) {
  for (auto& f : found)
    if (const Severity* s = active_severity(impl, f.rule)) {
      f.severity = *s;
      out.push_back(std::move(f));
    }
}
}  // namespace

void add_source_findings(const AnalyzerImpl& impl, Doc& d, const SourceIndex& sources) {
  std::vector<Finding> found;
  check_quote_sources(d, sources, found);
  keep_active(impl, found, d.findings);
}

}  // namespace detail

std::size_t Sources::size() const { return impl_ ? impl_->docs.size() : 0; }
std::size_t Sources::bytes() const { return impl_ ? impl_->bytes : 0; }
std::vector<std::string> Sources::speakers() const { return impl_ ? impl_->speakers : std::vector<std::string>{}; }

Result<Sources> Analyzer::index_sources(std::span<const Document> sources) const {
  auto idx = std::make_shared<detail::SourceIndex>();
  for (const auto& src : sources) {
    auto rep = analyze(src);
    if (!rep) return rep.error();
    idx->add(src.path, std::string(src.text), rep->claims);
  }
  Sources s;
  s.impl_ = std::move(idx);
  return s;
}

Result<Report> Analyzer::analyze(const Document& doc, const Sources& sources) const {
  return detail::run(*impl_, doc, sources.impl_.get());
}

Result<Report> Analyzer::diff(const Document& old_version, const Document& now) const {
  auto before = analyze(old_version);
  if (!before) return before.error();
  auto after = analyze(now);
  if (!after) return after.error();
  std::vector<Finding> found = detail::diff_revisions(*before, *after);
  after->findings.clear();
  detail::keep_active(*impl_, found, after->findings);
  return after;
}

}  // namespace claimlint
