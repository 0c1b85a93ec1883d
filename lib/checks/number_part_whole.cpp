// number.part-exceeds-whole: "2,300 of the company's 2,100 drivers", and shares of one whole
// that add up to more than 100% ("Europe accounted for 60% of sales, Asia for 30% and the
// Americas for 25%").
#include <fmt/format.h>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"
#include "mentions/numbers.hpp"

namespace claimlint::detail {
namespace {

// Words before a number that make it a label, not a quantity: "Section 12 of the 1934 Act".
bool label_word(std::string_view w) {
  static const WordSet words(
      "section article rule chapter paragraph clause item title page line no no. number part annex "
      "point amendment resolution flight route highway room game round stage week day lot unit form "
      "schedule act law phase level grade class tier version volume issue step question count counts "
      "category division district ward seat hole lap race match leg term year years aged age ages top "
      "best first last games matches ");
  return words.contains(w);
}

bool time_preposition(std::string_view w) {
  static const WordSet words("in since by from until till to of during before after for between and or through fiscal year");
  return words.contains(w);
}

bool month_word(std::string_view w) {
  static const WordSet words(
      "january february march april may june july august september october november december jan feb "
      "mar apr jun jul aug sep sept oct nov dec ");
  return words.contains(w);
}

// A word after the whole that names what it counts ("drivers"), not a unit or a link word.
bool counted_noun(std::string_view w) {
  static const WordSet words(
      "to and or a an the of in on at per for from by with is was were are cent cents cts dlr dlrs "
      "pct percent par pence yen tonnes tons tonne ton barrels bpd mln billion million bln thousand "
      "times years year months month days day weeks week hours minutes points stg francs marks euros "
      "dollars ");
  return !words.contains(w);
}

bool word_is(const Doc& d, std::uint32_t i, std::string_view w) {
  return i < d.text.toks.size() && d.text.toks[i].kind == Tk::word && folded_tok(d, i) == w;
}

bool same_unit(const NumberMention& a, const NumberMention& b) {
  if (a.unit != b.unit) return false;
  if (a.unit == NumUnit::currency) return std::string_view(a.currency) == std::string_view(b.currency);
  return true;
}

std::string_view as_written(const Doc& d, const NumberMention& n) {
  return d.src.substr(n.num_start, n.end - n.num_start);
}

// "134 of the 120 drones": the part before "of", the whole after it.
// Words that may follow the part in "Of the 120 drones, 134 were shot down".
bool part_verb(std::string_view w) {
  static const WordSet words(
      "were was are is have had has will would could did do of remain remained survived returned died joined "
      "voted signed agreed took left stayed reached passed failed came went got became made hit fell");
  return words.contains(w);
}

std::uint32_t counted_noun_of(const Doc& d, const NumberMention& n, std::uint32_t end);

// The first token of a quantity with its hedge ("about 140"): most quantities have no hedge,
// and then no search is needed.
std::uint32_t first_tok_of(const Doc& d, const NumberMention& n) {
  return n.hedge == Hedge::none ? n.tb : token_at(d.text, n.start);
}

// "Of the 120 drones launched, 134 were shot down": the whole first, then the part.
void of_the_whole(const Doc& d, const std::vector<NumberMention>& nums, std::vector<Finding>& out) {
  const auto& toks = d.text.toks;
  const RuleInfo& rule = *find_rule("number.part-exceeds-whole");
  for (std::size_t k = 0; k + 1 < nums.size(); ++k) {
    const NumberMention& w = nums[k];
    if (w.hedge != Hedge::none || w.year_like || !w.compound.empty() || w.unit == NumUnit::percent ||
        w.unit == NumUnit::points)
      continue;
    const std::uint32_t hb = first_tok_of(d, w);
    if (hb < 2 || !word_is(d, hb - 1, "the") || !word_is(d, hb - 2, "of")) continue;
    // "Of" opens its sentence.
    const Sentence& sent = d.text.sents[d.text.sent_of_tok[hb]];
    if (sent.tok_begin != hb - 2) continue;
    // The whole counts something, then a comma, then the part.
    if (w.te >= toks.size() || toks[w.te].kind != Tk::word || !counted_noun(folded_tok(d, w.te))) continue;
    std::uint32_t i = w.te;
    while (i < sent.tok_end && i < w.te + 6 && d.text.str(i) != ",") ++i;
    if (i >= sent.tok_end || d.text.str(i) != ",") continue;
    const NumberMention& p = nums[k + 1];
    if (p.tb != i + 1 || p.year_like || !p.compound.empty() || p.unit != w.unit) continue;
    if (p.unit == NumUnit::currency && std::string_view(p.currency) != std::string_view(w.currency)) continue;
    if (!(p.value > w.value) || p.hedge == Hedge::at_most) continue;
    // The part counts the same thing: "134 were shot down", "134 of them", "134 drones".
    if (p.te < sent.tok_end && toks[p.te].kind == Tk::word) {
      const std::string& nx = folded_tok(d, p.te);
      const std::string& wn = folded_tok(d, w.te);
      if (nx != wn && nx + "s" != wn && nx != wn + "s" && !part_verb(nx)) continue;
    }
    std::string noun(d.text.str(w.te));
    Finding f = make_finding(rule,
                             fmt::format("the part ({}) is larger than the whole it belongs to ({} {})", as_written(d, p),
                                         as_written(d, w), noun),
                             d.span(p.num_start, p.end));
    f.related.push_back(earlier(d, fmt::format("the whole: {} {}", as_written(d, w), noun),
                                d.span(w.num_start, toks[w.te].end)));
    f.fix = fmt::format("check both figures: the part cannot exceed {}", as_written(d, w));
    out.push_back(std::move(f));
  }
}

void part_of_whole(const Doc& d, const std::vector<NumberMention>& nums, std::vector<Finding>& out) {
  const auto& toks = d.text.toks;
  const RuleInfo& rule = *find_rule("number.part-exceeds-whole");
  for (std::size_t k = 0; k + 1 < nums.size(); ++k) {
    const NumberMention& a = nums[k];
    if (a.unit == NumUnit::percent || a.unit == NumUnit::points || !a.compound.empty()) continue;
    // Cheap test first: "of" or "out" right after the part, or after one word.
    {
      const std::uint32_t t0 = a.te;
      const bool near = word_is(d, t0, "of") || word_is(d, t0, "out") || word_is(d, t0 + 1, "of") ||
                        word_is(d, t0 + 1, "out");
      if (!near) continue;
    }
    std::uint32_t hb = first_tok_of(d, a);
    if (hb > 0 && toks[hb - 1].kind == Tk::word && (label_word(folded_tok(d, hb - 1)) || month_word(folded_tok(d, hb - 1))))
      continue;
    // A four-digit part is a year after a preposition ("in 1986 of the …"), a count otherwise
    // ("1800 of its 1200 buses").
    if (a.year_like && (hb == 0 || toks[hb - 1].kind != Tk::word || time_preposition(folded_tok(d, hb - 1)))) continue;
    if (hb > 1 && d.text.str(hb - 1) == "." && month_word(folded_tok(d, hb - 2))) continue;  // "Dec. 31 of"
    if (hb > 0 && toks[hb - 1].kind == Tk::punct && (d.text.str(hb - 1) == "#" || d.text.str(hb - 1) == "(")) continue;
    std::uint32_t i = a.te;
    // "134 drones out of 120", "134 drones of the 120 launched" (not "5,474 bottles of 100
    // tablets", which is what each holds).
    if (i + 2 < toks.size() && toks[i].kind == Tk::word && !toks[i].has(f_cap) &&
        ((word_is(d, i + 1, "out") && word_is(d, i + 2, "of")) || (word_is(d, i + 1, "of") && word_is(d, i + 2, "the"))) &&
        counted_noun(folded_tok(d, i)) && !part_verb(folded_tok(d, i)))
      ++i;
    if (word_is(d, i, "out")) ++i;
    if (!word_is(d, i, "of")) continue;
    ++i;
    // Determiners and owners between "of" and the whole: "the company's", "its", "a total of".
    std::uint32_t limit = i + 5;
    const NumberMention* b = nullptr;
    const NumberMention& nb = nums[k + 1];
    while (i < toks.size() && i < limit) {
      if (i == nb.tb) { b = &nb; break; }
      const Token& t = toks[i];
      if (t.kind == Tk::possessive) { ++i; continue; }
      if (t.kind != Tk::word) break;
      const std::string& w = folded_tok(d, i);
      if (w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "our" || w == "a" ||
          w == "total" || w == "some" || (i + 1 < toks.size() && toks[i + 1].kind == Tk::possessive)) {
        ++i;
        continue;
      }
      break;
    }
    if (!b || b->hedge != Hedge::none || b->year_like || !same_unit(a, *b)) continue;
    if (!b->compound.empty()) {
      // "2,300 of its 2,100-strong workforce"
      if (b->compound != "strong" && b->compound != "member" && b->compound != "person") continue;
    } else if (counted_noun_of(d, *b, static_cast<std::uint32_t>(toks.size())) == npos32) {
      // The whole must count something: "120 drones", "16 Allegis directors"; after "out of"
      // the noun may be left out at the end of a clause ("32 of its 330 flights and Aviaco 119
      // out of 82.").
      const bool out_of = b->tb >= 2 && word_is(d, b->tb - 1, "of") && word_is(d, b->tb - 2, "out");
      const bool bare_end = b->te >= toks.size() || (toks[b->te].kind == Tk::punct && (d.text.str(b->te) == "." ||
                                                                                   d.text.str(b->te) == "," ||
                                                                                   d.text.str(b->te) == ";"));
      if (!out_of || !bare_end) continue;
    }
    if (!(a.value > b->value)) continue;
    // The whole's noun, for the message.
    // What the whole counts, up to two words: "drones", "shelter places".
    const bool bare = b->compound.empty() && (b->te >= toks.size() || toks[b->te].kind != Tk::word);
    std::string noun = bare ? std::string() : b->compound.empty() ? std::string(d.text.str(b->te)) : std::string(b->compound);
    std::size_t end = bare ? b->end : b->compound.empty() ? toks[b->te].end : b->end;
    if (!bare && b->compound.empty() && b->te + 1 < toks.size() && toks[b->te + 1].kind == Tk::word &&
        !toks[b->te + 1].has(f_cap) && counted_noun(folded_tok(d, b->te + 1)) && !part_verb(folded_tok(d, b->te + 1)) &&
        toks[b->te + 1].start == toks[b->te].end + 1) {
      noun += ' ';
      noun += d.text.str(b->te + 1);
      end = toks[b->te + 1].end;
    }
    Finding f = make_finding(rule,
                             fmt::format("the part ({}) is larger than the whole it belongs to ({}{}{})", as_written(d, a),
                                         as_written(d, *b), bare ? "" : " ", noun),
                             d.span(a.num_start, end));
    f.related.push_back(
        Related{fmt::format("the whole: {}{}{} (line {})", as_written(d, *b), bare ? "" : " ", noun,
                                    line_at(d, b->num_start)),
                d.span(b->num_start, end)});
    f.fix = fmt::format("check both figures: the part cannot exceed {}", as_written(d, *b));
    out.push_back(std::move(f));
  }
}

bool share_verb(std::string_view w) {
  return w == "accounted" || w == "account" || w == "accounts" || w == "accounting" || w == "made" || w == "make" ||
         w == "makes" || w == "making" || w == "represented" || w == "represent" || w == "represents" ||
         w == "comprised" || w == "comprise" || w == "comprises";
}
bool change_word(std::string_view w) {
  return w == "rose" || w == "fell" || w == "up" || w == "down" || w == "by" || w == "from" || w == "to" ||
         w == "increase" || w == "increased" || w == "decrease" || w == "decreased" || w == "growth" ||
         w == "grew" || w == "gained" || w == "lost" || w == "dropped" || w == "declined" || w == "jumped" ||
         w == "rise" || w == "fall" || w == "gain" || w == "drop" || w == "decline" || w == "than" ||
         w == "compared" || w == "versus" || w == "against" || w == "vs" || w == "change" || w == "slipped" ||
         w == "climbed" || w == "surged" || w == "plunged" || w == "plus" || w == "minus" || w == "only";
}

// The token of the noun a count counts: "120 drones", "16 Allegis directors", "752,297 Class B
// shares" (capitalised modifiers stepped over); npos32 when it counts nothing named.
std::uint32_t counted_noun_of(const Doc& d, const NumberMention& n, std::uint32_t end) {
  const auto& toks = d.text.toks;
  for (std::uint32_t i = n.te; i < end && i < n.te + 4; ++i) {
    const Token& t = toks[i];
    if (t.kind != Tk::word) return npos32;
    if (month_word(folded_tok(d, i))) return npos32;  // a date: "the 7 October attack"
    if (t.has(f_cap) || t.has(f_upper)) continue;
    return counted_noun(folded_tok(d, i)) && !part_verb(folded_tok(d, i)) ? i : npos32;
  }
  return npos32;
}

// Amounts that are net of other amounts: a profit "including" a gain may be smaller than it.
bool net_word(std::string_view w) {
  static const WordSet words(
      "net profit profits income earnings loss losses result results deficit surplus balance gain gains "
      "charge charges credit credits writedown writeoff provision provisions revenue revenues");
  return words.contains(w);
}

// Same noun, or one a plural of the other.
bool same_noun(std::string_view a, std::string_view b) {
  if (a == b) return true;
  auto sing = [](std::string_view w) {
    if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss")) w.remove_suffix(1);
    return w;
  };
  return sing(a) == sing(b);
}

// Whether the whole `w` may be exceeded by the part `p` without contradiction: a whole given as
// a floor ("over 200 proposals") can be larger than written; "about 140" allows a tenth.
bool exceeds(const NumberMention& p, const NumberMention& w) {
  if (w.hedge == Hedge::at_least || p.hedge == Hedge::at_most) return false;
  if (w.hedge == Hedge::about || p.hedge == Hedge::about) return p.value > w.value * 1.1;
  return p.value > w.value;
}

void report(const Doc& d, const NumberMention& part, const NumberMention& whole, std::uint32_t noun_tok,
            std::vector<Finding>& out) {
  const auto& toks = d.text.toks;
  const RuleInfo& rule = *find_rule("number.part-exceeds-whole");
  std::string noun = noun_tok == npos32 ? std::string() : " " + std::string(d.text.str(noun_tok));
  const std::size_t wend = noun_tok == npos32 ? whole.end : toks[noun_tok].end;
  Finding f = make_finding(rule,
                           fmt::format("the part ({}) is larger than the whole it belongs to ({}{})",
                                       as_written(d, part), as_written(d, whole), noun),
                           d.span(part.num_start, part.end));
  f.related.push_back(earlier(d, fmt::format("the whole: {}{}", as_written(d, whole), noun), d.span(whole.num_start, wend)));
  f.fix = fmt::format("check both figures: the part cannot exceed {}", as_written(d, whole));
  out.push_back(std::move(f));
}

// A whole before the part in the same sentence, for "N drones …, including M" and "N drones
// …, M of them": the nearest earlier count with a named noun, or the one whose noun the part
// repeats ("2,600 elections in 47 prefectures, including 13 governorships" has two; with no
// repeated noun, only a single candidate is taken).
const NumberMention* whole_before(const Doc& d, const std::vector<NumberMention>& nums, std::size_t k,
                                  std::uint32_t from_tok, std::uint32_t& noun_tok) {
  const NumberMention& p = nums[k];
  const auto& toks = d.text.toks;
  // The part's noun may come after a modifier: "including 13 gubernatorial elections".
  auto repeats = [&](std::string_view wn) {
    for (std::uint32_t i = p.te; i < p.te + 3 && i < toks.size() && toks[i].kind == Tk::word && !toks[i].has(f_cap); ++i)
      if (same_noun(folded_tok(d, i), wn)) return true;
    return false;
  };
  const NumberMention* best = nullptr;
  std::uint32_t best_noun = npos32;
  int candidates = 0;
  for (std::size_t i = k; i-- > 0;) {
    const NumberMention& w = nums[i];
    if (w.tb < from_tok) break;
    if (w.year_like || !w.compound.empty() || w.unit == NumUnit::percent || w.unit == NumUnit::points ||
        !same_unit(w, p))
      continue;
    std::uint32_t hb = first_tok_of(d, w);
    if (hb > 0 && toks[hb - 1].kind == Tk::word && (label_word(folded_tok(d, hb - 1)) || month_word(folded_tok(d, hb - 1))))
      continue;
    const std::uint32_t noun = w.unit == NumUnit::currency ? w.te : counted_noun_of(d, w, p.tb);
    if (w.unit != NumUnit::currency && noun == npos32) continue;
    ++candidates;
    if (noun < toks.size() && toks[noun].kind == Tk::word && repeats(folded_tok(d, noun))) {
      noun_tok = noun;
      return &w;
    }
    if (!best) {
      best = &w;
      best_noun = noun;
    }
  }
  if (candidates != 1) return nullptr;
  noun_tok = best && best->unit != NumUnit::currency ? best_noun : npos32;
  return best;
}

// Money "including" money: only gross amounts hold their parts ("a dividend of 55 cents,
// including 5 cents extra"); a net profit "including" a gain may be smaller than the gain.
bool net_amount(const Doc& d, const NumberMention& w, const NumberMention& p) {
  const auto& toks = d.text.toks;
  const Sentence& sent = d.text.sents[d.text.sent_of_tok[w.tb]];
  for (std::uint32_t i = std::max(sent.tok_begin, w.tb > 5 ? w.tb - 5 : 0); i < p.te + 3 && i < sent.tok_end; ++i)
    if (toks[i].kind == Tk::word && net_word(folded_tok(d, i))) return true;
  return false;
}

// "N drones …, including M", "… including M1 X, M2 Y and M3 Z": the parts listed after
// "including" add up to more than the whole.
void including_parts(const Doc& d, const std::vector<NumberMention>& nums, std::vector<Finding>& out) {
  const auto& toks = d.text.toks;
  for (std::size_t k = 1; k < nums.size(); ++k) {
    const NumberMention& p = nums[k];
    const std::uint32_t hb = first_tok_of(d, p);
    if (hb == 0 || !(word_is(d, hb - 1, "including") || word_is(d, hb - 1, "includes") || word_is(d, hb - 1, "included")))
      continue;
    if (p.year_like || !p.compound.empty() || p.unit == NumUnit::percent || p.unit == NumUnit::points) continue;
    const Sentence& sent = d.text.sents[d.text.sent_of_tok[hb]];
    std::uint32_t noun = npos32;
    const NumberMention* w = whole_before(d, nums, k, sent.tok_begin, noun);
    if (!w || hb - w->te > 20) continue;
    if (w->unit == NumUnit::currency && net_amount(d, *w, p)) continue;
    // The parts: this one and those listed after it ("M1 X, M2 Y and M3 Z").
    double sum = p.value;
    const NumberMention* last = &p;
    for (std::size_t j = k + 1; j < nums.size(); ++j) {
      const NumberMention& q = nums[j];
      if (q.tb >= sent.tok_end || !same_unit(q, p) || q.year_like || !q.compound.empty()) break;
      const std::uint32_t qb = token_at(d.text, q.start);
      if (qb < last->te || qb - last->te > 4) break;
      bool joined = false;
      for (std::uint32_t i = last->te; i < qb; ++i) {
        std::string_view x = d.text.str(i);
        if (x == "," || word_is(d, i, "and")) joined = true;
        else if (toks[i].kind != Tk::word || change_word(folded_tok(d, i))) { joined = false; break; }
      }
      if (!joined) break;
      sum += q.value;
      last = &q;
    }
    // A part that names another noun is a kind of the whole ("300,200 cars, including 247,100
    // sales to the U.S."), or a count of what the whole holds ("13 exchanges including 68,000
    // lines"); the second shows itself by its size.
    if (noun != npos32) {
      for (std::uint32_t i = p.te; i < p.te + 3 && i < toks.size() && toks[i].kind == Tk::word && !toks[i].has(f_cap); ++i) {
        const std::string& x = folded_tok(d, i);
        if (same_noun(x, folded_tok(d, noun))) break;
        if (counted_noun(x) && !part_verb(x) && !change_word(x) && p.value > 2 * w->value) { sum = -1; break; }
      }
      if (sum < 0) continue;
    }
    NumberMention parts = p;
    parts.value = sum;
    if (!exceeds(parts, *w)) continue;
    report(d, p, *w, noun, out);
  }
}

// "N drones …, M of them", "…, M of which", "…, of whom M", "among them M", and a next
// sentence opening "Of those, M …".
void of_them_parts(const Doc& d, const std::vector<NumberMention>& nums, std::vector<Finding>& out) {
  auto pronoun = [&](std::uint32_t i) {
    return word_is(d, i, "them") || word_is(d, i, "which") || word_is(d, i, "whom") || word_is(d, i, "those") ||
           word_is(d, i, "these");
  };
  for (std::size_t k = 1; k < nums.size(); ++k) {
    const NumberMention& p = nums[k];
    if (p.year_like || !p.compound.empty() || p.unit == NumUnit::percent || p.unit == NumUnit::points) continue;
    const std::uint32_t hb = first_tok_of(d, p);
    const std::uint32_t s = d.text.sent_of_tok[p.tb];
    const Sentence& sent = d.text.sents[s];
    bool after = word_is(d, p.te, "of") && pronoun(p.te + 1);                         // "M of them"
    bool before = hb >= 2 && (word_is(d, hb - 2, "of") || word_is(d, hb - 2, "among")) && pronoun(hb - 1);  // "of whom M"
    if (!after && !before) {
      // "Of those, M": the pronoun opens the sentence, a comma follows.
      if (hb >= 3 && hb - 3 == sent.tok_begin && (word_is(d, hb - 3, "of") || word_is(d, hb - 3, "among")) &&
          pronoun(hb - 2) && d.text.str(hb - 1) == "," && s > 0) {
        std::uint32_t noun = npos32;
        const Sentence& prev = d.text.sents[s - 1];
        // The whole: the last count in the previous sentence.
        const NumberMention* w = nullptr;
        for (std::size_t i = k; i-- > 0;) {
          if (nums[i].tb < prev.tok_begin) break;
          const NumberMention& c = nums[i];
          if (c.year_like || !c.compound.empty() || !same_unit(c, p) || c.unit == NumUnit::percent) continue;
          noun = counted_noun_of(d, c, prev.tok_end);
          if (noun != npos32) w = &c;
          break;
        }
        if (w && exceeds(p, *w)) report(d, p, *w, noun, out);
      }
      continue;
    }
    // Within the clause: a comma or "and" between the whole and "M of them".
    const std::uint32_t open = before ? hb - 2 : hb;
    if (open == 0 || !(d.text.str(open - 1) == "," || word_is(d, open - 1, "and") || d.text.str(open - 1) == "(" ||
                       word_is(d, open - 1, "with")))
      continue;
    std::uint32_t noun = npos32;
    const NumberMention* w = whole_before(d, nums, k, sent.tok_begin, noun);
    if (!w || noun == npos32 || open - w->te > 20) continue;
    if (exceeds(p, *w)) report(d, p, *w, noun, out);
  }
}

// Shares of one whole in one sentence that add up to more than 100%.
void shares_over_100(const Doc& d, const std::vector<NumberMention>& nums, std::vector<Finding>& out) {
  const auto& toks = d.text.toks;
  const RuleInfo& rule = *find_rule("number.part-exceeds-whole");
  std::size_t k = 0;
  while (k < nums.size()) {
    if (nums[k].unit != NumUnit::percent) { ++k; continue; }
    const std::uint32_t s = d.text.sent_of_tok[nums[k].tb];
    std::vector<const NumberMention*> pcts;
    std::size_t m = k;
    for (; m < nums.size() && d.text.sent_of_tok[nums[m].tb] == s; ++m)
      if (nums[m].unit == NumUnit::percent) pcts.push_back(&nums[m]);
    k = m;
    if (pcts.size() < 2) continue;
    const Sentence& sent = d.text.sents[s];
    // A share verb before the first share.
    bool verb = false;
    for (std::uint32_t i = sent.tok_begin; i < pcts.front()->tb; ++i)
      if (toks[i].kind == Tk::word && share_verb(folded_tok(d, i))) verb = true;
    if (!verb) continue;
    std::vector<const NumberMention*> shares;
    std::string whole;  // the "of X" of the first share that names one
    bool other_whole = false;
    for (const auto* p : pcts) {
      std::uint32_t hb = token_at(d.text, p->start);
      if (hb == 0) continue;
      const std::string& prev = folded_tok(d, hb - 1);
      bool ok = prev == "for" || share_verb(prev);
      // "made up 48%"
      const bool made_up = prev == "up" && hb >= 2 && share_verb(folded_tok(d, hb - 2));
      ok |= made_up;
      // A list after the first share: "…, the Americas 37% and Asia 22%".
      if (!ok && !shares.empty() && toks[hb - 1].kind == Tk::word && toks[hb - 1].has(f_cap) &&
          (p->te >= sent.tok_end || toks[p->te].kind != Tk::word || folded_tok(d, p->te) == "and"))
        ok = true;
      for (std::uint32_t i = hb > sent.tok_begin + 3 ? hb - 3 : sent.tok_begin; i < hb; ++i)
        if (toks[i].kind == Tk::word && change_word(folded_tok(d, i)) && !(made_up && i == hb - 1)) ok = false;
      if (p->te < sent.tok_end && toks[p->te].kind == Tk::word) {
        const std::string& nx = folded_tok(d, p->te);
        if (change_word(nx) || nx == "stake" || nx == "interest" || nx == "rate" || nx == "rise" || nx == "cut") ok = false;
        if (nx == "of" && p->te + 1 < sent.tok_end) {
          std::string w;
          for (std::uint32_t i = p->te + 1; i < sent.tok_end && i < p->te + 5 && toks[i].kind == Tk::word; ++i)
            w += folded_tok(d, i) + " ";
          if (whole.empty()) whole = w;
          else if (w != whole) other_whole = true;
        }
      }
      if (ok) shares.push_back(p);
    }
    if (other_whole || shares.size() < 2) continue;
    double sum = 0;
    std::string terms;
    for (const auto* p : shares) {
      sum += p->value;
      if (!terms.empty()) terms += " + ";
      terms += std::string(as_written(d, *p));
    }
    if (sum <= 100.0 + 0.5 * static_cast<double>(shares.size())) continue;
    const NumberMention& last = *shares.back();
    Finding f = make_finding(rule,
                             fmt::format("these shares of one whole add up to {:g}% ({}), more than 100%", sum, terms),
                             d.span(shares.front()->num_start, last.end));
    for (std::size_t i = 0; i + 1 < shares.size(); ++i)
      f.related.push_back(Related{fmt::format("share: {}", as_written(d, *shares[i])),
                                  d.span(shares[i]->num_start, shares[i]->end)});
    f.fix = "check the shares: together they cannot exceed 100%";
    out.push_back(std::move(f));
  }
}

}  // namespace

void check_number_part_whole(const Doc& d, std::vector<Finding>& out) {
  // Figures only: a number word is a count of kinds as often as of things ("35,000 of the two
  // models"), so spelled numbers are left out of this rule.
  const auto& all = d.numbers();
  std::vector<NumberMention> nums;
  nums.reserve(all.size());
  for (const auto& n : all)
    if (!n.spelled) nums.push_back(n);
  if (nums.size() < 2) return;
  part_of_whole(d, nums, out);
  of_the_whole(d, nums, out);
  including_parts(d, nums, out);
  of_them_parts(d, nums, out);
  shares_over_100(d, nums, out);
}

}  // namespace claimlint::detail
