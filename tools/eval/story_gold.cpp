#include <eval/story_gold.hpp>

#include <plotgraph/error.hpp>

#include "text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace plotgraph::eval {
namespace {

using nlohmann::json;

double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0.0 : numerator / denominator;
}

double harmonic_mean(double a, double b) { return a + b == 0 ? 0.0 : 2 * a * b / (a + b); }

// ---------------------------------------------------------------- parsing

/// Reads gold files with one message format: "<file>: <what> ...".
class GoldReader {
public:
    explicit GoldReader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& message) const {
        throw Error(Location{source_, std::nullopt, std::nullopt}, message);
    }

    const json& field(const json& object, const char* key, const std::string& where) const {
        if (!object.is_object() || !object.contains(key))
            fail(where + " has no \"" + key + "\"");
        return object[key];
    }

    std::string text(const json& object, const char* key, const std::string& where) const {
        const auto& value = field(object, key, where);
        if (!value.is_string()) fail(where + ": \"" + key + "\" is not a string");
        return value.get<std::string>();
    }

    /// A missing list reads as empty: "aliases", "agents" and "patients" may be left out.
    std::vector<std::string> texts(const json& object, const char* key,
                                   const std::string& where) const {
        std::vector<std::string> out;
        if (!object.contains(key)) return out;
        const auto& value = object[key];
        if (!value.is_array()) fail(where + ": \"" + key + "\" is not a list");
        for (const auto& item : value) {
            if (!item.is_string()) fail(where + ": \"" + key + "\" holds a non-string");
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    const json& list(const json& object, const char* key) const {
        const auto& value = field(object, key, "the file");
        if (!value.is_array()) fail(std::string("\"") + key + "\" is not a list");
        return value;
    }

private:
    std::string source_;
};

std::string item_label(const char* kind, std::size_t index) {
    return std::string(kind) + " " + std::to_string(index + 1);
}

std::vector<GoldCharacter> parse_characters(const json& root, const GoldReader& reader) {
    std::vector<GoldCharacter> characters;
    for (const auto& item : reader.list(root, "characters")) {
        const std::string where = item_label("character", characters.size());
        GoldCharacter character;
        character.name = reader.text(item, "name", where);
        character.aliases = reader.texts(item, "aliases", where);
        const auto& named = reader.field(item, "named", where);
        if (!named.is_boolean()) reader.fail(where + ": \"named\" is not true or false");
        character.named = named.get<bool>();
        characters.push_back(std::move(character));
    }
    return characters;
}

/// Character names -> indices; a name listed twice would make ends ambiguous.
std::map<std::string, std::size_t> index_characters(const std::vector<GoldCharacter>& characters,
                                                    const GoldReader& reader) {
    std::map<std::string, std::size_t> index;
    for (std::size_t c = 0; c < characters.size(); ++c)
        if (!index.emplace(characters[c].name, c).second)
            reader.fail("character \"" + characters[c].name + "\" is listed twice");
    return index;
}

std::size_t character_named(const std::map<std::string, std::size_t>& index,
                            const std::string& name, const std::string& where,
                            const GoldReader& reader) {
    const auto found = index.find(name);
    if (found == index.end()) reader.fail(where + " names unknown character \"" + name + "\"");
    return found->second;
}

std::vector<GoldRelation> parse_relations(const json& root,
                                          const std::map<std::string, std::size_t>& index,
                                          const GoldReader& reader) {
    std::vector<GoldRelation> relations;
    for (const auto& item : reader.list(root, "relations")) {
        const std::string where = item_label("relation", relations.size());
        GoldRelation relation;
        relation.type = reader.text(item, "type", where);
        if (!relation_type_index(relation.type))
            reader.fail(where + ": unknown type \"" + relation.type + "\"");
        relation.subtype = reader.text(item, "subtype", where);
        relation.source = character_named(index, reader.text(item, "source", where), where, reader);
        relation.target = character_named(index, reader.text(item, "target", where), where, reader);
        relation.evidence = reader.text(item, "evidence", where);
        relations.push_back(std::move(relation));
    }
    return relations;
}

std::vector<std::size_t> characters_named(const std::map<std::string, std::size_t>& index,
                                          const std::vector<std::string>& names,
                                          const std::string& where, const GoldReader& reader) {
    std::vector<std::size_t> out;
    for (const auto& name : names) out.push_back(character_named(index, name, where, reader));
    return out;
}

std::vector<GoldEvent> parse_events(const json& root,
                                    const std::map<std::string, std::size_t>& index,
                                    const GoldReader& reader) {
    std::vector<GoldEvent> events;
    for (const auto& item : reader.list(root, "events")) {
        const std::string where = item_label("event", events.size());
        GoldEvent event;
        const auto& order = reader.field(item, "order", where);
        if (!order.is_number_unsigned()) reader.fail(where + ": \"order\" is not a number");
        event.order = order.get<std::size_t>();
        event.action = reader.text(item, "action", where);
        event.agents = characters_named(index, reader.texts(item, "agents", where), where, reader);
        event.patients =
            characters_named(index, reader.texts(item, "patients", where), where, reader);
        event.evidence = reader.text(item, "evidence", where);
        events.push_back(std::move(event));
    }
    return events;
}

// ---------------------------------------------------------------- characters

/// The comparison form of a name: case-folded, without a leading article or
/// possessive and without a trailing "'s" or the stop of "Jr." and "Sr.".
std::string normalized_name(std::string_view name) {
    std::string out = detail::fold_case(detail::trim(name));
    for (std::string_view prefix : {"the ", "a ", "an ", "his ", "her ", "their "})
        if (out.size() > prefix.size() && out.starts_with(prefix)) {
            out.erase(0, prefix.size());
            break;
        }
    if (out.size() > 2 && out.ends_with("'s")) out.resize(out.size() - 2);
    // "Jimmy Rabbitte Sr." and "Jimmy Rabbitte Sr": a closing abbreviation's stop is no part of the name.
    if (out.ends_with(" jr.") || out.ends_with(" sr.")) out.pop_back();
    return out;
}

std::vector<std::string> words_of(std::string_view name) {
    std::vector<std::string> words;
    for (auto word : detail::split(name, ' '))
        if (!word.empty()) words.emplace_back(word);
    return words;
}

std::string last_word(std::string_view name) {
    const auto words = words_of(name);
    return words.empty() ? std::string() : words.back();
}

/// A gold character's names in comparison form, with the words they use.
struct GoldNames {
    std::string name;
    std::vector<std::string> all;  // name and aliases
    std::set<std::string> words;
};

GoldNames gold_names(const GoldCharacter& character) {
    GoldNames names;
    names.name = normalized_name(character.name);
    names.all.push_back(names.name);
    for (const auto& alias : character.aliases) names.all.push_back(normalized_name(alias));
    for (const auto& name : names.all)
        for (auto& word : words_of(name)) names.words.insert(std::move(word));
    return names;
}

struct PredictedNames {
    std::string name;
    std::vector<std::string> all;  // name and aliases
    bool has_name = false;         // some mention is a proper name
};

PredictedNames predicted_names(const Story& story, const Entity& entity) {
    PredictedNames names;
    names.name = normalized_name(entity.name);
    names.all.push_back(names.name);
    for (const auto& alias : entity.aliases) names.all.push_back(normalized_name(alias));
    // "John Crawford's mother" is "Plato's mother" too, when Plato is what John Crawford is called.
    if (entity.owner && *entity.owner < story.entities.size()) {
        const Entity& owner = story.entities[*entity.owner];
        for (const std::string mark : {"'s ", "' "}) {
            const std::string prefix = owner.name + mark;
            if (!entity.name.starts_with(prefix)) continue;
            const std::string rest = entity.name.substr(prefix.size());
            for (const auto& alias : owner.aliases) {
                const bool plural = alias.ends_with('s');
                names.all.push_back(normalized_name(alias + (plural ? "' " : "'s ") + rest));
            }
        }
    }
    names.has_name = has_name_mention(story, entity);
    return names;
}

bool shares_name(const GoldNames& gold, const PredictedNames& predicted) {
    for (const auto& name : gold.all)
        if (std::find(predicted.all.begin(), predicted.all.end(), name) != predicted.all.end())
            return true;
    return false;
}

/// True when no gold character but `self` uses `word` in a name or alias.
bool word_is_unique(const std::vector<GoldNames>& gold, std::size_t self, const std::string& word) {
    for (std::size_t g = 0; g < gold.size(); ++g)
        if (g != self && gold[g].words.contains(word)) return false;
    return true;
}

/// A named gold character's first or last word as a one-word predicted name.
bool shares_telling_word(const std::vector<GoldNames>& gold, std::size_t g,
                         const PredictedNames& predicted) {
    const auto words = words_of(gold[g].name);
    if (words.empty()) return false;
    for (const auto& name : predicted.all) {
        if (name.find(' ') != std::string::npos) continue;
        if ((name == words.front() || name == words.back()) && word_is_unique(gold, g, name))
            return true;
    }
    return false;
}

/// The head word of an unnamed gold character's name: its last word before a relative clause
/// or a phrase after it ("the boy who is to play Juliet", "a woman in town"); "of" goes on,
/// as the people are after it ("a gang of boys").
std::string gold_head_word(std::string_view name) {
    static const std::set<std::string> phrase_openers{"who", "whom", "whose", "that", "which", "in", "at", "on",
                                                      "from", "with", "named", "called"};
    const auto words = words_of(name);
    for (std::size_t k = 1; k < words.size(); ++k)
        if (phrase_openers.count(words[k])) return words[k - 1];
    return words.empty() ? std::string() : words.back();
}

/// A description-only prediction ("Vladimir Ivanoff's grandfather") for an
/// unnamed gold character ("the grandfather"): same head word.
bool shares_head_word(const GoldNames& gold, const PredictedNames& predicted) {
    if (predicted.has_name) return false;
    const std::string head = gold_head_word(gold.name);
    return !head.empty() && head == last_word(predicted.name);
}

std::optional<CharacterRule> rule_matching(const std::vector<GoldCharacter>& characters,
                                           const std::vector<GoldNames>& gold, std::size_t g,
                                           const PredictedNames& predicted) {
    if (gold[g].name == predicted.name) return CharacterRule::exact_name;
    if (shares_name(gold[g], predicted)) return CharacterRule::alias;
    const bool word_match = characters[g].named ? shares_telling_word(gold, g, predicted)
                                                : shares_head_word(gold[g], predicted);
    if (word_match) return CharacterRule::word;
    return std::nullopt;
}

/// The words of a name without possessive endings, as a set.
std::set<std::string> bare_words(std::string_view name) {
    std::set<std::string> words;
    for (auto word : words_of(name)) {
        if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
        words.insert(std::move(word));
    }
    return words;
}

std::size_t shared_word_count(std::string_view a, std::string_view b) {
    const auto words = bare_words(b);
    std::size_t shared = 0;
    for (const auto& word : bare_words(a)) shared += words.contains(word);
    return shared;
}

/// A possible pair and what ranks it among pairs of one rule: more shared
/// words ("Natasha's mother" prefers "Natasha Rimsky's mother" to "the
/// mother"), then more mentions.
struct Candidate {
    CharacterPair pair;
    std::size_t shared_words = 0, mentions = 0;
};

/// Every possible pair, best first: by rule, then rank, then file and story order.
std::vector<Candidate> candidate_pairs(const StoryGold& gold, const Story& story,
                                       const std::vector<std::size_t>& predicted) {
    std::vector<GoldNames> gold_forms;
    for (const auto& character : gold.characters) gold_forms.push_back(gold_names(character));
    std::vector<Candidate> candidates;
    for (auto e : predicted) {
        const auto forms = predicted_names(story, story.entities[e]);
        for (std::size_t g = 0; g < gold.characters.size(); ++g)
            if (const auto rule = rule_matching(gold.characters, gold_forms, g, forms))
                candidates.push_back({{g, e, *rule},
                                      shared_word_count(gold_forms[g].name, forms.name),
                                      story.entities[e].mentions.size()});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return std::tuple(a.pair.rule, b.shared_words, b.mentions, a.pair.gold) <
               std::tuple(b.pair.rule, a.shared_words, a.mentions, b.pair.gold);
    });
    return candidates;
}

Coverage coverage_of(const StoryGold& gold, const Story& story,
                     const CharacterAlignment& alignment, bool named_only) {
    Coverage coverage;
    for (std::size_t g = 0; g < gold.characters.size(); ++g) {
        if (named_only && !gold.characters[g].named) continue;
        ++coverage.gold;
        if (alignment.entity_of_gold[g]) ++coverage.gold_found;
    }
    for (auto e : alignment.predicted) {
        if (named_only && !has_name_mention(story, story.entities[e])) continue;
        ++coverage.predicted;
        if (alignment.gold_of_entity[e]) ++coverage.predicted_matched;
    }
    return coverage;
}

CharacterScore score_characters(const StoryGold& gold, const Story& story,
                                const CharacterAlignment& alignment) {
    return {coverage_of(gold, story, alignment, true), coverage_of(gold, story, alignment, false)};
}

// ---------------------------------------------------------------- relations

using RelationKey = std::tuple<std::size_t, std::size_t, std::size_t>;  // type, source, target

/// Undirected types are keyed by the unordered pair.
RelationKey relation_key(std::size_t type, std::size_t source, std::size_t target) {
    if (!is_directed_type(relation_types[type]) && target < source) std::swap(source, target);
    return {type, source, target};
}

/// Gold relations by key, the first of several with one key.
std::map<RelationKey, std::size_t> gold_relation_keys(const StoryGold& gold) {
    std::map<RelationKey, std::size_t> keys;
    for (std::size_t r = 0; r < gold.relations.size(); ++r) {
        const auto& relation = gold.relations[r];
        const auto type = relation_type_index(relation.type);
        if (type) keys.emplace(relation_key(*type, relation.source, relation.target), r);
    }
    return keys;
}

/// The gold key of a predicted relation from `entity_source` to `entity_target` whose ends
/// both map to gold characters.
std::optional<RelationKey> mapped_key(std::size_t entity_source, std::size_t entity_target, std::size_t type,
                                      const CharacterAlignment& alignment) {
    const auto source = alignment.gold_of_entity[entity_source];
    const auto target = alignment.gold_of_entity[entity_target];
    if (!source || !target) return std::nullopt;
    return relation_key(type, *source, *target);
}

std::vector<RelationVerdict> judge_relations(const StoryGold& gold, const Story& story,
                                             const CharacterAlignment& alignment) {
    auto open = gold_relation_keys(gold);  // gold relations not yet found
    std::set<RelationKey> seen;  // predicted (type, entity pair): subtypes count once
    std::vector<RelationVerdict> verdicts;
    for (std::size_t r = 0; r < story.relations.size(); ++r) {
        const auto type = relation_type_index(story.relations[r].type);
        if (!type) continue;
        // A relation of a directed type stated without a direction holds both ways.
        const bool both_ways = is_directed_type(relation_types[*type]) && !story.relations[r].directed;
        for (const bool reversed : {false, true}) {
            if (reversed && !both_ways) break;
            const Relation& relation = story.relations[r];
            const std::size_t source = reversed ? relation.target : relation.source;
            const std::size_t target = reversed ? relation.source : relation.target;
            if (!seen.insert(relation_key(*type, source, target)).second) continue;
            const auto key = mapped_key(source, target, *type, alignment);
            const auto found = key ? open.find(*key) : open.end();
            if (found == open.end()) {
                verdicts.push_back({RelationVerdict::fp, *type, r, std::nullopt, reversed});
                continue;
            }
            verdicts.push_back({RelationVerdict::tp, *type, r, found->second, reversed});
            open.erase(found);
        }
    }
    for (const auto& [key, g] : open) verdicts.push_back({RelationVerdict::fn, std::get<0>(key), {}, g});
    // Misses in gold file order, after the predictions.
    std::stable_sort(verdicts.begin(), verdicts.end(), [](const auto& a, const auto& b) {
        const auto rank = [](const RelationVerdict& v) {
            return v.kind == RelationVerdict::fn ? *v.gold : 0;
        };
        return rank(a) < rank(b);
    });
    return verdicts;
}

RelationCounts count_relations(const std::vector<RelationVerdict>& verdicts) {
    RelationCounts counts;
    for (const auto& verdict : verdicts) {
        auto& type = counts[verdict.type];
        if (verdict.kind == RelationVerdict::tp) ++type.tp;
        else if (verdict.kind == RelationVerdict::fp) ++type.fp;
        else ++type.fn;
    }
    return counts;
}

// ---------------------------------------------------------------- events

/// The entities a gold event's mapped participants stand for.
std::set<std::size_t> mapped_participants(const GoldEvent& event,
                                          const CharacterAlignment& alignment) {
    std::set<std::size_t> entities;
    for (const auto* side : {&event.agents, &event.patients})
        for (auto g : *side)
            if (const auto entity = alignment.entity_of_gold[g]) entities.insert(*entity);
    return entities;
}

/// Agent or patient, in either role: the gold and the extractor may disagree
/// on roles ("die", passives) while still meaning one event.
bool shares_participant(const Event& event, const std::set<std::size_t>& entities) {
    for (const auto* side : {&event.agents, &event.patients})
        for (auto entity : *side)
            if (entities.contains(entity)) return true;
    return false;
}

/// The earliest predicted event in the timeline with the gold action and a
/// shared participant (or any participants when the gold event has none).
std::optional<std::size_t> match_event(const GoldEvent& gold, const Story& story,
                                       const CharacterAlignment& alignment) {
    const bool needs_participant = !gold.agents.empty() || !gold.patients.empty();
    const auto entities = mapped_participants(gold, alignment);
    std::optional<std::size_t> best;
    for (std::size_t v = 0; v < story.events.size(); ++v) {
        const auto& event = story.events[v];
        if (event.action != gold.action) continue;
        if (needs_participant && !shares_participant(event, entities)) continue;
        if (!best || event.order < story.events[*best].order) best = v;
    }
    return best;
}

EventScore score_events(const StoryGold& gold, const Story& story,
                        const std::vector<std::optional<std::size_t>>& match) {
    EventScore score;
    score.gold = gold.events.size();
    std::vector<std::pair<std::size_t, std::size_t>> found;  // gold order, predicted order
    for (std::size_t g = 0; g < gold.events.size(); ++g)
        if (match[g]) found.emplace_back(gold.events[g].order, story.events[*match[g]].order);
    score.found = found.size();
    std::sort(found.begin(), found.end());
    for (std::size_t i = 0; i < found.size(); ++i)
        for (std::size_t j = i + 1; j < found.size(); ++j) {
            if (found[i].first == found[j].first) continue;  // gold gives no order
            ++score.pairs;
            if (found[i].second < found[j].second) ++score.agreeing;
        }
    return score;
}

}  // namespace

// ---------------------------------------------------------------- public

std::string StoryGold::cmu_id() const {
    constexpr std::string_view prefix = "cmu:";
    return story.starts_with(prefix) ? story.substr(prefix.size()) : std::string();
}

StoryGold parse_story_gold(std::string_view content, const std::string& source) {
    const GoldReader reader(source);
    json root;
    try {
        root = json::parse(content);
    } catch (const json::exception& e) {
        reader.fail(std::string("invalid JSON: ") + e.what());
    }
    if (!root.is_object()) reader.fail("expected one JSON object");
    StoryGold gold;
    gold.story = reader.text(root, "story", "the file");
    gold.documents = reader.texts(root, "documents", "the file");
    if (gold.documents.empty()) reader.fail("\"documents\" is missing or empty");
    gold.characters = parse_characters(root, reader);
    const auto index = index_characters(gold.characters, reader);
    gold.relations = parse_relations(root, index, reader);
    gold.events = parse_events(root, index, reader);
    return gold;
}

const char* to_string(CharacterRule rule) {
    switch (rule) {
        case CharacterRule::exact_name: return "name";
        case CharacterRule::alias: return "alias";
        case CharacterRule::word: return "word";
    }
    return "?";
}

bool has_name_mention(const Story& story, const Entity& entity) {
    return std::any_of(entity.mentions.begin(), entity.mentions.end(), [&](std::size_t m) {
        return story.mentions[m].form == MentionForm::name;
    });
}

CharacterAlignment align_characters(const StoryGold& gold, const Story& story) {
    CharacterAlignment alignment;
    alignment.entity_of_gold.assign(gold.characters.size(), std::nullopt);
    alignment.gold_of_entity.assign(story.entities.size(), std::nullopt);
    for (std::size_t e = 0; e < story.entities.size(); ++e)
        if (story.entities[e].kind == EntityKind::character) alignment.predicted.push_back(e);
    for (const auto& candidate : candidate_pairs(gold, story, alignment.predicted)) {
        const auto& pair = candidate.pair;
        if (alignment.entity_of_gold[pair.gold] || alignment.gold_of_entity[pair.entity]) continue;
        alignment.entity_of_gold[pair.gold] = pair.entity;
        alignment.gold_of_entity[pair.entity] = pair.gold;
        alignment.pairs.push_back(pair);
    }
    return alignment;
}

double Coverage::precision() const { return ratio(double(predicted_matched), double(predicted)); }
double Coverage::recall() const { return ratio(double(gold_found), double(gold)); }
double Coverage::f1() const { return harmonic_mean(precision(), recall()); }

Coverage& Coverage::operator+=(const Coverage& other) {
    gold += other.gold;
    gold_found += other.gold_found;
    predicted += other.predicted;
    predicted_matched += other.predicted_matched;
    return *this;
}

CharacterScore& CharacterScore::operator+=(const CharacterScore& other) {
    named += other.named;
    all += other.all;
    return *this;
}

std::optional<std::size_t> relation_type_index(std::string_view type) {
    const auto found = std::find(relation_types.begin(), relation_types.end(), type);
    if (found == relation_types.end()) return std::nullopt;
    return std::size_t(found - relation_types.begin());
}

bool is_directed_type(std::string_view type) {
    return type == "helped" || type == "employs" || type == "opposes" || type == "killed";
}

Counts micro_average(const RelationCounts& counts) {
    Counts total;
    for (const auto& type : counts) total += type;
    return total;
}

double EventScore::recall() const { return ratio(double(found), double(gold)); }
double EventScore::order_agreement() const { return ratio(double(agreeing), double(pairs)); }

EventScore& EventScore::operator+=(const EventScore& other) {
    gold += other.gold;
    found += other.found;
    pairs += other.pairs;
    agreeing += other.agreeing;
    return *this;
}

StoryScore& StoryScore::operator+=(const StoryScore& other) {
    characters += other.characters;
    for (std::size_t t = 0; t < relation_type_count; ++t) relations[t] += other.relations[t];
    events += other.events;
    return *this;
}

StoryEvaluation evaluate_story(const StoryGold& gold, const Story& story) {
    StoryEvaluation evaluation;
    evaluation.characters = align_characters(gold, story);
    evaluation.relations = judge_relations(gold, story, evaluation.characters);
    for (const auto& event : gold.events)
        evaluation.event_match.push_back(match_event(event, story, evaluation.characters));
    evaluation.score.characters = score_characters(gold, story, evaluation.characters);
    evaluation.score.relations = count_relations(evaluation.relations);
    evaluation.score.events = score_events(gold, story, evaluation.event_match);
    return evaluation;
}

std::string evidence_sentence(const Story& story, const Evidence& evidence) {
    if (evidence.doc >= story.documents.size()) return {};
    const auto& document = story.documents[evidence.doc];
    for (const auto& sentence : document.sentences)
        if (sentence.span.begin <= evidence.span.begin && evidence.span.begin < sentence.span.end &&
            sentence.span.end <= document.text.size())
            return document.text.substr(sentence.span.begin, sentence.span.size());
    if (evidence.span.end > document.text.size() || evidence.span.begin > evidence.span.end)
        return {};
    return document.text.substr(evidence.span.begin, evidence.span.size());
}

}  // namespace plotgraph::eval
