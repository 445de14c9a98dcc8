#include "credit_filter.hpp"

#include "sentence_view.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <optional>
#include <set>

namespace plotgraph::detail {

// String comparisons with literals go through string_view: sizes first, no strlen.
using namespace std::string_view_literals;
bool CreditFilter::credited(const Document& document, const Mention& mention, bool previous_credited) const {
    const Sentence& sentence = document.sentences[mention.sentence];
    const std::size_t first = sentence.first_token;
    // Whether `words` end right before token `end`: its last word is compared first,
    // which rules out nearly every phrase of the credit lists without a call.
    const auto ends_at = [&](std::size_t end, const std::vector<std::string>& words) {
        if (!words.empty() && (end <= first || document.tokens[end - 1].key != words.back())) return false;
        return words_end_at(document, first, end, words);
    };
    const auto ends_with_any = [&](std::size_t end, const std::vector<std::vector<std::string>>& phrases) {
        return std::any_of(phrases.begin(), phrases.end(), [&](const auto& words) { return ends_at(end, words); });
    };
    if (ends_with_any(mention.first_token, rules_.credit_phrases)) return true;
    // "film makers Seamus Walsh and Mark Caballero": the second name of a credited pair.
    if (previous_credited && mention.first_token > first && document.tokens[mention.first_token - 1].key == "and"sv)
        return true;
    // A title before the name, or opening it, in a sentence about the making of the film.
    std::optional<std::size_t> title_start;
    for (const auto& words : rules_.credit_titles) {
        if (ends_at(mention.first_token, words)) title_start = mention.first_token - words.size();
        else if (mention.last_token + 1 > mention.first_token + words.size() &&
                 ends_at(mention.first_token + words.size(), words))
            title_start = mention.first_token;
        if (title_start) break;
    }
    if (!title_start) return false;
    // The word right before the title is the character's trade ("the successful film director
    // Salvatore Di Vita comes home"), not a sentence about the making of this film.
    for (std::size_t t = first; t < first + sentence.token_count; ++t)
        if (t + 1 != *title_start && rules_.credit_context.count(document.tokens[t].key)) return true;
    return false;
}

void CreditFilter::run(Story& story) const {
    std::set<std::size_t> credited_entities;
    std::optional<std::size_t> last_credited;  // the last credited mention, for "X and Y"
    for (std::size_t m = 0; m < story.mentions.size(); ++m) {
        const Mention& mention = story.mentions[m];
        if (!mention.entity || mention.kind != EntityKind::character || mention.form != MentionForm::name) continue;
        const bool previous_credited = last_credited && story.mentions[*last_credited].doc == mention.doc &&
                                       story.mentions[*last_credited].last_token + 2 == mention.first_token;
        if (!credited(story.documents[mention.doc], mention, previous_credited)) continue;
        credited_entities.insert(*mention.entity);
        last_credited = m;
    }
    if (credited_entities.empty()) return;
    for (Mention& mention : story.mentions)
        if (mention.entity && credited_entities.count(*mention.entity)) mention.entity.reset();
}

}  // namespace plotgraph::detail
