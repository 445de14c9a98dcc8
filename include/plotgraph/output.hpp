// plotgraph: writing a Story out. Writers never print on their own; they
// write to the stream given and throw plotgraph::Error if it fails.
#pragma once

#include <plotgraph/story.hpp>

#include <ostream>
#include <string>

namespace plotgraph {

enum class OutputFormat { graphml, json, dot };

/// "graphml", "json" or "dot"; throws plotgraph::Error otherwise.
OutputFormat parse_output_format(const std::string& name);

/// GraphML loadable by networkx and Gephi: node keys label, kind, subtype,
/// aliases ("|"-joined), mentions; edge keys type, weight (double).
void write_graphml(std::ostream& out, const Story& story);

/// The JSON documented in README.md: documents, entities (with mentions and
/// merge reasons), relations (with evidence).
void write_json(std::ostream& out, const Story& story);

/// What a DOT drawing shows.
enum class DotView {
    full,      // entities, relations and the timeline of events
    story,     // characters, and the places and organizations relations reach; relations only
    timeline,  // each event once, in story order, in rows; labels say who does what to whom, where
};

/// "full", "story" or "timeline"; throws plotgraph::Error otherwise.
DotView parse_dot_view(const std::string& name);

/// Graphviz DOT, styled for reading: shape and colour by entity kind
/// (characters blue ellipses, places green boxes, organizations orange
/// hexagons), relation edges coloured and labelled by type with their
/// subtype and count, events as notes joined by "next" in story order.
void write_dot(std::ostream& out, const Story& story, DotView view = DotView::full);

void write(std::ostream& out, const Story& story, OutputFormat format);

}  // namespace plotgraph
