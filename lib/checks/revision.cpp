// revision.quote-changed, revision.speaker-changed, revision.number-changed: the claims of a
// new version of a text compared with those of the version last reviewed. A claim of the new
// version is paired with the claim of the old one that shares most of its words (an index of
// words to old claims, so the pairing is linear in the claims); docs/rules/revision.*.md.
#include <fmt/format.h>

#include <algorithm>

#include <boost/unordered/unordered_flat_map.hpp>

#include "checks/quote_source.hpp"
#include "checks/registry.hpp"

namespace claimlint::detail {
namespace {

struct Words {
  std::vector<QWord> w;
  std::vector<std::string> set;  // distinct words, sorted
};

Words words_of(const Claim& c) {
  Words r;
  r.w = quote_words(c.content.text, 0, false);
  for (const auto& x : r.w) r.set.push_back(x.w);
  std::sort(r.set.begin(), r.set.end());
  r.set.erase(std::unique(r.set.begin(), r.set.end()), r.set.end());
  return r;
}

// Numbers written in digits, in order: compared without their commas ("1,200" is "1200"),
// shown as written.
struct Numbers {
  std::vector<std::string> norm, raw;
  bool operator!=(const Numbers& o) const { return norm != o.norm; }
  [[nodiscard]] bool empty() const { return norm.empty(); }
};
Numbers numbers_in(std::string_view s) {
  Numbers out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] >= '0' && s[i] <= '9' && (i == 0 || !((s[i - 1] >= 'a' && s[i - 1] <= 'z') || (s[i - 1] >= 'A' && s[i - 1] <= 'Z')))) {
      std::string n;
      const std::size_t from = i;
      while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') ||
                              ((s[i] == ',' || s[i] == '.') && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9'))) {
        if (s[i] != ',') n += s[i];
        ++i;
      }
      out.norm.push_back(n);
      out.raw.emplace_back(s.substr(from, i - from));
      continue;
    }
    ++i;
  }
  return out;
}

bool quoted(const Claim& c) { return c.kind == ClaimKind::direct || c.kind == ClaimKind::mixed; }

std::string who(const Claim& c) { return c.speaker.name.empty() ? c.speaker.text : c.speaker.name; }

}  // namespace

std::vector<Finding> diff_revisions(const Report& old, const Report& now) {
  std::vector<Finding> out;
  const RuleInfo& qrule = *find_rule("revision.quote-changed");
  const RuleInfo& srule = *find_rule("revision.speaker-changed");
  const RuleInfo& nrule = *find_rule("revision.number-changed");
  std::vector<Words> ow;
  ow.reserve(old.claims.size());
  boost::unordered_flat_map<std::string, std::vector<std::uint32_t>> by_word;
  for (std::size_t k = 0; k < old.claims.size(); ++k) {
    ow.push_back(words_of(old.claims[k]));
    for (const auto& w : ow.back().set) by_word[w].push_back(static_cast<std::uint32_t>(k));
  }
  std::vector<bool> used(old.claims.size(), false);
  boost::unordered_flat_map<std::uint32_t, int> votes;
  for (const Claim& c : now.claims) {
    Words nw = words_of(c);
    if (nw.set.size() < 3) continue;
    votes.clear();
    for (const auto& w : nw.set) {
      auto it = by_word.find(w);
      if (it == by_word.end() || it->second.size() > 64) continue;  // "the", "said": no evidence
      for (auto k : it->second) ++votes[k];
    }
    int best = -1;
    double best_sim = 0;
    for (auto [k, v] : votes) {
      if (used[k] || quoted(old.claims[k]) != quoted(c)) continue;
      // Shared words over the larger set, counting the common words the index skipped too.
      std::size_t common = 0;
      for (std::size_t i = 0, j = 0; i < nw.set.size() && j < ow[k].set.size();) {
        if (nw.set[i] == ow[k].set[j]) { ++common; ++i; ++j; }
        else if (nw.set[i] < ow[k].set[j]) ++i;
        else ++j;
      }
      const double sim = static_cast<double>(common) / static_cast<double>(std::max(nw.set.size(), ow[k].set.size()));
      (void)v;
      if (sim > best_sim || (sim == best_sim && best >= 0 && k < static_cast<std::uint32_t>(best))) { best_sim = sim; best = static_cast<int>(k); }
    }
    if (best < 0 || best_sim < 0.5) continue;  // a new claim, not a changed one
    used[static_cast<std::size_t>(best)] = true;
    const Claim& o = old.claims[static_cast<std::size_t>(best)];
    const Words& ob = ow[static_cast<std::size_t>(best)];
    const Span at = c.span.end > c.span.start ? c.span : c.content.span;
    const std::string line_note = fmt::format("{} (line {})", old.path.empty() ? std::string("the old version") : old.path, o.span.line);
    bool words_changed = ob.w.size() != nw.w.size();
    for (std::size_t i = 0; !words_changed && i < nw.w.size(); ++i) words_changed = nw.w[i].w != ob.w[i].w;
    const auto on = numbers_in(o.content.text), nn = numbers_in(c.content.text);
    if (quoted(c) && words_changed) {
      WordDiff d = word_diff_range(nw.w, 0, nw.w.size(), c.content.text, 0, ob.w, 0, ob.w.size(), o.content.text, false);
      Finding f = make_finding(qrule, fmt::format("this quotation changed since the last reviewed version: {}", d.text), at);
      f.related.push_back(Related{fmt::format("it read: \u201C{}\u201D in {}", o.content.text, line_note), std::nullopt});
      f.fix = "check the new wording against the source, or restore the reviewed one";
      out.push_back(std::move(f));
    }
    const std::string ok = speaker_key(o.speaker.name), nk = speaker_key(c.speaker.name);
    if (!ok.empty() && !nk.empty() && ok != nk && best_sim >= 0.8) {
      Finding f = make_finding(srule, fmt::format("this claim was attributed to {} in the last reviewed version; now to {}", who(o), who(c)), at);
      f.related.push_back(Related{fmt::format("attributed to {} in {}", who(o), line_note), std::nullopt});
      f.fix = fmt::format("check who said it: {} or {}", who(o), who(c));
      out.push_back(std::move(f));
    }
    if (on != nn && !on.empty() && !nn.empty()) {
      Finding f = make_finding(nrule, fmt::format("a number changed since the last reviewed version: {} → {}", fmt::join(on.raw, ", "), fmt::join(nn.raw, ", ")), at);
      f.related.push_back(Related{fmt::format("it read: \u201C{}\u201D in {}", o.content.text, line_note), std::nullopt});
      f.fix = "check the figure against the source";
      out.push_back(std::move(f));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.span.start < b.span.start; });
  return out;
}

}  // namespace claimlint::detail
