// claimlint/batch.hpp: batch mode, one JSON Lines record at a time.
//
// Batch mode reads one JSON object per input line and writes one report per output line, in
// input order (../docs/formats.md, "Batch mode"). This is the per-line step, shared by
// `claimlint batch`, the Python module and engines that drive the library directly:
//
//   claimlint::BatchDefaults defaults;            // the date for records that give none
//   for (std::size_t n = 1; std::getline(in, line); ++n) {
//     auto rec = claimlint::batch_line(analyzer, line, n, defaults);
//     out << rec.line << '\n';                    // a report, or an error record
//     failed |= rec.error;
//   }
//
// The function never throws and never prints; a bad line gives an error record, not an exception.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "claimlint/analyzer.hpp"
#include "claimlint/export.hpp"
#include "claimlint/report.hpp"

namespace claimlint {

struct BatchDefaults {
  std::optional<Date> date;        // for records without "date"
  std::size_t max_line_bytes = std::size_t{64} << 20;  // longer lines are error records
};

struct BatchRecord {
  std::string line;    // the output line, without its newline
  bool error = false;  // the line is an error record
};

// Turns one input line (a JSON object with "text" and optionally "id", "date", "format",
// "path") into its output line: the report of the text with "id" copied as given, or
// {"id": …, "line": N, "error": {"code": …, "message": …}} when the line cannot be used.
// Error codes: "json" (not a JSON object, or too deeply nested), "field" (a missing or
// mistyped field), "encoding" (text that is not valid UTF-8), "usage" (too long), "internal".
[[nodiscard]] CLAIMLINT_API BatchRecord batch_line(const Analyzer& analyzer, std::string_view line, std::size_t line_number,
                                     const BatchDefaults& defaults = {});

}  // namespace claimlint
