// libFuzzer target: any bytes as one line of batch mode (claimlint::batch_line): JSON parsing
// with a depth limit, field checks, the analysis of the text, the report line. The output must
// always be one JSON object on one line, an error record exactly when the function says so.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <boost/json.hpp>
#include <claimlint/claimlint.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > (1 << 18)) return 0;
  static const claimlint::Analyzer an = [] {
    auto kb = claimlint::KnowledgeBase::builtin();
    if (!kb) __builtin_trap();
    auto a = claimlint::Analyzer::create({}, *kb);
    if (!a) __builtin_trap();
    return *a;
  }();
  std::string_view line(reinterpret_cast<const char*>(data), size);
  auto rec = claimlint::batch_line(an, line, 1);
  if (rec.line.find('\n') != std::string::npos) __builtin_trap();
  std::error_code ec;
  boost::json::value v = boost::json::parse(rec.line, ec);
  if (ec || !v.is_object()) __builtin_trap();
  if (rec.error != v.as_object().contains("error")) __builtin_trap();
  return 0;
}
