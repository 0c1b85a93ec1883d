// The JSON report of one file (one entry of the JSON report's `files`), written as it goes by
// the JSON renderers and batch mode.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "claimlint/output.hpp"

namespace claimlint::detail {

// Appends JSON to `out`. Members and array elements are separated by commas as they come.
struct JsonWriter {
  std::string out;
  bool fresh = true;  // nothing written yet in the current object or array
  // When set, `out` is handed to it and emptied whenever it passes 64 KiB at the end of an
  // object or array, so that a large report is never held whole (issue #12).
  const std::function<void(std::string_view)>* sink = nullptr;

  void open(char c) {
    comma();
    out.push_back(c);
    fresh = true;
  }
  void close(char c) {
    out.push_back(c);
    fresh = false;
    if (sink && out.size() >= (std::size_t{64} << 10)) {
      (*sink)(out);
      out.clear();
    }
  }
  void key(std::string_view k);
  void value(std::string_view s) {
    comma();
    str(s);
  }
  void num(long long v);
  void boolean(bool b) {
    comma();
    out += b ? "true" : "false";
  }
  void null() {
    comma();
    out += "null";
  }
  // Raw JSON text, already valid (a serialized id).
  void raw(std::string_view json) {
    comma();
    out += json;
  }
  void str(std::string_view s);
  void comma();
};

// Writes the members of one file's report (path, date, …, notes; or path and error).
void file_json_members(JsonWriter& w, const FileResult& fr);

}  // namespace claimlint::detail
