// The working state of one analysis, passed from stage to stage.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimlint/report.hpp"
#include "kb/kb.hpp"
#include "kb/vocabulary.hpp"
#include "mentions/dates.hpp"
#include "mentions/numbers.hpp"
#include "text/text.hpp"

namespace claimlint::detail {

// Folded text of every word token (lower case, no diacritics), computed once per document.
struct Folded {
  std::vector<std::string> w;
  explicit Folded(const Text& t);
  [[nodiscard]] const std::string& operator[](std::size_t i) const { return w[i]; }
};

struct PersonMention {
  std::uint32_t tb, te;  // tokens of the name
  int entity = 0;
};

struct RoleMention {
  std::uint32_t tb, te;  // tokens of the role phrase
  Role role;
  int entity = 0;        // the person it is given to, 0 for none
  bool past = false;     // in a past frame ("who served as …")
};

struct EntityData {
  EntityKind kind = EntityKind::person;
  std::string name;
  char gender = 0;
  bool plural = false;
  std::vector<std::uint32_t> kb;  // tenure indices of this person in the knowledge base
  std::vector<Span> mentions;
  std::vector<std::uint32_t> first_tok;  // first token of each mention
};

struct Doc {
  std::string_view src;
  Text text;
  LineIndex lines;
  std::optional<Date> date;
  DateSource date_source = DateSource::none;
  const KbData* kb = nullptr;
  const Vocabulary* voc = nullptr;
  std::vector<PersonMention> persons;
  std::vector<RoleMention> roles;
  std::vector<EntityData> entities;  // entity id = index + 1
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  std::vector<std::string> notes;

  Folded f;                              // folded words, parallel to text.toks
  std::vector<DateMention> dates;        // calendar dates in the text (find_date fills it)
  std::vector<std::uint32_t> person_at;  // per token: index + 1 of its person mention, or 0

  explicit Doc(std::string_view s) : src(s), text(analyse_text(s)), lines(s), f(text) {}

  // Quantities in the text, found on first use and kept (a Doc belongs to one thread).
  [[nodiscard]] const std::vector<NumberMention>& numbers() const {
    if (!numbers_found_) {
      numbers_ = find_numbers(text);
      numbers_found_ = true;
    }
    return numbers_;
  }

 private:
  mutable std::vector<NumberMention> numbers_;
  mutable bool numbers_found_ = false;

 public:
  [[nodiscard]] Span span(std::size_t a, std::size_t b) const { return lines.span(a, b); }
  [[nodiscard]] Span tok_span(std::uint32_t tb, std::uint32_t te) const {
    if (te <= tb) return lines.span(text.toks[tb].start, text.toks[tb].start);
    return lines.span(text.toks[tb].start, text.toks[te - 1].end);
  }
  [[nodiscard]] std::string tok_text(std::uint32_t tb, std::uint32_t te) const {
    if (te <= tb) return {};
    return std::string(text.bytes(text.toks[tb].start, text.toks[te - 1].end));
  }
  EntityData* entity(int id) { return id > 0 ? &entities[static_cast<std::size_t>(id - 1)] : nullptr; }
  [[nodiscard]] const EntityData* entity(int id) const {
    return id > 0 ? &entities[static_cast<std::size_t>(id - 1)] : nullptr;
  }
};

// Stages, in order.
void find_date(Doc& doc);            // mentions/dates.cpp: the article's date when not given
void find_people_and_roles(Doc& doc);  // mentions/people.cpp
void extract_claims(Doc& doc, const struct CueLexicon& cues);  // attribution/claims.cpp

}  // namespace claimlint::detail
