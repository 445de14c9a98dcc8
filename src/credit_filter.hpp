// Stage 5b: drops the real people a summary names while it talks about the
// making of the story (actors, directors, critics), by data/credits.tsv.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

class CreditFilter {
public:
    explicit CreditFilter(const RuleData& rules) : rules_(rules) {}

    /// Unresolves every mention of a character one of whose names is a
    /// credit ("portrayed by Christian Ulmen", "Director John Woo said ... the
    /// film"); the story finalizer then drops the mentions and the character.
    void run(Story& story) const;

private:
    /// Whether the words before `mention` in its sentence credit it.
    bool credited(const Document& document, const Mention& mention, bool previous_credited) const;

    const RuleData& rules_;
};

}  // namespace plotgraph::detail
