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

/// Whether two multi-word keys match word by word as spelling variants.
bool variant_of(const std::string& a, const std::string& b) {
    std::vector<std::string> left, right;
    for (const auto& [key, words] : {std::pair{&a, &left}, std::pair{&b, &right}}) {
        std::size_t start = 0;
        while (start <= key->size()) {
            const std::size_t space = key->find(' ', start);
            words->push_back(key->substr(start, space == std::string::npos ? std::string::npos : space - start));
            if (space == std::string::npos) break;
            start = space + 1;
        }
    }
    if (left.size() != right.size()) return false;
    for (std::size_t i = 0; i < left.size(); ++i)
        if (!detail::is_spelling_variant(left[i], right[i])) return false;
    return true;
}

}  // namespace

std::optional<std::size_t> find_entity(const Story& story, std::string_view name) {
    const std::string wanted = detail::name_key(name);
    if (wanted.empty()) return std::nullopt;
    std::optional<std::size_t> exact, variant;
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
        }
    }
    return exact ? exact : variant;
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

std::string_view evidence_text(const Story& story, const Evidence& evidence) {
    const std::string& text = story.documents.at(evidence.doc).text;
    if (evidence.span.end > text.size() || evidence.span.begin > evidence.span.end) return {};
    return std::string_view(text).substr(evidence.span.begin, evidence.span.size());
}

}  // namespace plotgraph
