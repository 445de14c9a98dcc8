// The timeline of a story told by one or more summaries: what happens, in
// story order, optionally only to one character.
//   timeline [--character NAME] SUMMARY.txt [MORE.txt...]
#include <plotgraph/plotgraph.hpp>

#include <iostream>
#include <optional>
#include <string>

int main(int argc, char** argv) {
    std::string character;
    std::vector<plotgraph::Input> inputs;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string argument = argv[i];
            if (argument == "--character" && i + 1 < argc) character = argv[++i];
            else inputs.push_back(plotgraph::read_input(argument));
        }
        if (inputs.empty()) {
            std::cerr << "usage: timeline [--character NAME] SUMMARY.txt [MORE.txt...]\n";
            return 2;
        }
        const plotgraph::Story story = plotgraph::Extractor{}.extract(std::move(inputs));
        std::optional<std::size_t> who;
        if (!character.empty()) {
            who = plotgraph::find_entity(story, character);
            if (!who) {
                std::cerr << "timeline: no character called " << character << '\n';
                return 1;
            }
        }
        for (const plotgraph::Event* event : plotgraph::timeline(story, who)) {
            std::cout << event->order + 1 << ". " << plotgraph::describe_event(story, *event);
            if (!event->time.empty()) std::cout << " (" << event->time << ")";
            if (event->placement == "flashback") std::cout << " [told later]";
            std::cout << "\n    " << plotgraph::evidence_text(story, event->evidence) << "\n";
        }
    } catch (const std::exception& error) {
        std::cerr << "timeline: " << error.what() << '\n';
        return 1;
    }
}
