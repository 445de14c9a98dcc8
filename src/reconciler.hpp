// Stage 4: groups the name mentions of all documents into entities: one
// character however the texts name it (full name, first name, surname,
// title + surname, other spellings and scripts), one place or organization
// per canonical name.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/story.hpp>

namespace plotgraph::detail {

class Reconciler {
public:
    explicit Reconciler(const RuleData& rules) : rules_(rules) {}

    /// Creates story.entities for the name mentions of story.mentions and sets
    /// their Mention::entity; records why each alias joined its entity.
    void run(Story& story) const;

private:
    void reconcile_characters(Story& story) const;
    void reconcile_places_and_organizations(Story& story) const;
    /// "Helen, Lady Port-Huntley": a name and its title of rank after a comma are one person.
    void merge_rank_appositions(Story& story) const;

    const RuleData& rules_;
};

}  // namespace plotgraph::detail
