// Word lists used by the mention finders. Keys are folded (lower-case ASCII).
#pragma once

#include <string_view>

namespace claimlint::detail {

// 'm' or 'f' for a common given name, 0 otherwise.
char given_name_gender(std::string_view folded);
// Mr, Mrs, Ms, Dr, Sir, Dame … Returns 'm', 'f' or '?' for an honorific, 0 otherwise.
char honorific(std::string_view folded);
// Abbreviated titles written with a full stop before a name: Gen., Sen., Gov., Rep., Lt. …
bool title_abbreviation(std::string_view folded);
// An adverb in -ly ("reportedly"), not a noun or adjective that ends so ("family", "assembly", "daily").
bool ly_adverb(std::string_view folded);
// Prepositions that may stand inside a subject noun phrase ("72 percent of Democrats").
bool np_preposition(std::string_view folded);
// A capitalised word that ends an organisation's name (Inc, Ministry, Court, Party …).
bool org_word(std::string_view folded);
// A capitalised word that is never part of a person's name (months, weekdays, The …).
bool non_name_word(std::string_view folded);
// former, acting, outgoing, incoming, interim, late, then, ex, elect, designate.
bool qualifier_word(std::string_view folded);
// Particles inside personal names: von, van, der, de, da, del, di, le, la, bin, ibn, bint, al, el, dos, das, du.
bool name_particle(std::string_view folded);
// Nouns that head a group or anonymous source (officials, sources, experts …).
bool anonymous_head(std::string_view folded);
// Nouns that head a document source (report, ruling, filings, statement, study …).
bool document_head(std::string_view folded);
// Nouns that head an organisation speaker (company, ministry, government, police …).
bool organisation_head(std::string_view folded);
// Words allowed inside a speaker noun phrase besides names: determiners and adjectives.
bool np_modifier(std::string_view folded);
// Closed classes that end a subject noun phrase on its left: conjunctions, subordinators,
// relatives, auxiliaries, personal pronouns, some prepositions, verbs of saying.
bool clause_word(std::string_view folded);
// Words that count people or things: some, many, most, half, dozens, percent, six, twenty …
bool quantifier(std::string_view folded);
// Words that may open a noun phrase of common nouns: determiners, possessives and quantifiers.
bool np_opener(std::string_view folded);
// Nouns of time and manner that head an adverbial, not a speaker ("A few minutes later").
bool time_noun(std::string_view folded);

}  // namespace claimlint::detail
