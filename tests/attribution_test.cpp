#include <doctest/doctest.h>
#include <set>

#include "helpers.hpp"

using claimlint::ClaimKind;
using test::claim_with;

TEST_CASE("X said that …: indirect, speaker before the cue") {
  auto r = test::analyze("Lena Fischer said that the bridge would reopen in May.");
  const auto* c = claim_with(r, "bridge would reopen");
  REQUIRE(c);
  CHECK(c->kind == ClaimKind::indirect);
  CHECK(c->content.text == "the bridge would reopen in May");
  CHECK(c->speaker.name == "Lena Fischer");
  CHECK(c->cue.text == "said");
}

TEST_CASE("bare clause after said, and no claim for a noun object of 'reported'") {
  auto r = test::analyze("Tom Reyes said the council would vote again. The firm reported revenue of $3 billion.");
  REQUIRE(claim_with(r, "council would vote"));
  CHECK(claim_with(r, "revenue") == nullptr);
}

TEST_CASE("according to, before and after the claim") {
  auto r = test::analyze("The plant will close in June, according to two people familiar with the plan. "
                         "According to the report, emissions rose 4%.");
  const auto* a = claim_with(r, "plant will close");
  REQUIRE(a);
  CHECK(a->kind == ClaimKind::according_to);
  CHECK(a->speaker.anonymous);
  const auto* b = claim_with(r, "emissions rose");
  REQUIRE(b);
  CHECK(b->kind == ClaimKind::according_to);
  CHECK(b->speaker.speaker_class == claimlint::SpeakerClass::document);
}

TEST_CASE("direct quotes: trailing cue, inverted cue, split quote") {
  auto r = test::analyze("“We are ready,” Maria Lopez said. “The deal is done,” said Omar Haddad, the union’s chief "
                         "negotiator. “It took long,” he said, “but it works.”");
  const auto* a = claim_with(r, "We are ready");
  REQUIRE(a);
  CHECK(a->kind == ClaimKind::direct);
  CHECK(a->content.text == "We are ready");
  CHECK(a->speaker.name == "Maria Lopez");
  const auto* b = claim_with(r, "The deal is done");
  REQUIRE(b);
  CHECK(b->speaker.name == "Omar Haddad");
  const auto* c1 = claim_with(r, "It took long");
  const auto* c2 = claim_with(r, "but it works");
  REQUIRE(c1);
  REQUIRE(c2);
  CHECK(c1->speaker.name == "Omar Haddad");
  CHECK(c2->speaker.name == "Omar Haddad");
}

TEST_CASE("mixed quotation inside a that-clause") {
  auto r = test::analyze("Anna Berg noted that “real gains” had been made in the talks.");
  const auto* c = claim_with(r, "real gains");
  REQUIRE(c);
  CHECK(c->kind == ClaimKind::mixed);
  CHECK(c->content.text == "“real gains” had been made in the talks");
}

TEST_CASE("participle continues the same speaker") {
  auto r = test::analyze("Jonas Weber stated that the budget was final, stressing that no new taxes would follow.");
  const auto* a = claim_with(r, "budget was final");
  const auto* b = claim_with(r, "no new taxes");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->content.text == "the budget was final");
  CHECK(b->speaker.name == "Jonas Weber");
  CHECK(b->cue.text == "stressing");
}

TEST_CASE("verb phrases: made it clear, is adamant, expressed a willingness") {
  auto r = test::analyze("The ministry has made it clear that talks are over. Nina Park is adamant that the "
                         "vote was fair. Carl Dahl has expressed a willingness to resign.");
  REQUIRE(claim_with(r, "talks are over"));
  const auto* b = claim_with(r, "vote was fair");
  REQUIRE(b);
  CHECK(b->speaker.name == "Nina Park");
  REQUIRE(claim_with(r, "to resign"));
}

TEST_CASE("anonymous sources with an appositive clause") {
  auto r = test::analyze("Two officials, who spoke on condition of anonymity, said the strike had been planned for weeks.");
  const auto* c = claim_with(r, "strike had been planned");
  REQUIRE(c);
  CHECK(c->speaker.anonymous);
  CHECK(c->speaker.speaker_class == claimlint::SpeakerClass::anonymous);
}

TEST_CASE("role before name in apposition is the speaker's role; the name is the speaker") {
  auto r = test::analyze("The city’s spokeswoman, Ida Moreau, said the roads would stay shut.");
  const auto* c = claim_with(r, "roads would stay shut");
  REQUIRE(c);
  CHECK(c->speaker.name == "Ida Moreau");
  CHECK(c->speaker.text == "The city’s spokeswoman, Ida Moreau");
}

TEST_CASE("pronoun speakers resolve to the nearest compatible person") {
  auto r = test::analyze("Sarah Klein arrived late. She said the meeting had been moved.");
  const auto* c = claim_with(r, "meeting had been moved");
  REQUIRE(c);
  CHECK(c->speaker.name == "Sarah Klein");
  CHECK(c->speaker.text == "She");
}

TEST_CASE("organisations speak in statements; channels are recorded") {
  auto r = test::analyze("Corvex said in a statement that it would appeal the ruling.");
  const auto* c = claim_with(r, "would appeal");
  REQUIRE(c);
  CHECK(c->speaker.speaker_class == claimlint::SpeakerClass::organisation);
  CHECK(c->channel == "in a statement");
}

TEST_CASE("a floating quote carries on the last speaker") {
  auto r = test::analyze("“This is a good day,” said Paul Hart. “They tried. We won.”");
  const auto* c = claim_with(r, "They tried");
  REQUIRE(c);
  CHECK(c->speaker.name == "Paul Hart");
  CHECK(c->kind == ClaimKind::direct);
}

TEST_CASE("scare quotes and titles are not claims") {
  auto r = test::analyze("The film “Dune” opened in March. Critics called the sequel “desperate” in places.");
  CHECK(claim_with(r, "Dune") == nullptr);
}

TEST_CASE("cues inside a quotation are not new claims; infinitives are not cues") {
  auto r = test::analyze("“The court has said so,” said Eva Lund. The mayor refused to say more.");
  CHECK(r.claims.size() == 1);
}

TEST_CASE("every claim span lies inside the text") {
  std::string_view text = "“Unbalanced quote said nothing, he said. And “another one.\n\nNew paragraph, she said.";
  auto r = test::analyze(text);
  for (const auto& c : r.claims) {
    CHECK(c.content.span.end <= text.size());
    CHECK(c.content.span.start <= c.content.span.end);
    CHECK(text.substr(c.content.span.start, c.content.span.end - c.content.span.start) == c.content.text);
  }
}

#include "attribution/cues.hpp"

TEST_CASE("the cue lexicon: at least 150 lemmas, every form of each") {
  auto lx = claimlint::detail::make_cue_lexicon({});
  std::set<std::string> lemmas;
  for (const auto& [form, info] : lx.verbs) lemmas.insert(info.lemma);
  CHECK(lemmas.size() >= 150);
  for (auto form : {"say", "says", "said", "saying", "told", "wrote", "written", "adds", "added", "noting",
                    "warned", "insisted", "denies", "conceded", "tweeted", "argues", "emphasizing"})
    CHECK_MESSAGE(lx.find(form) != nullptr, form);
  CHECK(lx.find("sofa") == nullptr);
}

TEST_CASE("cue families: noun and preposition cues, verb phrases, negatives") {
  // Positive: "in a statement" channel, "told reporters", "wrote on X".
  auto r = test::analyze("The ministry said in a statement that exports fell. Omar Pike told reporters that the "
                         "deal was off. Lisa Ray wrote on X that she would resign.");
  const auto* a = test::claim_with(r, "exports fell");
  REQUIRE(a);
  CHECK(a->channel == "in a statement");
  const auto* b = test::claim_with(r, "deal was off");
  REQUIRE(b);
  CHECK(b->cue.text == "told reporters");
  const auto* c = test::claim_with(r, "would resign");
  REQUIRE(c);
  CHECK(c->channel == "on x");
  // Negative: nouns that look like cues, verbs with no content.
  auto n = test::analyze("The report was long. Her statement ran to nine pages. The claims were dismissed.");
  CHECK(n.claims.empty());
}

TEST_CASE("a quotation over several paragraphs: each paragraph is a claim of the first's speaker") {
  auto r = test::analyze("“The water came fast,” said Ana Reis, a nurse. “We carried the children out first.\n\n"
                         "“Then we went back for the records.\n\n“Nobody slept that night.”\n\nThe rain stopped on Friday.");
  const auto* a = test::claim_with(r, "went back for the records");
  const auto* b = test::claim_with(r, "Nobody slept");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->speaker.name == "Ana Reis");
  CHECK(b->speaker.name == "Ana Reis");
  CHECK(test::claim_with(r, "rain stopped") == nullptr);
}

TEST_CASE("a speaker named in the previous sentence, then a pronoun") {
  auto r = test::analyze("Tom Burton explained his plan from a podium. “I love cats,” he said.");
  const auto* c = test::claim_with(r, "I love cats");
  REQUIRE(c);
  CHECK(c->speaker.name == "Tom Burton");
}

TEST_CASE("appositive speakers and a colon before the quote") {
  auto r = test::analyze("Hugh Hill, a doctor, said: “The ward is full.”");
  const auto* c = test::claim_with(r, "ward is full");
  REQUIRE(c);
  CHECK(c->kind == ClaimKind::direct);
  CHECK(c->speaker.name == "Hugh Hill");
}

TEST_CASE("to-infinitive content") {
  auto r = test::analyze("Army officials claimed to have destroyed 40 launchers overnight.");
  const auto* c = test::claim_with(r, "to have destroyed 40 launchers");
  REQUIRE(c);
  CHECK(c->speaker.anonymous);
}

TEST_CASE("organisation, country and document speakers") {
  auto r = test::analyze("The Kremlin said the offer was serious. The ruling said the firm had broken the law.");
  const auto* a = test::claim_with(r, "offer was serious");
  REQUIRE(a);
  CHECK(a->speaker.speaker_class == claimlint::SpeakerClass::organisation);
  const auto* b = test::claim_with(r, "broken the law");
  REQUIRE(b);
  CHECK(b->speaker.speaker_class == claimlint::SpeakerClass::document);
}

TEST_CASE("'the company' resolves to the organisation the text names") {
  auto r = test::analyze("Velmora Foods cut 300 jobs on Monday. Velmora Foods had warned of losses in May.\n\n"
                         "The plant will close in June, the company said.");
  const auto* c = test::claim_with(r, "plant will close");
  REQUIRE(c);
  CHECK(c->speaker.name == "Velmora Foods");
}

TEST_CASE("a quoted word attributed through its cue is a claim") {
  auto r = test::analyze("Opposition leaders dismissed the plan as “desperate” on Tuesday.");
  CHECK(test::claim_with(r, "desperate") != nullptr);
}

TEST_CASE("an unbalanced quote does not swallow the next paragraph") {
  auto r = test::analyze("“We will win, said Ola Berg.\n\nThe count begins on Monday, officials said.");
  const auto* c = test::claim_with(r, "count begins on Monday");
  REQUIRE(c);
  CHECK(c->speaker.anonymous);
  for (const auto& cl : r.claims) CHECK(cl.content.text.find("\n") == std::string::npos);
}

TEST_CASE("hard-wrapped newswire text is joined before sentences are found") {
  auto r = test::analyze("    The central bank said it expected growth to\nslow next year, and added that rates\nwould stay on hold.\n");
  const auto* c = test::claim_with(r, "growth to");
  REQUIRE(c);
  CHECK(c->content.text.find("slow next year") != std::string::npos);
}

TEST_CASE("clauses after a quoted word and a comma, and a second subject after 'and'") {
  auto r = test::analyze("Finance Minister Ana Vidal wrote on X that the plan was “prudent,” adding that spending "
                         "would stay in check. Rui Costa told lawmakers that risks were “still high,” and she "
                         "repeated that rates would fall.");
  const auto* a = test::claim_with(r, "spending would stay in check");
  REQUIRE(a);
  CHECK(a->speaker.name == "Ana Vidal");
  CHECK(a->cue.text == "adding");
  const auto* m = test::claim_with(r, "the plan was");
  REQUIRE(m);
  CHECK(m->kind == ClaimKind::mixed);
  CHECK(m->content.text.find("adding") == std::string::npos);
  const auto* b = test::claim_with(r, "rates would fall");
  REQUIRE(b);
  CHECK(b->cue.text == "repeated");
  const auto* c = test::claim_with(r, "risks were");
  REQUIRE(c);
  CHECK(c->content.text.find("repeated") == std::string::npos);
}

TEST_CASE("'called on' and a subject with a possessive owner") {
  auto r = test::analyze("Peru's central bank cut its rate on Thursday, saying inflation had eased. The union "
                         "said sales were falling and called on the bank to act sooner.");
  const auto* a = test::claim_with(r, "inflation had eased");
  REQUIRE(a);
  CHECK(a->speaker.text == "Peru's central bank");
  const auto* b = test::claim_with(r, "the bank to act sooner");
  REQUIRE(b);
  CHECK(b->cue.text == "called on");
  const auto* c = test::claim_with(r, "sales were falling");
  REQUIRE(c);
  CHECK(c->content.text.find("called") == std::string::npos);
}

TEST_CASE("a participle appositive is not a cue; coordinated verbs keep their own contents") {
  auto r = test::analyze("Energy Minister Lena Roos, speaking in Oslo, promised emergency funds but warned that "
                         "prices would stay high.");
  const auto* a = test::claim_with(r, "emergency funds");
  const auto* b = test::claim_with(r, "prices would stay high");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->cue.text == "promised");
  CHECK(b->cue.text == "warned");
  CHECK(b->speaker.name == "Lena Roos");
  for (const auto& c : r.claims) CHECK(c.cue.text != "speaking");
}

TEST_CASE("'the company' takes the organisation's fullest name, also when named by a possessive") {
  auto r = test::analyze("Drivers at regional operator Kestrel Coaches walked out on Monday.\n\n"
                         "Kestrel's managing director, Alan Pike, said the offer was fair.\n\n"
                         "The company said it was running a reduced service.");
  const auto* c = test::claim_with(r, "reduced service");
  REQUIRE(c);
  CHECK(c->speaker.name == "Kestrel Coaches");
}

TEST_CASE("'called X “…”' attributes the quotation; a plain 'called' does not") {
  auto r = test::analyze("Trade Commission Chair Nora Hale called the ruling “a victory for shoppers.” "
                         "The mayor called a meeting for Friday.");
  const auto* c = test::claim_with(r, "a victory for shoppers");
  REQUIRE(c);
  CHECK(c->speaker.name == "Nora Hale");
  CHECK(test::claim_with(r, "meeting") == nullptr);
}
