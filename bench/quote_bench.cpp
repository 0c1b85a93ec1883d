// claimlint_quote_bench: the cost of quote checks against source material of a given size.
//
//   claimlint_quote_bench SOURCE DRAFT [--repeat N]
//
// Prints the time to index SOURCE (Analyzer::index_sources: its analysis and its n-gram
// index) and the time the quote checks add to the analysis of DRAFT (analyze(doc, sources)
// minus analyze(doc), best of N runs). bench/quotes.py --timing drives it from 10 KB to 1 MB.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include <claimlint/claimlint.hpp>

static std::string slurp(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

int main(int argc, char** argv) {
  if (argc < 3) { std::cerr << "usage: claimlint_quote_bench SOURCE DRAFT [--repeat N]\n"; return 2; }
  int repeat = 5;
  if (argc >= 5 && std::string(argv[3]) == "--repeat") repeat = std::max(1, std::stoi(argv[4]));
  const std::string src = slurp(argv[1]), draft = slurp(argv[2]);
  auto kb = claimlint::KnowledgeBase::builtin();
  auto an = claimlint::Analyzer::create({}, *kb);
  if (!an) { std::cerr << an.error().what() << '\n'; return 2; }
  using clock = std::chrono::steady_clock;
  auto ms = [](clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
  claimlint::Document sdoc{src, "source.txt", std::nullopt};
  auto t0 = clock::now();
  auto sources = an->index_sources(std::span<const claimlint::Document>(&sdoc, 1));
  const double index_ms = ms(clock::now() - t0);
  if (!sources) { std::cerr << sources.error().what() << '\n'; return 2; }
  claimlint::Document ddoc{draft, "draft.txt", std::nullopt};
  double plain = 1e18, with = 1e18;
  std::size_t findings = 0, claims = 0;
  for (int k = 0; k < repeat; ++k) {
    auto a = clock::now();
    auto r1 = an->analyze(ddoc);
    auto b = clock::now();
    auto r2 = an->analyze(ddoc, *sources);
    auto c = clock::now();
    plain = std::min(plain, ms(b - a));
    with = std::min(with, ms(c - b));
    findings = r2->findings.size() - r1->findings.size();
    claims = r1->claims.size();
  }
  std::cout << fmt::format("source_bytes {} index_ms {:.2f} draft_claims {} align_ms {:.3f} quote_findings {}\n", src.size(),
                           index_ms, claims, std::max(0.0, with - plain), findings);
  return 0;
}
