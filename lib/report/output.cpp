// Renderers: the contract's JSON report, JSON Lines, compiler-style text, GitHub workflow
// commands, SARIF 2.1.0 and reviewdog's rdjson. Pure functions of the reports; docs/output.md
// describes each format.
#include "claimlint/output.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "claimlint/rules.hpp"
#include "report/json_report.hpp"
#include "text/text.hpp"

namespace claimlint {
namespace json = boost::json;

namespace detail {

// A JSON writer that appends to a string as it goes: a report is written without building a
// tree of values first, so the memory it needs is the output's, not several times that.
// Escapes as Boost.JSON's serializer does (", \, \b \f \n \r \t, other control bytes as \u00XX;
// other bytes, UTF-8 included, as they are).
void JsonWriter::str(std::string_view s) {
  out.push_back('"');
  static constexpr char hex[] = "0123456789abcdef";
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void JsonWriter::key(std::string_view k) {
  comma();
  str(k);
  out.push_back(':');
  fresh = true;
}

void JsonWriter::comma() {
  if (!fresh) out.push_back(',');
  fresh = false;
}

void JsonWriter::num(long long v) {
  comma();
  fmt::format_to(std::back_inserter(out), "{}", v);
}

namespace {

void span_json(JsonWriter& w, const Span& s) {
  w.open('{');
  w.key("start"); w.num(static_cast<long long>(s.start));
  w.key("end"); w.num(static_cast<long long>(s.end));
  w.key("line"); w.num(s.line);
  w.key("column"); w.num(s.column);
  w.key("end_line"); w.num(s.end_line);
  w.key("end_column"); w.num(s.end_column);
  w.close('}');
}

// A claim's content; `parts` only when it is discontinuous (the contract's multi-part claims).
void content_json(JsonWriter& w, const Content& c) {
  w.open('{');
  w.key("text"); w.value(c.text);
  w.key("span"); span_json(w, c.span);
  if (c.parts.size() > 1) {
    w.key("parts");
    w.open('[');
    for (const auto& p : c.parts) span_json(w, p);
    w.close(']');
  }
  w.close('}');
}

}  // namespace

// The members of one file's report (without the braces): path, date, date_source,
// kb_snapshot, claims, entities, findings, notes; or path and error.
void file_json_members(JsonWriter& w, const FileResult& fr) {
  const Report& r = fr.report;
  w.key("path"); w.value(r.path);
  if (!fr.error.empty()) {
    w.key("error"); w.value(fr.error);
    return;
  }
  w.key("date");
  if (r.date) w.value(to_string(*r.date));
  else w.null();
  w.key("date_source"); w.value(to_string(r.date_source));
  if (!r.kb_snapshot.empty()) { w.key("kb_snapshot"); w.value(r.kb_snapshot); }
  w.key("claims");
  w.open('[');
  for (const auto& c : r.claims) {
    w.open('{');
    w.key("id"); w.num(c.id);
    w.key("kind"); w.value(to_string(c.kind));
    w.key("cue");
    w.open('{');
    w.key("text"); w.value(c.cue.text);
    w.key("span"); span_json(w, c.cue.span);
    w.close('}');
    w.key("speaker");
    w.open('{');
    w.key("text"); w.value(c.speaker.text);
    w.key("name"); w.value(c.speaker.name);
    w.key("entity");
    if (c.speaker.entity) w.num(c.speaker.entity);
    else w.null();
    w.key("anonymous"); w.boolean(c.speaker.anonymous);
    w.key("class"); w.value(to_string(c.speaker.speaker_class));
    w.key("span");
    if (c.speaker.text.empty()) w.null();
    else span_json(w, c.speaker.span);
    w.close('}');
    w.key("content"); content_json(w, c.content);
    w.key("span"); span_json(w, c.span);
    if (!c.channel.empty()) { w.key("channel"); w.value(c.channel); }
    w.close('}');
  }
  w.close(']');
  w.key("entities");
  w.open('[');
  for (const auto& e : r.entities) {
    w.open('{');
    w.key("id"); w.num(e.id);
    w.key("kind"); w.value(to_string(e.kind));
    w.key("name"); w.value(e.name);
    w.key("roles");
    w.open('[');
    for (const auto& role : e.roles) {
      w.open('{');
      w.key("text"); w.value(role.text);
      w.key("span"); span_json(w, role.span);
      w.key("office"); w.value(role.office);
      if (!role.jurisdiction.empty() && role.jurisdiction[0] != '@') { w.key("jurisdiction"); w.value(role.jurisdiction); }
      if (!role.body.empty()) { w.key("body"); w.value(role.body); }
      if (!role.of_office.empty()) {
        w.key("of");
        w.open('{');
        w.key("office"); w.value(role.of_office);
        w.key("jurisdiction"); w.value(role.of_jurisdiction);
        w.close('}');
      }
      w.key("qualifiers");
      w.open('[');
      for (const auto& q : role.qualifiers) w.value(q);
      w.close(']');
      w.close('}');
    }
    w.close(']');
    w.key("mentions");
    w.open('[');
    for (const auto& m : e.mentions) span_json(w, m);
    w.close(']');
    w.close('}');
  }
  w.close(']');
  w.key("findings");
  w.open('[');
  for (const auto& f : r.findings) {
    w.open('{');
    w.key("rule"); w.value(f.rule);
    w.key("severity"); w.value(to_string(f.severity));
    w.key("message"); w.value(f.message);
    w.key("span"); span_json(w, f.span);
    w.key("related");
    w.open('[');
    for (const auto& x : f.related) {
      w.open('{');
      w.key("message"); w.value(x.message);
      w.key("span");
      if (x.span) span_json(w, *x.span);
      else w.null();
      w.close('}');
    }
    w.close(']');
    w.key("fix"); w.value(f.fix);
    w.close('}');
  }
  w.close(']');
  w.key("notes");
  w.open('[');
  for (const auto& n : r.notes) w.value(n);
  w.close(']');
}

void tool_members(JsonWriter& w, const OutputOptions& o) {
  w.key("tool");
  w.open('{');
  w.key("name"); w.value("claimlint");
  w.key("version"); w.value(o.tool_version);
  w.close('}');
}

}  // namespace detail

namespace {

void json_report(detail::JsonWriter& w, std::span<const FileResult> files, const OutputOptions& o) {
  w.open('{');
  detail::tool_members(w, o);
  w.key("files");
  w.open('[');
  for (const auto& f : files) {
    w.open('{');
    detail::file_json_members(w, f);
    w.close('}');
  }
  w.close(']');
  w.close('}');
  w.out.push_back('\n');
}

}  // namespace

std::string to_json(std::span<const FileResult> files, const OutputOptions& o) {
  detail::JsonWriter w;
  json_report(w, files, o);
  return std::move(w.out);
}

void write_json(std::span<const FileResult> files, const std::function<void(std::string_view)>& write,
                const OutputOptions& o) {
  detail::JsonWriter w;
  w.sink = &write;
  json_report(w, files, o);
  if (!w.out.empty()) write(w.out);
}

std::string to_json_line(const FileResult& file, const OutputOptions& o) {
  detail::JsonWriter w;
  w.open('{');
  detail::file_json_members(w, file);
  detail::tool_members(w, o);
  w.close('}');
  return std::move(w.out);
}


std::string to_text(const FileResult& fr, const OutputOptions& o) {
  std::string out;
  const Report& r = fr.report;
  if (!fr.error.empty()) return fmt::format("{}: error: {}\n", r.path, fr.error);
  detail::LineIndex li(fr.text);
  const char* bold = o.color ? "\x1b[1m" : "";
  const char* reset = o.color ? "\x1b[0m" : "";
  for (const auto& f : r.findings) {
    const char* col = !o.color ? "" : f.severity == Severity::error ? "\x1b[1;31m" : f.severity == Severity::warning ? "\x1b[1;35m" : "\x1b[1;36m";
    out += fmt::format("{}{}:{}:{}:{} {}{}:{} {} [{}]\n", bold, r.path, f.span.line, f.span.column, reset, col,
                       to_string(f.severity), reset, f.message, f.rule);
    if (!fr.text.empty()) {
      std::string_view line = li.line_text(f.span.line);
      out += fmt::format("  {}\n  ", line);
      // Caret line: spaces up to the column (tabs kept), then ^~~~ to the end on this line.
      std::uint32_t col_no = 1;
      std::size_t i = 0;
      for (; i < line.size() && col_no < f.span.column; ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
        out += line[i] == '\t' ? '\t' : ' ';
        ++col_no;
      }
      std::uint32_t end_col = f.span.end_line == f.span.line ? f.span.end_column : col_no + 1;
      for (std::uint32_t c = f.span.column; c < std::max(end_col, f.span.column + 1); ++c) out += c == f.span.column ? '^' : '~';
      out += '\n';
    }
    for (const auto& rel : f.related) {
      if (rel.span) out += fmt::format("{}:{}:{}: note: {}\n", r.path, rel.span->line, rel.span->column, rel.message);
      else out += fmt::format("  note: {}\n", rel.message);
    }
    if (!f.fix.empty()) out += fmt::format("  fix: {}\n", f.fix);
  }
  return out;
}

static std::string gh_escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string to_github(const FileResult& fr, const OutputOptions&) {
  std::string out;
  const Report& r = fr.report;
  if (!fr.error.empty()) return fmt::format("::error file={}::{}\n", gh_escape(r.path, true), gh_escape(fr.error, false));
  for (const auto& f : r.findings) {
    std::string_view level = f.severity == Severity::error ? "error" : f.severity == Severity::warning ? "warning" : "notice";
    out += fmt::format("::{} file={},line={},endLine={},col={},endColumn={},title={}::{}\n", level,
                       gh_escape(r.path, true), f.span.line, f.span.end_line, f.span.column, f.span.end_column,
                       gh_escape(f.rule, true), gh_escape(f.message, false));
  }
  return out;
}

namespace {

// A URI reference for a path: unreserved characters and '/' as they are, the rest
// percent-encoded; absolute paths become file:// URIs.
std::string path_uri(std::string_view path) {
  std::string out;
  if (path.starts_with("./")) path.remove_prefix(2);
  if (path.starts_with('/')) out = "file://";
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                c == '_' || c == '~' || c == '/';
    if (keep) out += static_cast<char>(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

std::string_view sarif_level(Severity s) {
  return s == Severity::error ? "error" : s == Severity::warning ? "warning" : "note";
}

// The flagged bytes with runs of white space folded to one space.
std::string flagged_text(const FileResult& fr, const Span& s) {
  std::string out;
  if (s.end > fr.text.size() || s.start > s.end) return out;
  bool space = false;
  for (char c : fr.text.substr(s.start, s.end - s.start)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') { space = !out.empty(); continue; }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

json::object sarif_region(const FileResult& fr, const Span& s) {
  // Columns count code points (columnKind unicodeCodePoints); endColumn is exclusive.
  json::object region{{"startLine", s.line}, {"startColumn", s.column}, {"endLine", s.end_line},
                      {"endColumn", s.end_column}, {"byteOffset", s.start}, {"byteLength", s.end - s.start}};
  if (s.end <= fr.text.size() && s.start < s.end)
    region["snippet"] = json::object{{"text", std::string(fr.text.substr(s.start, s.end - s.start))}};
  return region;
}

json::object sarif_location(const FileResult& fr, const Span& s) {
  return json::object{{"physicalLocation", json::object{{"artifactLocation", json::object{{"uri", path_uri(fr.report.path)}}},
                                                        {"region", sarif_region(fr, s)}}}};
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

// The start of the line that holds `offset`.
std::size_t line_start(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

json::object rd_range(const FileResult& fr, const Span& s) {
  // reviewdog counts columns in UTF-8 bytes; the end is exclusive.
  auto pos = [&](std::uint32_t line, std::size_t off) {
    return json::object{{"line", line}, {"column", off - line_start(fr.text, off) + 1}};
  };
  if (fr.text.empty() || s.end > fr.text.size())
    return json::object{{"start", json::object{{"line", s.line}, {"column", s.column}}},
                        {"end", json::object{{"line", s.end_line}, {"column", s.end_column}}}};
  return json::object{{"start", pos(s.line, s.start)}, {"end", pos(s.end_line, s.end)}};
}

}  // namespace

std::string to_sarif(std::span<const FileResult> files, const OutputOptions& o) {
  json::array rules;
  for (const auto& ri : claimlint::rules()) {
    std::string uri = fmt::format("{}{}", o.docs_base_uri, ri.doc);
    rules.push_back(json::object{
        {"id", std::string(ri.id)},
        {"shortDescription", json::object{{"text", std::string(ri.summary)}}},
        {"fullDescription", json::object{{"text", fmt::format("Flags {}. {}", ri.summary, ri.help)}}},
        {"help", json::object{{"text", fmt::format("{} See {}", ri.help, uri)},
                              {"markdown", fmt::format("{} See [{}]({}).", ri.help, ri.id, uri)}}},
        {"helpUri", uri},
        {"defaultConfiguration", json::object{{"level", std::string(sarif_level(ri.default_severity))}}}});
  }
  json::array results;
  json::array notifications;
  json::array artifacts;
  std::vector<std::string> artifact_uris;
  for (const auto& fr : files) {
    std::string uri = path_uri(fr.report.path);
    if (std::find(artifact_uris.begin(), artifact_uris.end(), uri) == artifact_uris.end()) {
      artifacts.push_back(json::object{{"location", json::object{{"uri", uri}}}, {"roles", json::array{"analysisTarget"}}});
      artifact_uris.push_back(uri);
    }
    if (!fr.error.empty()) {
      notifications.push_back(json::object{
          {"level", "error"},
          {"message", json::object{{"text", fmt::format("{}: {}", fr.report.path, fr.error)}}},
          {"locations", json::array{json::object{{"physicalLocation",
                                                  json::object{{"artifactLocation", json::object{{"uri", path_uri(fr.report.path)}}}}}}}}});
      continue;
    }
    // A fingerprint from the rule, the flagged text (white space folded) and which repeat of
    // that pair it is in the file: stable when lines above move or the paragraph is re-wrapped.
    std::vector<std::pair<std::uint64_t, int>> seen;
    for (const auto& f : fr.report.findings) {
      std::size_t rule_index = 0;
      for (std::size_t k = 0; k < claimlint::rules().size(); ++k)
        if (claimlint::rules()[k].id == f.rule) rule_index = k;
      std::uint64_t h = fnv1a(f.rule + "\x1f" + flagged_text(fr, f.span));
      int nth = 0;
      for (auto& [hh, n] : seen)
        if (hh == h) nth = ++n;
      if (nth == 0) seen.emplace_back(h, 0);
      if (nth > 0) h = fnv1a(fmt::format("\x1f{}", nth), h);
      json::object res{{"ruleId", f.rule},
                       {"ruleIndex", rule_index},
                       {"level", std::string(sarif_level(f.severity))},
                       {"message", json::object{{"text", f.message}}},
                       {"locations", json::array{sarif_location(fr, f.span)}},
                       {"partialFingerprints", json::object{{"claimlint/v1", fmt::format("{:016x}", h)}}}};
      json::array related;
      for (const auto& rel : f.related) {
        if (!rel.span) continue;
        json::object loc = sarif_location(fr, *rel.span);
        loc["id"] = related.size();
        loc["message"] = json::object{{"text", rel.message}};
        related.push_back(std::move(loc));
      }
      if (!related.empty()) res["relatedLocations"] = std::move(related);
      json::object props;
      json::array evidence;
      for (const auto& rel : f.related)
        if (!rel.span) evidence.push_back(json::value(rel.message));
      if (!evidence.empty()) props["evidence"] = std::move(evidence);
      if (!f.fix.empty()) props["fix"] = f.fix;
      if (!props.empty()) res["properties"] = std::move(props);
      results.push_back(std::move(res));
    }
  }
  json::object invocation{{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  json::object run{{"tool", json::object{{"driver", json::object{{"name", "claimlint"},
                                                                 {"version", std::string(o.tool_version)},
                                                                 {"semanticVersion", std::string(o.tool_version)},
                                                                 {"informationUri", std::string(o.docs_base_uri)},
                                                                 {"rules", std::move(rules)}}}}},
                   {"invocations", json::array{std::move(invocation)}},
                   {"artifacts", std::move(artifacts)},
                   {"columnKind", "unicodeCodePoints"},
                   {"results", std::move(results)}};
  json::object root{{"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
                    {"version", "2.1.0"},
                    {"runs", json::array{std::move(run)}}};
  return json::serialize(root) + "\n";
}

std::string to_rdjson(std::span<const FileResult> files, const OutputOptions& o) {
  json::array diags;
  for (const auto& fr : files) {
    if (!fr.error.empty()) {
      diags.push_back(json::object{{"message", fr.error},
                                   {"location", json::object{{"path", fr.report.path}}},
                                   {"severity", "ERROR"}});
      continue;
    }
    for (const auto& f : fr.report.findings) {
      const RuleInfo* ri = find_rule(f.rule);
      json::object code{{"value", f.rule}};
      if (ri) code["url"] = fmt::format("{}{}", o.docs_base_uri, ri->doc);
      json::object d{{"message", f.message},
                     {"location", json::object{{"path", fr.report.path}, {"range", rd_range(fr, f.span)}}},
                     {"severity", f.severity == Severity::error ? "ERROR" : f.severity == Severity::warning ? "WARNING" : "INFO"},
                     {"code", std::move(code)}};
      json::array related;
      for (const auto& rel : f.related)
        if (rel.span)
          related.push_back(json::object{{"message", rel.message},
                                         {"location", json::object{{"path", fr.report.path}, {"range", rd_range(fr, *rel.span)}}}});
      if (!related.empty()) d["related_locations"] = std::move(related);
      diags.push_back(std::move(d));
    }
  }
  json::object root{{"source", json::object{{"name", "claimlint"}, {"url", std::string(o.docs_base_uri)}}},
                    {"diagnostics", std::move(diags)}};
  return json::serialize(root) + "\n";
}

}  // namespace claimlint
