// name.spelling-variant: one person's name spelled two ways ("Siobhan Mulcahy" and later
// "Mulcahey said", "Zelenskyy" and "Zelensky"). Two people who share a surname ("Hillary
// Clinton", "Bill Clinton") are two people, and two surnames that differ by more than a slip
// are two names. Surnames are indexed by their one-letter deletions, so every capitalised word
// is compared only with the surnames it is one slip away from (linear in the text).
#include <fmt/format.h>

#include <array>

#include <boost/unordered/unordered_flat_map.hpp>

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
  if (n < 4) return false;
  if (n == 4) {
    // Four letters: only a doubled consonant ("Dole"/"Dolle", "Pyne"/"Pynne").
    std::string_view s = a.size() < b.size() ? a : b, l = a.size() < b.size() ? b : a;
    if (l.size() != s.size() + 1) return false;
    for (std::size_t k = 1; k < l.size(); ++k)
      if (l[k] == l[k - 1] && std::string_view("bcdfgklmnprstz").find(l[k]) != std::string_view::npos &&
          std::string(l.substr(0, k)) + std::string(l.substr(k + 1)) == s)
        return true;
    return false;
  }
  // A plural or possessive is not a spelling: "Smith"/"Smiths".
  if (a.size() + 1 == b.size() && b.back() == 's' && b.starts_with(a)) return false;
  if (b.size() + 1 == a.size() && a.back() == 's' && a.starts_with(b)) return false;
  // Nor is a demonym: "Angola"/"Angolan", "Guinea"/"Guinean", "Kuwait"/"Kuwaiti".
  auto demonym = [](std::string_view place, std::string_view adj) {
    return adj.size() == place.size() + 1 && adj.starts_with(place) &&
           ((adj.back() == 'n' && place.back() == 'a') || adj.back() == 'i');
  };
  if (demonym(a, b) || demonym(b, a)) return false;
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
  std::uint32_t first_tok;
};

// The keys of a word for one-slip look-ups, as hashes: the word itself and each one-letter
// deletion; a transliteration skeleton besides ("zelensky" and "zelenskyy" share "selenski").
// Two words one slip apart share a key; a hash collision only adds a candidate that variant()
// then rejects.
template <class F>
void slip_keys(std::string_view w, F&& fn) {
  const std::hash<std::string_view> h;
  fn(h(w));
  thread_local std::string x;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (k > 0 && w[k] == w[k - 1]) continue;  // same key as the previous deletion
    x.assign(w.substr(0, k));
    x.append(w.substr(k + 1));
    fn(h(x));
  }
  x.assign("#");
  x += skeleton(w);
  fn(h(x));
}

}  // namespace

void check_name_spelling(const Doc& d, std::vector<Finding>& out) {
  std::vector<Person> people;
  for (std::size_t e = 0; e < d.entities.size(); ++e) {
    const auto& ent = d.entities[e];
    if (ent.kind != EntityKind::person || ent.mentions.empty() || ent.plural) continue;
    std::string sur = fold(surname_of(ent.name));
    // "al-Sisi" is compared as "Sisi".
    if (auto dash = sur.find('-'); dash != std::string::npos && dash <= 4) sur.erase(0, dash + 1);
    people.push_back(Person{static_cast<int>(e + 1), sur, fold(given_of(ent.name)), ent.mentions.front(),
                            ent.first_tok.empty() ? 0 : ent.first_tok.front()});
  }
  if (people.empty()) return;
  const auto& toks = d.text.toks;
  // Surnames of people with a first name, by their slip keys; and which first letters and
  // lengths they have, to pass over most words without building their keys.
  // Most keys belong to one person: the map holds that person, or (top bit set) the position in
  // `shared_keys` of the list of up to 8 people, in the order they were added. 16 bytes a key
  // instead of a vector each (issue #12: this index was a third of the peak memory on a file
  // of many people).
  constexpr std::uint32_t kList = 0x80000000u;
  boost::unordered_flat_map<std::size_t, std::uint32_t> index;
  std::vector<std::vector<std::uint32_t>> shared_keys;
  {
    std::size_t keys = 0;  // an upper bound, so that the map is not rehashed while it grows
    for (const auto& p : people)
      if (!p.given.empty() && p.surname.size() >= 4) keys += p.surname.size() + 2;
    index.reserve(keys);
  }
  auto add_key = [&](std::size_t k, std::uint32_t p) {
    auto [it, fresh] = index.try_emplace(k, p);
    if (fresh) return;
    std::uint32_t& v = it->second;
    if (!(v & kList)) {
      if (v == p) return;
      shared_keys.push_back({v, p});
      v = kList | static_cast<std::uint32_t>(shared_keys.size() - 1);
      return;
    }
    auto& list = shared_keys[v & ~kList];
    if (list.size() < 8 && list.back() != p) list.push_back(p);
  };
  std::array<std::uint32_t, 27> lengths{};  // per first letter: bit L set for a surname of L ± 2 letters
  auto letter = [](char c) -> std::size_t {
    if (c == 'c' || c == 'q') c = 'k';
    if (c == 'y' || c == 'j') c = 'i';
    if (c == 'w') c = 'v';
    if (c == 'z') c = 's';
    return c >= 'a' && c <= 'z' ? static_cast<std::size_t>(c - 'a') : 26;
  };
  for (std::uint32_t p = 0; p < people.size(); ++p) {
    const std::string& sur = people[p].surname;
    if (people[p].given.empty() || sur.size() < 4) continue;
    slip_keys(sur, [&](std::size_t k) { add_key(k, p); });
    for (std::size_t l = sur.size() - 2; l <= sur.size() + 2 && l < 32; ++l) lengths[letter(sur[0])] |= 1u << l;
  }
  // Every check needs a person with a first name to compare with.
  if (index.empty()) return;
  auto may_match = [&](const std::string& w) {
    return !w.empty() && w.size() < 32 && (lengths[letter(w[0])] >> w.size() & 1u) != 0;
  };
  // How often each capitalised word is written: the finding points at the rarer spelling; and
  // a word written in lower case somewhere is a common word. Counted on first need only.
  boost::unordered_flat_map<std::string_view, std::uint32_t> cap_count;
  boost::unordered_flat_map<std::string_view, bool> lower_seen;
  bool counted = false;
  auto count_words = [&] {
    if (counted) return;
    counted = true;
    for (std::uint32_t i = 0; i < toks.size(); ++i) {
      if (toks[i].kind != Tk::word || toks[i].end - toks[i].start < 4) continue;
      std::string_view w = folded_tok(d, i);
      if (toks[i].has(f_cap)) ++cap_count[w];
      else lower_seen[w] = true;
    }
  };
  auto count = [&](std::string_view w) {
    count_words();
    auto it = cap_count.find(w);
    return it == cap_count.end() ? 0u : it->second;
  };
  // The people whose surname `w` is a variant of.
  auto candidates = [&](const std::string& w, auto&& fn) {
    std::vector<std::uint32_t> seen;
    slip_keys(w, [&](std::size_t k) {
      auto it = index.find(k);
      if (it == index.end()) return;
      auto visit = [&](std::uint32_t p) {
        if (std::find(seen.begin(), seen.end(), p) != seen.end()) return;
        seen.push_back(p);
        if (variant(people[p].surname, w)) fn(people[p]);
      };
      if (!(it->second & kList)) visit(it->second);
      else
        for (auto p : shared_keys[it->second & ~kList]) visit(p);
    });
  };
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
  // Words of every person's name ("Jiang" in "Jiang Feng Xiang") are names, not misspellings.
  boost::unordered_flat_map<std::string, bool> name_words;
  for (const auto& ent : d.entities) {
    if (ent.kind != EntityKind::person) continue;
    std::string fn = fold(ent.name);
    for (std::size_t b = 0; b < fn.size();) {
      std::size_t e = fn.find(' ', b);
      if (e == std::string::npos) e = fn.size();
      if (e > b) name_words[fn.substr(b, e - b)] = true;
      b = e + 1;
    }
  }
  // Entities with a public office of their own ("President Reagan").
  boost::unordered_flat_map<int, bool> titled_entity;
  for (const auto& rm : d.roles)
    if (rm.entity && public_office(rm.role.office)) titled_entity[rm.entity] = true;
  // 1. Two entities: "Siobhan Mulcahy" and "Siobhan Mulcahey", or a full name and a lone variant.
  for (const Person& b : people) {
    const Person* match = nullptr;
    int matches = 0;
    if (!may_match(b.surname)) continue;
    candidates(b.surname, [&](const Person& a) {
      if (a.entity == b.entity || a.first.start >= b.first.start || a.given.empty()) return;
      if (!b.given.empty() && b.given != a.given) return;  // two people: Hillary and Bill
      if (d.voc->jur_by_phrase.contains(b.surname) || d.voc->jur_by_phrase.contains(a.surname)) return;
      if (match && match->surname == a.surname) return;  // one spelling, several entities
      match = &a;
      ++matches;
    });
    if (matches != 1) continue;
    const EntityData& be = *d.entity(b.entity);
    if (b.given.empty()) {
      // A lone surname with a title of its own ("President Reagan") is someone else.
      if (titled_entity.contains(b.entity)) continue;
      // A lone surname written more often than the full name's is a name of its own.
      if (count(b.surname) > count(match->surname)) continue;
    }
    report(*match, surname_of(be.name), b.first);
  }
  // 1b. One entity, two spellings: a mention that the knowledge base or the surname index
  //     joined to its person although it is spelt differently ("Volodymyr Zelenskyy" …
  //     "Zelensky added").
  for (const Person& p : people) {
    if (p.given.empty()) continue;
    const EntityData& ent = *d.entity(p.entity);
    for (std::size_t m = 1; m < ent.mentions.size(); ++m) {
      const Span& sp = ent.mentions[m];
      std::string_view text = d.src.substr(sp.start, sp.end - sp.start);
      std::string last = fold(surname_of(text));
      if (last == p.surname || !variant(p.surname, last)) continue;
      if (count(last) > count(p.surname)) continue;
      report(p, surname_of(text), sp);
      break;
    }
  }
  // 2. A capitalised word that no person mention took, one slip from a surname: "Shlutz is due
  //    in Moscow", "said Mulcahey", "Mr. Smyth", "Emary's stock".
  std::vector<std::string> reported;
  for (std::uint32_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (t.kind != Tk::word || !t.has(f_cap) || t.has(f_upper) || t.end - t.start < 4 || d.person_at[i]) continue;
    const std::string& w = folded_tok(d, i);
    if (w.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos) continue;
    if (non_name_word(w) || org_word(w) || honorific(w) || d.voc->jur_by_phrase.contains(w) ||
        d.voc->office_by_phrase.contains(w) || speech_verb(w))
      continue;
    if (!may_match(w)) continue;
    if (name_words.contains(w)) continue;
    // Inside a run of capitalised words it is part of another name ("Emery Air Freight", "Alex
    // Brown"), unless the word before is a title or an honorific ("Mr. Smyth").
    auto capword = [&](std::uint32_t k) {
      return toks[k].kind == Tk::word && (toks[k].has(f_cap) || toks[k].has(f_upper)) &&
             d.text.sent_of_tok[k] == d.text.sent_of_tok[i];
    };
    if (i + 1 < toks.size() && capword(i + 1)) continue;
    // A capitalised function word before it ("But Kernes' appointment") is no part of a name.
    if (i > 0 && capword(i - 1) && !non_name_word(folded_tok(d, i - 1))) {
      const std::string& pw = folded_tok(d, i - 1);
      auto it = d.voc->office_by_phrase.find(pw);
      // After a public office ("President Reagan") it is a titled name of its own.
      if (!honorific(pw) && (it == d.voc->office_by_phrase.end() || it->second.kb_office)) continue;
    }
    if (i > 1 && d.text.str(i - 1) == "." && capword(i - 2) && !honorific(folded_tok(d, i - 2))) continue;
    // "the Hamas": an organisation, not a person.
    if (i > 0 && toks[i - 1].kind == Tk::word && folded_tok(d, i - 1) == "the") continue;
    if (i + 1 < toks.size() && toks[i + 1].kind == Tk::word && org_word(folded_tok(d, i + 1))) continue;
    const Person* match = nullptr;
    int matches = 0;
    candidates(w, [&](const Person& p) {
      if (p.first.start >= t.start) return;
      if (match && match->surname == p.surname) return;
      match = &p;
      ++matches;
    });
    if (matches != 1) continue;
    // A word also written in lower case is a common word ("Brown", "Young", "Price").
    count_words();
    if (lower_seen.contains(w)) continue;
    // The rarer spelling is the slip: a word written as often as the surname is a name (or an
    // organisation) of its own.
    if (count(w) > count(match->surname)) continue;
    if (d.kb && d.kb->surname(w)) continue;  // a known public figure of that name
    if (std::find(reported.begin(), reported.end(), w) != reported.end()) continue;
    reported.push_back(w);
    report(*match, d.text.str(i), d.span(t.start, t.end));
  }
}

}  // namespace claimlint::detail
