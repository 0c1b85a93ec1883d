// claimlint/output.hpp: reports rendered for people and programs.
//
//   std::string json = claimlint::to_json(reports);     // the contract's JSON report
//
// All functions are pure: they return text and never print.
#pragma once

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
[[nodiscard]] std::string to_json(std::span<const FileResult> files, const OutputOptions& o = {});
// One JSON object for one file (a line of JSON Lines, without the newline).
[[nodiscard]] std::string to_json_line(const FileResult& file, const OutputOptions& o = {});
// Compiler-style text: "path:line:col: severity: message [rule]", the line, a caret underline.
[[nodiscard]] std::string to_text(const FileResult& file, const OutputOptions& o = {});
// GitHub Actions workflow commands (::error file=…,line=…::message).
[[nodiscard]] std::string to_github(const FileResult& file, const OutputOptions& o = {});
// SARIF 2.1.0.
[[nodiscard]] std::string to_sarif(std::span<const FileResult> files, const OutputOptions& o = {});

}  // namespace claimlint
