// claimlint/claimlint.hpp: everything a user needs, in one include.
//
//   #include <claimlint/claimlint.hpp>
//   auto kb = claimlint::KnowledgeBase::builtin();
//   auto an = claimlint::Analyzer::create({}, *kb);
//   auto report = an->analyze({.text = text, .path = "story.txt"});
//   std::string json = claimlint::to_json({{claimlint::FileResult{*report, text}}});
#pragma once

#include "claimlint/analyzer.hpp"
#include "claimlint/batch.hpp"
#include "claimlint/config.hpp"
#include "claimlint/io.hpp"
#include "claimlint/knowledge_base.hpp"
#include "claimlint/output.hpp"
#include "claimlint/report.hpp"
#include "claimlint/result.hpp"
#include "claimlint/rules.hpp"
#include "claimlint/version.hpp"
