// plotgraph: the plain data the pipeline fills in.
//
// Every offset is a byte offset into the input text exactly as given
// (half-open [begin, end)). Indices into vectors of a Story are stable once
// the Story is returned.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace plotgraph {

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
    friend bool operator==(const Span&, const Span&) = default;
};

enum class EntityKind { character, place, organization };
enum class MentionForm { name, pronoun, description };
enum class Gender { unknown, male, female };

/// A word as ICU segments it. `norm` is the comparison form: NFC, curly
/// quotes and apostrophes folded to straight ones.
struct Token {
    Span span;
    std::string norm;
    bool is_word = false;  // letters or digits (not punctuation or space)
    std::string key;       // norm case-folded, the form word lists are looked up by
};

struct Sentence {
    Span span;
    std::size_t first_token = 0;  // index into Document::tokens
    std::size_t token_count = 0;
};

/// One input text. `story_mask` is the text with page furniture blanked out
/// (same length, so offsets agree); stages read the mask, offsets refer to text.
struct Document {
    std::string name;
    std::string text;
    std::string story_mask;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

/// One occurrence of an entity in a document.
struct Mention {
    std::size_t doc = 0;
    Span span;
    std::string text;
    EntityKind kind = EntityKind::character;
    MentionForm form = MentionForm::name;
    std::size_t sentence = 0;   // index into Document::sentences
    std::size_t first_token = 0, last_token = 0;  // inclusive token range
    std::string subtype;        // place: GPE/LOC/FAC; description: the role noun
    std::string qualifier;      // description: the words before its role noun ("homeless" in "the homeless man")
    Gender gender = Gender::unknown;
    std::optional<std::size_t> owner_mention;  // "his grandfather": the mention of "his"
    std::optional<std::size_t> appositive_to;  // "Boris, the apparatchik": the mention of "Boris"
    bool possessive = false;                   // "Anatoly's": the span stops before "'s"
    bool plural = false;                       // a group: "the muggers", "two young men"
    bool indefinite = false;                   // "a social worker": brings in someone new
    std::optional<std::size_t> entity;         // index into Story::entities
};

/// Why two names were taken for one entity.
struct MergeReason {
    std::string rule;      // e.g. "surname", "first-name", "transliteration", "spelling-variant"
    std::string alias;     // the name that was attached
    std::string evidence;  // human-readable: what matched what
};

struct Entity {
    std::string id;  // "e0", "e1", ...
    EntityKind kind = EntityKind::character;
    std::string subtype;  // place: GPE/LOC/FAC; description-only character: role noun
    std::string name;     // canonical (longest, most frequent full name)
    std::vector<std::string> aliases;  // other distinct surface names, first-seen order
    Gender gender = Gender::unknown;
    std::vector<std::size_t> mentions;  // indices into Story::mentions, text order
    std::vector<MergeReason> merges;
    std::vector<std::string> roles;     // role nouns said of it ("apparatchik", "security guard")
    std::optional<std::size_t> owner;   // "his grandfather": entity the role belongs to
    std::vector<std::size_t> members;   // a group's listed members ("their children, Jane and Michael")
};

struct Evidence {
    std::size_t doc = 0;
    Span span;
};

/// A relation between two entities. Directed relations go from source to
/// target ("source helped target", "source employs target").
struct Relation {
    std::string type;     // co-occurs, helped, romance, family, friend, employs, opposes, killed
    std::string subtype;  // how: "protected", "sheltered", the kin term "grandfather"...
    std::size_t source = 0, target = 0;  // indices into Story::entities
    bool directed = false;
    double weight = 0;        // co-occurs: shared sentences; others: times stated
    double confidence = 1.0;  // the strongest rule's confidence, 0..1
    std::vector<std::string> rules;  // ids of the rules that found it (data/relations.tsv)
    std::vector<Evidence> evidence;
};

/// Something that happens: the main verb of one clause, with who does it,
/// to whom, where and when. "Lucia and Lionel hide him in Harlem the next day."
/// is one event: action "hide", agents Lucia and Lionel, patient Vladimir,
/// place Harlem, time "the next day".
struct Event {
    std::string id;               // "v0", "v1", ... in text order
    std::size_t order = 0;        // place in the timeline, 0 first (story order)
    std::string action;           // the verb's lemma: "hide"
    std::string verb;             // as written: "hid", "is mugged"
    bool negated = false;         // "does not return", "refuses to help"
    bool attempted = false;       // "tries to kill him": the deed may not have happened
    bool intended = false;        // "offers to help", "plans to kill": wanted or promised, not (yet) done
    bool believed = false;        // "believes that Shelia gave him the money": a character's belief, not the text's word
    bool passive = false;         // "is mugged by two men": agents from the by-phrase
    std::vector<std::size_t> agents;    // entity indices: who does it
    std::vector<std::size_t> patients;  // to whom or what it is done, or for whom
    /// Parallel to `patients`: "" for a direct object ("protects him"), else
    /// the preposition it follows ("proposes to her": "to").
    std::vector<std::string> patient_prepositions;
    std::vector<std::size_t> places;    // where, when the clause says so
    /// Who had it done: "Odile hires Serge to protect Simon" -> Odile, for
    /// Serge's protecting. Only verbs of the `commission` class (hire, appoint...).
    std::vector<std::size_t> instigators;
    std::string time;             // time expression as written: "in 1917", "years earlier"
    /// How the timeline placed the event, when not by text order:
    /// "flashback" (told after, happened before), "year" (ordered by its
    /// year), "before-main"/"after-main" (a clause opened by "after"/"before").
    std::string placement;
    std::size_t sentence = 0;     // index into Document::sentences
    Evidence evidence;            // the clause
    /// Another summary told the same event (same action, a shared participant):
    /// the index of that event in Story::events, the one first in the timeline.
    std::optional<std::size_t> same_as;
};

/// Everything extracted from one or more summaries of one story.
struct Story {
    std::vector<Document> documents;
    std::vector<Mention> mentions;
    std::vector<Entity> entities;
    std::vector<Relation> relations;
    std::vector<Event> events;  // text order (document, then position); Event::order gives the timeline
};

const char* to_string(EntityKind kind);
const char* to_string(MentionForm form);
const char* to_string(Gender gender);

}  // namespace plotgraph
