// person.age-mismatch: one person's age given two ways ("Smith, 54," and later "the
// 57-year-old Smith"), unless the text dates them differently ("turned 55 on Monday").
#include <fmt/format.h>

#include <algorithm>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"
#include "mentions/lexicon.hpp"

namespace claimlint::detail {
namespace {

struct Age {
  int entity;        // 0 for a name the mention finder did not take
  std::string key;   // folded surname: ages of one person share it
  std::string name;  // for the message
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

// Nouns for people that may stand before a name: "midfielder Lena Fischer".
bool person_noun(std::string_view w) {
  static const WordSet words(
      "man woman boy girl player midfielder striker defender forward winger goalkeeper nurse teacher driver "
      "worker mother father son daughter student officer soldier veteran candidate lawmaker politician singer "
      "actor actress athlete rookie suspect victim resident farmer engineer doctor lawyer pilot coach manager "
      "captain newcomer paramedic teenager pensioner retiree businessman businesswoman entrepreneur");
  return words.contains(w);
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
    // "NAME (54)"
    if (mark(te, "(") && te + 2 < toks.size() && toks[te + 1].kind == Tk::number && mark(te + 2, ")")) {
      int v = small_int(d.text.str(te + 1));
      if (v < 1 || v > 120) return false;
      a.years = v;
      a.start = toks[te + 1].start;
      a.end = toks[te + 1].end;
      return true;
    }
    if (!mark(te, ",")) return false;
    std::uint32_t i = te + 1;
    if (word(i, "aged")) ++i;
    else if (word(i, "who") && (word(i + 1, "is") || word(i + 1, "was"))) i += 2;  // "NAME, who is 54,"
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
  AgeFinder af{d};
  const auto& toks = d.text.toks;
  std::vector<Age> ages;
  auto key_of = [&](const EntityData& e) { return fold(surname_of(e.name)); };
  for (const auto& pm : d.persons) {
    if (!pm.entity || d.entity(pm.entity)->kind != EntityKind::person) continue;
    const EntityData& e = *d.entity(pm.entity);
    Age a{0, {}, {}, 0, 0, 0};
    if (af.after(pm.te, a)) {
      a.entity = pm.entity;
      a.key = key_of(e);
      a.name = d.tok_text(pm.tb, pm.te);  // as written: the entity's name may be a guess
      ages.push_back(std::move(a));
    }
    // "the 57-year-old Smith", "the 57-year-old former minister Jan Smith"
    for (std::uint32_t k = 3; k <= 7 && k <= pm.tb; ++k) {
      std::uint32_t i = pm.tb - k;
      int y = af.year_old(i);
      if (y < 0) continue;
      bool plain = true;
      for (std::uint32_t m = i + 3; m < pm.tb; ++m) plain &= toks[m].kind == Tk::word;
      if (plain) ages.push_back(Age{pm.entity, key_of(e), d.tok_text(pm.tb, pm.te), y, toks[i].start, toks[i + 2].end});
      break;
    }
  }
  // One pass over the tokens for what the mention finder did not take.
  const std::uint32_t ntok = static_cast<std::uint32_t>(toks.size());
  for (std::uint32_t i = 1; i + 2 < ntok; ++i) {
    const Tk kind = toks[i].kind;
    if (kind == Tk::punct) {
      // A name with an age: "Moreira, 25,".
      const Token& t = toks[i - 1];
      if (t.kind != Tk::word || !t.has(f_cap) || t.has(f_upper) || d.person_at[i - 1] ||
          toks[i + 1].kind != Tk::number || d.text.str(i) != ",")
        continue;
      const std::string& w = folded_tok(d, i - 1);
      if (w.size() < 3 || non_name_word(w) || org_word(w) || honorific(w)) continue;
      Age a{0, {}, {}, 0, 0, 0};
      if (!af.after(i, a)) continue;
      a.key = w;
      a.name = std::string(d.text.str(i - 1));
      ages.push_back(std::move(a));
      continue;
    }
    if (kind != Tk::number) continue;
    // "the 23-year-old" standing for the one person named earlier in its sentence.
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
    for (std::uint32_t k = i + 3; k < i + 7 && k < sent.tok_end; ++k) named_after |= d.person_at[k] != 0;
    if (named_after) continue;
    int who = 0;
    bool unique = true;
    for (std::uint32_t k = sent.tok_begin; k < i; ++k) {
      if (!d.person_at[k]) continue;
      int e = d.persons[d.person_at[k] - 1].entity;
      if (!e || d.entity(e)->kind != EntityKind::person) continue;
      if (who && who != e) unique = false;
      who = e;
    }
    if (who && unique) {
      const EntityData& e = *d.entity(who);
      ages.push_back(Age{who, key_of(e), e.name, y, toks[i].start, toks[i + 2].end});
      continue;
    }
    if (who) continue;
    // No person found: "signed midfielder Caio Moreira …, the 23-year-old".
    std::string key, name;
    int found = 0;
    for (std::uint32_t k = sent.tok_begin; k + 1 < i; ++k) {
      if (toks[k].kind != Tk::word || toks[k].has(f_cap) || !person_noun(folded_tok(d, k))) continue;
      std::uint32_t e = k + 1;
      while (e < i && e < k + 4 && toks[e].kind == Tk::word && toks[e].has(f_cap) && !toks[e].has(f_upper)) ++e;
      if (e == k + 1) continue;
      ++found;
      key = folded_tok(d, e - 1);
      name = std::string(d.src.substr(toks[k + 1].start, toks[e - 1].end - toks[k + 1].start));
    }
    if (found == 1) ages.push_back(Age{0, key, name, y, toks[i].start, toks[i + 2].end});
  }
  if (ages.size() < 2) return;
  // Only a name with two different ages needs the rest.
  bool differ = false;
  for (std::size_t j = 1; j < ages.size() && !differ; ++j)
    for (std::size_t i = 0; i < j && !differ; ++i) differ = ages[i].key == ages[j].key && ages[i].years != ages[j].years;
  if (!differ) return;
  // The text dates an age change: "turned 55", "her 40th birthday". Every name in such a
  // sentence is left alone.
  std::vector<std::string> changed;
  for (const auto& s : d.text.sents) {
    bool turn = false;
    auto number_within = [&](std::uint32_t i, std::uint32_t n) {
      for (std::uint32_t k = i + 1; k <= i + n && k < s.tok_end; ++k)
        if (toks[k].kind == Tk::number) return true;
      return false;
    };
    for (std::uint32_t i = s.tok_begin; i < s.tok_end && !turn; ++i)
      if (toks[i].kind == Tk::word) {
        const std::string& w = folded_tok(d, i);
        // "turned 55", "turns 40 next month" (not "turned down"), "when she was 25", "then 54".
        if (w == "turned" || w == "turns" || w == "turning" || w == "turn") turn = number_within(i, 2);
        else if (w == "then" || w == "when" || w == "until" || w == "before" || w == "after") turn = number_within(i, 3);
        else turn = w == "birthday" || w == "birthdays";
      }
    if (!turn) continue;
    for (std::uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      if (d.person_at[i]) {
        int e = d.persons[d.person_at[i] - 1].entity;
        if (e) changed.push_back(key_of(*d.entity(e)));
      }
      if (toks[i].kind == Tk::word && toks[i].has(f_cap)) changed.push_back(folded_tok(d, i));
    }
  }
  auto people_with_surname = [&](const std::string& key) {
    int n = 0;
    for (const auto& e : d.entities) n += e.kind == EntityKind::person && key_of(e) == key;
    return n;
  };
  std::sort(ages.begin(), ages.end(), [](const Age& a, const Age& b) { return a.start < b.start; });
  const RuleInfo& rule = *find_rule("person.age-mismatch");
  std::vector<std::string> reported;
  for (std::size_t j = 1; j < ages.size(); ++j) {
    const Age& b = ages[j];
    if (std::find(changed.begin(), changed.end(), b.key) != changed.end()) continue;
    if (std::find(reported.begin(), reported.end(), b.key) != reported.end()) continue;
    for (std::size_t i = 0; i < j; ++i) {
      const Age& a = ages[i];
      if (a.key != b.key || a.years == b.years || a.start == b.start) continue;
      // Two people who share a surname ("Anna Berg", "Lars Berg") are two people; a bare
      // surname is only theirs when one person in the text bears it.
      if (a.entity && b.entity && a.entity != b.entity) continue;
      if ((!a.entity || !b.entity) && people_with_surname(a.key) > 1) continue;
      const std::string name = display_name(d, a.name.size() > b.name.size() ? a.name : b.name);
      Span sa = d.span(a.start, a.end);
      Finding f = make_finding(rule, fmt::format("{} is {} here but {} on line {}", name, b.years, a.years, sa.line),
                               d.span(b.start, b.end));
      f.related.push_back(earlier(d, fmt::format("{}'s age is first given as {}", name, a.years), sa));
      f.fix = fmt::format("give {}'s age as {} or {} throughout, or say when the age changed", name, a.years, b.years);
      out.push_back(std::move(f));
      reported.push_back(b.key);
      break;
    }
  }
}

}  // namespace claimlint::detail
