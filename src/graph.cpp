#include <plotgraph/error.hpp>
#include <plotgraph/graph.hpp>

#include <algorithm>
#include <string>

namespace plotgraph {

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
    return graph;
}

}  // namespace plotgraph
