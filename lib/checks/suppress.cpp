// Suppression comments: see suppress.hpp and docs/rules/meta.unused-suppression.md.
#include "checks/suppress.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include <algorithm>
#include <functional>
#include <queue>
#include <set>
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
  std::size_t from = 0;            // disable: where it starts to apply
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
    dir.line_a = dir.kind == Kind::next_line ? dir.span.end_line + 1 : dir.span.line;
    dir.line_b = dir.kind == Kind::next_line ? dir.span.end_line + 1 : dir.span.end_line;
    dir.used.assign(std::max<std::size_t>(1, dir.rules.size()), false);
    dirs.push_back(std::move(dir));
  }
  if (dirs.empty()) return;
  using Key = std::string_view;

  // Block disables as units, one per rule named (or one for every rule). `claimlint-enable`
  // ends every open unit; `claimlint-enable RULE` ends the open units of RULE and, in a disable
  // of every rule, re-enables RULE from there on (an "enable event" of RULE). Each unit is
  // closed once, so this is linear.
  struct Unit {
    std::size_t dir, k;
    std::size_t from, to;
    Key rule;  // empty: every rule
  };
  std::vector<Unit> units;
  boost::unordered_flat_map<Key, std::vector<std::size_t>> enable_events;  // rule -> positions, ascending
  {
    boost::unordered_flat_map<Key, std::vector<std::size_t>> open_by_rule;
    std::vector<std::size_t> open_all;
    for (std::size_t i = 0; i < dirs.size(); ++i) {
      const Directive& di = dirs[i];
      if (di.kind == Kind::disable) {
        if (di.rules.empty()) {
          open_all.push_back(units.size());
          units.push_back({i, 0, di.from, src.size(), Key{}});
        }
        for (std::size_t k = 0; k < di.rules.size(); ++k) {
          open_by_rule[Key{di.rules[k]}].push_back(units.size());
          units.push_back({i, k, di.from, src.size(), Key{di.rules[k]}});
        }
        continue;
      }
      if (di.kind != Kind::enable) continue;
      const std::size_t at = di.span.start;
      auto close = [&](std::vector<std::size_t>& v) {
        for (std::size_t u : v) units[u].to = std::min(units[u].to, at);
        v.clear();
      };
      if (di.rules.empty()) {
        close(open_all);
        for (auto& kv : open_by_rule) close(kv.second);
      } else {
        for (const auto& r : di.rules) {
          if (auto it = open_by_rule.find(Key{r}); it != open_by_rule.end()) close(it->second);
          if (!open_all.empty()) enable_events[Key{r}].push_back(at);
        }
      }
    }
  }

  // Which findings are silenced, and which directive rules silence something, in one sweep over
  // the findings by position. Units become active at `from` and expire at `to`. A finding of
  // RULE is silenced by an active unit of RULE, or by an active unit of every rule opened after
  // RULE's last enable event before the finding. Line directives are looked up by line.
  struct Pending {
    std::size_t dir, k;
    std::size_t from, to;
  };
  boost::unordered_flat_map<Key, int> active;                    // per rule: active units
  boost::unordered_flat_map<Key, std::vector<Pending>> waiting;  // per rule ("" all): not yet used
  std::multiset<std::size_t> active_all_from;                    // `from` of active units of every rule
  std::vector<std::size_t> by_from(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) by_from[i] = i;
  std::sort(by_from.begin(), by_from.end(), [&](std::size_t a, std::size_t b) { return units[a].from < units[b].from; });
  using Expiry = std::pair<std::size_t, std::size_t>;  // (to, unit)
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
        by_line[{line, Key{}}].push_back({i, 0, 0, 0});
      }
      for (std::size_t k = 0; k < di.rules.size(); ++k) {
        line_has.insert({line, Key{di.rules[k]}});
        by_line[{line, Key{di.rules[k]}}].push_back({i, k, 0, 0});
      }
    }
  }
  std::vector<std::size_t> order(d.findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return d.findings[a].span.start < d.findings[b].span.start; });
  std::vector<char> silenced(d.findings.size(), 0);
  std::size_t next_unit = 0;
  for (std::size_t fi : order) {
    const Finding& f = d.findings[fi];
    const std::size_t pos = f.span.start;
    while (next_unit < by_from.size() && units[by_from[next_unit]].from <= pos) {
      const Unit& u = units[by_from[next_unit++]];
      if (u.to <= pos) continue;  // over before this finding
      expiring.push({u.to, static_cast<std::size_t>(&u - units.data())});
      ++active[u.rule];
      if (u.rule.empty()) active_all_from.insert(u.from);
      waiting[u.rule].push_back({u.dir, u.k, u.from, u.to});
    }
    while (!expiring.empty() && expiring.top().first <= pos) {
      const Unit& u = units[expiring.top().second];
      expiring.pop();
      --active[u.rule];
      if (u.rule.empty()) active_all_from.erase(active_all_from.find(u.from));
    }
    const Key rule{f.rule};
    // Units of this rule.
    if (auto a = active.find(rule); a != active.end() && a->second > 0) {
      silenced[fi] = 1;
      auto& w = waiting[rule];
      for (const auto& p : w)
        if (p.to > pos) dirs[p.dir].used[p.k] = true;
      w.clear();
    }
    // Units of every rule opened after this rule's last enable event before the finding.
    if (!active_all_from.empty()) {
      std::size_t after = 0;
      bool re_enabled = false;
      if (auto ev = enable_events.find(rule); ev != enable_events.end()) {
        auto it = std::upper_bound(ev->second.begin(), ev->second.end(), pos);
        if (it != ev->second.begin()) {
          after = *std::prev(it);
          re_enabled = true;
        }
      }
      if (!re_enabled || *active_all_from.rbegin() > after) {
        silenced[fi] = 1;
        auto& w = waiting[Key{}];
        std::erase_if(w, [&](const Pending& p) {
          if (p.to <= pos) return true;  // expired unused
          if (re_enabled && p.from <= after) return false;  // RULE is on again in this one
          dirs[p.dir].used[p.k] = true;
          return true;
        });
      }
    }
    for (Key key : {rule, Key{}}) {
      const std::pair<std::uint32_t, Key> lk{f.span.line, key};
      if (line_has.contains(lk)) {
        silenced[fi] = 1;
        if (auto it = by_line.find(lk); it != by_line.end()) {
          for (const auto& p : it->second) dirs[p.dir].used[p.k] = true;
          it->second.clear();
        }
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
