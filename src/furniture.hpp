// Stage 1: tells story text from page furniture (ratings, menus, copyright
// lines, wiki markup) using the RE2 rules of data/furniture.tsv.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

class FurnitureFilter {
public:
    explicit FurnitureFilter(const RuleData& rules) : rules_(rules) {}

    /// Fills document.story_mask: the text with every furniture byte replaced
    /// by a space (newlines kept), so offsets into the mask are offsets into text.
    void run(Document& document) const;

private:
    const RuleData& rules_;
};

}  // namespace plotgraph::detail
