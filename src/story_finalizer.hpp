// After the stages: drops what found no entity, numbers entities in order of
// first appearance, and gives each its canonical name and aliases.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

/// Name modifiers ("old Pontifex") stay out of names and aliases.
void finalize_story(Story& story, const RuleData& rules);

}  // namespace plotgraph::detail
