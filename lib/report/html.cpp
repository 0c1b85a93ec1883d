// The HTML report (docs/output.md#html): one self-contained page that shows each article's text
// with its claims (speaker, cue, content) and findings marked where they are, a summary, a list
// of speakers and the findings with their evidence and fixes. No network: inline CSS and a
// little inline JavaScript, no external resource. A pure function of the reports.
//
// Marks may overlap and nest (a finding inside a claim's content, a content that holds another
// claim's speaker, two findings on crossing spans). The text is cut into segments at every
// mark's start and end; each segment is wrapped in the marks that cover it, outer to inner by
// start (earlier first) and end (later first). A mark that a crossing one interrupts is closed
// and reopened, so one mark can be several elements; they all carry the same data-claim or
// data-finding, and the first has the id that links point at. Linear in the text plus the
// marks times the marks open at once.
#include "claimlint/output.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace claimlint {
namespace {

// Appends `s` escaped for HTML text and attribute values. Carriage returns become &#13; (the
// HTML parser would fold CR LF into LF and the text would no longer match its byte offsets),
// other control characters numeric references (NUL the replacement character). Embedding,
// override and isolate controls (U+202A–U+202E, U+2066–U+2069) are kept but wrapped in an
// isolating element (`bidi` below), so that an RTL override reorders nothing outside itself;
// only in text, never in attributes (`in_text`).
void escape(std::string& out, std::string_view s, bool in_text = false) {
  std::size_t run = 0;
  auto flush = [&](std::size_t i) { out.append(s.data() + run, i - run); };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    const char* rep = nullptr;
    std::size_t len = 1;
    std::string tmp;
    switch (c) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': rep = "&quot;"; break;
      case '\'': rep = "&#39;"; break;
      case '\r': rep = "&#13;"; break;
      case 0: rep = "&#xFFFD;"; break;
      default:
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
          tmp = fmt::format("&#{};", static_cast<int>(c));
          rep = tmp.c_str();
        } else if (c == 0xE2 && i + 2 < s.size()) {
          const auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
          const bool ctl = (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
          if (ctl) {
            const unsigned cp = 0x2000u + ((b1 & 0x3Fu) << 6) + (b2 & 0x3Fu);
            tmp = in_text ? fmt::format("<span class=\"bidi\" data-cp=\"U+{:04X}\">&#x{:X};</span>", cp, cp)
                          : fmt::format("[U+{:04X}]", cp);
            rep = tmp.c_str();
            len = 3;
          }
        }
    }
    if (!rep) continue;
    flush(i);
    out += rep;
    i += len - 1;
    run = i + 1;
  }
  flush(s.size());
}

// Moves a byte offset back to the start of its UTF-8 character and into the text.
std::size_t char_start(std::string_view text, std::size_t p) {
  p = std::min(p, text.size());
  while (p > 0 && p < text.size() && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  return p;
}

enum class Kind : std::uint8_t { content, speaker, cue, finding, evidence };

struct Mark {
  std::size_t start, end;
  Kind kind;
  int id;       // claim id, or finding index
  int related;  // index of the evidence in the finding's related, for Kind::evidence
  int order;    // creation order, a stable tie-break
  bool later_part = false;  // a multi-part content's second or later part: no id of its own
};

std::string_view severity_class(Severity s) { return to_string(s); }

std::string_view severity_icon(Severity s) {
  switch (s) {
    case Severity::error: return "\u2716";    // heavy multiplication x
    case Severity::warning: return "\u25B2";  // triangle
    default: return "\u2139";                 // information source
  }
}

std::string anchor(std::size_t file, const Mark& m) {
  switch (m.kind) {
    case Kind::speaker: return fmt::format("f{}-c{}-s", file, m.id);
    case Kind::cue: return fmt::format("f{}-c{}-q", file, m.id);
    case Kind::content: return fmt::format("f{}-c{}", file, m.id);
    case Kind::finding: return fmt::format("f{}-d{}", file, m.id);
    case Kind::evidence: return fmt::format("f{}-d{}-r{}", file, m.id, m.related);
  }
  return {};
}

void open_mark(std::string& out, std::size_t file, const Mark& m, const Report& r, bool first) {
  static constexpr std::array<std::string_view, 5> part{"content", "speaker", "cue", "", ""};
  out += "<span class=\"mk ";
  switch (m.kind) {
    case Kind::content: out += "ct"; break;
    case Kind::speaker: out += "sp"; break;
    case Kind::cue: out += "cu"; break;
    case Kind::finding:
      out += "fd ";
      out += severity_class(r.findings[static_cast<std::size_t>(m.id)].severity);
      break;
    case Kind::evidence: out += "ev"; break;
  }
  if (first) out += " first";
  out += '"';
  if (m.kind == Kind::finding || m.kind == Kind::evidence) {
    fmt::format_to(std::back_inserter(out), " data-finding=\"{}\"", m.id);
    if (m.kind == Kind::evidence) fmt::format_to(std::back_inserter(out), " data-related=\"{}\"", m.related);
    const Finding& f = r.findings[static_cast<std::size_t>(m.id)];
    out += " title=\"";
    if (m.kind == Kind::evidence) {
      out += "evidence: ";
      escape(out, f.related[static_cast<std::size_t>(m.related)].message);
      out += " (for ";
      escape(out, f.rule);
      out += ')';
    } else {
      escape(out, to_string(f.severity));
      out += ": ";
      escape(out, f.message);
      out += " [";
      escape(out, f.rule);
      out += ']';
    }
    out += '"';
  } else {
    fmt::format_to(std::back_inserter(out), " data-claim=\"{}\" data-part=\"{}\"", m.id,
                   part[static_cast<std::size_t>(m.kind)]);
  }
  if (first) {
    out += " id=\"";
    out += anchor(file, m);
    out += '"';
  }
  out += '>';
}

// The article's text with its marks.
void article(std::string& out, std::size_t file, const FileResult& fr) {
  const Report& r = fr.report;
  const std::string_view text = fr.text;
  std::vector<Mark> marks;
  int order = 0;
  auto add = [&](const Span& s, Kind k, int id, int related = 0, bool later_part = false) {
    std::size_t a = char_start(text, s.start), b = char_start(text, std::max(s.start, s.end));
    if (s.end >= text.size()) b = text.size();
    marks.push_back(Mark{a, b, k, id, related, order++, later_part});
  };
  for (const auto& c : r.claims) {
    if (c.content.parts.size() > 1)
      for (std::size_t k = 0; k < c.content.parts.size(); ++k) add(c.content.parts[k], Kind::content, c.id, 0, k > 0);
    else if (c.content.span.end > c.content.span.start || !c.content.text.empty())
      add(c.content.span, Kind::content, c.id);
    if (!c.speaker.text.empty()) add(c.speaker.span, Kind::speaker, c.id);
    if (!c.cue.text.empty()) add(c.cue.span, Kind::cue, c.id);
  }
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    add(f.span, Kind::finding, static_cast<int>(i));
    for (std::size_t k = 0; k < f.related.size(); ++k)
      if (f.related[k].span) add(*f.related[k].span, Kind::evidence, static_cast<int>(i), static_cast<int>(k));
  }
  // Outer before inner: earlier start, then later end, then findings outside claims.
  auto outer = [](const Mark& a, const Mark& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    if (a.kind != b.kind) return a.kind > b.kind;
    return a.order < b.order;
  };
  std::sort(marks.begin(), marks.end(), outer);
  std::vector<std::size_t> bounds;
  bounds.reserve(marks.size() * 2 + 2);
  bounds.push_back(0);
  bounds.push_back(text.size());
  for (const auto& m : marks) { bounds.push_back(m.start); bounds.push_back(m.end); }
  // Each paragraph (a run of lines up to and including its line breaks) is a block of its own:
  // a browser lays out one block with a megabyte of text and thousands of marks in it far more
  // slowly than many small ones. Marks that run across paragraphs are split there.
  std::vector<std::size_t> paras;
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1))
    if (nl + 1 < text.size() && text[nl + 1] != '\n') paras.push_back(nl + 1);
  bounds.insert(bounds.end(), paras.begin(), paras.end());
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());

  std::vector<bool> opened(marks.size(), false);  // a first element has been written
  std::vector<std::size_t> active;                // indexes into marks, outer to inner
  std::vector<std::size_t> stack;                 // the elements open now
  std::size_t next = 0;
  auto by_nesting = [&](std::size_t a, std::size_t b) { return outer(marks[a], marks[b]); };
  std::size_t next_para = 0;
  out += "<div class=\"text\"><p class=\"para\">";
  for (std::size_t bi = 0; bi + 1 < bounds.size() || (bi < bounds.size() && next < marks.size()); ++bi) {
    const std::size_t p = bounds[bi];
    std::erase_if(active, [&](std::size_t k) { return marks[k].end <= p; });
    if (next_para < paras.size() && paras[next_para] == p) {
      ++next_para;
      while (!stack.empty()) { out += "</span>"; stack.pop_back(); }
      out += "</p><p class=\"para\">";
    }
    // Marks that start here; an empty mark is written as an empty element at its place.
    for (; next < marks.size() && marks[next].start == p; ++next) {
      if (marks[next].end > p) {
        active.insert(std::upper_bound(active.begin(), active.end(), next, by_nesting), next);
        continue;
      }
      while (!stack.empty()) { out += "</span>"; stack.pop_back(); }
      open_mark(out, file, marks[next], r, !opened[next] && !marks[next].later_part);
      opened[next] = true;
      out += "</span>";
    }
    if (bi + 1 >= bounds.size()) break;
    // Keep the open elements that are still a prefix of the active marks; close the rest.
    std::size_t keep = 0;
    while (keep < stack.size() && keep < active.size() && stack[keep] == active[keep]) ++keep;
    while (stack.size() > keep) { out += "</span>"; stack.pop_back(); }
    for (std::size_t k = keep; k < active.size(); ++k) {
      open_mark(out, file, marks[active[k]], r, !opened[active[k]] && !marks[active[k]].later_part);
      opened[active[k]] = true;
      stack.push_back(active[k]);
    }
    escape(out, text.substr(p, bounds[bi + 1] - p), true);
  }
  while (!stack.empty()) { out += "</span>"; stack.pop_back(); }
  out += "</p></div>\n";
}

// Evidence from the knowledge base names its source: links to the URLs in it and to the
// Wikidata items it cites (Q42), only http and https.
void linked(std::string& out, std::string_view msg) {
  static const RE2 link(R"((https?://[^\s<>"')\]]+)|\b(Q[1-9][0-9]{0,11})\b)");
  std::string_view rest = msg;
  re2::StringPiece m[3];
  while (link.Match(re2::StringPiece(rest.data(), rest.size()), 0, rest.size(), RE2::UNANCHORED, m, 3)) {
    const std::string_view all(m[0].data(), m[0].size()), url(m[1].data(), m[1].size()), item(m[2].data(), m[2].size());
    escape(out, rest.substr(0, static_cast<std::size_t>(all.data() - rest.data())));
    const std::string href = url.empty() ? fmt::format("https://www.wikidata.org/wiki/{}", item) : std::string(url);
    out += "<a class=\"src\" rel=\"noopener noreferrer\" href=\"";
    escape(out, href);
    out += "\">";
    escape(out, all);
    out += "</a>";
    rest.remove_prefix(static_cast<std::size_t>(all.data() - rest.data()) + all.size());
  }
  escape(out, rest);
}

// Summary rows: findings by severity and by rule.
struct Counts {
  std::array<int, 3> severity{};
  std::map<std::string, int> rules;
};

Counts count(const Report& r) {
  Counts c;
  for (const auto& f : r.findings) {
    ++c.severity[static_cast<std::size_t>(f.severity)];
    ++c.rules[f.rule];
  }
  return c;
}

void rule_list(std::string& out, const std::map<std::string, int>& rules) {
  bool first = true;
  for (const auto& [rule, n] : rules) {
    if (!first) out += ", ";
    first = false;
    out += "<code>";
    escape(out, rule);
    fmt::format_to(std::back_inserter(out), "</code>&nbsp;×{}", n);
  }
  if (rules.empty()) out += "—";
}

void summary(std::string& out, std::span<const FileResult> files) {
  Counts total;
  std::size_t claims = 0;
  out += "<section class=\"summary\" aria-labelledby=\"sum\"><h2 id=\"sum\">Summary</h2>\n";
  out += "<div class=\"tw\"><table><thead><tr><th scope=\"col\">file</th><th scope=\"col\">claims</th>"
         "<th scope=\"col\" class=\"error\">✖ errors</th><th scope=\"col\" class=\"warning\">▲ warnings</th>"
         "<th scope=\"col\" class=\"info\">ℹ info</th><th scope=\"col\">by rule</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& fr = files[i];
    fmt::format_to(std::back_inserter(out), "<tr><td><a href=\"#f{}\">", i);
    escape(out, fr.report.path);
    out += "</a></td>";
    if (!fr.error.empty()) {
      out += "<td colspan=\"5\" class=\"error\">not checked: ";
      escape(out, fr.error);
      out += "</td></tr>\n";
      continue;
    }
    const Counts c = count(fr.report);
    claims += fr.report.claims.size();
    for (int s = 0; s < 3; ++s) total.severity[static_cast<std::size_t>(s)] += c.severity[static_cast<std::size_t>(s)];
    for (const auto& [rule, n] : c.rules) total.rules[rule] += n;
    fmt::format_to(std::back_inserter(out), "<td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>", fr.report.claims.size(),
                   c.severity[2], c.severity[1], c.severity[0]);
    rule_list(out, c.rules);
    out += "</td></tr>\n";
  }
  out += "</tbody>";
  if (files.size() > 1) {
    fmt::format_to(std::back_inserter(out),
                   "<tfoot><tr><th scope=\"row\">{} files</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>",
                   files.size(), claims, total.severity[2], total.severity[1], total.severity[0]);
    rule_list(out, total.rules);
    out += "</td></tr></tfoot>";
  }
  out += "</table></div></section>\n";
}

void speakers(std::string& out, std::size_t file, const Report& r) {
  // Who said what, in order of the speaker's first claim; unnamed speakers by their words.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Claim*>> by;
  for (const auto& c : r.claims) {
    std::string who = !c.speaker.name.empty() ? c.speaker.name : !c.speaker.text.empty() ? c.speaker.text : "(no speaker)";
    auto [it, fresh] = by.try_emplace(who);
    if (fresh) order.push_back(who);
    it->second.push_back(&c);
  }
  fmt::format_to(std::back_inserter(out), "<section class=\"who\" aria-labelledby=\"f{0}-who\"><h3 id=\"f{0}-who\">Who said what</h3>", file);
  if (order.empty()) out += "<p class=\"none\">No claims.</p>";
  out += "<ul class=\"speakers\">";
  for (const auto& who : order) {
    out += "<li><span class=\"who-name\">";
    escape(out, who);
    fmt::format_to(std::back_inserter(out), "</span> <span class=\"n\">({})</span><ul>", by[who].size());
    for (const Claim* c : by[who]) {
      fmt::format_to(std::back_inserter(out), "<li><a href=\"#f{}-c{}\" data-goto-claim=\"{}\"><span class=\"cue-w\">", file, c->id, c->id);
      escape(out, c->cue.text);
      out += "</span> ";
      std::string_view t = c->content.text;
      if (t.size() > 160) {
        std::size_t cut = 150;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
        escape(out, t.substr(0, cut));
        out += "…";
      } else {
        escape(out, t);
      }
      out += "</a></li>";
    }
    out += "</ul></li>";
  }
  out += "</ul></section>\n";
}

void findings(std::string& out, std::size_t file, const Report& r) {
  fmt::format_to(std::back_inserter(out), "<section class=\"fl\" aria-labelledby=\"f{0}-fl\"><h3 id=\"f{0}-fl\">Findings</h3>", file);
  if (r.findings.empty()) out += "<p class=\"none\">No findings.</p>";
  out += "<ol class=\"findings\">";
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const Finding& f = r.findings[i];
    const auto sev = severity_class(f.severity);
    fmt::format_to(std::back_inserter(out),
                   "<li class=\"card {0}\" data-card=\"{1}\"><a class=\"go\" href=\"#f{2}-d{1}\"><span class=\"icon\" "
                   "aria-hidden=\"true\">{3}</span> <span class=\"sev\">{0}</span> <code>",
                   sev, i, file, severity_icon(f.severity));
    escape(out, f.rule);
    fmt::format_to(std::back_inserter(out), "</code> <span class=\"pos\">line {}</span></a><p class=\"msg\">", f.span.line);
    escape(out, f.message);
    out += "</p>";
    if (!f.related.empty()) {
      out += "<ul class=\"related\">";
      for (std::size_t k = 0; k < f.related.size(); ++k) {
        const Related& x = f.related[k];
        out += "<li>";
        if (x.span) {
          fmt::format_to(std::back_inserter(out), "<a href=\"#f{}-d{}-r{}\">line {}</a>: ", file, i, k, x.span->line);
          escape(out, x.message);
        } else {
          linked(out, x.message);
        }
        out += "</li>";
      }
      out += "</ul>";
    }
    if (!f.fix.empty()) {
      out += "<p class=\"fix\"><b>fix:</b> ";
      escape(out, f.fix);
      out += "</p>";
    }
    out += "</li>\n";
  }
  out += "</ol></section>\n";
}

constexpr std::string_view kStyle = R"CSS(
:root{--err:#b3261e;--warn:#8a5300;--info:#1f5fa8;--sp:#1d4ed8;--cu:#9a3412;--ct:#166534;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fafafa}
header.top{padding:.75rem 1rem;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.25rem;margin:0 0 .25rem}
h2{font-size:1.1rem;margin:.5rem 0}
h3{font-size:1rem;margin:.75rem 0 .25rem}
main{padding:0 1rem 2rem}
.tw{overflow-x:auto}
table{border-collapse:collapse;background:#fff;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
th.error,td.error{color:var(--err)}th.warning{color:var(--warn)}th.info{color:var(--info)}
.legend{font-size:.85rem;margin:.25rem 0}
.legend span{margin-right:.75rem;white-space:nowrap}
.keys{font-size:.85rem;color:#444}
kbd{border:1px solid #999;border-radius:3px;padding:0 .25em;background:#fff;font-size:.8rem}
article.file{margin-top:1rem;border-top:2px solid #333;padding-top:.5rem}
.meta{font-size:.85rem;color:#444;margin:0}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,24rem);gap:1rem;align-items:start}
@media (max-width:60rem){.cols{grid-template-columns:minmax(0,1fr)}}
div.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;background:#fff;border:1px solid #ddd;padding:.75rem 1rem;margin:0}
p.para{margin:0;content-visibility:auto;contain-intrinsic-size:auto 3.8em}
aside{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto}
@media (max-width:60rem){aside{position:static;max-height:none}}
.mk{border-radius:2px}
.sp{background:#dbe7ff;border-bottom:3px solid var(--sp);font-weight:600}
.cu{background:#ffe8d6;border-bottom:3px dotted var(--cu);font-style:italic}
.ct{background:#e3f6e8;border-bottom:2px dashed var(--ct)}
.fd{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.3em;text-decoration-skip-ink:none;cursor:pointer}
.fd.error{text-decoration-color:var(--err);text-decoration-style:wavy;background:#fde7e7}
.fd.warning{text-decoration-color:var(--warn);text-decoration-style:double;background:#fff3d6}
.fd.info{text-decoration-color:var(--info);text-decoration-style:dotted;background:#e6f0fb}
.fd.first::before{font-size:.7em;vertical-align:super;font-weight:700;font-style:normal;margin-right:1px}
.fd.error.first::before{content:"\2716";color:var(--err)}
.fd.warning.first::before{content:"\25B2";color:var(--warn)}
.fd.info.first::before{content:"\2139";color:var(--info)}
.ev{outline:1px dashed #555;outline-offset:1px}
.bidi{unicode-bidi:isolate;font-size:0}
.bidi::after{content:"\27E8" attr(data-cp) "\27E9";font-size:.7rem;color:#a00;unicode-bidi:isolate}
.hl{outline:3px solid #000;outline-offset:1px}
.card{content-visibility:auto;contain-intrinsic-size:auto 8em;background:#fff;border:1px solid #ddd;border-left:6px solid;padding:.4rem .6rem;margin:.4rem 0;list-style:none}
ol.findings,ul.speakers{padding:0;margin:0}
.card.error{border-left-color:var(--err)}.card.warning{border-left-color:var(--warn);border-left-style:double}.card.info{border-left-color:var(--info);border-left-style:dashed}
.card .icon{font-weight:700}.card.error .icon,.card.error .sev{color:var(--err)}.card.warning .icon,.card.warning .sev{color:var(--warn)}.card.info .icon,.card.info .sev{color:var(--info)}
.card.current{box-shadow:0 0 0 3px #000}
.card p{margin:.25rem 0}.msg{overflow-wrap:anywhere}
.related{margin:.25rem 0;padding-left:1.2rem;font-size:.9rem;overflow-wrap:anywhere}
.fix{font-size:.9rem}
.speakers>li{content-visibility:auto;contain-intrinsic-size:auto 4em;list-style:none;margin:.3rem 0}.speakers ul{padding-left:1.2rem;margin:0;font-size:.9rem}
.who-name{font-weight:600;color:var(--sp)}.cue-w{font-style:italic;color:var(--cu)}.n,.pos{color:#555;font-size:.85rem}
.none{color:#555}
a{color:#0b4fb3}
a:focus,.mk:focus{outline:3px solid #000;outline-offset:2px}
.err{color:var(--err)}
@media print{aside{position:static;max-height:none}.cols{grid-template-columns:1fr}}
)CSS";

// Keyboard: n or j to the next finding, p or k to the previous; hovering or following a mark
// outlines every element of the claim or finding it belongs to.
constexpr std::string_view kScript = R"JS(
(function(){
var cards=[].slice.call(document.querySelectorAll('.card')),cur=-1;
function parts(el){var f=el.closest('article.file');if(!f)return[];var s=el.getAttribute('data-claim')!==null?'[data-claim="'+el.getAttribute('data-claim')+'"]':'.fd[data-finding="'+el.getAttribute('data-finding')+'"]';return[].slice.call(f.querySelectorAll('.text '+s));}
function mark(list,on){list.forEach(function(e){e.classList.toggle('hl',on);});}
var lit=[];
function light(list){mark(lit,false);lit=list;mark(lit,true);}
function go(i){if(!cards.length)return;cur=(i+cards.length)%cards.length;cards.forEach(function(c){c.classList.remove('current');});var c=cards[cur];c.classList.add('current');var a=c.querySelector('a.go');var t=document.getElementById(a.getAttribute('href').slice(1));if(t){light(parts(t));t.scrollIntoView({block:'center'});}c.scrollIntoView({block:'nearest'});a.focus({preventScroll:true});}
document.addEventListener('keydown',function(e){if(e.altKey||e.ctrlKey||e.metaKey)return;var k=e.key;if(k==='n'||k==='j'){go(cur+1);e.preventDefault();}else if(k==='p'||k==='k'){go(cur-1);e.preventDefault();}});
document.addEventListener('mouseover',function(e){var m=e.target.closest&&e.target.closest('.text .mk');if(m&&!m.classList.contains('ev'))light(parts(m));});
document.addEventListener('click',function(e){var a=e.target.closest&&e.target.closest('a[href^="#"]');if(!a)return;var t=document.getElementById(a.getAttribute('href').slice(1));if(t&&t.classList.contains('mk'))light(t.classList.contains('ev')?[t]:parts(t));var c=a.closest('.card');if(c){cur=cards.indexOf(c);}});
})();
)JS";

}  // namespace

std::string to_html(std::span<const FileResult> files, const OutputOptions& o) {
  std::string out;
  std::size_t total = 0;
  for (const auto& f : files) total += f.text.size();
  out.reserve(total * 2 + 16384);
  out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "script-src 'unsafe-inline'; img-src data:\">"
         "<meta name=\"referrer\" content=\"no-referrer\"><title>claimlint report";
  if (files.size() == 1) {
    out += ": ";
    escape(out, files[0].report.path);
  }
  out += "</title><style>";
  out += kStyle;
  out += "</style></head><body>\n<header class=\"top\"><h1>claimlint report</h1><p class=\"meta\">claimlint ";
  escape(out, o.tool_version);
  fmt::format_to(std::back_inserter(out), " · {} file{}</p>", files.size(), files.size() == 1 ? "" : "s");
  out += "<p class=\"legend\">Claims: <span class=\"mk sp\">speaker</span> <span class=\"mk cu\">cue</span> "
         "<span class=\"mk ct\">content</span> · Findings: <span class=\"mk fd error first\">error</span> "
         "<span class=\"mk fd warning first\">warning</span> <span class=\"mk fd info first\">info</span> · "
         "<span class=\"mk ev\">evidence</span></p>"
         "<p class=\"keys\">Keys: <kbd>n</kbd>/<kbd>j</kbd> next finding, <kbd>p</kbd>/<kbd>k</kbd> previous; "
         "<kbd>Tab</kbd> moves through the links.</p></header>\n<main>\n";
  summary(out, files);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const FileResult& fr = files[i];
    const Report& r = fr.report;
    fmt::format_to(std::back_inserter(out), "<article class=\"file\" id=\"f{}\" data-path=\"", i);
    escape(out, r.path);
    out += "\"><h2>";
    escape(out, r.path);
    out += "</h2>";
    if (!fr.error.empty()) {
      out += "<p class=\"err\">not checked: ";
      escape(out, fr.error);
      out += "</p></article>\n";
      continue;
    }
    out += "<p class=\"meta\">date ";
    if (r.date) escape(out, to_string(*r.date));
    else out += "unknown";
    out += " (";
    escape(out, to_string(r.date_source));
    fmt::format_to(std::back_inserter(out), ") · {} claims · {} findings", r.claims.size(), r.findings.size());
    for (const auto& n : r.notes) {
      out += " · ";
      escape(out, n);
    }
    out += "</p><div class=\"cols\"><div class=\"main\">";
    article(out, i, fr);
    out += "</div><aside>";
    findings(out, i, r);
    speakers(out, i, r);
    out += "</aside></div></article>\n";
  }
  out += "</main><script>";
  out += kScript;
  out += "</script></body></html>\n";
  return out;
}

}  // namespace claimlint
