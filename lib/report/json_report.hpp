// The JSON object of one file's report (one entry of the JSON report's `files`), shared by the
// JSON renderers and batch mode.
#pragma once

#include <boost/json/object.hpp>

#include "claimlint/output.hpp"

namespace claimlint::detail {

[[nodiscard]] boost::json::object file_json(const FileResult& fr);

}  // namespace claimlint::detail
