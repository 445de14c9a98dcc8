// plotgraph: the Story as a Boost.Graph graph.
#pragma once

#include <plotgraph/story.hpp>

#include <boost/graph/adjacency_list.hpp>

#include <string>
#include <vector>

namespace plotgraph {

struct VertexProperties {
    std::string id;     // entity id ("e0")
    std::string label;  // canonical name
    std::string kind;   // "character", "place", "organization"
    std::string subtype;
    std::vector<std::string> aliases;
    std::size_t mention_count = 0;
};

struct EdgeProperties {
    std::string type;     // "co-occurs", "helped", ...
    std::string subtype;  // "protected", "grandfather", ...
    bool directed = false;
    double confidence = 1.0;
    double weight = 0;
    std::vector<Evidence> evidence;
};

/// Vertex i is Story::entities[i]. Undirected relations appear once, from the
/// lower to the higher vertex, with `directed == false`.
using StoryGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         VertexProperties, EdgeProperties>;

StoryGraph build_graph(const Story& story);

}  // namespace plotgraph
