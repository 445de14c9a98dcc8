// plotgraph: questions asked of a Story. All functions are pure reads.
#pragma once

#include <plotgraph/story.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plotgraph {

/// The entity a user means by `name`: its canonical name or an alias, compared
/// without case, accents or script ("vladimir ivanov", "Владимир Иванов"),
/// then through the same spelling-variant rules as reconciliation ("Ivanoff",
/// "Lomardo"). Characters are preferred over places and organizations.
std::optional<std::size_t> find_entity(const Story& story, std::string_view name);

/// A relation seen from one of its ends.
struct RelationView {
    const Relation* relation = nullptr;
    std::size_t other = 0;  // the entity at the other end
};

/// Relations of `type` where `entity` is the source ("whom X helped"), or
/// the target when `as_target` ("who helped X"). Undirected relations count
/// both ways. Strongest evidence first (weight, then confidence).
std::vector<RelationView> relations_of(const Story& story, std::size_t entity, std::string_view type,
                                       bool as_target = false);

/// Every relation between two entities, of any type but co-occurs, either
/// way round; strongest evidence first.
std::vector<const Relation*> relations_between(const Story& story, std::size_t a, std::size_t b);

/// The story's events in timeline order. With `entity`, only the events it
/// takes part in (as agent, patient or place). An event that another summary
/// already told (Event::same_as) is left out unless `with_retellings`.
std::vector<const Event*> timeline(const Story& story, std::optional<std::size_t> entity = std::nullopt,
                                   bool with_retellings = false);

/// One line saying what happens: "Lucia Lombardo and Lionel Witherspoon hide
/// Vladimir Ivanoff at Harlem", "not return", "mug Vladimir Ivanoff" (no
/// known agent). Verbs are lemmas; time and placement are left to the caller.
std::string describe_event(const Story& story, const Event& event);

/// The sentence a piece of evidence points at, as written in its document.
std::string_view evidence_text(const Story& story, const Evidence& evidence);

}  // namespace plotgraph
