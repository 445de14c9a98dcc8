// Stage 7: typed relations between characters (helped, romance, family,
// friend, employs, opposes, killed), from the RE2 patterns of
// data/relations.tsv and from roles one character holds toward another
// ("his grandfather", "Vladimir's boss", data/role_relations.tsv).
#pragma once

#include "event_finder.hpp"
#include "rules_data.hpp"
#include "sentence_view.hpp"

#include <plotgraph/story.hpp>

#include <map>
#include <string>

namespace plotgraph::detail {

class RelationFinder {
public:
    explicit RelationFinder(const RuleData& rules) : rules_(rules) {}

    /// Appends one relation per (type, subtype, source, target), weighted by
    /// how many sentences state it, with every such sentence as evidence.
    /// `cache` gives the sentences' items, shared with the event finder.
    void run(Story& story, const std::vector<EventCues>& cues, SentenceItemCache& cache) const;

    /// One sentence as the patterns see it: lower-case tokens, characters as
    /// @N and places or organizations as #N (N: entity index). For tests.
    static std::string tagged_sentence(const Story& story, std::size_t doc, std::size_t sentence);
    /// `unasserted` lists the document tokens of verbs whose events are negated, only
    /// intended or a character's belief ("plans to raise him"): they read "~raise", which
    /// no pattern's verb matches.
    /// `stand_ins` gives, by document token, the characters an unresolved "they" or "them"
    /// stands for (EventCues::plural_stand_ins): it reads "@1 and @2".
    static std::string tagged_sentence(const Story& story, const std::vector<SentenceItem>& items,
                                       const std::vector<std::size_t>& unasserted = {},
                                       const std::map<std::size_t, std::vector<std::size_t>>& stand_ins = {});

private:
    /// The characters the owned description `description` (a mention index) belongs to.
    std::vector<std::size_t> owners_of(const Story& story, std::size_t description) const;

    /// Drops help of subtype "spared" between characters who oppose each other.
    static void drop_mercy_to_foes(std::vector<Relation>& relations);
    /// Drops romance between a parent and child, siblings or other close kin.
    static void drop_romance_between_kin(const Story& story, std::vector<Relation>& relations);

    const RuleData& rules_;
};

}  // namespace plotgraph::detail
