// The .claimlint.toml loader: toml++ (header-only use, no exceptions) and RE2 for globs.
#include "claimlint/config.hpp"

#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
#define TOML_ENABLE_FORMATTERS 0
#include <toml++/toml.h>

#include <fmt/format.h>
#include <re2/re2.h>

#include <filesystem>

#include "claimlint/io.hpp"
#include "claimlint/rules.hpp"

namespace fs = std::filesystem;

namespace claimlint {
namespace detail {

struct GlobSet {
  std::vector<std::unique_ptr<RE2>> include, exclude;
};

struct NonAscii {
  std::size_t line, offset;
};
std::optional<NonAscii> toml_non_ascii_outside_strings(std::string_view text);
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

// toml++ 3.3.0 (Debian 12) reaches an "unreachable" on a non-ASCII bare key (fixed upstream
// later). TOML allows characters outside ASCII only inside strings and comments, so such input
// is invalid anyway: find it first, in one pass, and never hand it to the parser.
std::optional<NonAscii> toml_non_ascii_outside_strings(std::string_view t) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < t.size();) {
    const char c = t[i];
    if (c == '\n') { ++line; ++i; continue; }
    if (c == '#') {  // a comment runs to the end of the line
      while (i < t.size() && t[i] != '\n') ++i;
      continue;
    }
    if (c == '"' || c == '\'') {
      const bool multi = t.substr(i, 3) == std::string_view(c == '"' ? "\"\"\"" : "\'\'\'");
      const bool escapes = c == '"';
      i += multi ? 3 : 1;
      while (i < t.size()) {
        if (escapes && t[i] == '\\') {
          if (i + 1 < t.size() && t[i + 1] == '\n') ++line;
          i += 2;
          continue;
        }
        if (t[i] == '\n') {
          if (!multi) break;  // an unterminated string: the parser reports it
          ++line;
        }
        if (t[i] == c && (!multi || t.substr(i, 3) == std::string_view(c == '"' ? "\"\"\"" : "\'\'\'"))) {
          i += multi ? 3 : 1;
          // a closing """ may be followed by up to two more quotes that belong to the string
          while (multi && i < t.size() && t[i] == c) ++i;
          break;
        }
        ++i;
      }
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) return NonAscii{line, i};
    ++i;
  }
  return std::nullopt;
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
  if (auto bad = detail::toml_non_ascii_outside_strings(text))
    return Error{Error::Code::config, "invalid TOML: a character outside ASCII is allowed only in a string or a comment",
                 std::string(name), bad->line, bad->offset};
  toml::parse_result parsed = toml::parse(text, name);
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
