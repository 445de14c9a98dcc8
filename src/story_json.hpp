// The JSON of a story as a value, shared by the JSON writer and batch mode.
#pragma once

#include <plotgraph/story.hpp>

#include <nlohmann/json.hpp>

namespace plotgraph::detail {

/// {"documents", "entities", "relations", "events"}, keys in that order.
nlohmann::ordered_json story_json(const Story& story);

}  // namespace plotgraph::detail
