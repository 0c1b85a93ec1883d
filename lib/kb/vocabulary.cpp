#include "kb/vocabulary.hpp"

#include <fmt/format.h>

#include "text/text.hpp"

namespace claimlint::detail {
namespace {

// code | display name | other names, demonyms, short forms (comma separated)
constexpr std::string_view kCountries[] = {
    "US|the United States|united states,united states of america,u.s.,us,u.s.a.,usa,america,american,americans,washington",
    "GB|the United Kingdom|united kingdom,uk,u.k.,britain,great britain,british,london,english,england,scottish,scotland,welsh,wales",
    "DE|Germany|germany,german,germans,berlin,federal republic of germany",
    "FR|France|france,french,paris",
    "IT|Italy|italy,italian,rome",
    "ES|Spain|spain,spanish,madrid",
    "PT|Portugal|portugal,portuguese,lisbon",
    "NL|the Netherlands|netherlands,the netherlands,dutch,holland",
    "BE|Belgium|belgium,belgian",
    "LU|Luxembourg|luxembourg,luxembourgish",
    "AT|Austria|austria,austrian,vienna",
    "IE|Ireland|ireland,irish,dublin",
    "DK|Denmark|denmark,danish,copenhagen",
    "SE|Sweden|sweden,swedish,stockholm",
    "FI|Finland|finland,finnish,helsinki",
    "PL|Poland|poland,polish,warsaw",
    "CZ|the Czech Republic|czech republic,czechia,czech,prague",
    "SK|Slovakia|slovakia,slovak,bratislava",
    "HU|Hungary|hungary,hungarian,budapest",
    "SI|Slovenia|slovenia,slovenian",
    "HR|Croatia|croatia,croatian",
    "RO|Romania|romania,romanian,bucharest",
    "BG|Bulgaria|bulgaria,bulgarian,sofia",
    "GR|Greece|greece,greek,athens",
    "CY|Cyprus|cyprus,cypriot",
    "MT|Malta|malta,maltese",
    "EE|Estonia|estonia,estonian",
    "LV|Latvia|latvia,latvian",
    "LT|Lithuania|lithuania,lithuanian",
    "UA|Ukraine|ukraine,ukrainian,ukrainians,kyiv,kiev",
    "RU|Russia|russia,russian,russians,moscow,russian federation",
    "BY|Belarus|belarus,belarusian,minsk",
    "CN|China|china,chinese,beijing,people's republic of china",
    "JP|Japan|japan,japanese,tokyo",
    "KR|South Korea|south korea,south korean,korea,korean,seoul",
    "KP|North Korea|north korea,north korean,pyongyang",
    "IN|India|india,indian,new delhi",
    "PK|Pakistan|pakistan,pakistani,islamabad",
    "ID|Indonesia|indonesia,indonesian,jakarta",
    "AU|Australia|australia,australian,canberra",
    "NZ|New Zealand|new zealand",
    "CA|Canada|canada,canadian,canadians,ottawa",
    "MX|Mexico|mexico,mexican",
    "BR|Brazil|brazil,brazilian,brasilia",
    "AR|Argentina|argentina,argentine,argentinian,buenos aires",
    "ZA|South Africa|south africa,south african,pretoria",
    "SA|Saudi Arabia|saudi arabia,saudi,riyadh",
    "TR|Turkey|turkey,turkish,turkiye,ankara",
    "IL|Israel|israel,israeli,jerusalem",
    "IR|Iran|iran,iranian,tehran",
    "CH|Switzerland|switzerland,swiss,bern",
    "NO|Norway|norway,norwegian,oslo",
    "EG|Egypt|egypt,egyptian,cairo",
    "QA|Qatar|qatar,qatari,doha",
    "AE|the United Arab Emirates|united arab emirates,uae,emirati",
    "SY|Syria|syria,syrian,damascus",
    "IQ|Iraq|iraq,iraqi,baghdad",
    "AZ|Azerbaijan|azerbaijan,azerbaijani,baku",
    "NG|Nigeria|nigeria,nigerian",
    "KE|Kenya|kenya,kenyan,nairobi",
    "US-CA|California|california,californian",
};

// code | display name | names | implied office of the institution | full name
constexpr std::string_view kOrganisations[] = {
    "NATO|NATO|nato,north atlantic treaty organization|| NATO",
    "UN|the United Nations|un,u.n.,united nations||United Nations",
    "EU|the European Union|eu,e.u.,european union,brussels,european||European Union",
    "EC|the European Commission|european commission,eu commission,brussels commission||European Commission",
    "EUCO|the European Council|european council||European Council",
    "EP|the European Parliament|european parliament||European Parliament",
    "IMF|the IMF|imf,international monetary fund||International Monetary Fund",
    "WB|the World Bank|world bank||World Bank",
    "WHO|the WHO|who,world health organization,world health organisation||World Health Organization",
    "ECB|the ECB|ecb,european central bank||European Central Bank",
    "FED|the Federal Reserve|fed,federal reserve,federal reserve board||Federal Reserve",
    "ESA|ESA|esa,european space agency||European Space Agency",
    "WTO|the WTO|wto,world trade organization,world trade organisation||World Trade Organization",
    "OECD|the OECD|oecd,organisation for economic co-operation and development||OECD",
    "IAEA|the IAEA|iaea,international atomic energy agency||International Atomic Energy Agency",
    "AUC|the African Union Commission|african union,african union commission,au commission||African Union Commission",
    "ASEAN|ASEAN|asean,association of southeast asian nations||ASEAN",
    "LAS|the Arab League|arab league,league of arab states||Arab League",
    "OPEC|OPEC|opec,organization of the petroleum exporting countries||OPEC",
    "FAO|the FAO|fao,food and agriculture organization||Food and Agriculture Organization",
    "UNESCO|UNESCO|unesco||UNESCO",
    "ILO|the ILO|ilo,international labour organization,international labor organization||International Labour Organization",
    "RU|Russia|kremlin|president|Kremlin",
    "US|the United States|white house|president|White House",
    "GB|the United Kingdom|downing street|prime_minister|Downing Street",
    "FR|France|elysee,elysee palace|president|Elysee",
};

// phrase | office | implied jurisdiction | body | flags (r = relational, n = not in the KB)
constexpr std::string_view kOffices[] = {
    "president|president|||", "presidents|president|||", "federal president|president|||",
    "vice president|vice_president|||", "vice-president|vice_president|||",
    "prime minister|prime_minister|||", "premier|prime_minister|||", "pm|prime_minister|||",
    "chancellor|chancellor|||", "federal chancellor|chancellor|||",
    "chancellor of the exchequer|finance_minister|GB||",
    "king|monarch|||", "queen|monarch|||", "emperor|monarch|||", "monarch|monarch|||", "grand duke|monarch|LU||",
    "taoiseach|prime_minister|IE||", "first minister|first_minister|||n",
    "supreme leader|supreme_leader|||",
    "foreign minister|foreign_minister|||", "foreign secretary|foreign_minister|||",
    "minister of foreign affairs|foreign_minister|||", "foreign affairs minister|foreign_minister|||",
    "secretary of state|foreign_minister|US||", "minister for foreign affairs|foreign_minister|||",
    "finance minister|finance_minister|||", "minister of finance|finance_minister|||",
    "treasury secretary|finance_minister|US||", "secretary of the treasury|finance_minister|US||",
    "finance secretary|finance_minister|||",
    "interior minister|interior_minister|||", "minister of the interior|interior_minister|||",
    "home secretary|interior_minister|GB||", "homeland security secretary|interior_minister|US||",
    "secretary of homeland security|interior_minister|US||",
    "defence minister|defence_minister|||", "defense minister|defence_minister|||",
    "defence secretary|defence_minister|||", "defense secretary|defence_minister|||",
    "secretary of defense|defence_minister|US||", "secretary of defence|defence_minister|||",
    "war secretary|defence_minister|US||", "secretary of war|defence_minister|US||",
    "minister of defence|defence_minister|||", "minister of defense|defence_minister|||",
    "spokesperson|spokesperson|||r", "spokesman|spokesperson|||r", "spokeswoman|spokesperson|||r",
    "press secretary|spokesperson|||r", "government spokesperson|spokesperson|||r",
    "government spokesman|spokesperson|||r", "government spokeswoman|spokesperson|||r",
    "aide|aide|||rn", "adviser|adviser|||rn", "advisor|adviser|||rn", "deputy|deputy|||rn",
    "secretary general|secretary_general|||", "secretary-general|secretary_general|||",
    "director general|director_general|||", "director-general|director_general|||",
    "managing director|managing_director|||",
    "chair|chair|||", "chairman|chair|||", "chairwoman|chair|||",
    "high representative|high_representative|EU||", "foreign policy chief|high_representative|EU||",
    "commissioner|commissioner|||", "competition commissioner|commissioner|EC|competition|",
    "trade commissioner|commissioner|EC|trade|",
    "governor|governor|||",
    "intelligence chief|intelligence_chief|||", "spy chief|intelligence_chief|||",
    "head|head|||n", "chief|head|||n", "director|director|||n",
    "mayor|mayor|||n", "judge|judge|||n", "district judge|judge|||n", "attorney|attorney|||n",
    "lawyer|lawyer|||n", "general counsel|general_counsel|||n", "counsel|counsel|||n",
    "ceo|ceo|||n", "chief executive|ceo|||n", "chief executive officer|ceo|||n",
    "cfo|cfo|||n", "chief financial officer|cfo|||n", "founder|founder|||n",
    "finance director|cfo|||n", "financial director|cfo|||n", "chief finance officer|cfo|||n",
    "coo|coo|||n", "chief operating officer|coo|||n", "cto|cto|||n", "chief technology officer|cto|||n",
    "representative|representative|||n", "rep|representative|||n", "sen|senator|||n",
    "trade representative|trade_representative|US||n",
    "negotiator|negotiator|||n", "envoy|envoy|||n", "special envoy|envoy|||n",
    "ambassador|ambassador|||n", "minister|minister|||n", "secretary|secretary|||n",
    "senator|senator|||n", "congressman|representative|||n", "congresswoman|representative|||n",
    "lawmaker|lawmaker|||n", "leader|leader|||n", "opposition leader|opposition_leader|||n",
    "coach|coach|||n", "manager|manager|||n", "captain|captain|||n", "economist|economist|||n",
    "analyst|analyst|||n", "professor|professor|||n", "commander|commander|||n", "general|general|||n",
    "sheriff|sheriff|||n", "police chief|police_chief|||n", "fire chief|fire_chief|||n",
    "councillor|councillor|||n", "councilor|councillor|||n", "council member|councillor|||n",
    "treasurer|treasurer|||n", "superintendent|superintendent|||n", "prosecutor|prosecutor|||n",
    "president-elect|president|||", "chief justice|chief_justice|||n",
    // Cabinet portfolios outside the knowledge base (for role.conflict).
    "health minister|health_minister|||n", "minister of health|health_minister|||n", "health secretary|health_minister|||n",
    "education minister|education_minister|||n", "minister of education|education_minister|||n",
    "education secretary|education_minister|||n", "justice minister|justice_minister|||n",
    "minister of justice|justice_minister|||n", "attorney general|justice_minister|||n",
    "economy minister|economy_minister|||n", "economics minister|economy_minister|||n",
    "minister of economy|economy_minister|||n", "trade minister|trade_minister|||n",
    "trade secretary|trade_minister|||n", "industry minister|industry_minister|||n",
    "commerce minister|commerce_minister|||n", "commerce secretary|commerce_minister|||n",
    "energy minister|energy_minister|||n", "energy secretary|energy_minister|||n",
    "environment minister|environment_minister|||n", "labour minister|labour_minister|||n",
    "labor minister|labour_minister|||n", "labor secretary|labour_minister|||n",
    "agriculture minister|agriculture_minister|||n", "agriculture secretary|agriculture_minister|||n",
    "transport minister|transport_minister|||n", "transportation secretary|transport_minister|||n",
    "culture minister|culture_minister|||n",
};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (true) {
    std::size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

Vocabulary build() {
  Vocabulary v;
  auto add_jur = [&](std::string_view row, bool org) {
    auto f = split(row, '|');
    JurisdictionInfo j;
    j.code = std::string(f[0]);
    j.name = std::string(f[1]);
    j.organisation = org;
    if (f.size() > 3) j.implied_office = std::string(f[3]);
    j.full_name = f.size() > 4 ? std::string(f[4]) : j.name;
    while (!j.full_name.empty() && j.full_name.front() == ' ') j.full_name.erase(0, 1);
    std::size_t idx = v.jurisdictions.size();
    v.jurisdictions.push_back(j);
    for (auto n : split(f[2], ',')) {
      v.jur_by_phrase.emplace(std::string(n), idx);
      v.jur_first.insert(std::string(n.substr(0, n.find(' '))));
    }
  };
  for (auto r : kCountries) add_jur(r, false);
  for (auto r : kOrganisations) add_jur(r, true);
  for (auto r : kOffices) {
    auto f = split(r, '|');
    OfficeInfo o;
    o.office = std::string(f[1]);
    o.jurisdiction = std::string(f[2]);
    o.body = std::string(f[3]);
    o.relational = f[4].find('r') != std::string_view::npos;
    o.kb_office = f[4].find('n') == std::string_view::npos;
    v.office_by_phrase.emplace(std::string(f[0]), o);
    v.office_first.insert(std::string(f[0].substr(0, f[0].find(' '))));
  }
  return v;
}

}  // namespace

const JurisdictionInfo* Vocabulary::jurisdiction(std::string_view code) const {
  for (const auto& j : jurisdictions)
    if (j.code == code && j.implied_office.empty()) return &j;
  return nullptr;
}

std::string Vocabulary::jurisdiction_name(std::string_view code) const {
  if (const auto* j = jurisdiction(code)) return j->name;
  return std::string(code);
}

static std::string office_words(std::string_view office) {
  static const boost::unordered_flat_map<std::string_view, std::string_view> names = {
      {"president", "President"}, {"vice_president", "Vice President"}, {"prime_minister", "Prime Minister"},
      {"chancellor", "Chancellor"}, {"monarch", "Monarch"}, {"supreme_leader", "Supreme Leader"},
      {"foreign_minister", "Foreign Minister"}, {"finance_minister", "Finance Minister"},
      {"interior_minister", "Interior Minister"}, {"defence_minister", "Defence Minister"},
      {"spokesperson", "spokesperson"}, {"secretary_general", "Secretary General"},
      {"director_general", "Director-General"}, {"managing_director", "Managing Director"},
      {"chair", "Chair"}, {"high_representative", "High Representative"}, {"commissioner", "Commissioner"},
      {"governor", "Governor"}, {"intelligence_chief", "head of intelligence"}, {"party_leader", "party leader"},
      {"aide", "aide"}, {"adviser", "adviser"}, {"deputy", "deputy"}};
  auto it = names.find(office);
  if (it != names.end()) return std::string(it->second);
  std::string s(office);
  for (auto& c : s)
    if (c == '_') c = ' ';
  return s;
}

std::string Vocabulary::office_title(std::string_view office, std::string_view jur, std::string_view body) const {
  std::string t = office_words(office);
  if (!body.empty()) t = fmt::format("{} ({})", t, body);
  if (jur.empty()) return t;
  return fmt::format("{} of {}", t, jurisdiction_name(jur));
}

bool Vocabulary::single_holder(std::string_view office) const {
  return office != "commissioner" && office != "aide" && office != "adviser" && office != "deputy" &&
         office != "minister" && office != "secretary" && office != "head" && office != "director";
}

const Vocabulary& vocabulary() {
  static const Vocabulary v = build();
  return v;
}

}  // namespace claimlint::detail
