// Bounded reads (claimlint/io.hpp): POSIX open/fstat/read, so that the kind and the size of a
// file are known before a byte is read.
#include "claimlint/io.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

#include <fmt/format.h>

namespace claimlint {
namespace {

Error io_error(Error::Code code, std::string message, std::string_view name) {
  Error e;
  e.code = code;
  e.message = std::move(message);
  e.file = std::string(name);
  return e;
}

std::string cause(int err) { return std::generic_category().message(err); }

Result<std::string> read_open(int fd, std::size_t max_bytes, std::string_view name, bool devices_allowed) {
  struct stat st {};
  if (::fstat(fd, &st) != 0) return io_error(Error::Code::io, "cannot read: " + cause(errno), name);
  if (S_ISDIR(st.st_mode)) return io_error(Error::Code::io, "is a directory, not a file", name);
  if (!devices_allowed && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode)))
    return io_error(Error::Code::io, "is a device, not a file", name);
  std::string out;
  if (S_ISREG(st.st_mode)) {
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes)
      return io_error(Error::Code::usage, fmt::format("is {} bytes, over the limit of {} bytes", size, max_bytes), name);
    out.reserve(size);
  }
  // Read in chunks; one byte past the limit is enough to know the input is too long (a file may
  // also grow after fstat).
  constexpr std::size_t chunk = std::size_t{1} << 16;
  for (;;) {
    const std::size_t want = std::min(chunk, max_bytes + 1 - out.size());
    const std::size_t at = out.size();
    out.resize(at + want);
    const ssize_t n = ::read(fd, out.data() + at, want);
    if (n < 0) {
      if (errno == EINTR) { out.resize(at); continue; }
      return io_error(Error::Code::io, "cannot read: " + cause(errno), name);
    }
    out.resize(at + static_cast<std::size_t>(n));
    if (n == 0) break;
    if (out.size() > max_bytes)
      return io_error(Error::Code::usage, fmt::format("is over the limit of {} bytes", max_bytes), name);
  }
  return out;
}

}  // namespace

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
  // O_NONBLOCK: opening a FIFO without a writer must not hang; it is cleared before reading.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0) return io_error(Error::Code::io, "cannot open: " + cause(errno), path);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode)) {
    int fl = ::fcntl(fd, F_GETFL);
    if (fl >= 0) ::fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
  }
  auto r = read_open(fd, max_bytes, path, false);
  ::close(fd);
  return r;
}

Result<std::string> read_descriptor(int fd, std::size_t max_bytes, std::string_view name) {
  return read_open(fd, max_bytes, name, true);
}

}  // namespace claimlint
