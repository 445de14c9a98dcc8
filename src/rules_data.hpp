// The parsed contents of the rule files in data/ (see data/README.md).
// Internal: built once by RuleSet, read-only afterwards.
#pragma once

#include <plotgraph/story.hpp>

#include "pattern_prefilter.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace plotgraph::detail {

struct Honorific {
    Gender gender = Gender::unknown;
};

struct RoleNoun {
    Gender gender = Gender::unknown;
    std::string category;  // kin, role, group ("gang", "couple": several people), animal, creature
};

struct KnownName {
    EntityKind kind = EntityKind::place;
    std::string subtype;  // GPE, LOC, FAC, ORG
};

struct NameCue {
    EntityKind kind = EntityKind::place;
    std::string subtype;
};

struct FurnitureRule {
    std::string id;
    bool whole_line = true;  // else: every match inside a line is blanked
    std::unique_ptr<RE2> pattern;
};

/// A pattern of data/relations.tsv, compiled.
struct RelationRule {
    std::string id, type, subtype;  // subtype empty for "-"
    bool directed = true;
    double confidence = 1.0;
    std::unique_ptr<RE2> pattern;
    int source_group = 0, target_group = 0;  // capture group numbers
};

/// What an event between two characters implies (data/event_relations.tsv).
struct EventRelation {
    std::string via;  // "" direct object, a preposition, or "*" either
    std::string type, subtype;
    enum class Direction { agent_to_patient, patient_to_agent, undirected } direction = Direction::agent_to_patient;
    double confidence = 1.0;
};

/// How a role a character holds toward another implies a relation.
struct RoleRelation {
    std::string type;
    enum class Direction { holder_to_owner, owner_to_holder, undirected } direction = Direction::undirected;
};

struct PronounInfo {
    Gender gender = Gender::unknown;
    bool plural = false;
    std::string grammatical_case;  // subject, object, possessive, reflexive
};

/// One reading of a verb form (data/verbs.tsv).
struct VerbForm {
    std::string lemma;
    enum class Shape { base, third_person, past, present_participle } shape = Shape::base;
    bool also_noun = false;  // "visits", "plans"
};

/// A pattern of data/time_expressions.tsv, compiled.
struct TimeRule {
    std::string id;
    enum class Kind { year, past, earlier, later, time } kind = Kind::time;
    std::unique_ptr<RE2> pattern;
    int time_group = 0, year_group = 0;  // capture group numbers (year: 0 when none)
};

/// Keys are lower-cased, straight-apostrophe forms unless noted.
struct RuleData {
    std::unordered_map<std::string, Gender> first_names;
    std::unordered_map<std::string, Honorific> honorifics;     // without the period
    std::unordered_map<std::string, RoleNoun> role_nouns;      // may be several words
    std::size_t longest_role_noun_words = 1;
    std::unordered_set<std::string> role_noun_first_words;     // "security" of "security guard"
    std::unordered_set<std::string> demonyms;
    std::unordered_map<std::string, KnownName> gazetteer;      // places and organizations
    std::size_t longest_gazetteer_words = 1;
    std::unordered_map<std::string, std::string> aliases;      // alias -> canonical (both lower)
    std::unordered_map<std::string, NameCue> head_cues;        // last word of a name
    std::unordered_map<std::string, NameCue> first_cues;       // first word of a name
    std::unordered_set<std::string> particles;                 // de, van, von...
    std::unordered_set<std::string> surname_prefixes;          // st, saint: St. Aubert
    std::unordered_set<std::string> not_names;                 // capitalized but never names
    std::unordered_set<std::string> common_words;              // ordinary lower-case words
    std::unordered_set<std::string> months;
    std::unordered_set<std::string> speech_verbs;              // said, asked...
    std::unordered_set<std::string> person_verbs;              // smiled, wondered...
    std::unordered_set<std::string> place_nouns;               // town, city, plains...
    std::unordered_set<std::string> motion_verbs;              // came, went, fled...
    std::unordered_set<std::string> name_modifiers;            // "old Pontifex"
    std::unordered_set<std::string> surname_titles;            // "Colonel Fitzwilliam": a surname, never a given name
    std::unordered_set<std::string> rank_titles;               // "Helen, Lady Port-Huntley"
    std::unordered_set<std::string> naming_words;              // "a woman named Salena"
    /// Words before a description that says what someone is: true for a
    /// copula ("was the apparatchik": said of the subject), false for the
    /// others ("to be her mother", "like a father").
    std::unordered_map<std::string, bool> predicative_words;
    std::unordered_set<std::string> identity_words;  // "Rugen is the six-fingered man": the description is he
    /// data/credits.tsv, each entry as its token keys: "portrayed by" -> {portrayed, by}.
    std::vector<std::vector<std::string>> credit_phrases, credit_titles;
    std::unordered_set<std::string> credit_context;            // film, movie, interview...
    std::vector<std::string> place_suffixes;                   // -shire, -burg...
    std::unordered_map<std::string, std::vector<std::string>> nicknames;  // jack -> [john]                    // month names, also given names
    std::unordered_set<std::string> abbreviations;             // with their final period
    std::unordered_set<std::string> place_prepositions;        // in, at, to, from...
    std::unordered_map<std::string, PronounInfo> pronouns;
    std::vector<FurnitureRule> furniture;
    /// The whole-line and the inline rules (indices into furniture), each
    /// numbered as its prefilter numbers them.
    std::vector<std::size_t> furniture_line_rules, furniture_inline_rules;
    PatternPrefilter furniture_line_prefilter, furniture_inline_prefilter;
    std::vector<RelationRule> relation_rules;
    PatternPrefilter relation_prefilter;                       // which relation_rules may match
    std::unordered_map<std::string, RoleRelation> role_relations;
    std::unordered_map<std::string, std::vector<VerbForm>> verbs;  // form -> readings
    std::unordered_map<std::string, std::string> event_words;      // word -> class (event_words.tsv)
    std::unordered_set<std::string> event_word_pair_starts;        // "no" of the two-word entry "no longer"
    std::unordered_set<std::string> no_event_verbs;                // lemmas
    /// Lemmas whose event is the infinitive after them: class control,
    /// attempt ("tries to kill") or negative ("refuses to help").
    std::unordered_map<std::string, std::string> control_verbs;
    std::unordered_set<std::string> belief_verbs;  // lemmas whose "that" clause is a belief: believe, think
    std::unordered_set<std::string> bare_infinitive_verbs;  // "helps him find": the object does "find"
    std::unordered_set<std::string> instrument_verbs;       // "makes a pill that revives him": the maker does it
    std::unordered_set<std::string> telling_verbs;          // "convinces him that ...": he is told, not helped
    std::unordered_set<std::string> object_control_verbs;   // "persuades Madhu to help him": Madhu helps
    std::unordered_set<std::string> force_verbs;            // "Thomas kills Baldwin": force that may rescue
    /// Whether the object of this verb lemma does the infinitive after it
    /// ("persuades Madhu to help"), not its subject ("visits Rose to warn her").
    bool object_does_infinitive(const std::string& lemma) const {
        return object_control_verbs.count(lemma) || directive_verbs.count(lemma) || commission_verbs.count(lemma) ||
               telling_verbs.count(lemma) || bare_infinitive_verbs.count(lemma);
    }
    std::unordered_set<std::string> commission_verbs;       // "hires X to protect Y": on the subject's behalf
    std::unordered_set<std::string> directive_verbs;        // "orders X to kill Y": only ordered, an attempt
    std::unordered_set<std::string> pair_nouns;             // "the lovers", "the couple": the two just named
    std::vector<TimeRule> time_rules;
    PatternPrefilter time_prefilter;                           // which time_rules may match
    std::unordered_map<std::string, std::vector<EventRelation>> event_relations;  // by verb lemma
    /// kin -> {inverse for a man, inverse for a woman}: daughter -> {father, mother}
    std::unordered_map<std::string, std::pair<std::string, std::string>> kin_inverses;
};

/// Parses rule files given as texts by file name ("relations.tsv"); a file
/// not given is empty. For the fuzzer and tests of one file's parsing: the
/// library itself loads them all through RuleSet. Throws plotgraph::Error
/// "name:line: message" as RuleSet::load does.
std::unique_ptr<RuleData> parse_rule_texts(const std::unordered_map<std::string, std::string>& texts);

}  // namespace plotgraph::detail
