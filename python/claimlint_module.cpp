// The Python module `claimlint`: one Analyzer, built once and shared by threads, that returns
// each report as Python objects (the dict of one `files` entry of the JSON report) or as JSON.
// The GIL is released while the C++ analyzer runs, so threads analyze in parallel.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <claimlint/claimlint.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace py = pybind11;

namespace {

// ClaimlintError(message) with .file, .line and .code when known.
PyObject* g_error = nullptr;

[[noreturn]] void raise(const claimlint::Error& e) {
  py::object exc = py::reinterpret_borrow<py::object>(g_error)(e.what());
  exc.attr("file") = e.file;
  exc.attr("line") = e.line;
  const char* codes[] = {"io", "encoding", "usage", "knowledge_base", "config", "internal"};
  exc.attr("code") = codes[static_cast<int>(e.code)];
  PyErr_SetObject(g_error, exc.ptr());
  throw py::error_already_set();
}

std::optional<claimlint::Date> to_date(const std::optional<std::string>& s) {
  if (!s || s->empty()) return std::nullopt;
  auto d = claimlint::parse_date(*s);
  if (!d) throw py::value_error("date must be a calendar day in YYYY-MM-DD form, got '" + *s + "'");
  return d;
}

// A str (encoded as UTF-8; a lone surrogate raises UnicodeEncodeError) or bytes (taken as they
// are: bytes that are not UTF-8 give a ClaimlintError with code "encoding" and the byte offset).
std::string to_bytes(py::handle t) {
  if (py::isinstance<py::bytes>(t)) return t.cast<std::string>();
  if (py::isinstance<py::str>(t)) {
    Py_ssize_t n = 0;
    const char* p = PyUnicode_AsUTF8AndSize(t.ptr(), &n);
    if (!p) throw py::error_already_set();
    return std::string(p, static_cast<std::size_t>(n));
  }
  throw py::type_error("text must be str or bytes");
}

claimlint::Format to_format(const std::string& f) {
  if (f == "auto") return claimlint::Format::automatic;
  if (f == "plain") return claimlint::Format::plain;
  if (f == "markdown") return claimlint::Format::markdown;
  if (f == "html") return claimlint::Format::html;
  throw py::value_error("format must be auto, plain, markdown or html, got '" + f + "'");
}

class PyAnalyzer {
 public:
  PyAnalyzer(std::vector<std::string> kb_files, std::optional<std::string> config, bool builtin_kb,
             std::vector<std::string> disabled_rules, std::map<std::string, std::string> severities,
             std::vector<std::string> extra_cues) {
    claimlint::Options opts;
    if (config) {
      auto c = claimlint::load_config(*config);
      if (!c) raise(c.error());
      opts = c->options;
      builtin_kb = builtin_kb && c->default_kb;
      kb_files.insert(kb_files.begin(), c->kb_files.begin(), c->kb_files.end());
    }
    for (auto& r : disabled_rules) opts.disabled_rules.push_back(std::move(r));
    for (auto& [rule, sev] : severities) {
      claimlint::Severity s;
      if (sev == "info") s = claimlint::Severity::info;
      else if (sev == "warning") s = claimlint::Severity::warning;
      else if (sev == "error") s = claimlint::Severity::error;
      else throw py::value_error("severity of " + rule + " must be info, warning or error, got '" + sev + "'");
      opts.severities[rule] = s;
    }
    for (auto& c : extra_cues) opts.extra_cues.push_back(std::move(c));
    claimlint::KnowledgeBase kb;
    if (builtin_kb) {
      auto b = claimlint::KnowledgeBase::builtin();
      if (!b) raise(b.error());
      kb = *b;
    }
    for (const auto& f : kb_files)
      if (auto st = kb.merge_file(f); !st) raise(st.error());
    auto a = claimlint::Analyzer::create(std::move(opts), std::move(kb));
    if (!a) raise(a.error());
    analyzer_.emplace(std::move(*a));
  }

  // The report of one text as one JSON line (the fields of one `files` entry).
  std::string analyze_json(py::handle text_obj, const std::optional<std::string>& date, const std::string& path,
                           const std::string& format) const {
    const std::string text = to_bytes(text_obj);
    claimlint::Document doc{text, path, to_date(date), to_format(format)};
    std::optional<claimlint::Result<claimlint::Report>> r;
    {
      py::gil_scoped_release release;
      r.emplace(analyzer_->analyze(doc));
    }
    if (!r->ok()) raise(r->error());
    claimlint::FileResult fr{std::move(r->value()), text, {}};
    std::string line;
    {
      py::gil_scoped_release release;
      line = claimlint::to_json_line(fr);
    }
    return line;
  }

  py::object analyze(py::handle text, const std::optional<std::string>& date, const std::string& path,
                     const std::string& format) const {
    std::string line = analyze_json(text, date, path, format);
    static py::object loads = py::module_::import("json").attr("loads");
    py::dict d = loads(py::str(line));
    if (d.contains("tool")) PyDict_DelItemString(d.ptr(), "tool");
    return d;
  }

  // Batch mode's per-line step: (output line, is_error).
  std::pair<std::string, bool> batch_line(py::handle line_obj, std::size_t line_number,
                                          const std::optional<std::string>& date) const {
    const std::string line = to_bytes(line_obj);
    claimlint::BatchDefaults defaults;
    defaults.date = to_date(date);
    claimlint::BatchRecord rec;
    {
      py::gil_scoped_release release;
      rec = claimlint::batch_line(*analyzer_, line, line_number, defaults);
    }
    return {std::move(rec.line), rec.error};
  }

 private:
  std::optional<claimlint::Analyzer> analyzer_;
};

}  // namespace

PYBIND11_MODULE(claimlint, m) {
  m.doc() = "claimlint: attributed claims and internal inconsistencies in news text";
  m.attr("__version__") = claimlint::version;
  static py::exception<std::runtime_error> error(m, "ClaimlintError");
  g_error = error.ptr();
  py::class_<PyAnalyzer>(m, "Analyzer",
                         "An analyzer with the built-in knowledge base (and any kb files merged over it).\n"
                         "Build it once; it is immutable and may be shared by threads.")
      .def(py::init<std::vector<std::string>, std::optional<std::string>, bool, std::vector<std::string>,
                    std::map<std::string, std::string>, std::vector<std::string>>(),
           py::kw_only(), py::arg("kb") = std::vector<std::string>{}, py::arg("config") = std::nullopt,
           py::arg("builtin_kb") = true, py::arg("disabled_rules") = std::vector<std::string>{},
           py::arg("severities") = std::map<std::string, std::string>{},
           py::arg("extra_cues") = std::vector<std::string>{})
      .def("analyze", &PyAnalyzer::analyze, py::arg("text"), py::kw_only(), py::arg("date") = std::nullopt,
           py::arg("path") = "", py::arg("format") = "auto",
           "Returns the report of `text` (str, or bytes in UTF-8) as a dict: path, date, date_source, claims, entities, findings, notes.\n"
           "Spans are byte offsets into text.encode('utf-8').")
      .def("analyze_json", &PyAnalyzer::analyze_json, py::arg("text"), py::kw_only(), py::arg("date") = std::nullopt,
           py::arg("path") = "", py::arg("format") = "auto", "The same report as one JSON line (a str).")
      .def("batch_line", &PyAnalyzer::batch_line, py::arg("line"), py::arg("line_number") = 1, py::kw_only(),
           py::arg("date") = std::nullopt,
           "Batch mode's step for one JSON Lines record: returns (output_line, is_error).");
}
