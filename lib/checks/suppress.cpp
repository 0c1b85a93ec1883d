// Suppression comments: see suppress.hpp and docs/rules/meta.unused-suppression.md.
#include "checks/suppress.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <algorithm>
#include <functional>
#include <queue>
#include <string>
#include <utility>

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

  // Close each block disable at the first enable after it that names its rules (or all): open
  // disables are kept per rule and in one list for an enable of every rule; each is closed once.
  {
    boost::unordered_flat_map<std::string_view, std::vector<std::size_t>> open_by_rule;
    std::vector<std::size_t> open_all;  // every open disable, for an enable of all rules
    std::vector<char> closed(dirs.size(), 0);
    for (std::size_t i = 0; i < dirs.size(); ++i) {
      Directive& di = dirs[i];
      if (di.kind == Kind::disable) {
        open_all.push_back(i);
        for (const auto& r : di.rules) open_by_rule[r].push_back(i);
        continue;
      }
      if (di.kind != Kind::enable) continue;
      auto close = [&](std::vector<std::size_t>& v) {
        for (std::size_t j : v)
          if (!closed[j]) {
            closed[j] = 1;
            dirs[j].to = static_cast<std::size_t>(di.span.start);
          }
        v.clear();
      };
      if (di.rules.empty()) {
        close(open_all);
        open_by_rule.clear();
      } else {
        for (const auto& r : di.rules)
          if (auto it = open_by_rule.find(r); it != open_by_rule.end()) close(it->second);
      }
    }
  }

  // Which findings are silenced, and which directive rules silence something, in one sweep over
  // the findings by position: block disables become active at `from` and expire at `to`; line
  // directives are looked up by line. Per rule ("" for a directive of every rule) a count of
  // active disables says whether a finding is silenced; directives not yet marked used wait in
  // a list that the first matching finding empties.
  using Key = std::string_view;
  struct Pending {
    std::size_t dir, k;
  };
  boost::unordered_flat_map<Key, int> active;                      // per rule: active block disables
  boost::unordered_flat_map<Key, std::vector<Pending>> waiting;    // per rule: active, not yet used
  std::vector<std::size_t> blocks;
  for (std::size_t i = 0; i < dirs.size(); ++i)
    if (dirs[i].kind == Kind::disable && dirs[i].to > dirs[i].from) blocks.push_back(i);
  std::sort(blocks.begin(), blocks.end(), [&](std::size_t a, std::size_t b) { return dirs[a].from < dirs[b].from; });
  using Expiry = std::pair<std::size_t, std::size_t>;  // (to, dir)
  std::priority_queue<Expiry, std::vector<Expiry>, std::greater<>> expiring;
  // Line directives by (line, rule).
  boost::unordered_flat_map<std::pair<std::uint32_t, Key>, std::vector<Pending>> by_line;
  boost::unordered_flat_set<std::pair<std::uint32_t, Key>> line_has;
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    const Directive& di = dirs[i];
    if (di.kind != Kind::next_line && di.kind != Kind::same_line) continue;
    for (std::uint32_t line = di.line_a; line <= di.line_b && line - di.line_a < 10000; ++line) {
      if (di.rules.empty()) {
        line_has.insert({line, Key{}});
        by_line[{line, Key{}}].push_back({i, 0});
      }
      for (std::size_t k = 0; k < di.rules.size(); ++k) {
        line_has.insert({line, Key{di.rules[k]}});
        by_line[{line, Key{di.rules[k]}}].push_back({i, k});
      }
    }
  }
  std::vector<std::size_t> order(d.findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return d.findings[a].span.start < d.findings[b].span.start; });
  std::vector<char> silenced(d.findings.size(), 0);
  std::size_t next_block = 0;
  auto use_all = [&](std::vector<Pending>& v) {
    for (const auto& p : v) dirs[p.dir].used[p.k] = true;
    v.clear();
  };
  for (std::size_t fi : order) {
    const Finding& f = d.findings[fi];
    const std::size_t pos = f.span.start;
    while (next_block < blocks.size() && dirs[blocks[next_block]].from <= pos) {
      const std::size_t i = blocks[next_block++];
      const Directive& di = dirs[i];
      if (di.to <= pos) continue;  // over before this finding
      expiring.push({di.to, i});
      if (di.rules.empty()) {
        ++active[Key{}];
        waiting[Key{}].push_back({i, 0});
      }
      for (std::size_t k = 0; k < di.rules.size(); ++k) {
        ++active[Key{di.rules[k]}];
        waiting[Key{di.rules[k]}].push_back({i, k});
      }
    }
    while (!expiring.empty() && expiring.top().first <= pos) {
      const Directive& di = dirs[expiring.top().second];
      expiring.pop();
      if (di.rules.empty()) --active[Key{}];
      for (const auto& r : di.rules) --active[Key{r}];
    }
    const Key rule{f.rule};
    for (Key key : {rule, Key{}}) {
      if (auto a = active.find(key); a != active.end() && a->second > 0) {
        silenced[fi] = 1;
        // Every disable still waiting for this rule is active or expired; only active ones match.
        auto& w = waiting[key];
        for (const auto& p : w)
          if (dirs[p.dir].to > pos) dirs[p.dir].used[p.k] = true;
        w.clear();
      }
      const std::pair<std::uint32_t, Key> lk{f.span.line, key};
      if (line_has.contains(lk)) {
        silenced[fi] = 1;
        if (auto it = by_line.find(lk); it != by_line.end()) use_all(it->second);
      }
    }
  }
  std::vector<Finding> kept;
  kept.reserve(d.findings.size());
  for (std::size_t i = 0; i < d.findings.size(); ++i)
    if (!silenced[i]) kept.push_back(std::move(d.findings[i]));
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
