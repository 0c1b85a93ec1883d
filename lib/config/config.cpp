// The .claimlint.toml loader: toml++ (header-only use, no exceptions) and RE2 for globs.
#include "claimlint/config.hpp"

#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
#define TOML_ENABLE_FORMATTERS 0
#include <toml++/toml.h>

#include <fmt/format.h>
#include <re2/re2.h>

#include <filesystem>
#include <variant>

#include "claimlint/io.hpp"
#include "claimlint/rules.hpp"
#include "text/text.hpp"

namespace fs = std::filesystem;

namespace claimlint {
namespace detail {

struct GlobSet {
  std::vector<std::unique_ptr<RE2>> include, exclude;
};

struct TomlGuardError {
  std::size_t line, offset;
  std::string message;
};
std::variant<std::string, TomlGuardError> toml_ascii(std::string_view text);
std::string glob_to_regex(std::string_view g);

// Returns the RE2 pattern of a glob (see Config::selects).
std::string glob_to_regex(std::string_view g) {
  std::string re;
  while (g.ends_with('/')) g.remove_suffix(1);  // "archive/": a folder, at any depth
  bool has_slash = g.find('/') != std::string_view::npos;
  while (g.starts_with("./")) g.remove_prefix(2);
  if (g.starts_with('/')) g.remove_prefix(1);  // anchored at base_dir, like gitignore
  if (!has_slash) re += "(?:.*/)?";
  for (std::size_t i = 0; i < g.size(); ++i) {
    char c = g[i];
    if (c == '*') {
      if (i + 1 < g.size() && g[i + 1] == '*') {
        ++i;
        if (i + 1 < g.size() && g[i + 1] == '/') { ++i; re += "(?:.*/)?"; }
        else re += ".*";
      } else {
        re += "[^/]*";
      }
    } else if (c == '?') {
      re += "[^/]";
    } else if (c == '[') {
      std::size_t e = g.find(']', i + 2);
      if (e == std::string_view::npos) return {};  // an unclosed [: no pattern (an error)
      std::string_view cls = g.substr(i + 1, e - i - 1);
      re += '[';
      if (!cls.empty() && (cls[0] == '!' || cls[0] == '^')) { re += '^'; cls.remove_prefix(1); }
      for (char k : cls) {
        if (k == '\\' || k == '[' || k == ']') re += '\\';
        re += k;
      }
      re += ']';
      i = e;
    } else {
      re += RE2::QuoteMeta(std::string(1, c));
    }
  }
  re += "(?:/.*)?";  // a folder's glob covers what is inside it
  return re;
}

// toml++ 3.3.0 (Debian 12) has undefined behaviour (an "unreachable" in its whitespace test,
// fixed upstream later) whenever it asks whether certain characters outside ASCII (U+00A1 to
// U+0499 among them) are whitespace, which it does for every character of a key, of a bad
// value it scans for its error message, and in a few places inside strings. So the parser never
// sees a character outside ASCII: one linear pass rewrites each one inside a string as the
// escape \uXXXX (a literal string holding one becomes the equivalent basic string), drops
// those inside comments, and refuses the text when one stands anywhere else (invalid TOML). The
// output is ASCII whatever the input, so no reading of it by the parser can reach the bug; it
// keeps every newline, so the parser's line numbers stay right.
std::variant<std::string, TomlGuardError> toml_ascii(std::string_view t) {
  if (t.starts_with("\xEF\xBB\xBF")) t.remove_prefix(3);  // a byte-order mark
  std::size_t line = 1;
  auto error = [&](std::size_t at, std::string_view what) { return TomlGuardError{line, at, std::string(what)}; };
  if (auto bad = validate_utf8(t)) {
    for (std::size_t k = 0; k < bad->offset; ++k) line += t[k] == '\n';
    return error(bad->offset, "invalid UTF-8: " + bad->cause);
  }
  std::string out;
  out.reserve(t.size() + t.size() / 8);
  auto escape = [&](char32_t cp) {
    out += cp <= 0xFFFF ? fmt::format("\\u{:04X}", static_cast<unsigned>(cp)) : fmt::format("\\U{:08X}", static_cast<unsigned>(cp));
  };
  for (std::size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (c == '\n') { ++line; out += c; ++i; continue; }
    if (c == '#') {  // a comment runs to the end of the line; what is outside ASCII in it goes
      for (; i < t.size() && t[i] != '\n'; ++i)
        if (static_cast<unsigned char>(t[i]) < 0x80) out += t[i];
        else if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) out += '?';
      continue;
    }
    if (c == '"' || c == '\'') {
      const std::string_view delim = c == '"' ? std::string_view("\"\"\"") : std::string_view("'''");
      const bool multi = t.substr(i, 3) == delim;
      const bool basic = c == '"';
      // Find the end first: a literal string is rewritten only when it holds a character
      // outside ASCII.
      std::size_t j = i + (multi ? 3 : 1), end = std::string_view::npos;
      bool wide = false;
      while (j < t.size()) {
        if (basic && t[j] == '\\') { j = std::min(j + 2, t.size()); continue; }
        if (t[j] == '\n' && !multi) break;  // unterminated: the parser reports it
        if (t[j] == c && (!multi || t.substr(j, 3) == delim)) {
          end = j;
          j += multi ? 3 : 1;
          for (int extra = 0; multi && extra < 2 && j < t.size() && t[j] == c; ++extra) ++j, ++end;  // """a"""""
          break;
        }
        wide |= static_cast<unsigned char>(t[j]) >= 0x80;
        ++j;
      }
      const std::size_t body = i + (multi ? 3 : 1);
      const std::size_t body_end = end == std::string_view::npos ? j : end;
      const bool rewrite_literal = !basic && wide;
      out += rewrite_literal ? (multi ? "\"\"\"" : "\"") : std::string(t.substr(i, body - i));
      for (std::size_t k = body; k < body_end;) {
        const auto b = static_cast<unsigned char>(t[k]);
        if (b >= 0x80) {
          int len = 1;
          escape(decode_utf8(t, k, len));
          k += static_cast<std::size_t>(len);
          continue;
        }
        if (t[k] == '\n') ++line;
        if (basic && t[k] == '\\' && k + 1 < body_end && static_cast<unsigned char>(t[k + 1]) >= 0x80)
          return error(k, "a backslash before a character outside ASCII is no escape");
        if (basic && t[k] == '\\' && k + 1 < body_end) {  // an escape: copied as it is
          out += t.substr(k, 2);
          line += t[k + 1] == '\n';
          k += 2;
          continue;
        }
        if (rewrite_literal && (t[k] == '\\' || t[k] == '"')) out += '\\';
        out += t[k];
        ++k;
      }
      if (end != std::string_view::npos)
        out += rewrite_literal ? (multi ? "\"\"\"" : "\"") : std::string(t.substr(end, j - end));
      i = j;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80)
      return error(i, "a character outside ASCII is allowed only in a string or a comment");
    out += c;
    ++i;
  }
  return out;
}

}  // namespace detail

std::string_view to_string(FailOn f) {
  switch (f) {
    case FailOn::info: return "info";
    case FailOn::warning: return "warning";
    case FailOn::error: return "error";
    case FailOn::never: return "never";
  }
  return "error";
}

std::optional<FailOn> parse_fail_on(std::string_view s) {
  if (s == "info") return FailOn::info;
  if (s == "warning") return FailOn::warning;
  if (s == "error") return FailOn::error;
  if (s == "never") return FailOn::never;
  return std::nullopt;
}

bool reaches(Severity s, FailOn f) {
  return f != FailOn::never && static_cast<int>(s) >= static_cast<int>(f);
}

bool Config::selects(const std::string& file, bool found) const {
  if (!globs || (globs->include.empty() && globs->exclude.empty())) return true;
  std::error_code ec;
  fs::path abs = fs::absolute(fs::path(file), ec).lexically_normal();
  fs::path base = fs::absolute(fs::path(base_dir.empty() ? "." : base_dir), ec).lexically_normal();
  std::string rel = abs.lexically_relative(base).generic_string();
  if (rel.empty() || rel.starts_with("..")) return true;  // outside the configuration's folder
  for (const auto& re : globs->exclude)
    if (RE2::FullMatch(rel, *re)) return false;
  if (!found || globs->include.empty()) return true;
  for (const auto& re : globs->include)
    if (RE2::FullMatch(rel, *re)) return true;
  return false;
}

std::optional<std::string> find_config(const std::string& file) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(file.empty() ? "." : file), ec).lexically_normal();
  if (ec) return std::nullopt;
  if (!fs::is_directory(p, ec)) p = p.parent_path();
  for (;;) {
    fs::path cand = p / config_file_name;
    if (fs::is_regular_file(cand, ec)) return cand.string();
    if (!p.has_parent_path() || p.parent_path() == p) return std::nullopt;
    p = p.parent_path();
  }
}

Result<Config> load_config(const std::string& path) {
  auto text = read_file(path, max_config_bytes);
  if (!text) {
    Error e = text.error();
    e.message = "configuration file " + e.message;
    return e;
  }
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(path), ec).lexically_normal().parent_path();
  return parse_config(*text, path, dir.string());
}

Result<Config> parse_config(std::string_view text, std::string_view name, std::string_view base_dir) {
  Config cfg;
  cfg.path = std::string(name);
  cfg.base_dir = std::string(base_dir);
  auto fail = [&](const toml::source_region& where, std::string message) {
    return Error{Error::Code::config, std::move(message), std::string(name), static_cast<std::size_t>(where.begin.line)};
  };
  auto ascii = detail::toml_ascii(text);
  if (const auto* bad = std::get_if<detail::TomlGuardError>(&ascii))
    return Error{Error::Code::config, "invalid TOML: " + bad->message, std::string(name), bad->line, bad->offset};
  toml::parse_result parsed = toml::parse(std::get<std::string>(ascii), name);
  if (!parsed) {
    const auto& e = parsed.error();
    return fail(e.source(), fmt::format("invalid TOML: {}", e.description()));
  }
  const toml::table& root = parsed.table();

  auto strings = [&](const toml::key& key, const toml::node& v, std::vector<std::string>& out) -> std::optional<Error> {
    const toml::array* arr = v.as_array();
    if (!arr) return fail(v.source(), fmt::format("bad value for key \"{}\": want an array of strings", key.str()));
    for (const auto& item : *arr) {
      auto s = item.value<std::string>();
      if (!s || s->empty()) return fail(item.source(), fmt::format("bad value in \"{}\": want a non-empty string", key.str()));
      out.push_back(*s);
    }
    return std::nullopt;
  };

  auto rule_entry = [&](const std::string& id, const toml::key& key, const toml::node& v) -> std::optional<Error> {
    if (!find_rule(id)) return fail(key.source(), fmt::format("unknown rule \"{}\" in [rules]", id));
    if (auto b = v.value<bool>(); b && v.is_boolean()) {
      if (!*b) cfg.options.disabled_rules.push_back(id);
      return std::nullopt;
    }
    if (auto s = v.value<std::string>()) {
      if (*s == "off") { cfg.options.disabled_rules.push_back(id); return std::nullopt; }
      if (auto sev = parse_severity(*s)) { cfg.options.severities[id] = *sev; return std::nullopt; }
    }
    return fail(v.source(), fmt::format("bad value for rule \"{}\": want true, false, \"off\", \"info\", \"warning\" or \"error\"", id));
  };

  for (auto&& [key, value] : root) {
    std::string_view k = key.str();
    std::optional<Error> err;
    if (k == "fail-on") {
      auto s = value.value<std::string>();
      auto f = s ? parse_fail_on(*s) : std::nullopt;
      if (!f || !value.is_string()) err = fail(value.source(), "bad value for key \"fail-on\": want \"error\", \"warning\", \"info\" or \"never\"");
      else cfg.fail_on = f;
    } else if (k == "kb") {
      std::vector<std::string> files;
      err = strings(key, value, files);
      for (const auto& file : files) {
        fs::path p(file);
        cfg.kb_files.push_back(p.is_absolute() ? file : (fs::path(base_dir) / p).lexically_normal().string());
      }
    } else if (k == "default-kb") {
      if (!value.is_boolean()) err = fail(value.source(), "bad value for key \"default-kb\": want true or false");
      else cfg.default_kb = *value.value<bool>();
    } else if (k == "extra-cues") {
      std::vector<std::string> cues;
      err = strings(key, value, cues);
      if (!err)
        for (std::size_t i = 0; i < cues.size(); ++i) {
          if (cues[i].find_first_of(" \t\r\n,;.") != std::string::npos)
            err = fail((*value.as_array())[i].source(), fmt::format("bad value in \"extra-cues\": \"{}\" is not one word", cues[i]));
          cfg.options.extra_cues.push_back(cues[i]);
        }
    } else if (k == "include") {
      err = strings(key, value, cfg.include);
    } else if (k == "exclude") {
      err = strings(key, value, cfg.exclude);
    } else if (k == "rules") {
      const toml::table* rules = value.as_table();
      if (!rules) err = fail(value.source(), "bad value for key \"rules\": want a table");
      else
        for (auto&& [rk, rv] : *rules) {
          // "role.stale" = false, or role.stale = false (a dotted key: a table "role").
          if (const toml::table* family = rv.as_table()) {
            for (auto&& [nk, nv] : *family) {
              if (nv.is_table()) { err = fail(nk.source(), fmt::format("unknown rule \"{}.{}\" in [rules]", rk.str(), nk.str())); break; }
              if ((err = rule_entry(fmt::format("{}.{}", rk.str(), nk.str()), nk, nv))) break;
            }
          } else {
            err = rule_entry(std::string(rk.str()), rk, rv);
          }
          if (err) break;
        }
    } else {
      err = fail(key.source(), fmt::format("unknown key \"{}\" (want fail-on, kb, default-kb, extra-cues, include, exclude or [rules])", k));
    }
    if (err) return *err;
  }

  auto set = std::make_shared<detail::GlobSet>();
  auto compile = [&](const std::vector<std::string>& globs, std::vector<std::unique_ptr<RE2>>& out,
                     std::string_view which) -> std::optional<Error> {
    for (const auto& g : globs) {
      RE2::Options o;
      o.set_log_errors(false);
      const std::string pattern = detail::glob_to_regex(g);
      auto re = std::make_unique<RE2>(pattern.empty() ? std::string("(") : pattern, o);
      if (pattern.empty() || !re->ok()) {
        const toml::node* n = root.get(which);
        return fail(n ? n->source() : toml::source_region{}, fmt::format("bad glob \"{}\" in \"{}\"{}", g, which, pattern.empty() ? ": a [ without its ]" : ""));
      }
      out.push_back(std::move(re));
    }
    return std::nullopt;
  };
  if (auto e = compile(cfg.include, set->include, "include")) return *e;
  if (auto e = compile(cfg.exclude, set->exclude, "exclude")) return *e;
  cfg.globs = std::move(set);
  return cfg;
}

}  // namespace claimlint
