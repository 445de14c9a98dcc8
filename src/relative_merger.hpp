// Stage 7b, after the relations: a description that names someone by their
// tie to another ("his wife", "her son") is the one named character the
// story's relations give that tie. "Othello marries Desdemona ... Othello
// resolves to kill his wife": the wife is Desdemona, so the killing is of her.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

/// Merges each such description into its character, then renumbers the
/// entities and rewrites every index (mentions, relations, events) and the
/// co-occurrences. A tie two named characters could fill is left alone.
void merge_described_relatives(Story& story, const RuleData& rules);

}  // namespace plotgraph::detail
