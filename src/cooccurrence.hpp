// Stage 6: the classic character network: characters who appear in one
// sentence, weighted by how many sentences they share.
#pragma once

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

/// Appends one undirected "co-occurs" relation per pair of characters that
/// share at least one sentence; evidence is each shared sentence's span.
void add_cooccurrence(Story& story);

}  // namespace plotgraph::detail
