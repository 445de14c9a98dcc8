// The writers and build_graph, on a Story built by hand so the assertions do
// not depend on what the extraction pipeline finds.
#include <plotgraph/error.hpp>
#include <plotgraph/graph.hpp>
#include <plotgraph/output.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

namespace {

using namespace plotgraph;

Mention make_mention(const Document& document, std::size_t doc, const std::string& text,
                     std::size_t entity, EntityKind kind = EntityKind::character,
                     MentionForm form = MentionForm::name) {
    const std::size_t begin = document.text.find(text);
    REQUIRE(begin != std::string::npos);
    Mention mention;
    mention.doc = doc;
    mention.span = {begin, begin + text.size()};
    mention.text = text;
    mention.kind = kind;
    mention.form = form;
    mention.sentence = document.text.find('.') < begin ? 1 : 0;
    mention.entity = entity;
    return mention;
}

/// Two characters, one place, one co-occurs relation between the characters.
Story make_story() {
    Story story;
    Document document;
    document.name = "000_test.txt";
    document.text = "Vladimir Ivanoff plays the saxophone. Lionel Witherspoon meets Ivanov in New York.";
    document.story_mask = document.text;
    story.documents.push_back(document);

    story.mentions.push_back(make_mention(document, 0, "Vladimir Ivanoff", 0));
    story.mentions.push_back(make_mention(document, 0, "Lionel Witherspoon", 1));
    story.mentions.push_back(make_mention(document, 0, "Ivanov", 0));
    story.mentions.push_back(make_mention(document, 0, "New York", 2, EntityKind::place));

    Entity vladimir;
    vladimir.id = "e0";
    vladimir.name = "Vladimir Ivanoff";
    vladimir.aliases = {"Vladimir", "Ivanov"};
    vladimir.gender = Gender::male;
    vladimir.mentions = {0, 2};
    vladimir.merges = {{"surname", "Ivanov", "Ivanov ~ Ivanoff"}};
    vladimir.roles = {"saxophonist"};
    story.entities.push_back(vladimir);

    Entity lionel;
    lionel.id = "e1";
    lionel.name = "Lionel Witherspoon";
    lionel.mentions = {1};
    story.entities.push_back(lionel);

    Entity new_york;
    new_york.id = "e2";
    new_york.kind = EntityKind::place;
    new_york.subtype = "GPE";
    new_york.name = "New York";
    new_york.mentions = {3};
    story.entities.push_back(new_york);

    Relation relation;
    relation.type = "co-occurs";
    relation.source = 1;  // given high-to-low on purpose: build_graph orders undirected ends
    relation.target = 0;
    relation.weight = 4;
    relation.evidence = {{0, {38, 82}}};
    story.relations.push_back(relation);
    return story;
}

std::string render(void (*writer)(std::ostream&, const Story&, DotView), const Story& story,
                   DotView view = DotView::full) {
    std::ostringstream out;
    writer(out, story, view);
    return out.str();
}

template <typename Writer>
std::string render(Writer writer, const Story& story) {
    std::ostringstream out;
    writer(out, story);
    return out.str();
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("output: build_graph makes a vertex per entity and an edge per relation") {
    const StoryGraph graph = build_graph(make_story());
    REQUIRE(boost::num_vertices(graph) == 3);
    REQUIRE(boost::num_edges(graph) == 1);

    CHECK(graph[0].id == "e0");
    CHECK(graph[0].label == "Vladimir Ivanoff");
    CHECK(graph[0].kind == "character");
    CHECK(graph[0].aliases == std::vector<std::string>{"Vladimir", "Ivanov"});
    CHECK(graph[0].mention_count == 2);
    CHECK(graph[2].kind == "place");
    CHECK(graph[2].subtype == "GPE");

    const auto edge = *boost::edges(graph).first;
    CHECK(boost::source(edge, graph) == 0);  // undirected: lower vertex first
    CHECK(boost::target(edge, graph) == 1);
    CHECK(graph[edge].type == "co-occurs");
    CHECK(graph[edge].weight == 4.0);
    CHECK_FALSE(graph[edge].directed);
    CHECK(graph[edge].evidence.size() == 1);
}

TEST_CASE("output: build_graph rejects a relation to a missing entity") {
    Story story = make_story();
    story.relations[0].target = 7;
    CHECK_THROWS_AS(build_graph(story), Error);
}

TEST_CASE("output: json has the documented keys and values") {
    Story story = make_story();
    story.entities[1].owner = 0;
    const std::string text = render(write_json, story);

    REQUIRE(text.size() > 2);
    CHECK(text.back() == '\n');
    CHECK(text[text.size() - 2] != '\n');  // exactly one trailing newline
    CHECK(text.rfind("{\n  \"documents\": [", 0) == 0);  // 2-space indent, documented key order

    const auto root = nlohmann::json::parse(text);
    REQUIRE(root["documents"].size() == 1);
    CHECK(root["documents"][0]["index"] == 0);
    CHECK(root["documents"][0]["name"] == "000_test.txt");
    CHECK(root["documents"][0]["bytes"] == story.documents[0].text.size());

    REQUIRE(root["entities"].size() == 3);
    const auto& vladimir = root["entities"][0];
    CHECK(vladimir["id"] == "e0");
    CHECK(vladimir["kind"] == "character");
    CHECK(vladimir["subtype"] == "");
    CHECK(vladimir["name"] == "Vladimir Ivanoff");
    CHECK(vladimir["gender"] == "male");
    CHECK(vladimir["aliases"] == nlohmann::json({"Vladimir", "Ivanov"}));
    CHECK(vladimir["roles"] == nlohmann::json({"saxophonist"}));
    CHECK_FALSE(vladimir.contains("owner"));
    REQUIRE(vladimir["merges"].size() == 1);
    CHECK(vladimir["merges"][0]["rule"] == "surname");
    CHECK(vladimir["merges"][0]["alias"] == "Ivanov");
    CHECK(vladimir["merges"][0]["evidence"] == "Ivanov ~ Ivanoff");
    REQUIRE(vladimir["mentions"].size() == 2);
    const auto& second = vladimir["mentions"][1];
    CHECK(second["doc"] == 0);
    CHECK(second["begin"] == story.mentions[2].span.begin);
    CHECK(second["end"] == story.mentions[2].span.end);
    CHECK(second["text"] == "Ivanov");
    CHECK(second["form"] == "name");
    CHECK(second["sentence"] == 1);

    CHECK(root["entities"][1]["owner"] == "e0");
    CHECK(root["entities"][2]["kind"] == "place");
    CHECK(root["entities"][2]["subtype"] == "GPE");

    REQUIRE(root["relations"].size() == 1);
    const auto& relation = root["relations"][0];
    CHECK(relation["type"] == "co-occurs");
    CHECK(relation["source"] == "e1");
    CHECK(relation["target"] == "e0");
    CHECK(relation["directed"] == false);
    CHECK(relation["weight"] == 4);
    CHECK(relation["weight"].is_number_integer());  // counts print as 4, not 4.0
    CHECK(relation["evidence"] ==
          nlohmann::json::parse(R"([{"doc": 0, "begin": 38, "end": 82}])"));
}

TEST_CASE("output: json keeps fractional weights") {
    Story story = make_story();
    story.relations[0].weight = 2.5;
    const auto root = nlohmann::json::parse(render(write_json, story));
    CHECK(root["relations"][0]["weight"] == 2.5);
}

TEST_CASE("output: json of a hand-built story with a bad UTF-8 byte stays valid, the byte replaced") {
    Story story = make_story();
    story.entities[1].name = "Lionel \xC3 Witherspoon";  // a lead byte with no continuation
    story.entities[1].aliases = {"tab\there", "quote \" and backslash \\"};
    const auto root = nlohmann::json::parse(render(write_json, story));
    CHECK(root["entities"][1]["name"] == "Lionel \xEF\xBF\xBD Witherspoon");
    CHECK(root["entities"][1]["aliases"][0] == "tab\there");
    CHECK(root["entities"][1]["aliases"][1] == "quote \" and backslash \\");
}

TEST_CASE("output: graphml declares the node and edge keys and joins aliases") {
    const std::string text = render(write_graphml, make_story());
    for (const char* key : {"label", "kind", "subtype", "aliases"}) {
        CHECK(contains(text, std::string("for=\"node\" attr.name=\"") + key + "\" attr.type=\"string\""));
    }
    CHECK(contains(text, "attr.name=\"mentions\" attr.type=\"int\""));
    CHECK(contains(text, "for=\"edge\" attr.name=\"type\" attr.type=\"string\""));
    CHECK(contains(text, "for=\"edge\" attr.name=\"weight\" attr.type=\"double\""));
    CHECK(contains(text, ">Vladimir|Ivanov</data>"));
    CHECK(contains(text, ">Vladimir Ivanoff</data>"));
    CHECK(contains(text, ">co-occurs</data>"));
    CHECK(contains(text, "edgedefault=\"undirected\""));  // no directed relation in the story
    CHECK(contains(text, "source=\"n0\" target=\"n1\""));
}

TEST_CASE("output: graphml escapes markup characters in names") {
    Story story = make_story();
    story.entities[1].name = "Smith & <Wesson>";
    story.entities[1].aliases = {"S&W"};
    const std::string text = render(write_graphml, story);
    CHECK(contains(text, ">Smith &amp; &lt;Wesson&gt;</data>"));
    CHECK(contains(text, ">S&amp;W</data>"));
    CHECK_FALSE(contains(text, "Smith & "));
    CHECK_FALSE(contains(text, "<Wesson"));
}

TEST_CASE("output: graphml replaces control characters XML cannot carry") {
    Story story = make_story();
    story.entities[1].name = std::string("Bell\x07Man");
    const std::string text = render(write_graphml, story);
    CHECK_FALSE(contains(text, "\x07"));
    CHECK(contains(text, ">Bell\xEF\xBF\xBDMan</data>"));
}

TEST_CASE("output: graphml is directed when a relation is directed") {
    Story story = make_story();
    story.relations[0].directed = true;
    const std::string text = render(write_graphml, story);
    CHECK(contains(text, "edgedefault=\"directed\""));
    CHECK(contains(text, "source=\"n1\" target=\"n0\""));  // directed edges keep their orientation
}

TEST_CASE("output: dot styles nodes by kind and labels edges with type and weight") {
    const std::string text = render(write_dot, make_story());
    CHECK(text.rfind("graph story {\n", 0) == 0);
    CHECK(contains(text, "\"e0\" [label=\"Vladimir Ivanoff\", shape=ellipse, fillcolor="));
    CHECK(contains(text, "\"e2\" [label=\"New York\", shape=box, fillcolor="));
    CHECK(contains(text, "\"e1\" -- \"e0\" [label=\"co-occurs (4)\", color=\"#b0b0b0\", fontcolor=\"#b0b0b0\", penwidth=3.00, style=dotted]"));
    CHECK(text.substr(text.size() - 2) == "}\n");
}

TEST_CASE("output: dot styles organizations as hexagons") {
    Story story = make_story();
    story.entities[2].kind = EntityKind::organization;
    CHECK(contains(render(write_dot, story), "\"e2\" [label=\"New York\", shape=hexagon"));
}

TEST_CASE("output: dot escapes quotes and backslashes in labels") {
    Story story = make_story();
    story.entities[1].name = R"(Lionel "Lio" Back\slash)";
    const std::string text = render(write_dot, story);
    CHECK(contains(text, R"([label="Lionel \"Lio\" Back\\slash")"));
}

TEST_CASE("output: dot uses a digraph with undirected edges drawn without arrows") {
    Story story = make_story();
    Relation directed = story.relations[0];
    directed.type = "employs";
    directed.directed = true;
    directed.weight = 1;
    story.relations.push_back(directed);
    const std::string text = render(write_dot, story);
    CHECK(text.rfind("digraph story {\n", 0) == 0);
    CHECK(contains(text, "\"e1\" -> \"e0\" [label=\"co-occurs (4)\", color=\"#b0b0b0\", fontcolor=\"#b0b0b0\", penwidth=3.00, style=dotted, dir=none]"));
    CHECK(contains(text, "\"e1\" -> \"e0\" [label=\"employs (1)\", color=\"#8b5a2b\", fontcolor=\"#8b5a2b\", penwidth=1.00]"));
    CHECK_FALSE(contains(text, " -- "));
}

TEST_CASE("output: dot colours relation edges by type") {
    Story story = make_story();
    Relation helped = story.relations[0];
    helped.type = "helped";
    helped.subtype = "protected";
    helped.directed = true;
    helped.weight = 2;
    story.relations.push_back(helped);
    const std::string text = render(write_dot, story);
    CHECK(contains(text, "[label=\"helped: protected (2)\", color=\"#2e8b3d\""));
}

/// The test story with one event: Lionel meets Vladimir in New York.
Story story_with_event() {
    Story story = make_story();
    Event event;
    event.id = "v0";
    event.action = "meet";
    event.verb = "meets";
    event.agents = {1};
    event.patients = {0};
    event.places = {2};
    story.events.push_back(event);
    return story;
}

TEST_CASE("output: the dot story view draws characters and typed relations, no events or co-occurrence") {
    Story story = story_with_event();
    Relation helped = story.relations[0];
    helped.type = "helped";
    helped.directed = true;
    story.relations.push_back(helped);
    const std::string text = render(write_dot, story, DotView::story);
    CHECK(contains(text, "\"e0\" [label=\"Vladimir Ivanoff\""));
    CHECK(contains(text, "\"e1\" [label=\"Lionel Witherspoon\""));
    CHECK_FALSE(contains(text, "\"e2\""));  // a place no drawn relation reaches
    CHECK(contains(text, "\"e1\" -> \"e0\" [label=\"helped (4)\""));
    CHECK_FALSE(contains(text, "co-occurs"));
    CHECK_FALSE(contains(text, "\"v0\""));
}

TEST_CASE("output: the dot timeline view draws numbered events in rows, without entity nodes") {
    Story story = story_with_event();
    for (int k = 1; k <= 4; ++k) {
        Event later = story.events[0];
        later.id = std::string("v").append(std::to_string(k));
        later.order = static_cast<std::size_t>(k);
        story.events.push_back(later);
    }
    const std::string text = render(write_dot, story, DotView::timeline);
    CHECK(contains(text, "\"v0\" [label=\"1. Lionel Witherspoon meet Vladimir Ivanoff at New York\""));
    CHECK(contains(text, "\"v4\" [label=\"5. "));
    CHECK(contains(text, "{ rank=same; \"v0\"; \"v1\"; \"v2\"; \"v3\"; }"));
    CHECK(contains(text, "{ rank=same; \"v4\"; }"));
    CHECK(contains(text, "\"v3\" -> \"v4\""));
    CHECK_FALSE(contains(text, "\"e0\""));
    CHECK_FALSE(contains(text, "co-occurs"));
}

TEST_CASE("output: the dot full view draws events with edges to their participants") {
    const std::string text = render(write_dot, story_with_event(), DotView::full);
    CHECK(contains(text, "\"e1\" -> \"v0\" [style=dashed, color=\"#4a7ab5\", label=\"agent\"]"));
    CHECK(contains(text, "\"v0\" -> \"e2\" [style=dotted, color=\"#4ab54a\", label=\"at\"]"));
    CHECK(contains(text, "co-occurs"));
}

TEST_CASE("output: parse_dot_view knows full, story and timeline") {
    CHECK(parse_dot_view("full") == DotView::full);
    CHECK(parse_dot_view("story") == DotView::story);
    CHECK(parse_dot_view("timeline") == DotView::timeline);
    CHECK_THROWS_AS(parse_dot_view("graph"), Error);
}

TEST_CASE("output: parse_output_format accepts the three formats and rejects others") {
    CHECK(parse_output_format("graphml") == OutputFormat::graphml);
    CHECK(parse_output_format("json") == OutputFormat::json);
    CHECK(parse_output_format("dot") == OutputFormat::dot);
    CHECK_THROWS_AS(parse_output_format("xml"), Error);
    CHECK_THROWS_AS(parse_output_format(""), Error);
}

TEST_CASE("output: write dispatches on the format") {
    const Story story = make_story();
    std::ostringstream json, graphml, dot;
    write(json, story, OutputFormat::json);
    write(graphml, story, OutputFormat::graphml);
    write(dot, story, OutputFormat::dot);
    CHECK(json.str() == render(write_json, story));
    CHECK(graphml.str() == render(write_graphml, story));
    CHECK(dot.str() == render(write_dot, story));
}

TEST_CASE("output: writing to a failed stream throws") {
    const Story story = make_story();
    for (const OutputFormat format : {OutputFormat::graphml, OutputFormat::json, OutputFormat::dot}) {
        std::ostringstream out;
        out.setstate(std::ios::badbit);
        CHECK_THROWS_AS(write(out, story, format), Error);
    }
}

TEST_CASE("output: an empty story still writes valid output") {
    const Story story;
    const auto root = nlohmann::json::parse(render(write_json, story));
    CHECK(root["entities"].empty());
    CHECK(root["relations"].is_array());
    CHECK(contains(render(write_graphml, story), "</graphml>"));
    CHECK(render(write_dot, story).rfind("graph story {\n", 0) == 0);
}
