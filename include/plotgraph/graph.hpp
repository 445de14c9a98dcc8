// plotgraph: the Story as a Boost.Graph graph.
#pragma once

#include <plotgraph/story.hpp>

#include <boost/graph/adjacency_list.hpp>

#include <string>
#include <vector>

namespace plotgraph {

struct VertexProperties {
    std::string id;     // entity id ("e0") or event id ("v0")
    std::string label;  // canonical name; for an event, what happens ("Lionel protect Vladimir")
    std::string kind;   // "character", "place", "organization", "event"
    std::string subtype;  // place: GPE/LOC/FAC; event: its action ("protect")
    std::vector<std::string> aliases;
    std::size_t mention_count = 0;
    int order = -1;       // event: place in the timeline (0 first); -1 for entities
    std::string time;     // event: its time expression, if any
};

struct EdgeProperties {
    std::string type;     // "co-occurs", "helped", ...; event edges: "agent", "patient", "at", "next", "same-as"
    std::string subtype;  // "protected", "grandfather", ...
    bool directed = false;
    double confidence = 1.0;
    double weight = 0;
    std::vector<Evidence> evidence;
};

/// Vertex i is Story::entities[i]; vertex entities.size() + j is
/// Story::events[j]. Undirected relations appear once, from the lower to the
/// higher vertex, with `directed == false`. Each event has directed edges to
/// its participants: "agent", "patient", "at" (places); "next" joins events
/// along the timeline, "same-as" a retelling to the event first told.
/// `event_vertex` gives an event's vertex.
using StoryGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         VertexProperties, EdgeProperties>;

StoryGraph build_graph(const Story& story);

/// The vertex of Story::events[event] in build_graph's graph.
inline std::size_t event_vertex(const Story& story, std::size_t event) { return story.entities.size() + event; }

}  // namespace plotgraph
