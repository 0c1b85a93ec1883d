// name.spelling-variant: one person's name spelled two ways ("Siobhan Mulcahy" and later
// "Mulcahey said"). Two people who share a surname ("Hillary Clinton", "Bill Clinton") are two
// people, and two surnames that differ by more than a slip are two names.
#include <fmt/format.h>

#include "attribution/cues.hpp"
#include "checks/consistency.hpp"
#include "checks/registry.hpp"
#include "mentions/lexicon.hpp"

namespace claimlint::detail {
namespace {

// A rough phonetic skeleton for transliteration pairs: Kornelius/Cornelius, Zelensky/Zelenskyy,
// Gaddafi/Qaddafi.
std::string skeleton(std::string_view w) {
  std::string s;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char n = i + 1 < w.size() ? w[i + 1] : 0;
    if (c == 'p' && n == 'h') { s += 'f'; ++i; continue; }
    if (c == 'c' && n == 'k') { s += 'k'; ++i; continue; }
    if (c == 'k' && n == 'h') { s += 'h'; ++i; continue; }
    if (c == 'c' || c == 'q') c = 'k';
    if (c == 'y' || c == 'j') c = 'i';
    if (c == 'w') c = 'v';
    if (c == 'z') c = 's';
    if (!s.empty() && s.back() == c) continue;  // doubled letters
    s += c;
  }
  return s;
}

// Two spellings of one surname: a one-letter slip, a swap, or a transliteration.
bool variant(std::string_view a, std::string_view b) {
  if (a == b) return false;
  for (char c : a)
    if (c >= '0' && c <= '9') return false;  // "Baa-1" is a rating, not a name
  for (char c : b)
    if (c >= '0' && c <= '9') return false;
  const std::size_t n = std::min(a.size(), b.size());
  if (n < 5) return false;
  // A plural or possessive is not a spelling: "Smith"/"Smiths".
  if (a.size() + 1 == b.size() && b.back() == 's' && b.starts_with(a)) return false;
  if (b.size() + 1 == a.size() && a.back() == 's' && a.starts_with(b)) return false;
  if (edit_distance(a, b, 1) <= 1) return true;
  return skeleton(a) == skeleton(b);
}

bool speech_verb(std::string_view w) { return builtin_cues().find(w) != nullptr; }

// Offices of public figures: "President Reagan" is not a misspelt "Regan".
bool public_office(std::string_view o) {
  static const WordSet words(
      "president vice_president prime_minister chancellor monarch supreme_leader foreign_minister finance_minister "
      "interior_minister defence_minister secretary_general director_general managing_director chair "
      "high_representative commissioner governor intelligence_chief spokesperson");
  return words.contains(o);
}

struct Person {
  int entity;
  std::string surname, given;  // folded
  Span first;
  std::uint32_t mentions;
};

}  // namespace

void check_name_spelling(const Doc& d, std::vector<Finding>& out) {
  std::vector<Person> people;
  for (std::size_t e = 0; e < d.entities.size(); ++e) {
    const auto& ent = d.entities[e];
    if (ent.kind != EntityKind::person || ent.mentions.empty() || ent.plural) continue;
    people.push_back(Person{static_cast<int>(e + 1), fold(surname_of(ent.name)), fold(given_of(ent.name)),
                            ent.mentions.front(), static_cast<std::uint32_t>(ent.mentions.size())});
  }
  if (people.empty()) return;
  const RuleInfo& rule = *find_rule("name.spelling-variant");
  auto report = [&](const Person& canon, std::string_view spelled, const Span& where) {
    const EntityData& ce = *d.entity(canon.entity);
    std::string right(surname_of(ce.name));
    Finding f = make_finding(rule,
                             fmt::format("{} is spelled {} here but {} on line {}", display_name(d, ce.name), curly(spelled), curly(right),
                                         canon.first.line),
                             where);
    f.related.push_back(earlier(d, fmt::format("spelled {}", curly(right)), canon.first));
    f.fix = fmt::format("spell the name {} throughout, or correct the first spelling if {} is right", curly(right),
                        curly(spelled));
    out.push_back(std::move(f));
  };
  // 1. Two entities: "Siobhan Mulcahy" and "Siobhan Mulcahey", or a full name and a lone variant.
  std::vector<bool> done(people.size(), false);
  for (std::size_t j = 0; j < people.size(); ++j) {
    const Person& b = people[j];
    const Person* match = nullptr;
    int matches = 0;
    for (std::size_t i = 0; i < people.size(); ++i) {
      const Person& a = people[i];
      if (i == j || a.first.start >= b.first.start || a.given.empty()) continue;
      if (!b.given.empty() && b.given != a.given) continue;  // two people: Hillary and Bill
      if (!variant(a.surname, b.surname) || d.voc->jur_by_phrase.contains(b.surname) ||
          d.voc->jur_by_phrase.contains(a.surname))
        continue;
      if (match && match->surname == a.surname) continue;  // one spelling, several entities
      match = &a;
      ++matches;
    }
    if (matches != 1) continue;
    done[j] = true;
    const EntityData& be = *d.entity(b.entity);
    if (b.given.empty()) {
      // A lone surname with a title of its own ("President Reagan") is someone else.
      bool titled = false;
      for (const auto& rm : d.roles) titled |= rm.entity == b.entity && public_office(rm.role.office);
      if (titled) continue;
    }
    report(*match, surname_of(be.name), b.first);
  }
  // 2. A capitalised word in a person's place ("Dechamps said", "said Mulcahey", "Mr. Smyth")
  //    that no mention took.
  const auto& toks = d.text.toks;
  std::vector<std::string> reported;
  for (std::uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind != Tk::word || !t.has(f_cap) || t.has(f_upper) || t.end - t.start < 5 || d.person_at[i]) continue;
    bool place = false;
    if (i + 1 < toks.size() && toks[i + 1].kind == Tk::word && speech_verb(folded_tok(d, i + 1))) place = true;
    if (i > 0 && toks[i - 1].kind == Tk::word && (folded_tok(d, i - 1) == "said" || folded_tok(d, i - 1) == "says") &&
        (i + 1 >= toks.size() || toks[i + 1].kind == Tk::punct))
      place = true;
    if (i > 1 && d.text.str(i - 1) == "." && honorific(folded_tok(d, i - 2))) place = true;
    if (i + 2 < toks.size() && toks[i + 1].kind == Tk::possessive && toks[i + 2].kind == Tk::word) place = true;
    if (i > 0 && toks[i - 1].kind == Tk::word && honorific(folded_tok(d, i - 1))) place = true;
    if (!place) continue;
    const std::string& w = folded_tok(d, i);
    if (non_name_word(w) || org_word(w) || honorific(w) || d.voc->jur_by_phrase.contains(w)) continue;  // "Brazil's"
    // After a public office ("President Reagan") it is a titled name of its own; after "union
    // leader" or "analyst" it may still be the same person.
    if (i > 0 && toks[i - 1].kind == Tk::word) {
      auto it = d.voc->office_by_phrase.find(folded_tok(d, i - 1));
      if (it != d.voc->office_by_phrase.end() && it->second.kb_office) continue;
    }
    // Any word of a known name ("Jiang" in "Jiang Feng Xiang") is not a misspelling.
    bool part_of_name = false;
    for (const auto& ent : d.entities) {
      if (ent.kind != EntityKind::person) continue;
      std::string fn = fold(ent.name);
      std::size_t p = fn.find(w);
      if (p != std::string::npos && (p == 0 || fn[p - 1] == ' ') &&
          (p + w.size() == fn.size() || fn[p + w.size()] == ' '))
        part_of_name = true;
    }
    if (part_of_name) continue;
    bool exact = false;
    const Person* match = nullptr;
    int matches = 0;
    for (const auto& p : people) {
      if (p.surname == w) exact = true;
      if (p.given.empty() || p.first.start >= t.start) continue;
      if (variant(p.surname, w) && !(match && match->surname == p.surname)) { match = &p; ++matches; }
    }
    if (exact || matches != 1) continue;
    if (d.kb && d.kb->surname(w)) continue;  // a known public figure of that name
    bool again = false;
    for (const auto& r : reported) again |= r == w;
    if (again) continue;
    reported.push_back(w);
    report(*match, d.text.str(i), d.span(t.start, t.end));
  }
}

}  // namespace claimlint::detail
