#include <plotgraph/error.hpp>
#include <plotgraph/output.hpp>
#include <plotgraph/query.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace plotgraph {
namespace {

/// A DOT double-quoted string. Backslash starts an escape in DOT labels, so
/// it is doubled; line breaks become DOT's centred-line escape.
std::string quoted(const std::string& text) {
    std::string result = "\"";
    for (char c : text) {
        switch (c) {
            case '"': result += "\\\""; break;
            case '\\': result += "\\\\"; break;
            case '\n': result += "\\n"; break;
            case '\r': break;
            default: result += c;
        }
    }
    return result + "\"";
}

// to_chars, not iostreams: DOT wants '.' as decimal point whatever the locale.
std::string format_number(double value, int decimals = -1) {
    char buffer[64];
    const auto result = decimals < 0
        ? std::to_chars(buffer, buffer + sizeof buffer, value)
        : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

struct NodeStyle {
    const char* shape;
    const char* fill;
};

NodeStyle style_for(EntityKind kind) {
    switch (kind) {
        case EntityKind::character: return {"ellipse", "#add8e6"};     // light blue
        case EntityKind::place: return {"box", "#b8e6b8"};             // light green
        case EntityKind::organization: return {"hexagon", "#ffd8a8"};  // light orange
    }
    return {"ellipse", "#e0e0e0"};
}

// Logarithmic so that a pair seen together 50 times is thicker than one seen
// twice without drowning the rest of the drawing.
/// "helped: protected (2)". Appends only: GCC 12 warns falsely on "literal" + string.
std::string edge_label(const Relation& relation) {
    std::string label = relation.type;
    if (!relation.subtype.empty()) label.append(": ").append(relation.subtype);
    label.append(" (").append(format_number(relation.weight)).append(")");
    return label;
}

double pen_width(double weight) {
    if (!std::isfinite(weight) || weight <= 1) return 1.0;
    return std::min(1.0 + std::log2(weight), 8.0);
}

const std::string& node_id(const Story& story, std::size_t index) {
    if (index >= story.entities.size()) {
        throw Error("relation refers to entity " + std::to_string(index) + " but the story has " +
                    std::to_string(story.entities.size()) + " entities");
    }
    return story.entities[index].id;
}

/// The timeline: one node per event (what happens, and when), joined by
/// "next" in story order; dashed edges to who does it and to whom, dotted to where.
void write_events(std::ostream& out, const Story& story) {
    const auto timeline = plotgraph::timeline(story, std::nullopt, true);
    for (const Event* event : timeline) {
        std::string label = describe_event(story, *event);
        if (!event->time.empty()) label.append("\n").append(event->time);
        out << "  " << quoted(event->id) << " [label=" << quoted(label)
            << ", shape=note, fillcolor=\"#fff3b0\", fontsize=10];\n";
    }
    for (std::size_t k = 1; k < timeline.size(); ++k)
        out << "  " << quoted(timeline[k - 1]->id) << " -> " << quoted(timeline[k]->id)
            << " [color=\"#888888\", penwidth=2];\n";
    for (const Event* event : timeline) {
        for (std::size_t agent : event->agents)
            out << "  " << quoted(node_id(story, agent)) << " -> " << quoted(event->id)
                << " [style=dashed, color=\"#4a7ab5\", label=\"agent\"];\n";
        for (std::size_t patient : event->patients)
            out << "  " << quoted(event->id) << " -> " << quoted(node_id(story, patient))
                << " [style=dashed, color=\"#b54a4a\", label=\"patient\"];\n";
        for (std::size_t place : event->places)
            out << "  " << quoted(event->id) << " -> " << quoted(node_id(story, place))
                << " [style=dotted, color=\"#4ab54a\", label=\"at\"];\n";
        if (event->same_as && *event->same_as < story.events.size())
            out << "  " << quoted(event->id) << " -> " << quoted(story.events[*event->same_as].id)
                << " [style=dashed, dir=none, label=\"same as\"];\n";
    }
}

}  // namespace

void write_dot(std::ostream& out, const Story& story) {
    const bool any_directed = !story.events.empty() ||
                              std::any_of(story.relations.begin(), story.relations.end(),
                                          [](const Relation& relation) { return relation.directed; });
    // DOT cannot mix -- and -> in one graph: with any directed relation the
    // graph is a digraph and undirected edges lose their arrowheads instead.
    out << (any_directed ? "digraph" : "graph") << " story {\n"
        << "  node [style=filled, fontname=\"Helvetica\"];\n"
        << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
    for (const Entity& entity : story.entities) {
        const NodeStyle style = style_for(entity.kind);
        out << "  " << quoted(entity.id) << " [label=" << quoted(entity.name)
            << ", shape=" << style.shape << ", fillcolor=\"" << style.fill << "\"];\n";
    }
    const char* connector = any_directed ? " -> " : " -- ";
    for (const Relation& relation : story.relations) {
        out << "  " << quoted(node_id(story, relation.source)) << connector
            << quoted(node_id(story, relation.target))
            << " [label="
            << quoted(edge_label(relation))
            << ", penwidth=" << format_number(pen_width(relation.weight), 2);
        if (any_directed && !relation.directed) out << ", dir=none";
        out << "];\n";
    }
    write_events(out, story);
    out << "}\n";
    out.flush();
    if (!out) throw Error("cannot write DOT: output stream failed");
}

}  // namespace plotgraph
