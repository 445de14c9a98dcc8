// Small helpers shared by the test files.
#pragma once

#include <plotgraph/plotgraph.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace test {

inline plotgraph::Story extract(const std::vector<std::string>& texts) {
    std::vector<plotgraph::Input> inputs;
    for (std::size_t i = 0; i < texts.size(); ++i) inputs.push_back({"doc" + std::to_string(i), texts[i]});
    return plotgraph::Extractor{}.extract(std::move(inputs));
}

inline plotgraph::Story extract(const std::string& text) { return extract(std::vector<std::string>{text}); }

/// The entity called `name`, by its canonical name or an alias; nullptr if none.
inline const plotgraph::Entity* find(const plotgraph::Story& story, const std::string& name) {
    for (const auto& entity : story.entities) {
        if (entity.name == name) return &entity;
        if (std::find(entity.aliases.begin(), entity.aliases.end(), name) != entity.aliases.end()) return &entity;
    }
    return nullptr;
}

inline std::size_t count_kind(const plotgraph::Story& story, plotgraph::EntityKind kind) {
    return static_cast<std::size_t>(std::count_if(story.entities.begin(), story.entities.end(),
                                                  [&](const auto& e) { return e.kind == kind; }));
}

inline bool same_entity(const plotgraph::Story& story, const std::string& a, const std::string& b) {
    const auto* x = find(story, a);
    const auto* y = find(story, b);
    return x && y && x == y;
}

/// The canonical name of the character the mention written `text` stands for, the first such
/// mention or the one `occurrence` (from 0) says; "" if none.
inline std::string resolved_name(const plotgraph::Story& story, const std::string& text, std::size_t occurrence = 0) {
    for (const auto& mention : story.mentions)
        if (mention.text == text && occurrence-- == 0)
            return mention.entity ? story.entities[*mention.entity].name : std::string();
    return {};
}

/// Whether the entity called `name` has a mention written `text`.
inline bool has_mention(const plotgraph::Story& story, const std::string& name, const std::string& text) {
    const auto* entity = find(story, name);
    return entity && std::any_of(entity->mentions.begin(), entity->mentions.end(),
                                 [&](std::size_t m) { return story.mentions[m].text == text; });
}

}  // namespace test
