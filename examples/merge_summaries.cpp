// Several summaries of one story, merged: each character with the names every
// summary uses for it, and which summary says what. Shows how plotgraph
// reconciles spellings (Ivanoff = Ivanov) and why (the merge rules).
//   merge_summaries SUMMARY.txt MORE.txt [...]
#include <plotgraph/plotgraph.hpp>

#include <iostream>
#include <map>
#include <set>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: merge_summaries SUMMARY.txt MORE.txt [...]\n";
        return 2;
    }
    try {
        std::vector<plotgraph::Input> inputs;
        for (int i = 1; i < argc; ++i) inputs.push_back(plotgraph::read_input(argv[i]));
        const plotgraph::Story story = plotgraph::Extractor{}.extract(std::move(inputs));
        for (const plotgraph::Entity& entity : story.entities) {
            if (entity.kind != plotgraph::EntityKind::character) continue;
            // The names each summary uses for this character.
            std::map<std::size_t, std::set<std::string>> names_by_document;
            for (std::size_t m : entity.mentions) {
                const plotgraph::Mention& mention = story.mentions[m];
                if (mention.form == plotgraph::MentionForm::name) names_by_document[mention.doc].insert(mention.text);
            }
            if (names_by_document.size() < 2) continue;  // told by one summary only
            std::cout << entity.name << "\n";
            for (const auto& [doc, names] : names_by_document) {
                std::cout << "    " << story.documents[doc].name << ":";
                for (const std::string& name : names) std::cout << " \"" << name << "\"";
                std::cout << "\n";
            }
            for (const plotgraph::MergeReason& merge : entity.merges)
                std::cout << "    " << merge.alias << " joined by " << merge.rule << " (" << merge.evidence << ")\n";
        }
        std::size_t retold = 0;
        for (const plotgraph::Event& event : story.events) retold += event.same_as ? 1 : 0;
        std::cout << story.events.size() << " events, " << retold << " told by more than one summary\n";
    } catch (const std::exception& error) {
        std::cerr << "merge_summaries: " << error.what() << '\n';
        return 1;
    }
}
