// The in-document consistency rules: role.conflict, number.*, quote.speaker-conflict,
// name.spelling-variant, person.age-mismatch, source.*. Every sentence here is invented.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "mentions/numbers.hpp"
#include "text/text.hpp"

namespace {

int n(std::string_view text, std::string_view rule) { return test::count_rule(test::analyze(text, "2025-12-15"), rule); }

const claimlint::Finding* first(const claimlint::Report& r, std::string_view rule) { return test::first_rule(r, rule); }

}  // namespace

// ---------------------------------------------------------------- numbers (the finder)

TEST_CASE("number finder: values, units, hedges") {
  using namespace claimlint::detail;
  std::string s = "At least 14 people died; about 2,300 of the 2,100 drivers; $2.3 billion; 45 million euros; "
                  "52% and 52 percent and 40 pct; a 27-nation bloc; G7; the 3rd; 50 mln dlrs; 10:30; 1987.";
  Text t = analyse_text(s);
  auto v = find_numbers(t);
  REQUIRE(v.size() >= 10);
  CHECK(v[0].value == 14);
  CHECK(v[0].hedge == Hedge::at_least);
  CHECK(v[1].value == 2300);
  CHECK(v[1].hedge == Hedge::about);
  CHECK(v[2].value == 2100);
  CHECK(v[3].value == doctest::Approx(2.3e9));
  CHECK(v[3].unit == NumUnit::currency);
  CHECK(std::string_view(v[3].currency) == "USD");
  CHECK(v[4].value == doctest::Approx(45e6));
  CHECK(std::string_view(v[4].currency) == "EUR");
  CHECK(v[5].unit == NumUnit::percent);
  CHECK(v[6].unit == NumUnit::percent);
  CHECK(v[7].unit == NumUnit::percent);
  CHECK(v[8].compound == "nation");
  CHECK(v[9].value == doctest::Approx(50e6));
  CHECK(std::string_view(v[9].currency) == "USD");
  CHECK(v.back().year_like);
  for (const auto& m : v) CHECK(m.value != 7);  // "G7" and "3rd" are not quantities
}

// ---------------------------------------------------------------- role.conflict

TEST_CASE("role.conflict: positives") {
  // One person, two cabinet portfolios that never go together.
  auto r = test::analyze(
      "Health Minister Ilse Varga opened the clinic on Monday.\n\n"
      "On Friday, Defence Minister Ilse Varga inspected the new barracks.", "2025-12-15");
  REQUIRE(test::count_rule(r, "role.conflict") == 1);
  const auto* f = first(r, "role.conflict");
  CHECK(f->message.find("Ilse Varga") != std::string::npos);
  CHECK(f->message.find("line 1") != std::string::npos);
  CHECK(f->span.line == 3);
  REQUIRE(f->related.size() == 1);
  REQUIRE(f->related[0].span.has_value());
  CHECK(f->related[0].span->line == 1);
  CHECK_FALSE(f->fix.empty());
  // Two people in one town's single office.
  CHECK(n("Mayor Petra Quist unveiled the flood plan on Tuesday.\n\n"
          "Mayor Owen Dabrowski said the plan would be paid for from reserves.", "role.conflict") == 1);
  // One lawyer on both sides of a case.
  CHECK(n("“The landlord broke the law,” said Hana Osei, the tenants’ attorney.\n\n"
          "Brightwater’s general counsel, Hana Osei, said the company would appeal.", "role.conflict") == 1);
  // Two chief executives of one company.
  CHECK(n("Lumora’s chief executive, Dario Fenn, said sales had doubled.\n\n"
          "Lumora’s chief executive, Greta Holm, said the factory would stay open.", "role.conflict") == 1);
  // One person, head of state and head of government of one country.
  CHECK(n("French President Anton Vell arrived in Rome.\n\n"
          "French Prime Minister Anton Vell later met the pope.", "role.conflict") == 1);
  // One portfolio in two countries.
  CHECK(n("German Finance Minister Rolf Ebner spoke first.\n\n"
          "Austrian Finance Minister Rolf Ebner then took questions.", "role.conflict") == 1);
  // Two chief executives of one company, owner before the title.
  CHECK(n("Lumora chief executive Dario Fenn said sales had doubled.\n\n"
          "Lumora chief executive Greta Holm said the factory would stay open.", "role.conflict") == 1);
  // A judge who is also a party's lawyer.
  CHECK(n("District Judge Miriam Osei heard the case on Monday.\n\n"
          "Osei, the landlord’s lawyer, said an appeal was likely.", "role.conflict") == 1);
  // One company's chief executive and finance chief.
  CHECK(n("Chief Executive Laura Brandt presented the results.\n\n"
          "Brandt, the chief financial officer, said margins would improve.", "role.conflict") == 1);
  // One coach of two named clubs.
  CHECK(n("Rovers coach Daniel Frey praised his players.\n\nAthletic coach Daniel Frey said the draw was fair.",
          "role.conflict") == 1);
  // Head of state and head of government, no country named.
  CHECK(n("Prime Minister Lena Sorensen opened the session.\n\nPresident Lena Sorensen later met the press.",
          "role.conflict") == 1);
  // The city's mayor and another mayor.
  CHECK(n("Linda Haverford, the city’s mayor, proposed the budget.\n\nMayor Tom Brekke defended it.",
          "role.conflict") == 1);
  // Two police chiefs of one city.
  CHECK(n("Police Chief Nora Lind said three arrests were made.\n\n"
          "Police Chief Abel Sorensen said no one had been charged.", "role.conflict") == 1);
}

TEST_CASE("role.conflict: negatives") {
  // Several roles at once.
  CHECK(n("Prime Minister and party leader Jana Horak said the vote would go ahead.\n\n"
          "Horak, the party leader, said she expected to win.", "role.conflict") == 0);
  // "former" against current.
  CHECK(n("Former Health Minister Ilse Varga opened the clinic.\n\n"
          "Defence Minister Ilse Varga inspected the barracks.", "role.conflict") == 0);
  // A role and its deputy.
  CHECK(n("Mayor Petra Quist unveiled the plan.\n\n"
          "Deputy Mayor Owen Dabrowski said it was sound.", "role.conflict") == 0);
  // Plural offices.
  CHECK(n("Senator Ann Brook voted against the bill.\n\nSenator Tim Hale voted for it.", "role.conflict") == 0);
  // Mayors of two named towns.
  CHECK(n("Aldmoor Mayor Petra Quist backed the plan.\n\nBrennick Mayor Owen Dabrowski opposed it.",
          "role.conflict") == 0);
  // Mayors of two places named after the names.
  CHECK(n("Mayor Petra Quist of Aldmoor backed the plan.\n\nMayor Owen Dabrowski of Brennick opposed it.",
          "role.conflict") == 0);
  // Chief executives of two companies.
  CHECK(n("Lumora chief executive Dario Fenn spoke first.\n\nVantor chief executive Greta Holm spoke next.",
          "role.conflict") == 0);
  // The same title restated.
  CHECK(n("Mayor Petra Quist unveiled the plan.\n\nQuist, the mayor, said it was sound.", "role.conflict") == 0);
  // A generic owner may be the named company.
  CHECK(n("Hana Osei, the company’s lawyer, declined to comment.\n\n"
          "Brightwater’s general counsel, Hana Osei, said the company would appeal.", "role.conflict") == 0);
  // Finance and economy are often one ministry.
  CHECK(n("Economy Minister Ilse Varga presented the budget.\n\n"
          "Finance Minister Ilse Varga defended it in parliament.", "role.conflict") == 0);
  // Chair and chief executive together; a prosecutor who is an attorney.
  CHECK(n("Chairwoman Laura Brandt opened the meeting.\n\nBrandt, the chief executive, presented the results.",
          "role.conflict") == 0);
  CHECK(n("Prosecutor Miriam Osei filed the charges.\n\nOsei, an attorney for 20 years, said the case was strong.",
          "role.conflict") == 0);
  // A phrase that is no title ("for the job of prime minister").
  CHECK(n("The party backed its president, Lena Sorensen, for the job of prime minister.", "role.conflict") == 0);
  // Presidents of two countries.
  CHECK(n("French President Anton Vell met Brazilian President Lia Moura.", "role.conflict") == 0);
  // A title in a list belongs to the next name, not to the one before it.
  CHECK(n("The talks included Finance Minister Rolf Ebner, Health Minister Karin Sand and others.",
          "role.conflict") == 0);
}

// ---------------------------------------------------------------- number.part-exceeds-whole

TEST_CASE("number.part-exceeds-whole: positives") {
  auto r = test::analyze("Air defences shot down 134 of the 120 drones launched overnight.", "2025-12-15");
  REQUIRE(test::count_rule(r, "number.part-exceeds-whole") == 1);
  const auto* f = first(r, "number.part-exceeds-whole");
  CHECK(f->message.find("134") != std::string::npos);
  CHECK(f->message.find("120") != std::string::npos);
  REQUIRE_FALSE(f->related.empty());
  CHECK(f->related[0].span.has_value());
  CHECK(n("The union said 2,300 of the firm's 2,100 nurses had stopped work.", "number.part-exceeds-whole") == 1);
  CHECK(n("Inspectors visited 75 out of 60 sites in the province.", "number.part-exceeds-whole") == 1);
  CHECK(n("Auditors found that $3.5 million of the $2 million grant had been spent.", "number.part-exceeds-whole") == 1);
  CHECK(n("Exports accounted for 55% of revenue, domestic sales for 40% and licensing for 12%.",
          "number.part-exceeds-whole") == 1);
  CHECK(n("Wind accounted for 61 percent of the power mix last year, gas for 30 percent and coal for 15 percent.",
          "number.part-exceeds-whole") == 1);
  CHECK(n("Some 45 of its 40 branches will close.", "number.part-exceeds-whole") == 1);
  CHECK(n("Of the 120 drones launched overnight, 134 were shot down.", "number.part-exceeds-whole") == 1);
  CHECK(n("Air defences shot down 134 drones out of 120 launched.", "number.part-exceeds-whole") == 1);
  CHECK(n("Europe made up 48% of sales, the Americas 37% and Asia 22%.", "number.part-exceeds-whole") == 1);
}

TEST_CASE("number.part-exceeds-whole: negatives") {
  CHECK(n("The court ruled 3 of the 5 judges in favour.", "number.part-exceeds-whole") == 0);
  CHECK(n("The claim rests on Section 301 of the 1974 Trade Act.", "number.part-exceeds-whole") == 0);
  CHECK(n("About 40% of the 500 workers joined the strike.", "number.part-exceeds-whole") == 0);
  CHECK(n("Europe accounted for 48% of sales, Asia for 30% and the Americas for 22%.", "number.part-exceeds-whole") == 0);
  CHECK(n("Sales rose 60% and profit 45%, while costs rose 20%.", "number.part-exceeds-whole") == 0);
  CHECK(n("It made a loss for the year ended December 31 of 2.4 million dollars.", "number.part-exceeds-whole") == 0);
  CHECK(n("Oil accounted for 60% of exports and for 70% of tax revenue.", "number.part-exceeds-whole") == 0);
  CHECK(n("Shares rose 12% on Monday, up from 9% a week earlier, and accounted for 95% of trading.",
          "number.part-exceeds-whole") == 0);
  CHECK(n("Of the 300 workers at the plant, 120 joined the strike.", "number.part-exceeds-whole") == 0);
  CHECK(n("Europe made up 48% of sales, the Americas 30% and Asia 22%.", "number.part-exceeds-whole") == 0);
  CHECK(n("Europe accounted for 70% of sales, and the unit has a 45% margin.", "number.part-exceeds-whole") == 0);
  // What each one holds is no whole: "bottles of 100 tablets", "bags of 60 kilos".
  CHECK(n("It said 5,474 bottles of 100 tablets were recalled.", "number.part-exceeds-whole") == 0);
  // A count of something else after the comma is no part.
  CHECK(n("Of the 3 plants it owns, 1,200 workers are at the largest.", "number.part-exceeds-whole") == 0);
}

// ---------------------------------------------------------------- number.inconsistent-repeat

TEST_CASE("number.inconsistent-repeat: positives") {
  auto r = test::analyze(
      "The club signed the striker for a fee of 31 million pounds on Tuesday.\n\n"
      "The 13 million pound fee is the highest the club has paid.", "2025-12-15");
  REQUIRE(test::count_rule(r, "number.inconsistent-repeat") == 1);
  const auto* f = first(r, "number.inconsistent-repeat");
  CHECK(f->message.find("13 million pound") != std::string::npos);
  CHECK(f->message.find("31 million pounds") != std::string::npos);
  CHECK(f->span.line == 3);
  REQUIRE(f->related.size() == 1);
  CHECK(f->related[0].span->line == 1);
  CHECK(n("Vantor agreed a $2.3 billion deal for the chipmaker.\n\nThe $3.2 billion deal needs approval in Brussels.",
          "number.inconsistent-repeat") == 1);
  CHECK(n("Officials announced a 25% tariff on imported steel.\n\nThe 52% tariff on steel worries builders.", "number.inconsistent-repeat") == 1);
  CHECK(n("A landslide killed 14 people in the valley on Sunday.\n\nThe 17 victims were buried on Wednesday.",
          "number.inconsistent-repeat") == 1);
  CHECK(n("The regulator imposed a fine of 4 million euros on the bank.\n\nThe 40 million euro fine is a record.",
          "number.inconsistent-repeat") == 1);
  CHECK(n("The council passed a budget of $1.5 billion.\n\nThe $1.9 billion budget raises spending on parks.",
          "number.inconsistent-repeat") == 1);
  CHECK(n("A landslide killed 12 people on Sunday.\n\nThe death toll of 21 is the worst in a decade.",
          "number.inconsistent-repeat") == 1);
  CHECK(n("The blast killed 14 and wounded 30 on Sunday.\n\nThe 41 dead included six children.",
          "number.inconsistent-repeat") == 1);
  CHECK(n("The council fined the mill 2.5 million pounds on Tuesday.\n\nThe 5.2 million pound fine must be paid "
          "within 90 days.", "number.inconsistent-repeat") == 1);
  CHECK(n("Veltra agreed to buy Ostrin for $4.6 billion.\n\nThe $6.4 billion deal needs approval.",
          "number.inconsistent-repeat") == 1);
  CHECK(n("The carmaker will cut 1,200 jobs in Spain.\n\nUnions said the 2,100 job cuts were a betrayal.",
          "number.inconsistent-repeat") == 1);
}

TEST_CASE("number.inconsistent-repeat: negatives") {
  CHECK(n("At least 14 people were killed in the valley.\n\nThe 17 victims were buried on Wednesday.",
          "number.inconsistent-repeat") == 0);
  CHECK(n("Vantor agreed a $153 million deal.\n\nThe $150 million deal needs approval.", "number.inconsistent-repeat") == 0);
  CHECK(n("The club paid a fee of 45 million euros.\n\nThe $52 million fee is a record.", "number.inconsistent-repeat") == 0);
  CHECK(n("A landslide killed 14 people on Sunday.\n\nRescuers found more bodies, and the 17 victims now include "
          "two children.", "number.inconsistent-repeat") == 0);
  CHECK(n("Officials announced a 25% tariff on steel.\n\nThe 10% tariff on aluminium starts in May.",
          "number.inconsistent-repeat") == 0);
  CHECK(n("The club paid a fee of 45 million euros.\n\nThe 45 million euro fee is a record.", "number.inconsistent-repeat") == 0);
  CHECK(n("The council passed a budget of $1.2 billion in 2023.\n\nThe $1.5 billion budget for 2025 adds parks.",
          "number.inconsistent-repeat") == 0);
  CHECK(n("It holds a 20% stake in the port.\n\nThe 45% stake in the airport is for sale.", "number.inconsistent-repeat") == 0);
  CHECK(n("The carmaker will cut 1,200 jobs in Spain.\n\nThe 800 job cuts in France come next year.",
          "number.inconsistent-repeat") == 0);
  CHECK(n("The carmaker employs 1,200 people in Spain.\n\nThe 2,100 job cuts were announced in May.",
          "number.inconsistent-repeat") == 0);
  // A verb does not refer back: a second fine.
  CHECK(n("The regulator imposed a fine of 2 million pounds in May.\n\nIn June it fined the bank 5 million pounds.",
          "number.inconsistent-repeat") == 0);
  // Two purchases are two deals only when the text says so; a price paid for something else is no fine.
  CHECK(n("Veltra sold its plant for $2 million.\n\nThe $2 million deal closed in May.", "number.inconsistent-repeat") == 0);
}

// ---------------------------------------------------------------- quote.speaker-conflict

TEST_CASE("quote.speaker-conflict: positives") {
  auto r = test::analyze(
      "“We will rebuild every bridge before the winter comes,” said Helena Marsh, the regional governor.\n\n"
      "Engineers were less sure.\n\n"
      "“We will rebuild every bridge before the winter comes,” said Peter Okafor, a local engineer.", "2025-12-15");
  REQUIRE(test::count_rule(r, "quote.speaker-conflict") == 1);
  const auto* f = first(r, "quote.speaker-conflict");
  CHECK(f->message.find("Peter Okafor") != std::string::npos);
  CHECK(f->message.find("Helena Marsh") != std::string::npos);
  CHECK(f->span.line == 5);
  REQUIRE(f->related.size() == 1);
  CHECK(f->related[0].span->line == 1);
  // Punctuation and case differ.
  CHECK(n("“We will rebuild every bridge before the winter comes,” said Helena Marsh.\n\n"
          "“We will rebuild every bridge, before the WINTER comes!” said Peter Okafor.", "quote.speaker-conflict") == 1);
  // Cue before and after.
  CHECK(n("“The vote was rigged from the very start,” Anna Kowal said.\n\n"
          "Paul Ruys said: “The vote was rigged from the very start.”", "quote.speaker-conflict") == 1);
  // Straight quotes.
  CHECK(n("\"Nobody here has slept for three nights,\" said Maria Lento.\n\n"
          "\"Nobody here has slept for three nights,\" said David Orme.", "quote.speaker-conflict") == 1);
  // Several sentences.
  CHECK(n("“Prices are falling. Orders are not,” said Laura Venn.\n\n"
          "“Prices are falling. Orders are not,” said Simon Pratt.", "quote.speaker-conflict") == 1);
  // Far apart, with other quotes between.
  CHECK(n("“The river has never been this low in living memory,” said Nina Ostrova.\n\n"
          "“Barges cannot move,” said Erik Dahl.\n\n"
          "“It will get worse,” said Carla Mendes.\n\n"
          "“The river has never been this low in living memory,” Dahl said.", "quote.speaker-conflict") == 1);
}

TEST_CASE("quote.speaker-conflict: negatives") {
  // The same speaker repeats the line.
  CHECK(n("“We will rebuild every bridge before the winter comes,” said Helena Marsh.\n\n"
          "“We will rebuild every bridge before the winter comes,” Marsh said again.", "quote.speaker-conflict") == 0);
  // Different quotes.
  CHECK(n("“We will rebuild every bridge,” said Helena Marsh.\n\n“The money is not there,” said Peter Okafor.",
          "quote.speaker-conflict") == 0);
  // A short phrase echoed.
  CHECK(n("Failure was “not an option,” said Helena Marsh.\n\nFailure was “not an option,” said Peter Okafor.",
          "quote.speaker-conflict") == 0);
  // Similar but not the same words.
  CHECK(n("“We will rebuild every bridge before the winter comes,” said Helena Marsh.\n\n"
          "“We will rebuild every road before the winter comes,” said Peter Okafor.", "quote.speaker-conflict") == 0);
  // Full name, then surname.
  CHECK(n("“The vote was rigged from the very start,” said Anna Kowal.\n\n"
          "“The vote was rigged from the very start,” Kowal said.", "quote.speaker-conflict") == 0);
  // A pronoun for the same speaker.
  CHECK(n("“The vote was rigged from the very start,” said Anna Kowal.\n\n"
          "She paused. “The vote was rigged from the very start,” she said.", "quote.speaker-conflict") == 0);
}

// ---------------------------------------------------------------- name.spelling-variant

TEST_CASE("name.spelling-variant: positives") {
  auto r = test::analyze("“The cranes are old,” said Ingrid Halvorsen, the port director.\n\n"
                         "Halvorson said new cranes would arrive in May.", "2025-12-15");
  REQUIRE(test::count_rule(r, "name.spelling-variant") == 1);
  const auto* f = first(r, "name.spelling-variant");
  CHECK(f->message.find("Halvorson") != std::string::npos);
  CHECK(f->message.find("Halvorsen") != std::string::npos);
  CHECK(f->span.line == 3);
  REQUIRE(f->related.size() == 1);
  CHECK(f->related[0].span->line == 1);
  CHECK(n("Simon Renfrow opened the meeting.\n\nLater, Simon Renfro closed it.", "name.spelling-variant") == 1);
  CHECK(n("“We are ready,” said Daniel Okonkwo, the coach.\n\nOkonkow said the team had trained hard.",
          "name.spelling-variant") == 1);
  CHECK(n("Martin Kornelius chaired the panel.\n\n“It went well,” said Cornelius.", "name.spelling-variant") == 1);
  CHECK(n("Laura Pellegrini leads the study.\n\nPelegrini said more funding was needed.", "name.spelling-variant") == 1);
  CHECK(n("Paul Baptiste runs the shelter.\n\nMr. Baptise said the beds were full.", "name.spelling-variant") == 1);
  CHECK(n("Paul Baptiste runs the shelter.\n\nBaptise's staff said the beds were full.", "name.spelling-variant") == 1);
  CHECK(n("Paul Baptiste runs the shelter.\n\nUnion leader Baptise said the beds were full.", "name.spelling-variant") == 1);
}

TEST_CASE("name.spelling-variant: negatives") {
  CHECK(n("Hillary Clinton spoke first.\n\nBill Clinton spoke after her.", "name.spelling-variant") == 0);
  CHECK(n("Anna Berglund spoke first.\n\nPaul Berglind spoke after her.", "name.spelling-variant") == 0);
  CHECK(n("Ingrid Halvorsen spoke first.\n\nHalvorsen said the cranes were old.", "name.spelling-variant") == 0);
  CHECK(n("Adam Smith founded the shop.\n\nSmiths said sales rose.", "name.spelling-variant") == 0);
  CHECK(n("Lena Maron chairs the board.\n\nGovernor Marron said the board was independent.", "name.spelling-variant") == 0);
  CHECK(n("Wei Chen runs the lab.\n\nChan said the results were good.", "name.spelling-variant") == 0);
  CHECK(n("Mateo Marin Martin leads the union.\n\nMarin said the strike would go on.", "name.spelling-variant") == 0);
  // A country is no misspelt name: "Ford Brasil" and "Brazil's".
  CHECK(n("Ford Brasil said it would cut jobs.\n\nBrazil's car industry employs 150,000 people.",
          "name.spelling-variant") == 0);
}

// ---------------------------------------------------------------- person.age-mismatch

TEST_CASE("person.age-mismatch: positives") {
  auto r = test::analyze("Greta Lind, 54, opened the bakery in May.\n\nThe 57-year-old Lind said business was good.",
                         "2025-12-15");
  REQUIRE(test::count_rule(r, "person.age-mismatch") == 1);
  const auto* f = first(r, "person.age-mismatch");
  CHECK(f->message.find("Greta Lind") != std::string::npos);
  CHECK(f->message.find("57") != std::string::npos);
  CHECK(f->message.find("54") != std::string::npos);
  CHECK(f->span.line == 3);
  REQUIRE(f->related.size() == 1);
  CHECK(f->related[0].span->line == 1);
  CHECK(n("Omar Haddad, 41, runs the garage.\n\nHaddad, 44, said prices had risen.", "person.age-mismatch") == 1);
  CHECK(n("Nadia Petrov, a 29-year-old nurse, joined the protest.\n\nPetrov, 31, said pay was too low.",
          "person.age-mismatch") == 1);
  CHECK(n("The shop belongs to the 62-year-old Walter Dahl.\n\nDahl, 60, plans to retire.", "person.age-mismatch") == 1);
  CHECK(n("Lars Berg, aged 70, still fishes every day.\n\nBerg, 72, said the catch was poor.", "person.age-mismatch") == 1);
  CHECK(n("The club signed midfielder Peter Ekberg on Monday, ending a long chase for the 21-year-old.\n\n"
          "Ekberg, 24, will join the squad next week.", "person.age-mismatch") == 1);
  // "turned down" is not an age changing.
  CHECK(n("Greta Lind, 54, opened the bakery.\n\nLind turned down a buyout offer.\n\nLind, 56, said she would stay.",
          "person.age-mismatch") == 1);
  CHECK(n("Nadia Petrov, who is 29, joined the protest.\n\nPetrov, 31, said pay was too low.", "person.age-mismatch") == 1);
  CHECK(n("Nadia Petrov (29) joined the protest.\n\nPetrov, 31, said pay was too low.", "person.age-mismatch") == 1);
  CHECK(n("The team signed striker Jonas Okoro, ending a long chase for the 19-year-old.\n\n"
          "Okoro, 22, arrives on Monday.", "person.age-mismatch") == 1);
}

TEST_CASE("person.age-mismatch: negatives") {
  CHECK(n("Greta Lind, 54, opened the bakery.\n\nThe 54-year-old Lind said business was good.", "person.age-mismatch") == 0);
  CHECK(n("Greta Lind, 54, opened the bakery in May.\n\nLind turned 55 on Monday.\n\nThe 55-year-old Lind said "
          "business was good.", "person.age-mismatch") == 0);
  CHECK(n("Greta Lind, 54, and Omar Haddad, 41, opened the bakery.", "person.age-mismatch") == 0);
  CHECK(n("Greta Lind, 54, opened the bakery.\n\nLind has 57 employees.", "person.age-mismatch") == 0);
  CHECK(n("Greta Lind, 54, bought the 57-year-old company.", "person.age-mismatch") == 0);
  CHECK(n("Anna Berg, 34, runs the farm with her father Lars Berg, 66.", "person.age-mismatch") == 0);
  CHECK(n("Anna Berg, 34, runs the farm with her father Lars Berg, 66.\n\nBerg, 66, said the harvest was poor.",
          "person.age-mismatch") == 0);
  CHECK(n("Greta Lind was 30 when she opened the bakery.\n\nLind, 54, still bakes every day.", "person.age-mismatch") == 0);
}

// ---------------------------------------------------------------- source.unattributed-quote

TEST_CASE("source.unattributed-quote: positives") {
  auto r = test::analyze("The river rose overnight.\n\n“The water came faster than anyone could run.”\n\n"
                         "Residents fled to the hills.", "2025-12-15");
  REQUIRE(test::count_rule(r, "source.unattributed-quote") == 1);
  const auto* f = first(r, "source.unattributed-quote");
  CHECK(f->severity == claimlint::Severity::info);
  CHECK(f->span.line == 3);
  CHECK(n("The river rose.\n\n\"We lost everything we owned in one night.\"\n\nThe army arrived.",
          "source.unattributed-quote") == 1);
  CHECK(n("The hall was silent.\n\n“Who will pay for all of this damage? Nobody knows.”\n\nThen the vote began.",
          "source.unattributed-quote") == 1);
  CHECK(n("The crowd grew.\n\n“Enough is enough for every family in this town!”\n\nPolice watched.",
          "source.unattributed-quote") == 1);
  CHECK(n("The deal collapsed. “The numbers never added up for either side.” Talks ended at noon.",
          "source.unattributed-quote") == 1);
  CHECK(n("Snow fell.\n\n“Roads are closed. Schools are closed. Stay home.”\n\nThe storm passed.",
          "source.unattributed-quote") == 1);
}

TEST_CASE("source.unattributed-quote: negatives") {
  CHECK(n("“The water came faster than anyone could run,” said Helena Marsh.", "source.unattributed-quote") == 0);
  CHECK(n("The so-called “peace plan” was rejected.", "source.unattributed-quote") == 0);
  CHECK(n("She read “War and Peace” twice.", "source.unattributed-quote") == 0);
  CHECK(n("“The water came fast,” she said, “and we ran.”", "source.unattributed-quote") == 0);
  CHECK(n("Helena Marsh said: “The water came faster than anyone could run.”", "source.unattributed-quote") == 0);
  CHECK(n("Residents called the plan “a betrayal of every voter in the region.”", "source.unattributed-quote") == 0);
  // A second quote after an attributed one in the same paragraph is the same speaker's.
  CHECK(n("“Prices will fall,” the trader said. “Nobody wants to hold stock this week.”", "source.unattributed-quote") == 0);
  // A cue right before the marks.
  CHECK(n("The paper quoted him as saying: “The plant will close before the summer ends.”",
          "source.unattributed-quote") == 0);
}

// ---------------------------------------------------------------- source.anonymous

TEST_CASE("source.anonymous: positives") {
  auto r = test::analyze("A senior official, who spoke on condition of anonymity, said the talks had collapsed.",
                         "2025-12-15");
  REQUIRE(test::count_rule(r, "source.anonymous") == 1);
  const auto* f = first(r, "source.anonymous");
  CHECK(f->severity == claimlint::Severity::info);
  CHECK_FALSE(f->fix.empty());
  CHECK(n("According to people familiar with the matter, the company will cut 500 jobs.", "source.anonymous") == 1);
  CHECK(n("Diplomats said the vote would be delayed until spring.", "source.anonymous") == 1);
  CHECK(n("Two sources said the merger had been called off.", "source.anonymous") == 1);
  CHECK(n("Analysts said the central bank would raise rates in March.", "source.anonymous") == 1);
  CHECK(n("Officials said the bridge would reopen next week.", "source.anonymous") == 1);
}

TEST_CASE("source.anonymous: negatives") {
  CHECK(n("Finance Minister Ilse Varga said the talks had collapsed.", "source.anonymous") == 0);
  CHECK(n("A senior official said the talks had collapsed.\n\nIlse Varga, the finance minister, said the talks had "
          "collapsed.", "source.anonymous") == 0);
  CHECK(n("The ministry said in a statement that the bridge would reopen.", "source.anonymous") == 0);
  CHECK(n("According to court filings, the company owed 40 million dollars.", "source.anonymous") == 0);
  CHECK(n("Helena Marsh arrived late. She said the roads were blocked.", "source.anonymous") == 0);
  CHECK(n("The bridge reopened on Monday after repairs.", "source.anonymous") == 0);
  // A spokesperson speaks for the organisation on the record.
  CHECK(n("A company spokesman said the plant would reopen in May.", "source.anonymous") == 0);
  // One finding per unnamed source.
  CHECK(n("Dealers said prices fell.\n\nDealers said volumes were thin.", "source.anonymous") == 1);
}

// ---------------------------------------------------------------- silencing

TEST_CASE("consistency rules: disabled rules stay silent") {
  claimlint::Options o;
  o.disabled_rules = {"person.age-mismatch"};
  auto kb = claimlint::KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  auto an = claimlint::Analyzer::create(o, *kb);
  REQUIRE(an.ok());
  auto r = test::analyze("Omar Haddad, 41, runs the garage.\n\nHaddad, 44, said prices had risen.", "2025-12-15", &*an);
  CHECK(test::count_rule(r, "person.age-mismatch") == 0);
  for (auto id : {"role.conflict", "number.part-exceeds-whole", "number.inconsistent-repeat", "quote.speaker-conflict",
                  "name.spelling-variant", "person.age-mismatch", "source.unattributed-quote", "source.anonymous"}) {
    const auto* rule = claimlint::find_rule(id);
    REQUIRE(rule != nullptr);
    CHECK(rule->doc == std::string("rules/") + id + ".md");
  }
}
