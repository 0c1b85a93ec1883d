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

// "Of the 120 drones launched, 134 were shot down": the whole first, then the part.
void of_the_whole(const Doc& d, const std::vector<NumberMention>& nums, std::vector<Finding>& out) {
  const auto& toks = d.text.toks;
  const RuleInfo& rule = *find_rule("number.part-exceeds-whole");
  for (std::size_t k = 0; k + 1 < nums.size(); ++k) {
    const NumberMention& w = nums[k];
    if (w.hedge != Hedge::none || w.year_like || !w.compound.empty() || w.unit == NumUnit::percent ||
        w.unit == NumUnit::points)
      continue;
    const std::uint32_t hb = token_at(d.text, w.start);
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
    if (a.unit == NumUnit::percent || a.unit == NumUnit::points || a.year_like || !a.compound.empty()) continue;
    // Cheap test first: "of" or "out" right after the part, or after one word.
    {
      const std::uint32_t t0 = a.te;
      const bool near = word_is(d, t0, "of") || word_is(d, t0, "out") || word_is(d, t0 + 1, "of") ||
                        word_is(d, t0 + 1, "out");
      if (!near) continue;
    }
    std::uint32_t hb = token_at(d.text, a.start);
    if (hb > 0 && toks[hb - 1].kind == Tk::word && (label_word(folded_tok(d, hb - 1)) || month_word(folded_tok(d, hb - 1))))
      continue;
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
    } else if (b->te >= toks.size() || toks[b->te].kind != Tk::word || toks[b->te].has(f_cap) ||
               !counted_noun(folded_tok(d, b->te))) {
      continue;  // the whole must count something: "120 drones"
    }
    if (!(a.value > b->value)) continue;
    // The whole's noun, for the message.
    // What the whole counts, up to two words: "drones", "shelter places".
    std::string noun = b->compound.empty() ? std::string(d.text.str(b->te)) : std::string(b->compound);
    std::size_t end = b->compound.empty() ? toks[b->te].end : b->end;
    if (b->compound.empty() && b->te + 1 < toks.size() && toks[b->te + 1].kind == Tk::word &&
        !toks[b->te + 1].has(f_cap) && counted_noun(folded_tok(d, b->te + 1)) && !part_verb(folded_tok(d, b->te + 1)) &&
        toks[b->te + 1].start == toks[b->te].end + 1) {
      noun += ' ';
      noun += d.text.str(b->te + 1);
      end = toks[b->te + 1].end;
    }
    Finding f = make_finding(rule,
                             fmt::format("the part ({}) is larger than the whole it belongs to ({} {})", as_written(d, a),
                                         as_written(d, *b), noun),
                             d.span(a.num_start, end));
    f.related.push_back(
        Related{fmt::format("the whole: {} {} (line {})", as_written(d, *b), noun, line_at(d, b->num_start)),
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
  const auto& nums = d.numbers();
  if (nums.size() < 2) return;
  part_of_whole(d, nums, out);
  of_the_whole(d, nums, out);
  shares_over_100(d, nums, out);
}

}  // namespace claimlint::detail
