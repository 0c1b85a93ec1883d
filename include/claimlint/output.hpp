// claimlint/output.hpp: reports rendered for people and programs.
//
//   std::string json = claimlint::to_json(reports);     // the contract's JSON report
//   std::string sarif = claimlint::to_sarif(reports);   // for code scanning
//   std::string page = claimlint::to_html(reports);     // one self-contained page for people
//
// All functions are pure: they return text and never print. Safe to call from many threads.
// docs/output.md describes every format.
#pragma once

#include "claimlint/export.hpp"

#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "claimlint/report.hpp"

namespace claimlint {

// One file's input, for renderers that show source lines (text) or need the error.
struct FileResult {
  Report report;
  std::string_view text;   // the input, for source lines and carets; may be empty
  std::string error;       // non-empty when the file could not be checked
};

struct OutputOptions {
  bool color = false;                  // ANSI colour in `text`
  std::string_view tool_version = "0.1.0";
  std::string_view docs_base_uri = "https://github.com/claimlint/claimlint/blob/main/docs/";
};

// The JSON report of the contract: {"tool": …, "files": [ … ]}.
[[nodiscard]] CLAIMLINT_API std::string to_json(std::span<const FileResult> files, const OutputOptions& o = {});
// The same report handed to `write` in pieces of about 64 KiB as it is made: the concatenation
// of the pieces is to_json's string, but the report is never held whole.
CLAIMLINT_API void write_json(std::span<const FileResult> files, const std::function<void(std::string_view)>& write,
                              const OutputOptions& o = {});
// One JSON object for one file (a line of JSON Lines, without the newline).
[[nodiscard]] CLAIMLINT_API std::string to_json_line(const FileResult& file, const OutputOptions& o = {});
// Compiler-style text: "path:line:col: severity: message [rule]", the line, a caret underline.
[[nodiscard]] CLAIMLINT_API std::string to_text(const FileResult& file, const OutputOptions& o = {});
// GitHub Actions workflow commands (::error file=…,line=…::message).
[[nodiscard]] CLAIMLINT_API std::string to_github(const FileResult& file, const OutputOptions& o = {});
// SARIF 2.1.0, one run for all files: code-point columns with an exclusive endColumn, rules
// with descriptions, help and a helpUri below docs_base_uri, and partialFingerprints that do
// not change when lines above a finding move.
[[nodiscard]] CLAIMLINT_API std::string to_sarif(std::span<const FileResult> files, const OutputOptions& o = {});
// reviewdog's diagnostic format (rdjson), one object for all files; its columns count UTF-8
// bytes and its ranges end exclusively.
[[nodiscard]] CLAIMLINT_API std::string to_rdjson(std::span<const FileResult> files, const OutputOptions& o = {});

// One self-contained HTML page (no network: inline CSS and a little inline script) with each
// file's text, its claims (speaker, cue, content) and findings marked in place; every mark has
// data-claim="ID" (the claim's id) or data-finding="N" (the finding's index in its file). Uses
// each FileResult's `text`: spans are byte offsets into it. docs/output.md#html.
[[nodiscard]] CLAIMLINT_API std::string to_html(std::span<const FileResult> files, const OutputOptions& o = {});

}  // namespace claimlint
