// role.self-reference, role.kb-mismatch and role.stale: a role as written, checked against the
// dated knowledge base on the article's date.
#include "checks/role_rules.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "checks/registry.hpp"

namespace claimlint::detail {

bool undated_role(const Role& r) {
  for (const auto& q : r.qualifiers)
    if (q == "former" || q == "then" || q == "elect" || q == "designate" || q == "incoming" || q == "late" ||
        q == "past" || q == "acting" || q == "interim" || q == "outgoing" || q == "caretaker" || q == "deputy" ||
        q == "shadow")
      return true;
  return false;
}

std::string role_jurisdiction(const Doc& d, const Role& r, const EntityData& person) {
  if (!r.jurisdiction.empty()) return r.jurisdiction.front() == '@' ? std::string() : r.jurisdiction;
  std::string same_office, any;
  bool multi_office = false, multi_any = false;
  for (auto ti : person.kb) {
    const Tenure& t = d.kb->tenures[ti];
    if (t.office == r.office) {
      if (!same_office.empty() && same_office != t.jurisdiction) multi_office = true;
      same_office = t.jurisdiction;
    }
    if (!any.empty() && any != t.jurisdiction) multi_any = true;
    any = t.jurisdiction;
  }
  if (!same_office.empty()) return multi_office ? std::string() : same_office;
  return multi_any ? std::string() : any;
}

std::vector<const Tenure*> person_tenures(const Doc& d, const EntityData& person, const std::string& office,
                                          const std::string& jur, const std::string* body) {
  std::vector<const Tenure*> out;
  for (auto ti : person.kb) {
    const Tenure& t = d.kb->tenures[ti];
    if (t.office != office) continue;
    if (!jur.empty() && t.jurisdiction != jur) continue;
    if (body && !body->empty() && t.body != *body) continue;
    out.push_back(&t);
  }
  return out;
}

const Tenure* holder_on(const Doc& d, const std::string& office, const std::string& jur, const std::string& body,
                        const Date& date, const EntityData* not_person) {
  const auto* list = d.kb->office(office, jur);
  if (!list) return nullptr;
  for (auto ti : *list) {
    const Tenure& t = d.kb->tenures[ti];
    if (t.body != body || !t.of.empty() || t.acting) continue;
    if (!t.surely_active(date)) continue;
    if (not_person && fold(t.person) == fold(not_person->name)) continue;
    return &t;
  }
  return nullptr;
}

std::string tenure_title(const Doc& d, const Tenure& t) {
  // The generic title ("Chancellor of Germany") unless the official one says something it does
  // not ("Secretary of State (United States)" for a foreign minister).
  std::string generic = d.voc->office_title(t.office, t.jurisdiction, t.body);
  if (!t.label.empty()) {
    std::string word = fold(d.voc->office_title(t.office, ""));
    if (fold(t.label).find(word) != std::string::npos) return generic;
    std::string place = d.voc->jurisdiction_name(t.jurisdiction);
    if (place.starts_with("the ")) place.erase(0, 4);
    if (t.label.find(place) != std::string::npos) return t.label;
    return fmt::format("{} ({})", t.label, place);
  }
  if (t.office == "spokesperson" && !t.of.empty())
    return fmt::format("spokesperson of the {}", d.voc->office_title(t.of, t.jurisdiction));
  return d.voc->office_title(t.office, t.jurisdiction, t.body);
}

bool not_on_article_date(const Doc& d, const RoleMention& rm) {
  const Token& t0 = d.text.toks[rm.tb];
  // Words inside a quotation are the speaker's, who may speak of the past loosely.
  if (t0.has(f_in_quote)) return true;
  // A sentence that speaks of another time: a year other than the article's, or words that
  // move the story back ("at the time", "last year", "years ago").
  const Sentence& s = d.text.sents[d.text.sent_of_tok[rm.tb]];
  // A historical frame just before the title: "served as President Obama's chief of staff",
  // "while working under President Obama", "as President Obama's Treasury Secretary", "during
  // President Obama's first term", "appointed by President Obama".
  {
    std::uint32_t name_end = rm.te;
    while (name_end < d.text.toks.size() && name_end < rm.te + 4 && d.person_at[name_end] &&
           d.persons[d.person_at[name_end] - 1].entity == rm.entity)
      ++name_end;
    const bool owns = name_end > rm.te && name_end < d.text.toks.size() &&
                      d.text.toks[name_end].kind == Tk::possessive;
    for (std::uint32_t k = rm.tb; k > s.tok_begin && k + 6 > rm.tb;) {
      --k;
      if (d.text.toks[k].kind != Tk::word) break;
      std::string_view w = d.f[k];
      if (w == "under" || w == "during" || w == "served" || w == "serving" || w == "worked" || w == "working" ||
          w == "appointed" || w == "nominated" || w == "hired" || w == "named")
        return true;
      if (owns && (w == "as" || w == "was" || w == "became")) return true;
      if (w == "the" || w == "a" || w == "as" || w == "was" || w == "who" || w == "while" || w == "when" ||
          w == "by" || w == "for" || w == "had" || w == "been" || w == "became" || w == "of")
        continue;
      break;
    }
  }
  for (std::uint32_t k = s.tok_begin; k < s.tok_end; ++k) {
    const Token& t = d.text.toks[k];
    std::string_view w = d.f[k];
    if (t.kind == Tk::number && t.end - t.start == 4) {
      int y = 0;
      for (char c : d.text.str(t)) y = c >= '0' && c <= '9' ? y * 10 + (c - '0') : -100000;
      if (y >= 1900 && y <= 2100 && d.date && y != d.date->year) return true;
    }
    if (t.kind != Tk::word) continue;
    if (w == "ago" || w == "formerly" || w == "previously" ||
        (w == "time" && k >= s.tok_begin + 2 && d.f[k - 1] == "the" && d.f[k - 2] == "at") ||
        (w == "year" && k > s.tok_begin && d.f[k - 1] == "last") ||
        (w == "then" && k > s.tok_begin && (d.f[k - 1] == "back" || d.f[k - 1] == "until" || d.f[k - 1] == "since")))
      return true;
  }
  return false;
}

namespace {

const RuleInfo& rule(std::string_view id) { return *find_rule(id); }

Finding finding(const Doc& d, std::string_view id, const RoleMention& rm, std::string msg) {
  Span sp = d.tok_span(rm.tb, rm.te);
  // Point at the role and the name it is given to, when they are adjacent.
  for (const auto& pm : d.persons)
    if (pm.entity == rm.entity && (pm.tb == rm.te || pm.tb == rm.te + 1) && pm.tb > rm.tb)
      sp = d.span(d.text.toks[rm.tb].start, d.text.toks[pm.te - 1].end);
  return make_finding(rule(id), std::move(msg), sp);
}

std::string pronoun(const EntityData& e) { return e.gender == 'f' ? "she" : e.gender == 'm' ? "he" : "they"; }

}  // namespace

void check_role_self_reference(const Doc& d, std::vector<Finding>& out) {
  if (!d.date || !d.kb) return;
  for (const auto& rm : d.roles) {
    const Role& r = rm.role;
    if (!rm.entity || r.of_office.empty() || undated_role(r) || not_on_article_date(d, rm)) continue;
    if (r.office != "spokesperson" && r.office != "aide" && r.office != "adviser" && r.office != "deputy") continue;
    const EntityData& p = *d.entity(rm.entity);
    for (const Tenure* t : person_tenures(d, p, r.of_office, r.of_jurisdiction, nullptr)) {
      if (!t->surely_active(*d.date)) continue;
      std::string held = tenure_title(d, *t);
      std::string msg = fmt::format("{} is called {}, but on {} {} is the {} {}", p.name, r.text, to_string(*d.date),
                                    pronoun(p), held, p.gender ? "himself" : "themself");
      if (p.gender == 'f') msg.replace(msg.size() - 7, 7, "herself");
      Finding f = finding(d, "role.self-reference", rm, msg);
      f.related.push_back(Related{fmt::format("knowledge base: {} {} since {} ({})", t->person, held, t->start.str(),
                                              t->source),
                                  std::nullopt});
      f.fix = fmt::format("call {} the {}, or name the {}'s actual {}", p.name, held, held, r.office);
      out.push_back(std::move(f));
      break;
    }
  }
}

void check_role_stale(const Doc& d, std::vector<Finding>& out) {
  if (!d.date || !d.kb) return;
  for (const auto& rm : d.roles) {
    const Role& r = rm.role;
    if (!rm.entity || undated_role(r) || !r.of_office.empty() || not_on_article_date(d, rm)) continue;
    const EntityData& p = *d.entity(rm.entity);
    if (p.kb.empty()) continue;
    std::string jur = role_jurisdiction(d, r, p);
    auto ts = person_tenures(d, p, r.office, jur, &r.body);
    if (ts.empty()) continue;
    // Stale only when every matching tenure surely ended before the date.
    bool all_ended = std::all_of(ts.begin(), ts.end(), [&](const Tenure* t) { return t->surely_ended(*d.date); });
    if (!all_ended) continue;
    const Tenure* last = *std::max_element(ts.begin(), ts.end(), [](auto a, auto b) { return a->end.last() < b->end.last(); });
    const Tenure* now = holder_on(d, last->office, last->jurisdiction, last->body, *d.date, &p);
    std::string title = tenure_title(d, *last);
    std::string msg = fmt::format("{} is called {}, but {} left that office on {}", p.name, r.text, pronoun(p),
                                  last->end.str());
    if (now) msg += fmt::format("; on {} the {} is {}", to_string(*d.date), title, now->person);
    Finding f = finding(d, "role.stale", rm, msg);
    f.related.push_back(Related{fmt::format("knowledge base: {} {} {} to {} ({})", last->person, title,
                                            last->start.str(), last->end.str(), last->source),
                                std::nullopt});
    if (now)
      f.related.push_back(Related{fmt::format("knowledge base: {} {} since {} ({})", now->person, title,
                                              now->start.str(), now->source),
                                  std::nullopt});
    f.fix = fmt::format("write \"former {}\"{}", r.text, now ? fmt::format(", or name {}", now->person) : "");
    out.push_back(std::move(f));
  }
}

void check_role_kb_mismatch(const Doc& d, std::vector<Finding>& out) {
  if (!d.date || !d.kb) return;
  for (const auto& rm : d.roles) {
    const Role& r = rm.role;
    if (!rm.entity || undated_role(r) || !r.of_office.empty() || not_on_article_date(d, rm)) continue;
    const EntityData& p = *d.entity(rm.entity);
    if (p.kb.empty()) continue;  // a person the KB does not know is never an error
    std::string jur = role_jurisdiction(d, r, p);
    if (jur.empty()) continue;
    // Ever held it (then role.stale or fine), or possibly holding it: no mismatch.
    if (!person_tenures(d, p, r.office, jur, &r.body).empty()) continue;
    const Tenure* holder = holder_on(d, r.office, jur, r.body, *d.date, &p);
    if (!holder) continue;
    // What the person actually is on that date.
    const Tenure* actual = nullptr;
    for (auto ti : p.kb)
      if (d.kb->tenures[ti].surely_active(*d.date)) actual = &d.kb->tenures[ti];
    std::string title = tenure_title(d, *holder);
    std::string msg = fmt::format("{} is called {}, but on {} the {} is {}", p.name, r.text, to_string(*d.date), title,
                                  holder->person);
    if (actual) msg += fmt::format("; {} is {}", p.name, tenure_title(d, *actual));
    Finding f = finding(d, "role.kb-mismatch", rm, msg);
    f.related.push_back(Related{fmt::format("knowledge base: {} {} since {} ({})", holder->person, title,
                                            holder->start.str(), holder->source),
                                std::nullopt});
    if (actual)
      f.related.push_back(Related{fmt::format("knowledge base: {} {} since {} ({})", actual->person,
                                              tenure_title(d, *actual), actual->start.str(), actual->source),
                                  std::nullopt});
    f.fix = actual ? fmt::format("{} {}", actual->label.empty() ? tenure_title(d, *actual) : actual->label, p.name)
                   : fmt::format("{} {}", r.text, holder->person);
    out.push_back(std::move(f));
  }
}

}  // namespace claimlint::detail
