// source.anonymous (info): a claim whose only source is unnamed ("a senior official", "people
// familiar with the talks"), with no named source saying the same thing.
#include <fmt/format.h>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"

namespace claimlint::detail {
namespace {

bool stop(std::string_view w) {
  static constexpr std::string_view words[] = {"the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "it",
                                               "is", "was", "were", "be", "for", "with", "by", "at", "as", "would",
                                               "will", "had", "has", "have", "not", "this", "its", "their"};
  for (auto x : words)
    if (w == x) return true;
  return false;
}

// Content words of a claim, folded.
std::vector<std::string> content_words(std::string_view s) {
  std::vector<std::string> out;
  std::string f = fold(s), w;
  for (std::size_t i = 0; i <= f.size(); ++i) {
    char c = i < f.size() ? f[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      w += c;
    } else if (!w.empty()) {
      if (!stop(w)) out.push_back(w);
      w.clear();
    }
  }
  return out;
}

// True when at least half the content words of the shorter claim are in the other.
bool same_content(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto& s = a.size() <= b.size() ? a : b;
  const auto& l = a.size() <= b.size() ? b : a;
  if (s.empty()) return false;
  std::size_t common = 0;
  for (const auto& w : s)
    for (const auto& x : l)
      if (w == x) { ++common; break; }
  return common * 2 >= s.size();
}

}  // namespace

void check_source_anonymous(const Doc& d, std::vector<Finding>& out) {
  const RuleInfo* rule = nullptr;
  for (const auto& c : d.claims) {
    if (!c.speaker.anonymous) continue;
    auto mine = content_words(c.content.text);
    bool named = false;
    for (const auto& o : d.claims) {
      if (&o == &c || o.speaker.anonymous || (o.speaker.entity == 0 && o.speaker.name.empty())) continue;
      if (same_content(mine, content_words(o.content.text))) { named = true; break; }
    }
    if (named) continue;
    if (!rule) rule = find_rule("source.anonymous");
    Finding f = make_finding(*rule,
                             fmt::format("this claim rests only on an unnamed source ({})", curly(c.speaker.text)),
                             c.span.end > c.span.start ? c.span : c.content.span);
    f.fix = "name the source, or say why it cannot be named and whether anyone on the record confirms it";
    out.push_back(std::move(f));
  }
}

}  // namespace claimlint::detail
