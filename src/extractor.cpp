// The pipeline, in order. Each stage is its own file pair under src/.
#include <plotgraph/error.hpp>
#include <plotgraph/extractor.hpp>

#include "cooccurrence.hpp"
#include "credit_filter.hpp"
#include "discourse.hpp"
#include "event_finder.hpp"
#include "furniture.hpp"
#include "mention_finder.hpp"
#include "reconciler.hpp"
#include "relation_finder.hpp"
#include "relative_merger.hpp"
#include "segmenter.hpp"
#include "story_finalizer.hpp"
#include "timeline.hpp"

namespace plotgraph {

Extractor::Extractor(std::shared_ptr<const RuleSet> rules, ExtractOptions options)
    : rules_(std::move(rules)), options_(options) {
    if (!rules_) throw Error("Extractor needs a RuleSet");
}

Story Extractor::extract(std::vector<Input> inputs) const {
    const detail::RuleData& rules = rules_->data();
    Story story;
    detail::WordStats stats;
    for (Input& input : inputs) {
        validate_utf8(input.text, input.name);
        Document document;
        document.name = std::move(input.name);
        document.text = std::move(input.text);
        if (options_.strip_page_furniture) detail::FurnitureFilter(rules).run(document);
        else document.story_mask = document.text;
        detail::Segmenter(rules).run(document);
        story.documents.push_back(std::move(document));
    }

    stats.add(story.documents);
    const detail::MentionFinder finder(rules);
    std::vector<detail::KindEvidence> evidence;
    for (std::size_t d = 0; d < story.documents.size(); ++d) {
        finder.run(story.documents[d], d, stats, story.mentions, evidence);
    }
    finder.settle_kinds(story.documents, story.mentions, evidence);

    detail::Reconciler(rules).run(story);
    detail::DiscourseResolver(rules, options_).run(story);
    detail::CreditFilter(rules).run(story);
    detail::finalize_story(story, rules);
    detail::add_cooccurrence(story);
    std::vector<detail::EventCues> cues;
    detail::SentenceItemCache sentences(story);  // mentions are final from here on
    detail::EventFinder(rules).run(story, cues, sentences);
    detail::order_timeline(story, cues);
    detail::RelationFinder(rules).run(story, cues, sentences);  // reads the events
    detail::merge_described_relatives(story, rules);
    return story;
}

}  // namespace plotgraph
