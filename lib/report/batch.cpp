// Batch mode's per-line step: parse one JSON Lines record, analyze its text, render its report
// as one line with the record's id (docs/formats.md, "Batch mode").
#include "claimlint/batch.hpp"

#include <boost/json.hpp>

#include "report/json_report.hpp"

namespace claimlint {
namespace json = boost::json;

namespace {

std::string error_line(const json::value* id, std::size_t line, std::string_view code, std::string_view message) {
  json::object o;
  o["id"] = id ? *id : json::value(nullptr);
  o["line"] = line;
  o["error"] = json::object{{"code", code}, {"message", message}};
  return json::serialize(o);
}

std::string_view code_name(Error::Code c) {
  switch (c) {
    case Error::Code::encoding: return "encoding";
    case Error::Code::usage: return "usage";
    case Error::Code::io: return "io";
    case Error::Code::knowledge_base: return "knowledge_base";
    case Error::Code::config: return "config";
    case Error::Code::internal: return "internal";
  }
  return "internal";
}

}  // namespace

BatchRecord batch_line(const Analyzer& analyzer, std::string_view line, std::size_t line_number,
                       const BatchDefaults& defaults) {
  BatchRecord rec;
  rec.error = true;
  if (line.size() > defaults.max_line_bytes) {
    rec.line = error_line(nullptr, line_number, "usage",
                          "the line is longer than the limit of " + std::to_string(defaults.max_line_bytes) + " bytes");
    return rec;
  }
  // A bounded parser: nesting deeper than 64 is refused rather than recursed into.
  json::parse_options po;
  po.max_depth = 64;
  std::error_code ec;
  json::storage_ptr sp = json::make_shared_resource<json::monotonic_resource>();
  json::value v = json::parse(line, ec, sp, po);
  if (ec) {
    rec.line = error_line(nullptr, line_number, "json", "not a JSON object: " + ec.message());
    return rec;
  }
  if (!v.is_object()) {
    rec.line = error_line(nullptr, line_number, "json", "not a JSON object");
    return rec;
  }
  const json::object& in = v.get_object();
  const json::value* id = in.if_contains("id");
  if (id && !(id->is_string() || id->is_number() || id->is_null())) {
    rec.line = error_line(nullptr, line_number, "field", "\"id\" must be a string or a number");
    return rec;
  }
  auto string_field = [&](std::string_view key, std::string_view& out) -> bool {
    const json::value* f = in.if_contains(key);
    if (!f || f->is_null()) return true;
    if (!f->is_string()) return false;
    out = f->get_string();
    return true;
  };
  std::string_view text, date_s, format_s, path;
  const json::value* tv = in.if_contains("text");
  if (!tv || !tv->is_string()) {
    rec.line = error_line(id, line_number, "field", tv ? "\"text\" must be a string" : "the record has no \"text\"");
    return rec;
  }
  text = tv->get_string();
  if (!string_field("date", date_s) || !string_field("format", format_s) || !string_field("path", path)) {
    rec.line = error_line(id, line_number, "field", "\"date\", \"format\" and \"path\" must be strings");
    return rec;
  }
  Document doc;
  doc.text = text;
  doc.path = std::string(path);
  doc.date = defaults.date;
  if (!date_s.empty()) {
    doc.date = parse_date(date_s);
    if (!doc.date) {
      rec.line = error_line(id, line_number, "field", "\"date\" is not a calendar day in YYYY-MM-DD form");
      return rec;
    }
  }
  if (format_s.empty() || format_s == "auto") doc.format = path.empty() ? Format::plain : Format::automatic;
  else if (format_s == "plain") doc.format = Format::plain;
  else if (format_s == "markdown") doc.format = Format::markdown;
  else if (format_s == "html") doc.format = Format::html;
  else {
    rec.line = error_line(id, line_number, "field", "\"format\" must be plain, markdown or html");
    return rec;
  }
  auto report = analyzer.analyze(doc);
  if (!report.ok()) {
    const Error& e = report.error();
    std::string msg = e.message;
    if (e.offset != static_cast<std::size_t>(-1)) msg += " (byte " + std::to_string(e.offset) + " of \"text\")";
    rec.line = error_line(id, line_number, code_name(e.code), msg);
    return rec;
  }
  FileResult fr{std::move(report.value()), text, {}};
  detail::JsonWriter w;
  w.open('{');
  w.key("id");
  w.raw(id ? json::serialize(*id) : std::string("null"));
  detail::file_json_members(w, fr);
  w.close('}');
  rec.line = std::move(w.out);
  rec.error = false;
  return rec;
}

}  // namespace claimlint
