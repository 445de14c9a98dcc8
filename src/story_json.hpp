// The JSON of a story as a value, shared by the JSON writer and batch mode.
#pragma once

#include <plotgraph/story.hpp>

#include <nlohmann/json.hpp>

#include <string>

namespace plotgraph::detail {

/// {"documents", "entities", "relations", "events"}, keys in that order.
nlohmann::ordered_json story_json(const Story& story);

/// The same keys and values, appended to `out` as compact JSON without the
/// enclosing braces: "documents":[...],"entities":[...],... Much faster.
void append_story_fields(std::string& out, const Story& story);

}  // namespace plotgraph::detail
