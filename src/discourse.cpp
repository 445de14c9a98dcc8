#include "discourse.hpp"

#include "sentence_view.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_set>

namespace plotgraph::detail {

// String comparisons with literals go through string_view: sizes first, no strlen.
using namespace std::string_view_literals;
namespace {

/// A character recently talked about, as a pronoun's candidate antecedent.
struct Salient {
    std::size_t entity = 0;
    std::size_t sentence = 0;
    std::size_t mention = 0;
    bool subject = false;  // first character mentioned in its sentence
    bool named = false;
    /// The subject of a clause a subordinator opens: "before Frodo pulls him" is not Frodo.
    bool subordinate_subject = false;
    /// The subject of a clause "that" opens: "finds that Trish has tried to kill herself".
    bool embedded_subject = false;
};

/// Whether the word right before token `first` is a verb whose direct object, by
/// event_relations.tsv, stands in a relation of `type` to its doer ("captures
/// Russell": opposes; "rescues him": helped). With `deeds_only`, not by advice or a
/// gift ("warns him", "gives him").
bool object_of_verb_with(const Document& document, std::size_t first, std::string_view type, const RuleData& rules,
                         bool deeds_only = false) {
    if (first == 0) return false;
    const auto readings = rules.verbs.find(document.tokens[first - 1].key);
    if (readings == rules.verbs.end()) return false;
    return std::any_of(readings->second.begin(), readings->second.end(), [&](const VerbForm& form) {
        const auto relations = rules.event_relations.find(form.lemma);
        return relations != rules.event_relations.end() &&
               std::any_of(relations->second.begin(), relations->second.end(), [&](const EventRelation& relation) {
                   return relation.type == type && relation.via.empty() &&
                          relation.direction == EventRelation::Direction::agent_to_patient &&
                          !(deeds_only && (relation.subtype == "advised"sv || relation.subtype == "gave"sv));
               });
    });
}

/// Whether the mention ending at token `last` is the subject of a passive verb that, by
/// event_relations.tsv, stands in a relation of `type` to its doer: "Paddington is trapped
/// in a carriage" is a victim as "arrest Phoenix" makes one.
bool subject_of_passive_with(const Document& document, std::size_t last, std::string_view type,
                             const RuleData& rules) {
    std::size_t next = last + 1;
    if (next >= document.tokens.size()) return false;
    const std::string& be = document.tokens[next].key;
    if (be != "is"sv && be != "was"sv && be != "are"sv && be != "were"sv && be != "gets"sv && be != "get"sv)
        return false;
    ++next;
    // one adverb: "is nearly killed", "is soon captured"
    if (next + 1 < document.tokens.size() && document.tokens[next].key.size() > 2 &&
        document.tokens[next].key.ends_with("ly"))
        ++next;
    return next < document.tokens.size() && document.tokens[next].key.ends_with("ed") &&
           object_of_verb_with(document, next + 1, type, rules);
}

// Commas are not here: "Boris, the apparatchik, reprimands him" keeps one clause.
const WordSet clause_boundaries{";", ":", "who", "whom", "that", "which", "and", "but", "when", "while", "after",
                                "before", "because", "as", "until", "if", "though", "although", "since", "where"};

// Words after which a name is not the subject of its clause: prepositions
// ("with support from Orlando") and subordinators ("while Anatoly ...").
const WordSet non_subject_openers{
    "with", "from", "to", "for", "by", "of", "at", "in", "on", "into", "onto", "about", "against",
    "behind", "under", "over", "among", "between", "toward", "towards", "like", "than", "without",
    "while", "when", "after", "before", "because", "although", "though", "since", "until", "if",
    "unless", "whereas", "as", "upon", "despite", "through", "during", "via", "unlike"};

// Words right before a name that start a clause of which it is the subject: "tells
// him that Rugen is the six-fingered man".
const WordSet complementizers{"that", "whether", "whereupon"};

// Words that open an apposition after a name: "Boris, the stern apparatchik, ...".
const WordSet appositive_openers{"a", "an", "another", "the", "his", "her", "their", "its"};
// Words that open a description before a name: "the Spiegel editor Gregor", "His friend Paul".
const WordSet description_openers{"a", "an", "the", "his", "her", "their"};


// Words after which a new clause, and so a subject, may begin.
const WordSet clause_openers{
    "and", "but", "then", "so", "also", "later", "finally", "eventually", "soon", "now", "meanwhile",
    "suddenly", "when", "while", "as", "after", "before", "because", "although", "though", "since",
    "until", "if", "that", "who", "where", "once", "whereupon", "yet", "or", "nor", "instead",
    // time phrases that open a sentence: "The next day Amy falls through the ice"
    "day", "days", "night", "nights", "morning", "evening", "afternoon", "week", "weeks", "month", "months",
    "year", "years"};

/// Whether a name looks like the subject of its clause: it opens its clause
/// (nothing but determiners or adverbs before it back to a comma) and is
/// followed by a lower-case word (a verb, in a plot summary most often).
/// `first_token` is where the phrase begins: "Luke's uncle Owen" for "Owen".
bool looks_like_subject(const Document& document, const Sentence& sentence, const Mention& mention,
                        std::size_t first_token, const RuleData& rules) {
    if (mention.form == MentionForm::pronoun) {
        const auto info = rules.pronouns.find(fold_case(mention.text));
        return info != rules.pronouns.end() && info->second.grammatical_case == "subject"sv;
    }
    const std::size_t sentence_end = sentence.first_token + sentence.token_count;
    std::size_t next = mention.last_token + 1;
    if (next >= sentence_end) return false;
    // "Thresh, the other District 11 tribute, kills Clove": look past the apposition.
    // "Miss Pross, Lucie's devoted companion, nurses him" too.
    // "Jesse's social worker, Dwight Mercer, places him": after a description, a name set off too.
    // "Yevgraf, now a Bolshevik official, warns him": an adverb may come first.
    const auto opens_apposition = [&](std::size_t at) {
        if (rules.word_class(document.tokens[at].key) == "adverb"sv && at + 1 < sentence_end &&
            appositive_openers.count(document.tokens[at + 1].key))
            return true;
        return appositive_openers.count(document.tokens[at].key) ||
               (starts_upper(document.tokens[at].norm) && at + 1 < sentence_end && document.tokens[at + 1].norm == "'s"sv) ||
               (mention.form == MentionForm::description && starts_upper(document.tokens[at].norm));
    };
    if (document.tokens[next].norm == ","sv && next + 1 < sentence_end && opens_apposition(next + 1)) {
        for (std::size_t k = next + 2; k < sentence_end && k <= next + 12; ++k) {
            if (document.tokens[k].norm == ","sv && k + 1 < sentence_end) {
                next = k + 1;
                break;
            }
        }
    }
    const Token& after = document.tokens[next];
    if (after.norm == "'s"sv || !after.is_word) return false;
    // "the Spiegel editor Gregor Hessenstein helps him": a role noun right before the name ends a
    // description that opens the name's phrase at its article or owner.
    if (first_token > sentence.first_token + 1 && rules.role_nouns.count(document.tokens[first_token - 1].key)) {
        for (std::size_t k = first_token - 1; k > sentence.first_token && k + 4 >= first_token; --k) {
            if (description_openers.count(document.tokens[k - 1].key)) {
                first_token = k - 1;
                break;
            }
            if (!document.tokens[k - 1].is_word) break;
        }
    }
    // "On the road Tom gains a companion": a short phrase after a preposition, with no comma,
    // opens the sentence; its subject follows. Not "With his friend Bob he escapes".
    const bool opening_phrase = [&] {
        const std::size_t name = mention.first_token;
        if (name > sentence.first_token + 4 || name < sentence.first_token + 2 ||
            rules.word_class(document.tokens[sentence.first_token].key) != "preposition"sv ||
            !rules.is_finite_verb(after.key))
            return false;
        const std::string& before = document.tokens[name - 1].key;
        if (rules.role_nouns.count(before) ||
            rules.has_verb_shape(before, {VerbForm::Shape::third_person, VerbForm::Shape::past,
                                          VerbForm::Shape::present_participle}))
            return false;
        for (std::size_t k = sentence.first_token + 1; k < name; ++k)
            if (!document.tokens[k].is_word || starts_upper(document.tokens[k].norm)) return false;
        return true;
    }();
    // Right after a verb ("hands Boris") a name is its object, not a subject.
    if (first_token > sentence.first_token) {
        const Token& before = document.tokens[first_token - 1];
        const std::string& word = before.key;
        // "eleven-year-old Billy Elliot lives": the end of a compound modifier is no verb.
        const bool compound_end = first_token >= sentence.first_token + 2 && document.tokens[first_token - 2].norm == "-"sv;
        // "One evening Rita comes home", "Years later Max returns": a short phrase of time opens the sentence.
        const auto after_time_phrase = [&] {
            if (first_token > sentence.first_token + 4 ||
                (!rules.time_nouns.count(word) && rules.word_class(word) != "adverb"sv))
                return false;
            for (std::size_t k = sentence.first_token; k < first_token; ++k)
                if (!document.tokens[k].is_word || (k > sentence.first_token && starts_upper(document.tokens[k].norm)))
                    return false;
            return true;
        };
        const bool time_phrase = after_time_phrase() || opening_phrase;
        if (before.is_word && !starts_upper(before.norm) && !clause_openers.count(word) && !has_suffix(word, "ly", 2) &&
            !compound_end && !time_phrase)
            return false;
        // "Finding Clara asleep, Marco takes her home": the object of a participle opening the sentence.
        if (before.is_word && has_suffix(word, "ing", 3) && !time_phrase &&  // "One evening Rita"
            rules.has_verb_shape(word, {VerbForm::Shape::present_participle}))
            return false;
        // "His friend Paul and the editor Gregor help him": the first name's description, with
        // its owner or article, opens the sentence or a clause; so it is no verb's object.
        const auto described_subject_opens = [&](std::size_t noun) {
            if (!rules.role_nouns.count(document.tokens[noun].key)) return false;
            std::size_t k = noun;
            while (k > sentence.first_token && k + 3 > noun && document.tokens[k - 1].is_word &&
                   (!starts_upper(document.tokens[k - 1].norm) || k - 1 == sentence.first_token) &&
                   !clause_openers.count(document.tokens[k - 1].key))
                --k;
            return description_openers.count(document.tokens[k].key) &&
                   (k == sentence.first_token || clause_openers.count(document.tokens[k - 1].key));
        };
        // "leads Meg and Calvin to a cell": a name joined to a verb's named object is an object too.
        if ((word == "and"sv || word == "or"sv) && first_token >= sentence.first_token + 2) {
            std::size_t k = first_token - 2;
            while (k > sentence.first_token && starts_upper(document.tokens[k].norm) && document.tokens[k].is_word) --k;
            const Token& joined_after = document.tokens[k];
            if (k + 2 < first_token && joined_after.is_word && !starts_upper(joined_after.norm) &&
                !clause_openers.count(joined_after.key) && !has_suffix(joined_after.key, "ly", 2) &&
                joined_after.key != "both"sv && joined_after.key != "either"sv && joined_after.key != "neither"sv &&
                !described_subject_opens(k))
                return false;
        }
    }
    for (std::size_t i = first_token; i-- > sentence.first_token;) {
        const std::string& word = document.tokens[i].key;
        if (word == ","sv || word == ";"sv || word == ":"sv) break;
        // "tells him that Rugen is ...": a clause of its own begins after "that".
        if (i + 1 == first_token && complementizers.count(word)) break;
        if (non_subject_openers.count(word) && !(opening_phrase && i == sentence.first_token)) return false;
    }
    return true;
}

/// Whether a name opens a clause of a subordinator ("before Frodo pulls him"): the
/// word before its phrase is one, and a lower-case word follows it.
bool opens_subordinate_clause_before(const Document& document, const Sentence& sentence, const Mention& mention,
                                     std::size_t first_token, const RuleData& rules) {
    if (mention.form == MentionForm::pronoun || first_token <= sentence.first_token) return false;
    const std::size_t next = mention.last_token + 1;
    if (next >= sentence.first_token + sentence.token_count) return false;
    const Token& after = document.tokens[next];
    return is_subordinator(document.tokens[first_token - 1].key, rules) && after.is_word && after.norm != "'s"sv &&
           !starts_upper(after.norm);
}

void add_role(Entity& entity, const std::string& role) {
    if (std::find(entity.roles.begin(), entity.roles.end(), role) == entity.roles.end()) entity.roles.push_back(role);
}

}  // namespace

/// Whether a clause ends between two tokens, asked for every pronoun and
/// every candidate before it: worked out once per token, so that each
/// question is two array lookups instead of a pass over the tokens between.
class ClauseBoundaries {
public:
    ClauseBoundaries(const Document& document, const RuleData& rules)
        : hard_before_(document.tokens.size() + 1, 0), shares_subject_(document.tokens.size(), false) {
        const auto& tokens = document.tokens;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const std::string& word = tokens[i].key;
            bool hard = false;
            if (clause_boundaries.count(word)) {
                // "X is grateful to see Y and gives him": "and" before a verb shares X as subject;
                // after a comma and before a determiner or preposition a new subject follows
                // (", and the Beast drives her out", ", and in the marketplace Aladdin saves her";
                // not the list "Eumaeus and the loyal cowherd Philoetius").
                if ((word == "and"sv || word == "but"sv) && i + 1 < tokens.size()) {
                    const Token& next = tokens[i + 1];
                    const std::string_view next_class = rules.word_class(next.key);
                    // "believes in him, and he tells her": a subject pronoun is a new subject, comma or none.
                    const bool new_subject_follows =
                        next_class == "subject"sv || next_class == "plural-subject"sv ||
                        (i > 0 && tokens[i - 1].norm == ","sv &&
                         (next_class == "determiner"sv || next_class == "preposition"sv));
                    shares_subject_[i] = next.is_word && !starts_upper(next.norm) && !clause_openers.count(next.key) &&
                                         !new_subject_follows;
                }
                hard = !shares_subject_[i];
                // "names the man Friday after the day of his rescue, teaches him English": "after" and its
                // like before a noun phrase with no verb of its own are prepositions, no clause.
                if ((word == "after"sv || word == "before"sv || word == "until"sv || word == "since"sv) &&
                    i + 1 < tokens.size() && rules.word_class(tokens[i + 1].key) == "determiner"sv &&
                    tokens[i + 1].key != "her"sv) {  // "look after her": her is no determiner there
                    bool verb = false;
                    for (std::size_t k = i + 2; k < tokens.size() && k <= i + 8 && !verb; ++k) {
                        const Token& next = tokens[k];
                        if (!next.is_word || clause_boundaries.count(next.key)) break;
                        verb = next.key.ends_with("ing") || rules.is_finite_verb(next.key);
                    }
                    hard = verb;
                }
            }
            hard_before_[i + 1] = hard_before_[i] + (hard ? 1 : 0);
        }
    }

    /// Whether a clause boundary lies strictly between the two tokens. An
    /// "and" sharing its subject counts only as the last token before
    /// `to_token`, where the verb after it is outside the range.
    bool between(std::size_t from_token, std::size_t to_token) const {
        if (to_token <= from_token + 1) return false;
        return hard_before_[to_token] > hard_before_[from_token + 1] || shares_subject_[to_token - 1];
    }

private:
    std::vector<std::size_t> hard_before_;  // boundaries that always count, among tokens [0, i)
    std::vector<bool> shares_subject_;
};

/// Named characters by a role noun their name carries: as a title ("Princess
/// Leia Organa": princess) or as its head ("the Cowardly Lion": lion; "the
/// Wicked Witch of the West": witch).
struct NameHolders {
    std::map<std::string, std::set<std::size_t>> by_title, by_head;
    std::map<std::string, std::set<std::size_t>> by_plural_head;  // "the Lost Boys": boy
};

namespace {

/// Where a sentence's opening participle clause begins ("Grieving for his son, Vito ...",
/// "One night, while playing with her sister, Elsa ..."): its subordinator or participle,
/// after a short phrase of time if there is one.
std::optional<std::size_t> opening_participle_clause(const Document& document, const Sentence& sentence,
                                                     const RuleData& rules) {
    const std::size_t end = sentence.first_token + sentence.token_count;
    const auto opens_participle_clause = [&](std::size_t first) -> bool {
        std::size_t participle = first;
        if (participle >= end) return false;
        if (is_subordinator(document.tokens[participle].key, rules)) ++participle;
        if (participle >= end) return false;
        const std::string& opening = document.tokens[participle].key;
        // "Determined to clear his friend's name, Martins stays on": a past participle too.
        const bool past_participle = participle == first && opening.size() > 5 && opening.ends_with("ed") &&
                                     rules.has_verb_shape(opening, {VerbForm::Shape::past});
        return (opening.size() > 4 && opening.ends_with("ing")) || past_participle;
    };
    const std::size_t start = sentence.first_token;
    if (opens_participle_clause(start)) return start;
    std::size_t comma = start + 1;
    while (comma < end && comma <= start + 4 && document.tokens[comma].norm != ","sv) ++comma;
    if (comma >= end || document.tokens[comma].norm != ","sv || !opens_participle_clause(comma + 1))
        return std::nullopt;
    return comma + 1;
}

// The character named as the subject right after a participle clause that
// opens the sentence ("Hoping to get rid of his nephew, Scar tells Simba..."),
// when the pronoun at `pronoun` is inside that clause and no character is
// named there before it.
std::optional<std::size_t> opening_clause_subject(const Document& document, const std::vector<Mention>& mentions,
                                                  std::size_t pronoun, const RuleData& rules) {
    const Mention& mention = mentions[pronoun];
    const Sentence& sentence = document.sentences[mention.sentence];
    const std::size_t end = sentence.first_token + sentence.token_count;
    std::optional<std::size_t> clause = opening_participle_clause(document, sentence, rules);
    // "To save his brothers, Sitka breaks the ice": an infinitive of purpose opening the sentence.
    const auto& tokens = document.tokens;
    if (!clause && sentence.token_count > 2 && tokens[sentence.first_token].key == "to"sv &&
        rules.has_verb_shape(tokens[sentence.first_token + 1].key, {VerbForm::Shape::base}))
        clause = sentence.first_token;
    // "When his father dies, nineteen-year-old Nicholas Nickleby travels to London": a
    // subordinate clause opening the sentence, before the story has named anyone.
    // So does a prepositional phrase: "At the wedding of his son, Will Bloom, the charming
    // storyteller Edward Bloom retells his tale".
    if (!clause &&
        (is_subordinator(document.tokens[sentence.first_token].key, rules) ||
         rules.word_class(document.tokens[sentence.first_token].key) == "preposition"sv) &&
        std::none_of(mentions.begin(), mentions.begin() + static_cast<std::ptrdiff_t>(pronoun), [&](const Mention& m) {
            return m.doc == mention.doc && m.kind == EntityKind::character && m.form != MentionForm::pronoun;
        }))
        clause = sentence.first_token;
    if (!clause) return std::nullopt;
    const std::size_t start = *clause;
    for (std::size_t k = start; k < mention.first_token; ++k)
        if (document.tokens[k].norm == ","sv || document.tokens[k].norm == ";"sv) return std::nullopt;
    std::size_t comma = mention.last_token + 1;
    while (comma < end && document.tokens[comma].norm != ","sv && document.tokens[comma].norm != ";"sv) ++comma;
    if (comma >= end || document.tokens[comma].norm != ","sv) return std::nullopt;
    for (std::size_t k = pronoun; k-- > 0;) {
        const Mention& before = mentions[k];
        if (before.doc != mention.doc || before.sentence != mention.sentence) break;
        if (before.kind == EntityKind::character) return std::nullopt;
    }
    // The first character after the comma, if it starts within a determiner and two modifiers
    // (a hyphenated compound counts as one: "nineteen-year-old").
    std::size_t reach = comma + 3;
    for (std::size_t k = comma + 1; k < end && k <= reach; ++k)
        if (document.tokens[k].norm == "-"sv) reach += 2;
    bool past_apposition = false;
    for (std::size_t k = pronoun + 1; k < mentions.size(); ++k) {
        const Mention& after = mentions[k];
        if (after.doc != mention.doc || after.sentence != mention.sentence || after.first_token > reach) break;
        if (after.first_token <= comma) continue;
        // "the charming storyteller Edward Bloom": a description right before the name it is.
        if (after.form == MentionForm::description && k + 1 < mentions.size() &&
            mentions[k + 1].first_token == after.last_token + 1 && mentions[k + 1].entity == after.entity &&
            mentions[k + 1].form == MentionForm::name)
            continue;
        if (after.kind != EntityKind::character || after.form != MentionForm::name || !after.entity) return std::nullopt;
        // "Remembering the lessons of his late mentor, Dicky Fox, he stays up": a name set off
        // after the comma is the clause's apposition, not the subject; the subject may follow it
        // ("At the wedding of his son, Will Bloom, the charming storyteller Edward Bloom").
        if (after.last_token + 1 < end && document.tokens[after.last_token + 1].norm == ","sv) {
            if (past_apposition) return std::nullopt;
            past_apposition = true;
            comma = after.last_token + 1;
            reach = comma + 4;
            continue;
        }
        if (past_apposition && (after.last_token + 1 >= end || !document.tokens[after.last_token + 1].is_word))
            return std::nullopt;
        return after.entity;
    }
    return std::nullopt;
}

/// The character a relative clause is about when the pronoun at `pronoun` is in it,
/// a few words after the relative: "Buddy, who now calls himself Syndrome".
std::optional<std::size_t> relative_head_before(const Document& document, const std::vector<Mention>& mentions,
                                                std::size_t pronoun) {
    const Mention& mention = mentions[pronoun];
    const std::size_t first = document.sentences[mention.sentence].first_token;
    for (std::size_t t = mention.first_token, looked = 0; t > first + 2 && looked < 4; ++looked) {
        const Token& word = document.tokens[--t];
        if (!word.is_word) return std::nullopt;
        if (word.key != "who"sv) continue;
        if (document.tokens[t - 1].norm != ","sv) return std::nullopt;
        for (std::size_t k = pronoun; k-- > 0;) {
            const Mention& head = mentions[k];
            if (head.doc != mention.doc || head.last_token + 2 < t) break;
            if (head.last_token + 2 == t && head.kind == EntityKind::character && !head.possessive) return head.entity;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

/// Whether a "her" is a possessive though it owns no character: "loses her way", "with her
/// help". A noun-like word follows, and either a preposition comes before it or the word
/// is no bare verb ("helps her find" keeps "her" the object); not after a verb of two
/// objects or of an object and what is said of it ("gives her money", "keeps her warm").
bool possessive_her(const Document& document, const Mention& mention, const RuleData& rules) {
    const auto& tokens = document.tokens;
    if (fold_case(mention.text) != "her"sv || mention.last_token + 1 >= tokens.size() || mention.first_token == 0)
        return false;
    const Token& next = tokens[mention.last_token + 1];
    if (!next.is_word || starts_upper(next.norm) || !rules.word_class(next.key).empty() ||
        rules.pronouns.count(next.key) || (next.key.size() > 4 && next.key.ends_with("ly")))
        return false;
    const std::string& before = tokens[mention.first_token - 1].key;
    if (rules.any_verb_reading(before, [&](const VerbForm& form) { return rules.double_object_verbs.count(form.lemma) > 0; }))
        return false;
    if (rules.word_class(before) == "preposition"sv) return true;
    return !rules.has_verb_shape(next.key, {VerbForm::Shape::base});
}

/// The owner an earlier same possessive gave the list the possessive at `index` goes on:
/// "his father, Jackie, his older brother, Tony, and his grandmother". Between the two only
/// the earlier item (its description and the name set off after it), commas and "and".
std::optional<std::size_t> listed_owner_before(const Document& document, const std::vector<Mention>& mentions,
                                               std::size_t index, std::optional<std::size_t>* owner_name = nullptr) {
    const Mention& mention = mentions[index];
    std::vector<bool> covered;  // tokens between, inside a mention of the list
    std::size_t comma_or_and = 0;
    for (std::size_t k = index; k-- > 0;) {
        const Mention& earlier = mentions[k];
        if (earlier.doc != mention.doc || earlier.sentence != mention.sentence) return std::nullopt;
        // "Jim's parents, Frank and Carol Stark, and his grandmother": an owner named with "'s" too.
        const bool named_owner = owner_name && earlier.form == MentionForm::name && earlier.possessive;
        if ((earlier.form == MentionForm::pronoun && fold_case(earlier.text) == fold_case(mention.text)) || named_owner) {
            if (!earlier.entity) return std::nullopt;
            if (named_owner) *owner_name = k;
            covered.assign(mention.first_token - earlier.first_token, false);
            for (std::size_t m = k; m < index; ++m)
                for (std::size_t t = mentions[m].first_token; t <= mentions[m].last_token && t < mention.first_token; ++t)
                    if (t >= earlier.first_token) covered[t - earlier.first_token] = true;
            for (std::size_t t = earlier.last_token + 1; t < mention.first_token; ++t) {
                const std::string& key = document.tokens[t].key;
                if (key == ","sv || key == "and"sv) {
                    ++comma_or_and;
                    continue;
                }
                if (!covered[t - earlier.first_token]) return std::nullopt;
            }
            if (comma_or_and == 0) return std::nullopt;
            return earlier.entity;
        }
        if (earlier.form == MentionForm::pronoun) return std::nullopt;
        if (mention.first_token - earlier.first_token > 16) return std::nullopt;
    }
    return std::nullopt;
}

/// The character named right before a participle set off by a comma ("Ponyo, helped
/// by her sisters, breaks free", "Trusty, using his sense of smell, tracks it") when the
/// pronoun at `pronoun` is inside that participle's phrase.
std::optional<std::size_t> aside_name_before(const Document& document, const std::vector<Mention>& mentions,
                                             std::size_t pronoun, const RuleData& rules) {
    const Mention& mention = mentions[pronoun];
    for (std::size_t k = pronoun; k-- > 0;) {
        const Mention& named = mentions[k];
        if (named.doc != mention.doc || named.sentence != mention.sentence) return std::nullopt;
        if (named.kind != EntityKind::character) continue;
        if (named.form != MentionForm::name || !named.entity || named.possessive) return std::nullopt;
        const std::size_t participle = named.last_token + 2;
        if (participle >= mention.first_token || document.tokens[named.last_token + 1].norm != ","sv)
            return std::nullopt;
        using Shape = VerbForm::Shape;
        // "Ashley-Pitt, to save his leader, kills Kuhn": an infinitive set off the same way.
        const bool infinitive = document.tokens[participle].key == "to"sv && participle + 1 < mention.first_token &&
                                rules.has_verb_shape(document.tokens[participle + 1].key, {Shape::base});
        if (!infinitive && !rules.has_verb_shape(document.tokens[participle].key, {Shape::present_participle, Shape::past}))
            return std::nullopt;
        for (std::size_t t = participle + 1; t < mention.first_token; ++t)
            if (document.tokens[t].norm == ","sv || document.tokens[t].norm == ";"sv) return std::nullopt;
        // Set off: a comma closes the phrase and the name's verb follows ("Jack strikes Piggy,
        // breaking one lens of his glasses" tells what Jack does).
        const Sentence& sentence = document.sentences[mention.sentence];
        const std::size_t end = sentence.first_token + sentence.token_count;
        std::size_t comma = mention.last_token + 1;
        while (comma < end && document.tokens[comma].norm != ","sv && document.tokens[comma].norm != ";"sv) ++comma;
        if (comma + 1 >= end || document.tokens[comma].norm != ","sv) return std::nullopt;
        const bool finite = rules.is_finite_verb(document.tokens[comma + 1].key);
        return finite ? named.entity : std::nullopt;
    }
    return std::nullopt;
}

/// "Lionel, a guard who helped him": the object of a relative clause is not
/// the one the clause is about.
bool relative_clause_between(const Document& document, std::size_t from_token, std::size_t to_token) {
    // "Dodger, a streetwise mongrel, who helps him": past an apposition set off by commas.
    if (from_token + 3 < to_token && document.tokens[from_token + 1].norm == ","sv &&
        appositive_openers.count(document.tokens[from_token + 2].key))
        for (std::size_t k = from_token + 3; k < to_token && k <= from_token + 7; ++k) {
            if (!document.tokens[k].is_word && document.tokens[k].norm != ","sv) break;
            if (document.tokens[k].norm == ","sv) {
                from_token = k - 1;
                break;
            }
        }
    // "Pumbaa, who take him in": a comma may come before the relative.
    if (from_token + 1 < to_token && document.tokens[from_token + 1].norm == ","sv) ++from_token;
    if (to_token <= from_token + 1 || to_token - from_token > 5) return false;
    const std::string& first = document.tokens[from_token + 1].key;
    if (first != "who"sv && first != "that"sv && first != "which"sv) return false;
    for (std::size_t i = from_token + 2; i < to_token; ++i) {
        const Token& word = document.tokens[i];
        if (!word.is_word || starts_upper(word.norm)) return false;
    }
    return true;
}

/// "hoping that Belle may be the one to break the spell, try to make her feel
/// at home": a subject inside a clause opened by "that" or a subordinator, with
/// a comma closing that clause before the pronoun, is not the pronoun's clause's.
bool closed_embedded_subject(const Document& document, const Mention& subject, std::size_t to_token) {
    if (subject.first_token == 0) return false;
    const std::string& opener = document.tokens[subject.first_token - 1].key;
    if (opener != "that"sv && opener != "if"sv && opener != "whether"sv && !clause_boundaries.count(opener)) return false;
    for (std::size_t i = subject.last_token + 1; i < to_token; ++i)
        if (document.tokens[i].norm == ","sv) return true;
    return false;
}

/// Whether only commas and "and" (at least one) come between two mentions.
bool only_list_marks_between(const Document& document, std::size_t from_token, std::size_t to_token) {
    if (to_token <= from_token + 1) return false;
    for (std::size_t i = from_token + 1; i < to_token; ++i)
        if (document.tokens[i].norm != ","sv && document.tokens[i].key != "and"sv) return false;
    return true;
}

/// "Lt. Bracken, Sgt. Holden and Kendall": only names, commas and "and"
/// between two mentions make them one coordinated group. Nothing between is no
/// list: "an orphan he has found" is a noun and its relative clause's subject.
bool coordinated(const Document& document, std::size_t from_token, std::size_t to_token) {
    if (to_token <= from_token + 1) return false;
    for (std::size_t i = from_token + 1; i < to_token; ++i) {
        const Token& token = document.tokens[i];
        if (token.norm == ","sv || token.norm == "."sv || token.norm == "and"sv) continue;
        if (token.is_word && starts_upper(token.norm)) continue;
        return false;
    }
    return true;
}

/// Whether two names stand together as a couple with a kin noun between: "Mr. Fox with his
/// wife, Mrs. Fox", "Vito and his son Michael".
bool joined_as_kin(const Document& document, std::size_t from_token, std::size_t to_token) {
    if (to_token < from_token + 4 || to_token > from_token + 5) return false;
    const auto& tokens = document.tokens;
    const std::string& joint = tokens[from_token + 1].key;
    const std::string& owner = tokens[from_token + 2].key;
    const bool comma = to_token == from_token + 5;
    return (joint == "with"sv || joint == "and"sv) && (owner == "his"sv || owner == "her"sv) &&
           tokens[from_token + 3].is_word && !starts_upper(tokens[from_token + 3].norm) &&
           (!comma || tokens[from_token + 4].norm == ","sv);
}

/// A description's qualifier as lower-case words: "ice-cream" and "ice cream" are {ice, cream}.
std::set<std::string> qualifier_words(const std::string& qualifier) {
    std::set<std::string> words;
    std::string word;
    for (char c : fold_case(qualifier) + ' ') {
        if (c == ' ' || c == '-') {
            if (!word.empty()) words.insert(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

/// Whether two descriptions with one role noun may be one character: "the
/// young man" and "the handsome young man" may; "the homeless man" and "the
/// ice-cream man" may not. A bare "the man" goes with either.
bool qualifiers_agree(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return true;
    const auto words_a = qualifier_words(a), words_b = qualifier_words(b);
    return std::includes(words_a.begin(), words_a.end(), words_b.begin(), words_b.end()) ||
           std::includes(words_b.begin(), words_b.end(), words_a.begin(), words_a.end());
}

NameHolders name_holders(const std::vector<Mention>& mentions, const std::vector<Entity>& entities,
                         const RuleData& rules) {
    NameHolders holders;
    for (const Mention& mention : mentions) {
        if (mention.form != MentionForm::name || !mention.entity ||
            entities[*mention.entity].kind != EntityKind::character)
            continue;
        std::vector<std::string> words;
        for (std::string_view word : split(mention.text, ' '))
            if (!word.empty()) words.push_back(fold_case(word));
        // "the Tramp's partner" read as the name "Tramp": "the Tramp", capitalized, is he.
        if (words.size() == 1 && rules.role_nouns.count(words.front())) holders.by_head[words.front()].insert(*mention.entity);
        if (words.size() < 2) continue;
        // "Dr. Manette" holds the title "doctor": "the doctor" may be he.
        std::string title = words.front();
        if (title.ends_with('.')) title.pop_back();
        if (const auto full = rules.title_abbreviations.find(title); full != rules.title_abbreviations.end())
            title = full->second;
        // "Culture Minister Bruno Hempf" holds "minister": an ordinary word may open the title.
        if (!rules.role_nouns.count(title) && words.size() >= 3 && rules.common_words.count(title) &&
            !rules.first_names.count(title) && rules.role_nouns.count(words[1]))
            title = words[1];
        if (rules.role_nouns.count(title)) holders.by_title[title].insert(*mention.entity);
        const auto of = std::find(words.begin() + 1, words.end(), "of");
        const std::string& head = *(of - 1);
        if (rules.role_nouns.count(head)) {
            holders.by_head[head].insert(*mention.entity);
            continue;
        }
        // A group named in the plural: "the Soggy Bottom Boys", "the Lost Boys", "the Tin Men".
        std::string singular;
        if (rules.is_plural_person_noun(head, singular))
            holders.by_plural_head[singular].insert(*mention.entity);
    }
    return holders;
}

}  // namespace

/// What both readings of a story ask of it, and neither changes: worked out once.
struct StoryFacts {
    std::vector<ClauseBoundaries> clauses;  // per document
    NameHolders holders;
};

void DiscourseResolver::run(Story& story) const {
    // Names the text says are one ("James P. Sullivan, known as Sulley") are one before any
    // pronoun is read, so that "Sulley" is a man when "she" looks for a woman.
    merge_stated_identities(story);
    learn_genders_from_possessives(story);
    // A first reading learns genders from use ("Rawdon ... he ... his"); the
    // second, which is kept, chooses between "he" and "she" candidates with them.
    StoryFacts facts;
    facts.clauses.reserve(story.documents.size());
    for (const Document& document : story.documents) facts.clauses.emplace_back(document, rules_);
    // Only names and their entities' kinds count, which no reading changes.
    facts.holders = name_holders(story.mentions, story.entities, rules_);
    std::vector<Mention> trial_mentions = story.mentions;
    std::vector<Entity> trial_entities = story.entities;
    resolve(story.documents, facts, trial_mentions, trial_entities);
    bool learned = false;
    for (std::size_t i = 0; i < story.entities.size(); ++i) {
        if (story.entities[i].gender != Gender::unknown || trial_entities[i].gender == Gender::unknown) continue;
        story.entities[i].gender = trial_entities[i].gender;
        learned = true;
    }
    // With no gender learned the second reading would read what the first
    // did, and resolve() depends on nothing else: keep the first.
    if (learned) {
        resolve(story.documents, facts, story.mentions, story.entities);
    } else {
        story.mentions = std::move(trial_mentions);
        story.entities = std::move(trial_entities);
    }
    merge_stated_identities(story);
}

void DiscourseResolver::learn_genders_from_possessives(Story& story) const {
    std::map<std::size_t, std::map<Gender, int>> said;  // per entity: how often "and his" / "and her" follows it
    std::set<std::size_t> titled;                        // "Mrs. Jumbo": the title's gender stands
    for (const Mention& mention : story.mentions) {
        if (mention.form != MentionForm::name || !mention.entity || mention.possessive ||
            story.entities[*mention.entity].kind != EntityKind::character)
            continue;
        const auto& tokens = story.documents[mention.doc].tokens;
        if (rules_.honorifics.count(tokens[mention.first_token].key)) titled.insert(*mention.entity);
        const std::size_t next = mention.last_token + 1;
        if (next + 1 >= tokens.size() || (tokens[next].key != "and"sv && tokens[next].key != "with"sv)) continue;
        const std::string& owner = tokens[next + 1].key;
        // "with her son Walter and her daughter": the same owner's kin listed, not Walter's.
        bool listed_kin = false;
        for (std::size_t k = mention.first_token; k > 0 && mention.first_token - k < 4 && !listed_kin; --k)
            listed_kin = tokens[k - 1].key == owner;
        if (listed_kin) continue;
        if (owner == "his"sv) ++said[*mention.entity][Gender::male];
        else if (owner == "her"sv) ++said[*mention.entity][Gender::female];
    }
    for (const auto& [entity_index, counts] : said) {
        if (titled.count(entity_index) || counts.size() != 1) continue;  // both said: no evidence
        Entity& entity = story.entities[entity_index];
        entity.gender = counts.begin()->first;
    }
}

void DiscourseResolver::merge_stated_identities(Story& story) const {
    // Each character's sentences, kept per merged group so that a long story
    // costs a lookup per statement, not a pass over every mention.
    using Place = std::pair<std::size_t, std::size_t>;  // (document, sentence)
    std::vector<std::set<Place>> sentences_of(story.entities.size());
    std::vector<bool> has_name(story.entities.size(), false);
    for (const Mention& mention : story.mentions) {
        if (!mention.entity) continue;
        // Where each is named or described: a pronoun read wrong ("their marriage" as hers and
        // the white woman's) must not keep "She is Stands With A Fist" apart.
        if (mention.form != MentionForm::pronoun) sentences_of[*mention.entity].insert({mention.doc, mention.sentence});
        if (mention.form == MentionForm::name) has_name[*mention.entity] = true;
    }
    std::vector<std::size_t> merged_into(story.entities.size());
    std::iota(merged_into.begin(), merged_into.end(), std::size_t{0});
    const auto group = [&](std::size_t entity) {
        while (merged_into[entity] != entity) entity = merged_into[entity] = merged_into[merged_into[entity]];
        return entity;
    };
    const auto is_character = [&](const Mention& mention) {
        return mention.entity && story.entities[*mention.entity].kind == EntityKind::character;
    };
    // "Then, posing as a Scottish nanny named Euphegenia Doubtfire, he talks her into an
    // interview": a guise taken in a participle that opens a clause is the subject's after it.
    const auto opening_guise_subject = [&](std::size_t m) -> std::optional<std::size_t> {
        const Mention& guise = story.mentions[m];
        const Document& document = story.documents[guise.doc];
        const auto& tokens = document.tokens;
        const Sentence& sentence = document.sentences[guise.sentence];
        const std::size_t first = sentence.first_token, end = first + sentence.token_count;
        if (!is_character(guise) || guise.first_token < first + 2 || tokens[guise.first_token - 1].key != "as"sv)
            return std::nullopt;
        const std::string& participle = tokens[guise.first_token - 2].key;
        if (participle != "posing"sv && participle != "disguised"sv && participle != "masquerading"sv) return std::nullopt;
        const std::size_t opener = guise.first_token - 2;
        if (opener != first && tokens[opener - 1].norm != ","sv) return std::nullopt;
        std::size_t comma = guise.last_token + 1;
        while (comma < end && comma < guise.last_token + 8 && tokens[comma].norm != ","sv) ++comma;
        if (comma >= end || tokens[comma].norm != ","sv) return std::nullopt;
        for (std::size_t k = m + 1; k < story.mentions.size(); ++k) {
            const Mention& after = story.mentions[k];
            if (after.doc != guise.doc || after.sentence != guise.sentence) break;
            if (after.first_token <= comma) continue;
            if (after.first_token == comma + 1 && is_character(after) && !after.possessive) return k;
            break;
        }
        return std::nullopt;
    };
    // "The only person who resists Hill is Marian Paroo": a description, a short relative
    // clause with no comma, then "is" and a name that ends the subject's predicate.
    const auto name_after_relative_clause = [&](std::size_t m) -> std::optional<std::size_t> {
        const Mention& said = story.mentions[m];
        if (said.form != MentionForm::description || said.plural || said.possessive || !is_character(said))
            return std::nullopt;
        const Document& document = story.documents[said.doc];
        const auto& tokens = document.tokens;
        const Sentence& sentence = document.sentences[said.sentence];
        const std::size_t end = sentence.first_token + sentence.token_count;
        const std::size_t relative = said.last_token + 1;
        if (relative + 3 >= end || (tokens[relative].key != "who"sv && tokens[relative].key != "that"sv))
            return std::nullopt;
        for (std::size_t t = relative + 2; t + 1 < end && t <= relative + 8; ++t) {
            if (!tokens[t].is_word) return std::nullopt;
            if (tokens[t].key != "is"sv && tokens[t].key != "was"sv) continue;
            for (std::size_t k = m + 1; k < story.mentions.size(); ++k) {
                const Mention& after = story.mentions[k];
                if (after.doc != said.doc || after.sentence != said.sentence || after.first_token > t + 1) break;
                if (after.first_token == t + 1 && after.form == MentionForm::name) return k;
            }
            return std::nullopt;
        }
        return std::nullopt;
    };
    // Each mention and the next; then each guise and the subject after it, said after it.
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (said, name)
    for (std::size_t m = 0; m + 1 < story.mentions.size(); ++m) pairs.emplace_back(m, m + 1);
    // "Macaulay Connor, known to his friends as Mike": past a description inside an alias phrase
    // (only an alias phrase joins these).
    const std::size_t past_description_begin = pairs.size();
    for (std::size_t m = 0; m + 2 < story.mentions.size(); ++m)
        for (std::size_t k = m + 2; k < story.mentions.size() && k <= m + 3; ++k) {
            const Mention& inside = story.mentions[k - 1];
            // A description and its owner's word ("his friends"), not an object ("posing as" after "them").
            const std::string word = inside.form == MentionForm::pronoun ? fold_case(inside.text) : std::string();
            const bool owner_word = word == "his"sv || word == "her"sv || word == "their"sv;
            if ((inside.form != MentionForm::description && !owner_word) || inside.doc != story.mentions[m].doc ||
                inside.sentence != story.mentions[m].sentence)
                break;
            if (story.mentions[k].form == MentionForm::name) pairs.emplace_back(m, k);
        }
    const std::size_t adjacent_pairs = pairs.size();
    for (std::size_t m = 0; m < story.mentions.size(); ++m)
        if (const auto subject = opening_guise_subject(m)) pairs.emplace_back(*subject, m);
    const std::size_t guise_pairs_end = pairs.size();
    for (std::size_t m = 0; m < story.mentions.size(); ++m)
        if (const auto name = name_after_relative_clause(m)) pairs.emplace_back(m, *name);
    // "Santa Claus, whom he calls "Sandy Claws"": past the pronoun of the relative clause, only
    // where "who" or "whom" comes right before it (quotes aside), as `called_so` asks below.
    const auto after_who = [&](const Mention& pronoun) {
        const auto& tokens = story.documents[pronoun.doc].tokens;
        std::size_t t = pronoun.first_token;
        while (t > 0 && tokens[t - 1].norm == "\""sv) --t;
        return t > 0 && (tokens[t - 1].key == "who"sv || tokens[t - 1].key == "whom"sv);
    };
    const std::size_t called_pairs_begin = pairs.size();
    for (std::size_t m = 0; m + 2 < story.mentions.size(); ++m)
        if (story.mentions[m + 1].form == MentionForm::pronoun && after_who(story.mentions[m + 1]))
            pairs.emplace_back(m, m + 2);
    // ", who" or ", whom" right after a mention, with room for a caller, a verb and a name.
    const auto who_follows = [&](const Mention& said) {
        const auto& tokens = story.documents[said.doc].tokens;
        const std::size_t t = said.last_token;
        return t + 4 < tokens.size() && tokens[t + 1].norm == ","sv &&
               (tokens[t + 2].key == "who"sv || tokens[t + 2].key == "whom"sv);
    };
    // "Joy Newsome, whom her five-year-old son Jack calls Ma": the name right after the naming
    // verb, past a caller named or described.
    for (std::size_t m = 0; m + 1 < story.mentions.size(); ++m) {
        const Mention& said = story.mentions[m];
        const auto& tokens = story.documents[said.doc].tokens;
        const std::size_t t = said.last_token;
        if (!who_follows(said)) continue;
        for (std::size_t k = m + 1; k < story.mentions.size() && k <= m + 6; ++k) {
            const Mention& named = story.mentions[k];
            if (named.doc != said.doc || named.sentence != said.sentence || named.first_token > t + 15) break;
            if (named.form == MentionForm::name && named.first_token > t + 4 &&
                rules_.is_naming_verb(tokens[named.first_token - 1].key)) {
                if (k > m + 2) pairs.emplace_back(m, k);  // nearer ones are paired above and below
                break;
            }
        }
    }
    // "whom everyone calls": no mention between.
    for (std::size_t m = 0; m + 1 < story.mentions.size(); ++m) {
        const auto& tokens = story.documents[story.mentions[m].doc].tokens;
        if (who_follows(story.mentions[m]) && !rules_.pronouns.count(tokens[story.mentions[m].last_token + 3].key))
            pairs.emplace_back(m, m + 1);
    }
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        const bool opening_guise = p >= adjacent_pairs && p < guise_pairs_end;
        const bool past_description = p >= past_description_begin && p < adjacent_pairs;
        // "The only person who resists Hill is Marian Paroo": past a relative clause.
        const bool past_relative = p >= guise_pairs_end && p < called_pairs_begin;
        const bool past_pronoun = p >= called_pairs_begin;
        const Mention& said = story.mentions[pairs[p].first];
        const Mention& name = story.mentions[pairs[p].second];
        if (said.doc != name.doc || said.sentence != name.sentence || name.form == MentionForm::pronoun ||
            !is_character(said) || !is_character(name) || group(*said.entity) == group(*name.entity) ||
            said.possessive || name.possessive)
            continue;
        const Document& document = story.documents[said.doc];
        const auto& tokens = document.tokens;
        // The words between: "is" or "was", perhaps "really"; or ", whose real name is".
        std::vector<std::string_view> between;
        // Quotes around the name do not count: the nickname "Dumbo".
        for (std::size_t t = said.last_token + 1; t < name.first_token && between.size() < 16; ++t)
            if (tokens[t].norm != "\""sv) between.push_back(tokens[t].key);
        const auto copula = [](std::string_view word) { return word == "is"sv || word == "was"sv; };
        // "Duke is the elderly Noah": the name with an article and a word of age (data/name_modifiers.txt).
        const bool aged = (between.size() == 3 && copula(between[0]) && between[1] == "the"sv &&
                           rules_.name_modifiers.count(between[2])) ||
                          (between.size() == 2 && copula(between[0]) && between[1] == "the"sv &&
                           rules_.name_modifiers.count(tokens[name.first_token].key));
        // "The Klan's Grand Wizard turns out to be Homer Stokes": a phrase of identity (data/predicative_words.tsv).
        const bool identity_phrase = std::any_of(
            rules_.identity_phrases.begin(), rules_.identity_phrases.end(), [&](const std::vector<std::string>& words) {
                return words.size() == between.size() && std::equal(words.begin(), words.end(), between.begin());
            });
        // "Strelnikov, a feared Red commander, who is in fact Pasha": a relative clause says who one is.
        const auto revealing = [&](std::size_t from) {
            const std::size_t rest = between.size() - from;
            return rest == 0 ||
                   (rest == 1 && (between[from] == "really"sv || between[from] == "actually"sv ||
                                  between[from] == "secretly"sv)) ||
                   (rest == 2 && between[from] == "in"sv && between[from + 1] == "fact"sv);
        };
        // The relative clause may follow an apposition set off by commas.
        const bool relative_identity = [&] {
            if (between.size() < 3 || between[0] != ","sv) return false;
            for (std::size_t j = 0; j + 2 < between.size() && j <= 8; ++j)
                if (between[j] == ","sv && between[j + 1] == "who"sv && copula(between[j + 2])) return revealing(j + 3);
            return false;
        }();
        // "Rugen is the six-fingered man", "is really", "is secretly".
        const bool plain = (!between.empty() && between.size() <= 2 && copula(between[0]) && revealing(1)) || aged ||
                           past_relative || identity_phrase || relative_identity;
        const bool real_name = between.size() == 5 && between[0] == ","sv && between[1] == "whose"sv &&
                               (between[2] == "real"sv || between[2] == "true"sv) && between[3] == "name"sv &&
                               (copula(between[4]) || between[4] == "'s"sv);
        // "a hacker known by the alias Neo", "under the name Monsieur Madeleine", "known as the Artful
        // Dodger": the phrases of data/alias_phrases.txt, right before the name.
        const auto ends_with = [&](const std::vector<std::string>& words) {
            return between.size() >= words.size() &&
                   std::equal(words.begin(), words.end(), between.end() - static_cast<std::ptrdiff_t>(words.size()));
        };
        // Longer only as an aside about the one named first: "Thomas Anderson, who is also a hacker known...".
        // Or one word more for a long phrase set off after the name: ", known to his friends as".
        const bool alias =
            ((between.size() <= 5 || (between[0] == ","sv && between[1] == "who"sv)) &&
             std::any_of(rules_.alias_phrases.begin(), rules_.alias_phrases.end(), ends_with)) ||
            (between.size() == 6 && between[0] == ","sv &&
             std::any_of(rules_.alias_phrases.begin(), rules_.alias_phrases.end(),
                         [&](const std::vector<std::string>& words) { return words.size() + 1 == between.size() && ends_with(words); }));
        // "names him Tarzan", "calls the baby Boo": the object of a verb of naming, right before the name.
        const auto naming_verb = [&] {
            if (!between.empty() || said.form == MentionForm::name || said.first_token == 0) return false;
            return rules_.is_naming_verb(tokens[said.first_token - 1].key);
        };
        // Only a character known so far by descriptions takes the name: a pronoun misread as a
        // named character ("naming her Boo" read as Celia's) must not join two names.
        // But "Christine McPherson ... insists that everyone call her "Lady Bird"": a nickname in
        // quotes given to a pronoun for one named earlier in the same sentence is that one's.
        const auto nicknamed_in_quotes = [&] {
            if (said.form != MentionForm::pronoun || name.first_token == 0 || tokens[name.first_token - 1].norm != "\""sv)
                return false;
            for (std::size_t k = pairs[p].first; k-- > 0;) {
                const Mention& before = story.mentions[k];
                if (before.doc != said.doc || before.sentence != said.sentence) break;
                if (before.form == MentionForm::name && before.entity && group(*before.entity) == group(*said.entity))
                    return true;
            }
            return false;
        };
        const bool named = naming_verb() && (!has_name[group(*said.entity)] || nicknamed_in_quotes());
        // "Santa Claus, whom he calls "Sandy Claws"": the name someone gives the one before.
        // "a dying man, whom everyone calls "the English patient"": so may everyone.
        const auto callers = [&](std::string_view word) {
            return rules_.pronouns.count(std::string(word)) || word == "everyone"sv || word == "everybody"sv ||
                   word == "people"sv || word == "all"sv;
        };
        // "Joy Newsome, whom her five-year-old son Jack calls Ma": or anyone named, with no comma
        // between (not "whom they have named Quincey", a name that may be another's too).
        const auto caller_phrase = [&] {
            if (between.size() == 4) return callers(between[2]);
            // "Barbara Pegg, whom the class calls Babs": or a short phrase with an article or an owner.
            const bool described_caller =
                between.size() <= 7 && rules_.word_class(between[2]) == "determiner"sv &&
                std::none_of(between.begin() + 2, between.end() - 1, [](std::string_view word) { return word == ","sv; });
            if (described_caller) return true;
            bool named_caller = false;
            for (std::size_t t = said.last_token + 3; t + 1 < name.first_token; ++t)
                named_caller = named_caller || starts_upper(tokens[t].norm);
            return named_caller && between.size() <= 14 &&
                   std::none_of(between.begin() + 2, between.end() - 1, [](std::string_view word) { return word == ","sv; });
        };
        const bool called_so = between.size() >= 4 && between[0] == ","sv &&
                               (between[1] == "whom"sv || between[1] == "who"sv) &&
                               rules_.is_naming_verb(between.back()) && caller_phrase();
        // A description in quotes after such a verb is a name: "the English patient".
        const bool quoted_calling = called_so && name.first_token > 0 && tokens[name.first_token - 1].norm == "\""sv;
        // "Buddy, who now calls himself Syndrome", "Ursula disguises herself as a young woman
        // named Vanessa": a name or a guise taken is the one who takes it.
        const bool reflexive = said.form == MentionForm::pronoun && said.first_token > 0 &&
                               (fold_case(said.text) == "himself"sv || fold_case(said.text) == "herself"sv);
        const std::string_view verb = reflexive ? std::string_view(tokens[said.first_token - 1].key) : std::string_view();
        // A title in quotes may come first: 'calls himself "Professor" Harold Hill'.
        const bool quoted_title = between.size() == 1 && rules_.honorifics.count(between[0]) &&
                                  tokens[said.last_token + 1].norm == "\""sv;
        const bool self_named = reflexive && (between.empty() || quoted_title) && rules_.is_naming_verb(verb);
        const bool disguised = reflexive && between.size() == 1 && between[0] == "as"sv && rules_.is_disguise_verb(verb);
        if (past_pronoun ? !called_so
                         : (!plain && !real_name && !alias && !named && !self_named && !disguised && !opening_guise))
            continue;
        if (past_description && !alias) continue;
        // "The only person who resists Hill is Marian": the object of a verb or a preposition
        // is not what "is" is said of.
        if (plain && !relative_identity && said.first_token > document.sentences[said.sentence].first_token) {
            const std::string& before = tokens[said.first_token - 1].key;
            if (rules_.word_class(before) == "preposition"sv || rules_.is_finite_verb(before))
                continue;
        }
        // Only a guise may be a description: "disguises herself as a young woman named Vanessa",
        // "poses as a Scottish nanny named Euphegenia Doubtfire".
        const bool guise = disguised || opening_guise || (alias && between.back() == "as"sv);
        if (name.form != MentionForm::name && !guise && !quoted_calling) continue;
        // The name ends its phrase: not "is Shekhar's wife", not "is Anna's uncle".
        const std::size_t after = name.last_token + 1;
        const Sentence& sentence = document.sentences[name.sentence];
        // But "an elderly man who calls himself Duke reads to her": the main verb may follow a name taken.
        const bool verb_after = self_named && !name.possessive && after < sentence.first_token + sentence.token_count &&
                                rules_.is_finite_verb(tokens[after].key);
        // "naming her Eppie after his mother": a name given may have a phrase after it.
        const bool named_for = named && !name.possessive && after < sentence.first_token + sentence.token_count &&
                               (rules_.word_class(tokens[after].key) == "preposition"sv ||
                                rules_.word_class(tokens[after].key) == "after"sv);
        if (!guise && !verb_after && !named_for && after < sentence.first_token + sentence.token_count &&
            tokens[after].is_word && tokens[after].key != "and"sv && tokens[after].key != "who"sv)
            continue;
        // What someone only thinks: "thinking Nikolai is Kirill", "believes that he is Westley".
        bool believed = false;
        for (std::size_t t = said.first_token, looked = 0; t > sentence.first_token && looked < 3 && !believed; ++looked) {
            const auto readings = rules_.verbs.find(tokens[--t].key);
            if (readings == rules_.verbs.end()) continue;
            for (const VerbForm& form : readings->second) believed = believed || rules_.belief_verbs.count(form.lemma);
        }
        if (believed) continue;
        // A quoted calling is no name: the one called keeps its own description ("a dying man").
        const std::size_t from = group(*(quoted_calling && name.form != MentionForm::name ? name : said).entity);
        const std::size_t into = group(*(quoted_calling && name.form != MentionForm::name ? said : name).entity);
        // Two characters named together in another sentence are two: "The man in black then
        // chokes Fezzik" keeps Fezzik apart, whatever a misread "he is Westley" says. Only a
        // pronoun may be misread so; a name or a description says who it is.
        // A name given to a character known only by descriptions is no misreading to guard against.
        if (said.form == MentionForm::pronoun && !named && !opening_guise) {
            const auto& fewer = sentences_of[from].size() <= sentences_of[into].size() ? sentences_of[from] : sentences_of[into];
            const auto& more = &fewer == &sentences_of[from] ? sentences_of[into] : sentences_of[from];
            const Place here{said.doc, said.sentence};
            const bool seen_together = std::any_of(fewer.begin(), fewer.end(), [&](const Place& place) {
                return place != here && more.count(place);
            });
            if (seen_together) continue;
        }
        Entity& kept = story.entities[into];
        Entity& gone = story.entities[from];
        // Genders that disagree keep a pronoun or a description apart. Two names the text
        // itself says are one ("James P. Sullivan, known as Sulley") are one all the same: the
        // gender a pronoun lent the later one ("naming her Boo" read as Sulley's) is what is
        // wrong, and the one named first keeps its own.
        const bool genders_disagree =
            gone.gender != Gender::unknown && kept.gender != Gender::unknown && gone.gender != kept.gender;
        // A guise may be of the other sex: "posing as a Scottish nanny", he is still he.
        if (genders_disagree && said.form != MentionForm::name && !guise) continue;
        // A name taken ("Syndrome", "Euphegenia Doubtfire", "Randall Stephens") is an alias,
        // not the name the character goes by: the naming of entities passes over it.
        std::set<std::string> taken_names;
        if (guise || self_named)
            for (const Mention& taken : story.mentions)
                if (taken.entity && taken.form == MentionForm::name && group(*taken.entity) == into)
                    taken_names.insert(taken.text);
        merged_into[from] = into;
        has_name[into] = has_name[into] || has_name[from];
        sentences_of[into].insert(sentences_of[from].begin(), sentences_of[from].end());
        sentences_of[from].clear();
        if (kept.gender == Gender::unknown || genders_disagree) kept.gender = gone.gender;
        for (const std::string& role : gone.roles) add_role(kept, role);
        kept.merges.insert(kept.merges.end(), gone.merges.begin(), gone.merges.end());
        kept.merges.push_back({"identity", said.text, "the text says " + said.text + " is " + name.text});
        for (const std::string& taken : taken_names)
            kept.merges.push_back({"assumed-name", taken, "a name " + said.text + " takes"});
    }
    for (Mention& mention : story.mentions)
        if (mention.entity) mention.entity = group(*mention.entity);
    for (Entity& entity : story.entities)
        if (entity.owner) entity.owner = group(*entity.owner);
}

void DiscourseResolver::resolve(const std::vector<Document>& documents,
                                const StoryFacts& facts, std::vector<Mention>& mentions,
                                std::vector<Entity>& entities) const {

    // Appositions first, story-wide: "Boris, the stern apparatchik" makes
    // Boris the apparatchik wherever "the apparatchik" appears.
    std::map<std::string, std::set<std::size_t>> role_holders;
    // (role, owner) -> the character: "Ivanov's friend, Anatoly" makes
    // Anatoly whoever "his friend" is when "his" is Ivanov.
    std::map<std::pair<std::string, std::optional<std::size_t>>, std::size_t> described;
    // The first qualifier said of each character known only by descriptions
    // with no owner ("homeless" of the homeless man). A name tells a character
    // apart better, and an owner mostly does ("his crazy grandfather", "his
    // beloved grandfather"), so only these are told apart by qualifiers.
    std::map<std::size_t, std::string> qualifiers;
    // Characters brought in by a plural description: "the bandits" is not "a bandit".
    std::set<std::size_t> groups;
    const auto qualifier_fits = [&](std::size_t entity, const Mention& mention) {
        if (groups.count(entity) != static_cast<std::size_t>(mention.plural)) return false;
        const auto known = qualifiers.find(entity);
        return known == qualifiers.end() || qualifiers_agree(known->second, mention.qualifier);
    };
    const auto note_qualifier = [&](std::size_t entity, const Mention& mention) {
        if (!mention.qualifier.empty()) qualifiers.try_emplace(entity, mention.qualifier);
    };
    // Every character a (role, owner) description made, newest last: "the
    // homeless man" again after "the ice-cream man" goes back to the first.
    std::map<std::pair<std::string, std::optional<std::size_t>>, std::vector<std::size_t>> told_apart;
    const auto fitting_described = [&](const auto& key, const Mention& mention) -> std::optional<std::size_t> {
        auto known = described.find(key);
        // "his great-uncles ... Walter stays with his uncles": a kin term goes on for its "great-"
        // kin of the same owner when no plain one was said.
        if (known == described.end() && !key.first.starts_with("great-")) {
            auto great = key;
            great.first.insert(0, "great-");
            known = described.find(great);
        }
        if (known == described.end()) return std::nullopt;
        if (qualifier_fits(known->second, mention)) return known->second;
        const auto others = told_apart.find(key);
        if (others == told_apart.end()) return std::nullopt;
        for (auto it = others->second.rbegin(); it != others->second.rend(); ++it)
            if (qualifier_fits(*it, mention)) return *it;
        return std::nullopt;
    };
    // "Joe's parents" when the story names "the Carracloughs" and Joe is Joe Carraclough: the
    // family called by the child's surname. Only a parent term (its inverse is "son").
    const auto family_of_parents = [&](const Mention& mention, std::size_t owner) -> std::optional<std::size_t> {
        const auto inverse = rules_.kin_inverses.find(mention.subtype);
        if (inverse == rules_.kin_inverses.end() || inverse->second.first != "son"sv) return std::nullopt;
        // The owner's surname (names are read, entities not yet named).
        const auto surname = family_name_of(mentions, owner);
        if (!surname) return std::nullopt;
        for (const Mention& named : mentions) {
            if (named.form != MentionForm::name || !named.entity || !named.plural) continue;
            const std::string folded = fold_case(named.text);
            if (folded == "the " + *surname + "s" || folded == "the " + *surname + "es") return named.entity;
        }
        return std::nullopt;
    };
    // "his father" when "his" is Tom, whose sister has a father: data/kin_compositions.tsv.
    const auto composed_kin = [&](const Mention& mention, std::size_t owner) -> std::optional<std::size_t> {
        const std::size_t space = mention.subtype.rfind(' ');
        const auto ways = rules_.kin_compositions.find(space == std::string::npos ? mention.subtype
                                                                                  : mention.subtype.substr(space + 1));
        if (ways == rules_.kin_compositions.end()) return std::nullopt;
        for (const auto& [through, then] : ways->second) {
            const auto middle = described.find({through, owner});
            if (middle == described.end()) continue;
            const auto found = described.find({then, middle->second});
            if (found == described.end() || found->second == owner || found->second == middle->second) continue;
            const Entity& kin = entities[found->second];
            if (kin.kind != EntityKind::character) continue;
            if (mention.gender != Gender::unknown && kin.gender != Gender::unknown && kin.gender != mention.gender) continue;
            return found->second;
        }
        return std::nullopt;
    };
    for (Mention& mention : mentions) {
        if (mention.form != MentionForm::description || !mention.appositive_to) continue;
        const auto named = mentions[*mention.appositive_to].entity;
        if (!named || entities[*named].kind != EntityKind::character) continue;
        mention.entity = named;
        add_role(entities[*named], mention.subtype);
        // "a woman named Salena": the role noun tells an unknown name's gender.
        if (entities[*named].gender == Gender::unknown && !mention.plural) entities[*named].gender = mention.gender;
        role_holders[mention.subtype].insert(*named);
        if (mention.owner_mention && mentions[*mention.owner_mention].form == MentionForm::name) {
            if (const auto owner = mentions[*mention.owner_mention].entity)
                described.try_emplace({mention.subtype, owner}, *named);
        }
    }
    // The document each description-only character was brought in by: "a
    // man" is someone new in the summary that says it, but another summary of
    // the story may bring in the same man.
    std::map<std::size_t, std::size_t> introduced_in;
    const auto new_in_document = [&](std::size_t known, const Mention& mention) {
        const auto introduced = introduced_in.find(known);
        return mention.indefinite && introduced != introduced_in.end() && introduced->second == mention.doc;
    };
    // "the princess" is Princess Leia, "the Lion" the Cowardly Lion, when no other name holds the noun.
    const NameHolders& holders = facts.holders;
    const auto name_holder = [&](const Mention& mention, const Document& document) -> std::optional<std::size_t> {
        if (mention.indefinite || mention.owner_mention) return std::nullopt;
        // "the Lost Boys ... the boys": the one group named with that noun.
        if (mention.plural) {
            const auto named = holders.by_plural_head.find(mention.subtype);
            if (named == holders.by_plural_head.end() || named->second.size() != 1) return std::nullopt;
            return *named->second.begin();
        }
        const std::set<std::size_t>* found = nullptr;
        if (const auto titled = holders.by_title.find(mention.subtype); titled != holders.by_title.end())
            found = &titled->second;
        // A head noun only when capitalized as a name is: "the Lion", not "the man" for the Tin Man.
        else if (const auto headed = holders.by_head.find(mention.subtype);
                 headed != holders.by_head.end() && starts_upper(document.tokens[mention.last_token].norm))
            found = &headed->second;
        if (!found || found->size() != 1) return std::nullopt;
        const std::size_t holder = *found->begin();
        const Gender gender = entities[holder].gender;
        if (gender != Gender::unknown && mention.gender != Gender::unknown && gender != mention.gender) return std::nullopt;
        return holder;
    };
    std::vector<Salient> recent;
    std::optional<std::size_t> current_doc;
    // "Shan Yu and his warriors ... She rides there": a character of unknown
    // gender that "he" or "his" has stood for is not "she" (nor the reverse).
    std::map<std::size_t, std::set<Gender>> pronoun_genders;
    // Per character (by entity index), in the current document; a vector, as it is read
    // for every pronoun's every candidate. Entities are added as the reading goes on.
    std::vector<std::size_t> mentioned_so_far;
    std::vector<bool> named_so_far;  // by entity: called by a name in this document already
    // Folds a description-only character into another, for every mention before `upto`.
    const auto absorb = [&](std::size_t from, std::size_t into, std::size_t upto) {
        for (std::size_t i = 0; i < upto; ++i)
            if (mentions[i].entity == from) mentions[i].entity = into;
        for (Salient& salient : recent)
            if (salient.entity == from) salient.entity = into;
        for (auto& [described_key, entity] : described)
            if (entity == from) entity = into;
        for (auto& [told_key, list] : told_apart)
            std::replace(list.begin(), list.end(), from, into);
        for (auto& [role, holders] : role_holders)
            if (holders.erase(from)) holders.insert(into);
        for (Entity& entity : entities)
            if (entity.owner == from) entity.owner = into;
        groups.erase(from);
        qualifiers.erase(from);
    };

    std::vector<bool> owns_description(mentions.size(), false);
    for (const Mention& mention : mentions)
        if (mention.owner_mention && *mention.owner_mention < mentions.size()) owns_description[*mention.owner_mention] = true;
    // "Hogarth finds a robot. The boy hides it": a definite noun of data/referring_nouns.txt,
    // owned by no one, is the nearest character of its gender said in its sentence or the two
    // before, when that one is named.
    const auto referred_back = [&](const Mention& mention) -> std::optional<std::size_t> {
        if (mention.indefinite || mention.plural || mention.owner_mention || mention.gender == Gender::unknown ||
            !rules_.referring_nouns.count(mention.subtype) || mention.first_token == 0 ||
            documents[mention.doc].tokens[mention.first_token].key != "the"sv ||
            fold_case(mention.text) != "the " + mention.subtype)
            return std::nullopt;
        // Not "the man in black", "the man who killed his father": a phrase after it tells one man apart.
        const auto& tokens = documents[mention.doc].tokens;
        if (mention.last_token + 1 < tokens.size()) {
            const std::string& after = tokens[mention.last_token + 1].key;
            // "cares for the girl in her own way": a phrase about what is done, not the girl.
            const bool owned_after = (after == "in"sv || after == "with"sv) && mention.last_token + 2 < tokens.size() &&
                                     (tokens[mention.last_token + 2].key == "her"sv ||
                                      tokens[mention.last_token + 2].key == "his"sv);
            // "saves the boy from injury": what one is saved from, not which boy.
            const bool saved_from =
                after == "from"sv && mention.first_token > 0 &&
                rules_.any_verb_reading(tokens[mention.first_token - 1].key, [&](const VerbForm& form) {
                    const auto implied = rules_.event_relations.find(form.lemma);
                    return implied != rules_.event_relations.end() &&
                           std::any_of(implied->second.begin(), implied->second.end(),
                                       [](const EventRelation& relation) { return relation.type == "helped"sv; });
                });
            if ((after == "in"sv || after == "with"sv || after == "who"sv || after == "whom"sv || after == "whose"sv ||
                 after == "from"sv || after == "of"sv || after == "that"sv) && !owned_after && !saved_from)
                return std::nullopt;
        }
        // "Rosa cares for the girl": not the subject of the girl's own clause, wherever else it is named.
        std::set<std::size_t> own_subjects;
        for (auto it = recent.rbegin(); it != recent.rend() && it->sentence == mention.sentence; ++it)
            if ((it->subject || it->subordinate_subject) &&
                !facts.clauses[mention.doc].between(mentions[it->mention].last_token, mention.first_token))
                own_subjects.insert(it->entity);
        for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
            if (it->sentence > mention.sentence || mention.sentence - it->sentence > 2) break;
            const Entity& candidate = entities[it->entity];
            if (candidate.kind != EntityKind::character || mentions[it->mention].plural) continue;
            if (candidate.gender != Gender::unknown && candidate.gender != mention.gender) continue;
            if (own_subjects.count(it->entity)) continue;
            const bool named = std::any_of(recent.begin(), recent.end(),
                                           [&](const Salient& other) { return other.entity == it->entity && other.named; });
            return named ? std::optional<std::size_t>(it->entity) : std::nullopt;
        }
        return std::nullopt;
    };
    for (std::size_t index = 0; index < mentions.size(); ++index) {
        Mention& mention = mentions[index];
        if (mention.kind != EntityKind::character) continue;
        if (mention.doc != current_doc) {
            recent.clear();
            mentioned_so_far.clear();
            named_so_far.clear();
            current_doc = mention.doc;
        }
        const Document& document = documents[mention.doc];
        const ClauseBoundaries& clauses = facts.clauses[mention.doc];

        // "his daughter, Quincey": by now "his" is known, so "his daughter" is
        // Quincey, and "her father" (of Quincey) is he.
        if (mention.form == MentionForm::description && mention.entity && mention.appositive_to &&
            mention.owner_mention) {
            if (const auto owner = mentions[*mention.owner_mention].entity; owner && *owner != *mention.entity) {
                // "her younger sister Anna" is "her sister" too, and Anna's sister is she.
                std::vector<std::string> kin{mention.subtype};
                if (const std::size_t space = mention.subtype.rfind(' '); space != std::string::npos &&
                                                                          rules_.kin_inverses.count(mention.subtype.substr(space + 1)))
                    kin.push_back(mention.subtype.substr(space + 1));
                for (const std::string& noun : kin) {
                    described.try_emplace({noun, owner}, *mention.entity);
                    // "her father, King Fergus ... her mother, Queen Elinor": the two parents of one
                    // child are each other's spouse, so Fergus's "his wife" is Elinor.
                    if (const auto spouse = rules_.co_parents.find(noun); spouse != rules_.co_parents.end()) {
                        const auto other = described.find({spouse->second.other_parent, owner});
                        if (other != described.end() && other->second != *mention.entity) {
                            described.try_emplace({spouse->second.spouse_of_this, *mention.entity}, other->second);
                            described.try_emplace({spouse->second.spouse_of_other, other->second}, *mention.entity);
                        }
                    }
                    if (const auto inverse = rules_.kin_inverses.find(noun); inverse != rules_.kin_inverses.end()) {
                        const Gender gender = entities[*owner].gender;
                        if (gender != Gender::female) described.try_emplace({inverse->second.first, *mention.entity}, *owner);
                        if (gender != Gender::male) described.try_emplace({inverse->second.second, *mention.entity}, *owner);
                    }
                }
            }
        }

        // "her father, the local preacher, sings": a description set off after an owned one, and
        // closed by a comma before no other noun phrase, is the same one.
        if (mention.form == MentionForm::description && !mention.entity && !mention.plural && !mention.indefinite &&
            index > 0 && options_.link_descriptions) {
            const Mention& before = mentions[index - 1];
            const auto& tokens = document.tokens;
            const std::size_t after = mention.last_token + 1;
            const bool closed = after + 1 < tokens.size() && tokens[after].norm == ","sv && tokens[after + 1].is_word &&
                                tokens[after + 1].key != "and"sv && tokens[after + 1].key != "or"sv &&
                                !rules_.pronouns.count(tokens[after + 1].key) &&
                                rules_.word_class(tokens[after + 1].key) != "determiner"sv;
            if (before.doc == mention.doc && before.form == MentionForm::description && before.entity &&
                before.owner_mention && !before.plural && !before.possessive &&
                before.last_token + 2 == mention.first_token && tokens[before.last_token + 1].norm == ","sv && closed &&
                entities[*before.entity].kind == EntityKind::character)
                mention.entity = before.entity;
        }
        if (mention.form == MentionForm::description && !mention.entity && options_.link_descriptions) {
            std::optional<std::size_t> owner;
            if (mention.owner_mention) owner = mentions[*mention.owner_mention].entity;
            const auto key = std::make_pair(mention.subtype, owner);
            // "Lionel resumes his role as Vladimir's boss", "Boris was the
            // apparatchik": a description after "as" or a copula is said of the subject.
            std::optional<std::size_t> predicated;
            std::size_t phrase_length = 0;  // of a phrase of identity right before: "turns out to be"
            if (mention.first_token > document.sentences[mention.sentence].first_token) {
                // "Wade, who is also Jerry's boss": adverbs may stand between the copula and the description.
                std::size_t described_from = mention.first_token;
                while (described_from > document.sentences[mention.sentence].first_token + 1 &&
                       rules_.word_class(document.tokens[described_from - 1].key) == "adverb"sv &&
                       rules_.predicative_words.count(document.tokens[described_from - 2].key))
                    --described_from;
                const std::string& before = document.tokens[described_from - 1].key;
                // "as the shark drags the plane": a description followed by a verb is its clause's subject.
                const auto verb_follows = [&] {
                    const std::size_t after = mention.last_token + 1;
                    const Sentence& sentence = document.sentences[mention.sentence];
                    if (after >= sentence.first_token + sentence.token_count || starts_upper(document.tokens[after].norm))
                        return false;
                    using Shape = VerbForm::Shape;
                    // "watches as the elephants mock him": a plural's verb is in the base form.
                    const std::string& word = document.tokens[after].key;
                    return mention.plural ? rules_.has_verb_shape(word, {Shape::third_person, Shape::past, Shape::base})
                                          : rules_.is_finite_verb(word);
                };
                // "Howl turns out to be the wizard who rescued her": a phrase of identity (data/predicative_words.tsv).
                const std::size_t sentence_first = document.sentences[mention.sentence].first_token;
                for (const std::vector<std::string>& words : rules_.identity_phrases)
                    if (words_end_at(document, sentence_first, described_from, words)) phrase_length = words.size();
                const bool identity_phrase = phrase_length > 0;
                // "as the Beast's prisoner": the owner is not what is said of the subject.
                if (const auto word = rules_.predicative_words.find(before);
                    ((word != rules_.predicative_words.end() && word->second) || identity_phrase) && !mention.possessive &&
                    !verb_follows()) {
                    // "takes a young prisoner, Helen Hirsch, as his housemaid": after the object
                    // of a verb, "as" says what that object is to be.
                    const std::size_t as_token = described_from - 1;
                    auto object = recent.rbegin();  // the one before "as", past the description's own "his"
                    if (object != recent.rend() && mention.owner_mention && object->mention == *mention.owner_mention) ++object;
                    if (before == "as"sv && object != recent.rend() && object->sentence == mention.sentence &&
                        !object->subject && as_token > 0) {
                        const Mention& said = mentions[object->mention];
                        const bool right_before = said.last_token + 1 == as_token ||
                                                  (said.last_token + 2 == as_token && document.tokens[as_token - 1].norm == ","sv);
                        // "views him as his boyfriend": a pronoun object too, resolved by now.
                        if (right_before && !said.possessive && object->entity != owner) predicated = object->entity;
                    }
                    // "Aaron Samuels, who turns out to be Regina's former boyfriend": the one "who" is after.
                    // "Memo Paris, who had been Bump's girlfriend": past "had" and an adverb.
                    std::size_t said_first = described_from - std::max<std::size_t>(phrase_length, 1);
                    while (said_first > sentence_first + 2 &&
                           (rules_.word_class(document.tokens[said_first - 1].key) == "have"sv ||
                            rules_.word_class(document.tokens[said_first - 1].key) == "adverb"sv))
                        --said_first;
                    if (!predicated && said_first >= sentence_first + 2 && document.tokens[said_first - 1].key == "who"sv &&
                        document.tokens[said_first - 2].norm == ","sv)
                        for (auto it = recent.rbegin(); it != recent.rend() && it->sentence == mention.sentence; ++it)
                            if (mentions[it->mention].last_token + 2 == said_first - 1) {
                                if (!mentions[it->mention].possessive && it->entity != owner) predicated = it->entity;
                                break;
                            }
                    // The nearest subject: "Fezzik tells him that Rugen is the six-fingered man" is Rugen.
                    for (auto it = recent.rbegin(); !predicated && it != recent.rend() && it->sentence == mention.sentence; ++it) {
                        if (it->subject && it->entity != owner) {
                            predicated = it->entity;
                            break;
                        }
                    }
                }
            }
            if (predicated) {
                mention.entity = predicated;
                Entity& entity = entities[*predicated];
                add_role(entity, mention.subtype);
                entity.merges.push_back({"predicate", mention.text, std::string("said of the subject after '")
                                                                        .append(document.tokens[mention.first_token - 1].key)
                                                                        .append("'")});
                // "Rugen is the six-fingered man": a definite description is that
                // character wherever it was said, before and after.
                if (!mention.indefinite && !mention.plural && !owner &&
                    (phrase_length > 0 || rules_.identity_words.count(document.tokens[mention.first_token - 1].key))) {
                    const auto earlier = fitting_described(key, mention);
                    if (earlier && *earlier != *predicated && introduced_in.count(*earlier)) {
                        absorb(*earlier, *predicated, index);
                        entities[*predicated].merges.push_back(
                            {"identity", mention.text, "the " + mention.subtype + " is said to be this character"});
                    }
                    described[key] = *predicated;
                }
            } else if (const auto known = fitting_described(key, mention); known && !new_in_document(*known, mention)) {
                mention.entity = known;
                described[key] = *known;
            } else if (const auto kin = owner && !mention.plural ? composed_kin(mention, *owner) : std::nullopt) {
                mention.entity = kin;
                entities[*kin].merges.push_back(
                    {"kin", mention.text, "the " + mention.subtype + " through another kin the text names"});
                described[key] = *kin;
            } else if (!owner && role_holders[mention.subtype].size() == 1 && !mention.indefinite && !mention.plural) {
                const std::size_t holder = *role_holders[mention.subtype].begin();
                mention.entity = holder;
                entities[holder].merges.push_back(
                    {"role", mention.text, "the " + mention.subtype + " is named in apposition elsewhere"});
                described[key] = holder;
            } else if (const auto holder = name_holder(mention, document)) {
                mention.entity = holder;
                entities[*holder].merges.push_back(
                    {"name-noun", mention.text, "the " + mention.subtype + " is in this character's name"});
                described[key] = *holder;
            } else if (const auto family = owner && mention.plural ? family_of_parents(mention, *owner) : std::nullopt) {
                mention.entity = family;
                entities[*family].merges.push_back(
                    {"family", mention.text, "the parents are the family named after their child's surname"});
                described[key] = *family;
            } else if (const auto named = referred_back(mention)) {
                mention.entity = named;
                entities[*named].merges.push_back(
                    {"referred-back", mention.text, "the nearest " + mention.subtype + " said, by name"});
                described[key] = *named;
            } else {
                Entity entity;
                entity.kind = EntityKind::character;
                entity.subtype = mention.subtype;
                entity.gender = mention.gender;
                entity.owner = owner;
                entity.roles.push_back(mention.subtype);
                entities.push_back(entity);
                mention.entity = entities.size() - 1;
                introduced_in[*mention.entity] = mention.doc;
                if (mention.plural) groups.insert(*mention.entity);
                described[key] = *mention.entity;
                told_apart[key].push_back(*mention.entity);
            }
            if (!owner && !predicated) note_qualifier(*mention.entity, mention);
        }

        const auto info = rules_.pronouns.find(fold_case(mention.text));
        const bool plural_pronoun = info != rules_.pronouns.end() && info->second.plural;
        // He and she need a known gender to choose by; "they" only ever joins a group.
        if (mention.form == MentionForm::pronoun && !mention.entity && options_.resolve_pronouns &&
            (mention.gender != Gender::unknown || plural_pronoun)) {
            const bool reflexive = info != rules_.pronouns.end() && info->second.grammatical_case == "reflexive"sv;
            // "her mother": "her" owning a description is a possessive, which may be its clause's subject.
            const bool possessive_her_read = !owns_description[index] && possessive_her(document, mention, rules_);
            const bool owns = owns_description[index] || possessive_her_read;
            const bool possessive_pronoun =
                info != rules_.pronouns.end() && (info->second.grammatical_case == "possessive"sv || owns);
            // "Heller pulls him out of the line, saving his life": the life one saves or spares is
            // someone else's, as the object would be.
            const bool saved_life = possessive_pronoun &&
                                    mention.last_token + 1 < document.tokens.size() &&
                                    (document.tokens[mention.last_token + 1].key == "life"sv ||
                                     document.tokens[mention.last_token + 1].key == "lives"sv) &&
                                    object_of_verb_with(document, mention.first_token, "helped", rules_, true);
            // "Farah becomes her loyal adviser", "Tom is his father": the owner of what the subject is
            // said to be is someone else. After a copula only (data/predicative_words.tsv): not "more
            // than her daughter", "not unlike his companion".
            const bool predicate_owner = owns_description[index] && mention.first_token > 0 && [&] {
                const auto word = rules_.predicative_words.find(document.tokens[mention.first_token - 1].key);
                return word != rules_.predicative_words.end() && word->second;
            }();
            const bool object =
                (info != rules_.pronouns.end() && info->second.grammatical_case == "object"sv && !owns) || saved_life ||
                predicate_owner;
            // Right after a finite verb ("rescues his son"), not an infinitive ("urges him to tell his
            // father"), whose doer is someone else.
            const bool owner_in_object =
                possessive_pronoun && !saved_life && !predicate_owner && mention.first_token >= 2 &&
                document.tokens[mention.first_token - 2].key != "to"sv &&
                rules_.is_finite_verb(document.tokens[mention.first_token - 1].key);
            const bool subject_pronoun = info != rules_.pronouns.end() && info->second.grammatical_case == "subject"sv;
            const bool rescue_object = object && object_of_verb_with(document, mention.first_token, "helped", rules_, true);
            const bool attack_object = object && object_of_verb_with(document, mention.first_token, "opposes", rules_);
            // "names him Heathcliff": the object of a verb of naming, a name right after it.
            const bool named_here = object && mention.first_token > 0 &&
                                    mention.last_token + 1 < document.tokens.size() &&
                                    starts_upper(document.tokens[mention.last_token + 1].norm) &&
                                    rules_.is_naming_verb(document.tokens[mention.first_token - 1].key);
            double best_score = -1e9;
            std::optional<std::size_t> best;
            // The nearest character before an object pronoun in its own
            // clause is its subject, and "Boris reprimands him" is not Boris.
            // "Nikolai and Anna find him and persuade him": the second "him" is
            // not the subject either, though the first "him" came between.
            // "Stitch persuades them to help him": "them" does it, whoever they are, and "him" is
            // the one who persuades.
            const std::size_t first = mention.first_token;
            const auto key_at = [&](std::size_t k) -> const std::string& { return document.tokens[k].key; };
            // "Rebecca provoked him into killing her": the pronoun is a gerund's object after "into".
            const bool after_into_gerund = first >= 2 && key_at(first - 2) == "into"sv && key_at(first - 1).ends_with("ing");
            const bool them_do_infinitive = first >= 4 && key_at(first - 2) == "to"sv &&
                                            (key_at(first - 3) == "them"sv || key_at(first - 3) == "us"sv) &&
                                            rules_.is_object_control_verb(key_at(first - 4));
            std::optional<std::size_t> excluded;
            auto subject_here = recent.rbegin();  // the excluded subject's place in `recent`
            // "Her loving parents, Jenny and Charlie, teach her": names listed right after the
            // subject, only commas and "and" between, are the subject too.
            std::vector<std::size_t> listed_with_subject;
            const auto listed_after_older = [&](std::vector<Salient>::reverse_iterator at) {
                const auto older = std::next(at);
                return older != recent.rend() && older->sentence == at->sentence &&
                       only_list_marks_between(document, mentions[older->mention].last_token,
                                               mentions[at->mention].first_token);
            };
            if (object && !them_do_infinitive) {
                bool in_list = false;  // reached through a list: its "and" ends no clause
                for (; subject_here != recent.rend() && subject_here->sentence == mention.sentence; ++subject_here) {
                    const bool pronoun_here = mentions[subject_here->mention].form == MentionForm::pronoun;
                    const bool listed = !pronoun_here && listed_after_older(subject_here);
                    if (!in_list && !listed &&
                        (clauses.between(mentions[subject_here->mention].last_token, mention.first_token) ||
                         closed_embedded_subject(document, mentions[subject_here->mention], mention.first_token)))
                        break;
                    if (subject_here->subject || subject_here->subordinate_subject) {
                        excluded = subject_here->entity;
                        break;
                    }
                    in_list = listed;
                    if (in_list) {
                        listed_with_subject.push_back(subject_here->entity);
                        continue;
                    }
                    // Only pronouns between: "persuades Madhu to help him" may be Govinda. But not
                    // the doer of a gerund after "into": "Rebecca provoked him into killing her".
                    if (!pronoun_here) break;
                    const std::size_t doer_end = mentions[subject_here->mention].last_token;
                    if (after_into_gerund && doer_end + 3 == first) break;
                }
                if (!excluded) listed_with_subject.clear();
            }
            // The excluded subject's partners: "Holden and Kendall are able to save her" is neither.
            std::set<std::size_t> excluded_group;
            // Adds those listed before the subject at `subject` (in `recent`). With `comma_and_ends`,
            // ", and" joins clauses, unless a list goes on before it ("Tom, Dick, and Harry"): "gives
            // her the piglet, and she names him Wilbur". Without it the object of the clause before
            // stays out: "Marvel spears Rue, and Katniss shoots him" is not Rue.
            const auto exclude_joined_with = [&](std::vector<Salient>::reverse_iterator subject, bool comma_and_ends) {
                std::size_t first_token = mentions[subject->mention].first_token;
                const auto subject_owner_mention = mentions[subject->mention].owner_mention;
                for (auto it = subject + 1; it != recent.rend() && it->sentence == mention.sentence; ++it) {
                    const Mention& partner = mentions[it->mention];
                    // "Lana and her friends": the subject's own "her" is passed over, to the one before.
                    if (subject_owner_mention == it->mention) {
                        first_token = std::min(first_token, partner.first_token);
                        continue;
                    }
                    if (partner.last_token >= first_token || !coordinated(document, partner.last_token, first_token)) break;
                    // "When he is drawn against Vincent, he beats him": a list ends in "and"; a lone comma
                    // right before the subject closes the subordinate clause the sentence opens with.
                    // So does one a participle opens: "Seeing how she has hurt her son, Mama gives him".
                    if (first_token == mentions[subject->mention].first_token && partner.last_token + 2 == first_token &&
                        document.tokens[partner.last_token + 1].norm == ","sv &&
                        (is_subordinator(document.tokens[document.sentences[mention.sentence].first_token].key, rules_) ||
                         opening_participle_clause(document, document.sentences[mention.sentence], rules_)))
                        break;
                    // "to look for him, Ginger hides him": an object pronoun ends a clause; it lists no subject.
                    if (partner.form == MentionForm::pronoun) {
                        const auto partner_info = rules_.pronouns.find(fold_case(partner.text));
                        if (partner_info != rules_.pronouns.end() && partner_info->second.grammatical_case == "object"sv) break;
                    }
                    const bool comma_and = comma_and_ends && partner.last_token + 3 == first_token &&
                                           document.tokens[partner.last_token + 1].norm == ","sv &&
                                           document.tokens[partner.last_token + 2].key == "and"sv;
                    if (comma_and && (partner.first_token == 0 || document.tokens[partner.first_token - 1].norm != ","sv)) break;
                    // "When a wolf attacks Wart, the squirrel saves him": the one attacked is no
                    // partner of the rescuer but the one rescued.
                    if (rescue_object && object_of_verb_with(document, partner.first_token, "opposes", rules_)) break;
                    excluded_group.insert(it->entity);
                    first_token = partner.first_token;
                }
            };
            if (excluded) exclude_joined_with(subject_here, named_here);
            // "He and Stands With A Fist fall in love", "Telemachus and he": a pronoun joined to a name is not that name.
            // `left` "and" `right`, one of them this pronoun, the other `name`.
            const auto exclude_if_joined = [&](const Mention& left, const Mention& right, const Mention& name) {
                if (name.doc == mention.doc && name.form != MentionForm::pronoun && name.entity &&
                    left.last_token + 2 == right.first_token && document.tokens[left.last_token + 1].key == "and"sv)
                    excluded_group.insert(*name.entity);
            };
            if (!possessive_pronoun && index + 1 < mentions.size())
                exclude_if_joined(mention, mentions[index + 1], mentions[index + 1]);
            if (!possessive_pronoun && index > 0) exclude_if_joined(mentions[index - 1], mention, mentions[index - 1]);
            excluded_group.insert(listed_with_subject.begin(), listed_with_subject.end());
            // "Jess's father comforts him", "his mother scolds him": the one whose kin or
            // companion does it to "him" is, more often than not, that owner.
            std::optional<std::size_t> subject_owner;
            if (excluded && mentions[subject_here->mention].form == MentionForm::description)
                if (const auto owner = mentions[subject_here->mention].owner_mention; owner && mentions[*owner].entity)
                    subject_owner = mentions[*owner].entity;
            // "a meerkat, Timon, and a warthog, Pumbaa, who take him in": not
            // the one a relative clause is about, nor those listed with it.
            std::set<std::size_t> relative_heads;
            if (object && !recent.empty() && recent.back().sentence == mention.sentence &&
                relative_clause_between(document, mentions[recent.back().mention].last_token, mention.first_token)) {
                relative_heads.insert(recent.back().entity);
                for (auto later = recent.rbegin(), earlier = later + 1;
                     earlier != recent.rend() && earlier->sentence == mention.sentence; ++later, ++earlier) {
                    if (!only_list_marks_between(document, mentions[earlier->mention].last_token,
                                                 mentions[later->mention].first_token))
                        break;
                    relative_heads.insert(earlier->entity);
                }
            }
            // Names joined by "and" in one sentence: "Katniss and Peeta".
            const auto names_joined_in = [&](std::size_t sentence) {
                std::set<std::size_t> joined;
                for (std::size_t k = recent.size(); k >= 2 && recent[k - 2].sentence >= sentence; --k) {
                    const Salient& earlier = recent[k - 2];
                    const Salient& later = recent[k - 1];
                    if (later.sentence != sentence || earlier.sentence != sentence) continue;
                    const Mention& first = mentions[earlier.mention];
                    const Mention& second = mentions[later.mention];
                    if (earlier.named && later.named && earlier.entity != later.entity &&
                        first.last_token < second.first_token && coordinated(document, first.last_token, second.first_token))
                        joined.insert({earlier.entity, later.entity});
                    // "Tevye lives with his wife, Golde, and their daughters": a kin noun's owner and the
                    // name set off after it, or right after it ("his wife Rebecca"), are a pair.
                    if (later.named && earlier.entity == later.entity && first.form == MentionForm::description &&
                        first.owner_mention &&
                        (first.last_token + 1 == second.first_token ||
                         (first.last_token + 2 == second.first_token && document.tokens[first.last_token + 1].norm == ","sv))) {
                        const auto owner = mentions[*first.owner_mention].entity;
                        const auto role = rules_.role_nouns.find(first.subtype);
                        if (owner && *owner != later.entity && role != rules_.role_nouns.end() &&
                            role->second.category == "kin"sv)
                            joined.insert({*owner, later.entity});
                    }
                    // "Mr. Fox with his wife, Mrs. Fox, and their children": the kin noun between is the second.
                    if (k >= 3 && later.named && recent[k - 3].named && recent[k - 3].entity != later.entity &&
                        earlier.entity == later.entity && recent[k - 3].sentence == sentence &&
                        joined_as_kin(document, mentions[recent[k - 3].mention].last_token, second.first_token))
                        joined.insert({recent[k - 3].entity, later.entity});
                }
                return joined;
            };
            // "She then helped Mary": a subject pronoun is none of the names later in its clause,
            // and "Katniss and Peeta are taken away. He warns them": none of the pair "them" stands for.
            std::set<std::size_t> named_later;
            if (subject_pronoun) {
                bool them_later = false;
                for (std::size_t later = index + 1; later < mentions.size(); ++later) {
                    const Mention& other = mentions[later];
                    if (other.doc != mention.doc || other.sentence != mention.sentence ||
                        clauses.between(mention.last_token, other.first_token))
                        break;
                    if (other.form == MentionForm::name && other.entity) named_later.insert(*other.entity);
                    if (other.form == MentionForm::pronoun && fold_case(other.text) == "them"sv) them_later = true;
                }
                if (them_later) {
                    std::set<std::size_t> pair = names_joined_in(mention.sentence);
                    if (pair.empty() && mention.sentence > 0) pair = names_joined_in(mention.sentence - 1);
                    named_later.insert(pair.begin(), pair.end());
                }
            }
            // "Norman and Billy hook Walter, but they let him go": a singular object is none of the
            // names a "they" subject of its own clause stands for.
            if (object && !plural_pronoun) {
                const std::size_t sentence_first = document.sentences[mention.sentence].first_token;
                for (std::size_t k = first; k > sentence_first && first - k < 8;) {
                    --k;
                    if (clauses.between(k, first)) break;
                    if (document.tokens[k].key != "they"sv) continue;
                    std::set<std::size_t> pair = names_joined_in(mention.sentence);
                    if (pair.empty() && mention.sentence > 0) pair = names_joined_in(mention.sentence - 1);
                    excluded_group.insert(pair.begin(), pair.end());
                    break;
                }
            }
            // "Govinda persuades Madhu to help him": "to VERB him", with another
            // character right before the "to", is that character's doing.
            const auto infinitive_doer_between = [&](const Salient& subject) {
                // So does a gerund after "into" (after_into_gerund).
                if (first < 2 || (document.tokens[first - 2].key != "to"sv && !after_into_gerund) ||
                    !document.tokens[first - 1].is_word)
                    return false;
                // Only after a verb whose object does the infinitive: not "visits Rose to warn her".
                const auto object_controlled = [&](const Mention& object) {
                    if (object.first_token == 0) return false;
                    const std::string& before = document.tokens[object.first_token - 1].key;
                    return after_into_gerund ? rules_.verbs.count(before) > 0
                                       : !rules_.verbs.count(before) || rules_.is_object_control_verb(before);
                };
                if (them_do_infinitive) return true;
                return std::any_of(recent.begin(), recent.end(), [&](const Salient& other) {
                    const Mention& between = mentions[other.mention];
                    // "appoints Rajagopal, a lawyer, to save him": the apposition's comma may come before "to".
                    const bool right_before_to = between.last_token + 3 == first ||
                                                 (between.last_token + 4 == first && document.tokens[first - 3].key == ","sv);
                    return other.sentence == mention.sentence && other.entity != subject.entity &&
                           between.first_token > mentions[subject.mention].last_token && right_before_to &&
                           !between.possessive && object_controlled(between);
                });
            };
            // "Grieving for his son, Vito arranges a meeting": in a clause opening
            // the sentence with a participle, and so without a subject of its own,
            // "his" is the subject named right after the clause.
            std::optional<std::size_t> cataphor;
            // "with his widowed father, Jackie, his older brother, Tony, and his grandmother": each
            // "his" of a list of kin is the first one's, not the name just listed.
            // Only when that one is the subject of the sentence: a list owned by someone else is
            // read one item at a time.
            // So is a list opening the sentence or its clause after an owner's name: "When Jim's parents,
            // Frank and Carol Stark, and his grandmother arrive".
            if (possessive_pronoun && !plural_pronoun) {
                std::optional<std::size_t> owner_name;
                const auto owner = listed_owner_before(document, mentions, index, &owner_name);
                const auto opens_clause = [&](const Mention& named) {
                    const std::size_t sentence_first = document.sentences[named.sentence].first_token;
                    return named.first_token == sentence_first ||
                           (named.first_token == sentence_first + 1 && is_subordinator(document.tokens[sentence_first].key, rules_));
                };
                const bool fits = owner && (entities[*owner].gender == Gender::unknown || entities[*owner].gender == mention.gender);
                if (owner && owner_name ? fits && opens_clause(mentions[*owner_name])
                                        : owner && std::any_of(recent.begin(), recent.end(), [&](const Salient& candidate) {
                                              return candidate.sentence == mention.sentence && candidate.subject &&
                                                     candidate.entity == *owner;
                                          }))
                    cataphor = owner;
            }
            if (!cataphor && !subject_pronoun && !plural_pronoun) {
                const auto subject = opening_clause_subject(document, mentions, index, rules_);
                if (subject && (entities[*subject].gender == mention.gender || entities[*subject].gender == Gender::unknown))
                    cataphor = subject;
            }
            // "Buddy, who now calls himself Syndrome": a reflexive in a relative clause is the
            // one the clause is about.
            if (!cataphor && reflexive && !plural_pronoun)
                if (const auto head = relative_head_before(document, mentions, index);
                    head && (entities[*head].gender == Gender::unknown || entities[*head].gender == mention.gender))
                    cataphor = head;
            // "Ponyo, helped by her sisters, breaks free": "her" in a participle set off
            // right after a name is that name's, whatever else the sentence has named.
            if (!cataphor && possessive_pronoun && !plural_pronoun)
                if (const auto named = aside_name_before(document, mentions, index, rules_);
                    named && (entities[*named].gender == Gender::unknown || entities[*named].gender == mention.gender))
                    cataphor = named;
            // "While acting out the story of the lily maid Elaine with her friends, she lies in
            // a leaky boat": the subject right after a participle clause that opens the sentence
            // is the one the clause tells of, not someone it names.
            std::set<std::size_t> named_in_opening_clause;
            if (subject_pronoun && first > 0 && document.tokens[first - 1].norm == ","sv) {
                const auto clause = opening_participle_clause(document, document.sentences[mention.sentence], rules_);
                bool one_clause = clause && *clause + 1 < first;
                for (std::size_t k = clause ? *clause : first; one_clause && k + 1 < first; ++k)
                    one_clause = document.tokens[k].norm != ","sv && document.tokens[k].norm != ";"sv;
                for (const Salient& candidate : recent) {
                    if (!one_clause) break;
                    const Mention& named = mentions[candidate.mention];
                    if (candidate.sentence == mention.sentence && named.first_token >= *clause && named.last_token < first &&
                        !named.possessive && named.form != MentionForm::pronoun)
                        named_in_opening_clause.insert(candidate.entity);
                }
            }
            // "With the help of Telemachus, Eumaeus and Philoetius he kills the suitors", "Under
            // Skinner's care, he": a subject pronoun after an opening prepositional phrase, no verb
            // between, is none of those the phrase names.
            if (subject_pronoun && mention.first_token > document.sentences[mention.sentence].first_token + 1) {
                const std::size_t sentence_first = document.sentences[mention.sentence].first_token;
                bool phrase_only = rules_.word_class(document.tokens[sentence_first].key) == "preposition"sv;
                for (std::size_t k = sentence_first + 1; phrase_only && k < first; ++k) {
                    const Token& token = document.tokens[k];
                    const std::string_view word_class = rules_.word_class(token.key);
                    phrase_only = token.norm != ";"sv && token.norm != ":"sv && word_class != "be"sv &&
                                  word_class != "have"sv && word_class != "do"sv && word_class != "modal"sv &&
                                  word_class != "relative"sv && !is_subordinator(token.key, rules_) &&
                                  !rules_.is_finite_verb(token.key);
                }
                for (const Salient& candidate : recent)
                    if (phrase_only && candidate.sentence == mention.sentence &&
                        mentions[candidate.mention].form != MentionForm::pronoun)
                        named_in_opening_clause.insert(candidate.entity);
            }
            // "Play and Bilal pull up with their girlfriends": "their" is the
            // names joined before it in its sentence, which no group stands for.
            // But "The pirates turn on Silver and Jim, but Gray fires on them":
            // a group named as a subject earlier in the sentence is "them".
            const bool group_subject_before =
                object && std::any_of(recent.begin(), recent.end(), [&](const Salient& candidate) {
                    return candidate.sentence == mention.sentence && candidate.subject &&
                           mentions[candidate.mention].plural;
                });
            // "Bambi meets Faline again, and they fall in love": a subject "they" right after ", and"
            // following one character's deed to another is those two, whom the event finder pairs.
            const auto deed_pair_before = [&] {
                if (!subject_pronoun || mention.first_token < 2 || document.tokens[mention.first_token - 1].key != "and"sv ||
                    document.tokens[mention.first_token - 2].norm != ","sv)
                    return false;
                std::set<std::size_t> singles;
                for (const Salient& candidate : recent) {
                    if (candidate.sentence != mention.sentence) continue;
                    if (mentions[candidate.mention].plural) return false;
                    singles.insert(candidate.entity);
                }
                return singles.size() == 2;
            };
            const bool names_joined_before =
                plural_pronoun && !group_subject_before && (!names_joined_in(mention.sentence).empty() || deed_pair_before());
            // "Boris, the apparatchik, reprimands him": not the subject of its own clause,
            // unless an infinitive with a doer of its own comes between ("persuades Madhu to help him");
            // nor, when it is the nearest subject, that one under an earlier mention ("Nancy meets Sikes.
            // She visits Rose to warn her").
            // "dates Jacy, the prettiest girl in town, whose mother warns her": a clause "whose"
            // opens, with no verb but the pronoun's own in it, has a subject of its own.
            const auto whose_clause_between = [&](const Salient& candidate) {
                std::size_t k = mentions[candidate.mention].last_token + 1;
                while (k < first && document.tokens[k].key != "whose"sv) ++k;
                std::size_t verbs = 0;
                for (++k; k < first; ++k) verbs += rules_.is_finite_verb(document.tokens[k].key) ? 1 : 0;
                return k == first && verbs == 1;
            };
            const auto own_clause_subject = [&](const Salient& candidate) {
                return object && candidate.sentence == mention.sentence && !whose_clause_between(candidate) &&
                       (candidate.subject || candidate.subordinate_subject) &&
                       !clauses.between(mentions[candidate.mention].last_token, mention.first_token) &&
                       !closed_embedded_subject(document, mentions[candidate.mention], mention.first_token) &&
                       !infinitive_doer_between(candidate);
            };
            // "persuades her husband Henry to let him stay": the one right before "to" does the
            // infinitive, and is not its object.
            std::optional<std::size_t> infinitive_doer;
            if (object && first >= 3 && document.tokens[first - 2].key == "to"sv && document.tokens[first - 1].is_word)
                for (auto it = recent.rbegin(); it != recent.rend() && it->sentence == mention.sentence; ++it) {
                    const Mention& before = mentions[it->mention];
                    // Only after a verb whose object does the infinitive: not "visits Rose to warn her",
                    // "stretches around the children to shield them". "her cautious husband Henry": the
                    // phrase begins with the description before the name.
                    std::size_t phrase_first = before.first_token;
                    if (auto prior = std::next(it); prior != recent.rend() && prior->entity == it->entity &&
                                                    mentions[prior->mention].last_token + 1 == phrase_first)
                        phrase_first = mentions[prior->mention].first_token;
                    const bool controlled =
                        phrase_first > 0 && rules_.is_object_control_verb(document.tokens[phrase_first - 1].key);
                    if (before.last_token + 3 == first && !before.possessive && controlled) infinitive_doer = it->entity;
                    if (before.last_token + 3 <= first) break;
                }
            std::optional<std::size_t> nearest_subject;
            for (auto it = recent.rbegin(); object && it != recent.rend() && it->sentence == mention.sentence; ++it)
                if (it->subject || it->subordinate_subject) {
                    if (!own_clause_subject(*it)) break;
                    nearest_subject = it->entity;
                    // and those joined with it: "until Lorry and Miss Pross, Lucie's companion, nurse him"
                    exclude_joined_with(it, true);
                    break;
                }
            // "Her godmother, Lady Russell, who had been a friend of her mother, persuaded her": the
            // verb's subject is the one a relative clause set off by commas went on about.
            if (object && !nearest_subject && first >= 3 && document.tokens[first - 2].norm == ","sv) {
                const std::size_t sentence_first = document.sentences[mention.sentence].first_token;
                for (std::size_t k = first - 2; k > sentence_first + 1 && first - k < 30; --k) {
                    const std::string& word = document.tokens[k].key;
                    if (word == ";"sv || word == ":"sv) break;
                    if ((word != "who"sv && word != "which"sv && word != "whose"sv) || document.tokens[k - 1].norm != ","sv)
                        continue;
                    for (auto it = recent.rbegin(); it != recent.rend() && it->sentence == mention.sentence; ++it)
                        if (mentions[it->mention].last_token + 1 == k - 1 && !mentions[it->mention].possessive) {
                            nearest_subject = it->entity;
                            break;
                        }
                    break;
                }
            }
            // "..., and his mother insists": the pronoun owns a description that a verb follows
            // (not "..., and his siblings" closing a list).
            const bool after_comma_and =
                first >= 2 && document.tokens[first - 1].key == "and"sv && document.tokens[first - 2].norm == ","sv;
            const bool owned_subject_after_and = [&] {
                if (!owns_description[index] || !after_comma_and) return false;
                // The description begins with the pronoun ("his mother"), listed just before or after it.
                const Mention* owned = nullptr;
                for (std::size_t m = index > 0 ? index - 1 : 0; m < mentions.size() && m <= index + 1; ++m)
                    if (m != index && mentions[m].doc == mention.doc && mentions[m].form == MentionForm::description &&
                        mentions[m].first_token == mention.first_token)
                        owned = &mentions[m];
                if (!owned) return false;
                const std::size_t after = owned->last_token + 1;
                if (after >= document.tokens.size() || !document.tokens[after].is_word) return false;
                using Shape = VerbForm::Shape;
                return rules_.has_verb_shape(document.tokens[after].key,
                                             owned->plural ? std::initializer_list<Shape>{Shape::base, Shape::past}
                                                          : std::initializer_list<Shape>{Shape::third_person, Shape::past});
            }();
            // The last token of a mention, or of the apposition set off by commas right after it.
            const auto end_past_apposition = [&](std::size_t m) {
                const Mention& named = mentions[m];
                const auto& tokens = documents[named.doc].tokens;
                if (m + 1 < mentions.size()) {
                    const Mention& next = mentions[m + 1];
                    if (next.doc == named.doc && next.entity == named.entity && next.first_token == named.last_token + 2 &&
                        tokens[named.last_token + 1].norm == ","sv && next.last_token + 1 < tokens.size() &&
                        tokens[next.last_token + 1].norm == ","sv)
                        return next.last_token + 1;
                }
                return named.last_token;
            };
            // "tells Mary that he loves her": "that" after the object of a verb of telling opens
            // what is told, no relative clause about Mary.
            const auto told_that = [&](const Mention& object) {
                const auto& tokens = documents[object.doc].tokens;
                return object.first_token > 0 && object.last_token + 1 < tokens.size() &&
                       tokens[object.last_token + 1].key == "that"sv &&
                       rules_.is_object_that_verb(tokens[object.first_token - 1].key);
            };
            // The subject nearest before the pronoun, in its own clause: one marked so, or one a
            // finite verb follows ("..., and Lord Conqueror tries to kill Cloud, but killed his own
            // daughter"); the name an apposition set off by commas goes on for ("Cedric the Saxon,
            // a proud thane, has disinherited his son").
            std::optional<std::size_t> verb_subject;
            for (auto it = recent.rbegin(); owner_in_object && it != recent.rend() && it->sentence == mention.sentence; ++it) {
                const Mention& said = mentions[it->mention];
                const bool verb_after = said.last_token + 1 < first && !said.possessive &&
                                        rules_.is_finite_verb(document.tokens[said.last_token + 1].key);
                if (!it->subject && !it->subordinate_subject && !verb_after) continue;
                if (clauses.between(said.last_token, mention.first_token)) break;
                verb_subject = it->entity;
                // So a description with "a" after a comma, whatever ends the name: "Cedric the Saxon, a thane".
                if (auto before = std::next(it);
                    before != recent.rend() && before->sentence == mention.sentence && said.first_token > 0 &&
                    document.tokens[said.first_token - 1].norm == ","sv &&
                    (mentions[before->mention].last_token + 2 == said.first_token ||
                     (said.form == MentionForm::description && said.indefinite &&
                      mentions[before->mention].form == MentionForm::name)))
                    verb_subject = before->entity;
                break;
            }
            // The one a "who" clause holding this possessive is about: the character mention right
            // before "who" (past an apposition of plain words), no finite verb between "who" and it.
            std::optional<std::size_t> relative_antecedent;
            if (possessive_pronoun) {
                const std::size_t sentence_first = document.sentences[mention.sentence].first_token;
                std::size_t who = first;
                while (who > sentence_first && first - who < 10 && document.tokens[who - 1].key != "who"sv &&
                       document.tokens[who - 1].is_word)
                    --who;
                if (who > sentence_first + 1 && document.tokens[who - 1].key == "who"sv) {
                    const std::size_t who_token = who - 1;
                    for (auto it = recent.rbegin(); it != recent.rend() && it->sentence == mention.sentence; ++it) {
                        const Mention& said = mentions[it->mention];
                        if (said.last_token >= who_token || said.form == MentionForm::pronoun) continue;
                        bool plain = true;
                        for (std::size_t k = said.last_token + 1; k < who_token && plain; ++k)
                            plain = document.tokens[k].norm == ","sv || document.tokens[k].norm == "-"sv ||
                                    (document.tokens[k].is_word && (!rules_.is_finite_verb(document.tokens[k].key) ||
                                                                    document.tokens[k - 1].norm == "-"sv));  // "sharp-tongued"
                        if (plain && !said.possessive) relative_antecedent = it->entity;
                        break;
                    }
                }
            }
            for (const Salient& candidate : recent) {
                if (names_joined_before || cataphor) break;
                const std::size_t window =
                    plural_pronoun ? options_.plural_pronoun_window_sentences : options_.pronoun_window_sentences;
                if (mention.sentence - candidate.sentence > window) continue;
                if (named_later.count(candidate.entity)) continue;
                if (named_in_opening_clause.count(candidate.entity)) continue;
                const Gender gender = entities[candidate.entity].gender;
                if (gender != Gender::unknown && gender != mention.gender) continue;
                if (gender == Gender::unknown && !plural_pronoun) {
                    const auto seen = pronoun_genders.find(candidate.entity);
                    if (seen != pronoun_genders.end() && !seen->second.count(mention.gender)) continue;
                }
                // A group ("two young men") is "they", never "he" or "her".
                if (mentions[candidate.mention].plural != plural_pronoun) continue;
                if (excluded && *excluded == candidate.entity) continue;
                if (infinitive_doer && *infinitive_doer == candidate.entity && !reflexive) continue;
                if (excluded_group.count(candidate.entity) || relative_heads.count(candidate.entity)) continue;
                if (object && candidate.sentence == mention.sentence &&
                    relative_clause_between(document, mentions[candidate.mention].last_token, mention.first_token) &&
                    !told_that(mentions[candidate.mention]))
                    continue;
                if (own_clause_subject(candidate) || nearest_subject == candidate.entity) continue;
                const std::size_t distance = mention.sentence - candidate.sentence;
                // The weights below were set by a coordinate search over LitBank's third-person
                // pronouns and the development stories' relations together (2026-12-06): a name,
                // and a pronoun going on for one, weigh more than being a subject; a sentence back
                // costs more than either.
                double score = 10.0 - 4.0 * static_cast<double>(distance);
                if (candidate.subject) score += 1.5;
                if (candidate.named) score += 3.5;
                // "He spends his early years on the farm of Farmer Grey ... There he is cared for": a pronoun
                // going on for a named character keeps part of the name's weight.
                else if (mentions[candidate.mention].form == MentionForm::pronoun && candidate.entity < named_so_far.size() &&
                         named_so_far[candidate.entity])
                    score += 3;
                // "Shan Yu and his warriors", "Vito with his son": the name just before; so after its
                // apposition and comma: "Paddy Brown, a bricklayer, and his wife Bridget".
                if (possessive_pronoun && mention.first_token >= 2 && mentions[candidate.mention].doc == mention.doc) {
                    const std::string& between = document.tokens[mention.first_token - 1].key;
                    const std::size_t end = mentions[candidate.mention].last_token;
                    // Only an apposition, not the last of a list ("his father George, ..., and his siblings").
                    const auto apposition = [&] {
                        const std::size_t m = candidate.mention;
                        return m > 0 && mentions[m].form == MentionForm::description && mentions[m - 1].doc == mention.doc &&
                               mentions[m - 1].entity == mentions[m].entity &&
                               mentions[m - 1].last_token + 2 == mentions[m].first_token &&
                               document.tokens[mentions[m].first_token - 1].norm == ","sv;
                    };
                    const bool right_before =
                        end + 2 == mention.first_token ||
                        (end + 3 == mention.first_token && document.tokens[end + 1].norm == ","sv && apposition());
                    if (right_before && (between == "and"sv || between == "with"sv)) score += 6;
                }
                // The one the story is about is "he" more often than a passer-by.
                const std::size_t mentioned =
                    candidate.entity < mentioned_so_far.size() ? mentioned_so_far[candidate.entity] : 0;
                score += 0.75 * std::log2(1.0 + static_cast<double>(mentioned));
                if (subject_pronoun && candidate.subject) score += 1;  // "Lionel left. He ..." keeps the subject
                // "When Chumley learns of the mistake, he releases Veta": the subject of the clause
                // that opens the sentence goes on as the main clause's.
                if (subject_pronoun && candidate.subordinate_subject && distance == 0 && mention.first_token >= 2 &&
                    document.tokens[mention.first_token - 1].norm == ","sv &&
                    is_subordinator(document.tokens[document.sentences[mention.sentence].first_token].key, rules_))
                    score += 3;
                if (them_do_infinitive && candidate.subject && distance == 0 &&
                    !clauses.between(mentions[candidate.mention].last_token, mention.first_token))
                    score += 6;
                if (mentions[candidate.mention].possessive) score -= 1;  // "With Orlando's guidance, he"
                // "meet Father Christmas, whose arrival ...": a name a relative clause goes on about is in focus.
                if (const Mention& named = mentions[candidate.mention]; named.form == MentionForm::name && distance == 1) {
                    const Document& home = documents[named.doc];
                    const std::size_t after = named.last_token + 2;
                    if (after < home.tokens.size() && home.tokens[after - 1].key == ","sv &&
                        (home.tokens[after].key == "who"sv || home.tokens[after].key == "whose"sv))
                        score += 3;
                }
                if (gender == Gender::unknown) score -= 4;
                // "Swaroop hears her cries": a possessive "her" goes to its own subject only when
                // that subject is known to be a woman.
                if (gender == Gender::unknown && possessive_her_read && candidate.subject && distance == 0) score -= 6;
                if (reflexive && distance == 0) score += 10;
                // "find him and persuade him": the same pronoun again, with nothing between, is the same one.
                if (distance == 0 && &candidate == &recent.back() &&
                    mentions[candidate.mention].form == MentionForm::pronoun &&
                    fold_case(mentions[candidate.mention].text) == fold_case(mention.text))
                    score += 8;
                // "his therapist Paula as she helps him": a character named earlier in
                // the pronoun's own sentence, in another clause, outranks older subjects.
                if (distance == 0 && !reflexive &&
                    clauses.between(mentions[candidate.mention].last_token, mention.first_token))
                    score += 4;
                if (subject_owner == candidate.entity) score += 6;
                // "Ben shoves him down the stairs and rescues his son": a possessive in a verb's object
                // is, more often than not, that verb's own subject's.
                if (owner_in_object && verb_subject == candidate.entity && gender == mention.gender) score += 4;
                // "She befriends Armande, a sharp-tongued diabetic who is estranged from her daughter": a
                // possessive in a relative clause is, more often than not, the one the clause is about.
                if (possessive_pronoun && distance == 0 && (gender == Gender::unknown || gender == mention.gender) &&
                    relative_antecedent == candidate.entity)
                    score += 5;
                // "Rita comes home to find that Trish has tried to kill herself, and she calls an
                // ambulance": a subject after ", and" goes on for the main clause, not a "that" clause in it.
                if (subject_pronoun && candidate.embedded_subject && distance == 0 && after_comma_and) score -= 3;
                // "The thief falls into a fit, and his mother insists that he is innocent": an owner
                // opening the next clause's subject after ", and" is the clause before's subject.
                if (owned_subject_after_and && candidate.subject && distance == 0) score += 5;
                // "Muntz captures Russell, but Carl rescues him": the one rescued is the one attacked.
                if (object && rescue_object && distance <= 1 &&
                    (object_of_verb_with(documents[mentions[candidate.mention].doc], mentions[candidate.mention].first_token,
                                         "opposes", rules_) ||
                     subject_of_passive_with(documents[mentions[candidate.mention].doc],
                                             mentions[candidate.mention].last_token, "opposes", rules_)))
                    score += 6;
                // "When Julian mocks Auggie, Jack punches him": the one struck back at is the one who struck.
                // So past an apposition set off by commas: "When Stillman, a swimmer, taunts Conrad".
                if (attack_object && distance == 0 && !candidate.subject &&
                    object_of_verb_with(documents[mentions[candidate.mention].doc], end_past_apposition(candidate.mention) + 2,
                                        "opposes", rules_))
                    score += 6;
                // "brings home an orphan he has found and names him Heathcliff": the one a name is
                // given to is one the sentence has known only by a description.
                // Not the subject of a clause before: "Her father gives her the piglet, and she names him".
                if (named_here && distance == 0 && !candidate.subject &&
                    mentions[candidate.mention].form == MentionForm::description &&
                    std::none_of(recent.begin(), recent.end(), [&](const Salient& other) {
                        return other.entity == candidate.entity && other.named;
                    }))
                    score += 12;  // outweighs a named subject of the sentence before
                score += 0.01 * static_cast<double>(candidate.mention);  // recency breaks ties
                if (score > best_score) {
                    best_score = score;
                    best = candidate.entity;
                }
            }
            mention.entity = cataphor ? cataphor : best;
            if (mention.entity && !plural_pronoun) pronoun_genders[*mention.entity].insert(mention.gender);
        }

        if (mention.entity) {
            const Sentence& sentence = document.sentences[mention.sentence];
            // "Luke's uncle Owen raises him": the name's phrase begins with the description before it.
            std::size_t phrase_first = mention.first_token;
            if (index > 0) {
                const Mention& before = mentions[index - 1];
                if (before.doc == mention.doc && before.entity == mention.entity &&
                    before.form == MentionForm::description && before.last_token + 1 == mention.first_token) {
                    phrase_first = before.first_token;
                    if (before.owner_mention) phrase_first = std::min(phrase_first, mentions[*before.owner_mention].first_token);
                }
            }
            // "an impressed Semyon sponsors him": an article and one modifier open the phrase of a
            // character named before or followed by a verb ("a retired Ford autoworker" names no one).
            const bool named_before = *mention.entity < named_so_far.size() && named_so_far[*mention.entity];
            const std::size_t after_name = mention.last_token + 1;
            const bool verb_follows =
                after_name < sentence.first_token + sentence.token_count &&
                rules_.is_finite_verb(document.tokens[after_name].key);
            if (mention.form == MentionForm::name && (named_before || verb_follows) && phrase_first == mention.first_token &&
                phrase_first >= sentence.first_token + 2) {
                const Token& modifier = document.tokens[phrase_first - 1];
                const std::string& article = document.tokens[phrase_first - 2].key;
                if (modifier.is_word && !starts_upper(modifier.norm) &&
                    (article == "a"sv || article == "an"sv || article == "the"sv))
                    phrase_first -= 2;
            }
            const bool subject = looks_like_subject(document, sentence, mention, phrase_first, rules_);
            const bool subordinate_subject = !subject && opens_subordinate_clause_before(document, sentence, mention, phrase_first, rules_);
            if (*mention.entity >= mentioned_so_far.size()) mentioned_so_far.resize(*mention.entity + 1, 0);
            ++mentioned_so_far[*mention.entity];
            if (*mention.entity >= named_so_far.size()) named_so_far.resize(*mention.entity + 1, false);
            if (mention.form == MentionForm::name) named_so_far[*mention.entity] = true;
            const bool embedded_subject =
                subject && phrase_first > sentence.first_token && complementizers.count(document.tokens[phrase_first - 1].key);
            recent.push_back({*mention.entity, mention.sentence, index, subject,
                              mention.form == MentionForm::name, subordinate_subject, embedded_subject});
            if (recent.size() > 64) recent.erase(recent.begin());
        }
    }

    // Gender learnt from use: a character mostly called "he" is male.
    std::map<std::size_t, std::map<Gender, int>> usage;
    for (const Mention& mention : mentions) {
        if (mention.form == MentionForm::pronoun && mention.entity) ++usage[*mention.entity][mention.gender];
    }
    for (auto& [entity_index, counts] : usage) {
        Entity& entity = entities[entity_index];
        if (entity.gender != Gender::unknown) continue;
        // Mostly "he", at least twice: one stray "she" is the resolver's slip, not the character's.
        const int male = counts.count(Gender::male) ? counts.at(Gender::male) : 0;
        const int female = counts.count(Gender::female) ? counts.at(Gender::female) : 0;
        if (male >= 2 && male > 2 * female) entity.gender = Gender::male;
        else if (female >= 2 && female > 2 * male) entity.gender = Gender::female;
    }
}

}  // namespace plotgraph::detail
