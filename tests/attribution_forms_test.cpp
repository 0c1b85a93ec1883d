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

// ---------------------------------------------------------------------------------------------
// 2. Whose clause: subjects after fronted phrases, documents put out by someone, modifiers.

TEST_CASE("a participle after a fronted adverbial belongs to the sentence's subject") {
  auto r = test::analyze(
      "At a town hall in Brill, Ohio, on Sunday, Mrs. Nadia Orlov defended the budget, saying that the cuts were "
      "fair.");
  const auto* a = claim_with(r, "the cuts were fair");
  REQUIRE(a);
  CHECK(a->speaker.name == "Nadia Orlov");

  auto s = test::analyze("Chastened by the audit, Tomas Brede rewrote the plan, promising to spend less on roads.");
  const auto* b = claim_with(s, "spend less on roads");
  REQUIRE(b);
  CHECK(b->speaker.name == "Tomas Brede");

  // Negative: the subject of the participle's own clause, after ", but".
  auto t = test::analyze("Ines Harrow changed the subject, but Oskar Lind pressed her, asking whether she would resign.");
  const auto* c = claim_with(t, "she would resign");
  REQUIRE(c);
  CHECK(c->speaker.name == "Oskar Lind");
}

TEST_CASE("a statement or message put out by the subject: the subject is the speaker") {
  auto r = test::analyze("The Harlow Tenants Union issued a statement saying the rent rise was unlawful.");
  const auto* a = claim_with(r, "the rent rise was unlawful");
  REQUIRE(a);
  CHECK(a->speaker.text == "The Harlow Tenants Union");

  auto s = test::analyze("Her campaign sent a text message to supporters saying: “We are not done.”");
  const auto* b = claim_with(s, "We are not done");
  REQUIRE(b);
  CHECK(b->speaker.text == "Her campaign");

  // Negative: a document as the sentence's own subject stays the speaker.
  auto t = test::analyze("A statement from the council said the road would reopen.");
  const auto* c = claim_with(t, "the road would reopen");
  REQUIRE(c);
  CHECK(c->speaker.speaker_class == SpeakerClass::document);
}

TEST_CASE("the subject of a progressive ask is its speaker") {
  auto r = test::analyze("Chair Rosa Quint is calling donors herself, asking them to host events.");
  const auto* a = claim_with(r, "host events");
  REQUIRE(a);
  CHECK(a->speaker.name == "Rosa Quint");
  // Negative: a passive ask has no speaker.
  auto s = test::analyze("Asked whether he would run, Pavel Dunn smiled.");
  const auto* b = claim_with(s, "he would run");
  REQUIRE(b);
  CHECK(b->speaker.text.empty());
}

TEST_CASE("a modifier inside the subject does not give the speaker") {
  auto r = test::analyze("Officials who spoke with the Harbour Gazette said the ferry would stop.");
  const auto* a = claim_with(r, "the ferry would stop");
  REQUIRE(a);
  CHECK(a->speaker.text.starts_with("Officials"));
  CHECK(a->speaker.name.find("Gazette") == std::string::npos);

  auto s = test::analyze("A witness interviewed by police said the van was blue.");
  const auto* b = claim_with(s, "the van was blue");
  REQUIRE(b);
  CHECK(b->speaker.text.starts_with("A witness"));
  CHECK(b->speaker.speaker_class == SpeakerClass::anonymous);

  auto t = test::analyze("Marek Tall and others who oppose the plan said the vote was rushed.");
  const auto* c = claim_with(t, "the vote was rushed");
  REQUIRE(c);
  CHECK(c->speaker.text.starts_with("Marek Tall and others"));

  // Negative: an object relative keeps the name after "who".
  auto u = test::analyze("The clerk who Edna Vale said was absent returned.");
  const auto* d = claim_with(u, "was absent");
  if (d) CHECK(d->speaker.name == "Edna Vale");
}

TEST_CASE("the family of a person or a spokesman for a person is not that person") {
  auto r = test::analyze("The family of Jonah Prest said he was innocent.");
  const auto* a = claim_with(r, "he was innocent");
  REQUIRE(a);
  CHECK(a->speaker.text == "The family of Jonah Prest");
  CHECK(a->speaker.name != "Jonah Prest");

  auto s = test::analyze("A spokesman for Jonah Prest said he was away.");
  const auto* b = claim_with(s, "he was away");
  REQUIRE(b);
  CHECK(b->speaker.name != "Jonah Prest");
  CHECK(b->speaker.speaker_class == SpeakerClass::anonymous);

  // Negative: a title before a name is the person.
  auto t = test::analyze("Secretary of State Ana Reis said talks would go on.");
  const auto* c = claim_with(t, "talks would go on");
  REQUIRE(c);
  CHECK(c->speaker.name == "Ana Reis");
}

TEST_CASE("appositives with a place, a party tag or dashes before the cue") {
  auto r = test::analyze("Gil Navarro, a delegate from Houston, Texas, said the turmoil was part of the show.");
  const auto* a = claim_with(r, "the turmoil was part of the show");
  REQUIRE(a);
  CHECK(a->speaker.name == "Gil Navarro");

  auto s = test::analyze("Rep. Lena Hart, R-Ind., says the bill will pass.");
  const auto* b = claim_with(s, "the bill will pass");
  REQUIRE(b);
  CHECK(b->speaker.name == "Lena Hart");

  auto t = test::analyze("Ruth Okafor, director of Fairway Homes — which builds in six towns — said costs had doubled.");
  const auto* c = claim_with(t, "costs had doubled");
  REQUIRE(c);
  CHECK(c->speaker.name == "Ruth Okafor");
}

TEST_CASE("a time phrase between the cue and its clause") {
  auto r = test::analyze("Saul Ebner, a donor, said on Friday he met the candidate twice.");
  const auto* a = claim_with(r, "he met the candidate twice");
  REQUIRE(a);
  CHECK(a->speaker.name == "Saul Ebner");
  // Negative: a cue with only a time phrase says nothing.
  auto s = test::analyze("Saul Ebner said Monday.");
  CHECK(s.claims.empty());
}

// ---------------------------------------------------------------------------------------------
// 3. Passives and pronouns.

TEST_CASE("a passive cue: the subject is what is said about, not the speaker") {
  auto r = test::analyze("Corin Vell is said to be furious about the leak.");
  const auto* a = claim_with(r, "to be furious about the leak");
  REQUIRE(a);
  CHECK(a->speaker.text.empty());

  auto s = test::analyze("Mr. Abel Quist was accused of using the funds for travel.");
  const auto* b = claim_with(s, "using the funds");
  REQUIRE(b);
  CHECK(b->speaker.text.empty());

  auto t = test::analyze("The mayor was accused by opposition councillors of hiding the report.");
  const auto* c = claim_with(t, "hiding the report");
  REQUIRE(c);
  CHECK(c->speaker.text == "opposition councillors");

  auto u = test::analyze("Ida Brandt was quoted as saying the plan was dead.");
  const auto* e = claim_with(u, "the plan was dead");
  REQUIRE(e);
  CHECK(e->speaker.name == "Ida Brandt");

  // Negatives: an order or a forecast in the passive is no claim.
  CHECK(test::analyze("He was told to leave the hall.").claims.empty());
  CHECK(test::analyze("She is expected to win the seat.").claims.empty());
}

TEST_CASE("a contraction of a pronoun is a pronoun, not a name") {
  auto r = test::analyze("The nurses walked out. They've said the wards are unsafe.");
  const auto* a = claim_with(r, "the wards are unsafe");
  REQUIRE(a);
  CHECK(a->speaker.name != "They've");
  CHECK(a->speaker.speaker_class != SpeakerClass::person);
}

TEST_CASE("a pronoun prefers the subject of its own sentence") {
  auto r = test::analyze("Wendell Hoyt met voters.\n\nPeter Kask took to the radio to attack Hoyt's campaign over what he called a \"sham poll.\"");
  const auto* a = claim_with(r, "sham poll");
  REQUIRE(a);
  CHECK(a->speaker.name == "Peter Kask");
}

TEST_CASE("a floating quotation inherits no speaker across another named person") {
  auto r = test::analyze(
      "Ada Lusk said the depot would close.\n\nMarta Fenn, who runs the canteen, was not told.\n\n“We found out "
      "from the papers.”");
  const auto* a = claim_with(r, "We found out");
  if (a) CHECK(a->speaker.name != "Ada Lusk");
  // Negative: with nobody in between, the quotation carries the speaker on.
  auto s = test::analyze("Ada Lusk said the depot would close.\n\n“We found out from the papers.”");
  const auto* b = claim_with(s, "We found out");
  REQUIRE(b);
  CHECK(b->speaker.name == "Ada Lusk");
}

// ---------------------------------------------------------------------------------------------
// 4. Transcripts and quotations in the next paragraph.

TEST_CASE("transcript turns: an upper-case label and a colon opening a paragraph") {
  std::string_view text =
      "Governor Alma Ferrand spoke to Jon Tapley on Sunday.\n\nTAPLEY: Will the state cut the budget?\n\n"
      "FERRAND: We will cut it by a tenth.\n\nUPDATE: The governor later clarified her remarks.";
  auto r = test::analyze(text);
  const auto* a = claim_with(r, "Will the state cut the budget?");
  REQUIRE(a);
  CHECK(a->kind == ClaimKind::direct);
  CHECK(a->speaker.text == "TAPLEY");
  CHECK(a->speaker.name == "Jon Tapley");
  const auto* b = claim_with(r, "We will cut it by a tenth");
  REQUIRE(b);
  CHECK(b->speaker.name == "Alma Ferrand");
  // Negative: a section label is no speaker.
  CHECK(claim_with(r, "later clarified") == nullptr);
  // Negative: one upper-case label naming nobody in the text is a heading, not a turn.
  auto s = test::analyze("EXCLUSIVE: Ferrand plans deep cuts.\n\nALERT: The budget is due on Monday.");
  CHECK(s.claims.empty());
}

TEST_CASE("a cue ending in a colon takes the quotation that opens the next paragraph") {
  auto r = test::analyze("Carl Arden spoke at length. He said:\n\n“The rules were always clear to us.”\n\nThen he left.");
  const auto* a = claim_with(r, "The rules were always clear");
  REQUIRE(a);
  CHECK(a->kind == ClaimKind::direct);
  CHECK(a->cue.text == "said");
  CHECK(a->speaker.name == "Carl Arden");
}

TEST_CASE("naming verbs with a noun phrase or adjective complement") {
  auto r = test::analyze("Senator Ann Lowe called the plan a disaster. Lowe called the ruling unconstitutional.");
  const auto* a = claim_with(r, "the plan a disaster");
  REQUIRE(a);
  CHECK(a->cue.text == "called");
  CHECK(a->speaker.name == "Ann Lowe");
  REQUIRE(claim_with(r, "the ruling unconstitutional"));
  auto s = test::analyze("Mayor Tim Rudd branded him a liar.");
  REQUIRE(claim_with(s, "him a liar"));
  // Negatives: calling a meeting, the police or off the talks is no claim.
  for (std::string_view t : {"The council called a meeting.", "Police called the family on Monday.",
                             "She called off the talks.", "He called it quits.", "The group called the police.",
                             "The project was called a success."})
    CHECK(test::analyze(t).claims.empty());
}
