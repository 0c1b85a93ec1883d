// claimlint/report.hpp: what an analysis returns.
//
// A `Report` holds the claims (who said what), the entities (people and organisations with
// their roles and mentions) and the findings (inconsistencies) of one document. Every `Span`
// points at the bytes of the input as given, with 1-based lines and code-point columns.
#pragma once

#include "claimlint/export.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimlint {

// A byte range [start, end) of the input, with the line and column (1-based, counted in
// Unicode code points) of its first byte and of its end.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_column = 0;
};

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
};
// Returns "YYYY-MM-DD".
[[nodiscard]] CLAIMLINT_API std::string to_string(const Date& d);
// Returns the date of a "YYYY-MM-DD" string that names a real calendar day, or nothing.
[[nodiscard]] CLAIMLINT_API std::optional<Date> parse_date(std::string_view iso);

enum class Severity { info = 0, warning = 1, error = 2 };
[[nodiscard]] CLAIMLINT_API std::string_view to_string(Severity s);
[[nodiscard]] CLAIMLINT_API std::optional<Severity> parse_severity(std::string_view s);

// Where the article's date came from.
enum class DateSource { option, front_matter, dateline, text, none };
[[nodiscard]] CLAIMLINT_API std::string_view to_string(DateSource s);

struct TextSpan {
  std::string text;
  Span span;
};

enum class ClaimKind { direct, indirect, mixed, according_to };
[[nodiscard]] CLAIMLINT_API std::string_view to_string(ClaimKind k);

// What kind of source a speaker is.
enum class SpeakerClass { person, organisation, anonymous, document, unknown };
[[nodiscard]] CLAIMLINT_API std::string_view to_string(SpeakerClass c);

struct Speaker {
  std::string text;          // the speaker as written ("he", "The German Chancellor’s spokesperson, Friedrich Merz")
  std::string name;          // resolved name ("Friedrich Merz"), or empty
  int entity = 0;            // id of the entity in Report::entities, 0 when none
  bool anonymous = false;
  SpeakerClass speaker_class = SpeakerClass::unknown;
  Span span;
};

// What was said. A quotation split around its cue ("“We will not,” she said, “give up.”") or
// continued over several sentences or paragraphs is one content in several pieces: `parts`
// lists their spans in order, `span` runs from the first piece's start to the last one's end,
// and `text` joins the pieces with one space. A continuous content has no parts.
struct Content {
  std::string text;
  Span span;
  std::vector<Span> parts;   // empty when the content is continuous, else two or more pieces
};

struct Claim {
  int id = 0;
  ClaimKind kind = ClaimKind::indirect;
  TextSpan cue;
  Speaker speaker;
  Content content;           // the claim itself, without quotation marks or "that"
  std::string channel;       // "in a statement", "on social media", … or empty
  Span span;                 // the whole attribution
};

// A role as written, parsed into structure.
struct Role {
  std::string text;          // "The German Chancellor’s spokesperson"
  Span span;
  std::string office;        // canonical office key: "spokesperson"
  std::string jurisdiction;  // code of whose office it is: "DE", or empty when not said
  std::string body;          // organ within the jurisdiction ("SIS", "competition"), or empty
  std::string of_office;     // for spokespeople, aides, deputies: the office served ("chancellor")
  std::string of_jurisdiction;
  std::vector<std::string> qualifiers;  // "former", "acting", "elect", …
};

enum class EntityKind { person, organisation, place };
[[nodiscard]] CLAIMLINT_API std::string_view to_string(EntityKind k);

struct Entity {
  int id = 0;
  EntityKind kind = EntityKind::person;
  std::string name;
  std::vector<Role> roles;
  std::vector<Span> mentions;
};

struct Related {
  std::string message;
  std::optional<Span> span;  // nothing when the evidence is not in the text (knowledge base)
};

struct Finding {
  std::string rule;
  Severity severity = Severity::warning;
  std::string message;
  Span span;
  std::vector<Related> related;
  std::string fix;           // a suggested replacement or action; may be empty
};

// The analysis of one document.
struct Report {
  std::string path;
  std::optional<Date> date;
  DateSource date_source = DateSource::none;
  std::vector<Claim> claims;
  std::vector<Entity> entities;
  std::vector<Finding> findings;
  std::vector<std::string> notes;  // e.g. "role checks skipped: no article date"
  std::string kb_snapshot;         // the built-in knowledge base's snapshot date
};

}  // namespace claimlint
