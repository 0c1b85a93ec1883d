// Batch mode's per-line step (claimlint/batch.hpp): reports with their ids, error records for
// lines that cannot be used, and spans into the record's own text.
#include <boost/json.hpp>
#include <doctest/doctest.h>

#include <string>

#include "helpers.hpp"

namespace json = boost::json;

namespace {

json::object parse(const claimlint::BatchRecord& r) {
  json::value v = json::parse(r.line);
  REQUIRE(v.is_object());
  CHECK(r.line.find('\n') == std::string::npos);
  return v.get_object();
}

}  // namespace

TEST_CASE("a record gives its report with the id copied as given") {
  auto rec = claimlint::batch_line(
      test::analyzer(), R"({"id": "a-17", "text": "Mara Quell said the bridge would reopen.", "date": "2025-12-15"})", 1);
  CHECK_FALSE(rec.error);
  auto o = parse(rec);
  CHECK(o.at("id") == "a-17");
  CHECK(o.at("date") == "2025-12-15");
  CHECK(o.at("date_source") == "option");
  const auto& claims = o.at("claims").as_array();
  REQUIRE(claims.size() == 1);
  const auto& content = claims[0].as_object().at("content").as_object();
  CHECK(content.at("text") == "the bridge would reopen");
  // Spans are byte offsets into the record's text.
  std::string text = "Mara Quell said the bridge would reopen.";
  auto start = content.at("span").as_object().at("start").to_number<std::size_t>();
  auto end = content.at("span").as_object().at("end").to_number<std::size_t>();
  CHECK(text.substr(start, end - start) == "the bridge would reopen");

  // A numeric id stays a number; with no date in the record the default applies.
  claimlint::BatchDefaults defaults;
  defaults.date = claimlint::parse_date("2024-03-01");
  auto rec2 = claimlint::batch_line(test::analyzer(), R"({"id": 42, "text": "No claims here."})", 2, defaults);
  auto o2 = parse(rec2);
  CHECK(o2.at("id").is_int64());
  CHECK(o2.at("id").as_int64() == 42);
  CHECK(o2.at("date") == "2024-03-01");
}

TEST_CASE("a line that cannot be used gives an error record naming its line") {
  struct Case {
    const char* line;
    const char* code;
  };
  for (const Case& c : {Case{"not json", "json"}, Case{"[1, 2]", "json"}, Case{R"({"id": 3})", "field"},
                        Case{R"({"text": 5})", "field"}, Case{R"({"text": "x", "date": "2024-02-30"})", "field"},
                        Case{R"({"text": "x", "format": "pdf"})", "field"},
                        Case{R"({"id": [1], "text": "x"})", "field"}}) {
    CAPTURE(c.line);
    auto rec = claimlint::batch_line(test::analyzer(), c.line, 7);
    CHECK(rec.error);
    auto o = parse(rec);
    CHECK(o.at("line").as_int64() == 7);
    CHECK(o.at("error").at("code") == c.code);
    CHECK_FALSE(o.at("error").at("message").as_string().empty());
  }
  // The id is kept on an error record when the line had one.
  auto rec = claimlint::batch_line(test::analyzer(), R"({"id": "k", "text": 5})", 1);
  CHECK(parse(rec).at("id") == "k");
  // Invalid UTF-8 inside the text (a lone continuation byte, escaped as JSON cannot carry it raw).
  std::string bad = "{\"id\": 1, \"text\": \"caf\xC3\"}";
  auto rec3 = claimlint::batch_line(test::analyzer(), bad, 9);
  CHECK(rec3.error);
  // Deep nesting is refused, not recursed into.
  std::string deep = "{\"text\": \"x\", \"extra\": " + std::string(5000, '[') + std::string(5000, ']') + "}";
  auto rec4 = claimlint::batch_line(test::analyzer(), deep, 10);
  CHECK(rec4.error);
  CHECK(parse(rec4).at("error").at("code") == "json");
}
