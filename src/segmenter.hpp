// Stage 2: ICU sentence and word segmentation over the story mask.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

class Segmenter {
public:
    explicit Segmenter(const RuleData& rules) : rules_(rules) {}

    /// Fills document.tokens and document.sentences from document.story_mask.
    /// Whitespace is dropped; punctuation becomes non-word tokens; a
    /// possessive "'s" is split from its word. A sentence that ICU ends after
    /// an abbreviation (data/abbreviations.txt) or an initial ("J.") is joined
    /// with the next. Sentences with no word are dropped. A sentence of more
    /// than 200 tokens is cut into pieces, after a comma or before an "and"
    /// where it can, so that unpunctuated text costs linear time.
    void run(Document& document) const;

private:
    const RuleData& rules_;
};

}  // namespace plotgraph::detail
