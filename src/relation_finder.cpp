#include "relation_finder.hpp"

#include "sentence_view.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <set>
#include <cctype>
#include <map>
#include <optional>
#include <tuple>

namespace plotgraph::detail {

// String comparisons with literals go through string_view: sizes first, no strlen.
using namespace std::string_view_literals;
namespace {

using RelationKey = std::tuple<std::string, std::string, std::size_t, std::size_t>;

/// The preposition before an event's k-th patient, "" for a direct object.
std::string patient_via(const Event& event, std::size_t k) {
    return k < event.patient_prepositions.size() ? event.patient_prepositions[k] : std::string();
}

/// Collects relations, merging repeated statements of the same one.
class RelationTable {
public:
    explicit RelationTable(const std::vector<Entity>& entities) : entities_(entities) {}

    /// A group whose members the text lists stands for each of them: "Constable Jones
    /// brings the children home" brings Jane and Michael home.
    void add(const std::string& type, const std::string& subtype, std::size_t source, std::size_t target,
             bool directed, double confidence, const std::string& rule, const Evidence& evidence) {
        const std::vector<std::size_t>& sources = entities_[source].members;
        const std::vector<std::size_t>& targets = entities_[target].members;
        if (sources.empty() && targets.empty()) {
            add_one(type, subtype, source, target, directed, confidence, rule, evidence);
            return;
        }
        for (std::size_t from : sources.empty() ? std::vector<std::size_t>{source} : sources)
            for (std::size_t to : targets.empty() ? std::vector<std::size_t>{target} : targets)
                add_one(type, subtype, from, to, directed, confidence, rule, evidence);
    }

    void move_into(std::vector<Relation>& out) {
        for (auto& [key, relation] : table_) out.push_back(std::move(relation));
    }

private:
    void add_one(const std::string& type, const std::string& subtype, std::size_t source, std::size_t target,
                 bool directed, double confidence, const std::string& rule, const Evidence& evidence) {
        if (source == target) return;
        if (!directed && target < source) std::swap(source, target);
        Relation& relation = table_[{type, subtype, source, target}];
        relation.type = type;
        relation.subtype = subtype;
        relation.source = source;
        relation.target = target;
        relation.directed = directed;
        relation.confidence = relation.weight == 0 ? confidence : std::max(relation.confidence, confidence);
        // The sentence a pattern matched and the clause of the event in it are one statement.
        const bool same_place = std::any_of(relation.evidence.begin(), relation.evidence.end(), [&](const Evidence& e) {
            return e.doc == evidence.doc && e.span.begin < evidence.span.end && evidence.span.begin < e.span.end;
        });
        if (!same_place) {
            relation.weight += 1;
            relation.evidence.push_back(evidence);
        }
        if (std::find(relation.rules.begin(), relation.rules.end(), rule) == relation.rules.end())
            relation.rules.push_back(rule);
    }

    const std::vector<Entity>& entities_;
    std::map<RelationKey, Relation> table_;
};

/// The entity number written in a placeholder token ("@12" -> 12).
std::size_t placeholder_entity(re2::StringPiece token) {
    std::size_t value = 0;
    for (std::size_t i = 1; i < token.size(); ++i) value = value * 10 + static_cast<std::size_t>(token[i] - '0');
    return value;
}

/// The characters listed with the one at `placeholder` in a tagged sentence:
/// "@4 , @5 and @6 are taken in by @2" lists 4, 5 and 6 for any of them.
std::vector<std::size_t> listed_with(std::string_view text, re2::StringPiece placeholder) {
    std::vector<std::string_view> tokens;
    std::size_t at = 0;
    const auto offset = static_cast<std::size_t>(placeholder.data() - text.data());
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find(' ', begin);
        if (end == std::string_view::npos) end = text.size();
        if (begin == offset) at = tokens.size();
        tokens.push_back(text.substr(begin, end - begin));
        begin = end + 1;
    }
    const auto is_character = [&](std::size_t i) { return tokens[i].size() > 1 && tokens[i][0] == '@'; };
    const auto joiner = [&](std::size_t i) { return tokens[i] == "and"sv || tokens[i] == ","sv; };
    std::size_t first = at, last = at;
    // Only a list with "and" in it: "Vladimir , Lucia helps him" lists no one.
    bool with_and = false;
    while (first >= 2 && joiner(first - 1) && (is_character(first - 2) || (first >= 3 && tokens[first - 2] == ","sv &&
                                                                          tokens[first - 1] == "and"sv && is_character(first - 3)))) {
        with_and = with_and || tokens[first - 1] == "and"sv;
        first -= is_character(first - 2) ? 2 : 3;
    }
    while (last + 2 < tokens.size() && joiner(last + 1) &&
           (is_character(last + 2) || (last + 3 < tokens.size() && tokens[last + 1] == ","sv && tokens[last + 2] == "and"sv &&
                                       is_character(last + 3)))) {
        with_and = with_and || tokens[last + 1] == "and"sv || tokens[last + 2] == "and"sv;
        last += is_character(last + 2) ? 2 : 3;
    }
    std::vector<std::size_t> listed;
    if (!with_and) return listed;
    for (std::size_t i = first; i <= last; ++i)
        if (is_character(i)) listed.push_back(placeholder_entity(tokens[i]));
    return listed;
}

/// The pair a pattern matched, with the characters listed with either when
/// the clause's event has them in the same part: "Jamal, Salim and Latika are
/// taken in by Maman" matches Maman and Latika; the event, all three taken in
/// by Maman, adds Salim and Jamal.
std::vector<std::pair<std::size_t, std::size_t>> with_conjuncts(const Story& story, std::size_t doc,
                                                                std::size_t sentence, std::string_view text,
                                                                re2::StringPiece source, re2::StringPiece target,
                                                                re2::StringPiece whole) {
    const std::size_t source_entity = placeholder_entity(source), target_entity = placeholder_entity(target);
    std::vector<std::pair<std::size_t, std::size_t>> pairs{{source_entity, target_entity}};
    const std::vector<std::size_t> sources = listed_with(text, source), targets = listed_with(text, target);
    if (sources.empty() && targets.empty()) return pairs;
    const auto contains = [](const std::vector<std::size_t>& list, std::size_t entity) {
        return std::find(list.begin(), list.end(), entity) != list.end();
    };
    // "while @3 and @4 escape": one listed inside the matched text is matched too, after
    // the target (the pattern matched the first of the objects) or before the source (the
    // last of the subjects); "fights off @5 and @3 escapes" lists no one with @3.
    const std::string_view matched(whole.data(), whole.size());
    const auto position_within = [&](std::size_t entity) -> std::optional<std::size_t> {
        std::string token(1, '@');
        token += std::to_string(entity);
        for (std::size_t at = matched.find(token); at != std::string_view::npos; at = matched.find(token, at + 1)) {
            const std::size_t end = at + token.size();
            if ((at == 0 || matched[at - 1] == ' ') && (end == matched.size() || matched[end] == ' ')) return at;
        }
        return std::nullopt;
    };
    const auto offset_of = [&](re2::StringPiece part) { return static_cast<std::size_t>(part.data() - whole.data()); };
    for (std::size_t other : targets) {
        const auto at = position_within(other);
        if (other != target_entity && other != source_entity && at && *at > offset_of(target) &&
            story.entities[other].kind == EntityKind::character)
            pairs.emplace_back(source_entity, other);
    }
    for (std::size_t other : sources) {
        const auto at = position_within(other);
        if (other != source_entity && other != target_entity && at && *at < offset_of(source) &&
            story.entities[other].kind == EntityKind::character)
            pairs.emplace_back(other, target_entity);
    }
    for (const Event& event : events_in_sentence(story, doc, sentence)) {
        const bool forward = contains(event.agents, source_entity) && contains(event.patients, target_entity);
        const bool backward = contains(event.agents, target_entity) && contains(event.patients, source_entity);
        if (!forward && !backward) continue;
        // Each side: the matched one and those listed with it that the event has in the same part.
        const auto side = [&](std::size_t matched, const std::vector<std::size_t>& listed, bool agent) {
            std::vector<std::size_t> members{matched};
            for (std::size_t other : listed)
                if (other != matched && contains(agent ? event.agents : event.patients, other) &&
                    story.entities[other].kind == EntityKind::character)
                    members.push_back(other);
            return members;
        };
        for (std::size_t from : side(source_entity, sources, forward))
            for (std::size_t to : side(target_entity, targets, backward))
                if (from != to && std::find(pairs.begin(), pairs.end(), std::make_pair(from, to)) == pairs.end())
                    pairs.emplace_back(from, to);
    }
    return pairs;
}

/// A tagged sentence without the aside of a participle between a character
/// and its verb: "@3 , finding @1 's story plausible , lets @1 return" reads
/// "@3 lets @1 return". Nothing when there is none. `tokens`: the text split at spaces.
std::optional<std::string> without_participle_aside(const std::vector<std::string_view>& tokens) {
    for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
        const std::string_view opener = tokens[i + 2];
        const bool participle = opener.size() > 4 && (opener.ends_with("ing") || opener.ends_with("ed"));
        if (tokens[i].size() < 2 || tokens[i][0] != '@' || tokens[i + 1] != ","sv || !participle) continue;
        // The aside ends at the next comma, a few words on, with a lower-case word after it.
        for (std::size_t j = i + 3; j + 1 < tokens.size() && j <= i + 16; ++j) {
            if (tokens[j] == ";"sv || tokens[j] == "."sv || tokens[j] == ":"sv) break;
            if (tokens[j] != ","sv) continue;
            const std::string_view next = tokens[j + 1];
            if (next.empty() || next[0] == '@' || next[0] == '#' || !std::isalpha(static_cast<unsigned char>(next[0])))
                break;
            std::string plain;
            for (std::size_t k = 0; k < tokens.size(); ++k) {
                if (k > i && k <= j) continue;
                if (!plain.empty()) plain += ' ';
                plain += tokens[k];
            }
            return plain;
        }
    }
    return std::nullopt;
}

/// A tagged sentence with each event's doers written before its verb where
/// the verb shares a subject said earlier: "@0 takes the cup , and names @1
/// as @0 successor" reads "... , and @0 names @1 as @0 successor", so the
/// patterns, which want a subject right before the verb, find it. Nothing
/// when that reading is the text itself, as it is for most sentences.
/// `tokens`: the text split at spaces.
std::optional<std::string> with_shared_subjects(const Story& story, std::size_t doc, std::size_t sentence,
                                                const std::vector<std::string_view>& tokens) {
    // What goes before which token, by ascending token: each event's verb is
    // looked for after the last one found.
    std::vector<std::pair<std::size_t, std::string>> inserted;
    std::size_t cursor = 0;
    for (const Event& event : events_in_sentence(story, doc, sentence)) {
        if (event.passive || event.agents.empty()) continue;
        const std::string folded = fold_case(event.verb);
        std::vector<std::string> verb;
        for (std::string_view word : split(folded, ' '))
            if (!word.empty()) verb.emplace_back(word);
        if (verb.empty()) continue;
        for (std::size_t j = cursor; j + verb.size() <= tokens.size(); ++j) {
            if (!std::equal(verb.begin(), verb.end(), tokens.begin() + static_cast<std::ptrdiff_t>(j))) continue;
            cursor = j + verb.size();
            const std::string_view before = j > 0 ? tokens[j - 1] : std::string_view();
            const bool said = before.starts_with('@') || before == "who"sv || before == "which"sv || before == "that"sv;
            if (said || story.entities[event.agents[0]].kind != EntityKind::character) break;
            std::string doers;
            for (std::size_t a = 0; a < event.agents.size(); ++a) {
                if (a > 0) doers += " and ";
                doers += '@' + std::to_string(event.agents[a]);
            }
            inserted.emplace_back(j, std::move(doers));
            break;
        }
    }
    // Nothing inserted and no empty word to drop: the reading is the text.
    const bool empty_word = std::any_of(tokens.begin(), tokens.end(), [](std::string_view t) { return t.empty(); });
    if (inserted.empty() && !empty_word) return std::nullopt;
    std::string result;
    const auto append = [&](std::string_view word) {
        if (word.empty()) return;
        if (!result.empty()) result += ' ';
        result += word;
    };
    auto next = inserted.begin();
    for (std::size_t j = 0; j < tokens.size(); ++j) {
        if (next != inserted.end() && next->first == j) append((next++)->second);
        append(tokens[j]);
    }
    return result;
}

/// Whether the verb at document token `verb` gets its object to let someone do something:
/// "persuades her cautious husband Henry to let him stay", within the clause.
bool persuades_to_permit(const RuleData& rules, const Document& document, std::size_t verb) {
    constexpr std::size_t reach = 8;  // words between the verb and "to"
    for (std::size_t t = verb + 1; t + 1 < document.tokens.size() && t <= verb + reach; ++t) {
        const Token& token = document.tokens[t];
        if (!token.is_word && token.norm.find_first_of(",.;:!?") != std::string::npos) return false;
        if (token.key == "to"sv) return document.tokens[t + 1].is_word && rules.permission_verbs.count(document.tokens[t + 1].key);
    }
    return false;
}

}  // namespace

std::string RelationFinder::tagged_sentence(const Story& story, std::size_t doc, std::size_t sentence_index) {
    return tagged_sentence(story, sentence_items(story, doc, sentence_index));
}

std::string RelationFinder::tagged_sentence(const Story& story, const std::vector<SentenceItem>& items,
                                            const std::vector<std::size_t>& unasserted,
                                            const std::map<std::size_t, std::vector<std::size_t>>& stand_ins) {
    // Built in one string; `starts` holds where each word begins, for the look-backs.
    std::string text;
    std::vector<std::size_t> starts;
    starts.reserve(items.size());  // at most a word per item
    std::size_t length = 0;        // enough: a placeholder ("@12") is at most a few bytes longer than its word ("he")
    for (const SentenceItem& item : items) length += item.word.size() + 6;
    text.reserve(length);
    const auto word_at = [&](std::size_t k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] - 1 : text.size();
        return std::string_view(text).substr(starts[k], end - starts[k]);
    };
    const auto append = [&](std::string_view word) {
        if (!text.empty()) text += ' ';
        starts.push_back(text.size());
        text += word;
    };
    const auto drop_last = [&] {
        text.resize(starts.back() == 0 ? 0 : starts.back() - 1);
        starts.pop_back();
    };
    bool after_apposition = false;  // just said "Maarar, a lawyer" once
    std::string token;
    for (const SentenceItem& item : items) {
        // "Maarar, a lawyer, appears for Menon" reads "@0 appears for @1".
        const bool closing_comma = after_apposition && !item.mention && item.word == ","sv;
        after_apposition = false;
        if (closing_comma) continue;
        if (!item.mention) {
            if (const auto stood = stand_ins.find(item.first_token); stood != stand_ins.end()) {
                for (std::size_t k = 0; k < stood->second.size(); ++k) {
                    if (k > 0) append(k + 1 == stood->second.size() ? "and" : ",");
                    append(std::string("@").append(std::to_string(stood->second[k])));
                }
                continue;
            }
            if (std::find(unasserted.begin(), unasserted.end(), item.first_token) != unasserted.end())
                append(std::string("~").append(item.word));
            else
                append(item.word);
            continue;
        }
        const Entity& entity = story.entities[*item.entity];
        token.assign(1, entity.kind == EntityKind::character ? '@' : '#');
        token += std::to_string(*item.entity);
        // A name right after its own description ("the clerk Lucia"), or an
        // apposition ("Lionel, a security guard who ..."), is said once.
        const std::size_t count = starts.size();
        if (count >= 1 && word_at(count - 1) == token) continue;
        if (count >= 2 && word_at(count - 1) == ","sv && word_at(count - 2) == token) {
            drop_last();
            after_apposition = true;
            continue;
        }
        append(token);
    }
    return text;
}

/// The characters a description belongs to: its owner's, or, for "their" that no
/// group stands for ("Mufasa and Sarabi present their son, Simba"), the characters
/// who do the deed of its clause together.
std::vector<std::size_t> RelationFinder::owners_of(const Story& story, std::size_t description) const {
    const Mention& mention = story.mentions[description];
    if (mention.owner_mention) {
        const auto owner = story.mentions[*mention.owner_mention].entity;
        if (!owner || story.entities[*owner].kind != EntityKind::character) return {};
        // "the sisters Cora and Alice Munro ... their father": the group and each one listed for it.
        std::vector<std::size_t> owners{*owner};
        for (const std::size_t member : story.entities[*owner].members)
            if (member != *mention.entity && story.entities[member].kind == EntityKind::character) owners.push_back(member);
        return owners;
    }
    const auto& tokens = story.documents[mention.doc].tokens;
    // "Lear has three daughters", "She has a son, Tommy": the one who has them.
    if (mention.first_token >= 2 && description > 0) {
        const std::string& verb = tokens[mention.first_token - 1].key;
        const Mention& before = story.mentions[description - 1];
        if ((verb == "has"sv || verb == "had"sv || verb == "have"sv) && before.doc == mention.doc &&
            before.last_token + 2 == mention.first_token && before.entity && !before.possessive &&
            story.entities[*before.entity].kind == EntityKind::character && *before.entity != *mention.entity)
            return {*before.entity};
    }
    // "Mr. Fox with his wife, Mrs. Fox, and their four children": a name, the kin it has, and that
    // kin's name just before an unresolved "their" own it together.
    // "Ray Kinsella, a former student, lives on a farm in Iowa with his wife, Annie, and their
    // daughter": the owner need not come right before the kin.
    // "Tevye lives with his wife, Golde. Their daughter Tzeitel ...": a "their" opening its
    // sentence looks back to the end of the one before.
    const std::size_t sentence_first = story.documents[mention.doc].sentences[mention.sentence].first_token;
    const bool opens_sentence = mention.first_token == sentence_first && mention.sentence > 0;
    const std::size_t look_from = opens_sentence ? mention.sentence - 1 : mention.sentence;
    if (tokens[mention.first_token].key == "their"sv) {
        // The nearest character before it, and that one's name and kin description, walking back
        // over what sets the name off: "his wife Josephine, known as Jo, a retired singer, and their son".
        std::optional<std::size_t> nearest, name, kin;
        for (std::size_t k = description; k-- > 0;) {
            const Mention& m = story.mentions[k];
            if (m.doc != mention.doc || m.sentence < look_from) break;
            if (m.form == MentionForm::pronoun || !m.entity || story.entities[*m.entity].kind != EntityKind::character)
                continue;
            if (!nearest) nearest = k;
            if (*m.entity != *story.mentions[*nearest].entity) break;
            if (m.form == MentionForm::name && !kin) name = k;
            if (m.form == MentionForm::description && m.owner_mention && name) {
                kin = k;
                break;
            }
        }
        // Nothing a clause of its own would begin with between the nearest and "their".
        const auto set_off = [&] {
            const Mention& last = story.mentions[*nearest];
            if (opens_sentence) return true;
            for (std::size_t t = last.last_token + 1; t < mention.first_token; ++t)
                if (tokens[t].norm == ";"sv || tokens[t].norm == "."sv ||
                    rules_.has_verb_shape(tokens[t].key, {VerbForm::Shape::third_person}))
                    return false;
            return last.last_token + 20 >= mention.first_token;
        };
        if (name && kin) {
            const Mention& second = story.mentions[*name];
            const auto first = story.mentions[*story.mentions[*kin].owner_mention].entity;
            const auto named_in_sentence = [&](std::size_t entity) {
                for (std::size_t k = *kin; k-- > 0;) {
                    const Mention& m = story.mentions[k];
                    if (m.doc != mention.doc || m.sentence != look_from) return false;
                    if (m.entity == entity && m.form == MentionForm::name) return true;
                }
                return false;
            };
            if (first && *first != *second.entity && story.entities[*first].kind == EntityKind::character &&
                named_in_sentence(*first) && set_off())
                return {*first, *second.entity};
        }
    }
    // An unresolved "their" left no owner mention; the description's text still opens with it.
    const auto pronoun = rules_.pronouns.find(tokens[mention.first_token].key);
    if (pronoun == rules_.pronouns.end() || !pronoun->second.plural ||
        pronoun->second.grammatical_case != "possessive"sv)
        return {};
    // "Frodo and Sam are joined by their friends": the other side of the event it takes part in.
    for (const Event& event : story.events) {
        if (event.evidence.doc != mention.doc || event.sentence != mention.sentence ||
            event.evidence.span.begin > mention.span.begin || event.evidence.span.end < mention.span.end)
            continue;
        // The group itself, or one of the members listed for it ("their friends Merry and Pippin").
        const auto& members = story.entities[*mention.entity].members;
        const auto has = [&](const std::vector<std::size_t>& side) {
            return std::any_of(side.begin(), side.end(), [&](std::size_t e) {
                return e == *mention.entity || std::find(members.begin(), members.end(), e) != members.end();
            });
        };
        // "escorts Cora and Alice to their father": the ones the verb acts on, when the
        // description is where they go.
        bool described_after_preposition = false;
        std::vector<std::size_t> objects;
        for (std::size_t k = 0; k < event.patients.size(); ++k) {
            const std::size_t e = event.patients[k];
            if (e == *mention.entity) described_after_preposition = !patient_via(event, k).empty();
            else if (patient_via(event, k).empty() && story.entities[e].kind == EntityKind::character) objects.push_back(e);
        }
        if (described_after_preposition && objects.size() >= 2) return objects;
        const std::vector<std::size_t>* others = has(event.patients) ? &event.agents
                                                 : has(event.agents) && event.passive ? &event.patients
                                                                                      : nullptr;
        if (!others) continue;
        std::vector<std::size_t> doers;
        for (const std::size_t other : *others)
            if (story.entities[other].kind == EntityKind::character && other != *mention.entity &&
                std::find(members.begin(), members.end(), other) == members.end())
                doers.push_back(other);
        if (doers.size() >= 2) return doers;
    }
    return {};
}

void RelationFinder::run(Story& story, const std::vector<EventCues>& cues, SentenceItemCache& cache) const {
    RelationTable table(story.entities);

    // The verbs of events the text does not assert, by sentence: no pattern reads them.
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> unasserted;
    for (std::size_t e = 0; e < story.events.size() && e < cues.size(); ++e) {
        const Event& event = story.events[e];
        if (cues[e].verb_token && (event.negated || event.intended || event.believed))
            unasserted[{event.evidence.doc, event.sentence}].push_back(*cues[e].verb_token);
    }
    static const std::vector<std::size_t> none;
    // Whether a pattern's match has an unwitting adverb ("accidentally") in it.
    const auto said_unwittingly = [&](re2::StringPiece text) {
        for (const std::string_view word : split(std::string_view(text.data(), text.size()), ' '))
            if (rules_.unwitting_words.count(word)) return true;
        return false;
    };
    // "after tricking her into helping him": a deed drawn out by deceit (event_words.tsv deceit)
    // is no help. The source comes right after the verb of deceit and before "into", or, where a
    // reading has put the doer before the deed, right after "into".
    const auto tricked_into = [&](std::string_view text, re2::StringPiece source) {
        const auto end = static_cast<std::size_t>(source.data() - text.data()) + source.size();
        const std::vector<std::string_view> before = split(text.substr(0, end), ' ');
        const std::size_t n = before.size();  // the last is the source
        if (n >= 2 && text.substr(end).starts_with(" into ") && rules_.is_deceit_verb(before[n - 2])) return true;
        return n >= 4 && before[n - 2] == "into"sv && before[n - 3].starts_with('@') && rules_.is_deceit_verb(before[n - 4]);
    };
    // The characters an unresolved "they" or "them" stands for, by sentence and document token.
    std::map<std::pair<std::size_t, std::size_t>, std::map<std::size_t, std::vector<std::size_t>>> stand_ins;
    for (std::size_t e = 0; e < story.events.size() && e < cues.size(); ++e)
        for (const auto& [token, characters] : cues[e].plural_stand_ins)
            stand_ins[{story.events[e].evidence.doc, story.events[e].sentence}].try_emplace(token, characters);
    static const std::map<std::size_t, std::vector<std::size_t>> no_stand_ins;

    // Stated in a sentence: the patterns of relations.tsv.
    for (std::size_t d = 0; d < story.documents.size(); ++d) {
        const Document& document = story.documents[d];
        for (std::size_t s = 0; s < document.sentences.size(); ++s) {
            const std::vector<SentenceItem>& items = cache.items(d, s);
            // Each '@' of the tagged text is a character's item or in a word:
            // fewer than two of those, and no rule can match.
            std::size_t ats = 0;
            for (std::size_t i = 0; i < items.size() && ats < 2; ++i) {  // two are enough
                const SentenceItem& item = items[i];
                ats += item.mention ? story.entities[*item.entity].kind == EntityKind::character
                                    : static_cast<std::size_t>(std::count(item.word.begin(), item.word.end(), '@'));
            }
            const auto stood = stand_ins.find({d, s});
            if (stood != stand_ins.end())
                for (const auto& [token, characters] : stood->second) ats += characters.size();
            if (ats < 2) continue;
            const auto hidden = unasserted.find({d, s});
            const std::string tagged = tagged_sentence(story, items, hidden == unasserted.end() ? none : hidden->second,
                                                       stood == stand_ins.end() ? no_stand_ins : stood->second);
            if (std::count(tagged.begin(), tagged.end(), '@') < 2) continue;
            const Evidence evidence{d, document.sentences[s].span};
            // Read as written, and again without a participle's aside between
            // a subject and its verb when there is one.
            std::vector<std::string> readings{tagged};
            const std::vector<std::string_view> words = split(tagged, ' ');
            if (auto plain = without_participle_aside(words); plain && *plain != tagged) readings.push_back(std::move(*plain));
            if (auto said = with_shared_subjects(story, d, s, words); said && *said != tagged) readings.push_back(std::move(*said));
            // The other readings only drop words or add placeholders (joined by
            // "and"), so the rules the first one's words allow are the ones worth trying.
            std::vector<int> candidates;
            rules_.relation_prefilter.candidates(tagged, candidates);
            std::vector<re2::StringPiece> match;  // one buffer for every rule's groups
            for (const std::string& text : readings) {
                for (const int index : candidates) {
                    const RelationRule& rule = rules_.relation_rules[static_cast<std::size_t>(index)];
                    const int groups = rule.pattern->NumberOfCapturingGroups() + 1;
                    match.assign(static_cast<std::size_t>(groups), re2::StringPiece());
                    std::size_t position = 0;
                    while (position < text.size() &&
                           rule.pattern->Match(text, position, text.size(), RE2::UNANCHORED, match.data(), groups)) {
                        const re2::StringPiece source = match[static_cast<std::size_t>(rule.source_group)];
                        const re2::StringPiece target = match[static_cast<std::size_t>(rule.target_group)];
                        // "accidentally hands him the money" helps no one.
                        const bool unwitting =
                            rule.type == "helped"sv && (said_unwittingly(match[0]) || tricked_into(text, source));
                        if (!source.empty() && !target.empty() && !unwitting) {
                            for (const auto& [from, to] : with_conjuncts(story, d, s, text, source, target, match[0]))
                                table.add(rule.type, rule.subtype, from, to, rule.directed, rule.confidence, rule.id,
                                          evidence);
                        }
                        // Go on after the earlier of the two, so chains ("A protects B, who protects C") are found.
                        const char* resume = std::min(source.data(), target.data());
                        const std::size_t next = static_cast<std::size_t>(resume - text.data()) + 1;
                        if (next <= position) break;
                        position = next;
                    }
                }
            }
        }
    }

    // Said by an event: "Lucia and Lionel hide him", "Play is confronted by Stab and Zilla".
    for (std::size_t e = 0; e < story.events.size(); ++e) {
        const Event& event = story.events[e];
        // "does not help", "believes that Shelia gave him the money": nothing the text asserts.
        if (event.negated || event.believed) continue;
        // "convinces him that Hamlet is to blame" tells him something; it is no help.
        bool only_told = e < cues.size() && cues[e].tells_that;
        // Nor is persuading someone to do the persuader a favour ("persuades the witch to give her
        // a spell") or to act against someone ("persuades Sebastian to kill his brother").
        // Nor is persuading someone to let a third do something ("persuades the constable to let
        // him go"): that one is helped (relations.tsv), not the one who lets.
        const bool persuasion = rules_.persuasion_verbs.count(event.action) > 0;
        if (persuasion && e < cues.size() && cues[e].verb_token)
            only_told = only_told || persuades_to_permit(rules_, story.documents[event.evidence.doc], *cues[e].verb_token);
        if (persuasion)
            for (std::size_t later = e + 1; later < story.events.size() && later < cues.size(); ++later) {
                const Event& deed = story.events[later];
                if (deed.evidence.doc != event.evidence.doc || deed.sentence != event.sentence) break;
                if (!cues[later].persuaded || deed.instigators != event.agents) continue;
                const bool for_persuader = std::any_of(deed.patients.begin(), deed.patients.end(), [&](std::size_t p) {
                    return std::find(event.agents.begin(), event.agents.end(), p) != event.agents.end();
                });
                const auto lines = rules_.event_relations.find(rules_.relation_lemma(deed.action));
                const auto of_type = [&](std::string_view type, bool generic_only = false) {
                    return lines != rules_.event_relations.end() &&
                           std::any_of(lines->second.begin(), lines->second.end(), [&](const EventRelation& line) {
                               return line.type == type && (!generic_only || line.subtype.empty() || line.subtype == "-"sv);
                           });
                };
                // Nor is persuading someone to do something to a third character ("persuades the
                // constable to let him go", "persuades Ariel to visit Ursula"): the deed is that one's.
                const bool for_third = std::any_of(deed.patients.begin(), deed.patients.end(), [&](std::size_t p) {
                    return story.entities[p].kind == EntityKind::character &&
                           std::find(event.agents.begin(), event.agents.end(), p) == event.agents.end() &&
                           std::find(event.patients.begin(), event.patients.end(), p) == event.patients.end();
                });
                // But "persuades Madhu to help him" is said of one who needs help and is advised to ask.
                only_told = only_told || (for_persuader && !of_type("helped", true)) || of_type("opposes") ||
                            of_type("killed") || for_third;
                break;
            }
        const std::string_view phrasal = e < cues.size() ? cues[e].phrasal_verb : std::string_view{};
        const bool phrasal_lines = !phrasal.empty() && rules_.event_relations.count(phrasal);
        const auto found = rules_.event_relations.find(phrasal_lines ? phrasal : rules_.relation_lemma(event.action));
        if (found == rules_.event_relations.end()) continue;
        const std::string rule = std::string("event:").append(phrasal_lines ? phrasal : std::string_view(event.action));
        // "gives the donkey to his nephew": where a line names the recipient by
        // its preposition, the direct object is the thing given.
        bool recipient_named = false;
        for (const EventRelation& implied : found->second)
            for (std::size_t k = 0; k < event.patients.size(); ++k)
                recipient_named = recipient_named || (!implied.via.empty() && implied.via != "*"sv && implied.via != kOwnerVia &&
                                                      implied.via == patient_via(event, k));
        const bool patient_is_character = std::any_of(event.patients.begin(), event.patients.end(), [&](std::size_t p) {
            return story.entities[p].kind == EntityKind::character;
        });
        for (const EventRelation& implied : found->second) {
            // "Meg and John marry", "the two kiss": an undirected deed done together, with no
            // one done to, joins its doers.
            if (!patient_is_character && implied.direction == EventRelation::Direction::undirected &&
                (implied.via.empty() || implied.via == "*"sv) && !event.intended && !event.attempted)
                for (std::size_t a = 0; a < event.agents.size(); ++a)
                    for (std::size_t b = a + 1; b < event.agents.size(); ++b)
                        if (story.entities[event.agents[a]].kind == EntityKind::character &&
                            story.entities[event.agents[b]].kind == EntityKind::character)
                            table.add(implied.type, implied.subtype, event.agents[b], event.agents[a], false,
                                      implied.confidence, rule + ":together", event.evidence);
            if ((implied.subtype == "gave"sv || implied.subtype == "advised"sv) && e < cues.size() && cues[e].not_a_gift) continue;
            for (std::size_t k = 0; k < event.patients.size(); ++k) {
                const std::size_t patient = event.patients[k];
                const std::string via = patient_via(event, k);
                if (!implied.attaches(via)) continue;
                if (recipient_named && via.empty()) continue;
                if (implied.via == kDativeVia && e < cues.size() && cues[e].lone_object) continue;
                if (story.entities[patient].kind != EntityKind::character) continue;
                for (std::size_t agent : event.agents) {
                    if (story.entities[agent].kind != EntityKind::character) continue;
                    using Direction = EventRelation::Direction;
                    const bool reversed = implied.direction == Direction::patient_to_agent;
                    // Help only offered or planned ("offers to help her") is no help yet.
                    // Nor is kinship only planned ("plans to raise the baby as his sidekick").
                    const bool only_asked = e < cues.size() && cues[e].directed;
                    const bool unwitting = e < cues.size() && cues[e].unwitting;
                    if ((event.intended || only_told || only_asked || unwitting) && implied.type == "helped"sv) continue;
                    if (event.intended && implied.type == "family"sv) continue;
                    // "tries to kill him", "plans to kill him" oppose him; they kill no one.
                    const bool attempt_on_life = (event.attempted || event.intended) && implied.type == "killed"sv;
                    table.add(attempt_on_life ? "opposes" : implied.type,
                              attempt_on_life ? "attempted murder" : implied.subtype, reversed ? patient : agent,
                              reversed ? agent : patient, implied.direction != Direction::undirected,
                              implied.confidence, rule, event.evidence);
                }
                // "Odile hires Serge to protect Simon", "Lambeau persuades the judge to release
                // Will": Odile helped Simon, Lambeau Will, too.
                if (implied.type == "helped"sv && !event.intended &&
                    implied.direction == EventRelation::Direction::agent_to_patient) {
                    const bool persuaded = e < cues.size() && cues[e].persuaded;
                    for (std::size_t instigator : event.instigators)
                        if (story.entities[instigator].kind == EntityKind::character && instigator != patient)
                            table.add("helped", persuaded ? implied.subtype : "hired", instigator, patient, true,
                                      persuaded ? 0.55 : 0.6, rule + (persuaded ? ":persuaded" : ":on-behalf"), event.evidence);
                }
                // "rescues Dot from a hungry bird": the one rescued from threatened the one rescued.
                if (implied.type == "helped"sv && via.empty() && !event.intended && !event.attempted &&
                    (implied.subtype == "rescued"sv || implied.subtype == "protected"sv || implied.subtype == "freed"sv))
                    for (std::size_t j = 0; j < event.patients.size(); ++j) {
                        const std::size_t threat = event.patients[j];
                        if (j != k && patient_via(event, j) == "from"sv && threat != patient &&
                            story.entities[threat].kind == EntityKind::character &&
                            std::find(event.agents.begin(), event.agents.end(), threat) == event.agents.end())
                            table.add("opposes", "threaten", threat, patient, true, 0.5, rule + ":from", event.evidence);
                    }
            }
        }
    }

    // A rescue the text implies: "Kate is attacked by Baldwin but Thomas
    // arrives and kills Baldwin". Whoever acts against an attacker in the same
    // sentence helped the one attacked, unless the attack killed them. (Across a
    // sentence boundary the force is mostly no rescue: 5 right of 22 on development.)
    // An attack that only may happen ("before they can harm him") is one someone can stop.
    const auto opposed = [&](std::size_t index, bool killing_counts) {
        const Event& event = story.events[index];
        const bool threatened = !killing_counts && index < cues.size() && cues[index].modal;
        std::vector<std::size_t> targets;
        if (event.negated || event.believed || (event.intended && !threatened)) return targets;
        const auto found = rules_.event_relations.find(rules_.relation_lemma(event.action));
        if (found == rules_.event_relations.end()) return targets;
        for (std::size_t k = 0; k < event.patients.size(); ++k) {
            const std::string via = patient_via(event, k);
            for (const EventRelation& implied : found->second) {
                // A weak act against someone ("tries to stop them", "orders him") is no attack to be rescued from.
                const bool against = (implied.type == "opposes"sv && (killing_counts || implied.confidence >= 0.5)) ||
                                     (implied.type == "killed"sv && (killing_counts || event.attempted));
                if (against && implied.direction == EventRelation::Direction::agent_to_patient &&
                    implied.attaches(via) &&
                    story.entities[event.patients[k]].kind == EntityKind::character)
                    targets.push_back(event.patients[k]);
            }
        }
        return targets;
    };
    for (std::size_t later = 0; later < story.events.size(); ++later) {
        const Event& counter = story.events[later];
        // Only force used on the attacker rescues: "kills Baldwin", not "blames the king".
        // A force verb may need its preposition: "fires at the wolves", not "fires her".
        const std::string lemma(rules_.relation_lemma(counter.action));
        bool force = rules_.force_verbs.count(lemma) > 0;
        for (std::size_t k = 0; !force && k < counter.patients.size(); ++k)
            force = rules_.force_verbs.count(lemma + " " + patient_via(counter, k)) > 0;
        if (counter.attempted || !force) continue;
        const std::vector<std::size_t> attackers = opposed(later, true);
        if (attackers.empty()) continue;
        // The attack told before or after in the same sentence ("fights off the wolves that attack him").
        std::vector<std::size_t> attacks;
        for (std::size_t earlier = later; earlier-- > 0;) {
            const Event& attack = story.events[earlier];
            if (attack.evidence.doc != counter.evidence.doc || attack.sentence != counter.sentence) break;
            attacks.push_back(earlier);
        }
        for (std::size_t after = later + 1; after < story.events.size(); ++after) {
            const Event& attack = story.events[after];
            if (attack.evidence.doc != counter.evidence.doc || attack.sentence != counter.sentence) break;
            attacks.push_back(after);
        }
        for (std::size_t index : attacks) {
            const Event& attack = story.events[index];
            const std::vector<std::size_t> victims = opposed(index, false);
            for (std::size_t attacker : attackers) {
                if (std::find(attack.agents.begin(), attack.agents.end(), attacker) == attack.agents.end()) continue;
                for (std::size_t victim : victims) {
                    // Force on the victim too ("chases them", both of them) rescues no one.
                    if (std::find(attackers.begin(), attackers.end(), victim) != attackers.end()) continue;
                    for (std::size_t rescuer : counter.agents) {
                        const bool outsider = rescuer != victim && rescuer != attacker &&
                                              std::find(attack.agents.begin(), attack.agents.end(), rescuer) == attack.agents.end();
                        if (outsider && story.entities[rescuer].kind == EntityKind::character)
                            table.add("helped", "rescued", rescuer, victim, true, 0.5, "inferred:rescue", counter.evidence);
                    }
                }
            }
        }
    }

    // Implied by a role: "his grandfather" is family, "Vladimir's boss" employs him.
    for (std::size_t m = 0; m < story.mentions.size(); ++m) {
        const Mention& mention = story.mentions[m];
        if (mention.form != MentionForm::description || !mention.entity) continue;
        const std::size_t holder = *mention.entity;
        const Evidence evidence{mention.doc, story.documents[mention.doc].sentences[mention.sentence].span};
        const std::string rule = std::string("role:").append(mention.subtype);
        auto implied = rules_.role_relations.find(mention.subtype);
        // "Wade and his men": a plural of role_relations.tsv's own ("men") says more than its singular.
        if (mention.plural)
            if (const auto plural = rules_.role_relations.find(story.documents[mention.doc].tokens[mention.last_token].key);
                plural != rules_.role_relations.end())
                implied = plural;
        // "Ray Budds, one of Gerry's old friends": the one named before "one of" holds the role too.
        std::vector<std::size_t> holders{holder};
        if (mention.plural) {
            const auto& tokens = story.documents[mention.doc].tokens;
            std::size_t start = mention.first_token;
            if (mention.owner_mention) start = std::min(start, story.mentions[*mention.owner_mention].first_token);
            if (start >= 4 && tokens[start - 1].key == "of"sv &&
                (tokens[start - 2].key == "one"sv || tokens[start - 2].key == "another"sv) && tokens[start - 3].norm == ","sv)
                for (std::size_t k = m; k-- > 0;) {
                    const Mention& named = story.mentions[k];
                    if (named.doc != mention.doc || named.last_token < start - 4) break;
                    if (named.last_token == start - 4 && named.form == MentionForm::name && named.entity && !named.possessive &&
                        story.entities[*named.entity].kind == EntityKind::character)
                        holders.push_back(*named.entity);
                }
        }
        for (const std::size_t owner : owners_of(story, m)) {
            for (const std::size_t one : holders) {
                if (owner == one) continue;
                if (implied == rules_.role_relations.end()) {
                    const auto noun = rules_.role_nouns.find(mention.subtype);
                    // Directed from the relative to the one it is a relative of: the holder is the owner's grandfather.
                    if (noun != rules_.role_nouns.end() && noun->second.category == "kin"sv)
                        table.add("family", mention.subtype, one, owner, true, 0.9, rule, evidence);
                    continue;
                }
                using Direction = RoleRelation::Direction;
                const Direction direction = implied->second.direction;
                const std::size_t source = direction == Direction::owner_to_holder ? owner : one;
                const std::size_t target = direction == Direction::owner_to_holder ? one : owner;
                table.add(implied->second.type, mention.subtype, source, target, direction != Direction::undirected, 0.85,
                          rule, evidence);
            }
        }
    }
    // "the four March sisters, Meg, Jo, Beth and Amy": a group called by a kin term that
    // holds both ways (sister, brother, twin, cousin) makes its members that to each other.
    for (const Mention& mention : story.mentions) {
        if (mention.form != MentionForm::description || !mention.plural || !mention.entity) continue;
        const std::vector<std::size_t>& members = story.entities[*mention.entity].members;
        const auto inverse = rules_.kin_inverses.find(mention.subtype);
        if (members.size() < 2 || inverse == rules_.kin_inverses.end()) continue;
        const bool both_ways = inverse->second.first == mention.subtype || inverse->second.second == mention.subtype ||
                               mention.subtype == "sibling"sv;
        // "two daughters of her own, Drizella and Anastasia", "his sons Cal and Aron": the children
        // of one owner (a term whose inverse is a child's) are siblings.
        const auto child = rules_.kin_inverses.find("child");
        const bool children = !both_ways && mention.owner_mention && child != rules_.kin_inverses.end() &&
                              inverse->second == child->second;
        if (!both_ways && !children) continue;
        const std::string subtype = children ? std::string("sibling") : mention.subtype;
        const Evidence evidence{mention.doc, story.documents[mention.doc].sentences[mention.sentence].span};
        for (std::size_t a = 0; a < members.size(); ++a)
            for (std::size_t b = a + 1; b < members.size(); ++b)
                table.add("family", subtype, members[a], members[b], false, 0.85, std::string("group:").append(mention.subtype),
                          evidence);
    }
    table.move_into(story.relations);
    drop_mercy_to_foes(story.relations);
    drop_romance_between_kin(story, story.relations);
}

void RelationFinder::drop_romance_between_kin(const Story& story, std::vector<Relation>& relations) {
    // "Emma tells her sons that she loves them", "Calvin and his son tell each other how much they
    // love each other", "kisses her daughter goodbye": love between close kin is no romance. Not
    // cousins or step-kin, who may marry. A group's members are kin to whom the group is.
    const auto with_members = [&](std::size_t entity) {
        std::vector<std::size_t> all{entity};
        const auto& members = story.entities[entity].members;
        all.insert(all.end(), members.begin(), members.end());
        return all;
    };
    std::set<std::pair<std::size_t, std::size_t>> kin;
    for (const Relation& relation : relations) {
        if (relation.type != "family"sv || relation.subtype.find("cousin") != std::string::npos ||
            relation.subtype.starts_with("step"))
            continue;
        for (const std::size_t a : with_members(relation.source))
            for (const std::size_t b : with_members(relation.target)) kin.insert(std::minmax(a, b));
    }
    std::erase_if(relations, [&](const Relation& relation) {
        return relation.type == "romance"sv && kin.count(std::minmax(relation.source, relation.target));
    });
}

void RelationFinder::drop_mercy_to_foes(std::vector<Relation>& relations) {
    // "Simba spares his life": sparing an opponent is mercy, not help; "Shang spares
    // her life" (a comrade) still is. Opposition either way, anywhere in the story, decides.
    const auto opposed = [&](std::size_t a, std::size_t b) {
        return std::any_of(relations.begin(), relations.end(), [&](const Relation& r) {
            return (r.type == "opposes"sv || r.type == "killed"sv) &&
                   ((r.source == a && r.target == b) || (r.source == b && r.target == a));
        });
    };
    std::vector<Relation> kept;
    kept.reserve(relations.size());
    for (Relation& relation : relations)
        if (!(relation.type == "helped"sv && relation.subtype == "spared"sv && opposed(relation.source, relation.target)))
            kept.push_back(std::move(relation));
    relations = std::move(kept);
}

}  // namespace plotgraph::detail
