#include "story_finalizer.hpp"

#include "text_util.hpp"

#include <algorithm>
#include <map>
#include <numeric>

namespace plotgraph::detail {

using namespace std::string_view_literals;

namespace {

void drop_unresolved_mentions(Story& story) {
    std::vector<std::optional<std::size_t>> new_index(story.mentions.size());
    std::vector<Mention> kept;
    kept.reserve(story.mentions.size());  // no mention moved twice as it grows
    for (std::size_t i = 0; i < story.mentions.size(); ++i) {
        if (!story.mentions[i].entity) continue;
        new_index[i] = kept.size();
        kept.push_back(std::move(story.mentions[i]));
    }
    for (Mention& mention : kept) {
        if (mention.owner_mention) mention.owner_mention = new_index[*mention.owner_mention];
        if (mention.appositive_to) mention.appositive_to = new_index[*mention.appositive_to];
    }
    story.mentions = std::move(kept);
}

void number_entities_by_first_mention(Story& story) {
    const std::size_t none = story.mentions.size();
    std::vector<std::size_t> first(story.entities.size(), none);
    for (std::size_t i = 0; i < story.mentions.size(); ++i) {
        std::size_t& slot = first[*story.mentions[i].entity];
        slot = std::min(slot, i);
    }
    std::vector<std::size_t> order(story.entities.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return first[a] < first[b]; });
    std::vector<std::optional<std::size_t>> new_index(story.entities.size());
    std::vector<Entity> kept;
    kept.reserve(order.size());  // no entity moved twice as it grows
    for (std::size_t old : order) {
        if (first[old] == none) continue;
        new_index[old] = kept.size();
        kept.push_back(std::move(story.entities[old]));
    }
    for (Entity& entity : kept) {
        if (entity.owner) entity.owner = new_index[*entity.owner];
        entity.mentions.clear();
    }
    for (std::size_t i = 0; i < story.mentions.size(); ++i) {
        Mention& mention = story.mentions[i];
        mention.entity = new_index[*mention.entity];
        kept[*mention.entity].mentions.push_back(i);
    }
    story.entities = std::move(kept);
    for (std::size_t i = 0; i < story.entities.size(); ++i) story.entities[i].id = std::string("e").append(std::to_string(i));
}

std::size_t word_count(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

/// "the Stabbington brothers", "the four March sisters": the family name a group's
/// plural description carries as the last word of its qualifier, or "" when none.
std::string family_name_of_group(const Story& story, const Entity& entity) {
    for (const std::size_t m : entity.mentions) {
        const Mention& mention = story.mentions[m];
        if (mention.form != MentionForm::description || !mention.plural || mention.qualifier.empty()) continue;
        const std::size_t space = mention.qualifier.rfind(' ');
        std::string last = mention.qualifier.substr(space == std::string::npos ? 0 : space + 1);
        if (starts_upper(last)) return last;
    }
    return {};
}

void name_entities(Story& story, const RuleData& rules) {
    for (Entity& entity : story.entities) {
        // Distinct surface names, first-seen order, with how often each occurs.
        std::vector<std::pair<std::string, int>> names;
        for (std::size_t m : entity.mentions) {
            const Mention& mention = story.mentions[m];
            if (mention.form != MentionForm::name) continue;
            std::string name = mention.text;
            if (entity.kind != EntityKind::character && (name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0))
                name.erase(0, 4);
            if (entity.kind == EntityKind::character) {
                const std::size_t space = name.find(' ');
                if (space != std::string::npos && rules.name_modifiers.count(fold_case(name.substr(0, space))))
                    name.erase(0, space + 1);
            }
            auto found = std::find_if(names.begin(), names.end(), [&](const auto& n) { return n.first == name; });
            if (found == names.end()) names.emplace_back(name, 1);
            else ++found->second;
        }
        if (names.empty()) continue;
        // A name the character takes ("calls himself Syndrome", "posing as ... Euphegenia
        // Doubtfire") is an alias when the text gives another.
        const auto assumed = [&](const std::string& name) {
            return std::any_of(entity.merges.begin(), entity.merges.end(), [&](const MergeReason& reason) {
                return reason.rule == "assumed-name" && reason.alias == name;
            });
        };
        // So is a peer's title beside a name of his own: "Siward, the Earl of Northumberland" is Siward.
        // ("the Duke of Weselton", called "Weselton", keeps his title: it holds his only other name).
        const auto peer_title = [&](const std::string& name) {
            const std::vector<std::string_view> words = split(name, ' ');
            if (words.size() < 3 || words[1] != "of"sv || !rules.peer_titles.count(fold_case(words[0]))) return false;
            return std::any_of(names.begin(), names.end(), [&](const auto& other) {
                return name.find(other.first) == std::string::npos;
            });
        };
        const auto own = std::stable_partition(names.begin(), names.end(),
                                               [&](const auto& n) { return !assumed(n.first) && !peer_title(n.first); });
        const auto chosen_from_end = own == names.begin() ? names.end() : own;
        // The fullest name, then the most used, then the first seen.
        const auto best = std::min_element(names.begin(), chosen_from_end, [](const auto& a, const auto& b) {
            if (word_count(a.first) != word_count(b.first)) return word_count(a.first) > word_count(b.first);
            if (a.first.size() != b.first.size()) return a.first.size() > b.first.size();
            return a.second > b.second;
        });
        entity.name = best->first;
        // "the Tramp", "the Beast": a role noun a summary capitalizes as a name keeps the
        // article it is written with.
        if (entity.kind == EntityKind::character && entity.name.find(' ') == std::string::npos &&
            rules.role_nouns.count(fold_case(entity.name)) &&
            std::any_of(entity.mentions.begin(), entity.mentions.end(), [&](std::size_t m) {
                const Mention& mention = story.mentions[m];
                return mention.form == MentionForm::description &&
                       (mention.text == "the " + entity.name || mention.text == "The " + entity.name);
            }))
            entity.name.insert(0, "the ");
        entity.aliases.clear();
        for (const auto& [name, count] : names) {
            if (name != entity.name) entity.aliases.push_back(name);
        }
    }
    // Characters known only by a description are named after it ("the
    // apparatchik") or after whom they belong to ("Vladimir Ivanoff's grandfather").
    const auto first_role = [](const Entity& entity) { return entity.roles.empty() ? entity.subtype : entity.roles.front(); };
    std::map<std::string, int> unowned_with_role;  // how many such characters share a role noun
    for (const Entity& entity : story.entities)
        if (entity.name.empty() && !entity.owner) ++unowned_with_role[first_role(entity)];
    for (Entity& entity : story.entities) {
        if (!entity.name.empty()) continue;
        std::string role = first_role(entity);
        const bool role_shared = unowned_with_role[role] > 1;
        // A group is named in the plural the text used: "the young men", "Vladimir's controllers".
        const auto first_description = std::find_if(entity.mentions.begin(), entity.mentions.end(), [&](std::size_t m) {
            return story.mentions[m].form == MentionForm::description;
        });
        if (first_description != entity.mentions.end() && story.mentions[*first_description].plural) {
            const std::string& text = story.mentions[*first_description].text;
            const std::size_t role_space = role.rfind(' ');
            role = (role_space == std::string::npos ? std::string() : role.substr(0, role_space + 1))
                       .append(fold_case(text.substr(text.rfind(' ') == std::string::npos ? 0 : text.rfind(' ') + 1)));
        }
        // A people's noun keeps its capital: "the Germans", "the Welshman".
        if (rules.people_nouns.count(first_role(entity))) {
            const std::size_t word = role.rfind(' ') == std::string::npos ? 0 : role.rfind(' ') + 1;
            if (word < role.size() && role[word] >= 'a' && role[word] <= 'z') role[word] = static_cast<char>(role[word] - 'a' + 'A');
        }
        if (entity.owner && !story.entities[*entity.owner].name.empty()) {
            // "the crows' leader": a plural owner takes the apostrophe alone.
            // So does a group named after its owner ("Walt Kowalski's sons' mother").
            const Entity& owner = story.entities[*entity.owner];
            const std::string& owner_name = owner.name;
            // Not "Celie Harris's child": a group has no name of its own.
            const bool group_owner =
                std::none_of(owner.mentions.begin(), owner.mentions.end(),
                             [&](std::size_t m) { return story.mentions[m].form == MentionForm::name; }) &&
                std::any_of(owner.mentions.begin(), owner.mentions.end(), [&](std::size_t m) {
                    return story.mentions[m].form == MentionForm::description && story.mentions[m].plural;
                });
            const bool plural_owner = owner_name.ends_with('s') && !owner_name.ends_with("ss") &&
                                      (owner_name.starts_with("the ") || group_owner);
            entity.name = owner_name + (plural_owner ? "' " : "'s ") + role;
        } else {
            // "the homeless man": with no owner, its qualifier tells it from another man.
            const auto qualifies = [&](std::size_t m) {
                const Mention& mention = story.mentions[m];
                return mention.form == MentionForm::description && !mention.plural && !mention.qualifier.empty();
            };
            // A one-word qualifier names it anyway ("the social worker"); a
            // longer one only when it must ("the massive great white shark" is "the shark").
            // Only as introduced: "the King ... the dying King" is the king.
            auto qualified = first_description != entity.mentions.end() && qualifies(*first_description)
                                 ? first_description
                                 : entity.mentions.end();
            if (qualified != entity.mentions.end() && !role_shared &&
                story.mentions[*qualified].qualifier.find(' ') != std::string::npos)
                qualified = entity.mentions.end();
            entity.name = std::string("the ");
            if (qualified != entity.mentions.end()) entity.name.append(story.mentions[*qualified].qualifier).append(" ");
            else if (const auto kin = rules.role_nouns.find(first_role(entity));
                     kin != rules.role_nouns.end() && kin->second.category == "kin")
                // "the Stabbington brothers"; not "the British soldiers" or "the Chicago police".
                if (const std::string family = family_name_of_group(story, entity); !family.empty() && !rules.demonyms.count(fold_case(family)))
                    entity.name.append(family).append(" ");
            entity.name.append(role);
        }
    }
}

}  // namespace

void finalize_story(Story& story, const RuleData& rules) {
    drop_unresolved_mentions(story);
    number_entities_by_first_mention(story);
    name_entities(story, rules);
}

}  // namespace plotgraph::detail
