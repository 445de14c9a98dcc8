#include <plotgraph/error.hpp>
#include <plotgraph/graph.hpp>
#include <plotgraph/query.hpp>

#include <algorithm>
#include <climits>
#include <string>

namespace plotgraph {

namespace {

void add_event_edge(StoryGraph& graph, std::size_t from, std::size_t to, const char* type, const Evidence& evidence) {
    EdgeProperties edge;
    edge.type = type;
    edge.directed = true;
    edge.weight = 1;
    edge.evidence = {evidence};
    boost::add_edge(from, to, std::move(edge), graph);
}

/// Event vertices after the entities, their participants, and the timeline.
void add_events(const Story& story, StoryGraph& graph) {
    const std::size_t count = story.entities.size();
    for (const Event& event : story.events) {
        VertexProperties vertex;
        vertex.id = event.id;
        vertex.label = describe_event(story, event);
        vertex.kind = "event";
        vertex.subtype = event.action;
        vertex.order = static_cast<int>(std::min<std::size_t>(event.order, INT_MAX));
        vertex.time = event.time;
        boost::add_vertex(std::move(vertex), graph);
    }
    std::vector<std::size_t> timeline(story.events.size());
    for (std::size_t i = 0; i < story.events.size(); ++i) {
        const Event& event = story.events[i];
        const std::size_t self = event_vertex(story, i);
        const auto link = [&](const std::vector<std::size_t>& entities, const char* type) {
            for (std::size_t entity : entities) {
                if (entity >= count) throw Error("event " + event.id + " refers to a missing entity");
                add_event_edge(graph, self, entity, type, event.evidence);
            }
        };
        link(event.agents, "agent");
        link(event.patients, "patient");
        link(event.places, "at");
        if (event.same_as) {
            if (*event.same_as >= story.events.size()) throw Error("event " + event.id + " refers to a missing event");
            add_event_edge(graph, self, event_vertex(story, *event.same_as), "same-as", event.evidence);
        }
        timeline[i] = i;
    }
    std::stable_sort(timeline.begin(), timeline.end(),
                     [&](std::size_t a, std::size_t b) { return story.events[a].order < story.events[b].order; });
    for (std::size_t k = 1; k < timeline.size(); ++k)
        add_event_edge(graph, event_vertex(story, timeline[k - 1]), event_vertex(story, timeline[k]), "next",
                       story.events[timeline[k]].evidence);
}

}  // namespace

StoryGraph build_graph(const Story& story) {
    StoryGraph graph;
    // vecS vertex storage: adding in order makes vertex i == entities[i].
    for (const Entity& entity : story.entities) {
        VertexProperties vertex;
        vertex.id = entity.id;
        vertex.label = entity.name;
        vertex.kind = to_string(entity.kind);
        vertex.subtype = entity.subtype;
        vertex.aliases = entity.aliases;
        vertex.mention_count = entity.mentions.size();
        boost::add_vertex(std::move(vertex), graph);
    }

    const std::size_t count = story.entities.size();
    for (const Relation& relation : story.relations) {
        if (relation.source >= count || relation.target >= count) {
            throw Error("relation '" + relation.type + "' refers to entity " +
                        std::to_string(std::max(relation.source, relation.target)) +
                        " but the story has " + std::to_string(count) + " entities");
        }
        std::size_t from = relation.source;
        std::size_t to = relation.target;
        // One canonical orientation for undirected relations, as graph.hpp promises.
        if (!relation.directed && from > to) std::swap(from, to);
        EdgeProperties edge;
        edge.type = relation.type;
        edge.subtype = relation.subtype;
        edge.confidence = relation.confidence;
        edge.directed = relation.directed;
        edge.weight = relation.weight;
        edge.evidence = relation.evidence;
        boost::add_edge(from, to, std::move(edge), graph);
    }
    add_events(story, graph);
    return graph;
}

}  // namespace plotgraph
