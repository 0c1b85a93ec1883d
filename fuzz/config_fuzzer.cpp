// libFuzzer target: any bytes through the .claimlint.toml reader (toml++ behind claimlint's
// guard, globs compiled to RE2) and the glob matcher. The first byte is a knob, as in the
// analyzer target: bit 0 chooses the base folder.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <claimlint/claimlint.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > (1 << 16)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  auto cfg = claimlint::parse_config(text, "fuzz.toml", (data[0] & 1) ? "/repo" : "");
  if (!cfg) {
    if (cfg.error().message.empty()) __builtin_trap();  // every error says why
    return 0;
  }
  for (const char* p : {"/repo/drafts/a.md", "/repo/x/y/z.txt", "a.html", "/elsewhere/b.md", ""})
    for (bool found : {false, true}) (void)cfg->selects(p, found);
  return 0;
}
