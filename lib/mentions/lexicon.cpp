#include "mentions/lexicon.hpp"

#include <boost/unordered/unordered_flat_map.hpp>
#include <boost/unordered/unordered_flat_set.hpp>
#include <string>

namespace claimlint::detail {
namespace {

using Set = boost::unordered_flat_set<std::string_view>;

Set make_set(std::string_view words) {
  Set s;
  std::size_t b = 0;
  while (b < words.size()) {
    std::size_t e = words.find(' ', b);
    if (e == std::string_view::npos) e = words.size();
    if (e > b) s.insert(words.substr(b, e - b));
    b = e + 1;
  }
  return s;
}

constexpr std::string_view kMale =
    "aaron abdul abdullah adam adrian ahmed alan albert alberto alejandro alexander alexandre alexei alexey ali "
    "andrea andreas andrei andrew andrzej andy angelo anthony antonio antony ashraf benjamin bernard bill blaise "
    "bob boris brian bruce carl carlos charles chris christian christopher claude colin daniel danny david dennis "
    "derek diego dmitry dmitri donald doug douglas edward emmanuel enrique eric erik evan felix fernando florian "
    "francesco francis francisco frank franz frederic friedrich gabriel gary george georg gerhard giorgio "
    "giuseppe gordon greg gregory guido hans harry heinrich helmut henry hugh hugo ian igor ivan jack jacob "
    "james jamie jan jared javier jean jeff jeffrey jens jerome jim joachim joe johan johannes john jonathan "
    "jorge jose josef joseph juan julian justin karl keir kevin kim klaus kurt larry lars laurent lee leo "
    "leonardo lloyd louis luca lucas luis luiz manuel marc marco marcus mario mark martin mateusz matteo "
    "matthew maurice max michael michel miguel mike mikhail mohamed mohammed muhammad narendra nathan "
    "nicholas nick nicolas nikolai olaf oliver omar oscar pablo patrick paul pedro pete peter philip philippe "
    "pierre rafael ralph raul ray raymond recep richard rick robert roberto roger ron ronald rustem ryan "
    "salman sam samuel scott sebastian sergei sergey serhii simon stefan stephen steve steven sven thomas tim "
    "timothy todd tom tony victor viktor vincent vladimir volodymyr walter wang william wolfgang xi yuri "
    "yves zhang donald keith neil nigel rishi boris theresa emmanuel friedrich olaf jens mark antonio "
    "mateusz viktor giorgia pedro kaja josep charles ruslan kyrylo andriy denys oleksandr oleksiy hakan "
    "benjamin isaac yair naftali ebrahim masoud hassan ali fumio shigeru shinzo yoshihide ishiba sanae "
    "anthony rishi jeremy kwasi nadhim jeremy jake grant ben gavin jerome christine ursula charles roberta";
constexpr std::string_view kFemale =
    "alice alicia amanda amy ana anastasia andrea angela angelika anita ann anna anne annalena antje barbara "
    "beata betty brenda carla carmen caroline catherine cecilia charlotte christina christine claire claudia "
    "dana daniela deborah diana dilma donna dorothy elena elisabeth elizabeth ella ellen emily emma eva "
    "evelyn francesca giorgia gloria hannah heather helen helena hillary ingrid irene isabel jacinda jane "
    "janet jennifer jessica joan joanna julia julie karen karin karoline kate katherine kathleen kathryn "
    "katja laura lena linda lisa liz louise lucia magdalena margaret margrethe maria marie marina marine "
    "martha mary maya melissa mette michelle monica nadia nancy natalia natalie nicola nina olena olga "
    "pamela patricia paula rachel rebecca rosa ruth sandra sara sarah sharon sophie stephanie susan sylvie "
    "teresa theresa ursula valerie vera veronica victoria virginia yulia zoe kristalina christine roberta "
    "kaja kamala rachel yvette suella priti shabana tulsi kristi pam lisa ngozi yulia liz rosa";

constexpr std::string_view kOrgWords =
    "inc inc. corp corp. co co. ltd ltd. llc plc group party ministry department council court courts agency "
    "force forces army navy guard police bank university college institute commission committee organization "
    "organisation union fund reserve association club airlines airline airways news times post press reuters "
    "ap afp company corporation foundation office board authority service services agency network tribunal "
    "parliament congress senate assembly government administration cabinet school hospital centre center "
    "church federation league team fc society trust capital partners holdings motors energy bureau exchange "
    "house palace embassy ministries commons lords museum studio studios media systems technologies labs "
    "journal herald tribune gazette telegraph guardian chronicle daily weekly magazine";

constexpr std::string_view kNonName =
    "the a an in on at of for to by with from and or but if as this that these those it its he she they we i "
    "his her their our my your you there here when while after before since during however meanwhile also "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "according additionally historically earlier later last next new not no yes all some many most more "
    "yesterday today tomorrow tonight although though because whereas unless than even only just now "
    "whether nor so yet instead despite although amid among against between without within "
    "several both each every other such what which who whom whose where why how then still yet already "
    "one two three four five six seven eight nine ten first second third mr mrs ms dr "
    "north south east west northern southern eastern western central christmas easter ramadan covid "
    "breaking update exclusive analysis opinion editorial photo video live";

constexpr std::string_view kQualifiers = "former ex then acting outgoing incoming interim late elect designate caretaker";

constexpr std::string_view kAnonymous =
    "official officials source sources diplomat diplomats analyst analysts expert experts people person "
    "residents resident witnesses witness observers observer insiders insider aides aide advisers adviser "
    "advisors negotiators investigators economists economist lawyers lawmakers legislators critics "
    "spokesperson spokesman spokeswoman representative representatives executives executive members member "
    "employees staff workers traders investors scientists researchers doctors activists campaigners "
    "protesters organizers organisers authorities leaders officers agents analysts police prosecutors "
    "military officers commanders someone person individuals voters supporters opponents "
    "meteorologists forecasters engineers historians paramedics rescuers firefighters medics nurses teachers "
    "farmers students physicians epidemiologists strategists pollsters consultants bankers dealers brokers "
    "diplomat envoys delegates observers monitors inspectors auditors regulators spokespeople sources "
    "trader dealer broker banker investor lawyer resident witness expert analyst insider observer negotiator "
    "strategist consultant forecaster economist scientist researcher doctor nurse teacher farmer student "
    "worker employee executive manager engineer officer agent activist protester campaigner voter";

constexpr std::string_view kDocuments =
    "report reports ruling filing filings statement statements study survey poll document documents data "
    "figures estimate estimates records record memo letter complaint lawsuit indictment decision judgment "
    "judgement order analysis release announcement post tweet communique declaration minutes transcript "
    "forecast projections assessment review audit message messages email emails letters video press "
    "petition";

constexpr std::string_view kOrgHeads =
    "company firm ministry government administration kremlin council court agency commission committee "
    "organization organisation union bank group party military army police department office authority "
    "authorities regulator regulators club team board white house parliament congress senate embassy "
    "campaign operator carrier airline manufacturer insurer county city state country nation alliance "
    "force forces navy service presidency institute ministry secretariat agency union unions federation";

constexpr std::string_view kModifiers =
    "the a an some several many two three four five other senior top junior chief lead local regional "
    "national federal state international foreign western eastern european u.s. us american british "
    "russian ukrainian german french chinese israeli iranian defense defence military government "
    "administration white house police security intelligence health economic trade finance justice "
    "palestinian gaza israeli arab turkish polish canadian japanese indian italian spanish company "
    "industry party opposition union ruling legal independent private public former current unnamed "
    "anonymous high-ranking high ranking u.n. eu e.u. nato un its their his her this that these those "
    "central main largest biggest leading";

constexpr std::string_view kClauseWords =
    "and but or nor so yet while whereas because since although though if unless when whenever where as than "
    "that which who whom whose what how why whether after before until once is was are were be been being has "
    "have had do does did will would can could may might must should shall him them us me her it himself "
    "herself themselves to not by into about over against under through during then also there here this "
    "these said says say told like with without per via let despite amid let's i you we he she they it's "
    "he's she's they're we're i'm you're its";

constexpr std::string_view kQuantifiers =
    "some several many most few both all each none others majority majorities minority half third quarter "
    "dozens hundreds thousands millions percent one two three four five six seven eight nine ten eleven "
    "twelve twenty thirty forty fifty sixty seventy eighty ninety";

constexpr std::string_view kNpOpeners =
    "the a an another every any no those these this nearly almost about around more fewer just only roughly "
    "his her their our my your its other such either neither large small nobody everyone someone somebody "
    "everybody anyone";

constexpr std::string_view kTimeNouns =
    "minute minutes hour hours day days week weeks month months year years past morning afternoon evening "
    "night weekend time times moment ago later means way news decade decades century today tonight yesterday "
    "meanwhile point instance example case end start beginning mid-morning midday period";

struct Lists {
  boost::unordered_flat_map<std::string_view, char> given;
  Set org, non_name, qual, anon, docs, orghead, mods, clause, quant, openers, time;
  Lists() {
    for (auto w : make_set(kMale)) given.emplace(w, 'm');
    for (auto w : make_set(kFemale)) given[w] = given.contains(w) ? '?' : 'f';
    org = make_set(kOrgWords);
    non_name = make_set(kNonName);
    qual = make_set(kQualifiers);
    anon = make_set(kAnonymous);
    docs = make_set(kDocuments);
    orghead = make_set(kOrgHeads);
    mods = make_set(kModifiers);
    clause = make_set(kClauseWords);
    quant = make_set(kQuantifiers);
    openers = make_set(kNpOpeners);
    for (auto w : quant) openers.insert(w);
    time = make_set(kTimeNouns);
  }
};

const Lists& lists() {
  static const Lists l;
  return l;
}

}  // namespace

char given_name_gender(std::string_view w) {
  const auto& g = lists().given;
  auto it = g.find(w);
  if (it == g.end()) return 0;
  return it->second == '?' ? 0 : it->second;
}
char honorific(std::string_view w) {
  if (w == "mr" || w == "mr." || w == "sir" || w == "lord") return 'm';
  if (w == "mrs" || w == "mrs." || w == "ms" || w == "ms." || w == "miss" || w == "dame" || w == "lady") return 'f';
  if (w == "dr" || w == "dr." || w == "prof" || w == "prof.") return '?';
  return 0;
}
bool ly_adverb(std::string_view w) {
  // Nouns and adjectives that end in -ly like an adverb.
  static constexpr std::string_view kNotAdverbs[] = {
      "family", "assembly", "ally", "rally", "supply", "italy", "july", "monopoly", "anomaly", "reply", "belly",
      "bully", "jelly", "lily", "tally", "folly", "homily", "melancholy", "kelly", "emily", "holly", "billy",
      "daily", "weekly", "monthly", "quarterly", "yearly", "elderly", "friendly", "only", "fly", "ugly", "holy",
      "silly", "lonely", "lovely", "likely", "unlikely", "costly", "deadly", "early", "curly", "burly", "hilly",
      "oily", "woolly", "chilly", "sally", "molly", "polly", "dolly", "wally", "shelly", "beverly", "nelly"};
  if (w.size() <= 4 || !w.ends_with("ly")) return false;
  for (auto n : kNotAdverbs)
    if (w == n) return false;
  return true;
}
bool title_abbreviation(std::string_view w) {
  static constexpr std::string_view kAbbrev[] = {"gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm", "sen",
                                                 "rep", "gov", "pres", "rev", "hon", "supt", "atty", "amb", "cpl",
                                                 "pvt", "insp", "det", "sup", "fr", "gov.", "sen.", "rep."};
  for (auto a : kAbbrev)
    if (w == a) return true;
  return false;
}
bool np_preposition(std::string_view w) {
  return w == "of" || w == "in" || w == "for" || w == "at" || w == "from" || w == "on" || w == "among" ||
         w == "across" || w == "within" || w == "near" || w == "outside" || w == "inside" || w == "behind";
}
bool name_particle(std::string_view w) {
  return w == "von" || w == "van" || w == "der" || w == "den" || w == "de" || w == "da" || w == "del" || w == "di" ||
         w == "le" || w == "la" || w == "bin" || w == "al" || w == "dos" || w == "du" ||
         w == "ibn" || w == "bint" || w == "el" || w == "das" || w == "della" || w == "des";
}
bool org_word(std::string_view w) { return lists().org.contains(w); }
bool non_name_word(std::string_view w) { return lists().non_name.contains(w); }
bool qualifier_word(std::string_view w) { return lists().qual.contains(w); }
bool anonymous_head(std::string_view w) { return lists().anon.contains(w); }
bool document_head(std::string_view w) { return lists().docs.contains(w); }
bool organisation_head(std::string_view w) { return lists().orghead.contains(w); }
bool np_modifier(std::string_view w) { return lists().mods.contains(w); }
bool clause_word(std::string_view w) { return lists().clause.contains(w); }
bool quantifier(std::string_view w) { return lists().quant.contains(w); }
bool np_opener(std::string_view w) { return lists().openers.contains(w); }
bool time_noun(std::string_view w) { return lists().time.contains(w); }

}  // namespace claimlint::detail
