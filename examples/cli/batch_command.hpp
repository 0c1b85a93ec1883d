// `claimlint batch`: JSON Lines in, JSON Lines out (docs/cli.md, "Batch mode"; the contract is
// ../shared/docs/contract.md, "Batch mode").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <claimlint/claimlint.hpp>

namespace claimlint_cli {

struct BatchArgs {
  std::vector<std::string> inputs;        // at most one: a file, or "-" / nothing for standard input
  std::optional<claimlint::Date> date;    // --date, for records without "date"
  std::vector<std::string> kb_files;      // --kb
  bool no_default_kb = false;             // --no-default-kb
  std::optional<claimlint::Config> config;  // --config, already loaded
  std::vector<std::string> disabled;      // --disable
  unsigned jobs = 0;                      // --jobs: 0 is one per core
};

// Runs batch mode; returns the exit status (0, or 2 when any line was an error record or the
// input or output failed). Messages about the run itself go to standard error.
int run_batch(const BatchArgs& args);

// Writes all of `data` to `fd`, retrying after EINTR and short writes. Returns 0, or the errno
// of the first failure (the rest of `data` is then dropped).
int write_all(int fd, std::string_view data);

}  // namespace claimlint_cli
