// Who helped whom in a story told by one or more summaries: each helper, the
// one helped, how, and the sentence that says so.
//   who_helped_whom SUMMARY.txt [MORE.txt...]
#include <plotgraph/plotgraph.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: who_helped_whom SUMMARY.txt [MORE.txt...]\n";
        return 2;
    }
    try {
        std::vector<plotgraph::Input> inputs;
        for (int i = 1; i < argc; ++i) inputs.push_back(plotgraph::read_input(argv[i]));
        const plotgraph::Story story = plotgraph::Extractor{}.extract(std::move(inputs));
        for (const plotgraph::Relation& relation : story.relations) {
            if (relation.type != "helped") continue;
            std::cout << story.entities[relation.source].name << " helped " << story.entities[relation.target].name;
            if (!relation.subtype.empty()) std::cout << " (" << relation.subtype << ")";
            std::cout << "\n";
            for (const plotgraph::Evidence& evidence : relation.evidence) {
                std::cout << "    " << story.documents[evidence.doc].name << ": "
                          << plotgraph::evidence_text(story, evidence) << "\n";
            }
        }
    } catch (const std::exception& error) {
        std::cerr << "who_helped_whom: " << error.what() << '\n';
        return 1;
    }
}
