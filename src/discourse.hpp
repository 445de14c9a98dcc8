// Stage 5: reads each document from start to end, keeping track of who is
// being talked about, to resolve pronouns ("he", "her") and descriptions
// ("his grandfather", "the apparatchik") to characters.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/extractor.hpp>
#include <plotgraph/story.hpp>

#include <vector>

namespace plotgraph::detail {

struct StoryFacts;

class DiscourseResolver {
public:
    DiscourseResolver(const RuleData& rules, const ExtractOptions& options)
        : rules_(rules), options_(options) {}

    /// Sets Mention::entity of pronoun and description mentions where the
    /// text allows, creating entities for characters known only by a
    /// description; adds apposition roles to Entity::roles. Unresolved
    /// mentions keep no entity (the pipeline drops them afterwards).
    void run(Story& story) const;

private:
    /// One reading of the story, start to end.
    void resolve(const std::vector<Document>& documents, const StoryFacts& facts, std::vector<Mention>& mentions,
                 std::vector<Entity>& entities) const;
    /// "Ben reveals that he is Obi-Wan", "the Ice Cream Man, whose real name
    /// is Killjoy": two characters the text says are one become one.
    void merge_stated_identities(Story& story) const;
    /// "Bambi and his mother": a name followed by "and his" or "with her" is that gender,
    /// whatever its given name says elsewhere.
    void learn_genders_from_possessives(Story& story) const;

    const RuleData& rules_;
    const ExtractOptions& options_;
};

}  // namespace plotgraph::detail
