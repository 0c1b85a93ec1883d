// person.age-mismatch: one person's age given two ways ("Smith, 54," and later "the
// 57-year-old Smith"), unless the text dates them differently ("turned 55 on Monday").
#include <fmt/format.h>

#include <algorithm>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"

namespace claimlint::detail {
namespace {

struct Age {
  int entity;
  int years;
  std::size_t start, end;  // bytes of the age as written
};

int small_int(std::string_view s) {
  if (s.empty() || s.size() > 3) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

// A word that may follow "the 23-year-old" when it stands for a person: a verb or a person noun.
bool person_follower(std::string_view w) {
  static const WordSet words(
      "said says told added has had have is was will would who could can also later now still scored "
      "joined joins signed spent played won lost left died became becomes man woman boy girl player "
      "midfielder striker defender forward winger goalkeeper nurse teacher driver worker mother "
      "father son daughter student officer soldier veteran candidate lawmaker politician former mayor "
      "minister executive founder chief singer actor actress athlete rookie suspect victim resident "
      "farmer engineer doctor lawyer pilot coach manager captain veteran newcomer native paramedic "
      "and in from at for ");
  return words.contains(w);
}

struct AgeFinder {
  const Doc& d;
  const std::vector<Token>& toks = d.text.toks;

  bool word(std::uint32_t i, std::string_view w) const {
    return i < toks.size() && toks[i].kind == Tk::word && folded_tok(d, i) == w;
  }
  bool mark(std::uint32_t i, std::string_view m) const { return i < toks.size() && d.text.str(i) == m; }

  // "23-year-old" starting at token i: the age, or -1.
  int year_old(std::uint32_t i) const {
    if (i + 2 >= toks.size() || toks[i].kind != Tk::number || !mark(i + 1, "-")) return -1;
    if (!word(i + 2, "year-old") && !word(i + 2, "years-old")) return -1;
    int v = small_int(d.text.str(i));
    return v >= 1 && v <= 120 ? v : -1;
  }

  // "NAME, 54," / "NAME, aged 54" / "NAME, a 29-year-old …" after a mention ending at `te`.
  bool after(std::uint32_t te, Age& a) const {
    if (!mark(te, ",")) return false;
    std::uint32_t i = te + 1;
    if (word(i, "aged")) ++i;
    if (i < toks.size() && toks[i].kind == Tk::number) {
      int y = year_old(i);
      if (y > 0) { a.years = y; a.start = toks[i].start; a.end = toks[i + 2].end; return true; }
      int v = small_int(d.text.str(i));
      if (v < 1 || v > 120 || i + 1 >= toks.size()) return false;
      const Token& nx = toks[i + 1];
      if (nx.kind != Tk::punct && nx.kind != Tk::close_quote && nx.kind != Tk::dash) return false;
      auto s = d.text.str(i + 1);
      if (s != "," && s != "." && s != ";" && s != ")" && nx.kind == Tk::punct) return false;
      a.years = v;
      a.start = toks[i].start;
      a.end = toks[i].end;
      return true;
    }
    if (word(i, "a") || word(i, "an") || word(i, "the")) {
      int y = year_old(i + 1);
      if (y > 0) { a.years = y; a.start = toks[i + 1].start; a.end = toks[i + 3].end; return true; }
    }
    return false;
  }
};

}  // namespace

void check_person_age(const Doc& d, std::vector<Finding>& out) {
  if (d.persons.empty()) return;
  AgeFinder af{d};
  const auto& toks = d.text.toks;
  std::vector<Age> ages;
  std::vector<int> changed;  // entities whose age the text moves ("turned 55")
  for (const auto& pm : d.persons) {
    if (!pm.entity || d.entity(pm.entity)->kind != EntityKind::person) continue;
    Age a{pm.entity, 0, 0, 0};
    if (af.after(pm.te, a)) ages.push_back(a);
    // "the 57-year-old Smith", "the 57-year-old former minister Jan Smith"
    for (std::uint32_t k = 3; k <= 7 && k <= pm.tb; ++k) {
      std::uint32_t i = pm.tb - k;
      int y = af.year_old(i);
      if (y < 0) continue;
      bool plain = true;
      for (std::uint32_t m = i + 3; m < pm.tb; ++m) plain &= toks[m].kind == Tk::word;
      if (plain) ages.push_back(Age{pm.entity, y, toks[i].start, toks[i + 2].end});
      break;
    }
  }
  // "the 23-year-old" standing for the one person named earlier in its sentence.
  for (std::uint32_t i = 1; i + 2 < toks.size(); ++i) {
    int y = af.year_old(i);
    if (y < 0 || !af.word(i - 1, "the")) continue;
    // "the 23-year-old." / "the 23-year-old said" / "the 23-year-old midfielder", not "the
    // 57-year-old company".
    if (i + 3 < toks.size() && toks[i + 3].kind == Tk::word && !toks[i + 3].has(f_cap) &&
        !person_follower(folded_tok(d, i + 3)))
      continue;
    std::uint32_t s = d.text.sent_of_tok[i];
    const Sentence& sent = d.text.sents[s];
    bool named_after = false;
    for (const auto& pm : d.persons)
      if (pm.tb > i && pm.tb <= i + 7 && pm.tb < sent.tok_end) named_after = true;
    if (named_after) continue;
    int who = 0;
    bool unique = true;
    for (const auto& pm : d.persons) {
      if (pm.tb < sent.tok_begin || pm.tb >= i || !pm.entity) continue;
      if (d.entity(pm.entity)->kind != EntityKind::person) continue;
      if (who && who != pm.entity) unique = false;
      who = pm.entity;
    }
    if (who && unique) ages.push_back(Age{who, y, toks[i].start, toks[i + 2].end});
  }
  if (ages.size() < 2) return;
  // The text dates an age change: "turned 55", "her 40th birthday".
  for (const auto& s : d.text.sents) {
    bool turn = false;
    for (std::uint32_t i = s.tok_begin; i < s.tok_end && !turn; ++i)
      if (toks[i].kind == Tk::word) {
        const std::string& w = folded_tok(d, i);
        turn = w == "turned" || w == "turns" || w == "turning" || w == "birthday" || w == "then" || w == "when";
      }
    if (!turn) continue;
    for (const auto& pm : d.persons)
      if (pm.tb >= s.tok_begin && pm.tb < s.tok_end) changed.push_back(pm.entity);
  }
  std::sort(ages.begin(), ages.end(), [](const Age& a, const Age& b) { return a.start < b.start; });
  const RuleInfo& rule = *find_rule("person.age-mismatch");
  std::vector<int> reported;
  for (std::size_t j = 1; j < ages.size(); ++j) {
    const Age& b = ages[j];
    if (std::find(changed.begin(), changed.end(), b.entity) != changed.end()) continue;
    if (std::find(reported.begin(), reported.end(), b.entity) != reported.end()) continue;
    for (std::size_t i = 0; i < j; ++i) {
      const Age& a = ages[i];
      if (a.entity != b.entity || a.years == b.years || a.start == b.start) continue;
      const EntityData& e = *d.entity(b.entity);
      Span sa = d.span(a.start, a.end);
      Finding f = make_finding(rule,
                               fmt::format("{} is {} here but {} on line {}", e.name, b.years, a.years, sa.line),
                               d.span(b.start, b.end));
      f.related.push_back(earlier(d, fmt::format("{}'s age is first given as {}", e.name, a.years), sa));
      f.fix = fmt::format("give {}'s age as {} or {} throughout, or say when the age changed", e.name, a.years, b.years);
      out.push_back(std::move(f));
      reported.push_back(b.entity);
      break;
    }
  }
}

}  // namespace claimlint::detail
