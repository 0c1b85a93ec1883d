// Attribution forms on invented sentences: split and continued quotations, cues inside their
// clause, noun-phrase and relative speakers, questions, called X “Y”, typewriter quotation
// marks, and nouns that look like cues. Every person and place here is made up.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "helpers.hpp"

using claimlint::ClaimKind;
using claimlint::SpeakerClass;
using test::claim_with;

namespace {

// The bytes of the input that a span covers.
std::string_view bytes(std::string_view text, const claimlint::Span& s) {
  REQUIRE(s.start <= s.end);
  REQUIRE(s.end <= text.size());
  return text.substr(s.start, s.end - s.start);
}

int count_with(const claimlint::Report& r, std::string_view needle) {
  int n = 0;
  for (const auto& c : r.claims) n += c.content.text.find(needle) != std::string::npos;
  return n;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// 1. One claim per act of saying.

TEST_CASE("a quotation split around its cue is one claim in two parts") {
  std::string_view text = "Helen Varga ran the shelter in Dunmore. “We will not,” she said, “give up.”";
  auto r = test::analyze(text);
  REQUIRE(r.claims.size() == 1);
  const auto& c = r.claims[0];
  CHECK(c.kind == ClaimKind::direct);
  CHECK(c.cue.text == "said");
  CHECK(c.speaker.text == "she");
  CHECK(c.speaker.name == "Helen Varga");
  REQUIRE(c.content.parts.size() == 2);
  // The comma inside the first quotation is no part of the piece.
  CHECK(bytes(text, c.content.parts[0]) == "We will not");
  CHECK(bytes(text, c.content.parts[1]).starts_with("give up"));
  CHECK(c.content.parts[0].end <= c.content.parts[1].start);
  // The text joins the pieces with one space; the span runs from the first piece to the last.
  CHECK(c.content.text ==
        std::string(bytes(text, c.content.parts[0])) + " " + std::string(bytes(text, c.content.parts[1])));
  CHECK(c.content.span.start == c.content.parts[0].start);
  CHECK(c.content.span.end == c.content.parts[1].end);
}

TEST_CASE("a quotation carried on in its paragraph with no cue of its own joins as a second part") {
  std::string_view text = "Dara Smith runs the depot at Pellow Cross. “The pumps failed,” Smith said. “Nobody came.”";
  auto r = test::analyze(text);
  REQUIRE(r.claims.size() == 1);
  const auto& c = r.claims[0];
  CHECK(c.kind == ClaimKind::direct);
  CHECK(c.speaker.name == "Dara Smith");
  REQUIRE(c.content.parts.size() == 2);
  CHECK(bytes(text, c.content.parts[0]) == "The pumps failed");
  CHECK(bytes(text, c.content.parts[1]).starts_with("Nobody came"));
  CHECK(c.content.text ==
        std::string(bytes(text, c.content.parts[0])) + " " + std::string(bytes(text, c.content.parts[1])));
}

TEST_CASE("a quotation in a new paragraph stays a separate claim") {
  std::string_view text = "Dara Smith runs the depot at Pellow Cross. “The pumps failed,” Smith said.\n\n“Nobody came.”";
  auto r = test::analyze(text);
  CHECK(r.claims.size() == 2);
  const auto* a = claim_with(r, "The pumps failed");
  const auto* b = claim_with(r, "Nobody came");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a != b);
  CHECK(a->content.parts.empty());
  CHECK(b->content.parts.empty());
  CHECK(a->content.text == "The pumps failed");
  CHECK(a->speaker.name == "Dara Smith");
  CHECK(b->speaker.name == "Dara Smith");
}

TEST_CASE("a quotation with its own cue and speaker does not join the one before") {
  std::string_view text = "“The pumps failed,” Dara Smith said. “Nobody came,” said Lars Obbink.";
  auto r = test::analyze(text);
  CHECK(r.claims.size() == 2);
  const auto* a = claim_with(r, "The pumps failed");
  const auto* b = claim_with(r, "Nobody came");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->content.parts.empty());
  CHECK(b->content.parts.empty());
  CHECK(a->speaker.name == "Dara Smith");
  CHECK(b->speaker.name == "Lars Obbink");
  CHECK(count_with(r, "Nobody came") == 1);
}

// ---------------------------------------------------------------------------------------------
// 2. A cue inside its clause.

TEST_CASE("a cue inside its clause gives a two-part content") {
  std::string_view text = "Helen Varga met the buyers in Tarrow. The deal, she said, would hold until March.";
  auto r = test::analyze(text);
  REQUIRE(r.claims.size() == 1);
  const auto& c = r.claims[0];
  CHECK(c.kind == ClaimKind::indirect);
  CHECK(c.cue.text == "said");
  CHECK(c.speaker.text == "she");
  CHECK(c.speaker.name == "Helen Varga");
  CHECK(c.content.text == "The deal would hold until March");
  REQUIRE(c.content.parts.size() == 2);
  CHECK(bytes(text, c.content.parts[0]) == "The deal");
  CHECK(bytes(text, c.content.parts[1]) == "would hold until March");
}

TEST_CASE("a cue after a complete clause ends the content; a participle after it is not content") {
  auto r = test::analyze("The plant will close, officials said, citing costs.");
  REQUIRE(r.claims.size() >= 1);
  const auto* c = claim_with(r, "The plant will close");
  REQUIRE(c);
  CHECK(c->content.text == "The plant will close");
  CHECK(c->content.parts.empty());
  CHECK(c->speaker.text == "officials");
  CHECK(c->speaker.anonymous);
  CHECK(claim_with(r, "citing costs") == nullptr);
}

// ---------------------------------------------------------------------------------------------
// 3. Speakers as noun phrases.

TEST_CASE("a common-noun speaker is anonymous; a named one is a person") {
  auto r = test::analyze("The woman said the shelter had run out of beds.");
  const auto* c = claim_with(r, "the shelter had run out of beds");
  REQUIRE(c);
  CHECK(c->speaker.text == "The woman");
  CHECK(c->speaker.anonymous);
  CHECK(c->speaker.speaker_class == SpeakerClass::anonymous);

  auto p = test::analyze("Helen Varga said the shelter had run out of beds.");
  const auto* d = claim_with(p, "the shelter had run out of beds");
  REQUIRE(d);
  CHECK(d->speaker.name == "Helen Varga");
  CHECK_FALSE(d->speaker.anonymous);
  CHECK(d->speaker.speaker_class == SpeakerClass::person);

  // Negative: the same noun phrase with no cue is no claim.
  CHECK(test::analyze("The woman arrived at the shelter on Monday.").claims.empty());
}

TEST_CASE("a participle speaker: 'Those surveyed'") {
  auto r = test::analyze("Those surveyed said prices were too high.");
  const auto* c = claim_with(r, "prices were too high");
  REQUIRE(c);
  CHECK(c->content.text == "prices were too high");
  CHECK(c->speaker.text == "Those surveyed");
  CHECK(c->speaker.anonymous);
  CHECK(c->speaker.speaker_class == SpeakerClass::anonymous);
}

TEST_CASE("a modified common-noun speaker with 'told reporters'") {
  auto r = test::analyze("The retired investigator told reporters the file was incomplete.");
  const auto* c = claim_with(r, "the file was incomplete");
  REQUIRE(c);
  CHECK(c->content.text == "the file was incomplete");
  CHECK(c->cue.text == "told reporters");
  CHECK(c->speaker.text == "The retired investigator");
  CHECK(c->speaker.anonymous);
}

TEST_CASE("an adverb between the speaker and the cue: 'Smith also said'") {
  auto r = test::analyze("Dara Smith runs the agency in Coldharbour. Smith also said the budget was final.");
  const auto* c = claim_with(r, "the budget was final");
  REQUIRE(c);
  CHECK(c->content.text == "the budget was final");
  CHECK(c->speaker.text == "Smith");
  CHECK(c->speaker.name == "Dara Smith");
  CHECK(c->speaker.speaker_class == SpeakerClass::person);
}

// ---------------------------------------------------------------------------------------------
// 4. Relative 'who'.

TEST_CASE("a relative 'who' clause that does not report is part of the speaker, or nothing") {
  auto r = test::analyze("Mara Quell, who lost the appeal, said the vote was rigged.");
  const auto* c = claim_with(r, "the vote was rigged");
  REQUIRE(c);
  CHECK(c->content.text == "the vote was rigged");
  CHECK(c->speaker.name == "Mara Quell");
  CHECK(r.claims.size() == 1);

  CHECK(test::analyze("Mara Quell, who lost the appeal, left the court on Friday.").claims.empty());
}

// ---------------------------------------------------------------------------------------------
// 5. Questions.

TEST_CASE("a question after 'asked' is the content") {
  auto r = test::analyze("Reporters asked Mara Quell whether the mine would reopen.");
  const auto* c = claim_with(r, "the mine would reopen");
  REQUIRE(c);
  CHECK(c->content.text.starts_with("whether"));
  CHECK(c->content.text == "whether the mine would reopen");
  CHECK(c->cue.text == "asked");
  CHECK(c->speaker.text == "Reporters");
  // The person asked is not the one asking.
  CHECK(c->speaker.name != "Mara Quell");
}

TEST_CASE("a passive ask has no speaker; the answer is the answerer's claim") {
  auto r = test::analyze("Mara Quell runs the mine at Brackwater. When asked about the closures, Quell said the mine "
                         "would reopen.");
  const auto* q = claim_with(r, "the closures");
  const auto* a = claim_with(r, "the mine would reopen");
  REQUIRE(q);
  REQUIRE(a);
  CHECK(q != a);
  CHECK(q->speaker.text.empty());
  CHECK(q->speaker.name.empty());
  CHECK(q->cue.text.find("asked") != std::string::npos);
  CHECK(a->content.text == "the mine would reopen");
  CHECK(a->speaker.text == "Quell");
  CHECK(a->speaker.name == "Mara Quell");
}

// ---------------------------------------------------------------------------------------------
// 6. called X “Y”.

TEST_CASE("called X “Y” is one mixed claim with the whole complement") {
  auto r = test::analyze("Quell called the ruling “a disgrace to the county.”");
  REQUIRE(r.claims.size() == 1);
  const auto& c = r.claims[0];
  CHECK(c.kind == ClaimKind::mixed);
  CHECK(c.cue.text == "called");
  CHECK(c.speaker.text == "Quell");
  CHECK(c.content.text.find("the ruling") != std::string::npos);
  CHECK(c.content.text.find("a disgrace to the county") != std::string::npos);

  // Negative: 'called' with no quoted complement is a phone call, not a claim.
  CHECK(test::analyze("Mara Quell called the county office on Monday.").claims.empty());
}

// ---------------------------------------------------------------------------------------------
// 7. Typewriter quotation marks (New York Times style).

TEST_CASE("two apostrophes are quotation marks") {
  auto r = test::analyze("''We are ready,'' Quell said.");
  REQUIRE(r.claims.size() == 1);
  const auto& c = r.claims[0];
  CHECK(c.kind == ClaimKind::direct);
  CHECK(c.content.text == "We are ready");
  CHECK(c.speaker.text == "Quell");
  CHECK(c.cue.text == "said");
}

TEST_CASE("two backticks open a quotation closed by two apostrophes") {
  auto r = test::analyze("``We are ready,'' Quell said.");
  REQUIRE(r.claims.size() == 1);
  const auto& c = r.claims[0];
  CHECK(c.kind == ClaimKind::direct);
  CHECK(c.content.text == "We are ready");
  CHECK(c.speaker.text == "Quell");
}

TEST_CASE("a single possessive apostrophe opens no quotation") {
  auto r = test::analyze("The farmers' union said the price was fair.");
  const auto* c = claim_with(r, "the price was fair");
  REQUIRE(c);
  CHECK(c->kind == ClaimKind::indirect);
  CHECK(c->content.text == "the price was fair");
}

// ---------------------------------------------------------------------------------------------
// 8. Nouns that look like cues.

TEST_CASE("nouns that look like cues give no claim") {
  CHECK(test::analyze("The secretary of state arrived on Monday.").claims.empty());
  CHECK(test::analyze("Voters in five states went to the polls.").claims.empty());
  CHECK(test::analyze("His first report was late.").claims.empty());
}

TEST_CASE("the same nouns in a speaker, and 'states' as a cue before that") {
  auto r = test::analyze("The secretary of state said the talks were over.");
  const auto* a = claim_with(r, "the talks were over");
  REQUIRE(a);
  CHECK(a->speaker.text == "The secretary of state");
  CHECK(a->cue.text == "said");

  auto s = test::analyze("The filing states that the land was sold in 2019.");
  const auto* b = claim_with(s, "the land was sold in 2019");
  REQUIRE(b);
  CHECK(b->cue.text == "states");
  CHECK(b->speaker.speaker_class == SpeakerClass::document);
}

// ---------------------------------------------------------------------------------------------
// 9. Quantities, sentence adverbs and reporting relatives.

TEST_CASE("a quantity of a group is the speaker") {
  auto r = test::analyze("Seventy percent of the residents said they would vote no.");
  const auto* a = claim_with(r, "they would vote no");
  REQUIRE(a);
  CHECK(a->speaker.text == "Seventy percent of the residents");
  CHECK(a->speaker.speaker_class == SpeakerClass::anonymous);

  auto s = test::analyze("Six in 10 voters say the tax is unfair.");
  const auto* b = claim_with(s, "the tax is unfair");
  REQUIRE(b);
  CHECK(b->speaker.text == "Six in 10 voters");
}

TEST_CASE("a sentence adverb between commas is not part of the speaker") {
  auto r = test::analyze("Dara Smith runs the agency in Coldharbour. Smith, however, said the budget was final.");
  const auto* a = claim_with(r, "the budget was final");
  REQUIRE(a);
  CHECK(a->speaker.text == "Smith");
  CHECK(a->speaker.name == "Dara Smith");
}

TEST_CASE("a reporting relative clause: its content ends at the clause's comma") {
  auto r = test::analyze("Mara Quell, who said the vote was rigged, lost the appeal.");
  const auto* a = claim_with(r, "the vote was rigged");
  REQUIRE(a);
  CHECK(a->content.text == "the vote was rigged");
  CHECK(a->speaker.name == "Mara Quell");
  CHECK(claim_with(r, "lost the appeal") == nullptr);
}
