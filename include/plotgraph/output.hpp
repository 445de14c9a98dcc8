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

/// Graphviz DOT: one node per entity, one edge per relation.
void write_dot(std::ostream& out, const Story& story);

void write(std::ostream& out, const Story& story, OutputFormat format);

}  // namespace plotgraph
