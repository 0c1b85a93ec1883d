// People, their roles, and the entities they form (coreference by name).
#include <algorithm>
#include <array>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include "doc/doc.hpp"
#include "mentions/lexicon.hpp"
#include "mentions/match.hpp"

namespace claimlint::detail {
namespace {

bool speech_verb(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "wrote" || w == "added" || w == "noted" ||
         w == "stated" || w == "warned" || w == "explained" || w == "argued" || w == "insisted" || w == "tweeted";
}

// Particles written before a hyphen in a surname: "al-Sisi", "el-Erian", "bin-Laden", "ad-Din".
bool hyphen_particle(std::string_view p) {
  return p == "al" || p == "el" || p == "ad" || p == "ed" || p == "as" || p == "ash" || p == "at" || p == "az" ||
         p == "ar" || p == "an" || p == "bin" || p == "ibn" || p == "abu" || p == "bint" || p == "ben" || p == "d" ||
         p == "l" || p == "de" || p == "van" || p == "von";
}

// Last words of place names that may follow a title word: "Queen Street", "King's Road",
// "Prince Albert Bridge", "Victoria Square".
bool place_word(std::string_view w) {
  static const boost::unordered_flat_set<std::string_view> words = {
      "street", "road",    "avenue",  "square",  "lane",     "boulevard", "bridge",   "park",    "palace",
      "gardens", "place",  "way",     "drive",   "terrace",  "crescent",  "station",  "hospital", "stadium",
      "college", "school", "island",  "islands", "river",    "hall",      "theatre",  "theater", "airport",
      "highway", "bay",    "county"};
  return words.contains(w);
}

// Words of a title prefix that are neither an office nor a place: "Deputy", "Vice", "senior".
bool title_prefix_word(std::string_view w) {
  static const boost::unordered_flat_set<std::string_view> words = {
      "district", "federal",    "deputy", "lead",   "senior", "chief",    "vice",
      "assistant", "lieutenant", "shadow", "junior", "associate"};
  return words.contains(w);
}

// Abbreviated titles written with a full stop before a name: "Sen. Jake Garn", "Rep. Jim Wright".
bool title_abbrev(std::string_view w) { return w == "sen" || w == "rep"; }

struct PeopleFinder {
  PeopleFinder(Doc& doc) : d(doc), f(doc.f), toks(doc.text.toks) {}
  Doc& d;
  const Folded& f;
  const std::vector<Token>& toks;

  bool cap(std::uint32_t i) const {
    const Token& t = toks[i];
    return t.kind == Tk::word && (t.has(f_cap) || t.has(f_upper));
  }
  // A surname glued to a lower-case particle: "al-Sisi", "el-Erian", "bin-Salman", "ad-Din".
  bool particle_name(std::uint32_t i) const {
    const Token& t = toks[i];
    if (t.kind != Tk::word || t.has(f_cap) || t.end - t.start < 4) return false;
    const char c0 = d.src[t.start];
    if (c0 != 'a' && c0 != 'e' && c0 != 'b' && c0 != 'i' && c0 != 'd' && c0 != 'l' && c0 != 'v') return false;
    std::string_view s = d.text.str(i);
    auto dash = s.find('-');
    if (dash == std::string_view::npos || dash + 1 >= s.size() || s[dash + 1] < 'A' || s[dash + 1] > 'Z') return false;
    return hyphen_particle(s.substr(0, dash));
  }
  // A capitalised word with a lower-case part after a hyphen that is not a particle's:
  // "Cuban-backed", "U.S.-based", "American-registered".
  bool compound_adjective(std::uint32_t i) const {
    if (toks[i].kind != Tk::word || !toks[i].has(f_cap)) return false;
    std::string_view s = d.text.str(i);
    for (std::size_t k = 1; k + 1 < s.size(); ++k)
      if (s[k] == '-' && s[k + 1] >= 'a' && s[k + 1] <= 'z') return true;
    return false;
  }
  // A capitalised word, or a word of a name: "al-Sisi".
  bool name_cap(std::uint32_t i) const { return cap(i) || particle_name(i); }
  // A single capital letter: a middle or first initial ("Nicholas F. Brady", "C. Everett Koop").
  bool initial(std::uint32_t i) const {
    const Token& t = toks[i];
    return t.kind == Tk::word && t.end - t.start == 1 && t.has(f_upper);
  }
  // The name as written, with initials' full stops attached: "Nicholas F. Brady".
  std::string name_text(std::uint32_t tb, std::uint32_t te) const {
    std::string text;
    for (std::uint32_t i = tb; i < te; ++i) {
      if (d.text.str(i) == ".") { text += '.'; continue; }
      if (!text.empty()) text += ' ';
      text += d.text.str(i);
    }
    return text;
  }
  // The same name without its initials: "Nicholas Brady", for the knowledge base.
  std::string name_without_initials(std::uint32_t tb, std::uint32_t te) const {
    std::string text;
    for (std::uint32_t i = tb; i < te; ++i) {
      if (d.text.str(i) == "." || (initial(i) && i + 1 < te && d.text.str(i + 1) == ".")) continue;
      if (!text.empty()) text += ' ';
      text += d.text.str(i);
    }
    return text;
  }

  // Person entities by folded name and by surname (latest last), kept in step with d.entities.
  boost::unordered_flat_map<std::string, int> by_name;
  boost::unordered_flat_map<std::string, std::vector<int>> by_surname;

  void index_entity(int id) {
    const auto& ent = d.entities[static_cast<std::size_t>(id - 1)];
    by_name[fold(ent.name)] = id;
    std::string sk = surname_key(ent.name);
    auto add = [&](const std::string& k) {
      auto& v = by_surname[k];
      if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
    };
    add(sk);
    // "Abdul Fattah al-Sisi" is also "Sisi"; "Mohammed bin Salman" is also "bin Salman".
    if (auto dash = sk.find('-'); dash != std::string::npos && hyphen_particle(std::string_view(sk).substr(0, dash)))
      add(sk.substr(dash + 1));
  }

  // Whether the word at `at` appears elsewhere after a capitalised word that is not a title,
  // a place or an honorific: the text names its own person with that surname. The positions
  // are indexed once per text (first_named), so each look-up is constant.
  boost::unordered_flat_map<std::string_view, std::array<std::uint32_t, 4>> first_named;
  bool first_named_ready = false;
  void index_first_named() {
    first_named_ready = true;
    for (std::uint32_t i = 1; i < toks.size(); ++i) {
      if (!cap(i) || !cap(i - 1)) continue;
      if (d.text.sent_of_tok[i - 1] != d.text.sent_of_tok[i]) continue;
      if (honorific(f[i - 1]) || non_name_word(f[i - 1]) || qualifier_word(f[i - 1])) continue;
      auto& slots = first_named[std::string_view(f[i])];
      for (auto& x : slots)
        if (!x) { x = i; break; }
    }
  }
  // A position from the index still needs its word before checked: not a title, not a place,
  // not a name the knowledge base knows ("Joe Biden" gives Biden no first name of his own).
  bool names_own_person(std::uint32_t i) const {
    if (match_office(d, f, i - 1, i).info || match_jurisdiction(d, f, i - 1, i).info) return false;
    return !(d.kb && d.kb->person(std::string(d.text.str(i - 1)) + " " + std::string(d.text.str(i))));
  }
  bool own_first_name(std::uint32_t at) {
    if (!first_named_ready) index_first_named();
    auto it = first_named.find(std::string_view(f[at]));
    if (it == first_named.end()) return false;
    for (auto i : it->second)
      if (i && i != at && names_own_person(i)) return true;
    return false;
  }

  // Returns the entity for a name written [tb, te).
  int resolve(std::uint32_t tb, std::uint32_t te, char gender_hint) {
    std::string text = name_text(tb, te);
    std::string canonical = text;
    const std::vector<std::uint32_t>* kb = d.kb ? d.kb->person(text) : nullptr;
    if (!kb && d.kb && text.find('.') != std::string::npos) kb = d.kb->person(name_without_initials(tb, te));
    // "De Vries" alone is a surname too, like "Vries" would be.
    const bool single = te - tb == 1 || (name_particle(f[tb]) && te - tb <= 3);
    if (!kb && single) {
      // A surname alone: someone already in the text first, else a unique KB surname.
      std::string sk = surname_key(text);
      if (auto it = by_surname.find(sk); it != by_surname.end() && !it->second.empty()) return it->second.back();
      // … unless the text gives this surname its own first name somewhere ("Ruud Kornelius").
      if (d.kb && !own_first_name(tb))
        if (const auto* names = d.kb->surname(sk); names && names->size() == 1) kb = d.kb->person((*names)[0]);
    }
    if (kb && !kb->empty()) canonical = d.kb->tenures[kb->front()].person;
    std::string key = fold(canonical);
    if (auto it = by_name.find(key); it != by_name.end()) return it->second;
    if (!single) {
      // A full name that completes a surname seen earlier alone.
      if (auto it = by_name.find(surname_key(canonical)); it != by_name.end()) {
        int id = it->second;
        auto& ent = d.entities[static_cast<std::size_t>(id - 1)];
        if (ent.name.find(' ') == std::string::npos) {
          ent.name = canonical;
          if (kb) ent.kb = *kb;
          index_entity(id);
          return id;
        }
      }
    }
    EntityData ent;
    ent.kind = EntityKind::person;
    ent.name = canonical;
    if (kb) {
      ent.kb = *kb;
      for (auto ti : *kb)
        if (d.kb->tenures[ti].gender) ent.gender = d.kb->tenures[ti].gender;
    }
    if (!ent.gender && !single) ent.gender = given_name_gender(f[tb]);
    if (!ent.gender && (gender_hint == 'm' || gender_hint == 'f')) ent.gender = gender_hint;
    d.entities.push_back(std::move(ent));
    int id = static_cast<int>(d.entities.size());
    index_entity(id);
    return id;
  }

  void add_mention(std::uint32_t tb, std::uint32_t te, int entity) {
    d.persons.push_back(PersonMention{tb, te, entity});
    auto& ent = d.entities[static_cast<std::size_t>(entity - 1)];
    ent.mentions.push_back(d.tok_span(tb, te));
    ent.first_tok.push_back(tb);
  }

  // Extends a title prefix to the left over "the", qualifiers and possessive owners.
  std::uint32_t extend_role_left(std::uint32_t rb, std::uint32_t sent_b) {
    while (rb > sent_b) {
      std::uint32_t p = rb - 1;
      const Token& t = toks[p];
      if (t.kind == Tk::word && (qualifier_word(f[p]) || f[p] == "the")) { rb = p; continue; }
      if (t.kind == Tk::possessive && p > sent_b && toks[p - 1].kind == Tk::word) {
        rb = p - 1;
        // "the UK’s", "Ukraine’s": include a determiner before the owner.
        continue;
      }
      // An owner in capitals: "Kremlin", "U.S.", "White House".
      bool owner = false;
      for (std::uint32_t k = 1; k <= 3 && !owner && rb >= sent_b + k; ++k)
        if (cap(rb - k) && match_jurisdiction(d, f, rb - k, rb).len == k) { rb -= k; owner = true; }
      if (owner) continue;
      break;
    }
    return rb;
  }

  void add_role(std::uint32_t rb, std::uint32_t re, int entity, bool past) {
    Role r;
    if (rb >= re || !parse_role(d, f, rb, re, r)) return;
    if (past) r.qualifiers.push_back("past");
    d.roles.push_back(RoleMention{rb, re, std::move(r), entity, past});
  }

  // A capitalised run [a, r) in a sentence starting at sent_b.
  void run(std::uint32_t a, std::uint32_t r, std::uint32_t sent_b, std::uint32_t sent_e, bool surnames_only) {
    // Skip leading words that are never names ("The", "Meanwhile"), but not the start of a
    // place ("South Korean President …").
    while (a < r && non_name_word(f[a]) && !honorific(f[a]) && !match_jurisdiction(d, f, a, r).info) ++a;
    // Nor compound adjectives: "Cuban-backed Angolan troops", "American-registered Kuwaiti tanker".
    while (a < r && compound_adjective(a)) ++a;
    if (a >= r) return;
    std::uint32_t name_b = a;
    std::uint32_t role_end = a;
    char hint = 0;
    bool title = false;
    // Peel the title prefix: jurisdictions, offices, qualifiers, honorifics.
    for (std::uint32_t i = a; i < r;) {
      if (auto om = match_office(d, f, i, r); om.info) {
        i += om.len;
        role_end = i;
        if (i < r && d.text.str(i) == "." && title_abbrev(f[i - 1])) ++i;  // "Sen. Garn"
        name_b = i;
        title = true;
        continue;
      }
      if (auto jm = match_jurisdiction(d, f, i, r); jm.info) { i += jm.len; name_b = i; continue; }
      if (f[i] == "of" && title && i + 1 < r) {
        // "President of France Emmanuel Macron", "Chancellor of the Exchequer …"
        std::uint32_t k = i + 1;
        if (f[k] == "the" && k + 1 < r) ++k;
        if (auto jm = match_jurisdiction(d, f, k, r); jm.info) { i = k + jm.len; name_b = i; continue; }
      }
      if (char h = honorific(f[i])) {
        hint = h;
        ++i;
        if (i < r && d.text.str(i) == ".") ++i;
        name_b = i;
        title = true;
        continue;
      }
      if (qualifier_word(f[i]) || title_prefix_word(f[i])) {
        ++i;
        continue;
      }
      break;
    }
    if (!title && r - a >= 3) {
      // An owner before the title: "Springfield Mayor Tom Brekke", "Veltra Chief Executive
      // Ruud Kornelius". The last office phrase inside the run ends the role.
      for (std::uint32_t i = a + 1; i + 1 < r; ++i) {
        auto om = match_office(d, f, i, r);
        if (!om.info || i + om.len >= r) continue;
        std::uint32_t e = i + om.len;
        std::uint32_t words_after = 0;
        for (std::uint32_t k = e; k < r; ++k) words_after += d.text.str(k) != ".";
        if (words_after > 3) continue;
        role_end = name_b = e;
        title = true;
        i = e - 1;
      }
    }
    if (name_b >= r) return;
    if (role_end == a) {
      // A title in lower case or glued to a qualifier just before the run: "Kremlin spokesman
      // Ivan Orlov", "then-President Omar Kell", "the bank's chief economist Ana Ruiz".
      for (std::uint32_t st = a > sent_b + 6 ? a - 6 : sent_b; st < a; ++st) {
        if (toks[st].kind != Tk::word) continue;
        auto om = match_office(d, f, st, a);
        if (om.info && st + om.len == a) {
          bool words = true;
          for (std::uint32_t k = st; k < a; ++k) words &= toks[k].kind == Tk::word;
          if (!words) continue;
          a = st;
          role_end = a + om.len;
          title = true;
          // Pull in a capitalised owner right before it ("Kremlin", "U.S.").
          break;
        }
      }
      if (title) role_end = name_b;
    }
    std::uint32_t n = r - name_b;
    // Not a person: organisations, places, acronyms.
    if (org_word(f[r - 1])) return;
    if (match_jurisdiction(d, f, name_b, r).len == n) return;
    for (std::uint32_t i = name_b; i < r; ++i)
      if (toks[i].has(f_upper) && d.text.str(i).size() > 1 && !name_particle(f[i])) return;
    std::uint32_t n_words = 0;
    for (std::uint32_t i = name_b; i < r; ++i) n_words += d.text.str(i) != ".";
    if (n_words > 4) return;
    n = n_words;
    // A street, a square or a building is no person: "Queen Street", "King Charles Street".
    if (place_word(f[r - 1])) return;
    std::string full = name_text(name_b, r);
    bool kb_known = d.kb && (d.kb->person(full) || (full.find('.') != std::string::npos &&
                                                    d.kb->person(name_without_initials(name_b, r))));
    bool person = false;
    if (n == 1) {
      std::string sk = fold(full);
      bool known_surname = by_surname.contains(sk);
      if (!known_surname && d.kb)
        if (const auto* names = d.kb->surname(sk); names && names->size() == 1) known_surname = true;
      person = known_surname || (title && !surnames_only) || kb_known;
      if (surnames_only && !known_surname) person = false;
    } else if (!surnames_only) {
      person = kb_known || title || given_name_gender(f[name_b]) != 0;
      if (!person) {
        // "Ana Reis, the tenants’ lawyer" / "Ola Berg, who …" / "X, 54,"
        if (r < sent_e && d.text.str(r) == "," && r + 1 < sent_e) {
          const std::string& nx = f[r + 1];
          if (nx == "who" || nx == "the" || nx == "a" || nx == "an" || toks[r + 1].kind == Tk::number) person = true;
        }
        if (r < sent_e && toks[r].kind == Tk::word && speech_verb(f[r])) person = true;
        // In apposition after a role: "the fire service’s spokeswoman, Monika Zawadzka, said",
        // "the singer's agent, Tom Hale, wrote".
        if (name_b == a && a > sent_b + 1 && d.text.str(a - 1) == "," && n <= 3 && r < sent_e &&
            d.text.str(r) == "," && toks[a - 2].kind == Tk::word && !toks[a - 2].has(f_cap)) {
          bool role_before = match_office(d, f, a - 2, a - 1).info != nullptr;
          bool cue_after = r + 1 < sent_e && speech_verb(f[r + 1]);
          for (std::uint32_t k = r + 1; !cue_after && k < sent_e && k < r + 16; ++k)
            if (d.text.str(k) == "," && k + 1 < sent_e && speech_verb(f[k + 1])) cue_after = true;
          if (role_before || cue_after) person = true;
        }
        if (name_b > sent_b && (f[name_b - 1] == "said" || f[name_b - 1] == "says")) person = true;
      }
    }
    if (!person && !surnames_only && n >= 2 && n <= 3 && !match_jurisdiction(d, f, r - 1, r).info &&
        !match_jurisdiction(d, f, name_b, name_b + 1).info && recurs_alone(f[r - 1], name_b))
      person = true;
    if (!person) return;
    int ent = resolve(name_b, r, hint);
    add_mention(name_b, r, ent);
    if (role_end > a) {
      std::uint32_t rb = extend_role_left(a, sent_b);
      add_role(rb, role_end, ent, false);
    }
    appositives(name_b, r, sent_b, sent_e, ent);
  }

  // The last word of a name stands alone elsewhere in the text ("Lena Fischer" … "Fischer
  // said"): strong evidence of a person's surname. Organisations repeat their first word.
  // Positions of capitalised words standing alone (no capitalised neighbour in the sentence).
  boost::unordered_flat_map<std::string_view, std::vector<std::uint32_t>> alone;
  void index_alone() {
    for (std::uint32_t i = 0; i < toks.size(); ++i) {
      if (!cap(i)) continue;
      bool before = i > 0 && cap(i - 1) && d.text.sent_of_tok[i - 1] == d.text.sent_of_tok[i];
      bool after = i + 1 < toks.size() && cap(i + 1) && d.text.sent_of_tok[i + 1] == d.text.sent_of_tok[i];
      if (!before && !after) {
        auto& v = alone[std::string_view(f[i])];
        if (v.size() < 4) v.push_back(i);
      }
    }
  }
  bool recurs_alone(const std::string& last, std::uint32_t not_at) const {
    if (last.size() < 3 || org_word(last) || non_name_word(last)) return false;
    auto it = alone.find(std::string_view(last));
    if (it == alone.end()) return false;
    for (auto i : it->second)
      if (i + 4 <= not_at || i >= not_at + 4) return true;
    return false;
  }

  bool boundary(std::uint32_t i) const {
    const Token& t = toks[i];
    if (t.kind == Tk::open_quote || t.kind == Tk::close_quote || t.kind == Tk::dash) return true;
    if (t.kind == Tk::punct) {
      auto s = d.text.str(t);
      return s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == ".";
    }
    if (t.kind == Tk::word) {
      const std::string& w = f[i];
      return w == "and" || w == "said" || w == "says" || w == "that" || w == "with" || w == "as" || w == "by" ||
             w == "while" || w == "when" || w == "but" || w == "is" || w == "was";
    }
    return false;
  }

  // Whether [b, e) holds an office phrase followed by a capitalised name ("US President Joe
  // Biden"): the phrase then belongs to that name.
  bool titled_name_inside(std::uint32_t b, std::uint32_t e) const {
    for (std::uint32_t k = b; k < e; ++k) {
      auto om = match_office(d, f, k, e);
      if (!om.info) continue;
      std::uint32_t n = k + om.len;
      if (n < e && name_cap(n) && !match_office(d, f, n, e).info && !match_jurisdiction(d, f, n, e).info &&
          !non_name_word(f[n]) && !org_word(f[n])) {
        // "President Reagan's chief of staff" is a role of its own, owned by the name.
        std::uint32_t m = n;
        while (m < e && name_cap(m)) ++m;
        if (m < toks.size() && toks[m].kind == Tk::possessive) { k = m; continue; }
        return true;
      }
      k = n - 1;
    }
    return false;
  }

  void appositives(std::uint32_t nb, std::uint32_t ne, std::uint32_t sb, std::uint32_t se, int ent) {
    // Role before: "the head of the UK’s intelligence agency, NAME,"
    if (nb >= sb + 2 && d.text.str(nb - 1) == "," && (ne >= se || d.text.str(ne) == "," || d.text.str(ne) == ")" ||
                                                       toks[ne].kind == Tk::word)) {
      std::uint32_t e = nb - 1;
      std::uint32_t b = e;
      while (b > sb && !boundary(b - 1) && e - b < 12) --b;
      if (b < e && !titled_name_inside(b, e)) {
        Role r;
        if (parse_role(d, f, b, e, r)) {
          // The phrase must end in its head: an office or an organ ("agency"), not a name.
          // … unless it names its place: "The mayor of Springfield, Linda Haverford,".
          const Token& last = toks[e - 1];
          bool of_place = false;
          for (std::uint32_t k = b; k + 1 < e; ++k) of_place |= f[k] == "of" && toks[k + 1].has(f_cap);
          if (of_place || !(last.kind == Tk::word && last.has(f_cap) && !match_office(d, f, e - 1, e).info))
            add_role(b, e, ent, false);
        }
      }
    }
    // Role after: "NAME, the drivers’ lead attorney," / "NAME, deputy to the NATO secretary general,"
    if (ne + 1 < se && d.text.str(ne) == ",") {
      std::uint32_t b = ne + 1;
      bool past = false;
      const std::string& w0 = f[b];
      if (w0 == "who") {
        // Only past frames give a role here: "who served as", "who was", "who had been".
        if (b + 2 < se && (f[b + 1] == "served" || f[b + 1] == "was" || (f[b + 1] == "had" && f[b + 2] == "been"))) {
          past = true;
          b += f[b + 1] == "had" ? 3 : 2;
          if (b < se && f[b] == "as") ++b;
        } else {
          return;
        }
      }
      if (toks[b].kind == Tk::number) return;
      std::uint32_t e = b;
      while (e < se && !boundary(e) && e - b < 12) ++e;
      // A list, not an apposition: "Mr Sunak, US President Joe Biden, French President …" — the
      // phrase after the comma is a title with a name of its own.
      if (titled_name_inside(b, e)) return;
      // "deputy to the NATO secretary general": "to" is not a boundary, but "said" is.
      if (e > b) add_role(b, e, ent, past);
    }
  }

  std::vector<char> taken;  // tokens of the first pass's person mentions
  void scan(bool surnames_only) {
    if (surnames_only) {
      taken.assign(toks.size(), 0);
      for (const auto& pm : d.persons)
        for (std::uint32_t k = pm.tb; k < pm.te; ++k) taken[k] = 1;
    }
    for (const auto& s : d.text.sents) {
      std::uint32_t k = s.tok_begin;
      while (k < s.tok_end) {
        if (!name_cap(k)) { ++k; continue; }
        std::uint32_t r = k + 1;
        while (r < s.tok_end) {
          if (name_cap(r)) { ++r; continue; }
          // An initial and its full stop inside a name: "Nicholas F. Brady", "C. Everett Koop".
          if (d.text.str(r) == "." && initial(r - 1) && r + 1 < s.tok_end && cap(r + 1)) { ++r; continue; }
          if (toks[r].kind == Tk::word && name_particle(f[r])) {
            // "von der Leyen", "de la Cruz": particles between capitalised words.
            std::uint32_t q = r;
            while (q < s.tok_end && toks[q].kind == Tk::word && name_particle(f[q]) && q - r < 3) ++q;
            if (q > r && q < s.tok_end && cap(q)) { r = q + 1; continue; }
          }
          if (d.text.str(r) == "." && r > k && (honorific(f[r - 1]) || title_abbrev(f[r - 1])) && r + 1 < s.tok_end &&
              cap(r + 1)) {
            ++r;
            continue;
          }
          // "Secretary of State Scott Bessent", "Minister of the Interior …": "of" after an office.
          if (toks[r].kind == Tk::word && f[r] == "of" && r + 1 < s.tok_end &&
              (cap(r + 1) || (f[r + 1] == "the" && r + 2 < s.tok_end && cap(r + 2)))) {
            bool after_office = false;
            for (std::uint32_t b = r > k + 3 ? r - 3 : k; b < r && !after_office; ++b)
              if (auto om = match_office(d, f, b, r); om.info && b + om.len == r) after_office = true;
            if (after_office) { r += f[r + 1] == "the" ? 2 : 1; continue; }
          }
          break;
        }
        // In the second pass only lone capitalised words not yet taken.
        if (!surnames_only || (r - k == 1 && !taken[k])) run(k, r, s.tok_begin, s.tok_end, surnames_only);
        k = r;
      }
    }
  }
};

}  // namespace

void find_people_and_roles(Doc& d) {
  PeopleFinder pf(d);
  pf.index_alone();
  pf.scan(false);
  pf.scan(true);
  std::sort(d.persons.begin(), d.persons.end(), [](const auto& a, const auto& b) { return a.tb < b.tb; });
  d.person_at.assign(d.text.toks.size(), 0);
  for (std::uint32_t m = 0; m < d.persons.size(); ++m)
    for (std::uint32_t k = d.persons[m].tb; k < d.persons[m].te; ++k) d.person_at[k] = m + 1;
  // Sort each entity's mentions by position.
  for (auto& e : d.entities) {
    std::vector<std::size_t> idx(e.mentions.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::sort(idx.begin(), idx.end(), [&](auto a, auto b) { return e.mentions[a].start < e.mentions[b].start; });
    std::vector<Span> m;
    std::vector<std::uint32_t> ft;
    for (auto i : idx) { m.push_back(e.mentions[i]); ft.push_back(e.first_tok[i]); }
    e.mentions = std::move(m);
    e.first_tok = std::move(ft);
  }
}

}  // namespace claimlint::detail
