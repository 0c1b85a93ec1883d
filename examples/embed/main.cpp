// The smallest useful embedding: one analyzer, one article in memory, findings out.
#include <claimlint/claimlint.hpp>

#include <iostream>

int main() {
  auto kb = claimlint::KnowledgeBase::builtin();
  if (!kb) { std::cerr << kb.error().what() << '\n'; return 2; }
  auto analyzer = claimlint::Analyzer::create({}, *kb);
  if (!analyzer) { std::cerr << analyzer.error().what() << '\n'; return 2; }
  const char* text = "The German Chancellor's spokesperson, Friedrich Merz, said the talks would go on.";
  claimlint::Document doc{text, "embedded.txt", claimlint::parse_date("2025-12-15")};
  auto report = analyzer->analyze(doc);
  if (!report) { std::cerr << report.error().what() << '\n'; return 2; }
  for (const auto& f : report->findings) std::cout << f.rule << ": " << f.message << '\n';
  std::cout << report->claims.size() << " claim(s)\n";
  return report->findings.empty() ? 1 : 0;  // the sample has one planted error
}
