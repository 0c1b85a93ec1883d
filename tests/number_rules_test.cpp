// number.part-exceeds-whole and number.inconsistent-repeat in the forms of issue 10, and the
// number finder's clock times. Every sentence here is invented; each form has a case that must
// be flagged and one that must not.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "mentions/numbers.hpp"
#include "text/text.hpp"

namespace {

constexpr std::string_view kPart = "number.part-exceeds-whole";
constexpr std::string_view kRepeat = "number.inconsistent-repeat";

int n(std::string_view text, std::string_view rule) { return test::count_rule(test::analyze(text, "2025-12-15"), rule); }

int line_of_first(std::string_view text, std::string_view rule) {
  auto r = test::analyze(text, "2025-12-15");
  const auto* f = test::first_rule(r, rule);
  return f ? static_cast<int>(f->span.line) : 0;
}

}  // namespace

// ---------------------------------------------------------------- the number finder

TEST_CASE("number finder: clock times are no quantities and no years") {
  using namespace claimlint::detail;
  std::string s = "Kick-off is at 1500 GMT, the draw at 0930 local time and the final at 2000 hrs; 1500 fans came.";
  Text t = analyse_text(s);
  auto v = find_numbers(t);
  REQUIRE(v.size() == 1);
  CHECK(v[0].value == 1500);
  CHECK(s.substr(v[0].num_start, 4) == "1500");
  CHECK(v[0].num_start > s.find("came") - 12);
}

// ---------------------------------------------------------------- part > whole

TEST_CASE("part-exceeds-whole: M of the N with named modifiers, bare wholes, four-digit parts") {
  CHECK(n("The group will ask shareholders to remove 19 of the 16 Halvard directors.", kPart) == 1);
  CHECK(n("The estate owns 913,129 of the 752,297 Class B shares.", kPart) == 1);
  CHECK(n("The airline ran 32 of its 330 flights and its regional arm 119 out of 82.", kPart) == 1);
  CHECK(n("Strikers idled 1800 of its 1200 buses on Monday.", kPart) == 1);
  // Fits, or is no whole.
  CHECK(n("The group will ask shareholders to remove 9 of the 16 Halvard directors.", kPart) == 0);
  CHECK(n("The 1,400 victims of the 7 October attack were mourned.", kPart) == 0);
  CHECK(n("Sales in 1986 of the 300 models fell.", kPart) == 0);
  CHECK(n("The team won 7 out of 10.", kPart) == 0);
}

TEST_CASE("part-exceeds-whole: N …, including M, and listed parts") {
  CHECK(n("Volume was 969 lots, including 1,303 crosses.", kPart) == 1);
  CHECK(n("About 2,600 elections will be held across the country's 47 prefectures, including 3,400 mayoral "
          "elections.",
          kPart) == 1);
  CHECK(n("The 120 passengers included 80 Britons, 30 Americans and 25 Germans.", kPart) == 1);
  CHECK(n("The board declared a dividend of 55 cents, including 70 cents for the first quarter.", kPart) == 1);
  // Parts that fit; a count of what the whole holds; a net amount and the gain inside it.
  CHECK(n("The 120 passengers included 80 Britons, 30 Americans and 10 Germans.", kPart) == 0);
  CHECK(n("The network has 13 telephone exchanges including 68,000 lines.", kPart) == 0);
  CHECK(n("Net profit was 5 mln dlrs, including a 12 mln dlr gain on the sale of a unit.", kPart) == 0);
  CHECK(n("About 2,600 elections will be held across the country's 47 prefectures, including 130 mayoral races.",
          kPart) == 0);
}

TEST_CASE("part-exceeds-whole: M of them, of whom M, Of those, M") {
  CHECK(n("The plane carried 140 passengers, 170 of them Britons.", kPart) == 1);
  CHECK(n("Around 140 dockers stopped work, 170 of them at the two main terminals.", kPart) == 1);
  CHECK(n("Police arrested 40 people, of whom 52 were later charged.", kPart) == 1);
  CHECK(n("Saab has 103 firm orders for the aircraft, 132 of which have been delivered.", kPart) == 1);
  CHECK(n("The fire destroyed 30 homes in the village. Of those, 45 were uninsured.", kPart) == 1);
  // Fits; a floor ("over 200") may be exceeded; "about" allows a tenth.
  CHECK(n("The plane carried 140 passengers, 12 of them children.", kPart) == 0);
  CHECK(n("Over 200 proposals were received from foreign firms, 210 of which were approved.", kPart) == 0);
  CHECK(n("Around 140 dockers stopped work, 150 of them at the two main terminals.", kPart) == 0);
  CHECK(n("The fire destroyed 30 homes in the village. Of those, 12 were uninsured.", kPart) == 0);
}

// ---------------------------------------------------------------- inconsistent repeat

TEST_CASE("inconsistent-repeat: a definite restatement of any noun phrase") {
  CHECK(n("The bank said it added 135 mln dlrs to its loan loss allowance in the quarter.\n\n"
          "The 153 mln dlr addition to its loan loss allowance cut earnings.",
          kRepeat) == 1);
  CHECK(n("A House subcommittee voted to authorize a 25 billion dlr recapitalization of the deposit insurance "
          "fund.\n\nThe subcommittee approved the 19 billion dlr recapitalization plan by voice vote.",
          kRepeat) == 1);
  CHECK(n("The loss includes 214 mln dlrs in accumulated foreign exchange losses, the company said.\n\n"
          "Vantor said it charged the 187 mln dlrs in accumulated foreign exchange losses to expenses.",
          kRepeat) == 1);
  CHECK(line_of_first("The bank said it added 135 mln dlrs to its loan loss allowance in the quarter.\n\n"
                      "The 153 mln dlr addition to its loan loss allowance cut earnings.",
                      kRepeat) == 3);
}

TEST_CASE("inconsistent-repeat: a number word restated in figures") {
  CHECK(n("Seventeen people died when the ferry capsized off the coast.\n\nThe 19 victims were buried on "
          "Wednesday.",
          kRepeat) == 1);
  CHECK(n("Seventeen people died when the ferry capsized off the coast.\n\nThe 17 victims were buried on "
          "Wednesday.",
          kRepeat) == 0);
  // A number word before a scale or a unit is no count; "one" is a pronoun as often as a count.
  using namespace claimlint::detail;
  Text t = analyse_text("Twenty-one people died; two million dlrs; five pct; one of them; twelve ships.");
  auto v = find_numbers(t);
  REQUIRE(v.size() == 2);
  CHECK(v[0].value == 21);
  CHECK(v[0].spelled);
  CHECK(v[1].value == 12);
  // Part-exceeds-whole takes figures only: "35,000 of the two models" counts cars, not models.
  CHECK(n("Dealers had 35,000 of the two models in stock.", kPart) == 0);
}

TEST_CASE("inconsistent-repeat: the odd one of three mentions") {
  const std::string_view text =
      "Ostrin proposed a 61 mln mark capital increase for its shareholders.\n\n"
      "The 65 mln mark capital increase needs shareholder approval.\n\n"
      "Shareholders approved the 61 mln mark capital increase by a wide margin.";
  CHECK(n(text, kRepeat) == 1);
  CHECK(line_of_first(text, kRepeat) == 3);
}

TEST_CASE("inconsistent-repeat: what tells two quantities apart") {
  // Two tolls, in two places or on two dates.
  CHECK(n("Israeli strikes have killed 8,500 people in Gaza, the health ministry said.\n\n"
          "Israel says the 1,400 killed on 7 October were mostly civilians.",
          kRepeat) == 0);
  CHECK(n("The war has left 8,500 dead in Gaza, the health ministry said.\n\n"
          "Israel says the 1,400 dead on 7 October were mostly civilians.",
          kRepeat) == 0);
  CHECK(n("Strikes have killed 8,500 people in Gaza since October.\n\nThe 1,400 victims in Israel were mourned.",
          kRepeat) == 0);
  // Other years; the figure compared with; a share of a whole; "in addition to".
  CHECK(n("The bank added 135 mln dlrs to its loan loss allowance in 1986.\n\n"
          "The 153 mln dlr addition to its loan loss allowance in 1985 was smaller.",
          kRepeat) == 0);
  CHECK(n("The bank added 135 mln dlrs to its loan loss allowance.\n\n"
          "That is less than the 153 mln dlr addition to its loan loss allowance a year ago.",
          kRepeat) == 0);
  CHECK(n("Investors who own 85 pct of the company's stock back the offer.\n\n"
          "The offer values the 15 pct of its stock still held by the public at 40 dlrs a share.",
          kRepeat) == 0);
  CHECK(n("Ostrin will invest 68.3 billion yen in the smelter, in addition to the 45.7 billion yen already invested.\n\n"
          "Vantor will invest 12 billion yen in addition to the 41 billion yen already invested.",
          kRepeat) == 0);
  // A component of the whole; a pronoun's owner is the sentence's subject.
  CHECK(n("The banks set up a 1.1 billion dlr credit facility.\n\nThe completed portion of the credit facility "
          "consists of an 800 mln dlr term loan.\n\nThe final portion of the 1.1 billion dlr credit facility is a "
          "letter of credit.",
          kRepeat) == 0);
  CHECK(n("Talks on an agreement on Brazil's 111 billion dlr debt continue.\n\nMexico reached an agreement "
          "with creditors on its 100 billion dlr debt.",
          kRepeat) == 0);
  CHECK(n("Talks on an agreement on Brazil's 111 billion dlr debt continue.\n\nBrazil hopes to reach an "
          "agreement with creditors on its 101 billion dlr debt.",
          kRepeat) == 1);
  // Restated alike, or rounded.
  CHECK(n("The bank said it added 135 mln dlrs to its loan loss allowance in the quarter.\n\n"
          "The 135 mln dlr addition to its loan loss allowance cut earnings.",
          kRepeat) == 0);
  // Far apart in size: more likely two quantities than one mistyped.
  CHECK(n("The bank said it added 135 mln dlrs to its loan loss allowance in the quarter.\n\n"
          "The 980 mln dlr addition to its loan loss allowance came later.",
          kRepeat) == 0);
}
