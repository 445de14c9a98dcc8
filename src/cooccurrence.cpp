#include "cooccurrence.hpp"

#include <map>
#include <set>

namespace plotgraph::detail {

void add_cooccurrence(Story& story) {
    std::map<std::pair<std::size_t, std::size_t>, Relation> pairs;
    std::size_t index = 0;
    while (index < story.mentions.size()) {
        // One sentence's mentions are consecutive: mentions are in text order.
        const std::size_t doc = story.mentions[index].doc, sentence = story.mentions[index].sentence;
        std::set<std::size_t> characters;
        for (; index < story.mentions.size() && story.mentions[index].doc == doc &&
               story.mentions[index].sentence == sentence;
             ++index) {
            const Mention& mention = story.mentions[index];
            if (mention.entity && story.entities[*mention.entity].kind == EntityKind::character)
                characters.insert(*mention.entity);
        }
        const Span span = story.documents[doc].sentences[sentence].span;
        for (auto a = characters.begin(); a != characters.end(); ++a) {
            for (auto b = std::next(a); b != characters.end(); ++b) {
                Relation& relation = pairs[{*a, *b}];
                relation.type = "co-occurs";
                relation.source = *a;
                relation.target = *b;
                relation.weight += 1;
                relation.evidence.push_back({doc, span});
            }
        }
    }
    for (auto& [key, relation] : pairs) story.relations.push_back(std::move(relation));
}

}  // namespace plotgraph::detail
