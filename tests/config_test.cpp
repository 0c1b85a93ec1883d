// .claimlint.toml: keys, values, errors with file, line and key; globs; the walk up.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "helpers.hpp"

namespace fs = std::filesystem;

namespace {

claimlint::Config parse_ok(std::string_view text, std::string_view base = "/repo") {
  auto c = claimlint::parse_config(text, "/repo/.claimlint.toml", base);
  if (!c) FAIL(c.error().what());
  return *c;
}

claimlint::Error parse_err(std::string_view text) {
  auto c = claimlint::parse_config(text, "/repo/.claimlint.toml", "/repo");
  REQUIRE_FALSE(c.ok());
  CHECK(c.error().code == claimlint::Error::Code::config);
  CHECK(c.error().file == "/repo/.claimlint.toml");
  return c.error();
}

}  // namespace

TEST_CASE("config: every key") {
  auto c = parse_ok(R"(
fail-on = "warning"
kb = ["kb/newsroom.jsonl", "/abs/other.jsonl"]
default-kb = false
extra-cues = ["quipped", "mused"]
include = ["drafts/**/*.md"]
exclude = ["drafts/archive/**", "*.tmp.md"]

[rules]
"role.stale" = false
"source.anonymous" = "warning"
"date.weekday-mismatch" = true
role.conflict = "off"
"name.spelling-variant" = "error"
)");
  REQUIRE(c.fail_on);
  CHECK(*c.fail_on == claimlint::FailOn::warning);
  CHECK(c.kb_files == std::vector<std::string>{"/repo/kb/newsroom.jsonl", "/abs/other.jsonl"});
  CHECK_FALSE(c.default_kb);
  CHECK(c.options.extra_cues == std::vector<std::string>{"quipped", "mused"});
  auto off = c.options.disabled_rules;
  std::sort(off.begin(), off.end());
  CHECK(off == std::vector<std::string>{"role.conflict", "role.stale"});
  CHECK(c.options.severities.at("source.anonymous") == claimlint::Severity::warning);
  CHECK(c.options.severities.at("name.spelling-variant") == claimlint::Severity::error);
  CHECK(c.options.severities.count("date.weekday-mismatch") == 0);
  // The options are ready for the analyzer.
  auto kb = claimlint::KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  CHECK(claimlint::Analyzer::create(c.options, *kb).ok());
}

TEST_CASE("config: an empty file is the defaults") {
  auto c = parse_ok("");
  CHECK_FALSE(c.fail_on);
  CHECK(c.default_kb);
  CHECK(c.options.disabled_rules.empty());
  CHECK(c.selects("/repo/anything.md", true));
}

TEST_CASE("config: unknown keys and bad values name the file, the line and the key") {
  auto e = parse_err("fail-on = \"error\"\n\nfial-on = \"warning\"\n");
  CHECK(e.line == 3);
  CHECK(e.message.find("unknown key \"fial-on\"") != std::string::npos);
  CHECK(e.what().starts_with("/repo/.claimlint.toml:3: "));

  e = parse_err("fail-on = \"sometimes\"\n");
  CHECK(e.line == 1);
  CHECK(e.message.find("\"fail-on\"") != std::string::npos);

  e = parse_err("[rules]\n\"role.stale\" = false\n\"role.nope\" = true\n");
  CHECK(e.line == 3);
  CHECK(e.message.find("unknown rule \"role.nope\"") != std::string::npos);

  e = parse_err("[rules]\n\"role.stale\" = \"loud\"\n");
  CHECK(e.line == 2);
  CHECK(e.message.find("role.stale") != std::string::npos);

  e = parse_err("kb = \"one.jsonl\"\n");
  CHECK(e.message.find("\"kb\"") != std::string::npos);

  e = parse_err("extra-cues = [\"two words\"]\n");
  CHECK(e.message.find("extra-cues") != std::string::npos);

  e = parse_err("default-kb = \"yes\"\n");
  CHECK(e.message.find("default-kb") != std::string::npos);

  e = parse_err("rules = 3\n");
  CHECK(e.message.find("\"rules\"") != std::string::npos);

  e = parse_err("a = [\n");  // not TOML at all
  CHECK(e.message.find("invalid TOML") != std::string::npos);
  CHECK(e.line >= 1);
}

TEST_CASE("config: include and exclude globs, relative to the file's folder") {
  auto c = parse_ok("include = [\"drafts/**/*.md\", \"*.html\"]\nexclude = [\"drafts/archive/\", \"**/tmp-*\"]\n");
  CHECK(c.selects("/repo/drafts/a.md", true));
  CHECK(c.selects("/repo/drafts/x/y/b.md", true));
  CHECK(c.selects("/repo/pages/deep/c.html", true));  // no slash: any folder
  CHECK_FALSE(c.selects("/repo/drafts/a.txt", true));  // found in a walk, not included
  CHECK(c.selects("/repo/drafts/a.txt", false));       // named on the command line
  CHECK_FALSE(c.selects("/repo/drafts/archive/old.md", true));
  CHECK_FALSE(c.selects("/repo/drafts/archive/old.md", false));  // excluded even when named
  CHECK_FALSE(c.selects("/repo/drafts/tmp-x.md", true));
  CHECK(c.selects("/elsewhere/a.md", true));  // outside the folder: globs do not apply
}

TEST_CASE("config: found by walking up from a file; loaded from disk") {
  fs::path root = fs::temp_directory_path() / "claimlint-config-test";
  fs::remove_all(root);
  fs::create_directories(root / "a" / "b");
  { std::ofstream(root / ".claimlint.toml") << "fail-on = \"info\"\n"; }
  { std::ofstream(root / "a" / "b" / "story.md") << "Text.\n"; }
  auto found = claimlint::find_config((root / "a" / "b" / "story.md").string());
  REQUIRE(found);
  CHECK(fs::path(*found) == root / ".claimlint.toml");
  auto c = claimlint::load_config(*found);
  REQUIRE(c.ok());
  CHECK(*c->fail_on == claimlint::FailOn::info);
  CHECK(fs::path(c->base_dir) == root);
  { std::ofstream(root / "a" / ".claimlint.toml") << "bogus = 1\n"; }
  auto nearer = claimlint::find_config((root / "a" / "b" / "story.md").string());
  REQUIRE(nearer);
  CHECK(fs::path(*nearer) == root / "a" / ".claimlint.toml");
  auto bad = claimlint::load_config(*nearer);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().line == 1);
  CHECK(bad.error().what().find("bogus") != std::string::npos);
  auto missing = claimlint::load_config((root / "nope.toml").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == claimlint::Error::Code::io);
  fs::remove_all(root);
}

TEST_CASE("fail-on levels") {
  using claimlint::FailOn;
  using claimlint::Severity;
  CHECK(claimlint::reaches(Severity::error, FailOn::error));
  CHECK_FALSE(claimlint::reaches(Severity::warning, FailOn::error));
  CHECK(claimlint::reaches(Severity::warning, FailOn::warning));
  CHECK(claimlint::reaches(Severity::info, FailOn::info));
  CHECK_FALSE(claimlint::reaches(Severity::error, FailOn::never));
  CHECK(claimlint::parse_fail_on("never") == FailOn::never);
  CHECK_FALSE(claimlint::parse_fail_on("always"));
  CHECK(claimlint::to_string(FailOn::warning) == "warning");
}
