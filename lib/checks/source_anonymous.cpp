// source.anonymous (info): a claim whose only source is unnamed ("a senior official", "people
// familiar with the talks"), with no named source saying the same thing.
#include <fmt/format.h>

#include <algorithm>

#include <boost/unordered/unordered_flat_set.hpp>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"
#include "mentions/numbers.hpp"

namespace claimlint::detail {
namespace {

bool stop(std::string_view w) {
  static const WordSet words("the a an of to in on and or that it is was were be for with by at as would will had has "
                             "have not this its their");
  return words.contains(w);
}

// A spokesperson speaks on the record for an organisation, even unnamed; a bare pronoun is a
// speaker the extractor could not resolve, not an anonymous source.
bool official_voice(std::string_view speaker) {
  std::string f = fold(speaker);
  if (f.find("spokes") != std::string::npos || f.find("press officer") != std::string::npos ||
      f.find("press secretary") != std::string::npos)
    return true;
  return f == "they" || f == "he" || f == "she" || f == "it" || f == "we";
}

// Content words of a claim: views into Doc::f for the word tokens of its content.
void content_words(const Doc& d, const Span& sp, std::vector<std::string_view>& out) {
  out.clear();
  const std::uint32_t e = token_at(d.text, sp.end);
  for (std::uint32_t k = token_at(d.text, sp.start); k < e; ++k)
    if (d.text.toks[k].kind == Tk::word && !stop(d.f[k])) out.push_back(d.f[k]);
}

using WordBag = boost::unordered_flat_set<std::string_view>;

// True when at least half the content words of the shorter claim are in the other.
bool same_content(const std::vector<std::string_view>& a, const WordBag& b) {
  if (a.empty() || b.empty()) return false;
  std::size_t common = 0;
  for (const auto& w : a) common += b.contains(w);
  return common * 2 >= std::min(a.size(), b.size());
}

}  // namespace

void check_source_anonymous(const Doc& d, std::vector<Finding>& out) {
  bool any = false;
  for (const auto& c : d.claims) any |= c.speaker.anonymous;
  if (!any) return;
  // Content words of every named claim, once, with the claim's position among all claims.
  std::vector<WordBag> named;
  std::vector<std::size_t> named_at;
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < d.claims.size(); ++i) {
    const auto& o = d.claims[i];
    if (!o.speaker.anonymous && (o.speaker.entity != 0 || !o.speaker.name.empty())) {
      content_words(d, o.content.span, words);
      named.emplace_back(words.begin(), words.end());
      named_at.push_back(i);
    }
  }
  const RuleInfo& rule = *find_rule("source.anonymous");
  std::vector<std::string_view> mine;  // left empty when no named claim could confirm it
  boost::unordered_flat_set<std::string> seen;  // one finding per unnamed source
  // A named claim confirms an unnamed one within kWindow named claims either side: every named
  // claim of an article (hundreds at most), a bounded amount of work per claim in an endless one.
  constexpr std::size_t kWindow = 64;
  for (std::size_t i = 0; i < d.claims.size(); ++i) {
    const auto& c = d.claims[i];
    if (!c.speaker.anonymous || official_voice(c.speaker.text)) continue;
    std::string who = fold(c.speaker.text);
    if (seen.contains(who)) continue;
    if (!named.empty()) content_words(d, c.content.span, mine);
    const std::size_t mid = static_cast<std::size_t>(std::lower_bound(named_at.begin(), named_at.end(), i) - named_at.begin());
    const std::size_t lo = mid > kWindow ? mid - kWindow : 0, hi = std::min(named.size(), mid + kWindow);
    bool confirmed = false;
    for (std::size_t k = lo; k < hi && !confirmed; ++k) confirmed = same_content(mine, named[k]);
    if (confirmed) continue;
    seen.insert(std::move(who));
    Finding f = make_finding(rule,
                             fmt::format("this claim rests only on an unnamed source ({})", curly(c.speaker.text)),
                             c.span.end > c.span.start ? c.span : c.content.span);
    f.fix = "name the source, or say why it cannot be named and whether anyone on the record confirms it";
    out.push_back(std::move(f));
  }
}

}  // namespace claimlint::detail
