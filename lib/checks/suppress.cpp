// Suppression comments: see suppress.hpp and docs/rules/meta.unused-suppression.md.
#include "checks/suppress.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <string>

namespace claimlint::detail {
namespace {

enum class Kind { disable, enable, next_line, same_line, unknown };

struct Directive {
  Kind kind = Kind::unknown;
  std::string_view word;           // as written: "disable-next-line"
  std::vector<std::string> rules;  // empty: every rule
  Span span;                       // the comment
  std::size_t from = 0, to = 0;    // disable: the bytes it covers
  std::uint32_t line_a = 0, line_b = 0;  // next-line and same-line: the lines it covers
  std::vector<bool> used;          // per rule (one entry when `rules` is empty)
};

bool matches(const Directive& d, std::size_t k, const Finding& f) {
  if (!d.rules.empty() && d.rules[k] != f.rule) return false;
  switch (d.kind) {
    case Kind::disable: return f.span.start >= d.from && f.span.start < d.to;
    case Kind::next_line:
    case Kind::same_line: return f.span.line >= d.line_a && f.span.line <= d.line_b;
    default: return false;
  }
}

}  // namespace

// The registry's entry for meta.unused-suppression: its findings come from apply_suppressions.
void check_unused_suppression(const Doc&, std::vector<Finding>&) {}

std::optional<Severity> unused_suppression_severity(const std::vector<const RuleDef*>& active,
                                                    const std::vector<Severity>& severity) {
  for (std::size_t i = 0; i < active.size() && i < severity.size(); ++i)
    if (active[i]->info.id == kUnusedSuppression) return severity[i];
  return std::nullopt;
}

void apply_suppressions(Doc& d, std::string_view src, std::span<const ByteRange> comments,
                        std::optional<Severity> unused) {
  static const RE2 re("(?s)\\s*claimlint-([a-z-]+)(?:[ \\t\\r\\n]+(.*?))?\\s*");
  static const RE2 rule_re("([A-Za-z0-9_.*-]+)");
  std::vector<Directive> dirs;
  for (const auto& c : comments) {
    if (c.end > src.size() || c.end < c.start + 4) continue;
    std::size_t body_end = src.substr(c.start, c.end - c.start).ends_with("-->") ? c.end - 3 : c.end;
    if (body_end < c.start + 4) continue;
    re2::StringPiece body(src.data() + c.start + 4, body_end - c.start - 4);
    re2::StringPiece word, list;
    if (!RE2::FullMatch(body, re, &word, &list)) continue;
    Directive dir;
    dir.word = std::string_view(word.data(), word.size());
    dir.kind = dir.word == "disable" ? Kind::disable
             : dir.word == "enable" ? Kind::enable
             : dir.word == "disable-next-line" ? Kind::next_line
             : dir.word == "disable-line" ? Kind::same_line
                                           : Kind::unknown;
    re2::StringPiece in = list, r;
    while (RE2::FindAndConsume(&in, rule_re, &r)) dir.rules.emplace_back(r.data(), r.size());
    dir.span = d.span(c.start, c.end);
    dir.from = c.end;
    dir.to = src.size();
    dir.line_a = dir.kind == Kind::next_line ? dir.span.end_line + 1 : dir.span.line;
    dir.line_b = dir.kind == Kind::next_line ? dir.span.end_line + 1 : dir.span.end_line;
    dir.used.assign(std::max<std::size_t>(1, dir.rules.size()), false);
    dirs.push_back(std::move(dir));
  }
  if (dirs.empty()) return;

  // Close each block disable at the first enable after it that names its rules (or all).
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    if (dirs[i].kind != Kind::enable) continue;
    for (std::size_t j = 0; j < i; ++j) {
      Directive& dj = dirs[j];
      if (dj.kind != Kind::disable || dj.to != src.size()) continue;
      bool closes = dirs[i].rules.empty();
      for (const auto& r : dirs[i].rules) closes |= std::find(dj.rules.begin(), dj.rules.end(), r) != dj.rules.end();
      if (closes) dj.to = static_cast<std::size_t>(dirs[i].span.start);
    }
  }

  std::vector<Finding> kept;
  kept.reserve(d.findings.size());
  for (auto& f : d.findings) {
    bool silenced = false;
    for (auto& dir : dirs)
      for (std::size_t k = 0; k < dir.used.size(); ++k)
        if (matches(dir, k, f)) silenced = dir.used[k] = true;
    if (!silenced) kept.push_back(std::move(f));
  }
  d.findings = std::move(kept);

  if (!unused) return;
  for (const auto& dir : dirs) {
    if (dir.kind == Kind::enable) continue;
    auto add = [&](std::string message) {
      Finding f;
      f.rule = std::string(kUnusedSuppression);
      f.severity = *unused;
      f.message = std::move(message);
      f.span = dir.span;
      f.fix = "remove the comment";
      d.findings.push_back(std::move(f));
    };
    if (dir.kind == Kind::unknown) {
      add(fmt::format("unknown directive \"claimlint-{}\" (want disable, enable, disable-next-line or disable-line)", dir.word));
      continue;
    }
    if (dir.rules.empty()) {
      if (!dir.used[0]) add(fmt::format("claimlint-{} silences no finding", dir.word));
      continue;
    }
    for (std::size_t k = 0; k < dir.rules.size(); ++k) {
      if (dir.used[k]) continue;
      if (!find_rule(dir.rules[k]))
        add(fmt::format("claimlint-{} names an unknown rule \"{}\"", dir.word, dir.rules[k]));
      else
        add(fmt::format("claimlint-{} {} silences no finding", dir.word, dir.rules[k]));
    }
  }
}

}  // namespace claimlint::detail
