#include "checks/registry.hpp"

#include <array>

namespace claimlint::detail {

namespace {
const std::array<RuleDef, 20> kRules = {{
    {{"role.self-reference", Severity::error,
      "a person called the spokesperson, aide, deputy or adviser of an office they hold themselves",
      "Give the person their own office, or name the real spokesperson.", "rules/role.self-reference.md"},
     check_role_self_reference},
    {{"role.kb-mismatch", Severity::error,
      "a person given an office that, on the article's date, the knowledge base says someone else holds",
      "Check the title: use the person's actual office, or the name of the office holder.",
      "rules/role.kb-mismatch.md"},
     check_role_kb_mismatch},
    {{"role.stale", Severity::error, "a person called by an office they had left by the article's date",
      "Add \"former\", or name the current holder.", "rules/role.stale.md"},
     check_role_stale},
    {{"date.weekday-mismatch", Severity::error, "a weekday that does not match the calendar date it stands with",
      "Correct the weekday or the date.", "rules/date.weekday-mismatch.md"},
     check_date_weekday},
    {{"meta.unused-suppression", Severity::info, "a claimlint-disable comment that silences no finding", "Remove the comment, or correct its rule id or its place.", "rules/meta.unused-suppression.md"}, check_unused_suppression},
    {{"role.conflict", Severity::warning, "one person given incompatible roles, or one single-holder office given to two people", "Give each person one consistent title; write \"former\" or \"deputy\" where that is meant.", "rules/role.conflict.md"}, check_role_conflict},
    {{"number.part-exceeds-whole", Severity::warning, "a part larger than its whole, or shares of one whole adding up to more than 100%", "Check the figures: a part cannot exceed its whole.", "rules/number.part-exceeds-whole.md"}, check_number_part_whole},
    {{"number.inconsistent-repeat", Severity::warning, "the same quantity restated with a different number", "Use one figure, or say why it changed.", "rules/number.inconsistent-repeat.md"}, check_number_repeat},
    {{"quote.speaker-conflict", Severity::warning, "one quotation attributed to two different speakers", "Check who said it and keep one speaker.", "rules/quote.speaker-conflict.md"}, check_quote_speaker},
    {{"name.spelling-variant", Severity::warning, "one person's name spelled two ways", "Spell the name one way throughout.", "rules/name.spelling-variant.md"}, check_name_spelling},
    {{"person.age-mismatch", Severity::warning, "one person's age given two ways", "Give one age, or say when it changed.", "rules/person.age-mismatch.md"}, check_person_age},
    {{"source.unattributed-quote", Severity::info, "a direct quotation with no speaker", "Say who said it.", "rules/source.unattributed-quote.md"}, check_source_unattributed},
    {{"source.anonymous", Severity::info, "a claim resting only on unnamed sources", "Name the source, or say why it cannot be named.", "rules/source.anonymous.md"}, check_source_anonymous},
    // Checked only against source material (Analyzer::analyze with Sources: quote_source.cpp).
    {{"quote.not-in-source", Severity::warning, "a quotation of a speaker the sources cover that no source contains", "Quote what was said, or paraphrase without quotation marks.", "rules/quote.not-in-source.md"}, check_needs_sources},
    {{"quote.altered", Severity::warning, "a quotation that differs from its source passage by changed, added or dropped words", "Quote the source as written; mark cuts with an ellipsis and insertions with brackets.", "rules/quote.altered.md"}, check_needs_sources},
    {{"quote.wrong-speaker", Severity::error, "a quotation that the sources give to someone else", "Attribute the quotation to the person who said it.", "rules/quote.wrong-speaker.md"}, check_needs_sources},
    {{"quote.spliced", Severity::warning, "one quotation made of source passages that are not adjacent, joined without an ellipsis", "Mark the cut with an ellipsis, or quote the passages separately.", "rules/quote.spliced.md"}, check_needs_sources},
    // Checked only across revisions (Analyzer::diff: revision.cpp).
    {{"revision.quote-changed", Severity::warning, "a quotation whose words changed since the last reviewed version", "Check the new wording against the source.", "rules/revision.quote-changed.md"}, check_needs_sources},
    {{"revision.speaker-changed", Severity::warning, "a claim whose speaker changed since the last reviewed version", "Check who said it.", "rules/revision.speaker-changed.md"}, check_needs_sources},
    {{"revision.number-changed", Severity::warning, "a claim whose numbers changed since the last reviewed version", "Check the figure against the source.", "rules/revision.number-changed.md"}, check_needs_sources},
}};

std::array<RuleInfo, kRules.size()> infos() {
  std::array<RuleInfo, kRules.size()> a{};
  for (std::size_t i = 0; i < kRules.size(); ++i) a[i] = kRules[i].info;
  return a;
}
}  // namespace

std::span<const RuleDef> rule_defs() { return kRules; }

Finding make_finding(const RuleInfo& rule, std::string message, Span span) {
  Finding f;
  f.rule = std::string(rule.id);
  f.severity = rule.default_severity;
  f.message = std::move(message);
  f.span = span;
  return f;
}

}  // namespace claimlint::detail

namespace claimlint {

std::span<const RuleInfo> rules() {
  static const auto a = detail::infos();
  return a;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const auto& r : rules())
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace claimlint
