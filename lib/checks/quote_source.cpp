// quote.not-in-source, quote.altered, quote.wrong-speaker, quote.spliced: each direct quotation
// of a draft aligned with the source material (transcripts, press releases, earlier copy).
// docs/rules/quote.*.md describes the rules; quote_source.hpp the index.
#include "checks/quote_source.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "checks/consistency.hpp"
#include "checks/registry.hpp"

namespace claimlint::detail {
namespace {

bool ends_with(std::string_view s, std::string_view e) { return s.size() >= e.size() && s.substr(s.size() - e.size()) == e; }

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::uint64_t mix(std::uint64_t h, std::string_view w) {
  std::uint64_t x = std::hash<std::string_view>{}(w);
  return (h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2))) * 0x100000001b3ULL;
}
std::uint64_t gram_hash(const std::vector<QWord>& w, std::size_t i) {
  return mix(mix(mix(0x84222325ULL, w[i].w), w[i + 1].w), w[i + 2].w);
}
std::uint64_t uni_hash(std::string_view w) { return mix(0x51ed270bULL, w); }

bool word_cp(char32_t c) { return (c >= '0' && c <= '9') || is_letter_cp(c); }

}  // namespace

std::string canonical_word(std::string_view f) {
  std::string w(f);
  // British -> American, applied to every word on both sides: a merge only matters when a
  // misquote swaps one spelling for the other.
  static const std::array<std::string_view, 8> our = {"our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourful"};
  for (auto suf : our)
    if (ends_with(w, suf) && w.size() - suf.size() >= 3) {
      w.erase(w.size() - suf.size() + 1, 1);  // drop the u
      return w;
    }
  static const std::array<std::string_view, 7> ise = {"ise", "ised", "ises", "ising", "isation", "isations", "iser"};
  for (auto suf : ise)
    if (ends_with(w, suf) && w.size() - suf.size() >= 3) {
      w[w.size() - suf.size() + 1] = 'z';
      return w;
    }
  static const std::array<std::string_view, 4> yse = {"yse", "ysed", "yses", "ysing"};
  for (auto suf : yse)
    if (ends_with(w, suf) && w.size() - suf.size() >= 3) {
      w[w.size() - suf.size() + 1] = 'z';
      return w;
    }
  if ((ends_with(w, "tre") || ends_with(w, "bre")) && w.size() >= 5) { w.replace(w.size() - 2, 2, "er"); return w; }
  if ((ends_with(w, "tres") || ends_with(w, "bres")) && w.size() >= 6) { w.replace(w.size() - 3, 2, "er"); return w; }
  if (w == "defence" || w == "offence" || w == "licence" || w == "pretence") { w[w.size() - 2] = 's'; return w; }
  if (w == "programme" || w == "programmes") { w.erase(7, 2); return w; }
  if (ends_with(w, "ogue") && w.size() >= 7) { w.resize(w.size() - 2); return w; }
  for (std::string_view suf : {"lled", "lling", "ller", "llers"})
    if (ends_with(w, suf) && w.size() - suf.size() >= 4 && is_vowel(w[w.size() - suf.size() - 1])) {
      w.erase(w.size() - suf.size(), 1);
      return w;
    }
  return w;
}

std::vector<QWord> quote_words(std::string_view s, std::size_t base, bool quotation) {
  std::vector<QWord> out;
  std::string raw;
  std::size_t wstart = 0, wend = 0;
  bool in_word = false, wild = false, gap = false, sent = true;
  std::size_t bracket_end = 0;  // inside [ … ] until this byte
  auto flush = [&] {
    if (!in_word) return;
    in_word = false;
    if (raw.empty()) return;
    QWord q;
    q.w = canonical_word(fold(raw));
    q.start = static_cast<std::uint32_t>(base + wstart);
    q.end = static_cast<std::uint32_t>(base + wend);
    q.wild = wild;
    q.gap_before = gap;
    q.sent_start = sent;
    gap = false;
    sent = false;
    out.push_back(std::move(q));
    raw.clear();
  };
  for (std::size_t i = 0; i < s.size();) {
    if (bracket_end && i >= bracket_end) { flush(); wild = false; bracket_end = 0; }
    int len = 1;
    const char32_t c = static_cast<unsigned char>(s[i]) < 0x80 ? static_cast<char32_t>(s[i]) : decode_utf8(s, i, len);
    const std::size_t next = i + static_cast<std::size_t>(len);
    if (word_cp(c)) {
      if (!in_word) { in_word = true; wstart = i; }
      raw.append(s.substr(i, static_cast<std::size_t>(len)));
      wend = next;
      i = next;
      continue;
    }
    // An apostrophe inside a word: dropped ("don't" and "dont" alike).
    if ((c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC) && in_word && next < s.size()) {
      int l2 = 1;
      const char32_t n = static_cast<unsigned char>(s[next]) < 0x80 ? static_cast<char32_t>(s[next]) : decode_utf8(s, next, l2);
      if (word_cp(n)) { i = next; continue; }
    }
    // A hyphen at a line's end inside a word: "recon-\nstruction".
    if ((c == '-' || c == 0x2010 || c == 0x00AD) && in_word) {
      std::size_t j = next;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) ++j;
      if (j < s.size() && s[j] == '\n') {
        ++j;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
        if (j < s.size() && static_cast<unsigned char>(s[j]) >= 'a' && static_cast<unsigned char>(s[j]) <= 'z') { i = j; continue; }
      }
      if (c == 0x00AD) { i = next; continue; }  // soft hyphen
    }
    if (c == '[' && quotation) {
      const std::size_t close = s.find(']', i);
      if (close != std::string_view::npos && close - i <= 80) {
        std::string_view inner = s.substr(i + 1, close - i - 1);
        if (inner == "\u2026" || inner == "..." || inner == ". . .") {
          flush();
          gap = true;
          i = close + 1;
          continue;
        }
        const bool glued_left = in_word;
        int l2 = 1;
        const bool glued_right = close + 1 < s.size() &&
                                 word_cp(static_cast<unsigned char>(s[close + 1]) < 0x80 ? static_cast<char32_t>(s[close + 1])
                                                                                        : decode_utf8(s, close + 1, l2));
        if (glued_left || glued_right) {
          // "[T]he", "said[s]": a changed letter, read through.
          if (!in_word) { in_word = true; wstart = i; }
          raw.append(inner);
          wend = close + 1;
          i = close + 1;
          continue;
        }
        flush();
        wild = true;
        bracket_end = close + 1;
        i = i + 1;
        continue;
      }
    }
    flush();
    if (c == 0x2026) gap = quotation || gap;
    if (c == '.' && i + 2 < s.size() && s[i + 1] == '.' && s[i + 2] == '.') {
      gap = quotation || gap;
      i += 3;
      while (i < s.size() && s[i] == '.') ++i;
      continue;
    }
    if (c == '.' && quotation && i + 4 < s.size() && s.substr(i, 5) == ". . .") { gap = true; i += 5; continue; }
    if (c == '.' || c == '?' || c == '!') {
      if (next >= s.size() || s[next] == ' ' || s[next] == '\n' || s[next] == '"' || static_cast<unsigned char>(s[next]) >= 0x80)
        sent = true;
    }
    if (c == '\n' && next < s.size() && (s[next] == '\n' || s[next] == '\r')) sent = true;
    i = next;
  }
  flush();
  return out;
}

std::string speaker_key(std::string_view name) {
  // The last word that is not a suffix ("Jr.") or a parenthesis.
  std::vector<std::string_view> words;
  std::size_t b = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == ' ' || name[i] == ',') {
      if (i > b) words.push_back(name.substr(b, i - b));
      b = i + 1;
    }
  }
  while (!words.empty()) {
    std::string f = fold(words.back());
    std::erase_if(f, [](char c) { return !(c >= 'a' && c <= 'z') && static_cast<unsigned char>(c) < 0x80; });
    if (f.empty() || f == "jr" || f == "sr" || f == "ii" || f == "iii" || words.back().front() == '(') {
      words.pop_back();
      continue;
    }
    return f;
  }
  return {};
}

namespace {
bool same_key(std::string_view a, std::string_view b) {
  if (a == b) return true;
  return std::min(a.size(), b.size()) >= 5 && edit_distance(a, b, 1) <= 1;
}

std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> out;
  std::string f = fold(name);
  std::string cur;
  for (char c : f) {
    if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) cur += c;
    else if (!cur.empty()) { out.push_back(cur); cur.clear(); }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// One person under two names: the same surname (or a one-letter slip of it), or every word of
// the shorter name in the longer ("Guillaume" for "Guillaume Long", "Brekke" for "MAYOR BREKKE").
bool same_person(std::string_view a, std::string_view b) {
  if (same_key(speaker_key(a), speaker_key(b))) return true;
  auto wa = name_words(a), wb = name_words(b);
  if (wa.empty() || wb.empty()) return false;
  if (wa.size() > wb.size()) std::swap(wa, wb);
  for (const auto& w : wa)
    if (w.size() < 2 || std::find(wb.begin(), wb.end(), w) == wb.end()) return false;
  return true;
}
}  // namespace

int SourceIndex::find_speaker(std::string_view key) const {
  if (key.empty()) return -1;
  for (std::size_t i = 0; i < speaker_keys.size(); ++i)
    if (same_key(speaker_keys[i], key)) return static_cast<int>(i);
  return -1;
}

void SourceIndex::add(std::string path, std::string text, const std::vector<Claim>& claims) {
  SourceDoc sd;
  sd.path = std::move(path);
  sd.text = std::move(text);
  sd.words = quote_words(sd.text, 0, false);
  sd.speaker.assign(sd.words.size(), -1);
  auto intern = [&](std::string_view name) -> int {
    std::string key = speaker_key(name);
    if (key.empty()) return -1;
    if (int k = find_speaker(key); k >= 0) return k;
    speakers.emplace_back(name);
    speaker_keys.push_back(std::move(key));
    return static_cast<int>(speakers.size() - 1);
  };
  auto first_word_at = [&](std::size_t byte) {
    return static_cast<std::size_t>(std::lower_bound(sd.words.begin(), sd.words.end(), byte,
                                                     [](const QWord& w, std::size_t b) { return w.start < b; }) -
                                    sd.words.begin());
  };
  // Transcript turns: "SPEAKER:" or "Jane Doe:" at a line's start, up to the next turn.
  static const RE2 turn(R"((?m)^[ \t]*((?:[A-Z][A-Za-z.'\x{2019}-]*)(?:[ ][A-Z][A-Za-z.'\x{2019}-]*){0,3})[ \t]*:[ \t])");
  static const WordSet not_speakers(
      "update note editors editor's byline exclusive q a transcript subject date time place location source title from "
      "to cc re attachment photo video caption correction dateline headline embargo contact media notes");
  re2::StringPiece rest(sd.text.data(), sd.text.size());
  re2::StringPiece label_sp;
  struct Turn {
    std::size_t from;
    int speaker;
  };
  std::vector<Turn> turns;
  while (RE2::FindAndConsume(&rest, turn, &label_sp)) {
    const std::string_view label(label_sp.data(), label_sp.size());
    const std::string f = fold(label);
    if (not_speakers.contains(f) || label.size() < 2) continue;
    const std::size_t at = static_cast<std::size_t>(rest.data() - sd.text.data());
    const std::size_t w = first_word_at(at);
    if (w < sd.words.size()) sd.words[w].sent_start = true;
    turns.push_back(Turn{at, intern(label)});
  }
  // A turn runs to the next; a paragraph break that follows a turn closes it too when the
  // next paragraph opens with no label (narration between turns belongs to nobody).
  for (std::size_t t = 0; t < turns.size(); ++t) {
    const std::size_t end = t + 1 < turns.size() ? turns[t + 1].from : sd.text.size();
    for (std::size_t w = first_word_at(turns[t].from); w < sd.words.size() && sd.words[w].start < end; ++w)
      sd.speaker[w] = turns[t].speaker;
  }
  // Quoted people: a press release's "“…,” said Jane Doe" and quotations in earlier copy.
  for (const Claim& c : claims) {
    if (c.kind != ClaimKind::direct && c.kind != ClaimKind::mixed) continue;
    if (c.speaker.name.empty() || c.speaker.anonymous) continue;
    if (c.speaker.speaker_class != SpeakerClass::person && c.speaker.speaker_class != SpeakerClass::organisation) continue;
    const int sp = intern(c.speaker.name);
    if (sp < 0) continue;
    auto mark = [&](const Span& s) {
      for (std::size_t w = first_word_at(s.start); w < sd.words.size() && sd.words[w].start < s.end; ++w) sd.speaker[w] = sp;
    };
    if (c.content.parts.empty()) mark(c.content.span);
    else
      for (const auto& p : c.content.parts) mark(p);
  }
  const auto doc = static_cast<std::uint32_t>(docs.size());
  for (std::size_t i = 0; i < sd.words.size(); ++i) {
    unis[uni_hash(sd.words[i].w)].push_back(Pos{doc, static_cast<std::uint32_t>(i)});
    if (i + 2 < sd.words.size()) grams[gram_hash(sd.words, i)].push_back(Pos{doc, static_cast<std::uint32_t>(i)});
  }
  bytes += sd.text.size();
  docs.push_back(std::move(sd));
}

namespace {

struct Run {
  std::uint32_t qs, qe, doc, ps;
  [[nodiscard]] std::uint32_t pe() const { return ps + (qe - qs); }
  [[nodiscard]] std::uint32_t len() const { return qe - qs; }
};

constexpr std::size_t kMaxPostings = 256;

std::string surface(std::string_view text, std::size_t base, const QWord& w) {
  return std::string(text.substr(w.start - base, w.end - w.start));
}

}  // namespace

// Word-level LCS diff of q[qb, qe) against s[sb, se). With `free_edges`, source words before
// the first and after the last common word are not counted (a quotation may start and end
// anywhere in the source); source words dropped next to a [bracketed] insertion or at an
// ellipsis are free too.
WordDiff word_diff_range(const std::vector<QWord>& q, std::size_t qb, std::size_t qe, std::string_view qtext,
                         std::size_t qbase, const std::vector<QWord>& s, std::size_t sb, std::size_t se,
                         std::string_view stext, bool free_edges) {
  WordDiff r;
  const std::size_t n = qe - qb, m = se - sb;
  if (n * m > 4'000'000) {  // a quotation of thousands of words: no diff, count as changed
    r.edits = static_cast<int>(n);
    r.text = "(too long to compare)";
    return r;
  }
  std::vector<std::uint16_t> L((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return L[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = q[qb + i].w == s[sb + j].w ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                                              : std::max(at(i + 1, j), at(i, j + 1));
  enum Op : char { eq = '=', ins = '+', del = '-' };
  struct Step {
    Op op;
    std::size_t i;
  };
  std::vector<Step> steps;
  std::size_t i = 0, j = 0;
  bool matched_yet = false;
  while (i < n || j < m) {
    // Leading source words are skipped while that keeps the common words: the quotation is
    // placed as late as it fits, so a word it shares with the text before it is no match.
    if (free_edges && !matched_yet && i < n && j < m && at(i, j + 1) == at(i, j)) { steps.push_back({del, j}); ++j; continue; }
    if (i < n && j < m && q[qb + i].w == s[sb + j].w) { steps.push_back({eq, i}); ++i; ++j; matched_yet = true; }
    else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) { steps.push_back({del, j}); ++j; }
    else { steps.push_back({ins, i}); ++i; }
  }
  std::size_t first_eq = steps.size(), last_eq = 0;
  for (std::size_t k = 0; k < steps.size(); ++k)
    if (steps[k].op == eq) { first_eq = std::min(first_eq, k); last_eq = k; }
  // Blocks of changes between common words.
  std::string out;
  auto put = [&](std::string_view w) {
    if (!out.empty()) out += ' ';
    out += w;
  };
  for (std::size_t k = 0; k < steps.size();) {
    if (steps[k].op == eq) {
      put(surface(qtext, qbase, q[qb + steps[k].i]));
      ++k;
      continue;
    }
    std::size_t e = k;
    bool wild = false, gap = false;
    int dels = 0, inss = 0;
    while (e < steps.size() && steps[e].op != eq) {
      if (steps[e].op == ins) {
        const QWord& w = q[qb + steps[e].i];
        wild |= w.wild;
        gap |= w.gap_before;
        if (!w.wild) ++inss;
      } else {
        ++dels;
      }
      ++e;
    }
    if (e < steps.size() && q[qb + steps[e].i].gap_before) gap = true;
    const bool edge = free_edges && (k < first_eq || k > last_eq || first_eq == steps.size());
    if (!edge && !wild && !gap) r.edits += dels;
    r.edits += inss;
    std::vector<std::string> ds, is;
    for (std::size_t x = k; x < e; ++x) {
      if (steps[x].op == del) ds.push_back(std::string(stext.substr(s[sb + steps[x].i].start, s[sb + steps[x].i].end - s[sb + steps[x].i].start)));
      else {
        const QWord& w = q[qb + steps[x].i];
        is.push_back(w.wild ? fmt::format("[{}]", surface(qtext, qbase, w)) : surface(qtext, qbase, w));
      }
    }
    if (!ds.empty() && !edge) put(fmt::format("[-{}-]", fmt::join(ds, " ")));
    if (!is.empty()) put(fmt::format("{{+{}+}}", fmt::join(is, " ")));
    if (gap && !ds.empty() && !edge) out += " …";
    k = e;
  }
  r.text = std::move(out);
  return r;
}

namespace {

struct Alignment {
  std::vector<Run> chain;
  std::size_t matched = 0;
};

Alignment align(const std::vector<QWord>& q, const SourceIndex& idx) {
  Alignment a;
  const std::size_t m = q.size();
  if (m < 3) return a;
  std::vector<Run> runs;
  boost::unordered_flat_map<std::uint64_t, std::uint32_t> reach;
  for (std::size_t i = 0; i + 2 < m; ++i) {
    if (q[i].wild || q[i + 1].wild || q[i + 2].wild || q[i + 1].gap_before || q[i + 2].gap_before) continue;
    auto it = idx.grams.find(gram_hash(q, i));
    if (it == idx.grams.end() || it->second.size() > kMaxPostings) continue;
    for (const auto& p : it->second) {
      const std::uint64_t key = (std::uint64_t{p.doc} << 32) | (std::uint32_t)(p.word - i + 0x80000000u);
      if (auto r = reach.find(key); r != reach.end() && r->second > i) continue;
      const auto& sw = idx.docs[p.doc].words;
      std::size_t j = i;
      while (j < m && !q[j].wild && (j == i || !q[j].gap_before) && p.word + (j - i) < sw.size() && q[j].w == sw[p.word + (j - i)].w) ++j;
      if (j - i < 3) continue;
      reach[key] = static_cast<std::uint32_t>(j);
      runs.push_back(Run{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), p.doc, p.word});
      if (runs.size() > 4000) break;
    }
    if (runs.size() > 4000) break;
  }
  if (runs.empty()) return a;
  // The best chain: most quotation words covered, in quotation order, a point lost per jump.
  const std::size_t R = runs.size();
  // A run may overlap the one before it in the quotation (a source sentence that happens to go
  // on with the quotation's next words): it is then cut to start where the other ends.
  std::vector<int> score(R), prev(R, -1);
  std::vector<std::uint32_t> cut(R, 0);
  for (std::size_t r = 0; r < R; ++r) {
    score[r] = static_cast<int>(runs[r].len()) * 2;
    for (std::size_t o = 0; o < r; ++o) {
      if (runs[o].qs >= runs[r].qs || runs[o].qe >= runs[r].qe) continue;
      const std::uint32_t c = runs[o].qe > runs[r].qs ? runs[o].qe - runs[r].qs : 0;
      const std::uint32_t len = runs[r].len() - c;
      const std::uint32_t ps = runs[r].ps + c, qs = runs[r].qs + c;
      const bool near = runs[o].doc == runs[r].doc && ps >= runs[o].pe() && ps - runs[o].pe() <= (qs - runs[o].qe) + 12;
      const int s = score[o] + static_cast<int>(len) * 2 - (near ? 0 : 1);
      if (s > score[r]) { score[r] = s; prev[r] = static_cast<int>(o); cut[r] = c; }
    }
  }
  int best = 0;
  for (std::size_t r = 1; r < R; ++r)
    if (score[r] > score[static_cast<std::size_t>(best)]) best = static_cast<int>(r);
  for (int r = best; r >= 0; r = prev[static_cast<std::size_t>(r)]) {
    Run x = runs[static_cast<std::size_t>(r)];
    x.qs += cut[static_cast<std::size_t>(r)];
    x.ps += cut[static_cast<std::size_t>(r)];
    a.chain.push_back(x);
  }
  std::reverse(a.chain.begin(), a.chain.end());
  for (const auto& r : a.chain) a.matched += r.len();
  return a;
}

// Where a quotation no source contains comes closest: the window of the source with most of
// its words, by single-word votes.
std::optional<Run> closest(const std::vector<QWord>& q, const SourceIndex& idx) {
  boost::unordered_flat_map<std::uint64_t, int> votes;
  std::uint64_t best_key = 0;
  int best = 0;
  for (std::size_t i = 0; i < q.size(); ++i) {
    if (q[i].wild) continue;
    auto it = idx.unis.find(uni_hash(q[i].w));
    if (it == idx.unis.end() || it->second.size() > 2000) continue;
    for (const auto& p : it->second) {
      const std::int64_t d = static_cast<std::int64_t>(p.word) - static_cast<std::int64_t>(i);
      const std::uint64_t key = (std::uint64_t{p.doc} << 32) | static_cast<std::uint32_t>((d + (1 << 30)) / 8);
      int v = ++votes[key];
      if (v > best) { best = v; best_key = key; }
    }
  }
  if (best < 2) return std::nullopt;
  const auto doc = static_cast<std::uint32_t>(best_key >> 32);
  const std::int64_t d = static_cast<std::int64_t>(best_key & 0xFFFFFFFFu) * 8 - (1 << 30);
  const std::int64_t ps = std::max<std::int64_t>(0, d);
  return Run{0, static_cast<std::uint32_t>(q.size()), doc, static_cast<std::uint32_t>(ps)};
}

std::uint32_t line_in(const SourceDoc& s, std::size_t byte) {
  return static_cast<std::uint32_t>(1 + std::count(s.text.begin(), s.text.begin() + static_cast<std::ptrdiff_t>(byte), '\n'));
}

std::string passage(const SourceDoc& s, std::size_t wb, std::size_t we) {
  if (wb >= we) return {};
  std::string t;
  std::string_view raw(s.text.data() + s.words[wb].start, s.words[we - 1].end - s.words[wb].start);
  bool space = false;
  for (char c : raw) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') { space = true; continue; }
    if (space && !t.empty()) t += ' ';
    space = false;
    t += c;
  }
  if (t.size() > 400) { t.resize(400); while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back(); if (!t.empty()) t.pop_back(); t += "…"; }
  return t;
}

struct Quotation {
  std::size_t start, end;  // bytes of the draft
};

// The quoted stretches of a mixed claim's piece: between opening and closing marks.
void quoted_in(std::string_view src, std::size_t b, std::size_t e, std::vector<Quotation>& out) {
  std::size_t open = std::string_view::npos;
  for (std::size_t i = b; i < e;) {
    int len = 1;
    const char32_t c = static_cast<unsigned char>(src[i]) < 0x80 ? static_cast<char32_t>(src[i]) : decode_utf8(src, i, len);
    if (c == 0x201C || (c == '"' && open == std::string_view::npos)) open = i + static_cast<std::size_t>(len);
    else if ((c == 0x201D || c == '"') && open != std::string_view::npos) { out.push_back({open, i}); open = std::string_view::npos; }
    i += static_cast<std::size_t>(len);
  }
}

}  // namespace

void check_needs_sources(const Doc&, std::vector<Finding>&) {}

void check_quote_sources(const Doc& d, const SourceIndex& idx, std::vector<Finding>& out) {
  if (idx.docs.empty()) return;
  const RuleInfo& not_in = *find_rule("quote.not-in-source");
  const RuleInfo& altered = *find_rule("quote.altered");
  const RuleInfo& wrong = *find_rule("quote.wrong-speaker");
  const RuleInfo& spliced = *find_rule("quote.spliced");
  std::vector<Quotation> quotes;
  for (const Claim& c : d.claims) {
    if (c.kind != ClaimKind::direct && c.kind != ClaimKind::mixed) continue;
    quotes.clear();
    std::vector<Span> pieces = c.content.parts;
    if (pieces.empty()) pieces.push_back(c.content.span);
    for (const Span& p : pieces) {
      if (c.kind == ClaimKind::direct) quotes.push_back({p.start, p.end});
      else quoted_in(d.src, p.start, p.end, quotes);
    }
    const std::string who = c.speaker.name.empty() ? std::string{} : display_name(d, c.speaker.name);
    const std::string key = c.speaker.anonymous ? std::string{} : speaker_key(c.speaker.name);
    for (const Quotation& qt : quotes) {
      const std::string_view qtext = d.src.substr(qt.start, qt.end - qt.start);
      const std::vector<QWord> q = quote_words(qtext, qt.start, true);
      std::size_t plain = 0;
      for (const auto& w : q) plain += !w.wild;
      if (plain < 4) continue;  // "not an option": too short to tell a source from a coincidence
      const Span at = d.span(qt.start, qt.end);
      Alignment a = align(q, idx);
      const bool found = a.matched >= 3 && a.matched * 2 >= plain;
      if (!found) {
        if (key.empty() || idx.find_speaker(key) < 0) continue;  // the sources do not cover this speaker
        std::string evidence = "no source passage shares three words in a row with it";
        std::optional<Run> near = a.chain.empty() ? closest(q, idx) : std::optional<Run>(a.chain.front());
        Finding f = make_finding(not_in, fmt::format("no source has this quotation of {}", who), at);
        if (near) {
          const SourceDoc& sd = idx.docs[near->doc];
          const std::int64_t b0 = static_cast<std::int64_t>(near->ps) - static_cast<std::int64_t>(near->qs) - 2;
          const std::size_t sb = static_cast<std::size_t>(std::max<std::int64_t>(0, b0));
          const std::size_t se = std::min(sd.words.size(), sb + q.size() + 4);
          WordDiff wd = word_diff_range(q, 0, q.size(), qtext, qt.start, sd.words, sb, se, sd.text, true);
          // shown: the words the quotation would cover, from where it lines up
          const std::size_t pb = std::min(sd.words.size(), static_cast<std::size_t>(std::max<std::int64_t>(0, b0 + 2)));
          const std::size_t pe = std::min(sd.words.size(), pb + q.size());
          const std::uint32_t line = sd.words.empty() ? 1 : line_in(sd, sd.words[std::min(pb, sd.words.size() - 1)].start);
          f.message = fmt::format("no source has this quotation of {}; closest: {}:{}", who, sd.path, line);
          f.related.push_back(Related{fmt::format("closest passage ({}:{}): \u201C{}\u201D", sd.path, line, passage(sd, pb, pe)), std::nullopt});
          f.related.push_back(Related{fmt::format("difference: {}", wd.text), std::nullopt});
        } else {
          f.related.push_back(Related{evidence, std::nullopt});
        }
        f.fix = "check the recording or the notes: quote what was said, or paraphrase without quotation marks";
        out.push_back(std::move(f));
        continue;
      }
      // Joins of the chain: ellipsis, adjacent (one passage) or spliced.
      const SourceIndex& I = idx;
      std::vector<std::size_t> group_start{0};
      std::vector<std::pair<std::size_t, std::size_t>> splices;  // chain indices a, b
      for (std::size_t k = 1; k < a.chain.size(); ++k) {
        const Run& x = a.chain[k - 1];
        const Run& y = a.chain[k];
        bool ellipsis = false;
        for (std::size_t w = x.qe; w <= y.qs && w < q.size(); ++w) ellipsis |= q[w].gap_before;
        const bool forward = x.doc == y.doc && y.ps >= x.pe();
        if (ellipsis) {
          group_start.push_back(k);
          continue;
        }
        bool splice = !forward;
        if (forward) {
          const std::size_t gs = y.ps - x.pe(), gq = y.qs - x.qe;
          if (gs > gq) {
            bool boundary = false;
            const auto& sw = I.docs[x.doc].words;
            for (std::size_t w = x.pe(); w <= y.ps && w < sw.size(); ++w) boundary |= sw[w].sent_start;
            // a turn change between the two is a splice as well
            const auto& spk = I.docs[x.doc].speaker;
            boundary |= spk[x.pe() - 1] != spk[y.ps];
            splice = boundary || gs - gq > 12;
          }
        }
        if (splice) {
          splices.emplace_back(k - 1, k);
          group_start.push_back(k);
        }
      }
      // Speaker of the passage: the one owning most matched words.
      boost::unordered_flat_map<int, std::size_t> owners;
      for (const Run& r : a.chain)
        for (std::uint32_t w = r.ps; w < r.pe(); ++w) ++owners[I.docs[r.doc].speaker[w]];
      int owner = -1;
      std::size_t owner_n = 0;
      for (auto [sp, n] : owners)
        if (sp >= 0 && n > owner_n) { owner = sp; owner_n = n; }
      const Run& first = a.chain.front();
      const SourceDoc& fd = I.docs[first.doc];
      const std::uint32_t first_line = line_in(fd, fd.words[first.ps].start);
      if (owner >= 0 && !key.empty() && !same_person(I.speakers[static_cast<std::size_t>(owner)], c.speaker.name)) {
        Finding f = make_finding(wrong,
                                 fmt::format("this quotation is given to {} but {} says it in {}:{}", who,
                                             I.speakers[static_cast<std::size_t>(owner)], fd.path, first_line),
                                 at);
        f.related.push_back(Related{fmt::format("{}:{} ({}): \u201C{}\u201D", fd.path, first_line,
                                                I.speakers[static_cast<std::size_t>(owner)],
                                                passage(fd, first.ps, a.chain.back().doc == first.doc ? std::max(first.pe(), a.chain.back().pe()) : first.pe())),
                                    std::nullopt});
        f.fix = fmt::format("attribute the quotation to {}", I.speakers[static_cast<std::size_t>(owner)]);
        out.push_back(std::move(f));
      }
      if (!splices.empty()) {
        const auto [xa, xb] = splices.front();
        const Run& x = a.chain[xa];
        const Run& y = a.chain[xb];
        const SourceDoc& xd = I.docs[x.doc];
        const SourceDoc& yd = I.docs[y.doc];
        const std::uint32_t lx = line_in(xd, xd.words[x.ps].start), ly = line_in(yd, yd.words[y.ps].start);
        const std::string where = x.doc == y.doc ? fmt::format("{} (lines {} and {})", xd.path, lx, ly)
                                                 : fmt::format("{}:{} and {}:{}", xd.path, lx, yd.path, ly);
        Finding f = make_finding(spliced,
                                 fmt::format("this quotation joins passages that are not adjacent in the source without an ellipsis: {}", where),
                                 at);
        f.related.push_back(Related{fmt::format("{}:{}: \u201C{}\u201D", xd.path, lx, passage(xd, x.ps, x.pe())), std::nullopt});
        f.related.push_back(Related{fmt::format("{}:{}: \u201C{}\u201D", yd.path, ly, passage(yd, y.ps, y.pe())), std::nullopt});
        f.fix = "mark the cut with \u201C\u2026\u201D, or quote the passages separately";
        out.push_back(std::move(f));
      }
      // Each group is one passage: diff it with the source.
      group_start.push_back(a.chain.size());
      std::string diffs;
      int edits = 0;
      std::string passages;
      for (std::size_t g = 0; g + 1 < group_start.size(); ++g) {
        const Run& gf = a.chain[group_start[g]];
        const Run& gl = a.chain[group_start[g + 1] - 1];
        const std::size_t qlo = g == 0 ? 0 : gf.qs;
        std::size_t qhi = g + 2 < group_start.size() ? a.chain[group_start[g + 1]].qs : q.size();
        // Stop the region at an ellipsis after the group.
        for (std::size_t w = gl.qe; w < qhi; ++w)
          if (q[w].gap_before) { qhi = w; break; }
        std::size_t qlo2 = qlo;
        for (std::size_t w = gf.qs; w > qlo; --w)
          if (q[w].gap_before) { qlo2 = w; break; }
        const auto& sw = I.docs[gf.doc].words;
        const std::int64_t b0 = static_cast<std::int64_t>(gf.ps) - static_cast<std::int64_t>(gf.qs - qlo2) - 2;
        const std::size_t sb = static_cast<std::size_t>(std::max<std::int64_t>(0, b0));
        const std::size_t se = std::min<std::size_t>(sw.size(), gl.pe() + (qhi - gl.qe) + 2);
        WordDiff wd = word_diff_range(q, qlo2, qhi, qtext, qt.start, sw, sb, se, I.docs[gf.doc].text, true);
        if (wd.edits > 0) {
          edits += wd.edits;
          if (!diffs.empty()) diffs += " … ";
          diffs += wd.text;
          if (!passages.empty()) passages += " … ";
          passages += passage(I.docs[gf.doc], std::max<std::size_t>(sb, gf.ps >= (gf.qs - qlo2) ? gf.ps - (gf.qs - qlo2) : 0), std::min(se, static_cast<std::size_t>(gl.pe() + (qhi - gl.qe))));
        }
      }
      if (edits > 0) {
        Finding f = make_finding(altered, fmt::format("this quotation differs from {}:{}: {}", fd.path, first_line, diffs), at);
        f.related.push_back(Related{fmt::format("the source reads ({}:{}): \u201C{}\u201D", fd.path, first_line, passages), std::nullopt});
        f.fix = "quote the source as written; mark cuts with \u201C\u2026\u201D and insertions with [brackets]";
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace claimlint::detail
