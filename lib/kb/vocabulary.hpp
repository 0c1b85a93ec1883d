// Vocabulary shared by the mention finder and the knowledge base: jurisdictions (countries,
// organisations, institutions used as metonyms) and offices with their synonyms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

namespace claimlint::detail {

struct JurisdictionInfo {
  std::string code;           // "DE", "NATO"
  std::string name;           // "Germany", "the WHO"
  std::string full_name;      // "Germany", "World Health Organization"
  std::string implied_office; // for institutions: "Kremlin" -> "president"
  bool organisation = false;
};

struct OfficeInfo {
  std::string office;         // canonical key
  std::string jurisdiction;   // implied jurisdiction ("home secretary" -> GB), or empty
  std::string body;           // implied body ("competition commissioner" -> "competition")
  bool relational = false;    // spokesperson, aide, adviser, deputy: "of" someone
  bool kb_office = true;      // appears in the knowledge base (not "judge", "attorney", …)
};

// Phrase kinds found at a position in the text.
struct Vocabulary {
  // Folded phrase ("united states", "german", "kremlin") -> index into jurisdictions.
  boost::unordered_flat_map<std::string, std::size_t> jur_by_phrase;
  std::vector<JurisdictionInfo> jurisdictions;
  // Folded phrase ("prime minister", "foreign secretary") -> office.
  boost::unordered_flat_map<std::string, OfficeInfo> office_by_phrase;
  std::size_t max_phrase_tokens = 5;
  // First words of the phrases above, for a quick "nothing starts here".
  boost::unordered_flat_set<std::string> office_first, jur_first;

  [[nodiscard]] const JurisdictionInfo* jurisdiction(std::string_view code) const;
  // Returns "Germany" for "DE", or the code itself.
  [[nodiscard]] std::string jurisdiction_name(std::string_view code) const;
  // Returns a readable office: "Chancellor of Germany", "spokesperson of the President of Russia".
  [[nodiscard]] std::string office_title(std::string_view office, std::string_view jur,
                                         std::string_view body = {}) const;
  [[nodiscard]] bool single_holder(std::string_view office) const;
};

// Returns the built-in vocabulary (built once, immutable, thread-safe).
const Vocabulary& vocabulary();

}  // namespace claimlint::detail
