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

}  // namespace test
