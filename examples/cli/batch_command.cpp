// `claimlint batch`: one JSON object per input line, one report per output line, in input order
// and streamed (docs/cli.md, "Batch mode").
//
// Three kinds of thread share a ring of W slots (W = 4 × threads), one slot per line in flight:
//   - the reader (the calling thread) reads line k into slot k mod W once line k − W is written;
//   - N workers take the lines in order and turn each into its output line (claimlint::batch_line);
//   - the writer writes slot after slot, each as soon as it and every line before it are done.
// Memory is bounded by W lines and their reports, however long the input is.
#include "batch_command.hpp"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <iostream>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

namespace claimlint_cli {
namespace {

constexpr int kExitOk = 0, kExitError = 2;

void say(std::string_view where, std::string_view what) {
  std::cerr << fmt::format("claimlint: {}: {}\n", where, what);
}

// Reads lines from a descriptor. A line longer than `limit` is cut at limit + 1 bytes (the rest
// is read and dropped), so batch_line reports it as too long without it being held whole.
class LineReader {
 public:
  LineReader(int fd, std::size_t limit) : fd_(fd), limit_(limit), buf_(std::size_t{1} << 20) {}

  // The next line, without its newline; false at the end of the input or on a read error.
  bool next(std::string& line) {
    line.clear();
    bool any = false;
    for (;;) {
      if (pos_ == end_) {
        if (eof_) return any;
        ssize_t n;
        do n = ::read(fd_, buf_.data(), buf_.size());
        while (n < 0 && errno == EINTR);
        if (n < 0) { error_ = errno; eof_ = true; return any; }
        if (n == 0) { eof_ = true; return any; }
        pos_ = 0;
        end_ = static_cast<std::size_t>(n);
      }
      any = true;
      const char* b = buf_.data() + pos_;
      const void* nl = std::memchr(b, '\n', end_ - pos_);
      std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - b) : end_ - pos_;
      if (line.size() <= limit_) line.append(b, std::min(take, limit_ + 1 - line.size()));
      pos_ += take;
      if (nl) { ++pos_; return true; }
    }
  }
  int error() const { return error_; }

 private:
  int fd_;
  std::size_t limit_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
  int error_ = 0;
};

}  // namespace

int write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

namespace {

// Writes everything or records the first error (then drops the rest, so the run still ends).
struct FdWriter {
  int fd = STDOUT_FILENO;
  int failed = 0;
  void write(std::string_view data) {
    if (!failed) failed = write_all(fd, data);
  }
};

claimlint::Result<claimlint::Analyzer> make_analyzer(const BatchArgs& args) {
  claimlint::Config cfg = args.config ? *args.config : claimlint::Config{};
  claimlint::KnowledgeBase kb;
  if (!args.no_default_kb && cfg.default_kb) {
    auto b = claimlint::KnowledgeBase::builtin();
    if (!b) return b.error();
    kb = std::move(*b);
  }
  std::vector<std::string> files = cfg.kb_files;
  files.insert(files.end(), args.kb_files.begin(), args.kb_files.end());
  for (const auto& f : files) {
    auto st = kb.merge_file(f);
    if (!st) {
      auto e = st.error();
      if (e.file.empty()) e.file = f;
      return e;
    }
  }
  claimlint::Options opts = cfg.options;
  opts.disabled_rules.insert(opts.disabled_rules.end(), args.disabled.begin(), args.disabled.end());
  auto an = claimlint::Analyzer::create(opts, std::move(kb));
  if (!an) {
    auto e = an.error();
    if (e.file.empty()) e.file = args.config ? args.config->path : "--disable";
    return e;
  }
  return an;
}

struct Slot {
  enum class State { empty, queued, done } state = State::empty;
  std::string text;  // the input line, then the output line
  bool error = false;
};

}  // namespace

int run_batch(const BatchArgs& args) {
  if (args.inputs.size() > 1) {
    say("batch", "give at most one input: a JSON Lines file, or - (the default) for standard input");
    return kExitError;
  }
  int fd = STDIN_FILENO;
  std::string in_name = "standard input";
  if (!args.inputs.empty() && args.inputs[0] != "-") {
    in_name = args.inputs[0];
    fd = ::open(in_name.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) { say(in_name, std::strerror(errno)); return kExitError; }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      say(in_name, "is a folder; batch mode reads one JSON Lines file");
      ::close(fd);
      return kExitError;
    }
  }
  auto analyzer = make_analyzer(args);
  if (!analyzer) {
    const auto& e = analyzer.error();
    if (e.line && !e.file.empty()) std::cerr << fmt::format("claimlint: {}:{}: {}\n", e.file, e.line, e.message);
    else say(e.file.empty() ? "error" : e.file, e.message);
    if (fd != STDIN_FILENO) ::close(fd);
    return kExitError;
  }
  claimlint::BatchDefaults defaults;
  defaults.date = args.date;

  unsigned n = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t window = std::size_t{4} * n;
  std::vector<Slot> ring(window);
  std::mutex m;
  std::condition_variable cv_work, cv_done, cv_space;
  std::size_t read_count = 0, next_job = 0, written = 0;
  bool eof = false, any_error = false;
  FdWriter out;

  auto worker = [&] {
    std::unique_lock lock(m);
    for (;;) {
      cv_work.wait(lock, [&] { return next_job < read_count || eof; });
      if (next_job == read_count) return;  // eof and nothing left
      const std::size_t k = next_job++;
      Slot& s = ring[k % window];
      std::string line = std::move(s.text);
      lock.unlock();
      claimlint::BatchRecord rec = claimlint::batch_line(*analyzer, line, k + 1, defaults);
      std::string().swap(line);
      lock.lock();
      s.text = std::move(rec.line);
      s.error = rec.error;
      s.state = Slot::State::done;
      if (k == written) cv_done.notify_one();
    }
  };
  auto writer = [&] {
    std::string chunk;
    std::unique_lock lock(m);
    for (;;) {
      cv_done.wait(lock, [&] { return ring[written % window].state == Slot::State::done || (eof && written == read_count); });
      if (ring[written % window].state != Slot::State::done) return;
      chunk.clear();
      // Every line that is ready now goes out in one write.
      while (ring[written % window].state == Slot::State::done) {
        Slot& s = ring[written % window];
        chunk += s.text;
        chunk += '\n';
        any_error |= s.error;
        std::string().swap(s.text);
        s.state = Slot::State::empty;
        ++written;
      }
      cv_space.notify_one();
      lock.unlock();
      out.write(chunk);
      if (chunk.capacity() > (std::size_t{4} << 20)) std::string().swap(chunk);
      lock.lock();
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(n + 1);
  for (unsigned k = 0; k < n; ++k) threads.emplace_back(worker);
  threads.emplace_back(writer);

  LineReader reader(fd, defaults.max_line_bytes);
  std::string line;
  while (reader.next(line)) {
    std::unique_lock lock(m);
    cv_space.wait(lock, [&] { return read_count - written < window; });
    Slot& s = ring[read_count % window];
    s.text = std::move(line);
    s.state = Slot::State::queued;
    ++read_count;
    cv_work.notify_one();
    line = std::string();
  }
  {
    std::lock_guard lock(m);
    eof = true;
  }
  cv_work.notify_all();
  cv_done.notify_all();
  for (auto& t : threads) t.join();
  if (fd != STDIN_FILENO) ::close(fd);

  int status = kExitOk;
  if (reader.error()) {
    say(in_name, fmt::format("read error after line {}: {}", read_count, std::strerror(reader.error())));
    status = kExitError;
  }
  if (out.failed) {
    say("standard output", fmt::format("cannot write the reports: {}", std::strerror(out.failed)));
    status = kExitError;
  }
  if (any_error) status = kExitError;
  return status;
}

}  // namespace claimlint_cli
