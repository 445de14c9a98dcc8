#include <plotgraph/error.hpp>
#include <plotgraph/graph.hpp>
#include <plotgraph/output.hpp>

#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

#include <algorithm>
#include <climits>
#include <string>
#include <vector>

namespace plotgraph {
namespace {

/// Boost escapes & < > " ' but passes control characters through, and XML 1.0
/// forbids most of them (and U+FFFE/U+FFFF) outright: a parser would reject
/// the whole file. Replace them with U+FFFD so one odd byte cannot do that.
std::string xml_safe(const std::string& text) {
    static const std::string replacement = "\xEF\xBF\xBD";
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
            result += replacement;
        } else if (byte == 0xEF && i + 2 < text.size() && text[i + 1] == '\xBF' &&
                   (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
            result += replacement;
            i += 2;
        } else {
            result += text[i];
        }
    }
    return result;
}

std::string join_aliases(const std::vector<std::string>& aliases) {
    std::string joined;
    for (const std::string& alias : aliases) {
        if (!joined.empty()) joined += '|';
        joined += alias;
    }
    return xml_safe(joined);
}

// GraphML "int" is 32-bit; mention counts never get near that, but clamp
// rather than wrap if they ever do.
int to_int(std::size_t count) {
    return static_cast<int>(std::min<std::size_t>(count, INT_MAX));
}

// Takes the graph mutable only because dynamic_properties wants writable
// maps for plain members; nothing is written to it.
template <typename Graph>
void write_boost_graphml(std::ostream& out, Graph& graph) {
    using boost::get;
    using boost::make_transform_value_property_map;
    boost::dynamic_properties properties;
    properties.property("label", make_transform_value_property_map(&xml_safe, get(&VertexProperties::label, graph)));
    properties.property("kind", get(&VertexProperties::kind, graph));
    properties.property("subtype", make_transform_value_property_map(&xml_safe, get(&VertexProperties::subtype, graph)));
    properties.property("aliases", make_transform_value_property_map(&join_aliases, get(&VertexProperties::aliases, graph)));
    properties.property("mentions", make_transform_value_property_map(&to_int, get(&VertexProperties::mention_count, graph)));
    // Boost names nodes n0, n1... by vertex index; keep the entity id too so
    // GraphML can be matched against the JSON output.
    properties.property("entity", make_transform_value_property_map(&xml_safe, get(&VertexProperties::id, graph)));
    properties.property("order", get(&VertexProperties::order, graph));
    properties.property("time", make_transform_value_property_map(&xml_safe, get(&VertexProperties::time, graph)));
    properties.property("type", make_transform_value_property_map(&xml_safe, get(&EdgeProperties::type, graph)));
    properties.property("how", make_transform_value_property_map(&xml_safe, get(&EdgeProperties::subtype, graph)));
    properties.property("weight", get(&EdgeProperties::weight, graph));
    properties.property("confidence", get(&EdgeProperties::confidence, graph));
    properties.property("directed", get(&EdgeProperties::directed, graph));
    // Vertex ids are written in vertex order, so they are canonical.
    boost::write_graphml(out, graph, properties, true);
}

using UndirectedStoryGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                                   VertexProperties, EdgeProperties>;

UndirectedStoryGraph undirected_copy(const StoryGraph& graph) {
    UndirectedStoryGraph copy;
    for (auto vertex : boost::make_iterator_range(boost::vertices(graph))) {
        boost::add_vertex(graph[vertex], copy);
    }
    for (auto edge : boost::make_iterator_range(boost::edges(graph))) {
        boost::add_edge(boost::source(edge, graph), boost::target(edge, graph), graph[edge], copy);
    }
    return copy;
}

}  // namespace

OutputFormat parse_output_format(const std::string& name) {
    if (name == "graphml") return OutputFormat::graphml;
    if (name == "json") return OutputFormat::json;
    if (name == "dot") return OutputFormat::dot;
    throw Error("unknown output format '" + name + "' (expected graphml, json or dot)");
}

void write_graphml(std::ostream& out, const Story& story) {
    StoryGraph graph = build_graph(story);
    // Event edges (agent, patient, next...) are directed.
    const bool any_directed = !story.events.empty() ||
                              std::any_of(story.relations.begin(), story.relations.end(),
                                          [](const Relation& relation) { return relation.directed; });
    // Declare the graph undirected when it is, so networkx and Gephi load a
    // plain Graph instead of a DiGraph with arbitrary edge orientation.
    if (any_directed) {
        write_boost_graphml(out, graph);
    } else {
        UndirectedStoryGraph undirected = undirected_copy(graph);
        write_boost_graphml(out, undirected);
    }
    out.flush();
    if (!out) throw Error("cannot write GraphML: output stream failed");
}

void write(std::ostream& out, const Story& story, OutputFormat format) {
    switch (format) {
        case OutputFormat::graphml: write_graphml(out, story); return;
        case OutputFormat::json: write_json(out, story); return;
        case OutputFormat::dot: write_dot(out, story); return;
    }
    throw Error("unknown output format");
}

}  // namespace plotgraph
