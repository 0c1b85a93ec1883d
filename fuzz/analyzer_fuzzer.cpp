// libFuzzer target: any bytes through the whole analyzer and every renderer.
// The first byte chooses the options (date or none, format); the rest is the document.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <claimlint/claimlint.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > (1 << 20)) return 0;
  static const claimlint::Analyzer analyzer = [] {
    auto kb = claimlint::KnowledgeBase::builtin();
    return *claimlint::Analyzer::create({}, kb ? *kb : claimlint::KnowledgeBase{});
  }();
  const std::uint8_t knobs = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  static constexpr const char* paths[] = {"f.txt", "f.md", "f.html", "f.txt"};
  claimlint::Document doc{text, paths[knobs & 3], std::nullopt};
  if (knobs & 4) doc.date = claimlint::Date{2025, 12, 15};
  auto r = analyzer.analyze(doc);
  if (!r) return 0;
  // Every span must lie inside the input.
  auto inside = [&](const claimlint::Span& s) {
    if (s.start > s.end || s.end > text.size()) __builtin_trap();
  };
  for (const auto& c : r->claims) { inside(c.span); inside(c.content.span); inside(c.cue.span); }
  for (const auto& f : r->findings) inside(f.span);
  claimlint::FileResult fr{*r, text, {}};
  std::vector<claimlint::FileResult> v{fr};
  (void)claimlint::to_json(v);
  (void)claimlint::to_text(fr);
  (void)claimlint::to_sarif(v);
  (void)claimlint::to_github(fr);
  return 0;
}
