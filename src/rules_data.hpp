// The parsed contents of the rule files in data/ (see data/README.md).
// Internal: built once by RuleSet, read-only afterwards.
#pragma once

#include <plotgraph/story.hpp>

#include "pattern_prefilter.hpp"
#include "text_util.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
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
    std::string subtype;   // GPE, LOC, FAC, ORG
    bool acronym = false;  // written in capitals ("GRU"): a word written otherwise ("Gru") is not it
};

struct NameCue {
    EntityKind kind = EntityKind::place;
    std::string subtype;
};

struct FurnitureRule {
    std::string id;
    bool whole_line = true;  // else: every match inside a line is blanked
    const RE2* pattern = nullptr;  // kept by the line or inline prefilter
};

/// A pattern of data/relations.tsv, compiled.
struct RelationRule {
    std::string id, type, subtype;  // subtype empty for "-"
    bool directed = true;
    double confidence = 1.0;
    const RE2* pattern = nullptr;  // kept by RuleData::relation_prefilter
    int source_group = 0, target_group = 0;  // capture group numbers
};

/// The `via` of a patient that is the owner of the verb's direct object
/// ("mends the children's kite": the children), in Event::patient_prepositions
/// and in event_relations.tsv. Only verbs with an `owner` line take one.
inline constexpr std::string_view kOwnerVia = "owner";
/// A direct object that is the one given to ("gives him a car"), not the thing given ("gives the baby back").
inline constexpr std::string_view kDativeVia = "dative";

/// What an event between two characters implies (data/event_relations.tsv).
struct EventRelation {
    std::string via;  // "" direct object, a preposition, "*" either, or kOwnerVia
    std::string type, subtype;
    enum class Direction { agent_to_patient, patient_to_agent, undirected } direction = Direction::agent_to_patient;
    double confidence = 1.0;
    /// Whether this line counts a patient attached by `patient_via`: its own via, or for
    /// "*" any but an owner ("kills his dog" is not done to him).
    bool attaches(std::string_view patient_via) const {
        if (via == kDativeVia) return patient_via.empty();
        return via == "*" ? patient_via != kOwnerVia : via == patient_via;
    }
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
    const RE2* pattern = nullptr;  // kept by RuleData::time_prefilter
    int time_group = 0, year_group = 0;  // capture group numbers (year: 0 when none)
};

/// Keys are lower-cased, straight-apostrophe forms unless noted.
struct RuleData {
    WordMap<Gender> first_names;
    WordMap<Honorific> honorifics;                             // without the period
    WordMap<RoleNoun> role_nouns;                              // may be several words
    std::size_t longest_role_noun_words = 1;
    WordSet role_noun_first_words;                             // "security" of "security guard"
    WordSet demonyms;
    /// Demonyms that are nouns for a person ("Welshman", "German"; "French" is none), category "people".
    WordMap<RoleNoun> people_nouns;
    WordMap<KnownName> gazetteer;                              // places and organizations
    std::size_t longest_gazetteer_words = 1;
    WordMap<std::string> aliases;                              // alias -> canonical (both lower)
    WordMap<NameCue> head_cues;                                // last word of a name
    WordMap<NameCue> first_cues;                               // first word of a name
    WordSet particles;                                         // de, van, von...
    WordSet surname_prefixes;                                  // st, saint: St. Aubert
    WordSet not_names;                                         // capitalized but never names
    WordSet occasion_heads;                                    // "the National Spelling Bee": no one
    WordSet common_words;                                      // ordinary lower-case words
    WordSet months;
    WordSet speech_verbs;                                      // said, asked...
    WordSet person_verbs;                                      // smiled, wondered...
    WordSet place_nouns;                                       // town, city, plains...
    WordSet realm_nouns;                                       // "the dictator of Bacteria": a realm
    WordSet work_nouns;                                        // play, song, titled: a quoted title after one names no one
    WordSet vehicle_nouns;                                     // ship, yacht, module...: "the yacht Day Dream"
    WordSet motion_verbs;                                      // came, went, fled...
    WordSet name_modifiers;                                    // "old Pontifex"
    WordSet place_modifiers;                                   // "in ancient Japan"
    WordSet role_compounds;                                    // "the police station": no one
    WordSet surname_titles;                                    // "Colonel Fitzwilliam": a surname, never a given name
    WordSet young_titles, married_titles;                      // data/title_stages.tsv: "miss", "mrs"
    WordSet rank_titles;                                       // "Helen, Lady Port-Huntley"
    WordSet peer_titles;                                       // "the Earl of Gloucester" is "Gloucester"
    WordMap<std::string> title_abbreviations;                  // dr -> doctor
    WordSet naming_verbs;                                      // "names him Tarzan": name, call, dub
    WordSet naming_verb_forms;                                 // their forms in verbs.tsv: names, called
    WordSet naming_words;                                      // "a woman named Salena"
    WordSet referring_nouns;                                   // "the boy": the named boy just said
    std::vector<std::vector<std::string>> alias_phrases;       // "known as", "the alias": words, in order
    /// Words before a description that says what someone is: true for a
    /// copula ("was the apparatchik": said of the subject), false for the
    /// others ("to be her mother", "like a father").
    WordMap<bool> predicative_words;
    WordSet identity_words;                                    // "Rugen is the six-fingered man": the description is he
    std::vector<std::vector<std::string>> identity_phrases;    // "turns out to be": words, in order
    /// data/credits.tsv, each entry as its token keys: "portrayed by" -> {portrayed, by}.
    std::vector<std::vector<std::string>> credit_phrases, credit_titles;
    WordSet credit_context;                                    // film, movie, interview...
    std::vector<std::string> place_suffixes;                   // -shire, -burg...
    WordMap<std::vector<std::string>> nicknames;               // jack -> [john]                    // month names, also given names
    WordSet abbreviations;                                     // with their final period
    WordSet closing_abbreviations;                             // "Jr.", "Inc.": a capital after one opens a sentence
    WordSet place_prepositions;                                // in, at, to, from...
    WordMap<PronounInfo> pronouns;
    std::vector<FurnitureRule> furniture;
    /// The whole-line and the inline rules (indices into furniture), each
    /// numbered as its prefilter numbers them.
    std::vector<std::size_t> furniture_line_rules, furniture_inline_rules;
    PatternPrefilter furniture_line_prefilter, furniture_inline_prefilter;
    /// The inline rules in one set, numbered alike: which of them match a
    /// line, found in one pass (null when they do not compile together). Not
    /// the line rules: their set costs more to build than it saves.
    std::unique_ptr<RE2::Set> furniture_inline_set;
    std::vector<RelationRule> relation_rules;
    PatternPrefilter relation_prefilter;                       // which relation_rules may match
    WordMap<RoleRelation> role_relations;
    WordMap<std::vector<VerbForm>> verbs;                      // form -> readings
    WordMap<std::string> event_words;                          // word -> class (event_words.tsv)
    WordSet event_word_pair_starts;                            // "no" of the two-word entry "no longer"
    /// The three tables above by word, as the event finder asks of every word
    /// of a sentence: one lookup instead of three. Points into them.
    struct EventWord {
        std::string_view word_class;                      // event_words; empty when none
        bool pair_start = false;                          // in event_word_pair_starts
        const std::vector<VerbForm>* readings = nullptr;  // verbs; null when none
    };
    WordMap<EventWord> event_lexicon;
    WordSet no_event_verbs;                                    // lemmas
    /// Lemmas whose event is the infinitive after them: class control,
    /// attempt ("tries to kill") or negative ("refuses to help").
    WordMap<std::string> control_verbs;
    WordSet departure_verbs;       // "sets off to rescue her": the deed after "to" is only a purpose
    WordSet disguise_verbs;        // "disguises herself as a young woman named Vanessa": a guise taken
    WordSet intent_nouns;          // "with a plan to release him": the deed after "to" is only meant
    WordSet stated_control_verbs;  // "refuses to help", "threatens to kill": an event of their own too
    WordSet belief_verbs;                                      // lemmas whose "that" clause is a belief: believe, think
    WordSet bare_infinitive_verbs;                             // "helps him find": the object does "find"
    WordSet means_nouns;                                       // "Her shots save Catherine": the owner does it
    WordSet double_object_verbs;                               // "gives her money", "keeps her warm"
    WordSet unwitting_words;                                   // "accidentally hands him": no help
    WordSet deceit_verbs;                                      // "tricks her into helping him": no help
    WordSet time_nouns;                                        // "One evening Rita comes home": a time, no verb
    WordSet for_subject_words;                                 // "long enough for her to rescue him": she does it
    WordSet object_participle_verbs;                           // "finds Marley killed": befell the object
    WordSet instrument_verbs;                                  // "makes a pill that revives him": the maker does it
    WordSet telling_verbs;                                     // "convinces him that ...": he is told, not helped
    WordSet object_that_verbs;                                 // "tells Mary that": "that" opens what is told
    WordSet object_control_verbs;                              // "persuades Madhu to help him": Madhu helps
    WordSet force_verbs;                                       // "Thomas kills Baldwin": force that may rescue
    WordSet by_particle_verbs;                                 // "stood by her": active before "by"
    WordSet assistance_nouns;                                  // "with the help of Enzo": help, aid...
    WordSet assistance_openers;                                // with, through, enlists: the help is given
    WordSet quantity_words;                                    // "two of his men": counts a group
    WordMap<std::vector<std::string>> role_ties;             // wife -> married, wife, husband, spouse
    WordSet former_ties;                                       // "her late husband": late, former
    WordSet titled_kin;                                        // "Fern Arable's father" is "Mr. Arable"
    WordSet collective_nouns;                                  // "a group of women": the women are the group
    WordSet non_gifts;                                         // "gives him a kiss": no help given
    WordSet owner_nouns;                                       // "saves his life": life, lives
    /// Whether the object of this verb lemma does the infinitive after it
    /// ("persuades Madhu to help"), not its subject ("visits Rose to warn her").
    bool object_does_infinitive(const std::string& lemma) const {
        return object_control_verbs.count(lemma) || directive_verbs.count(lemma) || commission_verbs.count(lemma) ||
               telling_verbs.count(lemma) || bare_infinitive_verbs.count(lemma);
    }
    WordSet commission_verbs;                                  // "hires X to protect Y": on the subject's behalf
    WordSet persuasion_verbs;                                  // "persuades X to release Y": the subject got it done
    WordSet permission_verbs;                                  // "persuades X to let Y go": X does Y no favour of its own
    WordSet directive_verbs;                                   // "orders X to kill Y": only ordered, an attempt
    WordSet pair_nouns;                                        // "the lovers", "the couple": the two just named
    std::vector<TimeRule> time_rules;
    PatternPrefilter time_prefilter;                           // which time_rules may match
    WordMap<std::vector<EventRelation>> event_relations;       // by verb lemma
    /// kin -> {inverse for a man, inverse for a woman}: daughter -> {father, mother}
    WordMap<std::pair<std::string, std::string>> kin_inverses;
    /// kin -> {through, then}: "father" -> {"sister", "father"}: data/kin_compositions.tsv.
    WordMap<std::vector<std::pair<std::string, std::string>>> kin_compositions;
    /// "father" -> {"mother", "wife", "husband"}: data/co_parents.tsv.
    struct CoParent {
        std::string other_parent, spouse_of_this, spouse_of_other;
    };
    WordMap<CoParent> co_parents;
    /// Phrasal verbs, "verb particle" ("hand over", "fall in love"): the event's
    /// action, and whether the bare verb's relations hold for it too
    /// (phrasal_verbs.tsv: base or own).
    struct PhrasalVerb {
        std::string action;  // "hand over"; "love" for "fall in love"
        bool keeps_base_relations = false;
    };
    WordMap<PhrasalVerb> phrasal_verbs;
    WordSet phrasal_particles;  // the particles' first words
    /// A word's class in event_words.tsv ("adverb", "determiner"...), "" when it has none.
    std::string_view word_class(std::string_view word) const {
        const auto found = event_words.find(word);
        return found == event_words.end() ? std::string_view() : std::string_view(found->second);
    }
    /// Whether a lower-case word is an ordinary word of common_words.txt, in its American
    /// spelling or in a British one ("rumours", "realised", "theatre", "travelled").
    bool common_word(std::string_view word) const;
    /// The lemma whose lines of event_relations.tsv an event's action takes: the
    /// action itself, or for a phrasal verb read as its base ("fight off") without
    /// lines of its own, the bare verb.
    std::string_view relation_lemma(std::string_view action) const {
        const std::size_t space = action.find(' ');
        if (space == std::string_view::npos || event_relations.count(action)) return action;
        const auto phrasal = phrasal_verbs.find(action);
        return phrasal != phrasal_verbs.end() && phrasal->second.keeps_base_relations ? action.substr(0, space) : action;
    }
    /// Whether one of a word's readings in the verb lexicon satisfies `test`.
    template <class Test>
    bool any_verb_reading(std::string_view word, Test test) const {
        const auto readings = verbs.find(word);
        return readings != verbs.end() && std::any_of(readings->second.begin(), readings->second.end(), test);
    }
    /// Whether `noun` (singular, lower case) is a role_nouns.tsv noun for a person: a role or kin.
    bool is_person_noun(std::string_view noun) const {
        const auto found = role_nouns.find(noun);
        return found != role_nouns.end() && (found->second.category == "role" || found->second.category == "kin");
    }
    /// A role noun or a people's noun, which must be one of them.
    const RoleNoun& role_noun(std::string_view key) const {
        if (const auto noun = role_nouns.find(key); noun != role_nouns.end()) return noun->second;
        return people_nouns.at(key);
    }
    /// Whether `word` is the plural of a noun for a person ("boys", "cowboys"), that noun in `singular`.
    bool is_plural_person_noun(std::string_view word, std::string& singular) const {
        return some_singular_fits({}, word, singular, [&](const std::string& noun) { return is_person_noun(noun); });
    }
    /// Whether a word is a verb form of one of these shapes: "breaks" and "broke" for third_person, past.
    bool has_verb_shape(std::string_view word, std::initializer_list<VerbForm::Shape> shapes) const {
        return any_verb_reading(word, [&](const VerbForm& form) {
            return std::find(shapes.begin(), shapes.end(), form.shape) != shapes.end();
        });
    }
    /// Whether a word may be a finite verb: a present in the third person or a past ("rescues", "killed").
    bool is_finite_verb(std::string_view word) const {
        return has_verb_shape(word, {VerbForm::Shape::third_person, VerbForm::Shape::past});
    }
    /// Whether a word is a form of a verb of naming (naming_verbs.txt): "names", "called".
    bool is_naming_verb(std::string_view word) const {
        return naming_verb_forms.count(word) > 0;
    }
    /// Whether a word is a form of a verb of guise (event_words.tsv class disguise): "disguises".
    bool is_disguise_verb(std::string_view word) const {
        return any_verb_reading(word, [&](const VerbForm& form) { return disguise_verbs.count(form.lemma) > 0; });
    }
    /// Whether a word is a form of a verb that takes an object, then a clause with "that"
    /// ("tells Mary that he loves her"): there "that" opens no relative clause.
    bool is_object_that_verb(std::string_view word) const {
        return any_verb_reading(word, [&](const VerbForm& form) { return object_that_verbs.count(form.lemma) > 0; });
    }
    /// Whether a word is a form of a verb of deceit (event_words.tsv class deceit): "tricking".
    bool is_deceit_verb(std::string_view word) const {
        return any_verb_reading(word, [&](const VerbForm& form) { return deceit_verbs.count(form.lemma) > 0; });
    }
    /// Whether a word is a form of a verb whose object does the infinitive after it: "persuades".
    bool is_object_control_verb(std::string_view word) const {
        return any_verb_reading(word, [&](const VerbForm& form) { return object_does_infinitive(form.lemma); });
    }
    /// Whether the owner of the action's direct object is a patient of it
    /// ("pays his debts", "restores her faith"): an `owner` line says so.
    bool takes_owner(std::string_view action) const {
        const auto found = event_relations.find(relation_lemma(action));
        return found != event_relations.end() &&
               std::any_of(found->second.begin(), found->second.end(),
                           [](const EventRelation& relation) { return relation.via == kOwnerVia; });
    }
};

/// Whether an event_words class opens a subordinate clause: "because",
/// "while", and the conditional "if" and "unless".
inline bool opens_subordinate_clause(std::string_view word_class) {
    return word_class == "subordinator" || word_class == "conditional";
}

/// Whether a word opens a clause of its own by its event_words.tsv class: "because",
/// "if", "after", "until".
inline bool is_subordinator(const std::string& word, const RuleData& rules) {
    const auto word_class = rules.event_words.find(word);
    return word_class != rules.event_words.end() &&
           (word_class->second == "after" || word_class->second == "before" || opens_subordinate_clause(word_class->second));
}

/// Parses rule files given as texts by file name ("relations.tsv"); a file
/// not given is empty. For the fuzzer and tests of one file's parsing: the
/// library itself loads them all through RuleSet. Throws plotgraph::Error
/// "name:line: message" as RuleSet::load does.
std::unique_ptr<RuleData> parse_rule_texts(const std::unordered_map<std::string, std::string>& texts);

}  // namespace plotgraph::detail
