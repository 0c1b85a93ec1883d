// claimlint: the command-line tool. See docs/cli.md and ../shared/docs/contract.md.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include <claimlint/claimlint.hpp>

#include "batch_command.hpp"
#include "ordered_window.hpp"
#include "quotes.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

constexpr int kExitOk = 0, kExitFindings = 1, kExitError = 2;
constexpr std::string_view kFormats[] = {"text", "json", "jsonl", "sarif", "github", "rdjson", "html"};

void fail_line(const std::string& path, const std::string& what) {
  std::cerr << fmt::format("claimlint: {}: {}\n", path.empty() ? "error" : path, what);
}

// "claimlint: FILE:LINE: cause" (the line only when known).
void fail_error(const claimlint::Error& e) {
  if (e.line && !e.file.empty())
    std::cerr << fmt::format("claimlint: {}:{}: {}\n", e.file, e.line, e.message);
  else
    fail_line(e.file, e.message);
}

bool article_ext(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e == ".txt" || e == ".md" || e == ".markdown" || e == ".html" || e == ".htm";
}

struct Input {
  std::string path;         // as given or found; for standard input, --stdin-filename
  bool from_stdin = false;
  bool found = false;       // found by walking a directory
  std::string data;
  std::size_t setup = 0;    // index into the analyzer set-ups
};

// One analyzer per distinct configuration, shared by every thread.
struct Setup {
  std::string config_path;  // empty: no configuration file
  claimlint::Config config;
  std::optional<claimlint::Analyzer> analyzer;
  claimlint::FailOn fail_on = claimlint::FailOn::error;
};

int usage(const po::options_description& desc) {
  std::cout << "Usage: claimlint check [OPTIONS] PATH...   check files, folders, or - for standard input\n"
               "       claimlint report [OPTIONS] PATH... -o report.html   one HTML page (docs/output.md#html)\n"
               "       claimlint rules                     list the rules\n"
               "       claimlint batch [OPTIONS] [FILE|-]      JSON Lines in, one report per line out\n"
               "       claimlint kb-stats                  count the knowledge base\n\n"
            << desc
            << "\nExit status: 0 no finding at or above the fail level, 1 findings, 2 usage, configuration or input error.\n"
               "Configuration: the nearest .claimlint.toml above each file, or --config FILE (docs/cli.md).\n";
  return kExitOk;
}

// ---- Folder walk -------------------------------------------------------------------------
// Hidden files and folders, node_modules/ and _site/ are skipped, and so is what a .gitignore or
// .claimlintignore (gitignore syntax) in a walked folder, or an --exclude glob, names. Symbolic
// links to folders are not followed; every error (an unreadable folder, a broken or looping link)
// is reported and makes the exit status 2, and the walk goes on.

constexpr std::string_view kSkippedFolders[] = {"node_modules", "_site"};

// One gitignore pattern, as read from the file in folder `base` (a generic path, "" for the root
// of the walk).
struct IgnoreRule {
  std::string base;
  std::string pattern;
  bool negate = false, dir_only = false, anchored = false;
};

// fnmatch per path segment, with "**" for any number of segments.
bool match_segments(const std::vector<std::string_view>& pat, std::size_t pi, const std::vector<std::string_view>& path,
                    std::size_t si) {
  for (; pi < pat.size(); ++pi, ++si) {
    if (pat[pi] == "**") {
      for (std::size_t k = si; k <= path.size(); ++k)
        if (match_segments(pat, pi + 1, path, k)) return true;
      return false;
    }
    if (si >= path.size()) return false;
    if (fnmatch(std::string(pat[pi]).c_str(), std::string(path[si]).c_str(), FNM_PERIOD) != 0) return false;
  }
  return si == path.size();
}

std::vector<std::string_view> split_path(std::string_view p) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (b <= p.size()) {
    std::size_t e = p.find('/', b);
    if (e == std::string_view::npos) e = p.size();
    if (e > b) out.push_back(p.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::optional<IgnoreRule> parse_ignore_line(std::string_view line, const std::string& base) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  if (line.empty() || line.front() == '#') return std::nullopt;
  IgnoreRule r;
  r.base = base;
  if (line.front() == '!') { r.negate = true; line.remove_prefix(1); }
  if (line.starts_with("\\")) line.remove_prefix(1);  // "\#file", "\!file"
  if (line.ends_with('/')) { r.dir_only = true; while (line.ends_with('/')) line.remove_suffix(1); }
  if (line.empty()) return std::nullopt;
  r.anchored = line.find('/') != std::string_view::npos;
  if (line.front() == '/') line.remove_prefix(1);
  r.pattern = std::string(line);
  return r;
}

// Whether `rel` (generic, relative to the walk's root) is ignored: the last rule that matches
// decides, as in git.
bool ignored(const std::vector<IgnoreRule>& rules, const std::string& rel, bool is_dir) {
  bool out = false;
  for (const auto& r : rules) {
    if (r.negate == out) {  // only a rule that would change the answer needs matching
      if (r.dir_only && !is_dir) continue;
      std::string_view sub = rel;
      if (!r.base.empty()) {
        if (!sub.starts_with(r.base) || sub.size() <= r.base.size() || sub[r.base.size()] != '/') continue;
        sub.remove_prefix(r.base.size() + 1);
      }
      bool m;
      if (r.anchored) {
        m = match_segments(split_path(r.pattern), 0, split_path(sub), 0);
      } else {
        std::size_t slash = sub.rfind('/');
        std::string name(slash == std::string_view::npos ? sub : sub.substr(slash + 1));
        m = fnmatch(r.pattern.c_str(), name.c_str(), FNM_PERIOD) == 0;
      }
      if (m) out = !r.negate;
    }
  }
  return out;
}

struct WalkOptions {
  bool no_ignore = false;                // --no-ignore: hidden files, skipped folders, ignore files too
  std::vector<std::string> excludes;     // --exclude globs
};

struct WalkResult {
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> errors;  // path, cause
};

// Reads a .gitignore or .claimlintignore (at most 1 MiB) into `rules`.
void read_ignore_file(const fs::path& file, const std::string& base, std::vector<IgnoreRule>& rules, WalkResult& res) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(file, ec))) return;
  auto text = claimlint::read_file(file.string(), std::size_t{1} << 20);
  if (!text) { res.errors.emplace_back(file.string(), text.error().message); return; }
  std::string_view t = *text;
  std::size_t b = 0;
  while (b < t.size()) {
    std::size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    if (auto r = parse_ignore_line(t.substr(b, e - b), base)) rules.push_back(std::move(*r));
    b = e + 1;
  }
}

WalkResult walk(const fs::path& root, const WalkOptions& wo) {
  WalkResult res;
  std::vector<IgnoreRule> rules;
  for (const auto& g : wo.excludes)
    if (auto r = parse_ignore_line(g, "")) rules.push_back(std::move(*r));
  // Depth first, in sorted order; each folder's ignore files apply below it. `rules` grows as
  // folders are entered and shrinks as they are left (the marks are the sizes to return to).
  struct Frame {
    fs::path dir;
    std::string rel;
    std::size_t rules_mark;
    std::vector<std::pair<std::string, bool>> entries;  // name, is folder
    std::size_t next = 0;
  };
  std::vector<Frame> stack;
  auto enter = [&](const fs::path& dir, const std::string& rel) {
    Frame f{dir, rel, rules.size(), {}, 0};
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) { res.errors.emplace_back(dir.string(), "cannot read folder: " + ec.message()); return; }
    if (!wo.no_ignore) {
      read_ignore_file(dir / ".gitignore", rel, rules, res);
      read_ignore_file(dir / ".claimlintignore", rel, rules, res);
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const fs::directory_entry& de = *it;
      std::string name = de.path().filename().string();
      if (name.starts_with('.') && (!wo.no_ignore || name == ".git")) continue;
      std::error_code lec;
      fs::file_status ls = de.symlink_status(lec);
      if (lec) { res.errors.emplace_back(de.path().string(), lec.message()); continue; }
      bool is_dir = fs::is_directory(ls);
      if (fs::is_symlink(ls)) {
        std::error_code sec;
        fs::file_status st = de.status(sec);  // follows the link: ELOOP for a loop
        if (sec) {
          if (article_ext(de.path())) res.errors.emplace_back(de.path().string(), "cannot follow symbolic link: " + sec.message());
          continue;
        }
        if (fs::is_directory(st)) continue;  // links to folders are not followed (no cycles)
        if (!fs::is_regular_file(st)) continue;
      } else if (!is_dir && !fs::is_regular_file(ls)) {
        continue;  // devices, sockets, FIFOs found by a walk are not articles
      }
      if (is_dir && !wo.no_ignore &&
          std::find(std::begin(kSkippedFolders), std::end(kSkippedFolders), name) != std::end(kSkippedFolders))
        continue;
      if (!is_dir && !article_ext(de.path())) continue;
      std::string child_rel = rel.empty() ? name : rel + "/" + name;
      if (ignored(rules, child_rel, is_dir)) continue;
      f.entries.emplace_back(std::move(name), is_dir);
    }
    if (ec) res.errors.emplace_back(dir.string(), "cannot read folder: " + ec.message());
    std::sort(f.entries.begin(), f.entries.end());
    stack.push_back(std::move(f));
  };
  enter(root, "");
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next == f.entries.size()) {
      rules.resize(f.rules_mark);
      stack.pop_back();
      continue;
    }
    auto [name, is_dir] = f.entries[f.next++];
    fs::path p = f.dir / name;
    std::string rel = f.rel.empty() ? name : f.rel + "/" + name;
    if (is_dir) enter(p, rel);  // may reallocate the stack: `f` is not used after this
    else res.files.push_back(p.string());
  }
  return res;
}

// ---- Output ------------------------------------------------------------------------------
// The report goes to standard output or, with --output, to a temporary file in the same folder
// that is renamed over FILE at the end (atomic: readers see the old or the new report, never a
// part). Every write is checked: a full disk is an error (exit 2), not a lost report.

class Sink {
 public:
  // Opens the sink; an empty `path` is standard output. Returns the cause on failure.
  std::optional<std::string> open(const std::string& path) {
    path_ = path;
    if (path.empty()) { fd_ = STDOUT_FILENO; return std::nullopt; }
    tmp_ = path + ".claimlint-XXXXXX";
    fd_ = ::mkstemp(tmp_.data());
    if (fd_ < 0) { tmp_.clear(); return std::string("cannot create a file next to it: ") + std::strerror(errno); }
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd_, 0666 & ~mask);
    return std::nullopt;
  }
  void write(std::string_view data) {
    if (!failed_) failed_ = claimlint_cli::write_all(fd_, data);
  }
  // Finishes: flushes to disk and renames for --output. Returns the cause on failure.
  std::optional<std::string> close() {
    if (path_.empty()) {
      if (failed_) return std::strerror(failed_);
      return std::nullopt;
    }
    if (!failed_ && ::fsync(fd_) != 0) failed_ = errno;
    if (::close(fd_) != 0 && !failed_) failed_ = errno;
    if (!failed_ && ::rename(tmp_.c_str(), path_.c_str()) != 0) failed_ = errno;
    if (failed_) { ::unlink(tmp_.c_str()); return std::strerror(failed_); }
    return std::nullopt;
  }
  ~Sink() {
    if (!path_.empty() && !tmp_.empty() && failed_) ::unlink(tmp_.c_str());
  }

 private:
  std::string path_, tmp_;
  int fd_ = -1;
  int failed_ = 0;
};

// Flushes std::cout (help, rules, kb-stats) and turns a failed write into exit status 2.
int finish_stdout(int code) {
  errno = 0;
  std::cout.flush();
  if (!std::cout) {
    int err = errno;
    std::cerr << fmt::format("claimlint: cannot write to standard output: {}\n", err ? std::strerror(err) : "write error");
    return kExitError;
  }
  return code;
}

}  // namespace

namespace {

// `claimlint report PATH...` is `check --format html`: the page for people (docs/output.md#html).
// Findings do not make it fail (exit 0); unreadable input still does (exit 2).
bool report_setup(const po::variables_map& vm, std::string& command, std::string& format) {
  if (!vm["format"].defaulted() && format != "html") {
    fail_line("report", fmt::format("writes HTML only; use `claimlint check --format {}` for that format", format));
    return false;
  }
  command = "check";
  format = "html";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  po::options_description desc("Options");
  std::string format = "text", date, fail_on, stdin_name = "-", color = "auto", config_file, output_file;
  std::vector<std::string> kb_files, paths, disabled, excludes, source_files;
  long long jobs_arg = 0;
  desc.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("text"), "text|json|jsonl|sarif|github|rdjson|html")
      ("date", po::value(&date), "the article's date, YYYY-MM-DD")
      ("kb", po::value(&kb_files)->composing(), "extra knowledge-base file (repeatable)")
      ("no-default-kb", "leave the built-in knowledge base out")
      ("fail-on", po::value(&fail_on), "error|warning|info|never (default: the configuration's, else error)")
      ("disable", po::value(&disabled)->composing(), "turn a rule off (repeatable)")
      ("config", po::value(&config_file), "configuration file (default: the nearest .claimlint.toml above each file)")
      ("no-config", "use no configuration file")
      ("jobs,j", po::value(&jobs_arg)->default_value(0), "threads: 0 (one per core) to 1024")
      ("exclude", po::value(&excludes)->composing(), "skip what this glob names in a folder walk (gitignore syntax, repeatable)")
      ("no-ignore", "walk hidden files, node_modules/ and _site/ too, and ignore .gitignore and .claimlintignore")
      ("output,o", po::value(&output_file), "write the report to FILE (replaced atomically) instead of standard output")
      ("quiet,q", "report only findings at or above the fail level, and no progress line")
      ("color", po::value(&color)->default_value("auto")->implicit_value("always"),
       "auto|always|never: colour in text output (auto: only on a terminal, and not when NO_COLOR is set)")
      ("stdin-filename", po::value(&stdin_name), "name for standard input; its extension gives the format")
      ("source", po::value(&source_files)->composing(), "check quotations against this source: transcript, press release, notes (repeatable)")
      ("version", "print the version");
  po::options_description hidden;
  std::string command;
  hidden.add_options()("command", po::value(&command))("paths", po::value(&paths)->composing());
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("command", 1).add("paths", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const std::exception& e) {
    fail_line("", e.what());
    return kExitError;
  }
  if (vm.count("version")) { std::cout << "claimlint " << claimlint::version << '\n'; return finish_stdout(kExitOk); }
  if (vm.count("help") || command.empty()) return finish_stdout(usage(desc));

  if (command == "rules") {
    for (const auto& r : claimlint::rules())
      std::cout << fmt::format("{:28} {:8} {}\n", r.id, claimlint::to_string(r.default_severity), r.summary);
    return finish_stdout(kExitOk);
  }
  const bool report_command = command == "report";
  if (report_command && !report_setup(vm, command, format)) return kExitError;
  if (command != "check" && command != "kb-stats" && command != "batch" && command != "diff") {
    fail_line(command, "unknown command (want check, report, batch, diff, rules or kb-stats)");
    return kExitError;
  }

  // Options that do not depend on the files.
  if (std::find(std::begin(kFormats), std::end(kFormats), format) == std::end(kFormats)) {
    fail_line("--format", fmt::format("unknown format \"{}\" (want text, json, jsonl, sarif, github, rdjson or html)", format));
    return kExitError;
  }
  std::optional<claimlint::FailOn> cli_fail_on;
  if (vm.count("fail-on")) {
    cli_fail_on = claimlint::parse_fail_on(fail_on);
    if (!cli_fail_on) {
      fail_line("--fail-on", fmt::format("unknown level \"{}\" (want error, warning, info or never)", fail_on));
      return kExitError;
    }
  }
  if (color != "auto" && color != "always" && color != "never") {
    fail_line("--color", fmt::format("unknown value \"{}\" (want auto, always or never)", color));
    return kExitError;
  }
  if (jobs_arg < 0 || jobs_arg > 1024) {
    fail_line("--jobs", fmt::format("\"{}\" is not a thread count (want 0 for one per core, or 1 to 1024)", jobs_arg));
    return kExitError;
  }
  const auto jobs = static_cast<unsigned>(jobs_arg);
  const bool quiet = vm.count("quiet") > 0;
  if (vm.count("output") && output_file.empty()) { fail_line("--output", "want a file name"); return kExitError; }
  if (!output_file.empty()) {
    std::error_code ec;
    if (fs::is_directory(output_file, ec)) { fail_line(output_file, "--output names a folder, not a file"); return kExitError; }
  }
  WalkOptions walk_options;
  walk_options.no_ignore = vm.count("no-ignore") > 0;
  walk_options.excludes = excludes;
  std::optional<claimlint::Date> the_date;
  if (vm.count("date")) {
    the_date = claimlint::parse_date(date);
    if (!the_date) { fail_line("--date", fmt::format("\"{}\" is not a calendar date in the form YYYY-MM-DD", date)); return kExitError; }
  }
  const bool use_config = !vm.count("no-config");
  std::optional<claimlint::Config> forced_config;
  if (vm.count("config") && use_config) {
    auto c = claimlint::load_config(config_file);
    if (!c) { fail_error(c.error()); return kExitError; }
    forced_config = std::move(*c);
  }

  // Knowledge bases: the built-in one (unless left out) plus --kb files, plus a configuration's.
  std::map<std::string, claimlint::KnowledgeBase> kb_cache;
  auto knowledge_base = [&](const claimlint::Config& cfg) -> claimlint::Result<claimlint::KnowledgeBase> {
    auto it = kb_cache.find(cfg.path);
    if (it != kb_cache.end()) return it->second;
    claimlint::KnowledgeBase kb;
    if (!vm.count("no-default-kb") && cfg.default_kb) {
      auto b = claimlint::KnowledgeBase::builtin();
      if (!b) return b.error();
      kb = *b;
    }
    std::vector<std::string> files = cfg.kb_files;
    files.insert(files.end(), kb_files.begin(), kb_files.end());
    for (const auto& f : files) {
      auto st = kb.merge_file(f);
      if (!st) {
        auto e = st.error();
        if (e.file.empty()) e.file = f;
        return e;
      }
    }
    kb_cache.emplace(cfg.path, kb);
    return kb;
  };

  if (command == "kb-stats") {
    claimlint::Config cfg = forced_config ? *forced_config : claimlint::Config{};
    if (!forced_config && use_config)
      if (auto found = claimlint::find_config(".")) {
        auto c = claimlint::load_config(*found);
        if (!c) { fail_error(c.error()); return kExitError; }
        cfg = std::move(*c);
      }
    auto kb = knowledge_base(cfg);
    if (!kb) { fail_error(kb.error()); return kExitError; }
    auto s = kb->stats();
    std::cout << fmt::format("snapshot {}\ntenures {}\npeople {}\noffices {}\njurisdictions {}\n", kb->snapshot(),
                             s.tenures, s.people, s.offices, s.jurisdictions);
    std::cout << kb->coverage_table();  // coverage by office type and region
    return finish_stdout(kExitOk);
  }
  if (command == "batch") {
    claimlint_cli::BatchArgs ba{paths, the_date, kb_files, vm.count("no-default-kb") > 0, forced_config, disabled, jobs};
    return claimlint_cli::run_batch(ba);
  }
  if (paths.empty()) { fail_line("", "no input: give one or more files, directories, or - for standard input"); return kExitError; }

  // Collect the inputs in order.
  std::vector<Input> inputs;
  bool input_error = false;
  for (const auto& p : paths) {
    if (p == "-") {
      Input in;
      in.path = stdin_name;
      in.from_stdin = true;
      auto text = claimlint::read_descriptor(STDIN_FILENO, claimlint::Options{}.max_input_bytes, "standard input");
      if (!text) { fail_line(stdin_name, text.error().message); input_error = true; continue; }
      in.data = std::move(*text);
      inputs.push_back(std::move(in));
      continue;
    }
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) { fail_line(p, "no such file or directory"); input_error = true; continue; }
    if (fs::is_directory(st)) {
      WalkResult w = walk(p, walk_options);
      for (const auto& [path, cause] : w.errors) fail_line(path, cause);
      if (!w.errors.empty()) input_error = true;
      if (w.files.empty() && w.errors.empty()) {
        fail_line(p, "folder holds no articles to check (.txt, .md, .markdown, .html, .htm; hidden and ignored files are skipped)");
        input_error = true;
      }
      for (auto& f : w.files) {
        Input in;
        in.path = std::move(f);
        in.found = true;
        inputs.push_back(std::move(in));
      }
      continue;
    }
    Input in;
    in.path = p;
    inputs.push_back(std::move(in));
  }

  // One set-up per configuration file; every file finds its own by walking up.
  std::vector<Setup> setups;
  std::map<std::string, std::size_t> setup_of_config;
  std::map<std::string, std::string> config_of_dir;
  auto setup_for = [&](const std::string& config_path) -> claimlint::Result<std::size_t> {
    auto it = setup_of_config.find(config_path);
    if (it != setup_of_config.end()) return it->second;
    Setup s;
    s.config_path = config_path;
    if (forced_config) s.config = *forced_config;
    else if (!config_path.empty()) {
      auto c = claimlint::load_config(config_path);
      if (!c) return c.error();
      s.config = std::move(*c);
    }
    s.fail_on = cli_fail_on ? *cli_fail_on : s.config.fail_on.value_or(claimlint::FailOn::error);
    claimlint::Options opts = s.config.options;
    opts.disabled_rules.insert(opts.disabled_rules.end(), disabled.begin(), disabled.end());
    auto kb = knowledge_base(s.config);
    if (!kb) return kb.error();
    auto an = claimlint::Analyzer::create(opts, *kb);
    if (!an) {
      auto e = an.error();
      if (e.file.empty()) e.file = config_path.empty() ? "--disable" : config_path;
      return e;
    }
    s.analyzer = std::move(*an);
    setups.push_back(std::move(s));
    setup_of_config.emplace(config_path, setups.size() - 1);
    return setups.size() - 1;
  };
  std::vector<Input> selected;
  for (auto& in : inputs) {
    std::string cfg_path;
    if (forced_config) cfg_path = forced_config->path;
    else if (use_config) {
      std::error_code ec;
      std::string dir = fs::absolute(fs::path(in.path), ec).parent_path().string();
      auto it = config_of_dir.find(dir);
      if (it == config_of_dir.end()) it = config_of_dir.emplace(dir, claimlint::find_config(in.path).value_or("")).first;
      cfg_path = it->second;
    }
    auto s = setup_for(cfg_path);
    if (!s) { fail_error(s.error()); return kExitError; }
    in.setup = *s;
    if (!in.from_stdin && !setups[in.setup].config.selects(in.path, in.found)) continue;
    selected.push_back(std::move(in));
  }
  inputs = std::move(selected);
  if (command == "diff") {  // claimlint diff OLD NEW (quotes.cpp)
    if (paths.size() != 2 || inputs.size() != 2 || inputs[0].from_stdin || inputs[1].from_stdin) {
      fail_line("diff", "want two files: the old version and the new one");
      return kExitError;
    }
    claimlint::OutputOptions doo;
    doo.color = color == "always";
    const auto& su = setups[inputs[1].setup];
    auto d = cli::run_diff(*su.analyzer, inputs[0].path, inputs[1].path, the_date, format, doo, su.fail_on);
    if (d.error) return kExitError;
    Sink dsink;
    if (auto err = dsink.open(output_file)) { fail_line(output_file, *err); return kExitError; }
    dsink.write(d.out);
    if (auto err = dsink.close()) { fail_line(output_file.empty() ? "standard output" : output_file, *err); return kExitError; }
    return d.fails ? kExitFindings : kExitOk;
  }
  // --source: indexed once, shared by every file and thread (quotes.cpp).
  std::optional<claimlint::Sources> sources;
  if (!source_files.empty() && !setups.empty()) {
    sources = cli::load_sources(*setups[0].analyzer, source_files, the_date);
    if (!sources) return kExitError;
  }

  claimlint::OutputOptions oo;
  const char* no_color = std::getenv("NO_COLOR");
  oo.color = color == "always" || (color == "auto" && format == "text" && output_file.empty() &&
                                   isatty(STDOUT_FILENO) && !(no_color && *no_color));
  // Formats made of one piece per file are rendered by the worker that checked the file, which
  // then frees the file's text and report (all but the findings); a writer thread writes each
  // piece once every file before it is written, and workers stay within a window of 4 files a
  // thread ahead of it (bounded memory, issue #12). The other formats are written at the end.
  const bool per_file = format == "text" || format == "jsonl" || format == "github";
  std::vector<std::string> rendered(per_file ? inputs.size() : 0);
  auto render = [&](std::size_t i, claimlint::FileResult& fr) {
    if (!per_file) return;
    if (format == "jsonl") rendered[i] = claimlint::to_json_line(fr, oo) + "\n";
    else if (format == "github") rendered[i] = claimlint::to_github(fr, oo);
    else if (fr.error.empty()) rendered[i] = claimlint::to_text(fr, oo);
    fr.text = {};
    fr.report.claims.clear();
    fr.report.entities.clear();
    std::string().swap(inputs[i].data);
  };
  claimlint_cli::OrderedWindow window;

  std::vector<claimlint::FileResult> results(inputs.size());
  std::atomic<std::size_t> next{0}, done{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      window.wait_turn(i);
      Input& in = inputs[i];
      auto& fr = results[i];
      fr.report.path = in.path;
      if (!in.from_stdin) {
        // Bounded: a device or a file over the analyzer's limit is refused before it is read.
        auto text = claimlint::read_file(in.path, setups[in.setup].config.options.max_input_bytes);
        if (!text) { fr.error = text.error().message; render(i, fr); window.finish(i); done.fetch_add(1); continue; }
        in.data = std::move(*text);
      }
      claimlint::Document doc{in.data, in.path, the_date, claimlint::Format::automatic};
      auto rep = sources ? setups[in.setup].analyzer->analyze(doc, *sources) : setups[in.setup].analyzer->analyze(doc);
      if (!rep) {
        const auto& e = rep.error();
        fr.error = e.line ? fmt::format("line {}: {}", e.line, e.message) : e.message;
        render(i, fr);
        window.finish(i);
        done.fetch_add(1);
        continue;
      }
      fr.report = std::move(*rep);
      if (quiet) {
        const auto level = setups[in.setup].fail_on;
        std::erase_if(fr.report.findings, [&](const claimlint::Finding& f) { return !claimlint::reaches(f.severity, level); });
      }
      fr.text = in.data;
      render(i, fr);
      window.finish(i);
      done.fetch_add(1);
    }
  };
  unsigned n = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  n = static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(1, inputs.size())));
  bool fails = false;
  std::mutex stderr_mutex;  // the writer thread's messages and the progress line
  // A file's error on standard error, and whether its findings reach the fail level.
  auto account = [&](std::size_t i) {
    const auto& fr = results[i];
    if (!fr.error.empty()) {
      std::lock_guard lock(stderr_mutex);
      // "line N: cause" from the analyzer becomes "PATH:N: cause".
      std::string_view err = fr.error;
      std::size_t colon = err.find(": ");
      if (err.starts_with("line ") && colon != std::string_view::npos)
        std::cerr << fmt::format("claimlint: {}:{}: {}\n", fr.report.path, err.substr(5, colon - 5), err.substr(colon + 2));
      else
        fail_line(fr.report.path, fr.error);
      input_error = true;
    }
    for (const auto& f : fr.report.findings) fails |= claimlint::reaches(f.severity, setups[inputs[i].setup].fail_on);
  };
  Sink sink;
  if (auto err = sink.open(output_file)) { fail_line(output_file, *err); return kExitError; }
  std::thread writer;
  if (per_file) {
    window.reset(inputs.size(), std::size_t{4} * n);
    writer = std::thread([&] {
      for (std::size_t i = 0; i < inputs.size(); ++i) {
        window.wait_done(i);
        sink.write(rendered[i]);
        std::string().swap(rendered[i]);
        account(i);
        results[i] = claimlint::FileResult{};
        window.written(i);
      }
    });
  } else {
    window.reset(inputs.size(), std::numeric_limits<std::size_t>::max());
  }
  std::vector<std::thread> pool;
  // A progress line on standard error for a run that lasts: only on a terminal, not with
  // --quiet, and only after two seconds. The main thread watches instead of working then.
  const bool progress = !quiet && isatty(STDERR_FILENO) && inputs.size() > 1;
  for (unsigned k = progress ? 0 : 1; k < n; ++k) pool.emplace_back(work);
  if (progress) {
    const auto start = std::chrono::steady_clock::now();
    bool shown = false;
    while (done.load() < inputs.size()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      if (std::chrono::steady_clock::now() - start < std::chrono::seconds(2)) continue;
      std::lock_guard lock(stderr_mutex);
      std::cerr << fmt::format("\rclaimlint: checked {} of {} files", done.load(), inputs.size()) << std::flush;
      shown = true;
    }
    if (shown) {
      std::lock_guard lock(stderr_mutex);
      std::cerr << "\r\x1b[K" << std::flush;
    }
  } else {
    work();
  }
  for (auto& t : pool) t.join();
  if (writer.joinable()) writer.join();

  if (!per_file)
    for (std::size_t i = 0; i < results.size(); ++i) account(i);
  std::string out;
  if (format == "sarif") out = claimlint::to_sarif(results, oo);
  else if (format == "rdjson") out = claimlint::to_rdjson(results, oo);
  else if (format == "html") out = claimlint::to_html(results, oo);
  if (per_file) {
    // written as the files were done
  } else if (format == "json")  // written as it is made, never held whole
    claimlint::write_json(results, [&](std::string_view piece) { sink.write(piece); }, oo);
  else
    sink.write(out);
  if (auto err = sink.close()) {
    fail_line(output_file.empty() ? "standard output" : output_file, fmt::format("cannot write the report: {}", *err));
    return kExitError;
  }
  if (input_error) return kExitError;
  return fails && !report_command ? kExitFindings : kExitOk;
}
