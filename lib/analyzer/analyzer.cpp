#include "claimlint/analyzer.hpp"

#include <chrono>
#include <fmt/format.h>

#include "attribution/cues.hpp"
#include "checks/quote_source.hpp"
#include "checks/registry.hpp"
#include "checks/suppress.hpp"
#include "claimlint/rules.hpp"
#include "doc/doc.hpp"
#include "text/markup.hpp"
#include "text/text.hpp"

namespace claimlint {
namespace detail {

struct AnalyzerImpl {
  Options options;
  KnowledgeBase kb;
  CueLexicon cues;
  std::vector<const RuleDef*> active;
  std::vector<Severity> severity;  // parallel to active
};

Result<Report> run(const AnalyzerImpl& impl, const Document& doc, const SourceIndex* sources);
void add_source_findings(const AnalyzerImpl& impl, Doc& d, const SourceIndex& sources);
const Severity* active_severity(const AnalyzerImpl& impl, std::string_view id);

}  // namespace detail

std::string Error::what() const {
  std::string loc = file;
  if (line) loc += fmt::format(":{}", line);
  if (loc.empty()) return message;
  return fmt::format("{}: {}", loc, message);
}

Result<Analyzer> Analyzer::create(Options options, KnowledgeBase kb) {
  auto impl = std::make_shared<detail::AnalyzerImpl>();
  for (const auto& id : options.disabled_rules)
    if (!find_rule(id)) return Error{Error::Code::usage, fmt::format("unknown rule id \"{}\"", id), {}, 0};
  for (const auto& [id, sev] : options.severities)
    if (!find_rule(id)) return Error{Error::Code::usage, fmt::format("unknown rule id \"{}\"", id), {}, 0};
  for (const auto& def : detail::rule_defs()) {
    bool off = false;
    for (const auto& id : options.disabled_rules) off |= id == def.info.id;
    if (off) continue;
    impl->active.push_back(&def);
    auto it = options.severities.find(std::string(def.info.id));
    impl->severity.push_back(it == options.severities.end() ? def.info.default_severity : it->second);
  }
  impl->cues = detail::make_cue_lexicon(options.extra_cues);
  impl->options = std::move(options);
  impl->kb = std::move(kb);
  return Analyzer(std::move(impl));
}

const Severity* detail::active_severity(const AnalyzerImpl& impl, std::string_view id) {
  for (std::size_t i = 0; i < impl.active.size(); ++i)
    if (impl.active[i]->info.id == id) return &impl.severity[i];
  return nullptr;
}

const Options& Analyzer::options() const { return impl_->options; }
const KnowledgeBase& Analyzer::knowledge_base() const { return impl_->kb; }

static Format guess_format(const std::string& path) {
  auto ends = [&](std::string_view e) {
    if (path.size() < e.size()) return false;
    for (std::size_t i = 0; i < e.size(); ++i) {
      char c = path[path.size() - e.size() + i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != e[i]) return false;
    }
    return true;
  };
  if (ends(".md") || ends(".markdown")) return Format::markdown;
  if (ends(".html") || ends(".htm")) return Format::html;
  return Format::plain;
}

Result<Report> Analyzer::analyze(const Document& doc) const { return detail::run(*impl_, doc, nullptr); }

Result<Report> detail::run(const AnalyzerImpl& impl, const Document& doc, const SourceIndex* sources) {
  if (doc.text.size() > impl.options.max_input_bytes)
    return Error{Error::Code::usage,
                 fmt::format("input is {} bytes, over the limit of {} bytes", doc.text.size(), impl.options.max_input_bytes),
                 doc.path, 0};
  if (doc.text.size() >= 0xFFFFFFF0u)
    return Error{Error::Code::usage, "input over 4 GiB", doc.path, 0};
  if (auto bad = detail::validate_utf8(doc.text)) {
    detail::LineIndex li(doc.text.substr(0, bad->offset));
    Error e{Error::Code::encoding,
            fmt::format("{} at byte offset {} (column {})", bad->cause, bad->offset, li.column_of(bad->offset)),
            doc.path, li.line_of(bad->offset)};
    e.offset = bad->offset;
    return e;
  }
  Format format = doc.format == Format::automatic ? guess_format(doc.path) : doc.format;
  // Markdown and HTML are analysed through a same-length mask (text/markup.hpp); lines and
  // columns always come from the original bytes.
  detail::Masked masked;
  std::string_view text = doc.text;
  if (format != Format::plain) {
    if (auto deep = detail::html_too_deep(doc.text)) {
      detail::LineIndex li(doc.text.substr(0, *deep));
      Error e{Error::Code::usage,
              fmt::format("HTML nested deeper than {} elements at byte offset {} (column {}); refused, as parsing it "
                          "would take time that grows with the square of the depth",
                          detail::max_html_depth, *deep, li.column_of(*deep)),
              doc.path, li.line_of(*deep)};
      e.offset = *deep;
      return e;
    }
    masked = detail::mask_markup(doc.text, format);
    text = masked.text;
  } else {
    masked.comments = detail::find_comments(doc.text);
  }
  detail::Doc d(text);
  d.lines = detail::LineIndex(doc.text);
  d.kb = &impl.kb.data();
  d.voc = &detail::vocabulary();
  if (doc.date) {
    d.date = doc.date;
    d.date_source = DateSource::option;
  } else if (masked.front_matter_date) {
    d.date = masked.front_matter_date;
    d.date_source = DateSource::front_matter;
  }
  detail::find_date(d);
  detail::find_people_and_roles(d);
  detail::extract_claims(d, impl.cues);
  for (std::size_t i = 0; i < impl.active.size(); ++i) {
    std::size_t before = d.findings.size();
    impl.active[i]->check(d, d.findings);
    for (std::size_t k = before; k < d.findings.size(); ++k) d.findings[k].severity = impl.severity[i];
  }
  if (sources) detail::add_source_findings(impl, d, *sources);
  detail::apply_suppressions(d, doc.text, masked.comments, detail::unused_suppression_severity(impl.active, impl.severity));
  if (!d.date) d.notes.emplace_back("role checks skipped: no article date (give --date, front matter, a dateline or a full date in the text)");
  std::stable_sort(d.findings.begin(), d.findings.end(),
                   [](const Finding& a, const Finding& b) { return a.span.start < b.span.start; });

  Report r;
  r.path = doc.path;
  r.date = d.date;
  r.date_source = d.date_source;
  r.claims = std::move(d.claims);
  r.findings = std::move(d.findings);
  r.notes = std::move(d.notes);
  r.kb_snapshot = impl.kb.snapshot();
  for (std::size_t e = 0; e < d.entities.size(); ++e) {
    auto& ed = d.entities[e];
    Entity ent;
    ent.id = static_cast<int>(e + 1);
    ent.kind = ed.kind;
    ent.name = ed.name;
    ent.mentions = std::move(ed.mentions);
    for (auto& rm : d.roles)
      if (rm.entity == ent.id) ent.roles.push_back(rm.role);
    r.entities.push_back(std::move(ent));
  }
  if (format != Format::plain) detail::adjust_report(r, masked, d.lines);
  return r;
}

// --- small value helpers of report.hpp

std::string to_string(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  std::size_t pos[3][2] = {{0, 4}, {5, 7}, {8, 10}};
  for (int k = 0; k < 3; ++k)
    for (std::size_t i = pos[k][0]; i < pos[k][1]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{v[0]}, std::chrono::month{static_cast<unsigned>(v[1])},
                                        std::chrono::day{static_cast<unsigned>(v[2])}};
  if (!ymd.ok()) return std::nullopt;
  return Date{v[0], v[1], v[2]};
}

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}
std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "info") return Severity::info;
  if (s == "warning") return Severity::warning;
  if (s == "error") return Severity::error;
  return std::nullopt;
}
std::string_view to_string(DateSource s) {
  switch (s) {
    case DateSource::option: return "option";
    case DateSource::front_matter: return "front-matter";
    case DateSource::dateline: return "dateline";
    case DateSource::text: return "text";
    case DateSource::none: return "none";
  }
  return "none";
}
std::string_view to_string(ClaimKind k) {
  switch (k) {
    case ClaimKind::direct: return "direct";
    case ClaimKind::indirect: return "indirect";
    case ClaimKind::mixed: return "mixed";
    case ClaimKind::according_to: return "according_to";
  }
  return "indirect";
}
std::string_view to_string(SpeakerClass c) {
  switch (c) {
    case SpeakerClass::person: return "person";
    case SpeakerClass::organisation: return "organisation";
    case SpeakerClass::anonymous: return "anonymous";
    case SpeakerClass::document: return "document";
    case SpeakerClass::unknown: return "unknown";
  }
  return "unknown";
}
std::string_view to_string(EntityKind k) {
  switch (k) {
    case EntityKind::person: return "person";
    case EntityKind::organisation: return "organisation";
    case EntityKind::place: return "place";
  }
  return "person";
}

}  // namespace claimlint
