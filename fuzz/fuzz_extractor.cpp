// Fuzzes the whole pipeline on arbitrary bytes, as two summaries of one story
// (the input split at its first 0xFF byte, which UTF-8 never holds), then
// every writer and the Boost graph. Invariants: only plotgraph::Error
// escapes; every mention, relation and event refers to what exists.
#include <plotgraph/plotgraph.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

void check_story(const plotgraph::Story& story) {
    for (const plotgraph::Mention& mention : story.mentions) {
        check(mention.doc < story.documents.size());
        check(mention.span.begin <= mention.span.end && mention.span.end <= story.documents[mention.doc].text.size());
        check(!mention.entity || *mention.entity < story.entities.size());
    }
    for (const plotgraph::Entity& entity : story.entities)
        for (std::size_t m : entity.mentions) check(m < story.mentions.size());
    for (const plotgraph::Relation& relation : story.relations) {
        check(relation.source < story.entities.size() && relation.target < story.entities.size());
        for (const plotgraph::Evidence& evidence : relation.evidence) check(evidence.doc < story.documents.size());
    }
    for (const plotgraph::Event& event : story.events)
        for (const auto* members : {&event.agents, &event.patients, &event.places})
            for (std::size_t index : *members) check(index < story.entities.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::size_t split = bytes.find('\xFF');
    std::vector<plotgraph::Input> inputs = {{"first", std::string(bytes.substr(0, split))}};
    if (split != std::string_view::npos) inputs.push_back({"second", std::string(bytes.substr(split + 1))});
    static const plotgraph::Extractor extractor;
    plotgraph::Story story;
    try {
        story = extractor.extract(std::move(inputs));
    } catch (const plotgraph::Error&) {
        return 0;  // invalid UTF-8 or a NUL byte: refused with a located message
    }
    check_story(story);
    std::ostringstream out;
    for (const auto format : {plotgraph::OutputFormat::json, plotgraph::OutputFormat::graphml,
                              plotgraph::OutputFormat::dot})
        plotgraph::write(out, story, format);
    for (const auto view : {plotgraph::DotView::story, plotgraph::DotView::timeline})
        plotgraph::write_dot(out, story, view);
    const plotgraph::StoryGraph graph = plotgraph::build_graph(story);
    check(boost::num_vertices(graph) >= story.entities.size());
    return 0;
}
