#include "doc/doc.hpp"

namespace claimlint::detail {

Folded::Folded(const Text& t) {
  w.resize(t.toks.size());
  for (std::size_t i = 0; i < t.toks.size(); ++i) {
    const Token& k = t.toks[i];
    if (k.kind == Tk::word || k.kind == Tk::possessive) w[i] = fold(t.str(k));
    else if (k.kind == Tk::punct || k.kind == Tk::number) w[i] = std::string(t.str(k));
  }
}

}  // namespace claimlint::detail
