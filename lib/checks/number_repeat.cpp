// number.inconsistent-repeat: the same quantity of the same thing restated with a different
// number: "a fee of 45 million euros" and later "the 54 million euro fee". Figures that may
// legitimately differ are left alone: hedged ones ("at least", "about"), rounding, other units,
// running totals and other dates, and things the text counts more than once.
#include <fmt/format.h>

#include <cmath>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"
#include "mentions/numbers.hpp"

namespace claimlint::detail {
namespace {

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
  // What it is on or for: "on most goods from the bloc".
  std::uint32_t j = noun + 1;
  if (j < toks.size() && toks[j].kind == Tk::word) {
    const std::string& w = folded_tok(d, j);
    if (w == "on" || w == "for" || w == "of" || w == "against" || w == "to" || w == "in" || w == "at") {
      for (std::uint32_t k = j + 1; k < toks.size() && k < j + 7 && toks[k].kind == Tk::word; ++k) {
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
  if (things.size() < 2) return;
  const RuleInfo& rule = *find_rule("number.inconsistent-repeat");
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
  }
}

}  // namespace claimlint::detail
