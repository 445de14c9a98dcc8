#include "event_finder.hpp"

#include "sentence_view.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <list>
#include <optional>
#include <set>
#include <string_view>

namespace plotgraph::detail {

using namespace std::string_view_literals;
namespace {

using Shape = VerbForm::Shape;

/// A verb that heads a clause, as found in one sentence.
struct Predicate {
    std::size_t item = 0;             // the verb's item
    const VerbForm* form = nullptr;   // its reading
    std::size_t aux_begin = 0;        // first item of "does not", "had", "is"
    std::size_t subject_begin = 0;    // first item of the subject phrase, or aux_begin
    bool passive = false, negated = false, past_perfect = false;
    bool infinitive = false;          // "to stay"
    bool participle = false;          // "after defecting", "Returning home, ..."
    bool inherits_subject = false;    // "... and hides": the subject of the verb before
    bool relative = false;            // "who protects him": its subject is the name before "who"
    bool antecedent_opens = false;    // "George, who has lost patience, announces": that name opens its clause
    bool absorbed = false;            // "decides to defect": the event is the defection
    bool own_subject = false;         // an infinitive whose subject was found ("are able to save")
    bool attempted = false;           // "tries to kill him"
    bool intended = false;            // "offers to help her": said, not done
    bool unwitting = false;           // "accidentally hands him the money": done, not meant
    bool believed = false;            // "believes that Shelia gave ...": a character's belief
    bool conditional = false;         // "if they help him seize the throne": a condition, not a deed
    bool modal = false;               // "would kill him", "before they can harm him": may happen
    bool reduced_relative = false;    // "a patrol led by Hathi": a passive participle after its undergoer
    bool two_subject = false;         // "the two reconcile", with no two names joined before it
    bool bare_infinitive = false;     // "helps him find": done by the object before it
    bool into_gerund = false;         // "pressures Edna into taking in a boarder": done by the object before "into"
    bool joined_infinitive = false;   // "to kidnap the girl and kill her": "kill" is an infinitive too
    bool thing_relative = false;      // "a pill that revives him": the antecedent is a thing, no one
    bool persuaded = false;           // its instigators persuaded its doers ("persuades the judge to release him")
    bool directed = false;            // only asked or ordered of its doers ("asks Quintus to free them")
    std::optional<std::size_t> causative_object;  // "has him arrested": the one it is done to, before the verb
    const std::string* phrasal_action = nullptr;  // "hand over" of "hands her over", "love" of "falls in love"
    const std::string* phrasal_verb = nullptr;    // the phrasal verb itself: "take home" of "takes them home"
    /// The event's action: the phrasal verb's when there is one, else the verb's lemma.
    const std::string& action() const { return phrasal_action ? *phrasal_action : form->lemma; }
    std::vector<std::size_t> agents, places, instigators;
    std::vector<std::size_t> undergoers;  // a passive's subject: "Mushu is sent to guide her"
    std::vector<std::size_t> patients;
    std::vector<std::string> prepositions;  // parallel to patients: "" for a direct object
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> plural_stand_ins;  // see EventCues
    EventCues::Clause clause = EventCues::Clause::main;
    std::string time;
    TimeRule::Kind time_kind = TimeRule::Kind::time;
    int year = 0;
};

void add_unique(std::vector<std::size_t>& list, std::size_t value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

/// The reading of `forms` with one of the `wanted` shapes, preferring an
/// inflection over a homonymous base form ("found": find, not found).
const VerbForm* reading(const std::vector<VerbForm>& forms, std::initializer_list<Shape> wanted) {
    const VerbForm* best = nullptr;
    for (const VerbForm& form : forms) {
        if (std::find(wanted.begin(), wanted.end(), form.shape) == wanted.end()) continue;
        if (!best || (best->shape == Shape::base && form.shape != Shape::base)) best = &form;
    }
    return best;
}

void add_patient(Predicate& p, std::size_t entity, const std::string& preposition) {
    if (std::find(p.patients.begin(), p.patients.end(), entity) != p.patients.end()) return;
    p.patients.push_back(entity);
    p.prepositions.push_back(preposition);
}

}  // namespace

const std::vector<VerbForm>* EventFinder::derived_readings(const std::string& word,
                                                           std::vector<VerbForm>& scratch) const {
    // Asked of nearly every word the lexicon lacks: looked up as a view, no copies.
    const std::string_view view = word;
    // "reenters": a verb the lexicon lacks, "re" before one it has.
    if (view.size() > 4 && view.starts_with("re"sv)) {
        if (const auto base = rules_.verbs.find(view.substr(2)); base != rules_.verbs.end()) {
            scratch = base->second;
            for (VerbForm& form : scratch) form.lemma = std::string("re").append(form.lemma);
            return &scratch;
        }
    }
    // British spellings of a verb the lexicon has in American: "recognises", "apologised",
    // "travelled". The event keeps the American lemma. Every ending ends in 'e', 's', 'd' or 'g'.
    if (view.empty()) return nullptr;
    if (const char last = view.back(); last != 'e' && last != 's' && last != 'd' && last != 'g') return nullptr;
    std::string american;
    for (const std::string_view ending : {"ise"sv, "ises"sv, "ised"sv, "ising"sv}) {
        if (view.size() > ending.size() + 2 && view.ends_with(ending)) {
            american = word;
            american[word.size() - ending.size() + 1] = 'z';
            break;
        }
    }
    for (const std::string_view ending : {"lled"sv, "lling"sv}) {
        if (american.empty() && view.size() > ending.size() + 2 && view.ends_with(ending))
            american.assign(view.substr(0, view.size() - ending.size())).append(ending.substr(1));
    }
    if (!american.empty())
        if (const auto found = rules_.verbs.find(american); found != rules_.verbs.end()) {
            scratch = found->second;
            return &scratch;
        }
    return nullptr;
}

std::string_view EventFinder::word_class(const std::string& word) const { return rules_.word_class(word); }

void EventFinder::note_kin_pairs(Story& story) const {
    for (std::size_t g = 0; g < story.entities.size(); ++g) {
        Entity& group = story.entities[g];
        if (group.kind != EntityKind::character || !group.members.empty() || group.owner || group.mentions.empty())
            continue;
        const Mention& first = story.mentions[group.mentions.front()];
        if (first.form != MentionForm::description || !first.plural || first.indefinite || first.owner_mention) continue;
        // Not a family named: "the Rosato brothers", "their cousins the van der Luydens".
        if (!first.qualifier.empty() && starts_upper(first.qualifier)) continue;
        if (std::any_of(group.mentions.begin(), group.mentions.end(),
                        [&](std::size_t m) { return story.mentions[m].form == MentionForm::name; }))
            continue;
        // Kin that is its own inverse: brothers, sisters, twins.
        const auto inverse = rules_.kin_inverses.find(first.subtype);
        if (inverse == rules_.kin_inverses.end() ||
            (inverse->second.first != first.subtype && inverse->second.second != first.subtype))
            continue;
        // "Norman and his younger brother, Paul ... The brothers": the one pair said so before.
        std::set<std::pair<std::size_t, std::size_t>> pairs;
        for (std::size_t m = 0; m < group.mentions.front(); ++m) {
            const Mention& kin = story.mentions[m];
            // "his younger brother" too.
            const bool same_kin = kin.subtype == first.subtype ||
                                  (kin.subtype.ends_with(first.subtype) &&
                                   kin.subtype[kin.subtype.size() - first.subtype.size() - 1] == ' ');
            if (kin.form != MentionForm::description || kin.plural || !same_kin || !kin.owner_mention || !kin.entity)
                continue;
            const auto owner = story.mentions[*kin.owner_mention].entity;
            if (!owner || *owner == *kin.entity || story.entities[*owner].kind != EntityKind::character) continue;
            pairs.insert(std::minmax(*owner, *kin.entity));
        }
        if (pairs.size() == 1) group.members = {pairs.begin()->first, pairs.begin()->second};
    }
}

void EventFinder::run(Story& story, std::vector<EventCues>& cues, SentenceItemCache& cache) const {
    // "Norman and his brother Paul ... The brothers take Neal home": the pair a plural of
    // kin stands for, so that its deeds are each one's.
    note_kin_pairs(story);
    for (std::size_t d = 0; d < story.documents.size(); ++d) {
        GroupMembers members;  // per document: another summary may list the group otherwise
        RecentGroup recent;
        for (std::size_t s = 0; s < story.documents[d].sentences.size(); ++s)
            find_in_sentence(story, d, s, cues, cache, members, recent);
    }
    for (std::size_t i = 0; i < story.events.size(); ++i) story.events[i].id = std::string("v").append(std::to_string(i));
}

void EventFinder::note_group_members(Story& story, const std::vector<SentenceItem>& items,
                                     GroupMembers& members) const {
    // A plural description, then names joined by "," and "and", each perhaps described
    // first ("a giant named Fezzik"); a verb ends the list.
    // The story keeps a group's first listing, for the relations the group takes part in.
    const auto note = [&](std::size_t group, const std::vector<std::size_t>& listed) {
        members[group] = listed;
        if (story.entities[group].members.empty()) story.entities[group].members = listed;
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const SentenceItem& group = items[i];
        if (!group.mention || !group.entity || group.mention->form != MentionForm::description || !group.mention->plural)
            continue;
        // "Helen shields the children": a group called by the noun of one listed before
        // ("their three children: Violet, ...") is that one, unless owned by someone else.
        if (!members.count(*group.entity) && !story.entities[*group.entity].owner) {
            const std::string& noun = story.entities[*group.entity].subtype;
            for (const auto& [listed_group, listed] : members)
                if (!noun.empty() && story.entities[listed_group].subtype == noun) {
                    note(*group.entity, listed);  // std::map keeps `listed` where it is
                    break;
                }
        }
        if (i + 2 >= items.size()) continue;
        // The list follows a comma right after the group, or a colon ending its clause
        // ("three outlaws hired to start a war with Guilder: ...").
        // Or right after it: "his older siblings Dave and Linda".
        // Or after "are": "His best friends are Asher and Fiona".
        std::size_t start = 0;
        if (items[i + 1].word == ","sv) start = i + 2;
        else if (items[i + 1].is_character() && items[i + 1].mention->form == MentionForm::name) start = i + 1;
        else if ((items[i + 1].word == "are"sv || items[i + 1].word == "were"sv) && items[i + 2].is_character() &&
                 items[i + 2].mention->form == MentionForm::name)
            start = i + 2;
        for (std::size_t k = i + 1; start == 0 && k < items.size() && k <= i + 25; ++k) {
            if (items[k].word == ":"sv) start = k + 1;
            else if (items[k].is_character() || items[k].word == ";"sv || items[k].word == "."sv) break;
        }
        if (start == 0) continue;
        std::vector<std::size_t> listed;
        bool joined_by_and = false;
        // "their three children: Violet, a shy teenager who ...; Dash, a boy with ...; and the
        // baby Jack-Jack": after a colon, a list whose items, each described, end at semicolons.
        if (items[start - 1].word == ":"sv) {
            std::size_t semicolons = 0;
            bool first_of_item = true;
            for (std::size_t k = start; k < items.size() && items[k].word != "."sv; ++k) {
                if (items[k].word == ";"sv) { ++semicolons; first_of_item = true; continue; }
                if (!first_of_item || !items[k].is_character()) continue;
                first_of_item = false;
                if (!items[k].mention->possessive && *items[k].entity != *group.entity) add_unique(listed, *items[k].entity);
            }
            if (semicolons >= 1 && listed.size() >= 2 && story.entities[*group.entity].kind == EntityKind::character) {
                note(*group.entity, listed);
                continue;
            }
            listed.clear();
        }
        for (std::size_t k = start; k < items.size(); ++k) {
            const SentenceItem& item = items[k];
            if (item.is_character() && !item.mention->possessive && *item.entity != *group.entity) {
                add_unique(listed, *item.entity);
                // The one after "and" is the last: "her parents Gerald and Ellen, her sisters ...".
                if (joined_by_and) break;
                continue;
            }
            if (item.word == "and"sv) { joined_by_and = true; continue; }
            // "their two sons, twelve-year-old Michael Jr. and his younger brother Peter": a hyphenated
            // age or modifier, or an owner, may stand before one.
            if (item.word == ","sv || item.word == "-"sv || (item.is_character() && item.mention->possessive)) continue;
            // "Michael Jr. and": an abbreviation's stop inside the list.
            if (item.word == "."sv && k + 1 < items.size() && (items[k + 1].word == "and"sv || items[k + 1].word == ","sv))
                continue;
            // A clause ends it: "Michael's friends, who are waiting with their bicycles, ...".
            if (const std::string_view word_class = this->word_class(item.word);
                word_class == "relative"sv || opens_subordinate_clause(word_class) || word_class == "after"sv ||
                word_class == "before"sv || word_class == "subject"sv || word_class == "plural-subject"sv ||
                word_class == "preposition"sv ||  // "the suitors, led by Antinous and Eurymachus"
                word_class == "coordinator"sv)    // "seizes the geese, but Amy and David free them"
                break;
            // A verb ends the list; a noun that is also a verb ("mastermind") does not.
            bool verb = false;
            if (const auto readings = rules_.verbs.find(item.word);
                readings != rules_.verbs.end() && !rules_.naming_words.count(item.word))
                verb = std::any_of(readings->second.begin(), readings->second.end(), [](const VerbForm& form) {
                    return !form.also_noun && form.shape != Shape::base;
                });
            if (!item.is_word || verb || item.mention) break;  // a plain word ("a", "giant", "named") may stand between
        }
        if (joined_by_and && listed.size() >= 2 && story.entities[*group.entity].kind == EntityKind::character)
            note(*group.entity, listed);
    }
}

void EventFinder::find_in_sentence(Story& story, std::size_t doc, std::size_t sentence_index,
                                   std::vector<EventCues>& cues, SentenceItemCache& cache, GroupMembers& members,
                                   RecentGroup& recent) const {
    const Document& document = story.documents[doc];
    const std::vector<SentenceItem>& items = cache.items(doc, sentence_index);
    const std::size_t n = items.size();
    note_group_members(story, items, members);
    // Each word's class and readings in the verb lexicon, looked up once: the
    // lexicon is large and the clause rules below ask about the same words many times.
    std::vector<std::string_view> classes(n);  // views into the rules' word classes
    std::vector<const std::vector<VerbForm>*> lexicon(n, nullptr);
    std::vector<char> opens_pair(n, 0);  // bytes, not std::vector<bool>: cheaper to set and read
    for (std::size_t i = 0; i < n; ++i) {
        const auto found = rules_.event_lexicon.find(items[i].word);
        if (found == rules_.event_lexicon.end()) continue;
        // A pronoun mention keeps its word's class: "his" is a determiner.
        if (!items[i].mention || items[i].mention->form == MentionForm::pronoun) classes[i] = found->second.word_class;
        lexicon[i] = found->second.readings;
        opens_pair[i] = found->second.pair_start;
    }
    // Two-word entries ("no longer") give both words their class.
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (items[i].mention || items[i + 1].mention || !opens_pair[i]) continue;
        const std::string_view pair_class = word_class(std::string(items[i].word).append(" ").append(items[i + 1].word));
        if (!pair_class.empty()) classes[i] = classes[i + 1] = pair_class;
    }
    const auto in_lexicon = [&](std::size_t i) { return lexicon[i] != nullptr; };
    // Not a verb, or a verb that is also a noun ("bomb", "plan").
    const auto may_be_noun = [&](std::size_t i) {
        return !lexicon[i] || std::any_of(lexicon[i]->begin(), lexicon[i]->end(), [](const VerbForm& form) { return form.also_noun; });
    };

    const auto is_possessive_marker = [&](std::size_t i) {
        return i < n && (items[i].word == "'s"sv || items[i].word == "\u2019s"sv);
    };
    // "her" (a determiner's mention) as an entity: see is_entity.
    const auto her_as_object = [&](std::size_t i) {
        // "her" is an object when no noun follows: "hands her a pair", "proposes to her."
        if (items[i].word != "her"sv) return false;
        if (i + 1 == n || !items[i + 1].is_word || items[i + 1].mention || !classes[i + 1].empty()) return true;
        // "helps her find her parents", "lets her go": before a bare verb, after a verb of
        // helping or letting, "her" is that verb's object.
        const auto has = [&](std::size_t k, auto test) {
            return lexicon[k] && std::any_of(lexicon[k]->begin(), lexicon[k]->end(), test);
        };
        return i > 0 && has(i + 1, [](const VerbForm& form) { return form.shape == Shape::base; }) &&
               has(i - 1, [&](const VerbForm& form) { return rules_.bare_infinitive_verbs.count(form.lemma) > 0; });
    };
    // An entity that can do or undergo something: not "Anatoly's", not "his". Inline: the
    // clause rules below ask it of each item many times.
    const auto is_entity = [&](std::size_t i) __attribute__((always_inline)) {
        if (!items[i].mention || !items[i].entity || items[i].mention->possessive) return false;
        if (classes[i] != "determiner"sv) return true;
        return her_as_object(i);
    };
    // "badly" is "bad" and -ly, "happily" "happy": a word made an adverb. "family" and "ally" are not.
    const auto adverb_of_word = [&](const std::string& word) {
        const std::string stem = word.substr(0, word.size() - 2);
        return rules_.common_word(stem) ||
               (stem.ends_with('i') && rules_.common_word(stem.substr(0, stem.size() - 1) + "y"));
    };
    const auto is_adverb = [&](std::size_t i) __attribute__((always_inline)) {  // inline: asked of most words
        if (items[i].mention) return false;
        const std::string& word = items[i].word;
        // A word in -ly after a determiner is a noun or an adjective ("the family", "an ally"),
        // unless it is made from a word ("the badly damaged robot").
        return classes[i] == "adverb"sv ||
               (word.size() > 4 && word.compare(word.size() - 2, 2, "ly") == 0 && !in_lexicon(i) &&
                !(i > 0 && classes[i - 1] == "determiner"sv && !adverb_of_word(word)));
    };
    // "is" or "gets" heads its clause unless a participle or infinitive follows
    // ("gets mugged", "is hiding", "is to marry"): "can no longer get into the
    // library and relies on Jamal" needs "get" for "relies" to share its subject.
    const auto heads_clause = [&](std::size_t i) {
        std::size_t k = i + 1;
        while (k < n && !items[k].mention && (is_adverb(k) || classes[k] == "negation"sv)) ++k;
        if (k == n || !items[k].is_word || items[k].word == "to"sv) return false;
        if (items[k].mention) return true;
        // "is able to save", "is grateful to see": the infinitive is the event.
        if (classes[k].starts_with("predicative") || (k + 1 < n && items[k + 1].word == "to"sv)) return false;
        if (!lexicon[k]) return true;
        return !std::any_of(lexicon[k]->begin(), lexicon[k]->end(), [](const VerbForm& form) {
            return form.shape == Shape::past || form.shape == Shape::present_participle;
        });
    };
    // "Ron is kind to Harry and helps him": the "be" (no event of its own) of a clause
    // opened by a character, a few plain words before i with no comma between.
    const auto be_clause_before = [&](std::size_t i) -> std::optional<std::size_t> {
        for (std::size_t j = i, seen = 0; j-- > 1 && seen < 12; ++seen) {
            if (!items[j].is_word && !items[j].mention) return std::nullopt;
            if (items[j].mention || classes[j] != "be"sv) continue;
            if (!is_entity(j - 1) || !items[j - 1].is_character() || items[j - 1].mention->possessive) return std::nullopt;
            return j;
        }
        return std::nullopt;
    };
    const auto is_boundary = [&](std::size_t i) __attribute__((always_inline)) {  // inline, as is_adverb
        const std::string_view c = classes[i];
        const std::string& w = items[i].word;
        return w == ";"sv || w == ":"sv || w == "("sv || w == ")"sv || w == "\""sv || opens_subordinate_clause(c) || c == "after"sv ||
               c == "before"sv;
    };

    // "Play spots Shelia and Rick and chases after them": an unresolved
    // "they"/"them" stands for the last names joined by "and" before it.
    // A group with one of `doers` in it is passed over: "Matt and Mark rescue them" is not themselves.
    const auto joined_names = [](const std::vector<SentenceItem>& words, std::size_t before,
                                 const std::vector<std::size_t>& doers) {
        const auto named = [&](std::size_t k) {
            return words[k].is_character() && !words[k].mention->possessive &&
                   words[k].mention->form != MentionForm::pronoun;
        };
        std::vector<std::size_t> joined;
        for (std::size_t k = std::min(before, words.size()); k-- > 1;) {
            if (k + 1 >= words.size() || words[k].word != "and"sv || !named(k - 1) || !named(k + 1)) continue;
            joined = {*words[k - 1].entity, *words[k + 1].entity};
            for (std::size_t j = k - 1; j >= 2 && words[j - 1].word == ","sv && named(j - 2); j -= 2)
                add_unique(joined, *words[j - 2].entity);
            if (joined[0] == joined[1]) joined.clear();
            const bool has_doer = std::any_of(joined.begin(), joined.end(), [&](std::size_t entity) {
                return std::find(doers.begin(), doers.end(), entity) != doers.end();
            });
            if (has_doer) {
                joined.clear();
                continue;
            }
            break;
        }
        return joined;
    };
    // `with_deed_pair`: whether the two of a recent deed of one to the other may stand for
    // "they" ("Harry tells Kay they must go"); "the two" asks without.
    const auto names_joined_before = [&](std::size_t i, const std::vector<std::size_t>& doers,
                                         bool with_deed_pair = true) {
        std::vector<std::size_t> joined = joined_names(items, i, doers);
        if (joined.empty() && sentence_index > 0) {  // "Kid and Play fight. They make up."
            const std::vector<SentenceItem>& previous = cache.items(doc, sentence_index - 1);
            joined = joined_names(previous, previous.size(), doers);
        }
        // "Trinity goes with him. The two storm the building. From a helicopter, they free Morpheus."
        constexpr std::size_t recent_window = 2;  // sentences
        const bool recent_fits = recent.characters.size() >= 2 && sentence_index > recent.sentence &&
                                 (with_deed_pair || !recent.deed_pair) &&
                                 // A deed pair only in the next sentence.
                                 sentence_index - recent.sentence <= (recent.deed_pair ? 1 : recent_window) &&
                                 std::none_of(recent.characters.begin(), recent.characters.end(), [&](std::size_t entity) {
                                     return std::find(doers.begin(), doers.end(), entity) != doers.end();
                                 });
        if (joined.empty()) {
            // "He flees to the river, where Jim is waiting. Downriver, they take aboard two con men":
            // exactly two characters in the sentence before, and none of the recent pair, are the two.
            std::vector<std::size_t> previous_two;
            const bool opens_sentence = std::none_of(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(std::min(i, n)),
                                                     [](const SentenceItem& item) { return item.is_character(); });
            if (opens_sentence && sentence_index > 0 && (!recent_fits || sentence_index > recent.sentence + 1))
                for (const SentenceItem& item : cache.items(doc, sentence_index - 1))
                    if (item.mention && item.entity && item.is_character() && !item.mention->possessive &&
                        !item.mention->plural && std::find(previous_two.begin(), previous_two.end(), *item.entity) == previous_two.end())
                        previous_two.push_back(*item.entity);
            const bool other_two = previous_two.size() == 2 &&
                                   std::none_of(previous_two.begin(), previous_two.end(), [&](std::size_t entity) {
                                       return std::find(recent.characters.begin(), recent.characters.end(), entity) !=
                                                  recent.characters.end() ||
                                              std::find(doers.begin(), doers.end(), entity) != doers.end();
                                   });
            if (other_two) joined = previous_two;
            else if (recent_fits) joined = recent.characters;
        }
        return joined;
    };
    // The nearest group of characters said before item i in the sentence ("the geese"), none of `doers`.
    const auto plural_group_before = [&](std::size_t i, const std::vector<std::size_t>& doers) -> std::optional<std::size_t> {
        for (std::size_t k = i; k-- > 0;) {
            const SentenceItem& item = items[k];
            if (!item.is_character() || item.mention->possessive || !item.mention->plural ||
                item.mention->form != MentionForm::description)
                continue;
            if (std::find(doers.begin(), doers.end(), *item.entity) != doers.end()) continue;
            return *item.entity;
        }
        return std::nullopt;
    };
    const auto unresolved_plural = [&](std::size_t i, const char* word) {
        return !items[i].mention && items[i].word == word;
    };
    // "by Hathi", "by the kindly Widow Douglas": "by" before the mention at i, with at most an
    // article and two plain words (no verbs) between.
    const auto by_before = [&](std::size_t i) {
        for (std::size_t k = i, seen = 0; k > 0 && seen <= 3; --k, ++seen) {
            const SentenceItem& word = items[k - 1];
            if (word.word == "by"sv) return true;
            // "chased by a troop of baboons": the group noun's "of".
            if (word.word == "of"sv && k >= 2 && items[k - 2].is_word && !items[k - 2].mention) {
                const auto noun = rules_.role_nouns.find(items[k - 2].word);
                if (noun != rules_.role_nouns.end() && noun->second.category == "group"sv) {
                    --k;  // past the noun, which may also be a verb ("troop")
                    continue;
                }
            }
            if (!word.is_word || word.mention || lexicon[k - 1] ||
                (!classes[k - 1].empty() && classes[k - 1] != "determiner"sv))
                return false;
        }
        return false;
    };
    // "led by Hathi", "wounded by Harry": "by" and a character right after the word at i.
    // "cared for by the Zuckermans", "looked after by Martha": a preposition the verb strands may come first.
    const auto by_character_after = [&](std::size_t i) {
        if (i + 3 < n && !items[i + 1].mention && items[i + 2].word == "by"sv &&
            (classes[i + 1] == "preposition"sv || classes[i + 1] == "after"sv))
            ++i;
        return i + 2 < n && items[i + 1].word == "by"sv && is_entity(i + 2) && items[i + 2].is_character();
    };
    // A past participle's "by" phrase: "by" right after it, or after a stranded preposition
    // and before a character ("cared for by the Zuckermans").
    const auto by_follows = [&](std::size_t i) {
        return (i + 1 < n && items[i + 1].word == "by"sv) || by_character_after(i);
    };
    // "the two reconcile", "drives the two to a station": "two" with no noun after it stands
    // for two characters, as "they" and "them" do.
    const auto the_two = [&](std::size_t i) {
        return i > 0 && !items[i].mention && items[i].word == "two"sv && items[i - 1].word == "the"sv &&
               (i + 1 >= n || !items[i + 1].is_word || lexicon[i + 1] || !classes[i + 1].empty());
    };

    // "him", "them": no verb's subject ("raises him like a baby" has no verb "like").
    const auto object_pronoun = [&](std::size_t i) {
        if (!items[i].mention || items[i].mention->form != MentionForm::pronoun) return false;
        const auto info = rules_.pronouns.find(items[i].word);
        return info != rules_.pronouns.end() && info->second.grammatical_case == "object"sv;
    };

    // "starts helping him", "ends up helping them": after a verb of beginning or going on
    // (a control verb of data/event_words.tsv) the -ing form is the deed, as "to help" would be.
    const auto aspect_verb_at = [&](std::size_t v) {
        if (v > 0 && (items[v].word == "up"sv || items[v].word == "on"sv)) --v;  // "ends up", "keeps on"
        return lexicon[v] && std::any_of(lexicon[v]->begin(), lexicon[v]->end(), [&](const VerbForm& verb) {
                   const auto control = rules_.control_verbs.find(verb.lemma);
                   return verb.shape != Shape::present_participle && control != rules_.control_verbs.end() &&
                          control->second == "control"sv;
               });
    };

    // "helps Rocky and Adrian escape": where the names joined by "and" (or
    // commas) that end at `last` begin.
    const auto joined_object_start = [&](std::size_t last) {
        std::size_t first = last;
        while (first >= 2 && is_entity(first) && (items[first - 1].word == "and"sv || items[first - 1].word == ","sv) &&
               is_entity(first - 2))
            first -= 2;
        return first;
    };

    // "Boris, the apparatchik overseeing the circus, reprimands him", "Molly
    // Brown, a rich passenger, lends": the name before an apposition that ends
    // at the comma `k` (at most `span` items long), when that name opens its clause.
    // "her son Chip": where the mentions of one character said side by side begin.
    const auto phrase_start = [&](std::size_t i) {
        while (i > 0 && is_entity(i - 1) && is_entity(i) && *items[i - 1].entity == *items[i].entity) --i;
        return i;
    };
    // "Peter is a young thief": the character said, by a copula, to be the noun
    // phrase that begins (with its article) at item `start` and ends before `end`.
    // Not "an ogre rather than a knight who": one noun phrase only.
    const auto copula_subject_before = [&](std::size_t start, std::size_t end) -> std::optional<std::size_t> {
        const auto article = [&](std::size_t i) {
            return items[i].word == "a"sv || items[i].word == "an"sv || items[i].word == "the"sv;
        };
        if (start < 2 || !article(start)) return std::nullopt;
        for (std::size_t i = start + 1; i < end; ++i)
            if (article(i) || items[i].word == "than"sv || classes[i] == "coordinator"sv) return std::nullopt;
        const auto copula = rules_.predicative_words.find(items[start - 1].word);
        if (copula == rules_.predicative_words.end() || !copula->second) return std::nullopt;
        if (!is_entity(start - 2) || !items[start - 2].is_character()) return std::nullopt;
        return start - 2;
    };
    // Whether a clause opens at item i: the sentence's start, or after a comma, a
    // coordinator or a boundary (which takes in "when", "after", "before"); `also_after`
    // is one more word class that opens one here ("relative": "where Fauchelevent ...").
    const auto opens_clause_at = [&](std::size_t i, std::string_view also_after = {}) {
        return i == 0 || items[i - 1].word == ","sv || is_boundary(i - 1) || classes[i - 1] == "coordinator"sv ||
               (!also_after.empty() && classes[i - 1] == also_after);
    };
    const auto apposition_subject = [&](std::size_t k, std::size_t span) -> std::optional<std::size_t> {
        std::size_t comma = k;
        while (comma > 0 && k - comma < span && items[comma - 1].word != ","sv) --comma;
        if (comma < 2 || items[comma - 1].word != ","sv) return std::nullopt;
        // "An elderly couple, Bill Baker and his wife Virginia, take them in": names joined by "and"
        // set off after it name it too; the last one does the deed, with those joined before it.
        const bool listed = [&] {
            const auto named = [&](std::size_t i) {
                return is_entity(i) && items[i].is_character() && items[i].mention->form == MentionForm::name;
            };
            if (k < comma + 3 || !named(comma) || !named(k - 1)) return false;
            bool with_and = false;
            for (std::size_t i = comma + 1; i + 1 < k; ++i) {
                with_and = with_and || items[i].word == "and"sv;
                if (!is_entity(i) && items[i].word != "and"sv) return false;
            }
            return with_and;
        }();
        // "the trolls, whose leader, Grand Pabbie, heals her": a name set off after a
        // plain noun names that noun, and does the deed.
        if (!is_entity(comma - 2)) {
            const bool named_noun = (comma + 1 == k || listed) && is_entity(comma) && items[comma].is_character() &&
                                    items[comma - 2].is_word && !items[comma - 2].mention && classes[comma - 2].empty() &&
                                    may_be_noun(comma - 2);
            if (!named_noun) return std::nullopt;
            // Not "encouraged by his patroness, Lady Catherine, proposes": that noun is a preposition's object.
            std::size_t phrase = comma - 2;
            for (std::size_t words = 0; words < 3 && phrase > 0 && items[phrase - 1].is_word &&
                                        (classes[phrase - 1] == "determiner"sv || (!items[phrase - 1].mention && classes[phrase - 1].empty()));
                 ++words)
                --phrase;
            if (phrase > 0 && classes[phrase - 1] == "preposition"sv) return std::nullopt;
            return listed ? k - 1 : comma;
        }
        const std::size_t named = comma - 2;
        std::size_t first = phrase_start(named);
        // "two of Morpheus's associates, Switch and Apoc, pick": a group counted.
        bool one_of = false;  // "One of the crew, Giancarlo, tends": the one named does it
        if (first >= 2 && items[first - 1].word == "of"sv && rules_.quantity_words.count(items[first - 2].word)) {
            first -= 2;
            one_of = items[first].word == "one"sv && is_entity(comma) && items[comma].is_character();
        }
        // "his cowardly and greedy brother Prince John, a lion, has": plain words before the name.
        for (std::size_t words = 0; first > 0 && words < 6; ++words) {
            const std::size_t j = first - 1;
            const bool plain = items[j].is_word && !items[j].mention && may_be_noun(j) &&
                               (classes[j].empty() || classes[j] == "determiner"sv);
            const bool between_adjectives = items[j].word == "and"sv && j > 0 && items[j - 1].is_word &&
                                            !items[j - 1].mention && classes[j - 1].empty() && !items[j + 1].mention;
            const bool possessive = items[j].mention && classes[j] == "determiner"sv;  // "his"
            if (!plain && !between_adjectives && !possessive) break;
            first = j;
        }
        // "..., where Fauchelevent, an old gardener, hides them": after "where" too.
        // "Eventually Tom, a doctor, helps her": after an adverb that opens the clause.
        while (first > 0 && is_adverb(first - 1)) --first;
        if (opens_clause_at(first, "relative"sv)) return listed ? k - 1 : one_of ? comma : named;
        return std::nullopt;
    };

    // "Mrs. Potts, a teapot,": the name before a short apposition ("a teapot") that
    // is no mention of its own, given the comma that closes it.
    const auto named_before_apposition = [&](std::size_t closing_comma) -> std::optional<std::size_t> {
        constexpr std::size_t longest = 6;
        for (std::size_t c = closing_comma; c-- > 0 && closing_comma - c <= longest;) {
            if (items[c].word == ","sv) {
                if (c < 1 || c + 1 >= closing_comma || classes[c + 1] != "determiner"sv || !is_entity(c - 1)) return std::nullopt;
                return c - 1;
            }
            if (!items[c].is_word || items[c].is_character() || classes[c] == "coordinator"sv || !may_be_noun(c))
                return std::nullopt;
        }
        return std::nullopt;
    };

    // "Lucia and Lionel", "Anatoly, Boris and Lucia", "its owner, Mrs. Maylie, and
    // her niece, Rose": the subjects listed before the one found; the last joint is "and".
    const auto join_earlier_subjects = [&](Predicate& p, bool after_anything = false) {
        const EntityKind kind = items[p.subject_begin].mention->kind;
        // Where the one at i is first said, before its appositions.
        const auto named_from = [&](std::size_t i) {
            i = phrase_start(i);
            while (i >= 2 && items[i - 1].word == ","sv && is_entity(i - 2) && *items[i - 2].entity == *items[i].entity)
                i = phrase_start(i - 2);
            if (i >= 2 && items[i - 1].word == "of"sv && rules_.quantity_words.count(items[i - 2].word)) i -= 2;  // "two of"
            return i;
        };
        // Not "reunites with Vladimir and Lionel moves": a name after a
        // preposition or a verb is that clause's object.
        const auto no_verb_or_preposition_before = [&](std::size_t first) {
            return first == 0 || (classes[first - 1] != "preposition"sv && !in_lexicon(first - 1));
        };
        std::size_t begin = named_from(p.subject_begin);
        bool joined = false;
        while (begin >= 2) {
            std::size_t joint = begin - 1;
            const bool with_and = items[joint].word == "and"sv;
            if (!with_and && !(joined && items[joint].word == ","sv)) break;
            const bool serial_comma = with_and && joint > 0 && items[joint - 1].word == ","sv;
            if (serial_comma) --joint;
            // "Mrs. Potts, a teapot, and Chip": an apposition no mention covers lies between.
            bool bare_apposition = false;
            if (serial_comma && joint > 0 && !is_entity(joint - 1))
                if (const auto described = named_before_apposition(joint)) {
                    joint = *described + 1;
                    bare_apposition = true;
                }
            if (joint == 0 || !is_entity(joint - 1) || items[joint - 1].mention->kind != kind) break;
            const std::size_t first = named_from(joint - 1);
            if (!after_anything && !no_verb_or_preposition_before(first)) break;
            // ", and" closes a list ("Anatoly, Boris, and Lucia") or an apposition
            // ("Mrs. Maylie, and her niece, Rose"); else it joins two clauses.
            const bool list_goes_on = first >= 2 && items[first - 1].word == ","sv && is_entity(first - 2);
            if (serial_comma && first == phrase_start(joint - 1) && !list_goes_on && !bare_apposition) break;
            joined = true;
            add_unique(p.agents, *items[joint - 1].entity);
            begin = first;
        }
        if (joined) p.subject_begin = begin;
    };

    // How far back a verb with no subject of its own looks for an apposition's opening comma.
    constexpr std::size_t short_apposition = 16;

    // 1. Verbs that head a clause: the form and what stands before it decide.
    std::vector<Predicate> predicates;
    // Whether the words ending at item `noun` are a plain thing the verb just before them makes or
    // sends (data/event_words.tsv, instrument): "gives a passionate speech", "writes a letter" (a
    // determiner, words no mention covers, the noun); not "receives a letter".
    const auto thing_object_before = [&](std::size_t noun) {
        if (predicates.empty() || items[noun].mention || !items[noun].is_word || !classes[noun].empty()) return false;
        std::size_t k = noun;
        while (k > 0 && noun - k < 4 && items[k - 1].is_word && !items[k - 1].mention && classes[k - 1].empty()) --k;
        const Predicate& maker = predicates.back();
        return k >= 2 && classes[k - 1] == "determiner"sv && !items[k - 1].mention && maker.item == k - 2 &&
               !maker.passive && rules_.instrument_verbs.count(maker.form->lemma);
    };
    predicates.reserve(8);  // more than most sentences have: none moved as it grows
    // "The woman who loves him dies": an object pronoun closing a relative clause, a verb after it.
    // So is a name there: "The men who robbed Harry attack Ron".
    const auto object_of_relative_before = [&](std::size_t k) {
        if (predicates.empty() || !predicates.back().relative || predicates.back().item >= k ||
            predicates.back().item + 4 < k)
            return false;
        const std::size_t phrase = is_entity(k) ? phrase_start(k) : k;
        for (std::size_t i = predicates.back().item + 1; i < phrase; ++i)
            if (!items[i].is_word || items[i].mention || !classes[i].empty()) return false;
        return true;
    };
    // Whether the verb right before the object (list) that ends at `object` has a lemma in `lemmas`:
    // "helps him find", "finds Marley killed".
    const auto verb_of_object_in = [&](std::size_t object, const WordSet& lemmas) {
        const std::size_t first = joined_object_start(object);
        return first > 0 && lexicon[first - 1] &&
               std::any_of(lexicon[first - 1]->begin(), lexicon[first - 1]->end(),
                           [&](const VerbForm& verb) { return lemmas.count(verb.lemma) > 0; });
    };
    // "When Harry sees Draco, Ron and Hermione hide": in a sentence that opens with a subordinate
    // clause, a comma inside the objects of a verb like "see" closes that clause; the names after
    // it are the main clause's subject, not ones seen hiding.
    const auto comma_closes_opening_clause = [&](std::size_t object) {
        const std::string_view opener = classes[0];
        if (!opens_subordinate_clause(opener) && opener != "after"sv && opener != "before"sv) return false;
        for (std::size_t k = joined_object_start(object); k < object; ++k)
            if (items[k].word == ","sv) return true;
        return false;
    };
    // Stable addresses for Predicate::form; a list, as most sentences need none and an empty deque allocates.
    std::list<std::vector<VerbForm>> prefixed_readings;
    for (std::size_t i = 0; i < n; ++i) {
        if (items[i].mention || !items[i].is_word) continue;
        std::vector<VerbForm> derived;
        const std::vector<VerbForm>* readings = lexicon[i] ? lexicon[i] : derived_readings(items[i].word, derived);
        if (!readings) continue;
        if (readings == &derived) readings = &prefixed_readings.emplace_back(std::move(derived));
        const std::string_view own_class = classes[i];
        // "treats him well", "still": a word data/event_words.tsv calls an adverb is no verb.
        if (own_class == "have"sv || own_class == "do"sv || own_class == "modal"sv || own_class == "adverb"sv) continue;
        // "carries several men to safety, including Lieutenant Dan": a preposition in -ing is no verb.
        if (own_class == "preposition"sv && items[i].word.ends_with("ing")) continue;
        if (own_class == "be"sv && !heads_clause(i)) continue;

        Predicate p;
        p.item = i;
        // Walk left over adverbs, negation and auxiliaries.
        bool be = false, have = false, modal = false;
        std::size_t k = i;
        while (k > 0) {
            const std::size_t j = k - 1;
            const std::string_view c = classes[j];
            if (is_adverb(j) || items[j].word == "then"sv) {
                p.unwitting = p.unwitting || rules_.unwitting_words.count(items[j].word);  // "accidentally hands him"
                k = j;
                continue;
            }
            // "who once gave her bread": "once" between a subject and its verb is an adverb.
            if (c == "after"sv && j + 1 == i && !items[i].word.ends_with("ing") && j > 0 && (is_entity(j - 1) || classes[j - 1] == "subject"sv || classes[j - 1] == "relative"sv)) {
                k = j;
                continue;
            }
            if (c == "negation"sv) { p.negated = true; k = j; continue; }
            // "Arthur, Seward and Quincey each give Lucy a transfusion": a quantifier floated
            // between a subject and its verb.
            if (j + 1 == i && j > 0 && is_entity(j - 1) &&
                (items[j].word == "each"sv || items[j].word == "both"sv || items[j].word == "all"sv)) {
                k = j;
                continue;
            }
            // "Munro has him arrested", "to have Albany killed": a causative "have" and the one it is
            // done to; its subject had it done. Only a character (or a pronoun) right before the verb.
            if (k == i && !p.causative_object && j > 0 && is_entity(j) && items[j].is_character() && classes[j - 1] == "have"sv &&
                reading(*readings, {Shape::past}) && !reading(*readings, {Shape::base, Shape::third_person})) {
                p.causative_object = items[j].entity;
                have = true;
                k = j - 1;
                continue;
            }
            // "each time Hildy has to bail him out": "has to" before a base form is a modal of
            // obligation, and the deed is told as done.
            if (items[j].word == "to"sv && j + 1 == i && k == i && j > 0 && classes[j - 1] == "have"sv &&
                reading(*readings, {Shape::base})) {
                modal = true;
                k = j - 1;
                continue;
            }
            if (c == "be"sv) { be = true; k = j; continue; }
            if (c == "have"sv) { have = true; p.past_perfect = p.past_perfect || items[j].word == "had"sv; k = j; continue; }
            if (c == "do"sv || c == "modal"sv) {
                modal = true;
                // "Shere Khan would kill him", "so that she could marry him": may be, not is.
                if (c == "modal"sv) p.intended = p.modal = true;
                k = j;
                continue;
            }
            break;
        }
        p.aux_begin = k;
        const bool has_left = k > 0;
        const std::size_t left = has_left ? k - 1 : 0;
        const std::string_view left_class = has_left ? classes[left] : std::string_view();
        const std::string left_word = has_left ? items[left].word : std::string();

        // "brings the children home", "sets him free": a particle after a verb's object completes that verb.
        // So after a list: "drives Lucie, her daughter and Darnay out of France".
        if (own_class == "particle"sv && has_left && left > 0 && is_entity(left) &&
            (lexicon[left - 1] || (joined_object_start(left) > 0 && lexicon[joined_object_start(left) - 1])))
            continue;
        // "a woman named Salena": the name of the one before it, not a naming.
        if (has_left && is_entity(left) && !be && !have && rules_.naming_words.count(items[i].word) && i + 1 < n &&
            is_entity(i + 1))
            continue;

        const VerbForm* form = nullptr;
        if (has_left && !be && !have && items[i].word.ends_with("ing") && aspect_verb_at(left) &&
            (form = reading(*readings, {Shape::present_participle})) != nullptr) {
            p.infinitive = true;
        } else if (left_word == "to"sv && !be && !have) {
            form = reading((*readings), {Shape::base});
            p.infinitive = form != nullptr;
            // "unable to work or to care for Alicia": a second infinitive joined to the first.
            p.joined_infinitive = form && left > 0 && (items[left - 1].word == "and"sv || items[left - 1].word == "or"sv) &&
                                  !predicates.empty() && predicates.back().infinitive;
        } else if (left_word == "to"sv) {
            // "only to be mugged", "to have left"
            form = reading((*readings), {Shape::past});
            p.passive = form && be;
            p.infinitive = form != nullptr;
        } else if (modal) {
            form = reading((*readings), {Shape::base});
        } else if (be) {
            form = reading((*readings), {Shape::past, Shape::present_participle});
            p.passive = form && form->shape == Shape::past;
        } else if (have) {
            form = reading((*readings), {Shape::past});
            // "Having helped Cole, Malcolm tells", "after having freed him": a perfect participle
            // opening its clause, done by the clause's subject. Not "Lundy, having seen Daniel, gives".
            p.participle = form && items[k].word == "having"sv &&
                           (!has_left || left_class == "after"sv || left_class == "before"sv || left_word == "by"sv);
        } else if (!has_left) {
            // "Returning home, he ...": a participle opening the sentence. One that is also a
            // noun ("Helping Cole, ...") only with a character or a determiner after it.
            form = reading((*readings), {Shape::present_participle, Shape::past});
            const bool object_after = i + 1 < n && (is_entity(i + 1) || classes[i + 1] == "determiner"sv);
            if (form && ((form->also_noun && !(form->shape == Shape::present_participle && object_after)) || i + 1 >= n))
                form = nullptr;
            p.participle = form != nullptr;
            // "Helped by Ron, Harry digs a tunnel": the clause's subject undergoes it, Ron does it.
            p.passive = form && form->shape == Shape::past && by_follows(i);
        } else if (left_class == "determiner"sv && !is_entity(left)) {
            form = nullptr;  // "his plans", "the visit"; not "helps her find", where "her" is an object
        } else if (left_class == "preposition"sv) {
            // "by defecting", "without telling him"; otherwise a noun.
            // "succeeds in rescuing his son": the rescue, done by the subject.
            const bool after_control = left_word == "in"sv && left > 0 && lexicon[left - 1] &&
                                       std::any_of(lexicon[left - 1]->begin(), lexicon[left - 1]->end(),
                                                   [&](const VerbForm& verb) { return rules_.control_verbs.count(verb.lemma); });
            // "beaten for refusing to help him": a refusal after "for", whose deed does not happen.
            const auto refusal = [&] {
                const VerbForm* participle = reading(*readings, {Shape::present_participle});
                if (!participle) return false;
                const auto control = rules_.control_verbs.find(participle->lemma);
                return control != rules_.control_verbs.end() && control->second == "negative"sv;
            };
            // "pressures Edna into taking in a boarder", "tricks him into signing": the object does it.
            const bool object_into = left_word == "into"sv && left >= 2 && is_entity(left - 1) &&
                                     items[left - 1].is_character() && lexicon[left - 2] != nullptr;
            if (left_word == "by"sv || left_word == "without"sv || left_word == "upon"sv || after_control ||
                (left_word == "for"sv && refusal()) || object_into)
                form = reading((*readings), {Shape::present_participle});
            p.into_gerund = object_into && form != nullptr;
            // "tricks her into helping him", "provoked him into killing her": a deed drawn out by deceit
            // is not meant as what it does.
            p.unwitting = p.unwitting || (p.into_gerund && rules_.is_deceit_verb(items[left - 2].word));
            p.participle = form != nullptr && !p.into_gerund;
        } else if (left_class == "after"sv || left_class == "before"sv || opens_subordinate_clause(left_class)) {
            form = reading((*readings), {Shape::present_participle});
            p.participle = form != nullptr;
        } else if (is_entity(left) && items[left].is_character() && verb_of_object_in(left, rules_.object_participle_verbs) &&
                   (i + 1 >= n || !is_entity(i + 1)) && (form = reading(*readings, {Shape::past})) != nullptr) {
            // "finds Marley killed", "leaves him tied to a tree": what befell the object; not
            // "sees Bob kissed Mary", a clause of its own with an object.
            p.passive = p.reduced_relative = true;
        } else if (is_entity(left) && verb_of_object_in(left, rules_.bare_infinitive_verbs) &&
                   !comma_closes_opening_clause(left) && (form = reading(*readings, {Shape::base})) != nullptr) {
            // "helps him find his wife": "find" is done by "him".
            p.bare_infinitive = true;
        } else if ((is_entity(left) && (!object_pronoun(left) || object_of_relative_before(left))) ||
                   left_class == "subject"sv || left_class == "plural-subject"sv || left_class == "relative"sv) {
            // "Matt and Mark rescue", "Matt and his son Mark rescue": names joined by "and".
            const auto joined_by_and = [&] {
                for (std::size_t j = left, skipped = 0; j >= 2 && skipped <= 3; --j, ++skipped) {
                    // "Anatoly, Boris, and Lucia", "Mrs. Potts, a teapot, and her son Chip".
                    if (items[j - 1].word == "and"sv)
                        return is_entity(j - 2) || (j >= 3 && items[j - 2].word == ","sv &&
                                                    (is_entity(j - 3) || named_before_apposition(j - 2).has_value()));
                    // "his son Mark": a possessive, a plain word, or another mention of the same one.
                    const bool same_one = is_entity(j - 1) && is_entity(left) && *items[j - 1].entity == *items[left].entity;
                    const bool part_of_phrase =
                        same_one || (items[j - 1].is_word && (items[j - 1].mention ? items[j - 1].mention->possessive
                                                                                   : classes[j - 1].empty()));
                    if (!part_of_phrase) return false;
                }
                return false;
            };
            // "the guards give", "the hyenas attack", "the Dursleys warn": a plural description or
            // family name takes the bare verb too.
            const bool plural_description = items[left].mention && items[left].mention->plural &&
                                            (items[left].mention->form == MentionForm::description ||
                                             items[left].mention->form == MentionForm::name);
            // "The men who robbed Harry attack Ron": the verb agrees with the relative clause's antecedent.
            const auto plural_antecedent = [&] {
                if (!is_entity(left) || !object_of_relative_before(left)) return false;
                const Predicate& clause = predicates.back();
                if (clause.aux_begin < 2) return false;
                const std::size_t antecedent = clause.aux_begin - 2;
                return is_entity(antecedent) && items[antecedent].mention->plural;
            };
            const bool plural = left_class == "plural-subject"sv || left_class == "relative"sv || plural_description ||
                                joined_by_and() || plural_antecedent();
            form = plural ? reading((*readings), {Shape::third_person, Shape::past, Shape::base})
                          : reading((*readings), {Shape::third_person, Shape::past});
            if (form && form->shape == Shape::base && form->also_noun && !plural) form = nullptr;
            // "attacks the police station, killing": a group noun written in the singular, then a
            // noun that is also a bare verb with nothing after it, is a compound noun.
            const bool group_compound = form && form->shape == Shape::base && form->also_noun && plural_description &&
                                        !items[left].mention->text.ends_with('s') &&
                                        (i + 1 >= n || !items[i + 1].is_word);
            if (group_compound) form = nullptr;
            p.relative = left_class == "relative"sv;
            // "joins a patrol led by Colonel Hathi", "meets a girl raised by Boris": a past
            // participle between two characters, the second after "by", says what befell the first.
            if (is_entity(left) && items[left].is_character() && !items[left].mention->possessive &&
                by_character_after(i)) {
                const VerbForm* participle = reading(*readings, {Shape::past});
                if (participle && !rules_.by_particle_verbs.count(participle->lemma)) {
                    form = participle;
                    p.passive = p.reduced_relative = true;
                }
            }
        } else if (left_word == "and"sv && !predicates.empty() && predicates.back().participle &&
                   predicates.back().form->shape == Shape::present_participle && predicates.back().item + 1 < left &&
                   items[i].word.ends_with("ing") &&
                   (form = reading(*readings, {Shape::present_participle})) != nullptr) {
            // "defending Charlie and denouncing Trask": a participle joined to one with its object is done
            // by the same (not "bullying and encouraging him", two verbs of one object).
            p.participle = true;
        } else if (left_word == ","sv && (!predicates.empty() || (left > 0 && is_entity(left - 1) && phrase_start(left - 1) == 0)) &&
                   (form = reading(*readings, {Shape::present_participle})) != nullptr) {
            // "He seeks refuge behind a counter, hiding under her skirt": the clause's subject does it.
            // "The inspector, finding his story plausible, lets him go": the subject before it.
            p.participle = true;
        } else if (const auto appositive = left_word == ","sv ? apposition_subject(left, short_apposition) : std::nullopt;
                   (left_class == "coordinator"sv || left_word == ","sv) &&
                   (!predicates.empty() || appositive || (left_class == "coordinator"sv && be_clause_before(left)) ||
                    // "Harry, betrayed by Ron, cries": a passive participle set off after the name opening the sentence.
                    (left_word == ","sv && left > 0 && is_entity(left - 1) && items[left - 1].is_character() &&
                     i + 1 < n && items[i + 1].word == "by"sv))) {
            // "defects and hides": a second verb of the same subject. A word
            // that is also a noun must be in the tense of a verb before it.
            // A character right after it ("and helps him") makes it a verb anyway.
            // After a plural or infinitive verb the second is bare too: "find him and persuade him".
            // After "The guards, glad to be rid of her," a plural subject's bare verb.
            // So does a list: "Mrs. Maylie, and her niece, Rose, take him in".
            const auto listed_appositive = [&] {
                Predicate trial;
                trial.subject_begin = *appositive;
                trial.agents.push_back(*items[*appositive].entity);
                join_earlier_subjects(trial);
                return trial.agents.size() >= 2;
            };
            const bool plural_appositive = appositive && (items[*appositive].mention->plural || listed_appositive());
            // "The thugs are won over by her dream and help the pair escape": after a plural
            // auxiliary ("are", "were", "have"), or a plural subject right before the verb, a bare verb.
            const auto plural_clause = [&](const Predicate& before) {
                const std::string& aux = items[before.aux_begin].word;
                if (before.aux_begin < before.item && (aux == "are"sv || aux == "were"sv || aux == "have"sv)) return true;
                const std::size_t k = before.aux_begin;
                if (k > 0 && items[k - 1].mention && items[k - 1].mention->plural && !items[k - 1].mention->possessive)
                    return true;
                // "Ethel and Charlie come and pull him out": names joined by "and" are plural too.
                return k > 2 && is_entity(k - 1) && items[k - 2].word == "and"sv && is_entity(k - 3);
            };
            // "find Tom, badly wounded by Harry, and take him": the number is the clause's, not the participle's.
            auto governing = predicates.rbegin();
            while (governing != predicates.rend() && governing->passive && governing->form->shape == Shape::past &&
                   governing->aux_begin > 0 && items[governing->aux_begin - 1].word == ","sv && governing->item + 1 < n &&
                   items[governing->item + 1].word == "by"sv)
                ++governing;
            // "Ron and Hermione are kind to Harry and try to reassure him": a plural "be" with no event of its own.
            const auto be_before = predicates.empty() && left_class == "coordinator"sv ? be_clause_before(left) : std::nullopt;
            const bool plural_be = be_before && (items[*be_before].word == "are"sv || items[*be_before].word == "were"sv);
            form = (governing != predicates.rend() && (governing->form->shape == Shape::base || plural_clause(*governing))) ||
                           plural_appositive || plural_be
                       ? reading((*readings), {Shape::third_person, Shape::past, Shape::base})
                       : reading((*readings), {Shape::third_person, Shape::past});
            // "and hires bodyguard and womanizer Serge": a character after a few plain words counts too.
            bool object_follows = false;
            for (std::size_t j = i + 1; j < n && j <= i + 8 && !object_follows; ++j) {
                if (items[j].is_character()) {
                    object_follows = !items[j].mention->possessive;
                    break;
                }
                if (items[j].word == "-"sv) continue;  // "self-proclaimed"
                const bool plain = items[j].is_word && !items[j].mention && (!in_lexicon(j) || items[j - 1].word == "-"sv) &&
                                   (classes[j].empty() || classes[j] == "determiner"sv || classes[j] == "coordinator"sv);
                if (!plain) break;
            }
            // "and plans to raise the baby": a verb of wanting or trying, with "to" after it, is a verb.
            if (form && form->also_noun && i + 1 < n && items[i + 1].word == "to"sv &&
                rules_.control_verbs.count(form->lemma))
                object_follows = true;
            // "Tom, badly wounded by Harry": a participle with its doer after "by" is a verb.
            if (form && form->shape == Shape::past && by_character_after(i)) object_follows = true;
            // Right after an apposition closes ("Robin, disguised as a beggar, secretly returns") it is the verb.
            // A verb's tense is its auxiliary's: "is arrested and escapes" go together.
            const auto tense_shape = [&](const Predicate& o) {
                const std::string& aux = items[o.aux_begin].word;
                if (o.aux_begin < o.item && (aux == "is"sv || aux == "has"sv || aux == "does"sv)) return Shape::third_person;
                if (o.aux_begin < o.item && (aux == "was"sv || aux == "had"sv || aux == "did"sv)) return Shape::past;
                return o.form->shape;
            };
            const auto be_tense = [&]() -> std::optional<Shape> {
                const auto be = be_clause_before(left);
                if (!be) return std::nullopt;
                const std::string& word = items[*be].word;
                if (word == "is"sv) return Shape::third_person;
                if (word == "was"sv || word == "were"sv) return Shape::past;
                if (word == "are"sv) return Shape::base;
                return std::nullopt;
            };
            if (form && form->also_noun && !object_follows && !appositive &&
                std::none_of(predicates.begin(), predicates.end(), [&](const Predicate& o) {
                    return o.form->shape == form->shape || tense_shape(o) == form->shape;
                }) && be_tense() != form->shape)
                form = nullptr;
            // A noun after "and" far from the verb ("... apples and pears"), or one with "of", is not a verb.
            if (form && form->also_noun && !object_follows && !appositive &&
                ((!predicates.empty() && predicates.back().item + 8 < left) || (i + 1 < n && items[i + 1].word == "of"sv)))
                form = nullptr;
            p.joined_infinitive = form && form->shape == Shape::base && !predicates.empty() && predicates.back().infinitive &&
                                  !appositive;
            p.infinitive = p.joined_infinitive;
            p.inherits_subject = form != nullptr && !p.joined_infinitive;
            // "Katniss and Peeta are taken away, accompanied by Haymitch": a passive participle;
            // "is attacked by raiders and rescued by Ben Kenobi": a second one.
            // "Wilbur lives on, cared for by the Zuckermans": through a stranded preposition too.
            const bool after_passive = left_class == "coordinator"sv && !predicates.empty() && predicates.back().passive;
            p.passive = form && (left_word == ","sv || after_passive) && form->shape == Shape::past && by_follows(i);
            // "is starved, overworked and scolded": a participle listed right after a passive one is passive too.
            const bool listed_after_passive = !predicates.empty() && predicates.back().passive &&
                                              predicates.back().item + 2 == i && (left_word == ","sv || left_word == "and"sv);
            // Not a verb of two who do it together ("are found and married"): they marry.
            const auto together = [&](const std::string& lemma) {
                const auto implied = rules_.event_relations.find(lemma);
                return implied != rules_.event_relations.end() &&
                       std::all_of(implied->second.begin(), implied->second.end(), [](const EventRelation& relation) {
                           return relation.direction == EventRelation::Direction::undirected;
                       });
            };
            if (form && !p.passive && listed_after_passive && form->shape == Shape::past && (i + 1 >= n || !is_entity(i + 1)) &&
                !together(form->lemma))
                p.passive = true;
            // "but Elsa, frightened that she will hurt her, strikes": a participle set off right
            // after a name that opens its clause says what befell that name.
            if (form && !p.passive && left_word == ","sv && form->shape == Shape::past && left > 0 && is_entity(left - 1) &&
                items[left - 1].is_character() && (i + 1 == n || !is_entity(i + 1))) {
                p.passive = opens_clause_at(phrase_start(left - 1));
            }
        } else if (has_left && !predicates.empty() && predicates.back().item == left && items[i].word.ends_with("ing") &&
                   i + 1 < n && (is_entity(i + 1) || classes[i + 1] == "determiner"sv) &&
                   (form = reading(*readings, {Shape::present_participle})) != nullptr) {
            // "Ross is badly wounded shielding Nakia", "dies saving her": a participle right after
            // the verb is done by its subject.
            p.participle = true;
        } else if (has_left && thing_object_before(left) && items[i].word.ends_with("ing") && i + 1 < n &&
                   (items[i + 1].is_character() || classes[i + 1] == "determiner"sv) &&
                   (form = reading(*readings, {Shape::present_participle})) != nullptr) {
            // "gives a passionate speech defending Charlie's integrity", "writes a letter denouncing
            // Dantès": a participle after the thing the verb makes is done by the verb's subject.
            p.participle = true;
        } else if (has_left && the_two(left)) {
            form = reading((*readings), {Shape::third_person, Shape::past, Shape::base});
        } else if (has_left && !items[left].mention && items[left].is_word && left_class.empty()) {
            // "two young men mug him": a subject the finder does not know.
            // "the other objects serve her": a plural noun after a determiner takes the bare verb.
            const bool plural_noun = left_word.size() > 3 && left_word.ends_with('s') && !left_word.ends_with("ss") &&
                                     left > 0 && (classes[left - 1] == "determiner"sv ||
                                                  (left > 1 && classes[left - 2] == "determiner"sv && classes[left - 1].empty()));
            // "Imelda and the family rescue the pair": a noun joined to a character by "and".
            const bool joined_noun = left > 2 && classes[left - 1] == "determiner"sv && items[left - 2].word == "and"sv &&
                                     is_entity(left - 3) && items[left - 3].is_character();
            form = plural_noun || joined_noun ? reading((*readings), {Shape::third_person, Shape::past, Shape::base})
                                              : reading((*readings), {Shape::third_person, Shape::past});
            // "the toys repair his arm": a verb that is also a noun, when an object follows.
            const bool object_follows = i + 1 < n && (is_entity(i + 1) || classes[i + 1] == "determiner"sv ||
                                                      (items[i + 1].mention && items[i + 1].mention->possessive));
            // "a falling pillar crushes Meg": a verb in -s right before a character is a verb.
            const bool verb_on_character = form && form->shape == Shape::third_person && !plural_noun && i + 1 < n &&
                                           is_entity(i + 1) && items[i + 1].is_character() &&
                                           !items[i + 1].mention->possessive;
            // "the crew of a fishing boat spots the smoke": a verb in -s after a singular noun, an object after it.
            const bool verb_after_singular = form && form->shape == Shape::third_person && object_follows && !plural_noun &&
                                             !left_word.ends_with('s') && left > 0 &&
                                             (classes[left - 1] == "determiner"sv || classes[left - 1].empty());
            if (form && form->also_noun && !((plural_noun || joined_noun) && object_follows) && !verb_on_character &&
                !verb_after_singular)
                form = nullptr;
        }
        if (!form) continue;
        p.form = form;
        predicates.push_back(std::move(p));
    }
    if (predicates.empty()) return;

    // 2. Subjects, scanning left from each verb's auxiliaries.
    // "The crew, which also includes Tank, his brother Dozer and Cypher, trains Neo": the verb at q
    // comes after a comma that closes a relative clause on a name opening the sentence.
    // "Favell, who has a note asking him to come on the night she died, accuses Maxim": verbs inside
    // the clause, with no comma between, leave it the relative clause's too.
    const auto relative_clause_before = [&](std::size_t q) -> const Predicate* {
        for (std::size_t r = q; r-- > 0;) {
            const Predicate& o = predicates[r];
            if (o.relative && o.antecedent_opens && !o.agents.empty()) return &o;
            if (r == 0 || predicates[q].aux_begin == 0) return nullptr;
            for (std::size_t i = predicates[r - 1].item + 1; i + 1 < predicates[q].aux_begin; ++i)
                if (items[i].word == ","sv) return nullptr;
        }
        return nullptr;
    };
    const auto who_clause_antecedent = [&](std::size_t comma) -> std::optional<std::size_t> {
        for (std::size_t j = comma, seen = 0; j-- > 0 && seen < 40; ++seen) {
            if (items[j].word == ","sv) return std::nullopt;
            if (items[j].word != "who"sv || classes[j] != "relative"sv) continue;
            if (j < 2 || items[j - 1].word != ","sv || !is_entity(j - 2) || !items[j - 2].is_character() ||
                items[j - 2].mention->possessive || !opens_clause_at(phrase_start(j - 2)))
                return std::nullopt;
            return j - 2;
        }
        return std::nullopt;
    };
    for (std::size_t q = 0; q < predicates.size(); ++q) {
        Predicate& p = predicates[q];
        p.subject_begin = p.aux_begin;
        if (p.joined_infinitive) {
            p.subject_begin = p.aux_begin > 0 ? p.aux_begin - 1 : 0;  // the "and"
            continue;
        }
        if (p.infinitive) {
            p.subject_begin = p.aux_begin > 0 ? p.aux_begin - 1 : 0;  // the "to"
            // "Bracken and Holden are able to save her": the subject of "are able".
            std::size_t k = p.subject_begin;
            // "long enough for Travis's mother to rescue the boy", "waits for Anna to finish":
            // "for", someone, "to" says who does it.
            if (k >= 2 && is_entity(k - 1) && items[k - 1].is_character() && !items[k - 1].mention->possessive) {
                std::size_t first = phrase_start(k - 1);
                // Back over the owner of "Travis's mother".
                if (first >= 2 && is_possessive_marker(first - 1) && is_entity(first - 2)) first -= 2;
                else if (first >= 1 && is_entity(first - 1) && items[first - 1].mention->possessive) --first;
                if (first >= 2 && items[first - 1].word == "for"sv && rules_.for_subject_words.count(items[first - 2].word)) {
                    p.agents = {*items[k - 1].entity};
                    p.subject_begin = first;
                    p.own_subject = true;
                    continue;
                }
            }
            const bool adjective_after_be = k >= 2 && classes[k - 2] == "be"sv && !items[k - 1].mention &&
                                            items[k - 1].is_word && classes[k - 1].empty() &&
                                            !in_lexicon(k - 1);  // "is grateful to see"
            const std::string_view predicative = k > 0 ? classes[k - 1] : std::string_view();
            if (k > 0 && (predicative.starts_with("predicative") || adjective_after_be)) {
                // "is willing to help" is only offered; "is unable to save her" does not save her.
                p.intended = predicative == "predicative-intent"sv;
                p.negated = p.negated || predicative == "predicative-negative"sv;
                --k;
                // "would never be able to defeat him" does not defeat him.
                while (k > 0 && (is_adverb(k - 1) || classes[k - 1] == "be"sv || classes[k - 1] == "negation"sv ||
                                 classes[k - 1] == "modal"sv)) {
                    p.negated = p.negated || classes[k - 1] == "negation"sv;
                    --k;
                }
                if (k > 0 && is_entity(k - 1)) {
                    std::size_t first = k - 1;
                    p.agents.push_back(*items[first].entity);
                    while (first >= 2 && is_entity(first - 2) &&
                           (items[first - 1].word == "and"sv || (items[first - 1].word == ","sv && p.agents.size() >= 2))) {
                        first -= 2;
                        add_unique(p.agents, *items[first].entity);
                    }
                    p.subject_begin = first;
                    p.own_subject = true;
                }
            }
            continue;
        }
        if (p.bare_infinitive) {
            for (std::size_t i = joined_object_start(p.aux_begin - 1); i < p.aux_begin; ++i)
                if (is_entity(i)) add_unique(p.agents, *items[i].entity);
            continue;
        }
        if (p.into_gerund) {
            for (std::size_t i = joined_object_start(p.aux_begin - 2); i + 1 < p.aux_begin; ++i)
                if (is_entity(i)) add_unique(p.agents, *items[i].entity);
            continue;
        }
        // "Cornwall, who, with Regan's encouragement, accuses him": an aside between "who" and its verb.
        std::optional<std::size_t> who_before_aside;
        if (p.aux_begin > 0 && items[p.aux_begin - 1].word == ","sv) {
            for (std::size_t j = p.aux_begin - 1, seen = 0; j-- > 1 && seen < 10; ++seen) {
                const bool verb_between = std::any_of(predicates.begin(), predicates.begin() + static_cast<std::ptrdiff_t>(q),
                                                      [&](const Predicate& o) { return o.item == j; });
                if (verb_between) break;
                if (items[j].word != ","sv) continue;
                if (items[j - 1].word == "who"sv && classes[j - 1] == "relative"sv) who_before_aside = j - 1;
                break;
            }
        }
        if (who_before_aside) p.inherits_subject = false;
        if (p.inherits_subject && p.aux_begin > 0 && items[p.aux_begin - 1].word == ","sv) {
            // "Mufasa, alerted by Zazu, arrives": the name right before a passive participle undergoes it.
            // Not "runs a camp for these children, assisted by Evelyn": the name opens its clause.
            if (const std::size_t before = p.aux_begin - 1; p.passive && before > 0 && is_entity(before - 1) &&
                                                              !items[before - 1].mention->possessive &&
                                                              opens_clause_at(before - 1)) {
                p.inherits_subject = false;
                p.agents.push_back(*items[before - 1].entity);
                p.subject_begin = before - 1;
                continue;
            }
            // "The police find Tom, badly wounded by Harry, and take him": a character that does
            // not open its clause undergoes the participle, and stays the verb's object before.
            if (const std::size_t before = p.aux_begin - 1; p.passive && before > 0 && is_entity(before - 1) &&
                                                              items[before - 1].is_character() &&
                                                              !items[before - 1].mention->possessive &&
                                                              p.item + 1 < n && items[p.item + 1].word == "by"sv &&
                                                              (phrase_start(before - 1) == 0 ||
                                                               classes[phrase_start(before - 1) - 1] != "preposition"sv)) {
                p.inherits_subject = false;
                p.reduced_relative = true;
                p.agents.push_back(*items[before - 1].entity);
                p.subject_begin = p.aux_begin;
                continue;
            }
            // "The crew, which also includes Tank, his brother Dozer and Cypher, trains Neo".
            if (const Predicate* clause = relative_clause_before(q)) {
                p.inherits_subject = false;
                p.agents = clause->agents;
                p.subject_begin = p.aux_begin - 1;
                continue;
            }
            // "Favell, who has a note from Rebecca asking him to come on the night she died, accuses
            // Maxim": a "who" clause with no comma inside, on a name opening its clause, even when
            // its own verb is no event ("has").
            if (const auto named = who_clause_antecedent(p.aux_begin - 1)) {
                p.inherits_subject = false;
                p.agents.push_back(*items[*named].entity);
                p.subject_begin = p.aux_begin - 1;
                continue;
            }
            // "The guards, glad to be rid of her, give Dorothy the broomstick."
            if (const auto subject = apposition_subject(p.aux_begin - 1, short_apposition)) {
                p.inherits_subject = false;
                p.agents.push_back(*items[*subject].entity);
                p.subject_begin = *subject;
                join_earlier_subjects(p);
                continue;
            }
        }
        // "..., Mulan, fearing that he will die, cuts off her hair": a participle set off
        // right after a name that opens its clause is that name's.
        if (p.participle && p.aux_begin >= 2 && items[p.aux_begin - 1].word == ","sv && is_entity(p.aux_begin - 2) &&
            items[p.aux_begin - 2].is_character()) {
            if (opens_clause_at(phrase_start(p.aux_begin - 2))) {
                p.agents.push_back(*items[p.aux_begin - 2].entity);
                p.subject_begin = p.aux_begin - 1;
                continue;
            }
        }
        if (p.participle || p.inherits_subject) {
            if (p.aux_begin > 0) p.subject_begin = p.aux_begin - 1;
            continue;
        }
        // The undergoer stays the object of the verb before: "joins a patrol led by Hathi".
        if (p.reduced_relative) {
            p.agents.push_back(*items[p.aux_begin - 1].entity);
            p.subject_begin = p.aux_begin;
            continue;
        }
        if (p.aux_begin == 0) continue;
        std::size_t k = p.aux_begin - 1;
        if (who_before_aside) k = *who_before_aside;
        const std::string_view c = classes[k];
        // "The girl raised by Boris marries Vladimir": the one the participle befell is the subject.
        if (q > 0 && predicates[q - 1].reduced_relative && is_entity(k) && k >= 1 &&
            predicates[q - 1].item + 2 == k && items[k - 1].word == "by"sv) {
            p.agents = predicates[q - 1].agents;
            p.subject_begin = predicates[q - 1].subject_begin;
            continue;
        }
        // "The soldier who shot Harry flees", "the gang that robbed him attacks": the character right
        // before the verb is the relative clause's object; the verb is the antecedent's.
        if (is_entity(k) && q > 0 && predicates[q - 1].relative && !predicates[q - 1].agents.empty() &&
            predicates[q - 1].item < k && p.form && p.form->shape != Shape::present_participle && !p.bare_infinitive &&
            !p.infinitive && !p.participle &&
            std::none_of(predicates[q - 1].agents.begin(), predicates[q - 1].agents.end(),
                         [&](std::size_t agent) { return agent == *items[k].entity; })) {
            bool object_of_clause = true;
            for (std::size_t i = predicates[q - 1].item + 1; i < k && object_of_clause; ++i)
                object_of_clause = items[i].word != ","sv && items[i].word != "and"sv && items[i].word != "that"sv &&
                                   !is_boundary(i) && classes[i] != "relative"sv && classes[i] != "coordinator"sv &&
                                   !opens_subordinate_clause(classes[i]) && classes[i] != "after"sv && classes[i] != "before"sv;
            if (object_of_clause) {
                p.agents = predicates[q - 1].agents;
                p.subject_begin = p.aux_begin;
                continue;
            }
        }
        if (is_entity(k) && (k == 0 || classes[k - 1] != "preposition"sv)) {
            p.agents.push_back(*items[k].entity);
            p.subject_begin = k;
            // "his son Mark": the description before the name is the same subject.
            while (p.subject_begin > 0 && is_entity(p.subject_begin - 1) &&
                   *items[p.subject_begin - 1].entity == *items[k].entity)
                --p.subject_begin;
            join_earlier_subjects(p);
        } else if (k >= 1 && !items[k].mention && items[k].is_word && rules_.means_nouns.count(items[k].word) &&
                   items[k - 1].is_character() && !is_entity(k - 1) && (k < 2 || classes[k - 2] != "preposition"sv)) {
            // "Her shots save Catherine", "his testimony frees Tom": the owner of the means does it.
            p.agents.push_back(*items[k - 1].entity);
            p.subject_begin = k - 1;
        } else if (const bool two = the_two(k); two || unresolved_plural(k, "they")) {
            p.agents = two ? joined_names(items, k, {}) : names_joined_before(k, {});
            // "Harry tells her they must go": the "they" of what one tells another, right after
            // the one told, is the two of them.
            if (!two && q > 0 && predicates[q - 1].form && rules_.object_that_verbs.count(predicates[q - 1].form->lemma) &&
                predicates[q - 1].agents.size() == 1) {
                const std::size_t teller = predicates[q - 1].agents.front();
                std::optional<std::size_t> told;
                bool plain = true;
                for (std::size_t i = predicates[q - 1].item + 1; i < k && plain; ++i) {
                    if (is_entity(i) && !told && *items[i].entity != teller) told = *items[i].entity;
                    else plain = i + 1 == k && items[i].word == "that"sv;
                }
                if (plain && told) p.agents = {teller, *told};
            }
            // "Bambi meets Faline again, and they fall in love": a "they" no names joined before it
            // stand for, right after ", and", is the pair of the clause before, as "the two" is.
            const bool they_after_joint = !two && p.agents.empty() && k >= 2 && items[k - 1].word == "and"sv &&
                                          items[k - 2].word == ","sv;
            p.two_subject = (two && p.agents.size() != 2) || they_after_joint;
            if (p.two_subject) p.agents.clear();
            p.subject_begin = two ? k - 1 : k;
            // "the two quickly become close friends": the relation rules read the two by name.
            if (p.agents.size() >= 2) p.plural_stand_ins.push_back({items[k].first_token, p.agents});
        } else if (c == "relative"sv) {
            // "Lionel, who protects him": the name before "who". "who has come back": an
            // auxiliary between.
            p.relative = true;
            std::size_t antecedent = k;
            while (antecedent > 0 && items[antecedent - 1].word == ","sv) --antecedent;
            // "it was Madhav, and not Sreenu, who helped her": the denied name is not the antecedent.
            if (antecedent >= 2 && is_entity(antecedent - 1) && classes[antecedent - 2] == "negation"sv) {
                std::size_t before = antecedent - 2;
                while (before > 0 && (items[before - 1].word == ","sv || classes[before - 1] == "coordinator"sv)) --before;
                if (before > 0 && is_entity(before - 1)) antecedent = before;
            }
            // "a couple in Sifnos, who try to help him": the place only says where they are.
            if (antecedent >= 3 && is_entity(antecedent - 1) && items[antecedent - 1].is_place() &&
                classes[antecedent - 2] == "preposition"sv && is_entity(antecedent - 3) && items[antecedent - 3].is_character())
                antecedent -= 2;
            // "Peeta, a baker's son who once gave her bread": the one the apposition describes.
            if (antecedent > 0 && !is_entity(antecedent - 1) && items[k].word == "who"sv) {
                std::size_t start = antecedent;
                // "a sharp-witted boy known as the Artful Dodger, who": a naming phrase belongs to it.
                const auto naming_as = [&](std::size_t i) {
                    return items[i].word == "as"sv && i > 0 &&
                           (items[i - 1].word == "known"sv || rules_.naming_words.count(items[i - 1].word));
                };
                // "Bert, now working as a chimney sweep, who": adverbs and prepositions inside too,
                // and the hyphens of "a good-natured Yorkshireman".
                const auto hyphen_inside = [&](std::size_t i) {
                    return items[i].word == "-"sv && i > 0 && items[i - 1].is_word && items[i + 1].is_word;
                };
                while (start > 0 && antecedent - start < 10 &&
                       (items[start - 1].is_word || is_possessive_marker(start - 1) || hyphen_inside(start - 1)) &&
                       (items[start - 1].mention ? items[start - 1].mention->possessive || is_possessive_marker(start)
                                                 : classes[start - 1].empty() || classes[start - 1] == "determiner"sv ||
                                                       classes[start - 1] == "adverb"sv || classes[start - 1] == "preposition"sv ||
                                                       items[start - 1].word == "as"sv || naming_as(start - 1)))
                    --start;
                if (start >= 2 && start < antecedent && items[start - 1].word == ","sv && is_entity(start - 2) &&
                    items[start - 2].is_character())
                    antecedent = start - 1;
                // "a sharp-witted boy known as the Artful Dodger, who": the described one.
                else if (start >= 1 && start < antecedent && items[start - 1].is_character() &&
                         items[start - 1].mention->form == MentionForm::description && naming_as(start + 1))
                    antecedent = start;
                // "Katanga, an old friend of Indy's, who hides him": the description the owner is after.
                // "Kahu, a girl on horseback, who takes him home": so after any preposition.
                else if (start >= 1 && start < antecedent && is_entity(start - 1) &&
                         items[start - 1].is_character() && items[start - 1].mention->form == MentionForm::description &&
                         (items[start].word == "of"sv || classes[start] == "preposition"sv))
                    antecedent = start;
                // "Peter is a young thief who helps Wendy": what the subject is said to be.
                else if (const auto subject = copula_subject_before(start, antecedent); subject && start < antecedent)
                    antecedent = *subject + 1;
            }
            // "a hermit who lives alone and who gives them shelter": a second relative clause joined
            // to the first is about the same one.
            const Predicate* joined_relative = nullptr;
            if (antecedent == k && k > 0 && (items[k - 1].word == "and"sv || items[k - 1].word == "but"sv))
                for (std::size_t r = q; r-- > 0 && !joined_relative;)
                    if (predicates[r].relative && !predicates[r].agents.empty()) joined_relative = &predicates[r];
            if (joined_relative) {
                p.agents = joined_relative->agents;
            } else if (antecedent > 0 && is_entity(antecedent - 1)) {
                p.agents.push_back(*items[antecedent - 1].entity);
                p.antecedent_opens = opens_clause_at(phrase_start(antecedent - 1));
                // "found by Timon and Pumbaa, who take him in": a verb that is not
                // third person singular has the whole list before "who" as its subject.
                // "who is loved by": the auxiliary says the number.
                const bool singular_auxiliary = std::any_of(items.begin() + static_cast<std::ptrdiff_t>(p.aux_begin),
                                                            items.begin() + static_cast<std::ptrdiff_t>(p.item), [](const SentenceItem& item) {
                                                                return item.word == "is"sv || item.word == "was"sv || item.word == "has"sv;
                                                            });
                if (p.form->shape != Shape::third_person && !singular_auxiliary && items[k].word == "who"sv) {
                    Predicate listed;
                    listed.subject_begin = antecedent - 1;
                    listed.agents = p.agents;
                    join_earlier_subjects(listed, true);
                    p.agents = listed.agents;
                }
            }
            p.thing_relative = antecedent == k && k > 0 && (items[k].word == "that"sv || items[k].word == "which"sv) &&
                               items[k - 1].is_word && !items[k - 1].mention && classes[k - 1].empty() && may_be_noun(k - 1);
            p.subject_begin = k;
            // "is captured, and Valjean, who has come": a name opening a new clause is not the
            // object of the verb before it.
            if (antecedent > 0 && is_entity(antecedent - 1)) {
                const std::size_t first = phrase_start(antecedent - 1);
                // Not a list: "confronted by Stab, Zilla and Pee Wee, who".
                if (first >= 3 && classes[first - 1] == "coordinator"sv && items[first - 2].word == ","sv &&
                    !is_entity(first - 3))
                    p.subject_begin = first;
            }
        } else if (items[k].word == ","sv) {
            // "The crew, which also includes Tank, his brother Dozer and Cypher, trains Neo": after a
            // relative clause on a name that opens the sentence, that name.
            if (const Predicate* clause = relative_clause_before(q)) {
                p.agents = clause->agents;
                p.subject_begin = k;
            } else if (const auto subject = apposition_subject(k, n)) {
                // "Boris, the apparatchik overseeing the circus, reprimands him."
                p.agents.push_back(*items[*subject].entity);
                p.subject_begin = *subject;
                join_earlier_subjects(p);
            } else if (q > 0) {
                p.inherits_subject = true;
                p.subject_begin = k;
            }
        } else if (c == "coordinator"sv && q > 0) {
            p.inherits_subject = true;
            p.subject_begin = k;
        } else {
            // A subject the finder does not resolve ("two young men", "it"): find where it starts.
            std::size_t begin = k;
            while (begin > 0 && !items[begin - 1].mention && items[begin - 1].is_word && !is_boundary(begin - 1) &&
                   classes[begin - 1] != "coordinator"sv && classes[begin - 1] != "relative"sv &&
                   classes[begin - 1] != "preposition"sv && !in_lexicon(begin - 1))
                --begin;
            p.subject_begin = begin;
            // "the crew of a fishing boat spots the smoke": the group before "of" is the subject.
            std::size_t of = begin;
            while (of > 0 && begin - of < 4 && items[of - 1].is_word && !items[of - 1].mention && items[of - 1].word != "of"sv &&
                   (classes[of - 1].empty() || classes[of - 1] == "determiner"sv))
                --of;
            if (of >= 2 && items[of - 1].word == "of"sv && is_entity(of - 2) && items[of - 2].is_character() &&
                !items[of - 2].mention->possessive && opens_clause_at(phrase_start(of - 2))) {
                p.agents.push_back(*items[of - 2].entity);
                p.subject_begin = phrase_start(of - 2);
            }
            // "Lumière and the other objects serve her": a name joined to it is a subject too.
            if (begin >= 2 && items[begin - 1].word == "and"sv && is_entity(begin - 2) && p.form->shape == Shape::base) {
                p.agents.push_back(*items[begin - 2].entity);
                p.subject_begin = begin - 2;
                join_earlier_subjects(p);
            }
        }
    }
    // "... the club where Manu is held and helps him": a verb after "and" is
    // not coordinated with one inside a "where"/"when" clause.
    const auto opens_subordinate = [&](const Predicate& o) {
        const std::size_t first = std::min(o.subject_begin, o.aux_begin);
        // "and, after the captain leaves for Vienna, teaches them": "after" and "before" open one too.
        return first > 0 && (opens_subordinate_clause(classes[first - 1]) || classes[first - 1] == "after"sv ||
                             classes[first - 1] == "before"sv);
    };
    // "tells him that Morpheus believes": a clause said after a verb and "that".
    const auto said_after_that = [&](const Predicate& o) {
        const std::size_t first = std::min(o.subject_begin, o.aux_begin);
        return first >= 2 && items[first - 1].word == "that"sv && lexicon[first - 2] != nullptr;
    };
    // Shared subjects: a coordinated verb takes the one before; a participle
    // ("After defecting, Vladimir ...") the clause it belongs to.
    for (std::size_t q = 0; q < predicates.size(); ++q) {
        Predicate& p = predicates[q];
        if (p.inherits_subject) {
            // The verb it is coordinated with: the last one that is not inside a relative clause or an infinitive.
            // "who suggests that he is not the One, but warns him": never a clause said after "that",
            // and a relative clause goes on after "but".
            bool nearest = true;
            // ", but warns": after a comma and a conjunction, the clause before the "that" is meant.
            // So after "and, with the promise of a reward, persuades": a conjunction with a comma after it.
            const auto opens_aside = [&](std::size_t comma) {
                for (std::size_t k = comma, seen = 0; k-- > 0 && seen < 12; ++seen) {
                    if (items[k].word != ","sv) continue;
                    return k > 0 && classes[k - 1] == "coordinator";
                }
                return false;
            };
            const bool clause_joint =
                p.aux_begin >= 2 && ((classes[p.aux_begin - 1] == "coordinator" && items[p.aux_begin - 2].word == ","sv) ||
                                     (items[p.aux_begin - 1].word == ","sv && opens_aside(p.aux_begin - 1)));
            for (std::size_t r = q; r-- > 0;) {
                const Predicate& o = predicates[r];
                if (clause_joint && said_after_that(o)) continue;
                // "Lionel, who protects him and hides him": "and" with no comma before it goes on inside too.
                const bool and_inside = r + 1 == q && p.aux_begin >= 2 && items[p.aux_begin - 1].word == "and"sv &&
                                        items[p.aux_begin - 2].word != ","sv;
                const bool goes_on = o.relative && nearest && p.aux_begin > 0 &&
                                     (items[p.aux_begin - 1].word == "but"sv || (and_inside && !o.thing_relative && !o.agents.empty()));
                nearest = false;
                if (goes_on) {
                    p.agents = o.agents;
                    break;
                }
                // "George, who has lost patience with the stories, announces": the verb after
                // the relative clause is its antecedent's. Not "aided by Dug, who has come back, rescues".
                if (o.relative && o.antecedent_opens && !clause_joint && items[p.aux_begin - 1].word == ","sv) {
                    p.agents = o.agents;
                    break;
                }
                // Two bare verbs agree with one plural subject: "where Mrs. Maylie and
                // Rose take him in and protect him" goes on inside the "where" clause.
                const bool bare_pair = p.form && o.form && p.form->shape == Shape::base &&
                                       o.form->shape == Shape::base && o.agents.size() >= 2;
                // "lets Cecilia go and floods the apartment": "floods" is not in the bare verb's number.
                const bool other_number = o.bare_infinitive && p.form && p.form->shape != Shape::base;
                // "where Eric finds her on the beach and takes her to his castle": two active verbs
                // joined without a comma go on inside the clause; "where Manu is held and helps him" does not.
                const bool goes_on_inside = !clause_joint && !o.passive && !p.passive && r + 1 == q &&
                                            p.aux_begin > 0 && items[p.aux_begin - 1].word == "and"sv;
                // "befriends Ermengarde, a pupil whom the other girls mock, and comforts Lottie": a relative
                // clause with a subject of its own is not the clause a comma and "and" go back to.
                const bool object_relative = o.subject_begin < o.aux_begin && o.subject_begin > 0 &&
                                             (items[o.subject_begin - 1].word == "whom"sv ||
                                              items[o.subject_begin - 1].word == "which"sv);
                if (o.relative || o.reduced_relative || o.infinitive || o.participle || o.into_gerund || other_number ||
                    (object_relative && clause_joint) || (opens_subordinate(o) && !bare_pair && !goes_on_inside))
                    continue;
                // "becomes caught up in his work and neglects Ron": a participle with no subject of its
                // own after a linking verb is no clause to share one with.
                const auto right_after_verb = [&](const Predicate& before, const Predicate& participle) {
                    if (before.item >= participle.aux_begin || before.item + 5 < participle.aux_begin) return false;
                    for (std::size_t i = before.item + 1; i < participle.aux_begin; ++i)
                        if (items[i].mention || !items[i].is_word) return false;
                    return true;
                };
                if (o.agents.empty() && o.form->shape == Shape::past && o.aux_begin == o.item && classes[o.item] != "be"sv &&
                    r > 0 && right_after_verb(predicates[r - 1], o))
                    continue;
                p.agents = o.agents;
                break;
            }
            if (p.agents.empty() && q > 0) p.agents = predicates[q - 1].agents;
            // "Ron is kind to Harry and tries to help him": the subject of a "be" that is no event.
            if (p.agents.empty() && p.aux_begin > 0)
                if (const auto be = be_clause_before(p.aux_begin); be && (q == 0 || predicates[q - 1].item < *be)) {
                    p.agents.push_back(*items[*be - 1].entity);
                    const std::size_t verb_begin = p.subject_begin;
                    p.subject_begin = *be - 1;
                    join_earlier_subjects(p);
                    p.subject_begin = verb_begin;
                }
        }
        // "he makes a pill that revives him", "plants a bomb that kills her": the
        // thing does what its maker made it for, so the maker is the doer.
        if (p.thing_relative && p.agents.empty() && q > 0) {
            const Predicate& maker = predicates[q - 1];
            bool anyone_between = false;
            for (std::size_t i = maker.item + 1; i < p.subject_begin && !anyone_between; ++i)
                anyone_between = is_entity(i) || is_boundary(i);
            if (!anyone_between && !maker.relative && !maker.passive && rules_.instrument_verbs.count(maker.form->lemma))
                p.agents = maker.agents;
        }
        if (p.participle && p.agents.empty()) {
            // "Aladdin keeps his promise by using his wish to free the Genie, and
            // the Sultan ...": after a main clause, the participle is its doer's.
            for (std::size_t r = q; r-- > 0;) {
                const Predicate& o = predicates[r];
                if (o.relative || (o.infinitive && !o.own_subject) || o.participle || opens_subordinate(o) || o.agents.empty())
                    continue;
                p.agents = o.agents;
                break;
            }
            // Not an infinitive's own subject: "by holding off the enemy while buying time for the
            // civilians to retreat" is not the civilians' holding.
            for (std::size_t r = q + 1; r < predicates.size() && p.agents.empty(); ++r)
                if (!predicates[r].participle && !predicates[r].own_subject) p.agents = predicates[r].agents;
            for (std::size_t r = q; r-- > 0 && p.agents.empty();) p.agents = predicates[r].agents;
        }
    }

    // The preposition a mention is the object of ("to her", "with Lucia and
    // Lionel"), or "" for a direct object.
    const auto preposition_before = [&](std::size_t i, std::size_t verb) {
        std::size_t k = i;
        while (k > verb + 1 && (is_entity(k - 1) || items[k - 1].word == "and"sv || items[k - 1].word == ","sv)) --k;
        // "of clerk Lucia", "to his friend Lucia": a few plain words may come between.
        for (std::size_t skipped = 0; skipped < 3 && k > verb + 1; ++skipped) {
            const std::size_t j = k - 1;
            // "on New Year's Day", "to Vladimir's friend Lucia": a possessive is part of the phrase.
            const bool possessive = (items[j].mention && items[j].mention->possessive) || is_possessive_marker(j);
            const bool plain = items[j].is_word && may_be_noun(j) && (classes[j].empty() || classes[j] == "determiner"sv);
            if (!possessive && (!plain || (items[j].mention && classes[j].empty()))) break;
            k = j;
        }
        return k > verb + 1 && (classes[k - 1] == "preposition"sv || classes[k - 1] == "after"sv) ? items[k - 1].word
                                                                                             : std::string();
    };

    // A group whose members were listed stands for them ("the outlaws": Vizzini, Inigo and
    // Fezzik). A pair noun's character ("the lovers", "the couple", owned by no one) stands
    // for two characters: the doer and the one done to of the latest event between two,
    // earlier in the sentence or just before it, else the last two names joined by "and".
    // The two characters a pair noun ("the lovers", "the pair") or "the two" stands for at
    // predicate q, none of them `self`: empty when no two fit.
    // A character other than `self`.
    const auto other_character = [&](std::size_t entity, std::optional<std::size_t> self) {
        return entity != self && story.entities[entity].kind == EntityKind::character;
    };
    // One character doing it to one other, neither `self`: a deed's pair.
    const auto deed_pair = [&](const std::vector<std::size_t>& agents, const std::vector<std::size_t>& patients,
                               std::optional<std::size_t> self) {
        return agents.size() == 1 && patients.size() == 1 && agents[0] != patients[0] && other_character(agents[0], self) &&
               other_character(patients[0], self);
    };
    // Two characters done to, or doing, together, neither `self`.
    const auto two_characters = [&](const std::vector<std::size_t>& side, std::optional<std::size_t> self) {
        return side.size() == 2 && side[0] != side[1] && other_character(side[0], self) && other_character(side[1], self);
    };
    const auto recent_pair = [&](std::size_t q, std::optional<std::size_t> self) -> std::vector<std::size_t> {
        for (std::size_t r = q; r-- > 0;)
            if (deed_pair(predicates[r].agents, predicates[r].patients, self))
                return {predicates[r].agents[0], predicates[r].patients[0]};
        std::size_t looked = 0;
        for (auto event = story.events.rbegin(); event != story.events.rend() && looked < 3; ++event, ++looked)
            if (deed_pair(event->agents, event->patients, self)) return {event->agents[0], event->patients[0]};
        std::vector<std::size_t> joined = names_joined_before(predicates[q].item, {}, false);
        if (joined.size() == 2) return joined;
        // "has Miguel and Héctor thrown into a cenote. ... Imelda rescues the pair": two done to, or doing, together.
        looked = 0;
        for (auto event = story.events.rbegin(); event != story.events.rend() && looked < 4; ++event, ++looked) {
            if (two_characters(event->patients, self)) return event->patients;
            if (two_characters(event->agents, self)) return event->agents;
        }
        return {};
    };
    // Whom "the two" at item i (predicate q) stands for: names joined in its sentence or the
    // one before ("Shrek and Fiona kiss ... The two marry"), else a recent pair.
    const auto the_two_referents = [&](std::size_t i, std::size_t q, const std::vector<std::size_t>& doers) {
        std::vector<std::size_t> joined = joined_names(items, i, doers);
        if (joined.size() != 2 && sentence_index > 0) {
            const std::vector<SentenceItem>& previous = cache.items(doc, sentence_index - 1);
            joined = joined_names(previous, previous.size(), doers);
        }
        if (joined.size() != 2) joined = recent_pair(q, std::nullopt);
        return joined;
    };
    // "carry off the two hobbits", "warns the two friends": a group said here to be two,
    // owned by no one, is the two named together ("Merry and Pippin") earlier in its
    // sentence or in the one before, or two done to, or doing, together just before.
    const auto two_said_together = [&](std::size_t entity, std::size_t q) -> std::vector<std::size_t> {
        const auto said = std::find_if(items.begin(), items.end(), [&](const SentenceItem& item) {
            return item.entity == entity && item.mention && item.mention->form == MentionForm::description &&
                   item.word.starts_with("the two "sv);
        });
        if (said == items.end() || story.entities[entity].owner) return {};
        std::vector<std::size_t> joined = joined_names(items, static_cast<std::size_t>(said - items.begin()), {});
        if (joined.size() != 2 && sentence_index > 0) {
            const std::vector<SentenceItem>& previous = cache.items(doc, sentence_index - 1);
            joined = joined_names(previous, previous.size(), {});
        }
        if (joined.size() == 2) return joined;
        // "Ram Dass tells Carrisford of her hardship, and the two men decide": one clause's
        // doer and the one it is done to, earlier in the sentence.
        for (std::size_t r = q; r-- > 0;)
            if (deed_pair(predicates[r].agents, predicates[r].patients, entity))
                return {predicates[r].agents[0], predicates[r].patients[0]};
        for (auto event = story.events.rbegin();
             event != story.events.rend() && event->evidence.doc == doc && event->sentence + 1 >= sentence_index; ++event) {
            if (two_characters(event->patients, entity)) return event->patients;
            if (two_characters(event->agents, entity)) return event->agents;
        }
        return {};
    };
    const auto stand_ins = [&](std::size_t entity, std::size_t q) -> std::vector<std::size_t> {
        if (const auto listed = members.find(entity); listed != members.end()) return listed->second;
        const Entity& group = story.entities[entity];
        if (group.kind != EntityKind::character) return {entity};
        if (const std::vector<std::size_t> two = two_said_together(entity, q); !two.empty()) return two;
        if (group.owner || !rules_.pair_nouns.count(group.subtype)) return {entity};
        const std::vector<std::size_t> pair = recent_pair(q, entity);
        if (pair.empty()) return {entity};
        // "To help the couple, Tevye wakes Golde": the relations of "the couple" are the pair's too,
        // the first pair it stands for, as a group's first listing is.
        // Not "a pair of fierce dogs": a new pair.
        const bool definite = std::none_of(items.begin(), items.end(), [&](const SentenceItem& item) {
            return item.entity == entity && item.mention && item.mention->indefinite;
        });
        if (!definite) return {entity};
        if (story.entities[entity].members.empty()) story.entities[entity].members = pair;
        return pair;
    };

    // "hands her over", "picks up the phone", "hands the crown over": a particle right after
    // the verb, or after its object (a mention, or a determiner and a noun), makes it one of
    // the phrasal verbs of phrasal_verbs.tsv, and the event's action says so ("hand over").
    for (std::size_t q = 0; q < predicates.size(); ++q) {
        Predicate& p = predicates[q];
        const std::size_t end = q + 1 < predicates.size() ? std::max(predicates[q + 1].subject_begin, p.item + 1) : n;
        std::string phrasal;
        // The phrasal verb whose particle (one word, or two: "in love") begins at k.
        const auto particle_at = [&](std::size_t k) -> const std::string* {
            if (k >= end || items[k].mention || !in_short_table(rules_.phrasal_particles, items[k].word)) return nullptr;
            for (const std::size_t words : {2, 1}) {
                if (k + words > end) continue;
                phrasal.assign(p.form->lemma);
                for (std::size_t w = k; w < k + words; ++w) phrasal.append(" ").append(items[w].word);
                if (const auto found = rules_.phrasal_verbs.find(phrasal); found != rules_.phrasal_verbs.end()) {
                    p.phrasal_verb = &found->first;
                    return &found->second.action;
                }
            }
            return nullptr;
        };
        p.phrasal_action = particle_at(p.item + 1);
        if (p.phrasal_action || p.item + 1 >= end) continue;
        std::size_t after_object = p.item + 1;
        // An object: a mention, an unresolved "them" ("takes them home"), or a determiner and its noun.
        if (items[after_object].mention || unresolved_plural(after_object, "them")) {
            ++after_object;
        } else if (classes[after_object] == "determiner"sv && after_object + 1 < end && items[after_object + 1].is_word &&
                   !items[after_object + 1].mention && may_be_noun(after_object + 1)) {
            after_object += 2;
        }
        if (after_object > p.item + 1) p.phrasal_action = particle_at(after_object);
    }

    // "in order to help him flee", "so as to save her": a purpose, not a deed.
    for (Predicate& p : predicates) {
        const std::size_t to = p.aux_begin;  // the item after "to"
        if (p.infinitive && to >= 3 && items[to - 1].word == "to"sv &&
            ((items[to - 3].word == "in"sv && items[to - 2].word == "order"sv) ||
             (items[to - 3].word == "so"sv && items[to - 2].word == "as"sv)))
            p.intended = true;
    }

    // A clause opened by "if" or "unless" only may happen, and so does a verb
    // that shares its subject ("if he helps them and frees Morpheus").
    for (std::size_t q = 0; q < predicates.size(); ++q) {
        Predicate& p = predicates[q];
        if (p.inherits_subject && q > 0) {
            p.conditional = predicates[q - 1].conditional;
        } else if (!p.participle && !p.infinitive) {
            std::size_t i = p.subject_begin;
            while (i > 0 && is_adverb(i - 1)) --i;
            p.conditional = i > 0 && classes[i - 1] == "conditional"sv;
        }
        p.intended = p.intended || p.conditional;
    }

    // 3. Objects, places and "by" agents, up to where the next clause starts.
    for (std::size_t q = 0; q < predicates.size(); ++q) {
        Predicate& p = predicates[q];
        if (p.causative_object) add_patient(p, *p.causative_object, "");
        // "Shrek quarrels with Donkey, and the two reconcile": the verbs before have their objects now.
        if (p.two_subject) p.agents = the_two_referents(p.subject_begin + 1, q, {});
        std::size_t end = q + 1 < predicates.size() ? predicates[q + 1].subject_begin : n;
        // "Mary dives in to save him, and Knuckles, Spoon and T-Bone, who have changed their minds,
        // arrive": after ", and", names that a relative clause goes on about and that the verb after
        // it has for its subject are that verb's subject, not this one's objects.
        if (q + 2 < predicates.size() && predicates[q + 1].relative && !predicates[q + 1].agents.empty() &&
            !predicates[q + 2].relative && predicates[q + 2].agents == predicates[q + 1].agents) {
            const std::vector<std::size_t>& subjects = predicates[q + 1].agents;
            for (std::size_t i = p.item + 1; i < end; ++i) {
                if (!is_entity(i) || std::find(subjects.begin(), subjects.end(), *items[i].entity) == subjects.end())
                    continue;
                if (i >= p.item + 3 && items[i - 1].word == "and"sv && items[i - 2].word == ","sv) end = i - 2;
                break;
            }
        }
        // "Tom, who after killing Sam, flees": the next verb's subject stands before this verb.
        if (end <= p.item && q + 1 < predicates.size()) end = predicates[q + 1].aux_begin;
        for (std::size_t i = p.item + 1; i < end; ++i) {
            const bool particle = i == p.item + 1 && (classes[i] == "after"sv || classes[i] == "before"sv);  // "chases after them"
            if (is_boundary(i) && !particle) { end = i; break; }
            // "an offer that Crawford has in fact invented": a relative clause with a subject of its own
            // (its verb perhaps unread) holds none of this verb's objects.
            if (i > p.item + 1 && classes[i] == "relative"sv && items[i].word != "who"sv && i + 1 < end && is_entity(i + 1)) {
                end = i;
                break;
            }
        }
        // The item a relative word at `relative` ("whom", "whose") follows, past its comma.
        const auto antecedent_before = [&](std::size_t relative) {
            std::size_t antecedent = relative - 1;
            if (antecedent > 0 && items[antecedent].word == ","sv) --antecedent;
            return antecedent;
        };
        // "Micawber, whose debts Betsey pays": the name before "whose" owns what a verb that takes
        // an owner is done to.
        if (!p.agents.empty() && p.subject_begin >= 3 && is_entity(p.subject_begin) &&
            items[p.subject_begin - 2].word == "whose"sv && !items[p.subject_begin - 1].mention &&
            items[p.subject_begin - 1].is_word && rules_.takes_owner(p.action())) {
            const std::size_t antecedent = antecedent_before(p.subject_begin - 2);
            if (is_entity(antecedent) && items[antecedent].is_character() &&
                std::find(p.agents.begin(), p.agents.end(), *items[antecedent].entity) == p.agents.end())
                add_patient(p, *items[antecedent].entity, std::string(kOwnerVia));
        }
        // "Esther, whom Judah had freed": the name before "whom" is what the clause's subject did it to.
        if (!p.agents.empty() && p.subject_begin >= 2 && is_entity(p.subject_begin) && items[p.subject_begin - 1].word == "whom"sv) {
            std::size_t antecedent = antecedent_before(p.subject_begin - 1);
            // "Peter was an orphan whom Wendy placed with a family": the subject said to be one.
            if (!is_entity(antecedent) && items[antecedent].is_word) {
                std::size_t start = antecedent;
                while (start > 0 && antecedent - start < 6 && items[start - 1].is_word && !items[start - 1].mention &&
                       (classes[start - 1].empty() || classes[start - 1] == "determiner"sv || classes[start - 1] == "adverb"sv))
                    --start;
                if (const auto subject = copula_subject_before(start, antecedent + 1)) antecedent = *subject;
            }
            if (is_entity(antecedent) && items[antecedent].is_character() &&
                std::find(p.agents.begin(), p.agents.end(), *items[antecedent].entity) == p.agents.end())
                add_patient(p, *items[antecedent].entity, "");
        }
        std::vector<std::size_t> by_agents;
        std::optional<std::size_t> them_unjoined;  // a "them" no names joined by "and" stand for
        std::optional<std::size_t> theme;          // a character given, not given to ("a snowy owl, Hedwig")
        for (std::size_t i = p.item + 1; i < end; ++i) {
            if (const bool two = the_two(i); two || unresolved_plural(i, "them")) {
                std::vector<std::size_t> joined;
                if (two) joined = the_two_referents(i, q, p.agents);
                // "seizes the geese, but Amy, Thomas and David free them": with no names joined in the
                // sentence but the doers', a group said before in it is "them".
                else if (joined = joined_names(items, i, p.agents); joined.empty())
                    if (const auto group = plural_group_before(i, p.agents)) joined = {*group};
                if (!two && joined.empty()) joined = names_joined_before(i, p.agents);
                for (std::size_t entity : joined) add_patient(p, entity, preposition_before(i, p.item));
                if (joined.empty()) them_unjoined = i;
                else if (!two && joined.size() >= 2) p.plural_stand_ins.push_back({items[i].first_token, joined});
                continue;
            }
            // "pulls Ari and Uzi out of the way, saving their lives": so are the names a "their" stands for.
            if (unresolved_plural(i, "their") && i + 1 < end && !items[i + 1].mention &&
                rules_.owner_nouns.count(items[i + 1].word)) {
                for (std::size_t entity : names_joined_before(i, p.agents)) add_patient(p, entity, preposition_before(i, p.item));
                continue;
            }
            // "saving his life", "spares Cao Cao's life": the owner is the one saved.
            if (items[i].is_character() && !is_entity(i)) {
                const std::size_t noun = i + 1 < end && is_possessive_marker(i + 1) ? i + 2 : i + 1;
                if (noun < end && !items[noun].mention &&
                    std::find(p.agents.begin(), p.agents.end(), *items[i].entity) == p.agents.end()) {
                    const std::string preposition = preposition_before(i, p.item);
                    if (rules_.owner_nouns.count(items[noun].word))
                        add_patient(p, *items[i].entity, preposition);
                    // "mends the children's kite"; not a second object's ("pays Randolph his dollar").
                    else if (preposition.empty() && rules_.takes_owner(p.action()) &&
                             std::find(p.prepositions.begin(), p.prepositions.end(), std::string()) == p.prepositions.end())
                        add_patient(p, *items[i].entity, std::string(kOwnerVia));
                }
                continue;
            }
            // "saves the life of Diana's little sister": the owner after "of" is the one saved.
            if (!items[i].mention && in_short_table(rules_.owner_nouns, items[i].word) && i >= 1 && items[i - 1].word == "the"sv &&
                i + 2 < end && items[i + 1].word == "of"sv && is_entity(i + 2) && items[i + 2].is_character() &&
                std::find(p.agents.begin(), p.agents.end(), *items[i + 2].entity) == p.agents.end()) {
                add_patient(p, *items[i + 2].entity, preposition_before(i, p.item));
                i += 2;
                continue;
            }
            if (!is_entity(i)) continue;
            const std::size_t entity = *items[i].entity;
            // "falls for Thuy Hoa, the daughter of a general", "marries the son of the king": the
            // one a person noun is of is not what is done ("a gang of flies" is the flies).
            if (i >= 2 && items[i - 1].word == "of"sv && items[i].is_character() &&
                (items[i - 2].mention ? items[i - 2].mention->form == MentionForm::description &&
                                            rules_.is_person_noun(items[i - 2].mention->subtype)
                                      : items[i - 2].is_word && rules_.is_person_noun(items[i - 2].word)))
                continue;
            // "gives Frodo his sword, Sting": after a first object, a name after a thing's noun and a
            // comma names the thing given.
            const bool after_object = !p.patients.empty() && p.prepositions.back().empty();
            if (after_object && i >= 2 && items[i - 1].word == ","sv && items[i].is_character() && !items[i - 2].mention &&
                items[i - 2].is_word && word_class(items[i - 2].word).empty() && !lexicon[i - 2] &&
                !rules_.role_nouns.count(items[i - 2].word))
                continue;
            // "gives Harry a snowy owl, Hedwig": a second object brought in by "a", after a verb
            // that states a relation (event_relations.tsv), is the thing given or done, and so is
            // the name in apposition to it.
            if (theme && *theme == entity) continue;
            if (after_object && items[i].mention && items[i].mention->indefinite && items[i - 1].word != "and"sv &&
                items[i - 1].word != ","sv && rules_.event_relations.count(p.action())) {
                theme = entity;
                continue;
            }
            // "gives the baby the winged colt Pegasus": a description right after the first
            // object, with nothing between, is the second object, the thing given.
            if (after_object && items[i].mention && items[i].mention->form == MentionForm::description &&
                !items[i].mention->owner_mention && is_entity(i - 1) && *items[i - 1].entity == p.patients.back() &&
                entity != p.patients.back() && rules_.event_relations.count(p.action())) {
                theme = entity;
                continue;
            }
            if (items[i].is_place()) {
                add_unique(p.places, entity);
            } else if (p.passive && i > 0 && (by_before(i) ||
                                              (!by_agents.empty() && (items[i - 1].word == "and"sv || items[i - 1].word == ","sv)))) {
                add_unique(by_agents, entity);
            } else if (std::find(p.agents.begin(), p.agents.end(), entity) == p.agents.end()) {
                add_patient(p, entity, preposition_before(i, p.item));
            }
        }
        // The infinitive's doer: "invites Vladimir to stay" -> Vladimir; "decides to defect" -> the subject.
        // "Ashley-Pitt, to save his leader, kills Kuhn": one set off right after a name is that one's.
        // Set off: a comma closes it and the name's own verb follows, not "orders three agents,
        // Castel and Manheim, to kill Bourne." nor "led by Mauro, to hunt them down, and".
        const auto finite_verb_after_aside = [&] {
            std::size_t k = p.item + 1;
            while (k < n && items[k].word != ","sv && items[k].word != ";"sv) ++k;
            return k + 1 < n && items[k].word == ","sv && items[k + 1].is_word && !items[k + 1].mention &&
                   rules_.has_verb_shape(items[k + 1].word, {Shape::third_person, Shape::past});
        };
        const bool aside_after_name = p.infinitive && !p.own_subject && !p.joined_infinitive && p.aux_begin >= 3 &&
                                      items[p.aux_begin - 1].word == "to"sv && items[p.aux_begin - 2].word == ","sv &&
                                      is_entity(p.aux_begin - 3) && items[p.aux_begin - 3].is_character() &&
                                      !items[p.aux_begin - 3].mention->possessive && finite_verb_after_aside();
        if (aside_after_name) {
            p.agents = {*items[p.aux_begin - 3].entity};
        } else if (p.joined_infinitive) {
            // Done by whoever does the infinitive it is joined to.
            const Predicate& first = predicates[q - 1];
            p.agents = first.agents;
            p.attempted = first.attempted;
            p.intended = first.intended;
            p.negated = p.negated || first.negated;
        } else if (p.infinitive && q > 0 && !p.own_subject) {
            Predicate& governor = predicates[q - 1];
            const auto governed = [&](std::size_t entity) {
                return std::find(governor.patients.begin(), governor.patients.end(), entity) != governor.patients.end();
            };
            // "appoints Rajagopal, a lawyer, to save him": past the apposition's comma.
            std::size_t before_to = p.subject_begin;
            if (before_to > 1 && items[before_to - 1].word == ","sv) {
                --before_to;
                // "assigns Colette, the only woman in the kitchen, to teach Linguini": past an
                // apposition no mention covers, back to the name it describes.
                // "asks his friend Dr. Larabee, a professor on leave from UCLA, to coach her": past a
                // name after a preposition inside the apposition too.
                const bool after_preposition =
                    before_to >= 2 && rules_.word_class(items[before_to - 2].word) == "preposition"sv;
                if ((!is_entity(before_to - 1) || after_preposition) && !governor.patients.empty()) {
                    for (std::size_t k = before_to - 1, seen = 0; k > 0 && seen < 12 && items[k].word != ","sv; --k, ++seen)
                        if (items[k - 1].word == ","sv && k >= 2 && is_entity(k - 2) && items[k - 2].is_character() &&
                            governed(*items[k - 2].entity)) {
                            before_to = k - 1;
                            break;
                        }
                }
            }
            // "visits Rose to warn her": only some verbs have their object do the infinitive.
            // "persuades them to help him": a group's members, all of them the governor's objects.
            std::vector<std::size_t> objects;
            if (before_to > 0 && is_entity(before_to - 1)) {
                objects = stand_ins(*items[before_to - 1].entity, q - 1);
                // "persuades the twins Ping and Jing to help him": every name of the list before "to".
                // Names only: not "orders Quintus, their commander and Maximus's friend, to".
                const auto listed_name = [&](std::size_t k) {
                    return is_entity(k) && items[k].mention->form == MentionForm::name && governed(*items[k].entity);
                };
                for (std::size_t k = before_to - 1; k >= 2 && listed_name(k) &&
                                                    (items[k - 1].word == "and"sv || items[k - 1].word == ","sv) &&
                                                    listed_name(k - 2);
                     k -= 2)
                    for (std::size_t joined : stand_ins(*items[k - 2].entity, q - 1)) add_unique(objects, joined);
            }
            // A plural pronoun no one was found for: the ones this sentence found it stands for.
            else if (before_to > 0 && (items[before_to - 1].word == "them"sv || items[before_to - 1].word == "us"sv) &&
                     governor.patients.size() > 1)
                objects = governor.patients;
            const bool all_objects = !objects.empty() && std::all_of(objects.begin(), objects.end(), governed);
            const bool object_before_to = all_objects && !governor.patients.empty() &&
                                          rules_.object_does_infinitive(governor.form->lemma);
            if (governor.passive && !governor.undergoers.empty()) {
                // "Mushu is sent to guide Mulan", "Serge is hired by Odile to protect Simon".
                p.agents = governor.undergoers;
                if (rules_.commission_verbs.count(governor.form->lemma)) p.instigators = governor.agents;
                if (rules_.directive_verbs.count(governor.form->lemma)) p.attempted = true;
            } else if (object_before_to) {
                p.agents = objects;
                // "intends to hire a housekeeper to look after the children": no one looks after them yet.
                // Nor does "she wants him to look after the children": a wish for another's deed.
                const auto wish = rules_.control_verbs.find(governor.form->lemma);
                p.intended = p.intended || governor.intended ||
                             (wish != rules_.control_verbs.end() && wish->second == "intent"sv);
                p.negated = p.negated || governor.negated;
                p.persuaded = rules_.persuasion_verbs.count(governor.form->lemma) > 0;
                if (p.persuaded || rules_.commission_verbs.count(governor.form->lemma)) p.instigators = governor.agents;
                if (rules_.directive_verbs.count(governor.form->lemma)) p.attempted = p.directed = true;
            } else {
                p.agents = governor.agents;
                // "to have Albany killed" stands where "to kill Albany" would.
                const std::size_t verb_at = p.causative_object ? p.aux_begin : p.item;
                // "set off to rescue Merry and Pippin": setting out says only what for; "asks to
                // defend them": asking only asks.
                if (rules_.departure_verbs.count(governor.action()) ||
                    (rules_.directive_verbs.count(governor.form->lemma) && governor.item + 2 == verb_at))
                    p.intended = true;
                const auto control = rules_.control_verbs.find(governor.form->lemma);
                if (control != rules_.control_verbs.end() && governor.item + 3 >= verb_at) {
                    // "refuses to help": the refusal is an event too; "decides to defect" is the defection.
                    governor.absorbed = !rules_.stated_control_verbs.count(governor.form->lemma);
                    p.negated = p.negated || governor.negated || control->second == "negative"sv;
                    p.attempted = control->second == "attempt"sv;
                    p.intended = control->second == "intent"sv;
                }
            }
        }
        // "sneaks into the camp intending to kill him": an -ing form of a verb of intent right
        // before "to", though the parser took no predicate there.
        if (p.infinitive && !p.intended && p.aux_begin >= 2 && items[p.aux_begin - 1].word == "to"sv &&
            items[p.aux_begin - 2].word.ends_with("ing"))
            if (const auto readings = rules_.verbs.find(items[p.aux_begin - 2].word); readings != rules_.verbs.end())
                for (const VerbForm& reading_form : readings->second)
                    if (const auto control = rules_.control_verbs.find(reading_form.lemma);
                        control != rules_.control_verbs.end() && control->second == "intent"sv)
                        p.intended = true;
        // "mocks him with a plan to release him", "his promise to return": only meant.
        if (p.infinitive && p.aux_begin >= 2 && items[p.aux_begin - 1].word == "to"sv &&
            rules_.intent_nouns.count(items[p.aux_begin - 2].word))
            p.intended = true;
        // "Harry's last wish was for them to look after Anna": the same, its doer set after "for".
        if (p.infinitive && p.aux_begin >= 5 && items[p.aux_begin - 1].word == "to"sv && items[p.aux_begin - 3].word == "for"sv &&
            (items[p.aux_begin - 4].word == "was"sv || items[p.aux_begin - 4].word == "is"sv) &&
            rules_.intent_nouns.count(items[p.aux_begin - 5].word))
            p.intended = true;
        // "Odile brings Simon to the festival and hires Serge to protect them":
        // the characters of the sentence's earlier clauses, other than the doer.
        // "Valjean climbs over a wall with Cosette into the convent, where Fauchelevent hides
        // them": the doer of the latest clause before and the one who went with them.
        if (them_unjoined && !p.passive) {
            for (std::size_t r = q; r-- > 0;) {
                const Predicate& o = predicates[r];
                std::vector<std::size_t> pair;
                for (std::size_t k = 0; k < o.patients.size(); ++k)
                    if (o.prepositions[k] == "with" && story.entities[o.patients[k]].kind == EntityKind::character)
                        add_unique(pair, o.patients[k]);
                if (pair.empty()) continue;
                for (std::size_t entity : o.agents)
                    if (story.entities[entity].kind == EntityKind::character) add_unique(pair, entity);
                const bool has_doer = std::any_of(pair.begin(), pair.end(), [&](std::size_t entity) {
                    return std::find(p.agents.begin(), p.agents.end(), entity) != p.agents.end();
                });
                if (pair.size() >= 2 && !has_doer) {
                    for (std::size_t entity : pair) add_patient(p, entity, preposition_before(*them_unjoined, p.item));
                    them_unjoined.reset();
                }
                break;
            }
        }
        if (them_unjoined && !p.passive) {
            std::vector<std::size_t> others;
            const auto take = [&](std::size_t entity) {
                if (story.entities[entity].kind == EntityKind::character &&
                    std::find(p.agents.begin(), p.agents.end(), entity) == p.agents.end())
                    add_unique(others, entity);
            };
            for (std::size_t r = 0; r < q; ++r) {
                for (std::size_t entity : predicates[r].agents) take(entity);
                // Not one rescued or taken from, or fought against ("rescues him from the gangster Yama").
                for (std::size_t k = 0; k < predicates[r].patients.size(); ++k)
                    if (predicates[r].prepositions[k] != "from"sv && predicates[r].prepositions[k] != "against"sv)
                        take(predicates[r].patients[k]);
            }
            if (others.size() >= 2) {
                for (std::size_t entity : others) add_patient(p, entity, preposition_before(*them_unjoined, p.item));
                p.plural_stand_ins.push_back({items[*them_unjoined].first_token, others});
            }
        }
        // "kidnapped by three outlaws hired to ...": the by-phrase may be the next clause's subject.
        if (p.passive && by_agents.empty() && end < n && end > 0 && items[end - 1].word == "by"sv && is_entity(end) &&
            items[end].is_character())
            add_unique(by_agents, *items[end].entity);
        if (p.passive) {
            // "Vladimir is mugged by two men": the subject undergoes it. "Mary is looked after
            // by Martha": through the preposition the verb stranded.
            const bool stranded = p.item + 2 < n && !items[p.item + 1].mention && items[p.item + 1].is_word &&
                                  (word_class(items[p.item + 1].word) == "preposition"sv ||
                                   word_class(items[p.item + 1].word) == "after"sv) &&
                                  items[p.item + 1].word != "by"sv && items[p.item + 2].word == "by"sv &&
                                  !rules_.phrasal_verbs.count(p.form->lemma + " " + items[p.item + 1].word);  // "taken in by"
            for (std::size_t agent : p.agents) add_patient(p, agent, stranded ? items[p.item + 1].word : std::string());
            p.undergoers = p.agents;
            p.agents = by_agents;
        }
        // "The lovers survive the swamp, but they are captured": the two just named together.
        std::vector<std::size_t> agents;
        for (std::size_t entity : p.agents)
            for (std::size_t member : stand_ins(entity, q)) add_unique(agents, member);
        p.agents = agents;
        std::vector<std::size_t> patients;
        std::vector<std::string> prepositions;
        for (std::size_t k = 0; k < p.patients.size(); ++k) {
            for (std::size_t member : stand_ins(p.patients[k], q)) {
                if (std::find(patients.begin(), patients.end(), member) != patients.end()) continue;
                patients.push_back(member);
                prepositions.push_back(p.prepositions[k]);
            }
        }
        p.patients = patients;
        p.prepositions = prepositions;
        for (std::size_t k = p.patients.size(); k-- > 0;) {
            if (std::find(p.agents.begin(), p.agents.end(), p.patients[k]) == p.agents.end()) continue;
            p.patients.erase(p.patients.begin() + static_cast<std::ptrdiff_t>(k));
            p.prepositions.erase(p.prepositions.begin() + static_cast<std::ptrdiff_t>(k));
        }
    }
    // "Harry is mocked and beaten by Ron", "starved, overworked and scolded by Miss Minchin": passive
    // participles joined by "and" or commas share the doers named after the last.
    for (std::size_t q = predicates.size(); q-- > 1;) {
        Predicate& p = predicates[q - 1];
        const Predicate& next = predicates[q];
        if (!p.passive || !p.agents.empty() || !next.passive || next.agents.empty() || next.aux_begin <= p.item) continue;
        bool joined = true;
        for (std::size_t i = p.item + 1; i < next.aux_begin && joined; ++i)
            joined = items[i].word == ","sv || items[i].word == "and"sv;
        if (joined) p.agents = next.agents;
    }

    // "convinces him that ...": where the "that" after a telling verb's object is.
    const auto told_that = [&](const Predicate& p) -> std::optional<std::size_t> {
        if (!p.form || !rules_.telling_verbs.count(p.form->lemma)) return std::nullopt;
        std::size_t i = p.item + 1;
        const std::size_t first_object = i;
        while (i < n && (is_entity(i) || items[i].word == "and"sv || items[i].word == ","sv)) ++i;
        if (i == first_object || i >= n || items[i].word != "that"sv) return std::nullopt;
        return i;
    };

    // A clause said after "believes (that)", "thinks", "assumes" is the
    // character's belief, not the text's word, and so is each verb after it
    // that shares its subject ("believe that Shelia took the money and left").
    // So is what a character is convinced of ("convinces him that Hamlet is to blame").
    for (std::size_t q = 1; q < predicates.size(); ++q) {
        Predicate& p = predicates[q];
        const Predicate& governor = predicates[q - 1];
        if (p.inherits_subject) {
            p.believed = governor.believed;
            continue;
        }
        // "assume she has come to support them": what she is believed to have come for.
        if (p.infinitive && governor.believed) {
            p.believed = true;
            continue;
        }
        if (p.infinitive || p.participle || p.relative || !governor.form) continue;
        if (const auto that = told_that(governor)) {
            p.believed = *that < p.subject_begin;
            continue;
        }
        // "hopes that the Wizard will help them", "promises that he will
        // return": what is hoped or promised has not happened either.
        const auto control = rules_.control_verbs.find(governor.form->lemma);
        const bool wished = control != rules_.control_verbs.end() &&
                            (control->second == "attempt"sv || control->second == "intent"sv) &&
                            governor.item + 1 < n && items[governor.item + 1].word == "that"sv;
        if (!rules_.belief_verbs.count(governor.form->lemma) && !wished) continue;
        // "Manzō, fearing for his daughter, has cut her hair": a clause whose subject came before
        // the belief verb is no complement of it.
        bool complement = p.subject_begin > governor.item;  // only "that" and adverbs between the belief verb and the clause
        for (std::size_t i = governor.item + 1; i < p.subject_begin && complement; ++i)
            complement = items[i].word == "that"sv || is_adverb(i);
        p.believed = complement;
    }

    // 4. Clause roles, places and times before the first clause.
    for (Predicate& p : predicates) {
        const std::size_t opener = p.participle ? p.aux_begin : p.subject_begin;
        // "After he defects, ..." opens a clause; "Soon after, ..." is an adverb.
        for (std::size_t i = opener; i-- > 0;) {
            if (is_adverb(i)) continue;
            if (classes[i] == "after"sv) p.clause = EventCues::Clause::after;
            if (classes[i] == "before"sv) p.clause = EventCues::Clause::before;
            break;
        }
    }
    for (std::size_t i = 0; i < predicates.front().subject_begin; ++i)
        if (is_entity(i) && items[i].is_place()) add_unique(predicates.front().places, *items[i].entity);

    // 5. Time expressions, matched on the sentence's words.
    std::string text;
    // Where each item's characters (its word, and the space before it) start in `text`:
    // the item of a character is the last one starting at or before it. Kept per item,
    // not per character, as few sentences have a time expression to place.
    std::vector<std::size_t> item_start(n);
    std::size_t length = 0;  // of `text`, reserved at once rather than grown
    for (const SentenceItem& item : items) length += item.word.size() + 1;
    text.reserve(length);
    for (std::size_t i = 0; i < n; ++i) {
        item_start[i] = text.size();
        if (!text.empty()) text += ' ';
        text += items[i].word;
    }
    const auto item_at = [&](std::size_t character) {
        return static_cast<std::size_t>(std::upper_bound(item_start.begin(), item_start.end(), character) -
                                        item_start.begin()) - 1;
    };
    std::vector<int> candidates;
    rules_.time_prefilter.candidates(text, candidates);
    std::vector<bool> taken(candidates.empty() ? 0 : text.size(), false);
    std::vector<re2::StringPiece> match;  // one buffer for every rule's groups
    for (const int index : candidates) {
        const TimeRule& rule = rules_.time_rules[static_cast<std::size_t>(index)];
        const int groups = rule.pattern->NumberOfCapturingGroups() + 1;
        match.assign(static_cast<std::size_t>(groups), re2::StringPiece());
        std::size_t position = 0;
        while (position < text.size() &&
               rule.pattern->Match(text, position, text.size(), RE2::UNANCHORED, match.data(), groups)) {
            const re2::StringPiece time = match[static_cast<std::size_t>(rule.time_group)];
            const auto begin = static_cast<std::size_t>(time.data() - text.data());
            const std::size_t end = begin + time.size();
            position = std::max(end, position + 1);
            if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(begin), taken.begin() + static_cast<std::ptrdiff_t>(end),
                            [](bool b) { return b; }))
                continue;
            std::fill(taken.begin() + static_cast<std::ptrdiff_t>(begin), taken.begin() + static_cast<std::ptrdiff_t>(end), true);
            const std::size_t first = item_at(begin), last = item_at(end - 1);
            // The clause the expression opens, else the one it ends.
            Predicate* owner = nullptr;
            for (Predicate& p : predicates) {
                if (p.subject_begin > first) {
                    const bool verb_between = std::any_of(predicates.begin(), predicates.end(), [&](const Predicate& o) {
                        return o.item > first && o.item < p.subject_begin;
                    });
                    if (!verb_between) owner = &p;
                    break;
                }
            }
            if (!owner) {
                for (Predicate& p : predicates)
                    if (p.item < first) owner = &p;
            }
            if (!owner || !owner->time.empty()) continue;
            const Token& from = document.tokens[items[first].first_token];
            const Token& to = document.tokens[items[last].last_token];
            owner->time = document.text.substr(from.span.begin, to.span.end - from.span.begin);
            owner->time_kind = rule.kind;
            if (rule.year_group > 0) {
                const re2::StringPiece year = match[static_cast<std::size_t>(rule.year_group)];
                owner->year = std::stoi(std::string(year.data(), year.size()));
            }
        }
    }

    // 5b. Help named in a phrase: "with the help of the baker Enzo, he bluffs off the
    // gunmen", "she enlists the help of Kristoff": a "help" event from the helpers to
    // the doers of the clause the phrase belongs to.
    struct HelpPhrase {
        std::size_t opener = 0, noun = 0, end = 0;  // "with", "help", the last helper
        std::vector<std::size_t> helpers;
        std::size_t helped = 0;                     // the predicate whose doers are helped
    };
    std::vector<HelpPhrase> help_phrases;
    std::vector<char> verb_at(n, 0);
    for (const Predicate& p : predicates) verb_at[p.item] = true;
    for (std::size_t i = 1; i + 1 < n; ++i) {
        if (items[i].mention || !in_short_table(rules_.assistance_nouns, items[i].word)) continue;
        // "the help of X", "help from X" or "X's help" / "his help", after an opener.
        HelpPhrase phrase;
        phrase.noun = phrase.end = i;
        std::size_t opener = i - 1, helpers_from = i;
        if (items[i - 1].word == "the"sv && items[i + 1].word == "of"sv) {
            helpers_from = i + 2;
        } else if (items[i + 1].word == "from"sv) {  // "with help from Thunderbolt": no article before it
            helpers_from = i + 2;
            ++opener;
        } else if (items[i - 1].mention && items[i - 1].mention->possessive && items[i - 1].is_character()) {
            phrase.helpers.push_back(*items[i - 1].entity);
        } else if (i >= 2 && is_possessive_marker(i - 1) && items[i - 2].is_character()) {  // "Fagin 's help"
            phrase.helpers.push_back(*items[i - 2].entity);
            --opener;
        } else {
            continue;
        }
        if (opener == 0) continue;
        --opener;
        if (!rules_.assistance_openers.count(items[opener].word)) continue;
        phrase.opener = opener;
        // The helpers: names (with their appositions) listed up to a verb, a relative clause or a boundary.
        for (std::size_t k = helpers_from; k < n && helpers_from > i; ++k) {
            if (verb_at[k] || is_boundary(k) || classes[k] == "relative"sv || classes[k] == "subject"sv || items[k].word == "to"sv)
                break;
            // After a comma only a list or an apposition goes on: "his advisor, the snake Sir Hiss, and ...".
            if (items[k].word == ","sv && k + 1 < n && !is_entity(k + 1) && items[k + 1].word != "and"sv &&
                classes[k + 1] != "determiner"sv)
                break;
            if (is_entity(k) && items[k].is_character()) {
                add_unique(phrase.helpers, *items[k].entity);
                phrase.end = k;
            }
        }
        if (phrase.helpers.empty()) continue;
        // Whose clause: an opener that is a verb ("enlists") or follows one helps that verb's
        // doers; a phrase opening its clause ("..., and with the help of X, they escape") the next.
        std::optional<std::size_t> helped;
        if (opens_clause_at(opener) && !verb_at[opener]) {
            for (std::size_t q = 0; q < predicates.size() && !helped; ++q)
                if (predicates[q].item > phrase.end && classes[predicates[q].subject_begin] != "relative"sv) {
                    // "Mushu, with the help of Cri-Kee, fires ..., killing him": not a participle after.
                    if (!predicates[q].participle) helped = q;
                    break;
                }
            // Not also the object of the clause before: "steal the van, and with the help of X".
            const auto before = std::find_if(predicates.rbegin(), predicates.rend(),
                                             [&](const Predicate& o) { return o.item < opener; });
            if (before != predicates.rend())
                for (std::size_t k = before->patients.size(); k-- > 0;)
                    if (std::find(phrase.helpers.begin(), phrase.helpers.end(), before->patients[k]) != phrase.helpers.end()) {
                        before->patients.erase(before->patients.begin() + static_cast<std::ptrdiff_t>(k));
                        before->prepositions.erase(before->prepositions.begin() + static_cast<std::ptrdiff_t>(k));
                    }
        } else {
            for (std::size_t q = 0; q < predicates.size() && predicates[q].item <= opener; ++q) helped = q;
        }
        if (!helped) continue;
        Predicate& p = predicates[*helped];
        if (p.negated || p.believed || p.intended) continue;
        // "With the help of Graham, Algren and Nobutada free Katsumoto", "With the help of Martin
        // and Chessy, Hallie and Annie stage": the list ran on into the clause's subject, which
        // begins after its last comma.
        if (helpers_from > i && p.aux_begin > helpers_from) {
            std::optional<std::size_t> last_comma;
            for (std::size_t k = helpers_from; k < p.aux_begin; ++k)
                if (items[k].word == ","sv) last_comma = k;
            std::vector<std::size_t> before, after;
            for (std::size_t k = helpers_from; last_comma && k < p.aux_begin; ++k)
                if (is_entity(k) && items[k].is_character()) add_unique(k < *last_comma ? before : after, *items[k].entity);
            const bool ran_on = std::any_of(after.begin(), after.end(), [&](std::size_t e) {
                return std::find(phrase.helpers.begin(), phrase.helpers.end(), e) != phrase.helpers.end();
            });
            // "with the help of Telemachus, Eumaeus and the cowherd Philoetius he kills the
            // suitors": a pronoun right after the list, not joined to it, is the whole subject.
            std::optional<std::size_t> last_entity;
            for (std::size_t k = helpers_from; k < p.aux_begin; ++k)
                if (is_entity(k)) last_entity = k;
            const bool pronoun_subject = last_entity && *last_entity + 1 == p.aux_begin &&
                                         items[*last_entity].mention->form == MentionForm::pronoun &&
                                         items[*last_entity].is_character() && items[*last_entity - 1].word != "and"sv &&
                                         items[*last_entity - 1].word != ","sv;
            if (pronoun_subject) {
                std::erase(phrase.helpers, *items[*last_entity].entity);
                p.agents = {*items[*last_entity].entity};
            } else if (ran_on && !before.empty()) {
                phrase.helpers = before;
                p.agents = after;
            }
        }
        std::erase_if(phrase.helpers, [&](std::size_t helper) {
            return std::find(p.agents.begin(), p.agents.end(), helper) != p.agents.end();
        });
        if (phrase.helpers.empty()) continue;
        phrase.helped = *helped;
        help_phrases.push_back(std::move(phrase));
    }

    // "To save his brothers, Sitka breaks the ice": an infinitive of purpose opening the sentence
    // is done by the subject of the clause after its comma.
    if (!predicates.empty() && n > 2 && items[0].word == "to"sv) {
        Predicate& purpose = predicates.front();
        if (purpose.infinitive && purpose.agents.empty() && purpose.aux_begin == 1) {
            std::size_t comma = purpose.item + 1;
            while (comma < n && items[comma].word != ","sv) ++comma;
            for (std::size_t r = 1; r < predicates.size(); ++r) {
                const Predicate& main = predicates[r];
                if (main.item <= comma) continue;
                if (!main.infinitive && !main.participle && !main.relative && !main.agents.empty() && !main.passive)
                    purpose.agents = main.agents;
                break;
            }
        }
    }

    // 6. Events: clauses with a verb that says something happened to someone.
    for (std::size_t q = 0; q < predicates.size(); ++q) {
        const Predicate& p = predicates[q];
        // "is in love with her": a phrasal verb of "be" is an event all the same.
        if (p.absorbed || (rules_.no_event_verbs.count(p.form->lemma) && !p.phrasal_action)) continue;
        if (p.agents.empty() && p.patients.empty()) continue;
        Event event;
        event.action = p.action();
        const std::size_t verb_first = std::min(p.aux_begin, p.item);
        event.verb = surface(document, items[verb_first].first_token, items[p.item].last_token);
        event.negated = p.negated;
        event.attempted = p.attempted;
        event.intended = p.intended;
        event.believed = p.believed;
        event.passive = p.passive;
        event.agents = p.agents;
        event.patients = p.patients;
        event.patient_prepositions = p.prepositions;
        event.places = p.places;
        event.instigators = p.instigators;
        event.time = p.time;
        event.sentence = sentence_index;
        std::size_t clause_end = q + 1 < predicates.size() ? predicates[q + 1].subject_begin : n;
        clause_end = std::max(clause_end, p.item + 1);
        while (clause_end > p.item + 1 && !items[clause_end - 1].is_word) --clause_end;
        std::size_t clause_begin = std::min(p.subject_begin, verb_first);
        while (clause_begin < verb_first && !items[clause_begin].is_word) ++clause_begin;
        event.evidence = Evidence{doc, Span{document.tokens[items[clause_begin].first_token].span.begin,
                                            document.tokens[items[clause_end - 1].last_token].span.end}};
        story.events.push_back(std::move(event));
        EventCues cue;
        cue.time_kind = p.time.empty() ? TimeRule::Kind::time : p.time_kind;
        cue.year = p.year;
        cue.past_perfect = p.past_perfect;
        cue.clause = p.clause;
        cue.tells_that = told_that(p).has_value();
        cue.persuaded = p.persuaded;
        cue.directed = p.directed;
        cue.unwitting = p.unwitting;
        cue.plural_stand_ins = p.plural_stand_ins;
        cue.modal = p.modal;
        if (p.phrasal_verb) cue.phrasal_verb = *p.phrasal_verb;  // set with phrasal_action, from one entry
        // The thing given: a noun after the verb in its clause ("gives him his first kiss"),
        // or the one a relative clause describes ("a wound (that) he gave Spider-Man").
        const auto no_gift = [&](std::size_t i) { return !items[i].mention && in_short_table(rules_.non_gifts, items[i].word); };
        for (std::size_t i = p.item + 1; i < clause_end && !cue.not_a_gift; ++i) cue.not_a_gift = no_gift(i);
        std::size_t before_subject = p.subject_begin;
        if (before_subject > 0 && (items[before_subject - 1].word == "that"sv || items[before_subject - 1].word == "which"sv))
            --before_subject;
        cue.not_a_gift = cue.not_a_gift || (before_subject > 0 && before_subject < p.item && no_gift(before_subject - 1));
        if (const std::size_t object = p.item + 1; object < n && items[object].is_character()) {
            // "gives him back the car": a particle, then the thing given; "gives the baby back.": none.
            // (Not the clause's end: "a rebuilt used car" may open a clause of its own to the finder.)
            // A pronoun before the clause's end is given to ("the map, which Livesey has given him,").
            std::size_t next = object + 1;
            // "gives his family's maid, Eunice, a ticket": past the name set off after the object.
            if (next + 2 < n && items[next].word == ","sv && is_entity(next + 1) && items[next + 2].word == ","sv &&
                items[object].entity && *items[next + 1].entity == *items[object].entity)
                next += 3;
            const bool particle = next < n && rules_.word_class(items[next].word) == "particle"sv;
            if (particle) ++next;
            const std::string_view after = next < n ? std::string_view(items[next].word) : std::string_view();
            const bool pronoun = items[object].mention && items[object].mention->form == MentionForm::pronoun;
            cue.lone_object = after == "to"sv || after == "for"sv || rules_.word_class(after) == "preposition"sv ||
                              ((next >= n || !items[next].is_word) && (particle || !pronoun));
        }
        cue.verb_token = items[p.item].last_token;
        cues.push_back(cue);
    }


    for (const HelpPhrase& phrase : help_phrases) {
        const Predicate& helped = predicates[phrase.helped];
        Event event;
        event.action = "help";
        event.verb = surface(document, items[phrase.opener].first_token, items[phrase.noun].last_token);
        event.attempted = helped.attempted;
        event.agents = phrase.helpers;
        for (std::size_t entity : helped.agents)
            if (std::find(phrase.helpers.begin(), phrase.helpers.end(), entity) == phrase.helpers.end()) {
                event.patients.push_back(entity);
                event.patient_prepositions.emplace_back();
            }
        if (event.patients.empty()) continue;
        event.time = helped.time;
        event.sentence = sentence_index;
        event.evidence = Evidence{doc, Span{document.tokens[items[phrase.opener].first_token].span.begin,
                                            document.tokens[items[phrase.end].last_token].span.end}};
        story.events.push_back(std::move(event));
        EventCues cue;
        cue.clause = helped.clause;
        cues.push_back(cue);
    }

    // The last characters seen acting together: several doers, or a doer and who went with them.
    // Else, in a sentence with none, the two of its last deed of one character to another
    // ("Kay's fiancé tells her they must go. They head downriver").
    bool acting_together = false;
    std::vector<std::size_t> pair;
    const auto character = [&](std::size_t entity) { return story.entities[entity].kind == EntityKind::character; };
    for (const Predicate& p : predicates) {
        if (p.negated || p.believed) continue;
        std::vector<std::size_t> together;
        for (std::size_t entity : p.agents)
            if (character(entity)) add_unique(together, entity);
        if (together.empty()) continue;
        for (std::size_t k = 0; k < p.patients.size(); ++k)
            if (p.prepositions[k] == "with" && character(p.patients[k])) add_unique(together, p.patients[k]);
        if (together.size() >= 2) {
            recent = {std::move(together), sentence_index};
            acting_together = true;
        } else if (p.patients.size() == 1 && p.prepositions[0].empty() && character(p.patients[0]) &&
                   p.patients[0] != together[0]) {
            pair = {together[0], p.patients[0]};
        }
    }
    // Not where a group is about ("a pack of creatures attacks Clove. They kill Thresh").
    const bool group_named = std::any_of(items.begin(), items.end(), [](const SentenceItem& item) {
        return item.is_character() && item.mention->plural;
    });
    if (!acting_together && !pair.empty() && !group_named) recent = {std::move(pair), sentence_index, true};
    else if (!acting_together && group_named && recent.deed_pair) recent = {};
}

}  // namespace plotgraph::detail
