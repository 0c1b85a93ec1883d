// claimlint: the command-line tool. See docs/cli.md and ../shared/docs/contract.md.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
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

void fail_line(const std::string& path, const std::string& what) {
  std::cerr << fmt::format("claimlint: {}: {}\n", path.empty() ? "error" : path, what);
}

bool article_ext(const fs::path& p) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e == ".txt" || e == ".md" || e == ".markdown" || e == ".html" || e == ".htm";
}

struct Input {
  std::string path;        // as given or found
  std::string data;
  std::string error;       // could not be read
};

int usage(const po::options_description& desc) {
  std::cout << "Usage: claimlint check [OPTIONS] PATH...\n"
               "       claimlint rules        list the rules\n"
               "       claimlint kb-stats     count the built-in knowledge base\n\n"
            << desc << "\nExit status: 0 no finding at or above --fail-on, 1 findings, 2 usage or input error.\n";
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  po::options_description desc("Options");
  std::string format = "text", date, fail_on = "error", stdin_name = "-", color = "auto";
  std::vector<std::string> kb_files, paths, disabled;
  unsigned jobs = 0;
  desc.add_options()
      ("help,h", "show this help")
      ("format,f", po::value(&format)->default_value("text"), "text|json|jsonl|sarif|github")
      ("date", po::value(&date), "the article's date, YYYY-MM-DD")
      ("kb", po::value(&kb_files)->composing(), "extra knowledge-base file (repeatable)")
      ("no-default-kb", "leave the built-in knowledge base out")
      ("fail-on", po::value(&fail_on)->default_value("error"), "error|warning|info|never")
      ("disable", po::value(&disabled)->composing(), "turn a rule off (repeatable)")
      ("jobs,j", po::value(&jobs)->default_value(0), "threads (0: one per core)")
      ("color", po::value(&color)->default_value("auto")->implicit_value("always"), "auto|always|never")
      ("stdin-filename", po::value(&stdin_name), "name (and format) for standard input")
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

  claimlint::KnowledgeBase kb;
  if (!vm.count("no-default-kb")) {
    auto b = claimlint::KnowledgeBase::builtin();
    if (!b) { fail_line("builtin knowledge base", b.error().what()); return kExitError; }
    kb = *b;
  }
  for (const auto& f : kb_files) {
    if (auto st = kb.merge_file(f); !st) {
      fail_line(f, st.error().line ? fmt::format("line {}: {}", st.error().line, st.error().message) : st.error().message);
      return kExitError;
    }
  }
  if (command == "kb-stats") {
    auto s = kb.stats();
    std::cout << fmt::format("snapshot {}\ntenures {}\npeople {}\noffices {}\njurisdictions {}\n", kb.snapshot(),
                             s.tenures, s.people, s.offices, s.jurisdictions);
    return kExitOk;
  }
  if (command != "check") { fail_line(command, "unknown command (want check, rules or kb-stats)"); return kExitError; }

  if (format != "text" && format != "json" && format != "jsonl" && format != "sarif" && format != "github") {
    fail_line("--format", fmt::format("unknown format \"{}\" (want text, json, jsonl, sarif or github)", format));
    return kExitError;
  }
  int fail_level;
  if (fail_on == "never") fail_level = 99;
  else if (auto s = claimlint::parse_severity(fail_on)) fail_level = static_cast<int>(*s);
  else { fail_line("--fail-on", fmt::format("unknown level \"{}\" (want error, warning, info or never)", fail_on)); return kExitError; }
  std::optional<claimlint::Date> the_date;
  if (vm.count("date")) {
    the_date = claimlint::parse_date(date);
    if (!the_date) { fail_line("--date", fmt::format("\"{}\" is not a calendar date in the form YYYY-MM-DD", date)); return kExitError; }
  }
  if (paths.empty()) { fail_line("", "no input: give one or more files, directories, or - for standard input"); return kExitError; }

  claimlint::Options opts;
  opts.disabled_rules = disabled;
  auto analyzer = claimlint::Analyzer::create(opts, kb);
  if (!analyzer) { fail_line("", analyzer.error().what()); return kExitError; }

  // Collect inputs in order.
  std::vector<Input> inputs;
  bool input_error = false;
  for (const auto& p : paths) {
    if (p == "-") {
      std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      inputs.push_back({stdin_name, std::move(data), {}});
      continue;
    }
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) { fail_line(p, "no such file or directory"); input_error = true; continue; }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file() && article_ext(it->path())) found.push_back(it->path().string());
      if (found.empty()) { fail_line(p, "directory holds no articles (.txt, .md, .markdown, .html, .htm)"); input_error = true; continue; }
      std::sort(found.begin(), found.end());
      for (auto& f : found) inputs.push_back({std::move(f), {}, {}});
      continue;
    }
    inputs.push_back({p, {}, {}});
  }

  std::vector<claimlint::FileResult> results(inputs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      Input& in = inputs[i];
      auto& fr = results[i];
      fr.report.path = in.path;
      if (in.data.empty() && in.path != stdin_name) {
        std::ifstream f(in.path, std::ios::binary);
        if (!f) { fr.error = "cannot open file"; continue; }
        std::ostringstream ss;
        ss << f.rdbuf();
        in.data = ss.str();
      }
      claimlint::Document doc{in.data, in.path, the_date, claimlint::Format::automatic};
      auto rep = analyzer->analyze(doc);
      if (!rep) {
        const auto& e = rep.error();
        fr.error = e.line ? fmt::format("line {}: {}", e.line, e.message) : e.message;
        continue;
      }
      fr.report = std::move(*rep);
      fr.text = in.data;
    }
  };
  unsigned n = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
  n = static_cast<unsigned>(std::min<std::size_t>(n, std::max<std::size_t>(1, inputs.size())));
  std::vector<std::thread> pool;
  for (unsigned k = 1; k < n; ++k) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  claimlint::OutputOptions oo;
  oo.color = color == "always" || (color == "auto" && format == "text" && isatty(STDOUT_FILENO));
  int worst = -1;
  for (const auto& fr : results) {
    if (!fr.error.empty()) { fail_line(fr.report.path, fr.error); input_error = true; }
    for (const auto& f : fr.report.findings) worst = std::max(worst, static_cast<int>(f.severity));
  }
  std::string out;
  if (format == "json") out = claimlint::to_json(results, oo);
  else if (format == "sarif") out = claimlint::to_sarif(results, oo);
  else
    for (const auto& fr : results) {
      if (format == "jsonl") out += claimlint::to_json_line(fr, oo) + "\n";
      else if (format == "github") out += claimlint::to_github(fr, oo);
      else if (fr.error.empty()) out += claimlint::to_text(fr, oo);
    }
  std::cout << out << std::flush;
  if (input_error) return kExitError;
  return worst >= fail_level ? kExitFindings : kExitOk;
}
