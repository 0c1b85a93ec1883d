// number.inconsistent-repeat: the same quantity of the same thing restated with a different
// number: "a fee of 45 million euros" and later "the 54 million euro fee". Figures that may
// legitimately differ are left alone: hedged ones ("at least", "about"), rounding, other units,
// running totals and other dates, and things the text counts more than once.
#include <fmt/format.h>

#include <boost/unordered/unordered_flat_map.hpp>

#include <algorithm>
#include <cmath>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"
#include "mentions/numbers.hpp"

namespace claimlint::detail {
namespace {

bool word_is_(const Doc& d, std::uint32_t i, std::string_view w) {
  return i < d.text.toks.size() && d.text.toks[i].kind == Tk::word && folded_tok(d, i) == w;
}

// Words that never name the thing a figure counts.
bool not_a_thing(std::string_view w) {
  static const WordSet words(
      "of in on to a an the and or for from with at by as than per is are was were be been has have "
      "had will would could should may might said says say that this which who it its their they he "
      "she we i you last next this each apiece more less fewer million billion trillion thousand mln "
      "bln year years month months week weeks day days hour hours minute minutes second seconds time "
      "times people persons percent pct cents cent points point share shares dlrs dlr stg yen euros "
      "euro dollars dollar pounds pound marks francs a.m. p.m. am pm ago earlier later before after "
      "up down over under about some all members member other others new old so too not only also but "
      "when where while if because into out off against between among since until during through "
      "across around within without there here then now respectively each every both either neither "
      "such same different tonnes tons barrels bpd units kilometres kilometers miles metres meters "
      "feet acres hectares degrees kg km lb lbs ounces oz litres liters gallons bushels ");
  return words.contains(w);
}

// Synonyms folded onto one key, plurals made singular. Returns a static string or a view into w.
std::string_view thing_key(std::string_view w) {
  if (w == "duties" || w == "levies") return "tariff";
  if (w == "penalties") return "fine";
  if (w == "fatalities") return "dead";
  if (w == "injuries") return "injured";
  if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us")) w.remove_suffix(1);
  if (w == "duty" || w == "levy" || w == "surcharge") return "tariff";
  if (w == "penalty") return "fine";
  if (w == "death" || w == "victim" || w == "fatality" || w == "dead" || w == "toll" || w == "death-toll") return "dead";
  if (w == "wounded" || w == "injury") return "injured";
  if (w == "acquisition" || w == "takeover" || w == "merger" || w == "buyout" || w == "transaction") return "deal";
  if (w == "buying" || w == "bought" || w == "purchase" || w == "purchased" || w == "purchasing" || w == "acquire" ||
      w == "acquired" || w == "acquiring")
    return "buy";
  if (w == "selling" || w == "sold") return "sell";
  if (w == "revenue" || w == "revenues" || w == "turnover") return "sale";
  if (w == "redundancies") return "job cut";
  if (w == "cut" || w == "layoff" || w == "redundancy" || w == "job-cut") return "job cut";
  return w;
}

// Nouns that head a compound after a modifier noun ("takeover deal", "transfer fee").
bool head_noun(std::string_view k) {
  if (k == "job cut") return true;
  static const WordSet words(
      "deal fee tariff fine budget package loan contract settlement bid offer plan fund dead injured "
      "payment bill sale investment bond award bonus salary price grant subsidy tax cost ");
  return words.contains(k);
}

// Words near a figure that say it differs on purpose: a running total, an update, another date.
bool change_word(std::string_view w) {
  static const WordSet words(
      "rose risen rising climbed increased increase raised raise revised cut cuts reduced lowered now "
      "new latest updated total totals another additional further previous previously original "
      "originally initial initially earlier instead from to by last next ago year-earlier prior old "
      "first second third final finally current currently each per other sweetened improved up down "
      "extra more remaining rest combined overall annual monthly daily weekly estimated expected "
      "projected forecast proposed planned target minimum maximum average apiece separate similar "
      "smaller larger bigger lower higher same ");
  return words.contains(w);
}

// Amounts a story usually has one of: a fee, a tariff, a fine, a deal, a death toll. A figure
// for a stake, a gain or a cargo may recur with other values for other things, so only these
// are compared.
bool one_off(std::string_view k) {
  if (k == "job cut") return true;
  static const WordSet words(
      "fee tariff fine deal budget settlement package ransom bail award damage dead injured bailout "
      "contract compensation verdict judgment judgement price-tag ");
  return words.contains(k);
}

struct Thing {
  const NumberMention* n;
  std::string_view key;     // static, or a view into Doc::f
  std::uint32_t noun_tok;  // token of the noun
  bool definite;           // "the 54 million euro fee"
  std::vector<std::string_view> object;  // content words after "on", "for", "of"
  bool changing;           // a change word within a few tokens
};

bool cap_tok(const Token& t) { return t.has(f_cap) || t.has(f_upper); }

bool has_thing(const Doc& d, const NumberMention& n, Thing& th) {
  const auto& toks = d.text.toks;
  th.n = &n;
  th.definite = false;
  th.noun_tok = npos32;
  const std::uint32_t hb = token_at(d.text, n.start);
  // After: "a 50% tariff", "the $2.3 billion takeover deal", "14 people killed".
  std::uint32_t i = n.te;
  std::uint32_t noun = npos32;
  for (std::uint32_t k = 0; k < 2 && i + k < toks.size(); ++k) {
    const Token& t = toks[i + k];
    if (t.kind != Tk::word || cap_tok(t) || t.has(f_newline)) break;
    const std::string& w = folded_tok(d, i + k);
    if (not_a_thing(w)) {
      // "14 people killed"; "killed 14 people"
      if ((w == "people" || w == "persons") && k == 0) {
        bool killed = false;
        if (i + 1 < toks.size() && toks[i + 1].kind == Tk::word) {
          const std::string& nx = folded_tok(d, i + 1);
          killed = nx == "killed" || nx == "dead" || nx == "died";
          if ((nx == "were" || nx == "have" || nx == "had") && i + 2 < toks.size()) {
            const std::string& nx2 = folded_tok(d, i + 2);
            killed = nx2 == "killed" || nx2 == "died";
          }
        }
        if (hb > 0 && toks[hb - 1].kind == Tk::word) {
          const std::string& pv = folded_tok(d, hb - 1);
          killed |= pv == "killed" || pv == "killing" || pv == "kill" || pv == "kills";
        }
        if (killed) {
          th.key = "dead";
          noun = i;
        }
      }
      break;
    }
    // The first word is the noun, unless a head noun follows it: "the $2.3 billion takeover deal".
    if (k == 1 && !head_noun(thing_key(w))) break;
    noun = i + k;
    th.key = thing_key(w);
  }
  if (noun == npos32 && hb >= 1 && toks[hb - 1].kind == Tk::word && n.unit == NumUnit::count &&
      (i >= toks.size() || toks[i].kind != Tk::word || folded_tok(d, i) == "and")) {
    // "the blast killed 14 and wounded 30"
    const std::string& pv = folded_tok(d, hb - 1);
    if (pv == "killed" || pv == "killing" || pv == "kill" || pv == "kills") {
      th.key = "dead";
      noun = hb - 1;
    }
  }
  if (noun == i && n.unit == NumUnit::count && hb >= 1 && (th.key == "job" || th.key == "position" || th.key == "post")) {
    // "cut 1,200 jobs", "eliminate 1,200 positions", "lay off 1,200 jobs"
    const std::string& what = folded_tok(d, i);
    const std::string& verb = folded_tok(d, hb - 1);
    static const WordSet cut_verbs("cut cuts cutting eliminate eliminates eliminating shed sheds shedding axe axes "
                                   "axing off");
    if ((what == "jobs" || what == "positions" || what == "posts") && cut_verbs.contains(verb) &&
        !(verb == "off" && !(hb >= 2 && (folded_tok(d, hb - 2) == "lay" || folded_tok(d, hb - 2) == "laid")))) {
      th.key = "job cut";
      noun = i;
    }
  }
  if (noun == npos32 && n.unit == NumUnit::currency && hb >= 2) {
    // A verb names the amount: "fined the mill 2.5 million pounds", "agreed to buy Ostrin for
    // $4.6 billion".
    const Sentence& sent = d.text.sents[d.text.sent_of_tok[hb]];
    const bool for_ = toks[hb - 1].kind == Tk::word && folded_tok(d, hb - 1) == "for";
    for (std::uint32_t k = hb; k-- > sent.tok_begin && hb - k <= 6;) {
      if (toks[k].kind != Tk::word) {
        if (toks[k].kind == Tk::punct && d.text.str(k) != "'" && d.text.str(k) != ".") break;
        continue;
      }
      const std::string& v = folded_tok(d, k);
      static const WordSet fine_verbs("fined fine fining fines");
      static const WordSet deal_verbs("buy bought buying acquire acquired acquiring purchase purchased sell sold selling");
      if (fine_verbs.contains(v)) { th.key = "fine"; noun = k; break; }
      if (for_ && deal_verbs.contains(v)) {
        th.key = "deal";
        noun = k;
        break;
      }
    }
  }
  if (noun == npos32 && hb >= 2 && toks[hb - 1].kind == Tk::word && folded_tok(d, hb - 1) == "of" &&
      toks[hb - 2].kind == Tk::word && !cap_tok(toks[hb - 2])) {
    // Before: "a fee of 45 million euros".
    const std::string& w = folded_tok(d, hb - 2);
    if (!not_a_thing(w) && !change_word(w)) {
      noun = hb - 2;
      th.key = thing_key(w);
      // "the fee of 54 million euros", "the death toll of 21" refer back too.
      for (std::uint32_t k = 1; k <= 2 && k <= noun; ++k) {
        const Token& t = toks[noun - k];
        if (t.kind == Tk::possessive) { th.definite = true; break; }
        if (t.kind != Tk::word) break;
        const std::string& x = folded_tok(d, noun - k);
        if (x == "the" || x == "its" || x == "their") { th.definite = true; break; }
      }
    }
  } else if (noun != npos32 && noun >= n.te) {
    // Definite: "the 54 million euro fee", "the threatened 40% duty", "the company's 2,100 drivers".
    for (std::uint32_t k = 1; k <= 3 && k <= hb; ++k) {
      const Token& t = toks[hb - k];
      if (t.kind == Tk::possessive) { th.definite = true; break; }
      if (t.kind != Tk::word) break;
      const std::string& w = folded_tok(d, hb - k);
      if (w == "the" || w == "this" || w == "that" || w == "its" || w == "their") { th.definite = true; break; }
      if (cap_tok(t) && k > 1) break;
    }
  }
  if (noun == npos32 || th.key.empty() || !one_off(th.key)) return false;
  th.noun_tok = noun;
  // What it is on or for: "on most goods from the bloc" (after the figure when the noun comes
  // first: "the death toll of 21 in the valley").
  std::uint32_t j = noun < n.tb ? n.te : noun + 1;
  if (j < toks.size() && toks[j].kind == Tk::word) {
    const std::string& w = folded_tok(d, j);
    if (w == "on" || w == "for" || w == "of" || w == "against" || w == "to" || w == "in" || w == "at") {
      // Dates count too: "the 1,400 dead on 7 October" is not "8,500 dead in Gaza".
      for (std::uint32_t k = j + 1; k < toks.size() && k < j + 7 &&
                                    (toks[k].kind == Tk::word || toks[k].kind == Tk::number);
           ++k) {
        if (toks[k].kind == Tk::number) {
          th.object.push_back(d.text.str(k));
          continue;
        }
        const std::string& c = folded_tok(d, k);
        if (!not_a_thing(c) && c != "most" && c != "all") th.object.push_back(thing_key(c));
      }
    }
  }
  // A change or another date close by, in the same sentence.
  th.changing = false;
  const Sentence& sent = d.text.sents[d.text.sent_of_tok[n.tb]];
  const std::uint32_t from = std::max<std::uint32_t>(sent.tok_begin, hb > 4 ? hb - 4 : 0);
  const std::uint32_t to = std::min<std::uint32_t>(sent.tok_end, noun + 3);
  for (std::uint32_t k = from; k < to; ++k) {
    if (k >= hb && k < n.te) continue;
    if (toks[k].kind == Tk::word) {
      const std::string& w = folded_tok(d, k);
      if (w == "to" || w == "from" || w == "by" || w == "up" || w == "down") {
        if (k + 1 == hb) th.changing = true;
      } else if (change_word(w) && !(th.key == "job cut" && (w == "cut" || w == "cuts"))) {
        th.changing = true;
      }
    }
    if (toks[k].kind == Tk::number && d.text.str(k).size() == 4 && (d.text.str(k)[0] == '1' || d.text.str(k)[0] == '2'))
      th.changing = true;
  }
  return true;
}

bool same_unit(const NumberMention& a, const NumberMention& b) {
  if (a.unit != b.unit) return false;
  if (a.unit == NumUnit::currency) return std::string_view(a.currency) == std::string_view(b.currency);
  return true;
}

// "about 150" against "153", "2.3 billion" against "2.31 billion".
bool close(double a, double b) {
  double m = std::max(std::fabs(a), std::fabs(b));
  return m == 0 || std::fabs(a - b) / m < 0.03;
}

bool shares_object(const Thing& a, const Thing& b) {
  if (a.object.empty() || b.object.empty()) return true;
  for (const auto& x : a.object)
    for (const auto& y : b.object)
      if (x == y) return true;
  return false;
}

std::string_view as_written(const Doc& d, const NumberMention& n) { return d.src.substr(n.num_start, n.end - n.num_start); }


// ------------------------------------------------------------------ restatement by description
//
// A quantity restated in other words keeps what it measures: "an addition of 135 mln dlrs to
// its loan loss allowance" … "the 135 mln dlr addition to its loan loss allowance"; "a 1.5
// billion franc consolidated net loss" … "a consolidated net loss of 1.5 billion francs". The
// description of a figure is the content words of its own phrase: up to five words before it
// and six after it in its clause. Two figures of one unit whose descriptions share two content
// words, in different sentences, name one quantity unless the text tells them apart: another
// date or period, another name, a word that marks another amount ("another", "remaining",
// "new", "revised"), or more than two values for the description.

// Words that end the phrase of a figure: clause links and comparisons.
bool phrase_end(std::string_view w) {
  static const WordSet words(
      "and or but which that who whom whose while when where said says say told vs versus compared against "
      "than because although though if unless whereas despite plus minus respectively ");
  return words.contains(w);
}

// Function words and words too common in news copy to tell two quantities apart.
bool no_content(std::string_view w) {
  static const WordSet words(
      "of in on to a an the for from with at by as per is are was were be been being has have had will would "
      "could should may might can must shall do does did it its their they he she we i you his her our this "
      "these those there here so not no also only just about some all any company companies corp inc co ltd "
      "plc group unit firm said says say told mln bln million billion trillion thousand dlrs dlr dollar dollars "
      "cts cent cents pct percent stg yen marks mark francs franc pounds pound euros euro guilders guilder "
      "lire lira pesos peso crowns crown total its reuter reuters nil nearly almost around over under up down "
      "into out than then its it's year years ");
  return words.contains(w);
}

// Words that make a figure another amount than one of the same description: "an additional 100
// mln dlrs", "the remaining 50 pct", "a new 3 billion dlr loan", "revised to 1.6 billion".
bool other_amount(std::string_view w) {
  static const WordSet words(
      "another additional further other remaining rest new latest revised revise revision now extra each "
      "per average combined overall cumulative next previous previously prior earlier initial initially "
      "original originally first second third fourth final subsequent separate similar instead respective "
      "apiece minimum maximum estimated estimate forecast forecasts projected expected target sweetened "
      "improved increased reduced lowered raised cut trimmed boosted amended adjusted restated pro forma "
      "up down rose fell risen fallen gained lost climbed declined dropped increase decrease rise fall "
      "jumped surged slipped eased widened narrowed compared from ");
  return words.contains(w);
}

// Verbs of a level reached: "sales rose to 4.2 billion dlrs" states the sales.
bool level_verb(std::string_view w) {
  static const WordSet words("rose risen rising fell fallen falling climbed declined dropped gained jumped surged "
                             "slipped eased widened narrowed grew increased decreased");
  return words.contains(w);
}

// Words before a figure that compare it with another: "above the 15.22 billion", "from the 202.7
// mln".
bool comparison(std::string_view w) {
  static const WordSet words("above below from than versus vs against over under beyond exceeding exceeded "
                             "topped surpassed beat missed compared");
  return words.contains(w);
}

// Number words and ordinals that tell two figures apart: "zone one" and "zone two".
bool number_word(std::string_view w) {
  static const WordSet words("one two three four five six seven eight nine ten first second third fourth fifth "
                             "sixth seventh eighth ninth tenth");
  return words.contains(w);
}

bool period_word(std::string_view w) {
  static const WordSet words("months nine-month six-month three-month twelve-month year-end current prior previous "
                             "interim annual full-year first-quarter second-quarter third-quarter fourth-quarter "
                             "first-half second-half ");
  return words.contains(w);
}

bool month_or_day(std::string_view w) {
  static const WordSet words(
      "january february march april may june july august september october november december jan feb mar "
      "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
      "quarter qtr half week month year-earlier year-ago yesterday today tomorrow fiscal calendar ");
  return words.contains(w);
}

struct Described {
  const NumberMention* n = nullptr;
  std::uint32_t sent = 0;
  std::string_view count_noun;  // what a count counts ("tonnes", "shares"), singular
  std::vector<std::string_view> words;  // content words of its phrase, folded, synonyms joined
  std::vector<std::string_view> names;  // capitalised words of its phrase
  std::vector<std::string_view> years;  // years in its sentence or its paragraph's opening
  std::vector<std::string_view> times;  // months, days, periods ("quarter", "nine months")
  std::vector<std::string_view> heads;  // the first content words after it ("the 5 mln dlr loan")
  bool other = false;                   // marked as another amount
  bool definite = false;                // "the 5 mln dlr loan", "its 25 pct stake"
  std::string_view owner;               // "Brazil" in "Brazil's 111 billion dlr debt", or the
                                        // subject a sentence's "its" refers to
};

std::string_view singular(std::string_view w) {
  if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us")) w.remove_suffix(1);
  return w;
}

bool has(const std::vector<std::string_view>& v, std::string_view w) {
  for (auto x : v)
    if (x == w) return true;
  return false;
}
void add(std::vector<std::string_view>& v, std::string_view w) {
  if (!has(v, w)) v.push_back(w);
}
std::size_t shared(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  std::size_t k = 0;
  for (auto x : a) k += has(b, x);
  return k;
}
bool disjoint_both(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  return !a.empty() && !b.empty() && shared(a, b) == 0;
}

// A line set out as a table ("Net 4.5 mln vs 3.2 mln", columns of figures, dot leaders).
bool table_line(const Doc& d, std::size_t b) {
  const std::string_view src = d.src;
  std::size_t ls = src.rfind('\n', b == 0 ? 0 : b - 1);
  ls = ls == std::string_view::npos || b == 0 ? 0 : ls + 1;
  std::size_t le = src.find('\n', b);
  if (le == std::string_view::npos) le = src.size();
  std::string_view line = src.substr(ls, le - ls);
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return false;
  line.remove_prefix(i);
  if (line.find(" vs ") != std::string_view::npos || line.find(" vs. ") != std::string_view::npos ||
      line.find("...") != std::string_view::npos || line.find("\t") != std::string_view::npos)
    return true;
  for (std::size_t k = 0; k + 2 < line.size(); ++k)
    if (line[k] != ' ' && line[k + 1] == ' ' && line[k + 2] == ' ' && k + 3 < line.size() && line[k + 3] == ' ')
      return true;  // columns
  return false;
}

// The cheap part of a description: the sentence, what a count counts, whether the figure is
// definite. Counts that name nothing are dropped here.
bool prefilter(const Doc& d, const NumberMention& n, Described& q) {
  const auto& toks = d.text.toks;
  const std::uint32_t hb = token_at(d.text, n.start);
  q.n = &n;
  q.sent = d.text.sent_of_tok[n.tb];
  const Sentence& sent = d.text.sents[q.sent];
  if (n.unit == NumUnit::count) {
    if (n.te >= sent.tok_end || toks[n.te].kind != Tk::word || toks[n.te].has(f_cap)) return false;
    const std::string& w = folded_tok(d, n.te);
    if (phrase_end(w) || no_content(w) || w == "of" || month_or_day(w)) return false;
    q.count_noun = singular(thing_key(w));
  }
  q.definite = false;
  if (hb > sent.tok_begin) {
    const std::uint32_t k = hb - 1;
    if (toks[k].kind == Tk::possessive) q.definite = true;
    else if (toks[k].kind == Tk::word) {
      const std::string& w = folded_tok(d, k);
      q.definite = w == "the" || w == "its" || w == "their" || w == "this" || w == "that" || w == "those" ||
                   w == "these" || w == "his" || w == "her" || w == "our";
    }
  }
  return true;
}

bool describe(const Doc& d, const NumberMention& n, Described& q) {
  const auto& toks = d.text.toks;
  const std::uint32_t hb = token_at(d.text, n.start);
  q.n = &n;
  q.sent = d.text.sent_of_tok[n.tb];
  const Sentence& sent = d.text.sents[q.sent];
  // Ranges and pairs: "5 to 7 mln", "between 5 and 7", "5-7".
  if (hb > sent.tok_begin && (word_is_(d, hb - 1, "between") || word_is_(d, hb - 1, "from"))) return false;
  if (n.te + 1 < sent.tok_end && (word_is_(d, n.te, "to") || d.text.str(n.te) == "-") && toks[n.te + 1].kind == Tk::number)
    return false;
  if (hb >= 2 && (word_is_(d, hb - 1, "to") || word_is_(d, hb - 1, "and")) && toks[hb - 2].kind == Tk::number &&
      (word_is_(d, hb - 1, "to") || (hb >= 4 && word_is_(d, hb - 4, "between"))))
    return false;
  // Prices per unit: "32.25 dlrs each", "20 cts a barrel", "1.06 dlrs per share", "or 1.06 dlrs".
  if (n.te < sent.tok_end && (word_is_(d, n.te, "each") || word_is_(d, n.te, "per") || word_is_(d, n.te, "apiece") ||
                              (word_is_(d, n.te, "a") && n.te + 1 < sent.tok_end &&
                               (word_is_(d, n.te + 1, "share") || word_is_(d, n.te + 1, "barrel") ||
                                word_is_(d, n.te + 1, "tonne") || word_is_(d, n.te + 1, "ton") ||
                                word_is_(d, n.te + 1, "pound") || word_is_(d, n.te + 1, "bushel") ||
                                word_is_(d, n.te + 1, "ounce") || word_is_(d, n.te + 1, "year") ||
                                word_is_(d, n.te + 1, "month") || word_is_(d, n.te + 1, "day")))))
    return false;
  if (hb > sent.tok_begin && word_is_(d, hb - 1, "or")) return false;  // "… 5 mln dlrs, or 1.06 dlrs"
  if (table_line(d, n.num_start)) return false;
  // The figure another is compared with: "up from 235,916", "slightly below the 750 mln",
  // "against 81 mln", "8.5 pct after 9.8". (The figure compared, before "compared with" or "up
  // from", is kept.)
  {
    std::uint32_t k = hb;
    if (k > sent.tok_begin && (word_is_(d, k - 1, "the") || word_is_(d, k - 1, "a") || word_is_(d, k - 1, "its"))) --k;
    if (k > sent.tok_begin && toks[k - 1].kind == Tk::word &&
        (comparison(folded_tok(d, k - 1)) || word_is_(d, k - 1, "after") ||
         (word_is_(d, k - 1, "to") && k - 1 > sent.tok_begin && word_is_(d, k - 2, "addition")) ||
         (word_is_(d, k - 1, "with") && k - 1 > sent.tok_begin && word_is_(d, k - 2, "compared"))))
      return false;
  }
  // An item of a list set out line by line ("- Cargill 10,000 tonnes …").
  {
    std::size_t ls = d.src.rfind('\n', n.num_start);
    ls = ls == std::string_view::npos ? 0 : ls + 1;
    while (ls < d.src.size() && (d.src[ls] == ' ' || d.src[ls] == '\t')) ++ls;
    if (ls < d.src.size() && (d.src[ls] == '-' || d.src[ls] == '*')) return false;
  }
  // A rate that names a security: "8.25 pct preferred stock", "its 10.84 pct notes".
  if (n.unit == NumUnit::percent && n.te < sent.tok_end && toks[n.te].kind == Tk::word) {
    static const WordSet securities("preferred notes note bonds bond debentures debenture coupon convertible "
                                    "subordinated senior cumulative treasury gilt gilts");
    if (securities.contains(folded_tok(d, n.te))) return false;
  }
  // A count names what it counts: "30,000 tonnes of wheat", "132 aircraft".
  if (n.unit == NumUnit::count) {
    if (n.te >= sent.tok_end || toks[n.te].kind != Tk::word || toks[n.te].has(f_cap)) return false;
    const std::string& w = folded_tok(d, n.te);
    if (phrase_end(w) || no_content(w) || w == "of" || month_or_day(w)) return false;
    q.count_noun = singular(thing_key(w));
  }
  // Names next to the figure tell two figures apart ("Bayer 4.0 billion, Volkswagen 3.4
  // billion"); names further off may name the same thing two ways.
  auto take = [&](std::uint32_t i) {
    const Token& t = toks[i];
    const std::string& w = folded_tok(d, i);
    if (w.empty() || no_content(w)) return;
    const bool near = (i < hb && hb - i <= 2) || (i >= n.te && i - n.te <= 3);
    if (near && i < hb && other_amount(w) && !(w == "to" || (i + 1 < hb && word_is_(d, i + 1, "to") && level_verb(w))))
      q.other = true;
    // After it, only a change or a likeness marks another amount: "5 mln dlrs, up 10 pct", "a
    // similar 5 mln dlrs".
    if (near && i >= n.te && (w == "up" || w == "down" || w == "higher" || w == "lower" || w == "more" ||
                              w == "less" || w == "similar" || w == "other" || w == "another" || w == "additional"))
      q.other = true;
    if (month_or_day(w) || period_word(w)) { add(q.times, w); return; }
    if (((t.has(f_cap) || t.has(f_upper)) && i != sent.tok_begin && near) || number_word(w)) add(q.names, w);
    std::string_view k = thing_key(w);
    if (k != q.count_noun) add(q.words, k);
  };
  // Before: up to five words, back to the clause's start.
  for (std::uint32_t i = hb, taken = 0; i-- > sent.tok_begin && taken < 5;) {
    const Token& t = toks[i];
    if (t.kind == Tk::number) break;
    if (t.kind != Tk::word) {
      if (t.kind == Tk::possessive || d.text.str(i) == "-" || d.text.str(i) == "'") continue;
      break;
    }
    if (phrase_end(folded_tok(d, i))) break;
    take(i);
    ++taken;
  }
  // After: up to six words, to the clause's end ("12-year" is a word here).
  for (std::uint32_t i = n.te, taken = 0; i < sent.tok_end && taken < 6; ++i) {
    const Token& t = toks[i];
    if (t.kind == Tk::number) {
      if (i + 2 < sent.tok_end && d.text.str(i + 1) == "-" && toks[i + 1].start == t.end) {
        i += 2;  // "12-year": the word after the hyphen
        take(i);
        ++taken;
        continue;
      }
      break;
    }
    if (t.kind != Tk::word) {
      if (t.kind == Tk::possessive || d.text.str(i) == "-" || d.text.str(i) == "'" || d.text.str(i) == "<" ||
          d.text.str(i) == ">")
        continue;
      break;
    }
    if (phrase_end(folded_tok(d, i))) break;
    take(i);
    ++taken;
  }
  // Years and periods near it in its sentence, and in the opening words of its paragraph
  // ("1986 third quarter net excludes …", "Current qtr and year figures include …").
  auto time_tok = [&](std::uint32_t i) {
    if (toks[i].kind == Tk::number) {
      std::string_view x = d.text.str(i);
      if (x.size() == 4 && (x[0] == '1' || x[0] == '2') && x.find_first_not_of("0123456789") == std::string_view::npos)
        add(q.years, x);
    } else if (toks[i].kind == Tk::word) {
      const std::string& w = folded_tok(d, i);
      if (month_or_day(w) || period_word(w)) add(q.times, w);
      else if (w.size() == 7 && w[4] == '/') add(q.years, w);  // "1986/87"
    }
  };
  const std::uint32_t from = std::max<std::uint32_t>(sent.tok_begin, hb > 12 ? hb - 12 : 0);
  const std::uint32_t to = std::min<std::uint32_t>(sent.tok_end, n.te + 12);
  for (std::uint32_t i = from; i < to; ++i)
    if (i < hb || i >= n.te) time_tok(i);
  const Paragraph& para = d.text.paras[sent.para];
  for (std::uint32_t i = para.tok_begin; i < para.tok_end && i < para.tok_begin + 6 && i < from; ++i) time_tok(i);
  // A figure something moved to or by: "rose to 5 mln", "was revised to 5 mln", "cut by 5 pct",
  // "up to the 75 pct level".
  {
    std::uint32_t k = hb;
    if (k > sent.tok_begin && word_is_(d, k - 1, "the")) --k;
    // A level reached ("sales rose to 4.2 billion") is the quantity itself; a revised figure
    // ("raised its offer to 71 dlrs") or a change ("rose by 5 pct") is another amount.
    if (k >= sent.tok_begin + 2 && (word_is_(d, k - 1, "to") || word_is_(d, k - 1, "by")) &&
        toks[k - 2].kind == Tk::word && other_amount(folded_tok(d, k - 2)) &&
        !(word_is_(d, k - 1, "to") && level_verb(folded_tok(d, k - 2))))
      q.other = true;
  }
  // A component: "the facility consists of an 800 mln dlr term loan and …".
  for (std::uint32_t i = hb > sent.tok_begin + 3 ? hb - 3 : sent.tok_begin; i < hb; ++i) {
    const std::string& w = folded_tok(d, i);
    if (w == "consists" || w == "consist" || w == "consisting" || w == "comprises" || w == "comprise" ||
        w == "comprising" || w == "including")
      return false;
  }
  // Whose it is: "Brazil's 111 billion dlr debt"; "Mexico … on its 100 billion dlr debt".
  if (hb >= sent.tok_begin + 2 && toks[hb - 1].kind == Tk::possessive && toks[hb - 2].kind == Tk::word) {
    q.owner = folded_tok(d, hb - 2);
  } else if (hb > sent.tok_begin && (word_is_(d, hb - 1, "its") || word_is_(d, hb - 1, "their"))) {
    static const WordSet openers("the a an in on at but and however meanwhile also it he she they we this that "
                                 "under after before while when if as for with by from of to");
    for (std::uint32_t i = sent.tok_begin; i < hb && i < sent.tok_begin + 4; ++i) {
      if (toks[i].kind != Tk::word) continue;
      const std::string& w = folded_tok(d, i);
      if (openers.contains(w)) continue;
      if (toks[i].has(f_cap)) q.owner = w;
      break;
    }
  }
  // A share of a whole ("the 15 pct of its stock"): a story gives several, and they add up.
  if (n.unit == NumUnit::percent && word_is_(d, n.te, "of")) return false;
  // Definite: "the 135 mln dlr addition", "its 25 pct stake", "those 14 victims".
  if (hb > sent.tok_begin) {
    const std::uint32_t k = hb - 1;
    if (toks[k].kind == Tk::possessive) q.definite = true;
    else if (toks[k].kind == Tk::word) {
      const std::string& w = folded_tok(d, k);
      q.definite = w == "the" || w == "its" || w == "their" || w == "this" || w == "that" || w == "those" ||
                   w == "these" || w == "his" || w == "her" || w == "our";
    }
  }
  // The heads: the first content words after the figure, up to three ("the 436 mln dlrs in
  // non-accruable Brazilian loans").
  for (std::uint32_t i = n.te; i < sent.tok_end && i < n.te + 6 && q.heads.size() < 3; ++i) {
    if (toks[i].kind != Tk::word) break;
    const std::string& w = folded_tok(d, i);
    if (phrase_end(w)) break;
    if (w.empty() || no_content(w) || month_or_day(w) || period_word(w) || toks[i].has(f_cap)) continue;
    std::string_view k = thing_key(w);
    if (k == q.count_noun) continue;
    add(q.heads, k);
  }
  // One of a pair or list: "3.9 mln dlrs and 38 mln dlrs, respectively", "1.5 mln acres of corn,
  // 500,000 acres of sorghum".
  for (std::uint32_t i = sent.tok_begin; i < sent.tok_end; ++i)
    if (word_is_(d, i, "respectively")) return false;
  return q.words.size() >= 2;
}

bool agree(const NumberMention& a, const NumberMention& b) {
  // The values one hedged figure allows: "about" a tenth either way, "at least" and "up to" one
  // side; plain figures allow rounding.
  auto lo = [](const NumberMention& n) {
    switch (n.hedge) {
      case Hedge::at_least: return n.value;
      case Hedge::at_most: return 0.0;
      case Hedge::about: return n.value * 0.9;
      default: return n.value * 0.985;
    }
  };
  auto hi = [](const NumberMention& n) {
    switch (n.hedge) {
      case Hedge::at_least: return 1e300;
      case Hedge::at_most: return n.value;
      case Hedge::about: return n.value * 1.1;
      default: return n.value * 1.015;
    }
  };
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

// The digits of a figure as written, without separators: "1,250.5" → "12505".
std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

// Whether b could be a slip for a: a figure near it (within half of the larger), the same digits
// in another order ("45" and "54"), or one digit changed ("2.7" and "2.6", "135" and "185").
// Figures further apart that share a description are more often two quantities than one
// mistyped.
bool slip(const Doc& d, const NumberMention& a, const NumberMention& b) {
  const double lo = std::min(a.value, b.value), hi = std::max(a.value, b.value);
  if (lo > 0 && hi <= lo * 1.5) return true;
  auto figure = [&](const NumberMention& n) {
    for (std::uint32_t i = n.tb; i < n.te; ++i)
      if (d.text.toks[i].kind == Tk::number) return digits_of(d.text.str(i));
    return std::string();
  };
  std::string x = figure(a), y = figure(b);
  if (x.size() != y.size() || x.empty()) return false;
  int diff = 0;
  for (std::size_t i = 0; i < x.size(); ++i) diff += x[i] != y[i];
  if (diff == 1) return true;
  std::string sx = x, sy = y;
  std::sort(sx.begin(), sx.end());
  std::sort(sy.begin(), sy.end());
  return sx == sy;
}

bool same_measure(const Described& a, const Described& b) {
  if (!same_unit(*a.n, *b.n)) return false;
  return a.count_noun == b.count_noun;
}

// Whether two figures name one quantity: a definite restatement of the earlier phrase's noun
// ("a 25 billion dlr recapitalization of the agency" … "the 19 billion dlr recapitalization of
// the agency"), or the same phrase again with at most one word changed; and nothing in their
// sentences tells them apart (other years, periods, names).
bool similar(const Described& a, const Described& b) {
  const std::size_t k = shared(a.words, b.words);
  if (k < 2) return false;
  if (disjoint_both(a.years, b.years) || disjoint_both(a.times, b.times) || disjoint_both(a.names, b.names))
    return false;
  if (!a.owner.empty() && !b.owner.empty() && a.owner != b.owner) return false;
  return b.definite && shared(b.heads, a.words) > 0;
}

void check_described(const Doc& d, const std::vector<NumberMention>& nums, std::vector<Finding>& out,
                     const std::vector<std::uint32_t>& already) {
  // First the cheap part: a figure is described in full only when another figure has its unit
  // and one of them is definite (only a definite figure refers back).
  std::vector<Described> pre;
  for (const auto& n : nums) {
    if (n.year_like || !n.compound.empty() || n.unit == NumUnit::points) continue;
    if (n.num_start > 0 && d.src[n.num_start - 1] == '(') continue;
    Described q;
    if (prefilter(d, n, q)) pre.push_back(std::move(q));
  }
  if (pre.size() < 2) return;
  auto key_of = [](const Described& q) {
    std::string k;
    k += static_cast<char>('0' + static_cast<int>(q.n->unit));
    k += std::string_view(q.n->currency);
    k += '|';
    k += q.count_noun;
    return k;
  };
  boost::unordered_flat_map<std::string, std::pair<std::uint32_t, bool>> seen;  // members, any definite
  std::vector<std::string> keys(pre.size());
  for (std::size_t j = 0; j < pre.size(); ++j) {
    keys[j] = key_of(pre[j]);
    auto& e = seen[keys[j]];
    ++e.first;
    e.second |= pre[j].definite;
  }
  std::vector<Described> qs;
  for (std::size_t j = 0; j < pre.size(); ++j) {
    const auto& e = seen[keys[j]];
    if (e.first < 2 || !e.second) continue;
    Described q;
    if (describe(d, *pre[j].n, q)) qs.push_back(std::move(q));
  }
  if (qs.size() < 2) return;
  const RuleInfo& rule = *find_rule("number.inconsistent-repeat");
  // Each figure is compared with at most this many figures of its unit and count noun either
  // side: enough for a story, and the rule stays linear.
  constexpr std::size_t kWindow = 40;
  boost::unordered_flat_map<std::string, std::vector<std::size_t>> buckets;
  std::vector<std::pair<const std::vector<std::size_t>*, std::size_t>> where(qs.size());
  for (std::size_t j = 0; j < qs.size(); ++j) {
    auto& v = buckets[key_of(qs[j])];
    v.push_back(j);
  }
  for (auto& [key, v] : buckets)
    for (std::size_t p = 0; p < v.size(); ++p) where[v[p]] = {&v, p};
  // One quantity's mentions: figures of one unit and description in different sentences. A
  // figure is flagged when every other mention of its quantity agrees on another value: the
  // later of two, or the odd one of three or more ("61 mln marks" twice and "65 mln marks" once).
  auto linked = [&](std::size_t i, std::size_t j) {
    const Described& x = qs[std::min(i, j)];
    const Described& y = qs[std::max(i, j)];
    return same_measure(x, y) && x.sent != y.sent && similar(x, y);
  };
  for (std::size_t j = 0; j < qs.size(); ++j) {
    const Described& b = qs[j];
    if (b.other) continue;
    bool dup = false;
    for (auto x : already) dup |= x == b.n->num_start;
    if (dup) continue;
    const Described* a = nullptr;
    bool skip = false, earlier_one = false;
    std::size_t others = 0;
    const auto& [bucket, pos] = where[j];
    const std::size_t lo = pos > kWindow ? pos - kWindow : 0, hi = std::min(bucket->size(), pos + kWindow + 1);
    for (std::size_t p = lo; p < hi && !skip; ++p) {
      const std::size_t i = (*bucket)[p];
      if (i == j || !linked(i, j)) continue;
      const Described& x = qs[i];
      if (x.other || agree(*x.n, *b.n)) { skip = true; break; }  // another amount, or restated alike
      if (a && !agree(*a->n, *x.n)) { skip = true; break; }      // more than two values: several things
      if (!a) a = &x;
      earlier_one |= i < j;
      ++others;
    }
    if (skip || !a || (!earlier_one && others < 2) || !slip(d, *a->n, *b.n)) continue;
    std::string what;
    for (auto w : b.words) {
      if (!has(a->words, w)) continue;
      if (!what.empty()) what += ' ';
      what += w;
    }
    Finding f = make_finding(rule,
                             fmt::format("the figure for ‘{}’ is {} here but {} on line {}", what, as_written(d, *b.n),
                                         as_written(d, *a->n), line_at(d, a->n->num_start)),
                             d.span(b.n->num_start, b.n->end));
    f.related.push_back(earlier(d, fmt::format("first given as {}", as_written(d, *a->n)),
                                d.span(a->n->num_start, a->n->end)));
    f.fix = fmt::format("use one figure ({} or {}), or say why it changed", as_written(d, *a->n), as_written(d, *b.n));
    out.push_back(std::move(f));
  }
}

}  // namespace

void check_number_repeat(const Doc& d, std::vector<Finding>& out) {
  const auto& nums = d.numbers();
  if (nums.size() < 2) return;
  std::vector<Thing> things;
  for (const auto& n : nums) {
    if (n.year_like || !n.compound.empty() || n.unit == NumUnit::points) continue;
    if (n.num_start > 0 && d.src[n.num_start - 1] == '(') continue;  // a conversion: "($52 million)"
    Thing th;
    if (has_thing(d, n, th)) things.push_back(std::move(th));
  }
  if (things.size() < 2) {
    check_described(d, nums, out, {});
    return;
  }
  const RuleInfo& rule = *find_rule("number.inconsistent-repeat");
  std::vector<std::uint32_t> flagged;
  for (std::size_t j = 1; j < things.size(); ++j) {
    const Thing& b = things[j];
    if (!b.definite || b.changing || b.n->hedge != Hedge::none) continue;
    const Thing* a = nullptr;
    bool skip = false;
    for (std::size_t i = 0; i < things.size() && !skip; ++i) {
      if (i == j) continue;
      const Thing& x = things[i];
      if (x.key != b.key || !same_unit(*x.n, *b.n)) continue;
      // A hedged or changing figure for the same thing: the text tracks a moving number.
      if (x.n->hedge != Hedge::none || x.changing) { skip = true; break; }
      if (close(x.n->value, b.n->value)) { skip = true; break; }  // restated alike, or rounded
      if (i > j || a) { skip = true; break; }  // several different figures: several things
      if (shares_object(x, b)) a = &x;
    }
    if (skip || !a) continue;
    // "the death toll", "the fee", "the tariff": the thing, named once for both mentions.
    const std::string noun = b.key == "dead" ? "death toll" : b.key == "injured" ? "number of injured"
                                                                                  : std::string(b.key);
    Finding f = make_finding(rule,
                             fmt::format("the {} is {} here but {} on line {}", noun, as_written(d, *b.n),
                                         as_written(d, *a->n), line_at(d, a->n->num_start)),
                             d.span(b.n->num_start, std::max<std::size_t>(b.n->end, d.text.toks[b.noun_tok].end)));
    const Token& an = d.text.toks[a->noun_tok];
    f.related.push_back(earlier(d, fmt::format("the {} is first given as {}", noun, as_written(d, *a->n)),
                                d.span(std::min<std::size_t>(a->n->num_start, an.start),
                                       std::max<std::size_t>(a->n->end, an.end))));
    f.fix = fmt::format("use one figure for the {} ({} or {}), or say why it changed", noun, as_written(d, *a->n),
                        as_written(d, *b.n));
    out.push_back(std::move(f));
    flagged.push_back(b.n->num_start);
  }
  check_described(d, nums, out, flagged);
}

}  // namespace claimlint::detail
