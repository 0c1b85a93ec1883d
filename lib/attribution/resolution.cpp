// Speaker resolution: names, pronouns, roles, "the company".
#include "attribution/extractor.hpp"

#include <algorithm>

#include "mentions/lexicon.hpp"
#include "mentions/match.hpp"
#include "text/text.hpp"

namespace claimlint::detail {

namespace {

bool generic_org_noun(std::string_view w) {
  return w == "company" || w == "firm" || w == "club" || w == "union" || w == "group" || w == "bank" ||
         w == "agency" || w == "carrier" || w == "airline" || w == "operator" || w == "team" || w == "party" ||
         w == "organisation" || w == "organization" || w == "manufacturer" || w == "retailer" || w == "insurer" ||
         w == "lender" || w == "automaker" || w == "broadcaster" || w == "charity" || w == "startup";
}

}  // namespace

// "the company", "the English club": a determiner, modifiers, a generic noun, no name.
bool Extractor::generic_org(std::uint32_t b, std::uint32_t e) const {
  if (e <= b || !generic_org_noun(f[e - 1])) return false;
  if (!(f[b] == "the" || f[b] == "its")) return false;
  for (std::uint32_t k = b + 1; k + 1 < e; ++k)
    if (toks[k].has(f_cap) && !match_jurisdiction(d, f, k, k + 1).info) return false;
  return true;
}

// The organisation "the company" most likely means: of those named before `pos` whose type
// (from any of its mentions) is compatible, the one the text names most often (at least
// twice); the latest on a tie.
const Extractor::OrgMention* Extractor::org_before(std::size_t pos, std::string_view type) const {
  const OrgMention* best = nullptr;
  std::size_t best_n = 0;
  // The 40 organisations named last before `pos`.
  auto end = std::lower_bound(orgs.begin(), orgs.end(), pos, [](const OrgMention& o, std::size_t p) { return o.start < p; });
  auto begin = end - std::min<std::ptrdiff_t>(40, end - orgs.begin());
  for (auto it = begin; it != end; ++it) {
    const auto& o = *it;
    const auto& st = org_stats.at(o.key);
    if (!st.type.empty() && st.type != type) continue;
    if (st.count >= best_n) { best = &o; best_n = st.count; }
  }
  if (best_n < 2) return nullptr;
  // Its fullest name: "Kestrel Coaches" rather than "Kestrel".
  const OrgMention* full = best;
  for (const auto& o : orgs)
    if (o.key == best->key && o.name.size() > full->name.size()) full = &o;
  return full;
}

void Extractor::find_orgs() {
  std::vector<char> person(toks.size(), 0);
  for (const auto& pm : d.persons)
    for (std::uint32_t k = pm.tb; k < pm.te; ++k) person[k] = 1;
  for (const auto& sent : d.text.sents) {
    std::uint32_t sb = after_dateline(sent.tok_begin, sent.tok_end);
    for (std::uint32_t k = sb; k < sent.tok_end;) {
      auto capw = [&](std::uint32_t i) {
        return toks[i].kind == Tk::word && (toks[i].has(f_cap) || toks[i].has(f_upper)) && !person[i] &&
               !toks[i].has(f_in_quote);
      };
      if (!capw(k)) { ++k; continue; }
      std::uint32_t r = k + 1;
      while (r < sent.tok_end) {
        if (capw(r)) { ++r; continue; }
        if ((f[r] == "of" || f[r] == "for" || f[r] == "and" || f[r] == "&") && r + 1 < sent.tok_end && capw(r + 1)) {
          r += 2;
          continue;
        }
        break;
      }
      std::uint32_t a = k;
      while (a < r && (non_name_word(f[a]) || match_office(d, f, a, r).info || qualifier_word(f[a]))) {
        auto om = match_office(d, f, a, r);
        a += om.info ? om.len : 1;
      }
      // A lone capitalised word opening a sentence is only a name when an owner's mark follows
      // ("Kestrel's managing director").
      bool ok = a < r && r - a <= 7 &&
                !(a == sb && r - a == 1 && !(r < sent.tok_end && toks[r].kind == Tk::possessive));
      if (ok && match_jurisdiction(d, f, a, r).len == r - a) {
        const auto* j = match_jurisdiction(d, f, a, r).info;
        ok = j->organisation && j->implied_office.empty();
      }
      if (ok && match_office(d, f, r - 1, r).info) ok = false;
      if (ok) {
        OrgMention o;
        o.start = toks[a].start;
        o.name = d.tok_text(a, r);
        if (auto jm = match_jurisdiction(d, f, a, r); jm.info && jm.len == r - a) o.name = jm.info->full_name;
        if (r < sent.tok_end && generic_org_noun(f[r])) o.type = f[r];
        for (std::uint32_t k2 = a; k2 < r && o.key.empty(); ++k2)
          if (!match_jurisdiction(d, f, k2, k2 + 1).info) o.key = f[k2];
        if (o.key.empty()) o.key = fold(o.name);
        auto& st = org_stats[o.key];
        ++st.count;
        if (st.type.empty()) st.type = o.type;
        orgs.push_back(std::move(o));
      }
      k = r;
    }
  }
}

int Extractor::org_entity(const std::string& name) {
  auto [it, fresh] = org_ids.try_emplace(fold(name), 0);
  if (!fresh) return it->second;
  EntityData ent;
  ent.kind = EntityKind::organisation;
  ent.name = name;
  d.entities.push_back(std::move(ent));
  it->second = static_cast<int>(d.entities.size());
  return it->second;
}

int Extractor::person_with_office_before(const std::string& office, std::size_t pos) {
  if (roles_by_office.empty())
    for (const auto& rm : d.roles)
      if (rm.entity) roles_by_office[rm.role.office].emplace_back(toks[rm.tb].start, rm.entity);
  for (auto& kv : roles_by_office) std::sort(kv.second.begin(), kv.second.end());
  auto it = roles_by_office.find(office);
  if (it == roles_by_office.end()) return 0;
  auto& v = it->second;
  auto p = std::lower_bound(v.begin(), v.end(), std::make_pair(pos, 0));
  return p == v.begin() ? 0 : std::prev(p)->second;
}

// Whether byte `pos` lies in some claim's content (claims are sorted by content start).
bool Extractor::inside_content(std::size_t pos) const {
  auto it = std::upper_bound(d.claims.begin(), d.claims.end(), pos,
                             [](std::size_t p, const Claim& c) { return p < c.content.span.start; });
  for (int n = 0; n < 8 && it != d.claims.begin(); ++n) {
    --it;
    if (pos < it->content.span.end) return true;
  }
  return false;
}

// Index of the first person mention at or after byte `pos`.
std::size_t Extractor::person_from(std::size_t pos) const {
  auto it = std::lower_bound(d.persons.begin(), d.persons.end(), pos,
                             [&](const PersonMention& pm, std::size_t p) { return toks[pm.tb].start < p; });
  return static_cast<std::size_t>(it - d.persons.begin());
}

// The person mentioned last before token `k`, compatible with the pronoun.
int Extractor::antecedent(std::uint32_t k, char gender, std::size_t claim_idx) const {
  // Prefer the speaker of the previous claim when compatible.
  for (std::size_t c = claim_idx; c-- > 0;) {
    const auto& sp = d.claims[c].speaker;
    if (sp.span.start >= toks[k].start) continue;
    if (sp.entity > 0) {
      const auto* e = d.entity(sp.entity);
      if (e->kind == EntityKind::person && (gender == 0 || e->gender == 0 || e->gender == gender)) {
        // Only if no other compatible person was named in between.
        bool other = false;
        for (std::size_t p = person_from(sp.span.end); p < d.persons.size() && !other; ++p) {
          const auto& pm = d.persons[p];
          if (toks[pm.tb].start >= toks[k].start) break;
          if (pm.entity == sp.entity || inside_content(toks[pm.tb].start)) continue;
          const auto* oe = d.entity(pm.entity);
          if (gender == 0 || oe->gender == 0 || oe->gender == gender) other = true;
        }
        if (!other) return sp.entity;
      }
    }
    break;
  }
  // The subject of the pronoun's own sentence, when it names a compatible person before the
  // pronoun ("Trump took to Twitter to accuse Clinton's campaign … what he called …").
  auto compatible = [&](int ent) {
    const auto* e = d.entity(ent);
    return e && e->kind == EntityKind::person && (gender == 0 || e->gender == 0 || e->gender == gender);
  };
  const auto& sents = d.text.sents;
  auto s_it = std::upper_bound(sents.begin(), sents.end(), k,
                               [](std::uint32_t t, const Sentence& s) { return t < s.tok_begin; });
  if (s_it != sents.begin() && !toks[k].has(f_in_quote)) {
    const std::uint32_t sb = std::prev(s_it)->tok_begin;
    if (SpeakerSpan subj = subject(sb, k); subj.ok() && subj.e <= k) {
      for (std::uint32_t m = subj.b; m < subj.e; ++m) {
        if (!d.person_at[m]) continue;
        const auto& pm = d.persons[d.person_at[m] - 1];
        if (pm.te < toks.size() && toks[pm.te].kind == Tk::possessive) break;  // an owner
        if (compatible(pm.entity)) return pm.entity;
        break;
      }
    }
  }
  for (std::size_t p = person_from(toks[k].start); p-- > 0;) {
    const auto& pm = d.persons[p];
    const auto* e = d.entity(pm.entity);
    if (gender == 0 || e->gender == 0 || e->gender == gender) return pm.entity;
  }
  return 0;
}

void Extractor::resolve_speakers() {
  for (std::size_t c = 0; c < d.claims.size(); ++c) {
    auto& sp = d.claims[c].speaker;
    SpeakerSpan st = speaker_tok[c];
    if (!st.ok()) { sp.speaker_class = SpeakerClass::unknown; continue; }
    if (sp.entity > 0) continue;  // copied from an earlier claim
    // A person named in the speaker phrase (the last one: "ROLE, NAME").
    int ent = 0;
    for (std::uint32_t k = st.b; k < st.e && !ent; ++k) {
      if (!d.person_at[k]) continue;
      const auto& pm = d.persons[d.person_at[k] - 1];
      k = pm.te - 1;
      if (pm.tb < st.b || pm.te > st.e) continue;
      // In "Prime Minister Keir Starmer's spokesman" the person is the owner, not the speaker;
      // in "a spokesman for John Smith", "the family of John Smith" a post-modifier.
      if (pm.te < st.e && toks[pm.te].kind == Tk::possessive) continue;
      if (pm.tb > st.b && (f[pm.tb - 1] == "of" || f[pm.tb - 1] == "for")) continue;
      ent = pm.entity;
    }
    const std::string_view w0 = pronoun_stem(f[st.b]);
    if (!ent && st.e - st.b == 1 && pronoun(w0)) {
      if (w0 == "he" || w0 == "she") ent = antecedent(st.b, w0 == "he" ? 'm' : 'f', c);
      else if (w0 == "they" || w0 == "it" || w0 == "we") {
        // The previous claim's group or organisation speaker.
        for (std::size_t k = c; k-- > 0 && c - k <= 12;) {
          const auto& ps = d.claims[k].speaker;
          if (ps.speaker_class == SpeakerClass::person) continue;
          if (ps.text.empty()) continue;
          sp.name = ps.name;
          sp.entity = ps.entity;
          sp.anonymous = ps.anonymous;
          sp.speaker_class = ps.speaker_class;
          break;
        }
        if (sp.speaker_class != SpeakerClass::unknown) continue;
      }
    }
    if (!ent) {
      // "the chancellor": the person given that office earlier in the text.
      for (std::uint32_t k = st.b; k < st.e && !ent; ++k) {
        auto om = match_office(d, f, k, st.e);
        if (!om.info) continue;
        ent = person_with_office_before(om.info->office, toks[st.b].start);
        break;
      }
    }
    if (ent) {
      const auto* e = d.entity(ent);
      sp.entity = ent;
      sp.name = e->name;
      sp.speaker_class = SpeakerClass::person;
      sp.anonymous = false;
      continue;
    }
    // Not a named person: anonymous, a document, or an organisation.
    std::uint32_t h = head_of(st.b, st.e);
    const std::string& head = f[h];
    std::uint32_t core_e = h + 1;
    if (anonymous_head(head) || match_office(d, f, h, h + 1).info) {
      sp.anonymous = true;
      sp.speaker_class = SpeakerClass::anonymous;
      sp.name = d.tok_text(st.b, core_e);
    } else if (document_head(head)) {
      sp.speaker_class = SpeakerClass::document;
      sp.name = d.tok_text(st.b, core_e);
    } else if (pronoun(head)) {
      sp.speaker_class = SpeakerClass::unknown;
    } else if ((toks[h].kind == Tk::word && !toks[h].has(f_cap) && !toks[h].has(f_upper) &&
                !organisation_head(head) && !generic_org(st.b, core_e)) ||
               toks[h].kind == Tk::number) {
      // A common noun that is no organisation: "the woman", "72 percent of Democrats", "those surveyed".
      sp.anonymous = true;
      sp.speaker_class = SpeakerClass::anonymous;
      sp.name = d.tok_text(st.b, core_e);
    } else {
      sp.speaker_class = SpeakerClass::organisation;
      std::uint32_t b = st.b;
      while (b < core_e && (f[b] == "the" || f[b] == "a")) ++b;
      sp.name = d.tok_text(b, core_e);
      // A known organisation by its full name: "the WHO" -> "World Health Organization".
      if (auto jm = match_jurisdiction(d, f, b, core_e); jm.info && b + jm.len == core_e && jm.info->organisation &&
                                                        jm.info->implied_office.empty())
        sp.name = jm.info->full_name;
      // "the company", "the English club", "The union": the organisation named last before.
      if (generic_org(st.b, core_e)) {
        if (!orgs_found) {
          find_orgs();
          orgs_found = true;
        }
        if (const OrgMention* om = org_before(toks[st.b].start, f[h])) sp.name = om->name;
      }
      sp.entity = org_entity(sp.name);
    }
  }
  for (std::size_t c = 0; c < d.claims.size(); ++c) d.claims[c].id = static_cast<int>(c + 1);
}

}  // namespace claimlint::detail
