// The CLI's quote-integrity pieces (issue 14): `check --source FILE …` and `diff OLD NEW`.
// Kept apart from main.cpp so that main only calls them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimlint/claimlint.hpp"

namespace cli {

// Reads and indexes the --source files once; on failure prints the cause and returns nothing.
std::optional<claimlint::Sources> load_sources(const claimlint::Analyzer& analyzer, const std::vector<std::string>& files,
                                               std::optional<claimlint::Date> date);

struct DiffOutcome {
  std::string out;     // the rendered report
  bool error = false;  // an input could not be read (already printed)
  bool fails = false;  // a finding reaches the fail level
};

// `claimlint diff OLD NEW`: the revision.* findings of NEW against OLD, in `format`.
DiffOutcome run_diff(const claimlint::Analyzer& analyzer, const std::string& old_path, const std::string& new_path,
                     std::optional<claimlint::Date> date, const std::string& format, const claimlint::OutputOptions& oo,
                     claimlint::FailOn fail_on);

}  // namespace cli
