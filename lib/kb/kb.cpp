#include "kb/kb.hpp"

#include <algorithm>

#include <boost/json.hpp>
#include <fmt/format.h>

#include "claimlint/io.hpp"
#include "claimlint/knowledge_base.hpp"
#include "mentions/lexicon.hpp"
#include "text/text.hpp"

namespace claimlint::detail {
extern const char builtin_kb[];
extern const std::size_t builtin_kb_size;

static int days_in_month(int y, int m) {
  static constexpr int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return d[m - 1];
}

Date PartialDate::first() const { return Date{year, month ? month : 1, day ? day : 1}; }
Date PartialDate::last() const {
  int m = month ? month : 12;
  return Date{year, m, day ? day : days_in_month(year, m)};
}
std::string PartialDate::str() const {
  if (!month) return fmt::format("{:04}", year);
  if (!day) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

bool Tenure::surely_active(const Date& d) const {
  if (d < start.last()) return false;
  if (d == start.last() && start.day == 0) return false;
  if (open) return known_to.year == 0 || !(known_to.last() < d);
  return d < end.first();
}
const std::string& Tenure::label_on(const Date& d) const {
  const std::string* best = &label;
  Date from{0, 1, 1};
  for (const auto& [l, start] : other_labels)
    if (!(d < start.first()) && !(start.first() < from)) {
      best = &l;
      from = start.first();
    }
  return *best;
}
bool Tenure::surely_ended(const Date& d) const { return !open && d > end.last(); }
bool Tenure::surely_not_started(const Date& d) const { return d < start.first(); }

std::string surname_key(std::string_view full_name) {
  std::string f = fold(full_name);
  // Particles belong to the surname: "von der leyen", "de gaulle".
  std::vector<std::string_view> words;
  std::size_t b = 0;
  while (b < f.size()) {
    std::size_t e = f.find(' ', b);
    if (e == std::string::npos) e = f.size();
    if (e > b) words.emplace_back(std::string_view(f).substr(b, e - b));
    b = e + 1;
  }
  // A regnal number is not a surname: "Charles III" -> "charles".
  auto roman = [](std::string_view w) { return !w.empty() && w.find_first_not_of("ivx") == std::string_view::npos; };
  if (words.size() > 1 && roman(words.back())) words.pop_back();
  if (words.empty()) return {};
  std::size_t k = words.size() - 1;
  while (k > 0) {
    auto w = words[k - 1];
    if (name_particle(w))
      --k;
    else
      break;
  }
  std::string out;
  for (std::size_t i = k; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

void KbData::reindex() {
  by_name.clear();
  by_surname.clear();
  by_office.clear();
  by_name.reserve(tenures.size() * 2);
  by_surname.reserve(tenures.size());
  by_office.reserve(tenures.size() / 2);
  for (std::uint32_t i = 0; i < tenures.size(); ++i) {
    const Tenure& t = tenures[i];
    std::string canon = fold(t.person);
    by_name[canon].push_back(i);
    auto add_surname = [&](std::string_view n) {
      auto& v = by_surname[surname_key(n)];
      if (std::find(v.begin(), v.end(), canon) == v.end()) v.push_back(canon);
    };
    add_surname(t.person);
    for (const auto& a : t.aliases) {
      std::string fa = fold(a);
      if (fa != canon) by_name[fa].push_back(i);
      add_surname(a);
    }
    by_office[t.office + "|" + t.jurisdiction].push_back(i);
  }
}

const std::vector<std::uint32_t>* KbData::person(std::string_view name) const {
  auto it = by_name.find(fold(name));
  return it == by_name.end() ? nullptr : &it->second;
}
const std::vector<std::string>* KbData::surname(std::string_view s) const {
  auto it = by_surname.find(fold(s));
  return it == by_surname.end() ? nullptr : &it->second;
}
const std::vector<std::uint32_t>* KbData::office(std::string_view o, std::string_view j) const {
  auto it = by_office.find(fmt::format("{}|{}", o, j));
  return it == by_office.end() ? nullptr : &it->second;
}

namespace {

std::optional<PartialDate> parse_partial(std::string_view s) {
  PartialDate p;
  auto num = [&](std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
  };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return std::nullopt;
  if (!num(0, 4, p.year) || p.year < 1800 || p.year > 2200) return std::nullopt;
  if (s.size() >= 7 && (s[4] != '-' || !num(5, 2, p.month) || p.month < 1 || p.month > 12)) return std::nullopt;
  if (s.size() == 10 && (s[7] != '-' || !num(8, 2, p.day) || p.day < 1 || p.day > days_in_month(p.year, p.month)))
    return std::nullopt;
  return p;
}

Error kb_error(std::string_view file, std::size_t line, std::string msg) {
  Error e;
  e.code = Error::Code::knowledge_base;
  e.file = std::string(file);
  e.line = line;
  e.message = std::move(msg);
  return e;
}

// Limits on one record (docs/reliability.md): no real record comes near them, and they keep
// every later stage's cost per name small.
constexpr std::size_t kMaxRecordBytes = std::size_t{64} << 10;
constexpr std::size_t kMaxNameBytes = 512;

// The fields of the Wikidata-keyed format: "wikidata" {"person": "Q…", "office": "Q…"},
// "sources" [{"url": "https://…", "read": "YYYY-MM-DD"}], "origin", "known_to", "retract".
std::optional<Error> parse_identity(const boost::json::object& o, Tenure& t, std::string_view file, std::size_t line) {
  auto qid = [](std::string_view q) {
    if (q.size() < 2 || q[0] != 'Q' || q[1] == '0') return false;
    return q.substr(1).find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (auto it = o.find("wikidata"); it != o.end() && !it->value().is_null()) {
    if (!it->value().is_object()) return kb_error(file, line, "field \"wikidata\" must be an object {\"person\": \"Q…\", \"office\": \"Q…\"}");
    for (const auto& kv : it->value().as_object()) {
      std::string_view k = kv.key();
      std::string* dst = k == "person" ? &t.person_qid : k == "office" ? &t.office_qid : nullptr;
      if (!dst) return kb_error(file, line, fmt::format("unknown field \"wikidata.{}\"", k));
      if (!kv.value().is_string() || !qid(kv.value().as_string()))
        return kb_error(file, line, fmt::format("field \"wikidata.{}\" must be a Wikidata id such as \"Q567\"", k));
      *dst = std::string(kv.value().as_string());
    }
  }
  if (auto it = o.find("sources"); it != o.end() && !it->value().is_null()) {
    if (!it->value().is_array()) return kb_error(file, line, "field \"sources\" must be an array of {\"url\", \"read\"}");
    for (const auto& v : it->value().as_array()) {
      if (!v.is_object()) return kb_error(file, line, "field \"sources\" must be an array of {\"url\", \"read\"}");
      SourceRef r;
      for (const auto& kv : v.as_object()) {
        std::string_view k = kv.key();
        if (k != "url" && k != "read") return kb_error(file, line, fmt::format("unknown field \"sources.{}\"", k));
        if (!kv.value().is_string()) return kb_error(file, line, fmt::format("field \"sources.{}\" must be a string", k));
        (k == "url" ? r.url : r.read) = std::string(kv.value().as_string());
      }
      if (!r.url.starts_with("https://") && !r.url.starts_with("http://"))
        return kb_error(file, line, fmt::format("source URL \"{}\" must start with https:// or http://", r.url));
      if (!r.read.empty()) {
        auto rd = parse_partial(r.read);
        if (!rd || !rd->day) return kb_error(file, line, fmt::format("bad read date \"{}\" (want YYYY-MM-DD)", r.read));
      }
      t.sources.push_back(std::move(r));
    }
    if (!t.sources.empty()) t.source = t.sources.front().url;  // what a finding cites
  }
  if (auto it = o.find("origin"); it != o.end() && !it->value().is_null()) {
    if (!it->value().is_string() || (it->value().as_string() != "curated" && it->value().as_string() != "wikidata"))
      return kb_error(file, line, "field \"origin\" must be \"curated\" or \"wikidata\"");
    t.origin = std::string(it->value().as_string());
  }
  if (auto it = o.find("known_to"); it != o.end() && !it->value().is_null()) {
    auto kd = it->value().is_string() ? parse_partial(it->value().as_string()) : std::nullopt;
    if (!kd) return kb_error(file, line, "bad \"known_to\" date (want YYYY-MM-DD, YYYY-MM or YYYY)");
    t.known_to = *kd;
  }
  if (auto it = o.find("other_labels"); it != o.end() && !it->value().is_null()) {
    auto bad = [&] { return kb_error(file, line, "field \"other_labels\" must be an array of {\"label\", \"start\"}"); };
    if (!it->value().is_array()) return bad();
    for (const auto& v : it->value().as_array()) {
      if (!v.is_object() || !v.as_object().contains("label") || !v.as_object().at("label").is_string()) return bad();
      PartialDate from = t.start;
      if (auto f = v.as_object().find("start"); f != v.as_object().end()) {
        auto d = f->value().is_string() ? parse_partial(f->value().as_string()) : std::nullopt;
        if (!d) return bad();
        from = *d;
      }
      t.other_labels.emplace_back(std::string(v.as_object().at("label").as_string()), from);
    }
  }
  if (auto it = o.find("retract"); it != o.end() && !it->value().is_null()) {
    if (!it->value().is_bool()) return kb_error(file, line, "field \"retract\" must be true or false");
    t.retract = it->value().as_bool();
  }
  return std::nullopt;
}

// Parses JSON Lines text into tenures. `file` names the source in errors; "#@file NAME"
// lines (written by the build's embedding step) switch the name and restart the count.
Result<std::vector<Tenure>> parse_jsonl(std::string_view text, std::string file, std::string* snapshot) {
  std::vector<Tenure> out;
  out.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  std::size_t line_no = 0;
  std::size_t b = 0;
  boost::json::stream_parser parser;
  // One small arena per line: the parsed value lives only while the line is read.
  alignas(std::max_align_t) unsigned char arena[8192];
  while (b < text.size()) {
    std::size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    b = e + 1;
    ++line_no;
    if (line.starts_with("#@file ")) {
      file = std::string(line.substr(7));
      line_no = 0;
      continue;
    }
    std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos || line[first] == '#') continue;
    if (line.size() > kMaxRecordBytes)
      return kb_error(file, line_no, fmt::format("record is {} bytes, over the limit of {} bytes", line.size(), kMaxRecordBytes));
    if (auto bad = validate_utf8(line)) return kb_error(file, line_no, "invalid UTF-8: " + bad->cause);
    boost::system::error_code ec;
    boost::json::monotonic_resource mr(arena, sizeof arena);
    parser.reset(&mr);
    parser.write(line.data(), line.size(), ec);
    if (!ec) parser.finish(ec);
    if (ec) return kb_error(file, line_no, "not a JSON object: " + ec.message());
    boost::json::value v = parser.release();
    if (!v.is_object()) return kb_error(file, line_no, "a record must be a JSON object");
    const auto& o = v.as_object();
    if (o.size() == 1 && o.contains("snapshot")) {
      if (snapshot && o.at("snapshot").is_string()) *snapshot = std::string(o.at("snapshot").as_string());
      continue;
    }
    static constexpr std::string_view known[] = {"person", "aliases", "gender", "office", "jurisdiction", "body",
                                                 "of", "label", "start", "end", "acting", "wikidata", "source",
                                                 "note", "sources", "origin", "known_to", "retract",
                                                 "other_labels"};
    for (const auto& kv : o) {
      if (std::find(std::begin(known), std::end(known), std::string_view(kv.key())) == std::end(known))
        return kb_error(file, line_no, fmt::format("unknown field \"{}\"", std::string_view(kv.key())));
    }
    Tenure t;
    t.file = file;
    t.line = line_no;
    auto str_field = [&](std::string_view key, std::string& dst, bool required) -> std::optional<Error> {
      auto it = o.find(key);
      if (it == o.end() || it->value().is_null()) {
        if (required) return kb_error(file, line_no, fmt::format("missing required field \"{}\"", key));
        return std::nullopt;
      }
      if (!it->value().is_string()) return kb_error(file, line_no, fmt::format("field \"{}\" must be a string", key));
      dst = std::string(it->value().as_string());
      if (required && dst.empty()) return kb_error(file, line_no, fmt::format("field \"{}\" is empty", key));
      return std::nullopt;
    };
    std::string start, end, gender;
    for (auto [key, dst, req] : {std::tuple{"person", &t.person, true}, {"office", &t.office, true},
                                 {"jurisdiction", &t.jurisdiction, true}, {"start", &start, true},
                                 {"source", &t.source, false}, {"body", &t.body, false}, {"of", &t.of, false},
                                 {"label", &t.label, false}, {"gender", &gender, false}}) {
      if (auto err = str_field(key, *dst, req)) return *err;
    }
    if (!o.contains("end")) return kb_error(file, line_no, "missing required field \"end\" (null when still in office)");
    if (!o.at("end").is_null()) {
      if (!o.at("end").is_string()) return kb_error(file, line_no, "field \"end\" must be a date string or null");
      end = std::string(o.at("end").as_string());
    }
    auto sd = parse_partial(start);
    if (!sd) return kb_error(file, line_no, fmt::format("bad start date \"{}\" (want YYYY-MM-DD, YYYY-MM or YYYY)", start));
    t.start = *sd;
    if (!end.empty()) {
      auto ed = parse_partial(end);
      if (!ed) return kb_error(file, line_no, fmt::format("bad end date \"{}\" (want YYYY-MM-DD, YYYY-MM or YYYY)", end));
      t.end = *ed;
      t.open = false;
      if (t.end.last() < t.start.first())
        return kb_error(file, line_no, fmt::format("end date {} is before start date {}", end, start));
    }
    if (!gender.empty()) {
      if (gender != "m" && gender != "f") return kb_error(file, line_no, "field \"gender\" must be \"m\" or \"f\"");
      t.gender = gender[0];
    }
    if (auto it = o.find("aliases"); it != o.end() && !it->value().is_null()) {
      if (!it->value().is_array()) return kb_error(file, line_no, "field \"aliases\" must be an array of strings");
      for (const auto& a : it->value().as_array()) {
        if (!a.is_string()) return kb_error(file, line_no, "field \"aliases\" must be an array of strings");
        t.aliases.emplace_back(a.as_string());
      }
    }
    for (const std::string* name : {&t.person, &t.label})
      if (name->size() > kMaxNameBytes)
        return kb_error(file, line_no, fmt::format("a name of {} bytes, over the limit of {} bytes", name->size(), kMaxNameBytes));
    for (const auto& a : t.aliases)
      if (a.size() > kMaxNameBytes)
        return kb_error(file, line_no, fmt::format("an alias of {} bytes, over the limit of {} bytes", a.size(), kMaxNameBytes));
    if (auto it = o.find("acting"); it != o.end() && !it->value().is_null()) {
      if (!it->value().is_bool()) return kb_error(file, line_no, "field \"acting\" must be true or false");
      t.acting = it->value().as_bool();
    }
    if (auto err = parse_identity(o, t, file, line_no)) return *err;
    if (t.source.empty() && t.sources.empty() && !t.retract)
      return kb_error(file, line_no, "missing required field \"sources\" (or a \"source\" note)");
    for (char c : t.office)
      if (!((c >= 'a' && c <= 'z') || c == '_'))
        return kb_error(file, line_no, fmt::format("office \"{}\" must be a key of lower-case letters and _", t.office));
    out.push_back(std::move(t));
  }
  return out;
}

// Two records hold the same post when these agree: the person (by Wikidata id when both
// records have one, else by folded name), office, jurisdiction, body and "of". Keyed both ways.
std::string post_rest(const Tenure& t) {
  return fmt::format("{}\x1f{}\x1f{}\x1f{}", t.office, t.jurisdiction, t.body, t.of);
}
std::string post_key(const Tenure& t) { return fold(t.person) + "\x1f" + post_rest(t); }
std::string post_qid_key(const Tenure& t) {
  return t.person_qid.empty() ? std::string() : t.person_qid + "\x1f" + post_rest(t);
}
bool overlap(const Tenure& a, const Tenure& b) {
  Date ae = a.open ? Date{9999, 12, 31} : a.end.last();
  Date be = b.open ? Date{9999, 12, 31} : b.end.last();
  return !(ae < b.start.first() || be < a.start.first());
}

}  // namespace
}  // namespace claimlint::detail

namespace claimlint {

using detail::KbData;

KnowledgeBase::KnowledgeBase() : data_(std::make_shared<const KbData>()) {}

Result<KnowledgeBase> KnowledgeBase::builtin() {
  static const Result<KnowledgeBase> cached = []() -> Result<KnowledgeBase> {
    KnowledgeBase kb;
    auto data = std::make_shared<KbData>();
    auto parsed = detail::parse_jsonl(std::string_view(detail::builtin_kb, detail::builtin_kb_size), "builtin",
                                      &data->snapshot);
    if (!parsed) return parsed.error();
    data->tenures = std::move(*parsed);
    data->reindex();
    kb.data_ = std::move(data);
    return kb;
  }();
  return cached;
}

Status KnowledgeBase::merge_text(std::string_view text, std::string_view name) {
  auto parsed = detail::parse_jsonl(text, std::string(name), nullptr);
  if (!parsed) return parsed.error();
  auto data = std::make_shared<KbData>(*data_);
  // A new record replaces the older ones for the same post whose terms overlap it, in file
  // order. The records are indexed by post, so each new one is compared only with the records
  // of its own post: linear in the records (the number of terms of one post is small).
  auto& tenures = data->tenures;
  boost::unordered_flat_map<std::string, std::vector<std::size_t>> by_post;
  std::vector<char> removed(tenures.size(), 0);
  boost::unordered_flat_map<std::string, std::vector<std::size_t>> by_qid;
  for (std::size_t i = 0; i < tenures.size(); ++i) {
    by_post[detail::post_key(tenures[i])].push_back(i);
    if (auto qk = detail::post_qid_key(tenures[i]); !qk.empty()) by_qid[qk].push_back(i);
  }
  for (auto& t : *parsed) {
    // A record replaces the records of the same post it overlaps; a retraction only removes them.
    auto drop_overlapping = [&](std::vector<std::size_t>& same) {
      std::erase_if(same, [&](std::size_t i) {
        if (removed[i]) return true;
        if (!detail::overlap(tenures[i], t)) return false;
        removed[i] = 1;
        return true;
      });
    };
    auto& same = by_post[detail::post_key(t)];
    drop_overlapping(same);
    const std::string qk = detail::post_qid_key(t);
    if (!qk.empty()) drop_overlapping(by_qid[qk]);
    if (t.retract) continue;
    same.push_back(tenures.size());
    if (!qk.empty()) by_qid[qk].push_back(tenures.size());
    tenures.push_back(std::move(t));
    removed.push_back(0);
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < tenures.size(); ++i)
    if (!removed[i]) {
      if (kept != i) tenures[kept] = std::move(tenures[i]);
      ++kept;
    }
  tenures.resize(kept);
  data->reindex();
  data_ = std::move(data);
  return Ok{};
}

Status KnowledgeBase::merge_file(const std::string& path) {
  auto text = read_file(path, max_knowledge_base_bytes);
  if (!text) {
    Error e = text.error();
    e.message = "knowledge-base file " + e.message;
    return e;
  }
  return merge_text(*text, path);
}

KnowledgeBase::Stats KnowledgeBase::stats() const {
  Stats s;
  s.tenures = data_->tenures.size();
  boost::unordered_flat_map<std::string, int> people, offices, jurs;
  for (const auto& t : data_->tenures) {
    people[detail::fold(t.person)] = 1;
    offices[t.office] = 1;
    jurs[t.jurisdiction] = 1;
  }
  s.people = people.size();
  s.offices = offices.size();
  s.jurisdictions = jurs.size();
  return s;
}

std::string KnowledgeBase::snapshot() const { return data_->snapshot; }

}  // namespace claimlint
