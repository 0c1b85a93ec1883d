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

TEST_CASE("json: a split quotation is one claim with content.parts; a continuous one has none") {
  constexpr std::string_view text = "Ines Halloran runs the depot. “We will not,” she said, “give up.” She said the depot would stay open.";
  auto fr = sample(text);
  std::vector<claimlint::FileResult> v{fr};
  auto doc = json::parse(claimlint::to_json(v));
  const auto& claims = doc.at("files").as_array().at(0).at("claims").as_array();
  REQUIRE(claims.size() == 2);
  const auto& content = claims.at(0).at("content").as_object();
  REQUIRE(content.contains("parts"));
  const auto& parts = content.at("parts").as_array();
  REQUIRE(parts.size() == 2);
  auto piece = [&](const json::value& sp) {
    auto a = static_cast<std::size_t>(sp.at("start").as_int64()), b = static_cast<std::size_t>(sp.at("end").as_int64());
    return std::string(text.substr(a, b - a));
  };
  CHECK(piece(parts.at(0)) == "We will not");
  CHECK(piece(parts.at(1)).rfind("give up", 0) == 0);
  CHECK(content.at("span").at("start") == parts.at(0).at("start"));
  CHECK(content.at("span").at("end") == parts.at(1).at("end"));
  CHECK(std::string(content.at("text").as_string()) == piece(parts.at(0)) + " " + piece(parts.at(1)));
  CHECK_FALSE(claims.at(1).at("content").as_object().contains("parts"));
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

TEST_CASE("rdjson: reviewdog's format, columns in UTF-8 bytes, end exclusive") {
  std::vector<claimlint::FileResult> v{sample(kSeed)};
  auto doc = json::parse(claimlint::to_rdjson(v));
  CHECK(doc.at("source").at("name") == "claimlint");
  const auto& d = doc.at("diagnostics").as_array().at(0).as_object();
  CHECK(d.at("code").at("value") == "role.self-reference");
  CHECK(d.at("severity") == "ERROR");
  CHECK(d.at("location").at("path") == "drafts/a.txt");
  // "Zürich — " is 9 code points but 12 bytes: the byte column of "The" is 13.
  const auto& range = d.at("location").at("range");
  CHECK(range.at("start").at("line") == 1);
  CHECK(range.at("start").at("column") == 13);
  auto start = static_cast<std::size_t>(range.at("start").at("column").as_int64() - 1);
  auto end = static_cast<std::size_t>(range.at("end").at("column").as_int64() - 1);
  CHECK(kSeed.substr(start, end - start).ends_with("Merz"));
  CHECK(d.at("code").at("url").as_string().ends_with("rules/role.self-reference.md"));
}

TEST_CASE("sarif: exclusive endColumn, byte offsets, encoded URIs, errors as notifications") {
  auto fr = sample(kSeed);
  fr.report.path = "drafts/my story.txt";
  claimlint::FileResult bad;
  bad.report.path = "drafts/bad.txt";
  bad.error = "line 2: invalid UTF-8";
  std::vector<claimlint::FileResult> v{fr, bad};
  auto doc = json::parse(claimlint::to_sarif(v));
  const auto& run = doc.at("runs").as_array().at(0).as_object();
  const auto& res = run.at("results").as_array().at(0).as_object();
  const auto& loc = res.at("locations").as_array().at(0).at("physicalLocation");
  CHECK(loc.at("artifactLocation").at("uri") == "drafts/my%20story.txt");
  const auto& region = loc.at("region");
  auto col = region.at("startColumn").as_int64(), end_col = region.at("endColumn").as_int64();
  // endColumn is the column after the last character: "The German … Merz" is 52 code points.
  std::string_view flagged = kSeed.substr(static_cast<std::size_t>(region.at("byteOffset").as_int64()),
                                          static_cast<std::size_t>(region.at("byteLength").as_int64()));
  CHECK(flagged.starts_with("The"));
  CHECK(flagged.ends_with("Merz"));
  CHECK(end_col - col == 52);
  CHECK(region.at("snippet").at("text").as_string() == flagged);
  const auto& rule = run.at("tool").at("driver").at("rules").as_array().at(static_cast<std::size_t>(res.at("ruleIndex").as_int64()));
  CHECK(rule.at("id") == res.at("ruleId"));
  for (auto key : {"shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration"}) CHECK(rule.as_object().contains(key));
  const auto& inv = run.at("invocations").as_array().at(0);
  CHECK(inv.at("executionSuccessful") == false);
  CHECK(inv.at("toolExecutionNotifications").as_array().at(0).at("message").at("text").as_string().starts_with("drafts/bad.txt"));
  CHECK(run.at("artifacts").as_array().size() == 2);
}

TEST_CASE("sarif: fingerprints differ for repeats of one finding and survive re-wrapping") {
  std::string twice = std::string(kSeed) + "\n\n" + std::string(kSeed) + "\n";
  std::vector<claimlint::FileResult> v{sample(twice)};
  auto doc = json::parse(claimlint::to_sarif(v));
  const auto& results = doc.at("runs").at(0).at("results").as_array();
  std::vector<std::string> fps;
  for (const auto& r : results)
    if (r.at("ruleId") == "role.self-reference") fps.emplace_back(r.at("partialFingerprints").at("claimlint/v1").as_string());
  REQUIRE(fps.size() == 2);
  CHECK(fps[0] != fps[1]);
  // Re-wrapped Markdown: a soft line break inside the flagged text.
  std::string wrapped(kSeed);
  wrapped.replace(wrapped.find(" spokesperson"), 1, "\n");
  auto md = [](std::string_view text) {
    claimlint::FileResult fr;
    auto r = test::analyzer().analyze({text, "drafts/a.md", claimlint::parse_date("2025-12-15")});
    REQUIRE(r.ok());
    fr.report = *r;
    fr.text = text;
    return fr;
  };
  std::vector<claimlint::FileResult> w{md(wrapped)}, o{md(kSeed)};
  auto a = json::parse(claimlint::to_sarif(w)), b = json::parse(claimlint::to_sarif(o));
  CHECK(a.at("runs").at(0).at("results").at(0).at("partialFingerprints") ==
        b.at("runs").at(0).at("results").at(0).at("partialFingerprints"));
}

TEST_CASE("text: colour only when asked") {
  auto plain = claimlint::to_text(sample(kSeed));
  CHECK(plain.find('\x1b') == std::string::npos);
  claimlint::OutputOptions o;
  o.color = true;
  auto coloured = claimlint::to_text(sample(kSeed), o);
  CHECK(coloured.find("\x1b[1;31merror") != std::string::npos);
}

TEST_CASE("github: notice for info, escaped message, errors for unreadable files") {
  claimlint::FileResult bad;
  bad.report.path = "a,b:c.txt";
  bad.error = "cannot open file\n100%";
  CHECK(claimlint::to_github(bad) == "::error file=a%2Cb%3Ac.txt::cannot open file%0A100%25\n");
}

TEST_CASE("json: write_json hands the report over in pieces whose concatenation is to_json's") {
  // A report larger than one piece (64 KiB): many attributed sentences, two files.
  std::string big;
  for (int i = 0; i < 600; ++i)
    big += "Minister Ada Lorenz said on Monday that the depot on route " + std::to_string(i) + " would close.\n\n";
  std::vector<claimlint::FileResult> files(2);
  files[0].report = test::analyze(big);
  files[0].text = big;
  files[1].report = test::analyze("The mayor said the bridge was safe.");
  files[1].text = "The mayor said the bridge was safe.";
  REQUIRE(files[0].report.claims.size() >= 600);
  std::vector<std::string> pieces;
  claimlint::write_json(files, [&](std::string_view p) { pieces.emplace_back(p); });
  std::string joined;
  for (const auto& p : pieces) joined += p;
  CHECK(pieces.size() > 1);
  CHECK(joined == claimlint::to_json(files));
  for (std::size_t k = 0; k + 1 < pieces.size(); ++k) CHECK(pieces[k].size() < (std::size_t{256} << 10));
  // A small report is one piece.
  pieces.clear();
  claimlint::write_json(std::span(files).subspan(1), [&](std::string_view p) { pieces.emplace_back(p); });
  CHECK(pieces.size() == 1);
}
