// plotgraph-eval: scoring characters, relations and events of whole stories
// against the hand-made gold files in tools/eval/gold/ (format in its README).
//
// Nothing here touches files or prints: callers read the gold file and run
// the extractor. Problems are reported by throwing plotgraph::Error naming
// the gold file.
#pragma once

#include <eval/scoring.hpp>

#include <plotgraph/story.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plotgraph::eval {

struct GoldCharacter {
    std::string name;
    std::vector<std::string> aliases;
    bool named = false;
};

/// Ends and participants are indices into StoryGold::characters.
struct GoldRelation {
    std::string type, subtype;
    std::size_t source = 0, target = 0;
    std::string evidence;
};

struct GoldEvent {
    std::size_t order = 0;  // 1..n, story order
    std::string action;
    std::vector<std::size_t> agents, patients;
    std::string evidence;
};

struct StoryGold {
    std::string story;                   // "cmu:<wikiID>" or a corpus folder name
    std::vector<std::string> documents;  // wikiIDs or file names
    std::vector<GoldCharacter> characters;
    std::vector<GoldRelation> relations;
    std::vector<GoldEvent> events;

    /// The wikiID of a "cmu:" story, empty for a corpus story.
    std::string cmu_id() const;
};

/// Parses a gold file. Throws plotgraph::Error naming `source` when it is not
/// JSON, a field is missing or of the wrong type, or a relation or event names
/// a character the file does not list.
StoryGold parse_story_gold(std::string_view content, const std::string& source);

// ---------------------------------------------------------------- characters

/// How a gold character was tied to a predicted one, best first.
enum class CharacterRule { exact_name, alias, word };
const char* to_string(CharacterRule rule);

struct CharacterPair {
    std::size_t gold = 0, entity = 0;  // StoryGold::characters, Story::entities
    CharacterRule rule = CharacterRule::exact_name;
};

/// One-to-one match between gold characters and predicted character entities.
struct CharacterAlignment {
    std::vector<CharacterPair> pairs;                        // in the order they were made
    std::vector<std::optional<std::size_t>> entity_of_gold;  // per gold character
    std::vector<std::optional<std::size_t>> gold_of_entity;  // per Story::entities
    std::vector<std::size_t> predicted;                      // character entities, in order
};

/// Names compare case-insensitively without a leading "the "/"a "/"an "/
/// "his "/"her "/"their " or a trailing "'s". Named gold characters also
/// match a predicted one-word name equal to the first or last word of their
/// name when no other gold character has that word; unnamed ones match a
/// predicted character without name mentions whose name ends in their head
/// word (the last word before a relative clause or a phrase after the noun:
/// "the man who insulted Mabel", "a woman in town"). Greedy: exact names first, then aliases, then words; within one
/// rule, pairs whose names share more words, then better mentioned predictions.
CharacterAlignment align_characters(const StoryGold& gold, const Story& story);

/// True when some mention of `entity` is a proper name.
bool has_name_mention(const Story& story, const Entity& entity);

/// Precision and recall when both sides are counted separately (a matched
/// gold character and a matched prediction are not the same count once only
/// named characters are kept on each side).
struct Coverage {
    std::size_t gold = 0, gold_found = 0;
    std::size_t predicted = 0, predicted_matched = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    Coverage& operator+=(const Coverage& other);
};

/// `named`: gold named:true against predictions with a name mention (a
/// prediction counts as right when it matches any gold character). `all`:
/// every gold character against every predicted character.
struct CharacterScore {
    Coverage named, all;
    CharacterScore& operator+=(const CharacterScore& other);
};

// ---------------------------------------------------------------- relations

inline constexpr std::size_t relation_type_count = 7;
inline constexpr std::array<std::string_view, relation_type_count> relation_types{
    "helped", "romance", "family", "friend", "employs", "opposes", "killed"};

/// Position in relation_types, or nullopt for co-occurs and unknown types.
std::optional<std::size_t> relation_type_index(std::string_view type);

/// helped, employs, opposes and killed keep their direction; romance, friend
/// and family are compared as unordered pairs.
bool is_directed_type(std::string_view type);

using RelationCounts = std::array<Counts, relation_type_count>;
Counts micro_average(const RelationCounts& counts);

/// One scored relation: tp and fp name a predicted relation (the first of
/// its type between its pair), tp and fn a gold one.
struct RelationVerdict {
    enum Kind { tp, fp, fn } kind = tp;
    std::size_t type = 0;  // relation_types index
    std::optional<std::size_t> predicted, gold;  // Story::relations, StoryGold::relations
    /// An undirected prediction of a directed type ("Jessica and her father quarrel") says it
    /// both ways; this verdict is on the target-to-source one.
    bool reversed = false;
};

// ---------------------------------------------------------------- events

/// Recall of gold events and how well the found ones keep the gold order.
struct EventScore {
    std::size_t gold = 0, found = 0;
    std::size_t pairs = 0, agreeing = 0;  // pairs of found events; pairs in gold order

    double recall() const;
    double order_agreement() const;  // 0 without pairs
    EventScore& operator+=(const EventScore& other);
};

// ---------------------------------------------------------------- stories

struct StoryScore {
    CharacterScore characters;
    RelationCounts relations;
    EventScore events;
    StoryScore& operator+=(const StoryScore& other);
};

/// A scored story, with what matched what, for listing the errors.
struct StoryEvaluation {
    CharacterAlignment characters;
    std::vector<RelationVerdict> relations;  // gold file order for fn, story order for tp/fp
    /// Per gold event: the matched predicted event (earliest in the timeline).
    std::vector<std::optional<std::size_t>> event_match;
    StoryScore score;
};

StoryEvaluation evaluate_story(const StoryGold& gold, const Story& story);

/// The text of the sentence holding the start of `evidence`, or "" when the
/// evidence points outside the story's documents.
std::string evidence_sentence(const Story& story, const Evidence& evidence);

}  // namespace plotgraph::eval
