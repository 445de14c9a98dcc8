// After the stages: drops what found no entity, numbers entities in order of
// first appearance, and gives each its canonical name and aliases.
#pragma once

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

void finalize_story(Story& story);

}  // namespace plotgraph::detail
