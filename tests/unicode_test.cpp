// Unicode letters, case and folding through utf8proc (issue 13): names in every European
// alphabet and transliterated names are words, start with a capital, are found as speakers and
// are matched against the knowledge base whatever their normalisation form.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "helpers.hpp"
#include "text/text.hpp"

using namespace claimlint::detail;

namespace {

// The first code point of a UTF-8 string.
char32_t first_cp(std::string_view s) {
  int len = 0;
  return decode_utf8(s, 0, len);
}

// The first word token of `s`.
Token first_word(const Text& t) {
  for (const auto& k : t.toks)
    if (k.kind == Tk::word) return k;
  FAIL("no word");
  return {};
}

const claimlint::Claim* claim_by(const claimlint::Report& r, std::string_view speaker) {
  for (const auto& c : r.claims)
    if (c.speaker.text == speaker) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("upper case by the Unicode category, not by code-point parity") {
  // Latin Extended-A interleaves cases unevenly: Ł U+0141, Ľ U+013D, Ź U+0179, Ż U+017B and
  // Ž U+017D are odd, and the old parity guess called them lower case.
  for (std::string_view up : {"Ł", "Ľ", "Ź", "Ż", "Ž", "Ĺ", "Ń", "Ŕ", "Ś", "Ő", "Ű", "Ÿ", "Ǆ", "Ș", "Ț", "Ə", "Ω",
                              "Ж", "Ґ", "Ә", "Ա", "Ⴀ"})
    CHECK_MESSAGE(is_upper_cp(first_cp(up)), up);
  for (std::string_view low : {"ł", "ľ", "ź", "ż", "ž", "ĺ", "ń", "ŕ", "ś", "ő", "ű", "ÿ", "ș", "ț", "ə", "ω", "ж",
                               "ґ", "ß", "ı", "中", "ع"})
    CHECK_FALSE_MESSAGE(is_upper_cp(first_cp(low)), low);
  CHECK(is_upper_cp(first_cp("ǅ")));  // title case (Dž) starts a name too
}

TEST_CASE("letters and marks by category: symbols and punctuation are not letters") {
  for (std::string_view l : {"é", "ł", "ß", "Ω", "ж", "ա", "中", "ع", "ה", "ก", "\u0301", "ʼ"})
    CHECK_MESSAGE(is_letter_cp(first_cp(l)), l);
  for (std::string_view n : {"€", "£", "©", "°", "×", "½", "²", "—", "“", "\u00A0", "😀", "٣", "\uFEFF"})
    CHECK_FALSE_MESSAGE(is_letter_cp(first_cp(n)), n);
  CHECK(is_mark_cp(first_cp("\u0301")));
  CHECK_FALSE(is_mark_cp(first_cp("é")));
}

TEST_CASE("a name that starts with Ł Ľ Ź Ż Ž or a decomposed accent is one capitalised word") {
  for (std::string_view name : {"Łukasz", "Ľudovít", "Źródło", "Żak", "Žofia", "O\u0301dor", "Z\u0307ak"}) {
    Text t = analyse_text(name);
    REQUIRE(t.toks.size() == 1);
    CHECK_MESSAGE(t.toks[0].kind == Tk::word, name);
    CHECK_MESSAGE(t.toks[0].has(f_cap), name);
    CHECK_MESSAGE(t.toks[0].end == name.size(), name);  // the combining mark stays inside the word
  }
  // Capitals only: a decomposed accent does not break "all upper case".
  CHECK(first_word(analyse_text("O\u0301DOR said")).has(f_upper));
  CHECK(first_word(analyse_text("ŻAK said")).has(f_upper));
  CHECK_FALSE(first_word(analyse_text("Żak said")).has(f_upper));
  // Symbols are not glued to words any more.
  Text t = analyse_text("cost 5€ or £5");
  bool euro_alone = false;
  for (const auto& k : t.toks) euro_alone |= t.str(k) == "€" && k.kind != Tk::word;
  CHECK(euro_alone);
}

TEST_CASE("fold: one key for composed, decomposed, accented and unaccented spellings") {
  CHECK(fold("Żak") == "zak");
  CHECK(fold("Z\u0307ak") == "zak");        // decomposed Ż
  CHECK(fold("ŻAK") == "zak");
  CHECK(fold("Ľudovít Ódor") == "ludovit odor");
  CHECK(fold("L\u030Cudovi\u0301t O\u0301dor") == "ludovit odor");
  CHECK(fold("Łukasz Kowalczyk") == "lukasz kowalczyk");
  CHECK(fold("Đukić") == "dukic");
  CHECK(fold("Ørsted") == "orsted");
  CHECK(fold("Straße") == "strasse");
  CHECK(fold("ﬁnance") == "finance");     // a compatibility ligature
  CHECK(fold("Guðmundsdóttir") == "gudmundsdottir");
  CHECK(fold("Yıldız") == "yildiz");
  CHECK(fold("Ştefan Ţuţea") == "stefan tutea");  // cedilla forms
  CHECK(fold("Ștefan Țuțea") == "stefan tutea");  // comma-below forms
  CHECK(fold("Nguyễn Phú Trọng") == "nguyen phu trong");
  CHECK(fold("Ζελένσκι") == fold("ζελενσκι"));  // Greek and Cyrillic fold case too
  CHECK(fold("Зеленский") == "зеленскии");      // й is и + breve: the breve goes like any accent
  CHECK(fold("don’t") == "don't");
  CHECK(fold("Merz") == "merz");                 // the ASCII fast path
  CHECK(normalize_nfc("O\u0301dor") == "Ódor");
  CHECK(normalize_nfc("Ódor") == "Ódor");
}

TEST_CASE("speakers in every European alphabet and transliterated names") {
  // Each name opens its own sentence "NAME said on Monday that the deal would hold." and must be
  // the whole speaker, classed as a person.
  const std::vector<std::string> names = {
      "Łukasz Kowalczyk", "Anna Żak", "Ľudovít Ódor", "Źdisław Nowak", "Žofia Černá",   // Polish, Slovak, Czech
      "Ştefan Rădulescu", "Ștefan Rădulescu", "Ödön Szőke",                            // Romanian, Hungarian
      "Øystein Ørsted", "Åsa Lindström", "Þórunn Guðmundsdóttir", "Jürgen Klöß",       // Nordic, German
      "Ðorđe Đukić", "Ğülsüm Yıldız", "İsmail Kaya", "Şebnem Öztürk",                  // Serbo-Croatian, Turkish
      "Ėglė Šimonytė", "Ģirts Ķelle", "Ņina Ļaksa", "Ūla Rūķe",                        // Lithuanian, Latvian
      "Ħelena Ċaruana", "Ŵyn Ŷates", "Œdipe Lefèvre", "Ñuño Íñiguez",                  // Maltese, Welsh, French, Spanish
      "Ἀλέξης Τσίπρας", "Владимир Зеленский", "Ђорђе Јовановић", "Ґрета Їжакевич",     // Greek, Cyrillic
      "Мұрат Әбенов",                                                                   // Kazakh
      "Muhammad bin Salman", "Ahmed Aboul Gheit",                                      // transliterated Arabic
      "Xi Jinping", "Li Qiang", "Zhōu Ēnlái", "Nguyễn Phú Trọng",                      // Chinese (pinyin), Vietnamese
      "Grzegorz Brzęczyszczykiewicz", "Volodymyr Zelenskyy", "Sergei Lavrov",          // transliterated Slavic
      "Jose\u0301 A\u0301lvarez", "L\u0301ukasz Z\u0307o\u0301\u0142c\u0301",          // decomposed accents
  };
  for (const auto& n : names) {
    auto r = test::analyze("The talks went on.\n\n" + n + " said on Monday that the deal would hold.\n");
    const auto* c = claim_by(r, n);
    CHECK_MESSAGE(c != nullptr, n);
    if (c) CHECK_MESSAGE(c->speaker.speaker_class == claimlint::SpeakerClass::person, n);
  }
}

TEST_CASE("Ľudovít Ódor is checked against the built-in knowledge base, composed or decomposed") {
  // Caretaker prime minister of Slovakia from 2023-05-15 to 2023-10-25.
  for (std::string name : {"Ľudovít Ódor", "L\u030Cudovi\u0301t O\u0301dor"}) {
    std::string text = "Slovak Prime Minister " + name + " said the budget would pass.\n";
    auto late = test::analyze(text, "2025-12-15");
    CHECK_MESSAGE(test::count_rule(late, "role.stale") == 1, name);
    REQUIRE(!late.claims.empty());
    CHECK(fold(late.claims[0].speaker.name) == "ludovit odor");
    auto during = test::analyze(text, "2023-07-01");
    CHECK_MESSAGE(test::count_rule(during, "role.stale") + test::count_rule(during, "role.kb-mismatch") == 0, name);
  }
}

TEST_CASE("Anna Żak and Łukasz Kowalczyk are checked against a newsroom knowledge base") {
  // Invented records, one written decomposed: the article's composed spelling must find it.
  auto kb = claimlint::KnowledgeBase::builtin();
  REQUIRE(kb.ok());
  auto st = kb->merge_text(
      "{\"person\": \"Anna Z\u0307ak\", \"office\": \"mayor\", \"jurisdiction\": \"PL\", \"of\": \"Gdańsk\", "
      "\"start\": \"2010-01-01\", \"end\": \"2014-12-31\", \"source\": \"test\"}\n"
      "{\"person\": \"Łukasz Kowalczyk\", \"office\": \"mayor\", \"jurisdiction\": \"PL\", \"of\": \"Gdańsk\", "
      "\"start\": \"2015-01-01\", \"end\": null, \"source\": \"test\"}\n",
      "newsroom.jsonl");
  REQUIRE(st.ok());
  auto an = claimlint::Analyzer::create({}, *kb);
  REQUIRE(an.ok());
  auto stale = test::analyze("Gdańsk Mayor Anna Żak said the port would reopen.\n", "2025-12-15", &*an);
  CHECK(test::count_rule(stale, "role.stale") == 1);
  CHECK(claim_by(stale, "Gdańsk Mayor Anna Żak") != nullptr);
  auto current = test::analyze("Gdańsk Mayor Łukasz Kowalczyk said the port would reopen.\n", "2025-12-15", &*an);
  CHECK(test::count_rule(current, "role.stale") + test::count_rule(current, "role.kb-mismatch") == 0);
  CHECK(claim_by(current, "Gdańsk Mayor Łukasz Kowalczyk") != nullptr);
}
