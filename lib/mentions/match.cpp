#include "mentions/match.hpp"

#include <algorithm>

#include "mentions/lexicon.hpp"

namespace claimlint::detail {

OfficeMatch match_office(const Doc& d, const Folded& f, std::uint32_t i, std::uint32_t end) {
  OfficeMatch best;
  const auto& voc = *d.voc;
  {
    // Quick rejection: no office phrase starts with this word.
    const Token& t0 = d.text.toks[i];
    if (t0.kind != Tk::word) return best;
    std::string_view w0 = f[i];
    if (w0.starts_with("ex-")) w0.remove_prefix(3);
    else if (w0.starts_with("then-")) w0.remove_prefix(5);
    if (w0.ends_with("-elect")) w0.remove_suffix(6);
    else if (w0.ends_with("-designate")) w0.remove_suffix(10);
    else if (w0.ends_with("-in-waiting")) w0.remove_suffix(11);
    static thread_local std::string probe;
    probe.assign(w0);
    if (!voc.office_first.contains(probe)) {
      // "vice-chairman", "deputy-governor": a deputy's title glued to its office.
      std::size_t dash = probe.find('-');
      if (dash == std::string::npos || !(probe.starts_with("vice-") || probe.starts_with("deputy-"))) return best;
      probe.erase(0, dash + 1);
      if (!voc.office_first.contains(probe)) return best;
    }
  }
  std::string key;
  std::string qual;
  for (std::uint32_t n = 0; n < voc.max_phrase_tokens && i + n < end; ++n) {
    const Token& t = d.text.toks[i + n];
    if (t.kind != Tk::word) break;
    std::string w = f[i + n];
    std::string q;
    if (n == 0) {
      if (w.starts_with("ex-")) { q = "ex"; w = w.substr(3); }
      else if (w.starts_with("then-")) { q = "then"; w = w.substr(5); }
      else if ((w.starts_with("vice-") || w.starts_with("deputy-")) && !voc.office_first.contains(w)) {
        q = "deputy";
        w = w.substr(w.find('-') + 1);
      }
    }
    std::string suffix_q;
    if (w.ends_with("-elect")) { suffix_q = "elect"; w.resize(w.size() - 6); }
    else if (w.ends_with("-designate")) { suffix_q = "designate"; w.resize(w.size() - 10); }
    else if (w.ends_with("-in-waiting")) { suffix_q = "designate"; w.resize(w.size() - 11); }  // "prime minister-in-waiting"
    if (n == 0) qual = q;
    if (n) key += ' ';
    key += w;
    auto it = voc.office_by_phrase.find(key);
    if (it != voc.office_by_phrase.end()) {
      best.len = n + 1;
      best.info = &it->second;
      best.qualifier = !suffix_q.empty() ? suffix_q : qual;
    }
    if (!suffix_q.empty()) break;
  }
  return best;
}

JurMatch match_jurisdiction(const Doc& d, const Folded& f, std::uint32_t i, std::uint32_t end) {
  JurMatch best;
  const Token& t0 = d.text.toks[i];
  if (t0.kind != Tk::word || !(t0.has(f_cap) || t0.has(f_upper))) return best;
  const auto& voc = *d.voc;
  if (!voc.jur_first.contains(f[i])) return best;
  std::string key;
  for (std::uint32_t n = 0; n < 4 && i + n < end; ++n) {
    const Token& t = d.text.toks[i + n];
    if (t.kind != Tk::word) break;
    if (n) key += ' ';
    key += f[i + n];
    auto it = voc.jur_by_phrase.find(key);
    if (it != voc.jur_by_phrase.end()) {
      best.len = n + 1;
      best.info = &voc.jurisdictions[it->second];
    }
  }
  // "WHO" must be written in capitals; "who" is a pronoun. Short codes likewise.
  if (best.info && best.len == 1 && f[i].size() <= 3 && !t0.has(f_upper) && f[i] != "eu" && f[i] != "fed") best = {};
  return best;
}

namespace {

bool intelligence_word(std::string_view w) {
  return w == "intelligence" || w == "spy" || w == "mi6" || w == "mi5" || w == "sis" || w == "cia" || w == "fsb" ||
         w == "svr" || w == "bnd" || w == "dgse" || w == "sbu" || w == "hur" || w == "gchq";
}
// The agency an intelligence word names: "MI6" is the SIS; "cia" -> "CIA".
std::string body_of(std::string_view w) {
  if (w == "mi6") return "SIS";
  static constexpr std::string_view agencies[] = {"sis", "cia", "fsb", "svr", "bnd", "dgse", "sbu", "hur", "gchq", "mi5"};
  for (auto a : agencies)
    if (w == a) {
      std::string s(w);
      for (auto& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      return s;
    }
  return {};
}

}  // namespace

bool parse_role(const Doc& d, const Folded& f, std::uint32_t tb, std::uint32_t te, Role& out) {
  const auto& toks = d.text.toks;
  std::string jur, implied_of, owner_office, owner_jur, office, body, owner_text;
  std::string placed_owner;  // "Springfield Mayor", "mayor of Springfield": not a possessive
  const OfficeInfo* info = nullptr;
  bool intelligence = false;
  bool complement = false;  // after "of", "to", "for"
  std::string comp_office, comp_jur;
  std::vector<std::string> quals;
  for (std::uint32_t i = tb; i < te;) {
    const Token& t = toks[i];
    const std::string& w = f[i];
    if (t.kind == Tk::possessive) {
      // What came before is the owner: an office ("the Chancellor’s"), or a jurisdiction.
      if (!complement && info) {
        owner_office = info->office;
        owner_jur = jur.empty() ? info->jurisdiction : jur;
        info = nullptr;
        office.clear();
        jur.clear();
      } else if (!complement && !implied_of.empty()) {
        // "the Kremlin’s spokesman"
      } else if (!complement && jur.empty() && i > tb) {
        owner_text = std::string(d.text.str(i - 1));
      }
      ++i;
      continue;
    }
    if (t.kind != Tk::word) { ++i; continue; }
    if (qualifier_word(w)) { quals.push_back(w); ++i; continue; }
    // A deputy's or a shadow's title names another office than the one it contains: "the
    // Deputy Prime Minister", "Vice Chairman", "Shadow Home Secretary", "Assistant Treasury
    // Secretary", "Lieutenant Governor".
    if (!info &&
        (((w == "deputy" || w == "vice" || w == "assistant" || w == "lieutenant" || w == "under" || w == "associate") &&
          i + 1 < te && match_office(d, f, i + 1, te).info && match_office(d, f, i, te).len <= 1) ||
         w.starts_with("vice-") || w.starts_with("deputy-"))) {
      quals.push_back("deputy");
      if (w.starts_with("vice-") || w.starts_with("deputy-")) {
        // "vice-chairman": the office is the rest of the word; match_office sees "chairman" only
        // when the hyphenated word is split, so look it up here.
        std::string rest = w.substr(w.find('-') + 1);
        if (auto it = d.voc->office_by_phrase.find(rest); it != d.voc->office_by_phrase.end()) {
          info = &it->second;
          office = info->office;
        }
      }
      ++i;
      continue;
    }
    if (!info && (w == "shadow" || w == "junior")) { quals.push_back(w == "shadow" ? "shadow" : "deputy"); ++i; continue; }
    if (w == "of" || w == "to" || w == "for") {
      if (info) complement = true;
      ++i;
      continue;
    }
    if (auto om = match_office(d, f, i, te); om.info) {
      if (!om.qualifier.empty()) quals.push_back(om.qualifier);
      // "prime minister in waiting": a future office.
      if (i + om.len + 1 < te && f[i + om.len] == "in" && f[i + om.len + 1] == "waiting") quals.push_back("designate");
      // The British "Secretary of State for Wales" is a departmental minister, not the US
      // Secretary of State.
      if (!complement && om.info->office == "foreign_minister" && om.info->jurisdiction == "US" &&
          i + om.len < toks.size() && f[i + om.len] == "for" && f[i].starts_with("secretary")) {
        if (auto it = d.voc->office_by_phrase.find("minister"); it != d.voc->office_by_phrase.end()) {
          info = &it->second;
          office = info->office;
          i += om.len;
          continue;
        }
      }
      if (complement) {
        comp_office = om.info->office;
        if (comp_jur.empty()) comp_jur = om.info->jurisdiction;
      } else {
        info = om.info;
        office = om.info->office;
        if (!om.info->body.empty()) body = om.info->body;
      }
      i += om.len;
      continue;
    }
    if (auto jm = match_jurisdiction(d, f, i, te); jm.info) {
      if (!jm.info->implied_office.empty()) {
        if (complement) { comp_office = jm.info->implied_office; comp_jur = jm.info->code; }
        else { implied_of = jm.info->implied_office; jur = jm.info->code; }
      } else if (complement) {
        comp_jur = jm.info->code;
      } else {
        jur = jm.info->code;
      }
      i += jm.len;
      continue;
    }
    // An unknown capitalised owner: "mayor of Springfield", "Springfield Mayor", "Veltra Chief Executive".
    if (t.has(f_cap) && placed_owner.empty() && !non_name_word(w) && !qualifier_word(w) &&
        ((complement && comp_jur.empty() && comp_office.empty()) || (!complement && !info)))
      placed_owner = std::string(d.text.str(i));
    if (intelligence_word(w)) {
      intelligence = true;
      if (auto b = body_of(w); !b.empty()) body = b;
    }
    ++i;
  }
  if (!info) return false;
  out.office = info->office;
  out.jurisdiction = jur.empty() ? info->jurisdiction : jur;
  out.body = body;
  if (info->relational) {
    if (!owner_office.empty()) { out.of_office = owner_office; out.of_jurisdiction = owner_jur; }
    else if (!comp_office.empty()) { out.of_office = comp_office; out.of_jurisdiction = comp_jur; }
    else if (!implied_of.empty()) { out.of_office = implied_of; out.of_jurisdiction = jur; }
    if (!out.of_office.empty() && out.jurisdiction.empty()) out.jurisdiction = out.of_jurisdiction;
    if (out.of_jurisdiction.empty()) out.of_jurisdiction = out.jurisdiction;
  } else if (!comp_jur.empty() && out.jurisdiction.empty()) {
    out.jurisdiction = comp_jur;  // "President of France", "head of the UK’s intelligence agency"
  }
  if ((out.office == "head" || out.office == "director" || out.office == "intelligence_chief") && intelligence)
    out.office = "intelligence_chief";
  // A bare "Commissioner" is the European Commission's only when no other owner is written:
  // "Met Commissioner Sir Mark Rowley", "Police Commissioner", "Insurance Commissioner" are not.
  if (out.office == "commissioner" && (out.jurisdiction == "EU" || out.jurisdiction.empty()) &&
      placed_owner.empty() && owner_text.empty())
    out.jurisdiction = "EC";
  // An owner the vocabulary does not know ("Springfield Mayor", "Ferrari Chairman"): the office
  // is that owner's, never a country's, so the knowledge-base checks leave it alone.
  if (out.jurisdiction.empty() && !owner_text.empty() && out.of_office.empty()) out.jurisdiction = "@" + owner_text;
  // A place or firm named before the title or after "of" owns offices that have one holder
  // there ("Springfield Mayor", "the mayor of Shelbyville", "Veltra Chief Executive"); for a
  // lawyer or an analyst it is only where they work, so it is not recorded.
  static constexpr std::string_view kPlaced[] = {"mayor", "governor", "ceo", "cfo", "chair", "president",
                                                 "police_chief", "fire_chief", "sheriff", "superintendent",
                                                 "prime_minister", "chancellor", "secretary_general",
                                                 "director_general", "managing_director", "founder", "treasurer"};
  // For an office of the knowledge base an unknown owner also keeps the title out of its checks.
  if (out.jurisdiction.empty() && !placed_owner.empty() && out.of_office.empty() &&
      (info->kb_office || std::find(std::begin(kPlaced), std::end(kPlaced), out.office) != std::end(kPlaced)))
    out.jurisdiction = "@" + placed_owner;
  for (auto& q : quals)
    if (q == "ex") q = "former";
  out.qualifiers = std::move(quals);
  out.text = d.tok_text(tb, te);
  out.span = d.tok_span(tb, te);
  return true;
}

}  // namespace claimlint::detail
