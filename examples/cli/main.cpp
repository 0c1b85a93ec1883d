// claimlint: the command-line tool. See docs/cli.md and ../shared/docs/contract.md.
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>
#include <thread>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include <claimlint/claimlint.hpp>

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

constexpr int kExitOk = 0, kExitFindings = 1, kExitError = 2;
constexpr std::string_view kFormats[] = {"text", "json", "jsonl", "sarif", "github", "rdjson"};

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
               "       claimlint rules                     list the rules\n"
               "       claimlint kb-stats                  count the knowledge base\n\n"
            << desc
            << "\nExit status: 0 no finding at or above the fail level, 1 findings, 2 usage, configuration or input error.\n"
               "Configuration: the nearest .claimlint.toml above each file, or --config FILE (docs/cli.md).\n";
  return kExitOk;
}

std::string read_all(std::istream& in) {
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  po::options_description desc("Options");
  std::string format = "text", date, fail_on, stdin_name = "-", color = "auto", config_file;
  std::vector<std::string> kb_files, paths, disabled;
  unsigned jobs = 0;
  desc.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("text"), "text|json|jsonl|sarif|github|rdjson")
      ("date", po::value(&date), "the article's date, YYYY-MM-DD")
      ("kb", po::value(&kb_files)->composing(), "extra knowledge-base file (repeatable)")
      ("no-default-kb", "leave the built-in knowledge base out")
      ("fail-on", po::value(&fail_on), "error|warning|info|never (default: the configuration's, else error)")
      ("disable", po::value(&disabled)->composing(), "turn a rule off (repeatable)")
      ("config", po::value(&config_file), "configuration file (default: the nearest .claimlint.toml above each file)")
      ("no-config", "use no configuration file")
      ("jobs,j", po::value(&jobs)->default_value(0), "threads (0: one per core)")
      ("color", po::value(&color)->default_value("auto")->implicit_value("always"),
       "auto|always|never: colour in text output (auto: only on a terminal, and not when NO_COLOR is set)")
      ("stdin-filename", po::value(&stdin_name), "name for standard input; its extension gives the format")
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
  if (vm.count("version")) { std::cout << "claimlint " << claimlint::version << '\n'; return kExitOk; }
  if (vm.count("help") || command.empty()) return usage(desc);

  if (command == "rules") {
    for (const auto& r : claimlint::rules())
      std::cout << fmt::format("{:28} {:8} {}\n", r.id, claimlint::to_string(r.default_severity), r.summary);
    return kExitOk;
  }
  if (command != "check" && command != "kb-stats") {
    fail_line(command, "unknown command (want check, rules or kb-stats)");
    return kExitError;
  }

  // Options that do not depend on the files.
  if (std::find(std::begin(kFormats), std::end(kFormats), format) == std::end(kFormats)) {
    fail_line("--format", fmt::format("unknown format \"{}\" (want text, json, jsonl, sarif, github or rdjson)", format));
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
    std::cout << kb->coverage_table();  // issue #11: coverage by office type and region
    return kExitOk;
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
      in.data = read_all(std::cin);
      inputs.push_back(std::move(in));
      continue;
    }
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) { fail_line(p, "no such file or directory"); input_error = true; continue; }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (it->is_directory() && name.starts_with('.') && name != "." && name != "..") {
          it.disable_recursion_pending();  // .git and other hidden folders
          continue;
        }
        if (it->is_regular_file() && article_ext(it->path())) found.push_back(it->path().string());
      }
      if (found.empty()) { fail_line(p, "directory holds no articles (.txt, .md, .markdown, .html, .htm)"); input_error = true; continue; }
      std::sort(found.begin(), found.end());
      for (auto& f : found) {
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

  claimlint::OutputOptions oo;
  const char* no_color = std::getenv("NO_COLOR");
  oo.color = color == "always" ||
             (color == "auto" && format == "text" && isatty(STDOUT_FILENO) && !(no_color && *no_color));
  // Formats made of one piece per file are rendered by the worker that checked the file, which
  // then frees the file's text and report (all but the findings); the others at the end.
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

  std::vector<claimlint::FileResult> results(inputs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      Input& in = inputs[i];
      auto& fr = results[i];
      fr.report.path = in.path;
      if (!in.from_stdin) {
        std::ifstream f(in.path, std::ios::binary);
        if (!f) { fr.error = "cannot open file"; render(i, fr); continue; }
        in.data = read_all(f);
        if (f.bad()) { fr.error = "cannot read file"; render(i, fr); continue; }
      }
      claimlint::Document doc{in.data, in.path, the_date, claimlint::Format::automatic};
      auto rep = setups[in.setup].analyzer->analyze(doc);
      if (!rep) {
        const auto& e = rep.error();
        fr.error = e.line ? fmt::format("line {}: {}", e.line, e.message) : e.message;
        render(i, fr);
        continue;
      }
      fr.report = std::move(*rep);
      fr.text = in.data;
      render(i, fr);
    }
  };
  unsigned n = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  n = static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(1, inputs.size())));
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < n; ++k) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  bool fails = false;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& fr = results[i];
    if (!fr.error.empty()) {
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
  }
  std::string out;
  if (format == "json") out = claimlint::to_json(results, oo);
  else if (format == "sarif") out = claimlint::to_sarif(results, oo);
  else if (format == "rdjson") out = claimlint::to_rdjson(results, oo);
  if (per_file)
    for (const auto& piece : rendered) std::cout << piece;
  else
    std::cout << out;
  std::cout << std::flush;
  if (input_error) return kExitError;
  return fails ? kExitFindings : kExitOk;
}
