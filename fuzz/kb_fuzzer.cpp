// libFuzzer target: any bytes through the knowledge-base reader (JSON Lines by Boost.JSON,
// field checks, the merge over existing records), then one analysis with the result. The
// first byte is a knob: bit 0 merges over the built-in knowledge base instead of an empty one.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <claimlint/claimlint.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > (1 << 18)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  claimlint::KnowledgeBase kb;
  if (data[0] & 1) {
    auto b = claimlint::KnowledgeBase::builtin();
    if (b) kb = *b;
  }
  const auto before = kb.stats().tenures;
  auto st = kb.merge_text(text, "fuzz.jsonl");
  if (!st) {
    if (st.error().line == 0 || kb.stats().tenures != before) __builtin_trap();  // located, nothing half-merged
    return 0;
  }
  auto an = claimlint::Analyzer::create({}, kb);
  if (!an) __builtin_trap();
  claimlint::Document doc{"Slovak Prime Minister Ľudovít Ódor said on Monday that Anna Żak would stay.", "f.txt",
                          claimlint::Date{2025, 12, 15}};
  (void)an->analyze(doc);
  return 0;
}
