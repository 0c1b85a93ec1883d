// role.conflict: within one text, one person given incompatible roles ("Finance Minister" and
// later "Health Minister"; the plaintiffs' attorney and the defendant's general counsel), or one
// single-holder office given to two people (two mayors of one town). Several roles at once,
// "former" against current, a role and its deputy, and plural offices are compatible.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"
#include "checks/role_rules.hpp"
#include "mentions/lexicon.hpp"
#include "mentions/match.hpp"

namespace claimlint::detail {
namespace {

// Cabinet portfolios, as bit masks of policy domains: two portfolios conflict when their
// domains do not overlap ("finance" and "economy" are often one ministry, "health" and
// "defence" never).
enum : unsigned {
  kFin = 1, kTrade = 2, kEnergy = 4, kEnv = 8, kHome = 16, kJustice = 32, kDefence = 64, kForeign = 128,
  kHealth = 256, kSocial = 512, kEdu = 1024, kCulture = 2048, kAgri = 4096, kTransport = 8192
};
struct Portfolio {
  std::string_view office;
  unsigned domains;
};
constexpr std::array<Portfolio, 18> kPortfolios = {{
    {"trade_representative", kTrade},
    {"finance_minister", kFin},
    {"economy_minister", kFin | kTrade},
    {"trade_minister", kTrade | kForeign},
    {"industry_minister", kTrade | kEnergy},
    {"commerce_minister", kTrade},
    {"energy_minister", kEnergy | kEnv},
    {"environment_minister", kEnv | kEnergy | kAgri},
    {"interior_minister", kHome | kJustice},
    {"justice_minister", kJustice | kHome},
    {"defence_minister", kDefence},
    {"foreign_minister", kForeign | kTrade},
    {"health_minister", kHealth | kSocial},
    {"labour_minister", kSocial},
    {"education_minister", kEdu | kCulture},
    {"culture_minister", kCulture | kEdu},
    {"agriculture_minister", kAgri | kEnv},
    {"transport_minister", kTransport | kEnergy},
}};

unsigned portfolio(std::string_view office) {
  for (const auto& p : kPortfolios)
    if (p.office == office) return p.domains;
  return 0;
}

bool head_office(std::string_view o) {
  return o == "president" || o == "prime_minister" || o == "chancellor" || o == "monarch" || o == "supreme_leader";
}
bool exec_office(std::string_view o) {
  return o == "ceo" || o == "cfo" || o == "coo" || o == "cto" || o == "general_counsel";
}
bool org_office(std::string_view o) {
  return o == "ceo" || o == "cfo" || o == "coo" || o == "cto" || o == "general_counsel" || o == "coach";
}
// Members of the US Congress: a senator is no representative, and neither sits in the cabinet.
bool legislator(std::string_view o) { return o == "senator" || o == "representative"; }
// Offices that have a deputy, vice or assistant office of their own ("Deputy Mayor", "Vice
// Chairman", "Assistant Coach", "Lieutenant Governor"): one person is not both.
bool has_deputy_office(std::string_view o) {
  return o == "president" || o == "prime_minister" || o == "chancellor" || o == "chair" || o == "mayor" ||
         o == "governor" || o == "coach" || o == "manager" || o == "captain" || o == "ceo" || o == "cfo" ||
         o == "coo" || o == "general_counsel" || o == "secretary_general" || o == "director_general" ||
         o == "managing_director" || o == "police_chief" || o == "fire_chief" || o == "sheriff" ||
         o == "superintendent" || o == "chief_justice" || o == "prosecutor" || o == "trade_representative" ||
         o == "treasurer" || portfolio(o) != 0;
}
bool deputy_word(std::string_view w) {
  return w == "deputy" || w == "vice" || w == "assistant" || w == "associate" || w == "lieutenant" || w == "under" ||
         w == "junior" || w.starts_with("vice-") || w.starts_with("deputy-");
}
bool legal_office(std::string_view o) {
  return o == "attorney" || o == "lawyer" || o == "counsel" || o == "general_counsel";
}
// Offices a company or organisation named as owner ("Acme’s chief executive") has one of.
bool owned_single_office(std::string_view o) {
  return o == "president" || o == "ceo" || o == "cfo" || o == "chair" || o == "general_counsel" ||
         o == "managing_director" || o == "secretary_general" || o == "director_general";
}
// Offices of a town or county: a story about one place has one of each.
bool local_office(std::string_view o) { return o == "mayor" || o == "police_chief" || o == "fire_chief" || o == "sheriff"; }

// Words inside a role phrase that make it a different or a dated office.
bool modifier_word(std::string_view w) {
  static const WordSet words(
      "deputy vice assistant associate lieutenant acting interim former ex then shadow junior co honorary emeritus "
      "retired candidate would-be designate elect outgoing incoming late caretaker future next previous "
      "prospective nominee nominated first second new ex- past onetime one-time longtime sometime under "
      "undersecretary permanent parliamentary minority majority regional provincial senior top principal his her "
      "their its our your my ceremonial presumptive possible potential");
  return words.contains(w) || w.starts_with("ex-") || w.starts_with("then-") || w.ends_with("-elect") ||
         w.starts_with("co-") || w.starts_with("vice-") || w.starts_with("deputy-");
}

struct RoleView {
  const RoleMention* rm;
  std::uint32_t line;
  bool inert;          // dated, deputy, plural, past: never compared
  bool modified;       // a modifier that changes which office it is ("deputy", "vice", "new")
  std::string place;   // capitalised words around the office: the place or the owner ("springfield",
                       // "acme"), folded
  std::string owner;   // "@Acme" owner, folded, or empty
  bool owner_cap = false;
  bool explicit_jur = false;  // the country is written in the phrase, not implied by it
  bool owned = false;         // a possessive owner in the phrase ("the party’s president")
  bool deputy = false;        // a deputy's title: "Deputy Mayor", "Vice Chairman", "Vice President"
  bool defence = false;       // a lawyer for the defence: "defence lawyer", "defense attorney"
  bool other_modified = false;  // modified by something else than a deputy word ("senior", "new")
  std::string_view base;      // the office a deputy stands in for ("president" for "vice_president")
};

bool plural_head(const Doc& d, const RoleMention& rm) {
  const std::string& w = folded_tok(d, rm.te - 1);
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && w != "chancellors'";
}

RoleView view(const Doc& d, const RoleMention& rm) {
  RoleView v{&rm, line_at(d, d.text.toks[rm.tb].start), false, false, {}, {}, false, false, false, false, false, false, {}};
  const Role& r = rm.role;
  bool dated = false;
  for (const auto& q : r.qualifiers) dated |= q != "deputy";  // "shadow", "former", "acting" …
  v.inert = rm.past || dated || !r.of_office.empty() || plural_head(d, rm);
  // A phrase that opens with a preposition or a conjunction is no title: "for the job of prime
  // minister", "or the party’s president".
  if (d.text.toks[rm.tb].kind == Tk::word) {
    const std::string& w0 = folded_tok(d, rm.tb);
    if (w0 == "for" || w0 == "or" || w0 == "and" || w0 == "to" || w0 == "as" || w0 == "of" || w0 == "after" ||
        w0 == "before" || w0 == "with" || w0 == "from" || w0 == "by" || w0 == "in" || w0 == "on")
      v.inert = true;
  }
  for (std::uint32_t i = rm.tb; i < rm.te;) {
    const Token& t = d.text.toks[i];
    if (t.kind == Tk::possessive) v.owned = true;
    if (t.kind != Tk::word) { ++i; continue; }
    const std::string& w = folded_tok(d, i);
    if (w == "former" || w == "then" || w.starts_with("ex-") || w.starts_with("then-") || w.ends_with("-elect") ||
        w == "acting" || w == "interim" || w == "designate" || w == "elect")
      v.inert = true;
    if (modifier_word(w)) v.modified = true;
    if (modifier_word(w) && !deputy_word(w)) v.other_modified = true;
    if (deputy_word(w)) v.deputy = true;
    // The office phrase itself is not part of the place or owner.
    if (auto om = match_office(d, d.f, i, rm.te); om.info) {
      for (std::uint32_t k = i; k < i + om.len; ++k) {
        const std::string& wk = folded_tok(d, k);
        v.modified |= modifier_word(wk);
        if (modifier_word(wk) && !deputy_word(wk)) v.other_modified = true;
      }
      i += om.len;
      continue;
    }
    // Capitalised words name the place or the owner: "Springfield", "Acme" (in "Acme’s chief
    // executive", "chief executive of Acme", "Acme chief executive").
    if ((t.has(f_cap) || t.has(f_upper)) && w != "the" && !modifier_word(w) && !deputy_word(w)) {
      if (!v.place.empty()) v.place += ' ';
      v.place += w;
    }
    ++i;
  }
  const auto& toks = d.text.toks;
  // The owner or place may stand just outside the phrase: "Acme chief executive John Doe",
  // "Mayor Tom Brekke of Springfield".
  if (rm.tb > 0) {
    // The whole capitalised name before the title: "USX Corp", "American Chamber of Commerce".
    std::uint32_t b = rm.tb;
    while (b > 0 && rm.tb - b < 6) {
      const std::uint32_t p = b - 1;
      const Token& t = toks[p];
      if (t.kind != Tk::word || d.person_at[p] != 0) break;
      const std::string& w = folded_tok(d, p);
      if (t.has(f_cap) || t.has(f_upper)) {
        if (non_name_word(w) || match_office(d, d.f, p, rm.tb).info) break;
        b = p;
        continue;
      }
      if ((w == "of" || w == "and") && p > 0 && toks[p - 1].kind == Tk::word && toks[p - 1].has(f_cap)) {
        b = p;
        continue;
      }
      break;
    }
    std::string owner;
    for (std::uint32_t k = b; k < rm.tb; ++k) {
      if (!owner.empty()) owner += ' ';
      owner += folded_tok(d, k);
    }
    if (!owner.empty()) v.place = v.place.empty() ? owner : owner + " " + v.place;
  }
  if (rm.te < d.person_at.size() && d.person_at[rm.te]) {
    const PersonMention& pm = d.persons[d.person_at[rm.te] - 1];
    std::uint32_t k = pm.te;
    if (pm.entity == rm.entity && k + 1 < toks.size() && toks[k].kind == Tk::word && folded_tok(d, k) == "of") {
      for (++k; k < toks.size() && toks[k].kind == Tk::word && (toks[k].has(f_cap) || toks[k].has(f_upper)); ++k) {
        if (!v.place.empty()) v.place += ' ';
        v.place += folded_tok(d, k);
      }
    }
  }
  // A title that runs into someone else's name belongs to that name: in "…, Treasury Secretary
  // James Baker, Finance Minister Gerhard Stoltenberg" the second title is not Baker's.
  if (rm.te < toks.size() && toks[rm.te].kind == Tk::word && (toks[rm.te].has(f_cap) || toks[rm.te].has(f_upper))) {
    const std::uint32_t m = rm.te < d.person_at.size() ? d.person_at[rm.te] : 0;
    if (!m || d.persons[m - 1].entity != rm.entity) v.inert = true;
  }
  // A phrase that swallowed a name ("Industry Minister Alain Madelin") is someone else's title.
  for (std::uint32_t i = rm.tb; i < rm.te && i < d.person_at.size(); ++i)
    if (d.person_at[i]) v.inert = true;
  // Modifiers just before the phrase: "former deputy Treasury Secretary", "Assistant Treasury Secretary".
  for (std::uint32_t k = 1; k <= 2 && k <= rm.tb; ++k) {
    const Token& t = toks[rm.tb - k];
    if (t.kind != Tk::word) break;
    const std::string& w = folded_tok(d, rm.tb - k);
    if (w == "co" && t.has(f_cap)) break;  // "Acme Co chairman": the company, not a co-chair
    if (modifier_word(w)) v.modified = true;
    if (modifier_word(w) && !deputy_word(w)) v.other_modified = true;
    if (deputy_word(w)) v.deputy = true;
    if (w == "former" || w.starts_with("ex-") || w == "then" || w == "acting" || w == "interim") v.inert = true;
  }
  for (const auto& q : r.qualifiers) v.deputy |= q == "deputy";
  // "Defence lawyer Maria Lentz", "the defense attorney": the word may stand just before the
  // phrase the mention finder kept.
  for (std::uint32_t k = rm.tb >= 2 ? rm.tb - 2 : 0; k < rm.te; ++k) {
    if (toks[k].kind != Tk::word) continue;
    const std::string& w = folded_tok(d, k);
    v.defence |= w == "defence" || w == "defense" || w == "defending";
  }
  v.base = r.office;
  if (r.office == "vice_president") {
    v.deputy = true;
    v.base = "president";
  }
  // Whether the phrase names its country ("U.S. Treasury Secretary") or only implies it.
  if (!r.jurisdiction.empty() && r.jurisdiction.front() != '@') {
    for (std::uint32_t i = rm.tb; i < rm.te && !v.explicit_jur; ++i) {
      if (toks[i].kind != Tk::word) continue;
      std::string key = folded_tok(d, i);
      for (std::uint32_t k = i + 1; k <= rm.te && k <= i + 4; ++k) {
        auto it = d.voc->jur_by_phrase.find(key);
        if (it != d.voc->jur_by_phrase.end() && d.voc->jurisdictions[it->second].code == r.jurisdiction) {
          v.explicit_jur = true;
          break;
        }
        if (k == rm.te || toks[k].kind != Tk::word) break;
        key += ' ';
        key += folded_tok(d, k);
      }
    }
  }
  if (!r.jurisdiction.empty() && r.jurisdiction.front() == '@') {
    std::string_view o(r.jurisdiction);
    o.remove_prefix(1);
    v.owner = fold(o);
    v.owner_cap = !o.empty() && o.front() >= 'A' && o.front() <= 'Z';
  }
  return v;
}

bool country(const Doc& d, const std::string& code) {
  if (code.empty() || code.front() == '@') return false;
  const auto* j = d.voc->jurisdiction(code);
  return j && !j->organisation;
}

// An owner that may name the same party as a proper name does ("the company", "the club"), or
// only the legal form of one ("Corp", "Inc").
bool generic_owner(std::string_view o) {
  bool all_forms = !o.empty();
  for (std::size_t b = 0; b < o.size();) {
    std::size_t e = o.find(' ', b);
    if (e == std::string_view::npos) e = o.size();
    std::string_view w = o.substr(b, e - b);
    all_forms &= org_word(w) || w == "of" || w == "and" || w == "the";
    b = e + 1;
  }
  if (all_forms) return true;
  return organisation_head(o) || o == "city" || o == "town" || o == "state" || o == "county" || o == "club" ||
         o == "team" || o == "firm" || o == "group" || o == "company" || o == "bank" || o == "client" ||
         o == "clients" || o == "side" || o == "party" || o == "union" || o == "board";
}

std::string title(const Role& r) { return curly(r.text); }

bool looks_like_name(std::string_view n) { return !n.empty() && n.front() >= 'A' && n.front() <= 'Z'; }

bool similar_names(std::string_view a, std::string_view b) {
  std::string sa = fold(surname_of(a)), sb = fold(surname_of(b));
  return sa == sb || (std::min(sa.size(), sb.size()) >= 5 && edit_distance(sa, sb, 1) <= 1);
}

// Same person: two roles that cannot both hold at once. Returns a reason, or empty.
std::string incompatible(const Doc& d, const RoleView& a, const RoleView& b) {
  const Role& ra = a.rm->role;
  const Role& rb = b.rm->role;
  if (a.inert || b.inert) return {};
  if (fold(ra.text) == fold(rb.text) && a.place == b.place) return {};
  // A title and its own deputy: "Mayor X" … "Deputy Mayor X", "Chairman X" … "Vice Chairman
  // X", "President X" … "Vice President X", "Coach X" … "Assistant Coach X".
  if (a.deputy != b.deputy && a.base == b.base && has_deputy_office(a.base) && !a.other_modified &&
      !b.other_modified && (a.place == b.place || a.place.empty() || b.place.empty()) && (ra.jurisdiction == rb.jurisdiction ||
                                                  ra.jurisdiction.empty() || rb.jurisdiction.empty()))
    return "deputy";
  const unsigned pa = portfolio(ra.office), pb = portfolio(rb.office);
  const bool ca = country(d, ra.jurisdiction) && a.explicit_jur, cb = country(d, rb.jurisdiction) && b.explicit_jur;
  if (!a.modified && !b.modified) {
    // A senator is not a representative; a member of Congress is not in the US cabinet.
    auto cabinet = [](const Role& r) { return portfolio(r.office) != 0 && r.jurisdiction == "US"; };
    if (legislator(ra.office) && legislator(rb.office) && ra.office != rb.office) return "congress";
    if ((legislator(ra.office) && cabinet(rb)) || (legislator(rb.office) && cabinet(ra))) return "congress";
  }
  if (pa && pb && !a.modified && !b.modified) {
    // Portfolios of unrelated domains; in the US cabinet ("Secretary of State", "Commerce
    // Secretary") every department is its own.
    const bool us = ra.jurisdiction == "US" || rb.jurisdiction == "US";
    if (ra.office != rb.office && ((pa & pb) == 0 || us) &&
        (ra.jurisdiction.empty() || rb.jurisdiction.empty() || ra.jurisdiction == rb.jurisdiction))
      return "portfolio";
    if (ra.office == rb.office && ca && cb && ra.jurisdiction != rb.jurisdiction) return "country";
  }
  if (head_office(ra.office) && head_office(rb.office) && !a.modified && !b.modified) {
    // "President X" and "Prime Minister X" of one country, named or not.
    if (ra.office != rb.office && ((ca && cb && ra.jurisdiction == rb.jurisdiction) ||
                                   (ra.jurisdiction.empty() && rb.jurisdiction.empty() && a.place.empty() &&
                                    b.place.empty() && !a.owned && !b.owned)))
      return "head";
    if (ra.office == rb.office && ca && cb && ra.jurisdiction != rb.jurisdiction) return "country";
  }
  if (legal_office(ra.office) && legal_office(rb.office) && !a.owner.empty() && !b.owner.empty() &&
      a.owner != b.owner && (a.owner_cap || b.owner_cap) && !generic_owner(a.owner) && !generic_owner(b.owner) &&
      a.owner.find(b.owner) == std::string::npos && b.owner.find(a.owner) == std::string::npos)
    return "sides";
  // A judge is no party's lawyer; a prosecutor is not the defence's.
  auto bench = [](const Role& x, const Role& y) {
    return x.office == "judge" && (legal_office(y.office) || y.office == "prosecutor");
  };
  if (bench(ra, rb) || bench(rb, ra)) return "bench";
  auto prosecution = [](const Role& x, const RoleView& vy) {
    return x.office == "prosecutor" && legal_office(vy.rm->role.office) && !vy.owner.empty() &&
           !generic_owner(vy.owner);
  };
  if (prosecution(ra, b) || prosecution(rb, a)) return "sides";
  // A prosecutor is not the defence's lawyer: "Prosecutor X" … "defence lawyer X".
  if ((ra.office == "prosecutor" && legal_office(rb.office) && b.defence) ||
      (rb.office == "prosecutor" && legal_office(ra.office) && a.defence))
    return "sides";
  if (a.modified || b.modified) return {};
  // One organisation's chief executive, finance chief and general counsel are three people.
  if (exec_office(ra.office) && exec_office(rb.office) && ra.office != rb.office &&
      (a.place == b.place || a.place.empty() || b.place.empty()))
    return "exec";
  // One chief executive, finance chief, general counsel or coach of two named organisations.
  if (ra.office == rb.office && org_office(ra.office) && !a.place.empty() && !b.place.empty() && a.place != b.place &&
      !generic_owner(a.place) && !generic_owner(b.place) && a.place.find(b.place) == std::string::npos &&
      b.place.find(a.place) == std::string::npos)
    return "owners";
  return {};
}

// Two people: the same single-holder office. Returns true when it is surely one office.
bool same_office(const Doc& d, const RoleView& a, const RoleView& b) {
  const Role& ra = a.rm->role;
  const Role& rb = b.rm->role;
  if (a.inert || b.inert || a.modified || b.modified) return false;
  if (ra.office != rb.office || ra.body != rb.body) return false;
  const std::string& o = ra.office;
  if (local_office(o)) {
    // "the city’s mayor" is the town the story is about; "Aldmoor’s mayor" names its place.
    auto where = [](const Role& r, const RoleView& v) {
      if (!r.jurisdiction.empty() && r.jurisdiction.front() == '@') return v.owner_cap ? v.place : std::string();
      return r.jurisdiction + "|" + v.place;
    };
    auto generic_or_named = [](const Role& r, const RoleView& v) {
      return r.jurisdiction.empty() || r.jurisdiction.front() != '@' || v.owner_cap || generic_owner(v.owner);
    };
    if (!generic_or_named(ra, a) || !generic_or_named(rb, b)) return false;
    std::string wa = where(ra, a), wb = where(rb, b);
    if (wa == "|") wa.clear();
    if (wb == "|") wb.clear();
    return wa == wb;
  }
  if (owned_single_office(o) && !country(d, ra.jurisdiction) && !country(d, rb.jurisdiction)) {
    // A company's or an organisation's office: the same named owner.
    if (!ra.jurisdiction.empty() && !rb.jurisdiction.empty() && ra.jurisdiction != rb.jurisdiction) return false;
    return !a.place.empty() && a.place == b.place && !generic_owner(a.place);
  }
  if (ra.jurisdiction.empty() || ra.jurisdiction != rb.jurisdiction || ra.jurisdiction.front() == '@') return false;
  if (head_office(o) || portfolio(o) || (o == "vice_president" && country(d, ra.jurisdiction)))
    return country(d, ra.jurisdiction) && a.explicit_jur && b.explicit_jur;
  if (o == "secretary_general" || o == "director_general" || o == "managing_director" || o == "high_representative")
    return a.explicit_jur && b.explicit_jur;
  return false;
}

// True when the knowledge base knows `e` in this office at some time: then the dated role rules
// speak for it, and two holders in one text are predecessor and successor.
bool kb_holder(const Doc& d, const EntityData& e, const Role& r) {
  if (!d.kb || e.kb.empty()) return false;
  for (auto ti : e.kb)
    if (d.kb->tenures[ti].office == r.office) return true;
  return false;
}

}  // namespace

void check_role_conflict(const Doc& d, std::vector<Finding>& out) {
  if (d.roles.size() < 2) return;
  std::vector<RoleView> views;
  views.reserve(d.roles.size());
  for (const auto& rm : d.roles)
    if (rm.entity && d.entity(rm.entity)->kind == EntityKind::person) views.push_back(view(d, rm));
  std::stable_sort(views.begin(), views.end(), [](const RoleView& x, const RoleView& y) { return x.rm->tb < y.rm->tb; });
  const RuleInfo& rule = *find_rule("role.conflict");
  // Earlier roles indexed by key, so that each role meets only the roles it may conflict with:
  //  - by person: one view per distinct (title, place) of that person;
  //  - by office: one view per distinct person holding that office (office, body).
  boost::unordered_flat_map<int, std::vector<std::size_t>> by_person;
  boost::unordered_flat_map<std::string, std::vector<std::size_t>> by_office;
  boost::unordered_flat_set<std::string> pairs_reported;
  constexpr std::size_t kCap = 8;  // distinct titles of one person, holders of one office
  for (std::size_t j = 0; j < views.size(); ++j) {
    const RoleView& b = views[j];
    const EntityData& pb = *d.entity(b.rm->entity);
    bool reported = false;
    auto& mine = by_person[b.rm->entity];
    for (std::size_t i : mine) {
      const RoleView& a = views[i];
      if (a.rm->tb >= b.rm->tb) continue;
      std::string why = incompatible(d, a, b);
      if (why.empty()) continue;
      // One finding per pair of titles of one person: "chairman" … "Vice Chairman" …
      // "chairman" again is one inconsistency.
      {
        std::string ta = fold(a.rm->role.text), tb = fold(b.rm->role.text);
        if (tb < ta) std::swap(ta, tb);
        if (!pairs_reported.insert(fmt::format("{}|{}|{}", b.rm->entity, ta, tb)).second) {
          reported = true;
          break;
        }
      }
      const std::string bname = display_name(d, pb.name);
      const Role& ra = a.rm->role;
      const Role& rb = b.rm->role;
      Finding f = make_finding(rule, fmt::format("{} is {} here but {} on line {}", bname, title(rb), title(ra), a.line),
                               role_with_name(d, *b.rm));
      f.related.push_back(earlier(d, fmt::format("{} is called {}", bname, title(ra)), role_with_name(d, *a.rm)));
      if (why == "sides" || why == "bench")
        f.fix = fmt::format("check which side {} is on and correct one of the two titles", bname);
      else if (why == "exec" || why == "owners")
        f.fix = fmt::format("check {}'s title and employer and correct one of the two", bname);
      else if (why == "deputy")
        f.fix = fmt::format("check whether {} holds the office or is its deputy, and give one title throughout", bname);
      else
        f.fix = fmt::format("give {} one title throughout, or write \"former\" before the one {} no longer holds",
                            bname, pb.gender == 'f' ? "she" : pb.gender == 'm' ? "he" : "they");
      out.push_back(std::move(f));
      reported = true;
      break;
    }
    const std::string okey = b.rm->role.office + "|" + b.rm->role.body;
    auto& holders = by_office[okey];
    for (std::size_t i : holders) {
      if (reported) break;
      const RoleView& a = views[i];
      if (a.rm->entity == b.rm->entity || a.rm->tb >= b.rm->tb) continue;
      if (!same_office(d, a, b)) continue;
      const EntityData& pa = *d.entity(a.rm->entity);
      if (pa.kind != EntityKind::person || similar_names(pa.name, pb.name)) continue;
      // Only names that look like names ("of the Philippine Chamber" is a misread).
      if (!looks_like_name(pa.name) || !looks_like_name(pb.name)) continue;
      if (kb_holder(d, pa, a.rm->role) || kb_holder(d, pb, b.rm->role)) continue;
      const std::string aname = display_name(d, pa.name), bname = display_name(d, pb.name);
      Finding f = make_finding(rule,
                               fmt::format("{} is given the office of {} here, but line {} gives it to {} ({}); "
                                           "one office cannot have two holders at once",
                                           bname, title(b.rm->role), a.line, aname, title(a.rm->role)),
                               role_with_name(d, *b.rm));
      f.related.push_back(
          earlier(d, fmt::format("{} is called {}", aname, title(a.rm->role)), role_with_name(d, *a.rm)));
      f.fix = fmt::format("check who holds the office: correct the name, or write \"former\" or \"deputy\" "
                          "before one of the two titles");
      out.push_back(std::move(f));
      reported = true;
    }
    // Index this role: a new title of its person, a new holder of its office (inert roles are
    // compared with nothing, so they are not indexed).
    if (b.inert) continue;
    bool seen = false;
    for (std::size_t i : mine) {
      const RoleView& a = views[i];
      seen |= fold(a.rm->role.text) == fold(b.rm->role.text) && a.place == b.place;
    }
    if (!seen && mine.size() < kCap) mine.push_back(j);
    bool holder = false;
    for (std::size_t i : holders) holder |= views[i].rm->entity == b.rm->entity;
    if (!holder && holders.size() < kCap) holders.push_back(j);
  }
}

}  // namespace claimlint::detail
