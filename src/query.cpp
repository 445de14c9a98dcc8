#include <plotgraph/query.hpp>

#include "name_keys.hpp"

#include <algorithm>

namespace plotgraph {
namespace {

/// Each name an entity goes by, as comparison keys.
std::vector<std::string> keys_of(const Entity& entity) {
    std::vector<std::string> keys{detail::name_key(entity.name)};
    for (const std::string& alias : entity.aliases) keys.push_back(detail::name_key(alias));
    return keys;
}

std::vector<std::string> words_of(const std::string& key) {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= key.size()) {
        const std::size_t space = key.find(' ', start);
        words.push_back(key.substr(start, space == std::string::npos ? std::string::npos : space - start));
        if (space == std::string::npos) break;
        start = space + 1;
    }
    return words;
}

/// Whether two multi-word keys match word by word as spelling variants.
bool variant_of(const std::string& a, const std::string& b) {
    const std::vector<std::string> left = words_of(a), right = words_of(b);
    if (left.size() != right.size()) return false;
    for (std::size_t i = 0; i < left.size(); ++i)
        if (!detail::is_spelling_variant(left[i], right[i])) return false;
    return true;
}

}  // namespace

std::optional<std::size_t> find_entity(const Story& story, std::string_view name) {
    const std::string wanted = detail::name_key(name);
    if (wanted.empty()) return std::nullopt;
    // Best first: a whole name, a spelling variant of one, then one word of a
    // name ("Lionel" for Lionel Witherspoon), then a variant of one word.
    std::optional<std::size_t> exact, variant, word, word_variant;
    const bool one_word = wanted.find(' ') == std::string::npos;
    const auto better = [&](std::optional<std::size_t> current, std::size_t candidate) {
        if (!current) return true;
        const bool was_character = story.entities[*current].kind == EntityKind::character;
        const bool is_character = story.entities[candidate].kind == EntityKind::character;
        if (was_character != is_character) return is_character;
        return story.entities[candidate].mentions.size() > story.entities[*current].mentions.size();
    };
    for (std::size_t i = 0; i < story.entities.size(); ++i) {
        for (const std::string& key : keys_of(story.entities[i])) {
            if (key == wanted && better(exact, i)) exact = i;
            else if (!exact && variant_of(key, wanted) && better(variant, i)) variant = i;
            if (!one_word || exact || variant || key.find(' ') == std::string::npos) continue;
            for (const std::string& part : words_of(key)) {
                if (part == wanted && better(word, i)) word = i;
                else if (!word && detail::is_spelling_variant(part, wanted) && better(word_variant, i)) word_variant = i;
            }
        }
    }
    if (exact) return exact;
    if (variant) return variant;
    return word ? word : word_variant;
}

std::vector<RelationView> relations_of(const Story& story, std::size_t entity, std::string_view type,
                                       bool as_target) {
    std::vector<RelationView> views;
    for (const Relation& relation : story.relations) {
        if (relation.type != type) continue;
        const bool from = relation.source == entity, to = relation.target == entity;
        if (relation.directed) {
            if (!as_target && from) views.push_back({&relation, relation.target});
            if (as_target && to) views.push_back({&relation, relation.source});
        } else if (from || to) {
            views.push_back({&relation, from ? relation.target : relation.source});
        }
    }
    std::stable_sort(views.begin(), views.end(), [](const RelationView& a, const RelationView& b) {
        if (a.relation->weight != b.relation->weight) return a.relation->weight > b.relation->weight;
        return a.relation->confidence > b.relation->confidence;
    });
    return views;
}

std::vector<const Relation*> relations_between(const Story& story, std::size_t a, std::size_t b) {
    std::vector<const Relation*> found;
    for (const Relation& relation : story.relations) {
        if (relation.type == "co-occurs") continue;
        if ((relation.source == a && relation.target == b) || (relation.source == b && relation.target == a))
            found.push_back(&relation);
    }
    std::stable_sort(found.begin(), found.end(), [](const Relation* x, const Relation* y) {
        if (x->weight != y->weight) return x->weight > y->weight;
        return x->confidence > y->confidence;
    });
    return found;
}

std::vector<const Event*> timeline(const Story& story, std::optional<std::size_t> entity, bool with_retellings) {
    const auto involves = [&](const Event& event) {
        for (const auto* list : {&event.agents, &event.patients, &event.places})
            if (std::find(list->begin(), list->end(), *entity) != list->end()) return true;
        return false;
    };
    std::vector<const Event*> events;
    for (const Event& event : story.events) {
        if (event.same_as && !with_retellings) continue;
        if (entity && !involves(event)) continue;
        events.push_back(&event);
    }
    std::stable_sort(events.begin(), events.end(), [](const Event* a, const Event* b) { return a->order < b->order; });
    return events;
}

std::string describe_event(const Story& story, const Event& event) {
    const auto names = [&](const std::vector<std::size_t>& entities) {
        std::string joined;
        for (std::size_t k = 0; k < entities.size(); ++k) {
            if (k > 0) joined.append(k + 1 == entities.size() ? " and " : ", ");
            joined.append(entities[k] < story.entities.size() ? story.entities[entities[k]].name : "?");
        }
        return joined;
    };
    std::string line = names(event.agents);
    if (!line.empty()) line.append(" ");
    if (event.negated) line.append("not ");
    line.append(event.action);
    if (!event.patients.empty()) line.append(" ").append(names(event.patients));
    if (!event.places.empty()) line.append(" at ").append(names(event.places));
    return line;
}

std::string_view evidence_text(const Story& story, const Evidence& evidence) {
    const std::string& text = story.documents.at(evidence.doc).text;
    if (evidence.span.end > text.size() || evidence.span.begin > evidence.span.end) return {};
    return std::string_view(text).substr(evidence.span.begin, evidence.span.size());
}

}  // namespace plotgraph
