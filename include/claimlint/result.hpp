// claimlint/result.hpp: the one error model of the library.
//
// Every fallible call returns a `Result<T>`: a value or an `Error`. No library call reports a
// failure by throwing, and the library never prints or aborts. The one exception is a misuse of
// Result itself: reading the value of an error (value(), *, ->) or the error of a value (error())
// throws std::bad_variant_access, like std::get; test the Result first, or use value_or().
//
//   auto kb = claimlint::KnowledgeBase::builtin();
//   if (!kb) std::cerr << kb.error().what() << '\n';
#pragma once

#include "claimlint/export.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace claimlint {

// What went wrong, where. `file` may be empty (text given in memory); `line` is 1-based and
// 0 when unknown; `offset` is a byte offset into the input, or npos when unknown.
struct CLAIMLINT_API Error {
  enum class Code { io, encoding, usage, knowledge_base, config, internal };
  Code code = Code::internal;
  std::string message;  // the cause, without the location
  std::string file;
  std::size_t line = 0;
  std::size_t offset = static_cast<std::size_t>(-1);

  // Returns "file:line: message" (or the parts that are known).
  [[nodiscard]] std::string what() const;
};

// A value of type T, or an Error. Test it with `if (r)`, read it with `*r` or `r->` (which
// throw std::bad_variant_access when `r` holds an Error), or with `r.value_or(fallback)`.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}    // NOLINT
  [[nodiscard]] bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  // The value, or `fallback` when this holds an Error; never throws.
  template <class U>
  [[nodiscard]] T value_or(U&& fallback) const& {
    if (const T* v = std::get_if<0>(&v_)) return *v;
    return static_cast<T>(std::forward<U>(fallback));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  [[nodiscard]] const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result<void>: success or an Error.
struct Ok {};
using Status = Result<Ok>;

}  // namespace claimlint
