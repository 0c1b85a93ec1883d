#include "quotes.hpp"

#include <fmt/format.h>

#include <iostream>

namespace cli {

namespace {
std::optional<std::string> read(const std::string& path, std::size_t limit) {
  auto text = claimlint::read_file(path, limit);
  if (!text) {
    std::cerr << fmt::format("claimlint: {}: {}\n", path, text.error().message);
    return std::nullopt;
  }
  return std::move(*text);
}
}  // namespace

std::optional<claimlint::Sources> load_sources(const claimlint::Analyzer& analyzer, const std::vector<std::string>& files,
                                               std::optional<claimlint::Date> date) {
  std::vector<std::string> texts;
  texts.reserve(files.size());
  for (const auto& f : files) {
    auto t = read(f, analyzer.options().max_input_bytes);
    if (!t) return std::nullopt;
    texts.push_back(std::move(*t));
  }
  std::vector<claimlint::Document> docs;
  for (std::size_t i = 0; i < files.size(); ++i)
    docs.push_back(claimlint::Document{texts[i], files[i], date, claimlint::Format::automatic});
  auto s = analyzer.index_sources(docs);
  if (!s) {
    const auto& e = s.error();
    std::cerr << (e.line ? fmt::format("claimlint: {}:{}: {}\n", e.file, e.line, e.message)
                         : fmt::format("claimlint: {}: {}\n", e.file, e.message));
    return std::nullopt;
  }
  return std::move(*s);
}

DiffOutcome run_diff(const claimlint::Analyzer& analyzer, const std::string& old_path, const std::string& new_path,
                     std::optional<claimlint::Date> date, const std::string& format, const claimlint::OutputOptions& oo,
                     claimlint::FailOn fail_on) {
  DiffOutcome r;
  auto old_text = read(old_path, analyzer.options().max_input_bytes);
  auto new_text = read(new_path, analyzer.options().max_input_bytes);
  if (!old_text || !new_text) { r.error = true; return r; }
  claimlint::Document od{*old_text, old_path, date, claimlint::Format::automatic};
  claimlint::Document nd{*new_text, new_path, date, claimlint::Format::automatic};
  auto rep = analyzer.diff(od, nd);
  if (!rep) {
    const auto& e = rep.error();
    std::cerr << (e.line ? fmt::format("claimlint: {}:{}: {}\n", e.file, e.line, e.message)
                         : fmt::format("claimlint: {}: {}\n", e.file, e.message));
    r.error = true;
    return r;
  }
  claimlint::FileResult fr;
  fr.report = std::move(*rep);
  fr.text = *new_text;
  for (const auto& f : fr.report.findings) r.fails |= claimlint::reaches(f.severity, fail_on);
  std::span<const claimlint::FileResult> one(&fr, 1);
  if (format == "json") r.out = claimlint::to_json(one, oo);
  else if (format == "jsonl") r.out = claimlint::to_json_line(fr, oo) + "\n";
  else if (format == "sarif") r.out = claimlint::to_sarif(one, oo);
  else if (format == "rdjson") r.out = claimlint::to_rdjson(one, oo);
  else if (format == "github") r.out = claimlint::to_github(fr, oo);
  else r.out = claimlint::to_text(fr, oo);
  return r;
}

}  // namespace cli
