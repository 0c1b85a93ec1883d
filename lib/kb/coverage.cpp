// Coverage of the knowledge base by office type and region (claimlint kb-stats).
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "claimlint/knowledge_base.hpp"
#include "kb/kb.hpp"
#include "text/text.hpp"

namespace claimlint {
namespace {

// UN geoscheme continents by ISO 3166-1 alpha-2 code; organisations are "international".
constexpr std::string_view kRegions[][2] = {
    {"Africa",
     "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ "
     "NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH"},
    {"Americas",
     "AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE PR"},
    {"Asia",
     "AF AM AZ BH BD BT BN KH CN CY GE IN ID IR IQ IL JP JO KZ KW KG LA LB MY MV MN MM NP KP OM PK PS PH QA SA SG "
     "KR LK SY TW TJ TH TL TR TM AE UZ VN YE HK"},
    {"Europe",
     "AL AD AT BY BE BA BG HR CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM "
     "RS SK SI ES SE CH UA GB VA"},
    {"Oceania", "AU FJ KI MH FM NR NZ PW PG WS SB TO TV VU"},
};

std::string region_of(std::string_view jur) {
  std::string_view country = jur.substr(0, jur.find('-'));  // "US-CA" -> "US"
  if (country.size() == 2)
    for (const auto& r : kRegions) {
      std::string_view list = r[1];
      for (std::size_t p = 0; p + 2 <= list.size(); p += 3)
        if (list.substr(p, 2) == country) return std::string(r[0]);
    }
  return "international";  // organisations: NATO, UN, EC, EU, ECB, …
}

std::string office_type(const detail::Tenure& t) {
  const std::string& o = t.office;
  if (o == "president" && !t.body.empty()) return "central bank";
  if (o == "governor" && t.body == "central_bank") return "central bank";
  if ((o == "president" || o == "chair") && (t.jurisdiction == "ECB" || t.jurisdiction == "FED")) return "central bank";
  if (region_of(t.jurisdiction) == "international") return "organisation head";
  if (o == "president" || o == "prime_minister" || o == "chancellor" || o == "monarch" || o == "supreme_leader" ||
      o == "vice_president")
    return "head of state/government";
  if (o == "foreign_minister" || o == "finance_minister" || o == "defence_minister" || o == "interior_minister")
    return "minister";
  if (o == "spokesperson") return "spokesperson";
  if (o == "intelligence_chief") return "intelligence";
  return "other";
}

}  // namespace

std::string KnowledgeBase::coverage_table() const {
  const auto& d = *data_;
  auto snap = parse_date(d.snapshot);
  struct Cell {
    std::size_t tenures = 0, current = 0;
    std::set<std::string> jurs;
  };
  std::map<std::string, std::map<std::string, Cell>> cells;  // type -> region -> cell
  std::set<std::string> regions;
  std::size_t curated = 0, imported = 0, with_url = 0;
  std::set<std::string> people, people_qid;
  for (const auto& t : d.tenures) {
    std::string type = office_type(t), region = region_of(t.jurisdiction);
    regions.insert(region);
    for (const std::string& r : {region, std::string("all")}) {
      Cell& c = cells[type][r];
      ++c.tenures;
      c.jurs.insert(t.jurisdiction);
      if (snap && t.surely_active(*snap)) ++c.current;
    }
    curated += t.origin == "curated";
    imported += t.origin == "wikidata";
    for (const auto& s : t.sources)
      if (!s.url.empty()) {
        ++with_url;
        break;
      }
    std::string who = detail::fold(t.person);
    people.insert(who);
    if (!t.person_qid.empty()) people_qid.insert(who);
  }
  std::string out = fmt::format("curated {}, imported from Wikidata {}, other {}; with a source URL {}; people with a "
                                "Wikidata id {} of {}\n",
                                curated, imported, d.tenures.size() - curated - imported, with_url, people_qid.size(),
                                people.size());
  out += "\ncoverage by office type and region: tenures / jurisdictions / holders known on the snapshot date\n";
  std::vector<std::string> cols(regions.begin(), regions.end());
  cols.emplace_back("all");
  out += fmt::format("{:26}", "office type");
  for (const auto& c : cols) out += fmt::format(" {:>16}", c);
  out += '\n';
  for (const auto& [type, by_region] : cells) {
    out += fmt::format("{:26}", type);
    for (const auto& c : cols) {
      auto it = by_region.find(c);
      out += it == by_region.end()
                 ? fmt::format(" {:>16}", "-")
                 : fmt::format(" {:>16}", fmt::format("{}/{}/{}", it->second.tenures, it->second.jurs.size(),
                                                      it->second.current));
    }
    out += '\n';
  }
  return out;
}

}  // namespace claimlint
