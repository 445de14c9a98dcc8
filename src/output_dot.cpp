#include <plotgraph/error.hpp>
#include <plotgraph/output.hpp>
#include <plotgraph/query.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

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

/// One colour per relation type, so that a drawing reads at a glance:
/// help green, romance red, family purple, opposition orange, killing black.
const char* colour_for(const std::string& type) {
    if (type == "helped") return "#2e8b3d";
    if (type == "romance") return "#d0304a";
    if (type == "family") return "#7a4ab5";
    if (type == "friend") return "#2f6fd0";
    if (type == "employs") return "#8b5a2b";
    if (type == "opposes") return "#e07b00";
    if (type == "killed") return "#000000";
    return "#b0b0b0";  // co-occurs and any type a rule file adds
}

// Logarithmic so that a pair seen together 50 times is thicker than one seen
// twice without drowning the rest of the drawing.
/// "helped: protected (2)". Appends only: GCC 12 warns falsely on "literal" + string.
std::string edge_label(const Relation& relation) {
    std::string label = relation.type;
    if (!relation.subtype.empty() && relation.subtype != relation.type) label.append(": ").append(relation.subtype);
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

/// One note per event (what happens, and when), joined by "next" in story order.
std::string event_node(const Story& story, const Event& event, std::size_t number) {
    std::string label = std::to_string(number).append(". ").append(describe_event(story, event));
    if (!event.time.empty()) label.append("\n").append(event.time);
    return std::string("  ").append(quoted(event.id)).append(" [label=").append(quoted(label))
        .append(", shape=note, fillcolor=\"#fff3b0\", fontsize=10];\n");
}

void write_next_edges(std::ostream& out, const std::vector<const Event*>& timeline) {
    for (std::size_t k = 1; k < timeline.size(); ++k)
        out << "  " << quoted(timeline[k - 1]->id) << " -> " << quoted(timeline[k]->id)
            << " [color=\"#888888\", penwidth=2];\n";
}

/// The full view's events: every telling, with dashed edges to who does it
/// and to whom, dotted to where, and "same as" between retellings.
void write_events_with_participants(std::ostream& out, const Story& story) {
    const auto timeline = plotgraph::timeline(story, std::nullopt, true);
    for (std::size_t k = 0; k < timeline.size(); ++k) out << event_node(story, *timeline[k], k + 1);
    write_next_edges(out, timeline);
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

/// The timeline view: each event once, its label saying who does what to
/// whom and where, laid out in rows read left to right, top to bottom, so
/// that a long story stays a page rather than a ribbon.
void write_timeline_rows(std::ostream& out, const Story& story) {
    constexpr std::size_t events_per_row = 4;
    const auto timeline = plotgraph::timeline(story, std::nullopt, false);
    for (std::size_t k = 0; k < timeline.size(); ++k) out << event_node(story, *timeline[k], k + 1);
    for (std::size_t row = 0; row < timeline.size(); row += events_per_row) {
        out << "  { rank=same;";
        for (std::size_t k = row; k < std::min(row + events_per_row, timeline.size()); ++k)
            out << " " << quoted(timeline[k]->id) << ";";
        out << " }\n";
    }
    // Rows stack under their first events; the edge that wraps to the next
    // row must not pull that row to the right, hence constraint=false.
    for (std::size_t k = 1; k < timeline.size(); ++k) {
        const bool wraps = k % events_per_row == 0;
        out << "  " << quoted(timeline[k - 1]->id) << " -> " << quoted(timeline[k]->id)
            << " [color=\"#888888\", penwidth=2" << (wraps ? ", constraint=false" : "") << "];\n";
        if (wraps)
            out << "  " << quoted(timeline[k - events_per_row]->id) << " -> " << quoted(timeline[k]->id)
                << " [style=invis, weight=10];\n";
    }
}

/// Whether the ", "-joined `list` holds `item`.
bool lists(std::string_view list, std::string_view item) {
    for (std::size_t begin = 0; begin <= list.size();) {
        const std::size_t end = std::min(list.find(", ", begin), list.size());
        if (list.substr(begin, end - begin) == item) return true;
        begin = end + 2;
    }
    return false;
}

/// The story view's edges: one per pair and type, "helped: protected,
/// sheltered (3)", where the full view draws each relation as the JSON and
/// GraphML have it.
std::vector<Relation> merged_by_pair_and_type(const std::vector<Relation>& relations) {
    std::vector<Relation> edges;
    for (const Relation& relation : relations) {
        auto same_edge = std::find_if(edges.begin(), edges.end(), [&](const Relation& edge) {
            return edge.type == relation.type && edge.directed == relation.directed &&
                   ((edge.source == relation.source && edge.target == relation.target) ||
                    (!edge.directed && edge.source == relation.target && edge.target == relation.source));
        });
        if (same_edge == edges.end()) {
            edges.push_back(relation);
            continue;
        }
        same_edge->weight += relation.weight;
        if (relation.subtype.empty() || lists(same_edge->subtype, relation.subtype)) continue;
        if (!same_edge->subtype.empty()) same_edge->subtype.append(", ");
        same_edge->subtype.append(relation.subtype);
    }
    return edges;
}

}  // namespace

DotView parse_dot_view(const std::string& name) {
    if (name == "full") return DotView::full;
    if (name == "story") return DotView::story;
    if (name == "timeline") return DotView::timeline;
    throw Error("unknown view '" + name + "' (expected full, story or timeline)");
}

void write_dot(std::ostream& out, const Story& story, DotView view) {
    const bool with_events = view != DotView::story;
    const bool with_relations = view != DotView::timeline;
    // The story view leaves out co-occurrence: it would join nearly everyone.
    const auto drawn = [&](const Relation& relation) {
        return with_relations && (view == DotView::full || relation.type != "co-occurs");
    };

    // Which entities to draw: all of them in the full view; in the others,
    // those the drawn edges reach, and every character in the story view.
    // A character known only by a description ("the police") and in no
    // drawn relation would float alone; named characters are always drawn.
    std::vector<bool> shown(story.entities.size(), view == DotView::full);
    for (std::size_t index = 0; index < story.entities.size(); ++index) {
        const Entity& entity = story.entities[index];
        if (view == DotView::story && entity.kind == EntityKind::character && entity.subtype.empty()) shown[index] = true;
    }
    for (const Relation& relation : story.relations) {
        if (!drawn(relation)) continue;
        node_id(story, relation.source);  // throws on a dangling index
        node_id(story, relation.target);
        shown[relation.source] = shown[relation.target] = true;
    }
    if (view == DotView::full) {
        for (const Event& event : story.events)
            for (const auto* members : {&event.agents, &event.patients, &event.places})
                for (std::size_t index : *members) {
                    node_id(story, index);
                    shown[index] = true;
                }
    }

    const bool any_directed = (with_events && !story.events.empty()) ||
                              std::any_of(story.relations.begin(), story.relations.end(),
                                          [&](const Relation& relation) { return drawn(relation) && relation.directed; });
    // DOT cannot mix -- and -> in one graph: with any directed relation the
    // graph is a digraph and undirected edges lose their arrowheads instead.
    out << (any_directed ? "digraph" : "graph") << " story {\n"
        << "  graph [fontname=\"Helvetica\"" << (view == DotView::story ? ", layout=neato, overlap=false, splines=true" : "")
        << "];\n"
        << "  node [style=filled, fontname=\"Helvetica\"];\n"
        << "  edge [fontname=\"Helvetica\", fontsize=10];\n";
    for (std::size_t index = 0; index < story.entities.size(); ++index) {
        if (!shown[index]) continue;
        const Entity& entity = story.entities[index];
        const NodeStyle style = style_for(entity.kind);
        out << "  " << quoted(entity.id) << " [label=" << quoted(entity.name)
            << ", shape=" << style.shape << ", fillcolor=\"" << style.fill << "\"];\n";
    }
    const char* connector = any_directed ? " -> " : " -- ";
    const std::vector<Relation> merged =
        view == DotView::story ? merged_by_pair_and_type(story.relations) : std::vector<Relation>{};
    for (const Relation& relation : view == DotView::story ? merged : story.relations) {
        if (!drawn(relation)) continue;
        const char* colour = colour_for(relation.type);
        out << "  " << quoted(node_id(story, relation.source)) << connector
            << quoted(node_id(story, relation.target))
            << " [label=" << quoted(edge_label(relation))
            << ", color=\"" << colour << "\", fontcolor=\"" << colour << "\""
            << ", penwidth=" << format_number(pen_width(relation.weight), 2);
        if (relation.type == "co-occurs") out << ", style=dotted";
        if (any_directed && !relation.directed) out << ", dir=none";
        out << "];\n";
    }
    if (view == DotView::full) write_events_with_participants(out, story);
    if (view == DotView::timeline) write_timeline_rows(out, story);
    out << "}\n";
    out.flush();
    if (!out) throw Error("cannot write DOT: output stream failed");
}

}  // namespace plotgraph
