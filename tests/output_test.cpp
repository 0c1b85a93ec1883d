#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "helpers.hpp"

namespace json = boost::json;

static claimlint::FileResult sample(std::string_view text) {
  claimlint::FileResult fr;
  fr.report = test::analyze(text, "2025-12-15");
  fr.report.path = "drafts/a.txt";
  fr.text = text;
  return fr;
}

static constexpr std::string_view kSeed =
    "Zürich — The German Chancellor’s spokesperson, Friedrich Merz, noted that the talks mattered.";

TEST_CASE("json: the contract's shape") {
  auto fr = sample(kSeed);
  std::vector<claimlint::FileResult> v{fr};
  auto doc = json::parse(claimlint::to_json(v));
  const auto& root = doc.as_object();
  CHECK(root.at("tool").at("name") == "claimlint");
  const auto& file = root.at("files").as_array().at(0).as_object();
  CHECK(file.at("path") == "drafts/a.txt");
  CHECK(file.at("date") == "2025-12-15");
  CHECK(file.at("date_source") == "option");
  const auto& f = file.at("findings").as_array().at(0).as_object();
  CHECK(f.at("rule") == "role.self-reference");
  CHECK(f.at("severity") == "error");
  for (auto key : {"start", "end", "line", "column", "end_line", "end_column"}) CHECK(f.at("span").as_object().contains(key));
  CHECK(f.at("related").as_array().at(0).at("span").is_null());
  const auto& c = file.at("claims").as_array().at(0).as_object();
  for (auto key : {"id", "kind", "cue", "speaker", "content", "span"}) CHECK(c.contains(key));
  CHECK(c.at("kind") == "indirect");
  CHECK(c.at("speaker").at("name") == "Friedrich Merz");
  // Byte offsets point into the input; columns count code points ("Zürich — " = 9 code points, 12 bytes).
  auto start = static_cast<std::size_t>(f.at("span").at("start").as_int64());
  CHECK(kSeed.substr(start, 3) == "The");
  CHECK(f.at("span").at("column").as_int64() == 10);
}

TEST_CASE("text: compiler style with the source line and a caret") {
  auto out = claimlint::to_text(sample(kSeed));
  CHECK(out.starts_with("drafts/a.txt:1:10: error: "));
  CHECK(out.find("[role.self-reference]") != std::string::npos);
  CHECK(out.find("\n  Zürich — The German") != std::string::npos);
  CHECK(out.find("\n           ^~~") != std::string::npos);  // 2 indent + 9 columns, then the caret
}

TEST_CASE("github: workflow commands with escaped properties") {
  auto out = claimlint::to_github(sample(kSeed));
  CHECK(out.starts_with("::error file=drafts/a.txt,line=1,endLine=1,col=10,endColumn="));
  CHECK(out.find("title=role.self-reference::") != std::string::npos);
}

TEST_CASE("sarif: 2.1.0 with code-point columns, rules and fingerprints") {
  std::vector<claimlint::FileResult> v{sample(kSeed)};
  auto doc = json::parse(claimlint::to_sarif(v));
  CHECK(doc.at("version") == "2.1.0");
  const auto& run = doc.at("runs").as_array().at(0).as_object();
  CHECK(run.at("columnKind") == "unicodeCodePoints");
  CHECK(run.at("tool").at("driver").at("rules").as_array().size() == claimlint::rules().size());
  const auto& res = run.at("results").as_array().at(0).as_object();
  CHECK(res.at("ruleId") == "role.self-reference");
  CHECK(res.at("locations").as_array().at(0).at("physicalLocation").at("region").at("startColumn") == 10);
  // The fingerprint does not change when lines are added above.
  std::string moved = std::string("New first line.\n\n") + std::string(kSeed);
  std::vector<claimlint::FileResult> w{sample(moved)};
  auto doc2 = json::parse(claimlint::to_sarif(w));
  CHECK(doc2.at("runs").at(0).at("results").at(0).at("partialFingerprints") == res.at("partialFingerprints"));
}

TEST_CASE("jsonl: one object per line") {
  auto line = claimlint::to_json_line(sample(kSeed));
  CHECK(line.find('\n') == std::string::npos);
  auto v = json::parse(line);
  CHECK(v.at("path") == "drafts/a.txt");
}
