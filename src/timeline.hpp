// Stage 9: the timeline. Orders the events of each summary by what the text
// says of time (flashbacks, past perfect, "after"/"before" clauses, years),
// then weaves several summaries of one story into one order, matching the
// events they share. Sets Event::order, Event::placement and Event::same_as.
#pragma once

#include "event_finder.hpp"

#include <plotgraph/story.hpp>

#include <vector>

namespace plotgraph::detail {

/// `cues` has one entry per event of story.events (as EventFinder left them).
void order_timeline(Story& story, const std::vector<EventCues>& cues);

}  // namespace plotgraph::detail
