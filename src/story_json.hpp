// The JSON of a story, shared by the JSON writer and batch mode.
#pragma once

#include <plotgraph/story.hpp>

#include <string>

namespace plotgraph::detail {

/// The story as compact JSON without the enclosing braces, appended to `out`:
/// "documents":[...],"entities":[...],"relations":[...],"events":[...].
/// The one JSON writer: write_json lays the same text out with indentation.
void append_story_fields(std::string& out, const Story& story);

}  // namespace plotgraph::detail
