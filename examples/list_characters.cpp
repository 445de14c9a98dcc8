// Lists the characters, places and organizations of one story told by one or
// more summaries, with every name each goes by.
//   list_characters SUMMARY.txt [MORE.txt...]
#include <plotgraph/plotgraph.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: list_characters SUMMARY.txt [MORE.txt...]\n";
        return 2;
    }
    try {
        std::vector<plotgraph::Input> inputs;
        for (int i = 1; i < argc; ++i) inputs.push_back(plotgraph::read_input(argv[i]));
        const plotgraph::Story story = plotgraph::Extractor{}.extract(std::move(inputs));
        for (const auto kind : {plotgraph::EntityKind::character, plotgraph::EntityKind::place,
                                plotgraph::EntityKind::organization}) {
            std::cout << plotgraph::to_string(kind) << "s:\n";
            for (const plotgraph::Entity& entity : story.entities) {
                if (entity.kind != kind) continue;
                std::cout << "  " << entity.name << " (" << entity.mentions.size() << " mentions)";
                const char* separator = ": also ";
                for (const std::string& alias : entity.aliases) {
                    std::cout << separator << alias;
                    separator = ", ";
                }
                std::cout << '\n';
            }
        }
    } catch (const std::exception& error) {
        std::cerr << "list_characters: " << error.what() << '\n';
        return 1;
    }
}
