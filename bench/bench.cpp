// claimlint_bench: throughput of the whole analyzer over a set of articles.
//
//   claimlint_bench [--repeat N] [--threads N] PATH...
//
// PATH is an article (.txt/.md/.html), a folder of them, or a Reuters-21578 .sgm file whose
// <BODY> texts are extracted (Latin-1 files are converted to UTF-8). Prints MB/s,
// articles/s, claims and findings per article, and the peak resident memory.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include <claimlint/claimlint.hpp>

namespace fs = std::filesystem;

static std::string read_file(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

static bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (!n || i + static_cast<std::size_t>(n) > s.size()) return false;
    for (int k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80) return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

static std::string latin1_to_utf8(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c < 0x80) out += static_cast<char>(c);
    else { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
  }
  return out;
}

static std::string unescape_sgml(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      auto semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 6) {
        auto ent = s.substr(i, semi - i + 1);
        if (ent == "&lt;") { out += '<'; i = semi; continue; }
        if (ent == "&gt;") { out += '>'; i = semi; continue; }
        if (ent == "&amp;") { out += '&'; i = semi; continue; }
        if (ent.starts_with("&#")) { i = semi; continue; }  // control characters (&#3;)
      }
    }
    out += s[i];
  }
  return out;
}

// The <BODY> texts of a Reuters-21578 SGML file.
static void sgml_bodies(const std::string& path, std::vector<std::string>& out) {
  std::string s = read_file(path);
  if (!valid_utf8(s)) s = latin1_to_utf8(s);
  std::size_t p = 0;
  while ((p = s.find("<BODY>", p)) != std::string::npos) {
    std::size_t e = s.find("</BODY>", p);
    if (e == std::string::npos) break;
    out.push_back(unescape_sgml(std::string_view(s).substr(p + 6, e - p - 6)));
    p = e + 7;
  }
}

int main(int argc, char** argv) {
  int repeat = 1;
  unsigned threads = 1;
  std::vector<std::string> docs;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) { repeat = std::max(1, std::atoi(argv[++i])); continue; }
    if (a == "--threads" && i + 1 < argc) { threads = static_cast<unsigned>(std::max(1, std::atoi(argv[++i]))); continue; }
    std::vector<std::string> files;
    if (fs::is_directory(a)) {
      for (const auto& e : fs::recursive_directory_iterator(a))
        if (e.is_regular_file()) files.push_back(e.path().string());
      std::sort(files.begin(), files.end());
    } else {
      files.push_back(a);
    }
    for (const auto& f : files) {
      if (f.ends_with(".sgm")) sgml_bodies(f, docs);
      else if (f.ends_with(".txt") || f.ends_with(".md") || f.ends_with(".html")) docs.push_back(read_file(f));
    }
  }
  if (docs.empty()) {
    std::cerr << "usage: claimlint_bench [--repeat N] [--threads N] PATH...\n";
    return 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto kb = claimlint::KnowledgeBase::builtin();
  auto analyzer = claimlint::Analyzer::create({}, *kb);
  auto t1 = std::chrono::steady_clock::now();
  std::size_t bytes = 0;
  for (const auto& d : docs) bytes += d.size();
  std::atomic<std::size_t> claims{0}, findings{0}, errors{0};
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      std::size_t c = 0, f = 0, e = 0;
      for (std::size_t i; (i = next.fetch_add(1)) < docs.size();) {
        claimlint::Document doc{docs[i], "bench.txt", std::nullopt};
        auto rep = analyzer->analyze(doc);
        if (!rep) { ++e; continue; }
        c += rep->claims.size();
        for (const auto& x : rep->findings) f += x.severity != claimlint::Severity::info;
      }
      claims += c;
      findings += f;
      errors += e;
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < threads; ++k) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double load_ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  double total_mb = static_cast<double>(bytes) * repeat / 1e6;
  std::size_t n = docs.size() * static_cast<std::size_t>(repeat);
  std::cout << fmt::format(
      "articles {}  bytes {}  repeat {}  threads {}\n"
      "time {:.3f} s  throughput {:.1f} MB/s  {:.0f} articles/s\n"
      "claims/article {:.2f}  warnings+errors/100 articles {:.2f}  input errors {}\n"
      "knowledge base load {:.1f} ms  peak RSS {:.1f} MB\n",
      docs.size(), bytes, repeat, threads, secs, total_mb / secs, static_cast<double>(n) / secs,
      static_cast<double>(claims) / static_cast<double>(n), 100.0 * static_cast<double>(findings) / static_cast<double>(n),
      errors.load(), load_ms, static_cast<double>(ru.ru_maxrss) / 1024.0);
  return 0;
}
