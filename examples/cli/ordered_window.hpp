// A bounded, in-order hand-off between the threads that check files and the one that writes
// their reports (issue #12): item k is started only when k < written + window, and written only
// after items 0..k-1. Memory is bounded by the window, however many files there are.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <limits>
#include <mutex>
#include <vector>

namespace claimlint_cli {

class OrderedWindow {
 public:
  void reset(std::size_t items, std::size_t window) {
    done_.assign(items, false);
    window_ = window;
    written_ = 0;
  }
  // A worker, before it starts item k.
  void wait_turn(std::size_t k) {
    std::unique_lock lock(m_);
    space_.wait(lock, [&] { return k - written_ < window_; });
  }
  // A worker, when item k is ready to be written.
  void finish(std::size_t k) {
    std::lock_guard lock(m_);
    done_[k] = true;
    if (k == written_) ready_.notify_one();
  }
  // The writer, before it writes item k (k = items written so far).
  void wait_done(std::size_t k) {
    std::unique_lock lock(m_);
    ready_.wait(lock, [&] { return done_[k]; });
  }
  // The writer, after item k is written and freed.
  void written(std::size_t k) {
    std::lock_guard lock(m_);
    written_ = k + 1;
    space_.notify_all();
  }

 private:
  std::mutex m_;
  std::condition_variable space_, ready_;
  std::vector<bool> done_;
  std::size_t window_ = std::numeric_limits<std::size_t>::max();
  std::size_t written_ = 0;
};

}  // namespace claimlint_cli
