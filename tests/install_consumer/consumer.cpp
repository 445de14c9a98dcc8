// Links the installed plotgraph and asks who helped whom in a tiny story.
// Prints "Lionel helped Vladimir" when the installed library works.
#include <plotgraph/plotgraph.hpp>

#include <iostream>

int main() {
    const plotgraph::Extractor extractor;
    const plotgraph::Story story = extractor.extract(
        {{"consumer", "Vladimir defects in Bloomingdale's. Lionel, a security guard, protects him."}});
    for (const plotgraph::Relation& relation : story.relations) {
        if (relation.type != "helped") continue;
        std::cout << story.entities[relation.source].name << " helped "
                  << story.entities[relation.target].name << "\n";
    }
    return 0;
}
