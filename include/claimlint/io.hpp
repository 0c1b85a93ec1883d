// claimlint/io.hpp: bounded reading of input files.
//
// Every file claimlint reads (articles, knowledge bases, configurations) goes through these:
// a directory or a device is refused before anything is read, a regular file over the limit is
// refused from its size alone, and any other stream (a pipe, a terminal) is read only up to the
// limit, so `/dev/zero` or an endless pipe cannot exhaust memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "claimlint/export.hpp"
#include "claimlint/result.hpp"

namespace claimlint {

// Default limits (see docs/reliability.md).
inline constexpr std::size_t max_config_bytes = std::size_t{1} << 20;           // 1 MiB
inline constexpr std::size_t max_knowledge_base_bytes = std::size_t{256} << 20;  // 256 MiB

// Returns the whole content of the file at `path`, at most `max_bytes` long. Errors (code io,
// or usage for the size): "is a directory", "is a device, not a file", "is N bytes, over the
// limit of M bytes", "cannot open: <cause>", "cannot read: <cause>"; `file` is `path`.
[[nodiscard]] CLAIMLINT_API Result<std::string> read_file(const std::string& path, std::size_t max_bytes);

// The same for an open descriptor (standard input is 0), which may be a pipe or a terminal:
// read until end of file or until more than `max_bytes` arrived (an error). A directory is
// refused; `name` is used in errors.
[[nodiscard]] CLAIMLINT_API Result<std::string> read_descriptor(int fd, std::size_t max_bytes, std::string_view name);

}  // namespace claimlint
