// claimlint/config.hpp: the `.claimlint.toml` configuration file.
//
//   auto found = claimlint::find_config("drafts/berlin.md");    // walks up from the file
//   claimlint::Config cfg;
//   if (found) {
//     auto loaded = claimlint::load_config(*found);
//     if (!loaded) return report(loaded.error());              // "file:line: unknown key …"
//     cfg = *loaded;
//   }
//   auto analyzer = claimlint::Analyzer::create(cfg.options, kb);
//
// The keys are documented in docs/cli.md. A Config is a value; a const Config is safe to use
// from many threads at once.
#pragma once

#include "claimlint/export.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimlint/analyzer.hpp"
#include "claimlint/report.hpp"
#include "claimlint/result.hpp"

namespace claimlint {

// Which severity makes a run fail (the CLI's exit status 1).
enum class FailOn { info, warning, error, never };
// Returns "info", "warning", "error" or "never".
[[nodiscard]] CLAIMLINT_API std::string_view to_string(FailOn f);
// Returns the level named by "info", "warning", "error" or "never", or nothing.
[[nodiscard]] CLAIMLINT_API std::optional<FailOn> parse_fail_on(std::string_view s);
// Returns whether a finding of severity `s` reaches the level `f`.
[[nodiscard]] CLAIMLINT_API bool reaches(Severity s, FailOn f);

namespace detail { struct GlobSet; }

struct CLAIMLINT_API Config {
  std::string path;      // the file it was read from; empty for the defaults
  std::string base_dir;  // that file's folder: relative paths and globs are taken from here
  // Rules turned off, severities, extra cue words: ready for Analyzer::create.
  Options options;
  // Knowledge-base files to merge over the built-in one, already resolved against base_dir.
  std::vector<std::string> kb_files;
  bool default_kb = true;        // false: leave the built-in knowledge base out
  std::optional<FailOn> fail_on; // nothing: the caller's default
  std::vector<std::string> include;  // globs, as written
  std::vector<std::string> exclude;

  // Returns whether a file is to be checked: it matches no `exclude` glob and, when it was
  // found by walking a directory (`found`) and `include` is not empty, it matches an
  // `include` glob. Globs apply to the path relative to base_dir; `*` and `?` stay within
  // one folder, `**` crosses folders, and a glob without `/` matches the file name anywhere.
  [[nodiscard]] bool selects(const std::string& file, bool found) const;

  std::shared_ptr<const detail::GlobSet> globs;  // include and exclude, compiled by the loader
};

// The name the walk looks for.
inline constexpr std::string_view config_file_name = ".claimlint.toml";

// Returns the nearest `.claimlint.toml` in the folder of `file` (or in `file` itself when it
// is a folder) and its parents, or nothing.
[[nodiscard]] CLAIMLINT_API std::optional<std::string> find_config(const std::string& file);

// Returns the configuration in a file. An Error (code config) names the file, the line and
// the key when a key is unknown or a value is bad; code io when it cannot be read.
[[nodiscard]] CLAIMLINT_API Result<Config> load_config(const std::string& path);

// The same for text in memory: `name` is used in errors, `base_dir` for relative paths.
[[nodiscard]] CLAIMLINT_API Result<Config> parse_config(std::string_view text, std::string_view name, std::string_view base_dir);

}  // namespace claimlint
