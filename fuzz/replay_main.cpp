// Runs the fuzz target over files and folders given on the command line (no fuzzing engine).
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  std::size_t n = 0;
  auto run = [&](const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    for (std::uint8_t knob = 0; knob < 8; ++knob) {
      std::vector<std::uint8_t> in;
      in.push_back(knob);
      in.insert(in.end(), bytes.begin(), bytes.end());
      LLVMFuzzerTestOneInput(in.data(), in.size());
    }
    ++n;
  };
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(p))
        if (e.is_regular_file()) run(e.path());
    } else {
      run(p);
    }
  }
  std::cout << "replayed " << n << " inputs\n";
  return n ? 0 : 1;
}
