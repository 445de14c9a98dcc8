// Stage 8: events. Each clause's main verb becomes an Event with its agents,
// patients, places and time expression. The verb lexicon is data/verbs.tsv,
// the closed-class words that shape a clause data/event_words.tsv, the time
// expressions data/time_expressions.tsv. The timeline (Event::order) is the
// next stage's work.
#pragma once

#include "rules_data.hpp"
#include "sentence_view.hpp"

#include <plotgraph/story.hpp>

#include <map>
#include <string>
#include <string_view>
#include <optional>
#include <vector>

namespace plotgraph::detail {

/// What the timeline needs to know about an event beyond the public Event.
struct EventCues {
    TimeRule::Kind time_kind = TimeRule::Kind::time;  // of Event::time, when set
    int year = 0;                                      // 0: none stated
    bool past_perfect = false;                         // "had defected"
    enum class Clause { main, after, before } clause = Clause::main;  // "After he defects, ..."
    /// "Claudius convinces him that Hamlet is to blame": a verb of the telling
    /// class with a "that" clause after its object tells, and helps no one.
    bool tells_that = false;
    /// "Lambeau persuades the judge to release Will": the instigators got the
    /// deed done by persuasion, not hired it.
    bool persuaded = false;
    /// "asks Quintus to free his gladiators", "urges them to give Matilda a better education":
    /// the deed is only asked of its doers (a directive verb), and helps no one yet.
    bool directed = false;
    /// "accidentally hands him the money": done without meaning it, so no help.
    bool unwitting = false;
    /// The phrasal verb the event was read as ("take home" of "takes them home"), whose
    /// lines of event_relations.tsv count even when its action is the bare verb ("take").
    std::string_view phrasal_verb;
    /// "gives him his first kiss", "a wound he gave Spider-Man": the thing given
    /// (data/non_gifts.txt) is no help.
    bool not_a_gift = false;
    /// "persuade him to give the baby back", "hands her over": a character right after the
    /// verb with no second object after it (only a particle, "to", "for" or the clause's end),
    /// which a `dative` line of event_relations.tsv does not read as the one given to.
    bool lone_object = false;
    /// "would kill him", "before they can harm him": a deed under a modal, which may happen.
    bool modal = false;
    /// The document token of the clause's verb ("raise" of "plans to raise him"), for
    /// the relation patterns, which do not read a verb whose event is not asserted.
    std::optional<std::size_t> verb_token;
    /// "they" and "them" no mention resolved, which the event read as characters ("where
    /// they are welcomed into a cave"): the pronoun's document token and whom it stands for,
    /// so that the relation patterns read those characters too.
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> plural_stand_ins;
};

class EventFinder {
public:
    explicit EventFinder(const RuleData& rules) : rules_(rules) {}

    /// Appends the story's events in text order to story.events, and their
    /// cues, one per event, to `cues`.
    /// `cache` gives the sentences' items, shared with the relation finder.
    void run(Story& story, std::vector<EventCues>& cues, SentenceItemCache& cache) const;

private:
    /// The characters a group stands for, once the text lists them: "three
    /// outlaws: Vizzini, Inigo and Fezzik".
    using GroupMembers = std::map<std::size_t, std::vector<std::size_t>>;

    /// The characters last seen acting together ("Trinity goes with him", "Kid and Play
    /// fight"), for a "they" or "them" a sentence or two later that nothing else resolves.
    struct RecentGroup {
        std::vector<std::size_t> characters;
        std::size_t sentence = 0;
        /// Not acting together but one doing a deed to the other ("Harry tells Kay"):
        /// a "they" after, but not "the two", which a pair doing it together says.
        bool deed_pair = false;
    };
    void find_in_sentence(Story& story, std::size_t doc, std::size_t sentence, std::vector<EventCues>& cues,
                          SentenceItemCache& cache, GroupMembers& members, RecentGroup& recent) const;
    /// Records the groups of the sentence whose members it lists.
    void note_group_members(Story& story, const std::vector<SentenceItem>& items, GroupMembers& members) const;
    /// A plural of a kin term that is its own inverse ("the brothers", "the twins") with no
    /// members listed stands for the one pair the story said so before: their members.
    void note_kin_pairs(Story& story) const;
    std::string_view word_class(const std::string& word) const;
    /// Readings of a form the lexicon lacks, derived from one it has ("reenters"
    /// from "enters"), held in `scratch`; nullptr when there are none.
    const std::vector<VerbForm>* derived_readings(const std::string& word, std::vector<VerbForm>& scratch) const;

    const RuleData& rules_;
};

}  // namespace plotgraph::detail
