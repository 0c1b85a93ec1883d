#include "attribution/cues.hpp"

#include "text/text.hpp"

namespace claimlint::detail {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::vector<std::string> regular_forms(std::string_view l) {
  std::string s(l);
  std::vector<std::string> out{s};
  std::string third, past, ing;
  const char last = s.back();
  if (last == 'y' && s.size() > 1 && !vowel(s[s.size() - 2])) {
    third = s.substr(0, s.size() - 1) + "ies";
    past = s.substr(0, s.size() - 1) + "ied";
    ing = s + "ing";
  } else if (last == 'e') {
    third = s + "s";
    past = s + "d";
    ing = s.substr(0, s.size() - 1) + "ing";
  } else {
    bool sib = s.ends_with("s") || s.ends_with("sh") || s.ends_with("ch") || s.ends_with("x") || s.ends_with("z");
    third = s + (sib ? "es" : "s");
    // Double a final consonant after a single short vowel in one-syllable-stressed verbs.
    bool dbl = s.size() >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(s[s.size() - 2]) &&
               !vowel(s[s.size() - 3]) &&
               (s == "admit" || s == "commit" || s == "regret" || s == "rebut" || s == "submit" || s == "plot" ||
                s == "quip" || s == "jot" || s == "chat" || s == "stop" || s == "refer" || s == "prefer" ||
                s == "concur" || s == "aver" || s == "omit" || s == "blog");
    past = s + (dbl ? std::string(1, last) : "") + "ed";
    ing = s + (dbl ? std::string(1, last) : "") + "ing";
  }
  out.push_back(third);
  out.push_back(past);
  out.push_back(ing);
  return out;
}

struct Entry {
  std::string_view lemma;
  bool bare, np, to_inf;
  std::string_view irregular;  // space-separated forms, or empty for regular verbs
};

// bare: takes a clause without "that"; np: takes a noun phrase content; to: takes "to …".
constexpr Entry kVerbs[] = {
    {"say", true, false, false, "say says said saying"},
    {"tell", true, false, false, "tell tells told telling"},
    {"write", true, false, false, "write writes wrote written writing"},
    {"speak", false, false, false, "speak speaks spoke spoken speaking"},
    {"think", true, false, false, "think thinks thought thinking"},
    {"find", false, false, false, "find finds found finding"},
    {"hold", false, false, false, "hold holds held holding"},
    {"tweet", true, false, false, ""}, {"post", true, false, false, ""},
    {"add", true, false, false, ""}, {"note", true, false, false, ""}, {"warn", true, false, false, ""},
    {"insist", true, false, false, ""}, {"claim", true, false, true, ""}, {"argue", true, false, false, ""},
    {"deny", false, true, false, ""}, {"concede", true, false, false, ""}, {"state", true, false, false, ""},
    {"report", false, false, false, ""}, {"announce", false, true, false, ""}, {"confirm", false, true, false, ""},
    {"explain", true, false, false, ""}, {"emphasize", true, false, false, ""}, {"emphasise", true, false, false, ""},
    {"stress", true, false, false, ""}, {"suggest", true, false, false, ""}, {"acknowledge", true, true, false, ""},
    {"admit", true, false, false, ""}, {"assert", true, false, false, ""}, {"contend", true, false, false, ""},
    {"declare", true, false, false, ""}, {"maintain", false, false, false, ""}, {"predict", true, false, false, ""},
    {"estimate", true, false, false, ""}, {"reveal", false, false, false, ""}, {"disclose", false, false, false, ""},
    {"indicate", false, false, false, ""}, {"signal", false, false, false, ""}, {"observe", true, false, false, ""},
    {"remark", true, false, false, ""}, {"comment", false, false, false, ""}, {"reply", true, false, false, ""},
    {"respond", false, false, false, ""}, {"answer", false, false, false, ""}, {"recall", true, false, false, ""},
    {"recount", false, false, false, ""}, {"describe", false, true, false, ""}, {"allege", true, false, true, ""},
    {"accuse", false, true, false, ""}, {"complain", true, false, false, ""}, {"urge", false, true, false, ""},
    {"caution", true, false, false, ""}, {"promise", true, false, true, ""}, {"pledge", true, false, true, ""},
    {"vow", true, false, true, ""}, {"threaten", false, false, true, ""}, {"agree", false, false, false, ""},
    {"believe", true, false, false, ""}, {"expect", false, false, false, ""}, {"hope", false, false, false, ""},
    {"fear", false, false, false, ""}, {"worry", false, false, false, ""}, {"doubt", false, false, false, ""},
    {"question", false, false, false, ""}, {"testify", true, false, false, ""}, {"affirm", true, false, false, ""},
    {"reiterate", true, false, false, ""}, {"repeat", false, false, false, ""}, {"boast", true, false, false, ""},
    {"brag", true, false, false, ""}, {"joke", true, false, false, ""}, {"quip", true, false, false, ""},
    {"shout", false, false, false, ""}, {"scream", false, false, false, ""}, {"whisper", false, false, false, ""},
    {"mention", false, false, false, ""}, {"point", false, false, false, ""}, {"underline", true, false, false, ""},
    {"underscore", true, false, false, ""}, {"highlight", false, false, false, ""}, {"clarify", false, false, false, ""},
    {"specify", false, false, false, ""}, {"counter", true, false, false, ""}, {"retort", true, false, false, ""},
    {"rebut", false, false, false, ""}, {"dispute", false, false, false, ""}, {"reject", false, true, false, ""},
    {"dismiss", false, true, false, ""}, {"forecast", true, false, false, ""},
    {"project", false, false, false, ""}, {"calculate", false, false, false, ""}, {"conclude", true, false, false, ""},
    {"determine", false, false, false, ""}, {"rule", false, false, false, ""}, {"decide", false, false, false, ""},
    {"order", false, false, false, ""}, {"demand", false, true, false, ""}, {"request", false, false, false, ""},
    {"ask", false, false, false, ""}, {"inform", false, false, false, ""}, {"notify", false, false, false, ""},
    {"brief", false, false, false, ""}, {"advise", false, false, false, ""}, {"recommend", false, false, false, ""},
    {"propose", false, false, false, ""}, {"proclaim", true, false, false, ""}, {"pronounce", false, false, false, ""},
    {"certify", false, false, false, ""}, {"attest", false, false, false, ""}, {"swear", false, false, true, "swear swears swore sworn swearing"},
    {"contest", false, false, false, ""}, {"lament", true, false, false, ""},
    {"regret", false, false, false, ""}, {"apologize", false, false, false, ""}, {"apologise", false, false, false, ""},
    {"concur", false, false, false, ""}, {"object", false, false, false, ""}, {"protest", false, false, false, ""},
    {"plead", false, false, false, ""}, {"imply", false, false, false, ""}, {"hint", false, false, false, ""},
    {"speculate", false, false, false, ""}, {"theorize", false, false, false, ""}, {"surmise", false, false, false, ""},
    {"assume", false, false, false, ""}, {"guess", true, false, false, ""}, {"wonder", false, false, false, ""},
    {"muse", true, false, false, ""}, {"reason", true, false, false, ""},
    {"blog", true, false, false, ""}, {"exclaim", true, false, false, ""}, {"mutter", false, false, false, ""},
    {"grumble", false, false, false, ""}, {"sigh", false, false, false, ""},
    {"aver", true, false, false, ""}, {"avow", false, false, false, ""}, {"attribute", false, false, false, ""},
    {"reassure", false, false, false, ""}, {"assure", false, false, false, ""}, {"guarantee", false, false, false, ""},
    {"stipulate", false, false, false, ""}, {"allow", false, false, false, ""},
    {"grant", false, false, false, ""}, {"figure", false, false, false, ""}, {"judge", false, false, false, ""},
    {"charge", false, false, false, ""}, {"criticize", false, true, false, ""}, {"criticise", false, true, false, ""},
    {"condemn", false, true, false, ""}, {"welcome", false, false, false, ""}, {"praise", false, true, false, ""},
    {"hail", false, false, false, ""}, {"contradict", false, false, false, ""},
    {"verify", false, false, false, ""}, {"corroborate", false, false, false, ""},
    // Verbs that report speech only next to a quotation or a that-clause ("“…,” he continued",
    // "she slammed the plan as “reckless”" is a claim through its quotation only).
    {"continue", false, false, false, ""}, {"echo", false, false, false, ""}, {"slam", false, false, false, "slam slams slammed slamming"},
    {"blast", false, false, false, ""}, {"blame", false, false, false, ""}, {"cite", false, false, false, ""},
    {"implore", false, false, false, ""}, {"tout", false, false, false, ""}, {"scoff", false, false, false, ""},
    {"rail", false, false, false, ""}, {"gush", false, false, false, ""}, {"chide", false, false, false, ""},
    {"thunder", false, false, false, ""}, {"snap", false, false, false, "snap snaps snapped snapping"},
    {"interject", false, false, false, ""}, {"marvel", false, false, false, "marvel marvels marveled marvelled marveling marvelling"},
};

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t sp = s.find(' ', b);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > b) out.emplace_back(s.substr(b, sp - b));
    b = sp + 1;
  }
  return out;
}

}  // namespace

void CueLexicon::add_lemma(std::string_view lemma, bool bare, bool np, bool to_inf, std::vector<std::string> forms) {
  if (forms.empty()) forms = regular_forms(lemma);
  for (const auto& f : forms) {
    CueInfo info{std::string(lemma), bare, np, f.ends_with("ing"), to_inf};
    verbs.insert_or_assign(f, info);
  }
}

CueLexicon make_cue_lexicon(const std::vector<std::string>& extra) {
  CueLexicon lx;
  for (const auto& e : kVerbs) {
    lx.add_lemma(e.lemma, e.bare, e.np, e.to_inf, split_words(e.irregular));
  }
  for (const auto& x : extra) {
    std::string f = fold(x);
    if (!f.empty()) lx.add_lemma(f, true, false, false);
  }
  for (std::string_view p : {"made it clear", "make it clear", "makes it clear", "making it clear",
                             "is adamant", "was adamant", "are adamant", "were adamant", "remains adamant",
                             "expressed a willingness", "expressed willingness", "has expressed a willingness",
                             "expressed concern", "expressed hope", "expressed confidence", "went on to say",
                             "pointed out", "points out", "spelled out", "made clear", "is convinced",
                             "is confident", "was confident", "insisted on", "called for", "calls for", "call for",
                             "is demanding", "are demanding", "expressed doubt", "expressed doubts", "called it", "calls it", "called on", "calls on", "call on",
                             "chimed in", "chimes in", "chiming in", "went on", "goes on"}) {
    std::vector<std::string> words = split_words(p);
    lx.phrase_first[words.front()].push_back(lx.phrases.size());
    lx.phrases.push_back(std::move(words));
  }
  return lx;
}

const CueLexicon& builtin_cues() {
  static const CueLexicon lx = make_cue_lexicon({});
  return lx;
}

}  // namespace claimlint::detail
