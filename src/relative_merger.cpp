#include "relative_merger.hpp"

#include "cooccurrence.hpp"
#include "sentence_view.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>

namespace plotgraph::detail {
namespace {

using namespace std::string_view_literals;

bool has_name(const Story& story, const Entity& entity) {
    return std::any_of(entity.mentions.begin(), entity.mentions.end(),
                       [&](std::size_t m) { return story.mentions[m].form == MentionForm::name; });
}

bool genders_fit(Gender a, Gender b) { return a == Gender::unknown || b == Gender::unknown || a == b; }

/// Where the text first says something: documents in order, then offsets.
using Place = std::pair<std::size_t, std::size_t>;

Place first_said(const Relation& relation) {
    Place first{SIZE_MAX, SIZE_MAX};
    for (const Evidence& evidence : relation.evidence) first = std::min(first, Place{evidence.doc, evidence.span.begin});
    return first;
}

/// Whether `relative` can stand for one character only: one person ("Duncan's
/// sons" is not Malcolm), and a tie of now ("her late husband" need not be the
/// man she marries later).
bool one_present_tie(const Story& story, const RuleData& rules, const Entity& relative) {
    for (std::size_t m : relative.mentions) {
        const Mention& mention = story.mentions[m];
        if (mention.plural) return false;
        for (std::size_t begin = 0; begin < mention.qualifier.size();) {
            std::size_t end = mention.qualifier.find_first_of(" -", begin);
            if (end == std::string::npos) end = mention.qualifier.size();
            if (rules.former_ties.count(fold_case(std::string_view(mention.qualifier).substr(begin, end - begin))))
                return false;
            begin = end + 1;
        }
    }
    return true;
}

/// The named character that `relative` (a description owned by someone) is, by
/// the relations the story states without it before it first appears; none
/// when no one or several fit.
std::optional<std::size_t> tie_holder(const Story& story, const RuleData& rules, std::size_t relative) {
    const Entity& description = story.entities[relative];
    const std::size_t owner = *description.owner;
    const auto ties = rules.role_ties.find(description.subtype);
    const auto inverse = rules.kin_inverses.find(description.subtype);
    // "his employer", "his master", "her servant": the one an employs relation already ties to the owner.
    const auto role = rules.role_relations.find(description.subtype);
    const RoleRelation* employment =
        role != rules.role_relations.end() && role->second.type == "employs"sv ? &role->second : nullptr;
    // Not where it says what someone becomes: "his father becomes his adviser", "makes Iago his lieutenant".
    if (employment) {
        const Mention& first = story.mentions[description.mentions.front()];
        const auto& tokens = story.documents[first.doc].tokens;
        const std::size_t sentence_first = story.documents[first.doc].sentences[first.sentence].first_token;
        if (first.first_token > sentence_first) {
            const Token& before = tokens[first.first_token - 1];
            if (rules.predicative_words.count(before.key) || starts_upper(before.norm) ||
                before.key == "him"sv || before.key == "her"sv || before.key == "them"sv)
                employment = nullptr;
        }
    }
    if (ties == rules.role_ties.end() && inverse == rules.kin_inverses.end() && !employment) return std::nullopt;
    if (!one_present_tie(story, rules, description)) return std::nullopt;
    const Mention& first_mention = story.mentions[description.mentions.front()];
    const Place introduced{first_mention.doc, first_mention.span.begin};

    std::optional<std::size_t> found;
    bool several = false;
    for (const Relation& relation : story.relations) {
        if (relation.source == relative || relation.target == relative) continue;
        std::optional<std::size_t> other;
        if (ties != rules.role_ties.end() && relation.type == "romance"sv &&
            (relation.source == owner || relation.target == owner) &&
            std::find(ties->second.begin(), ties->second.end(), relation.subtype) != ties->second.end()) {
            // "his wife": the one he is said to have married.
            other = relation.source == owner ? relation.target : relation.source;
        } else if (employment && relation.type == "employs"sv) {
            // "Ralph's clerk, Newman Noggs ... his employer": Ralph employs Newman.
            const bool holder_employs = employment->direction == RoleRelation::Direction::holder_to_owner;
            if (holder_employs && relation.target == owner) other = relation.source;
            else if (!holder_employs && relation.source == owner) other = relation.target;
        } else if (inverse != rules.kin_inverses.end() && relation.type == "family"sv) {
            // "Vito's son": Michael is Vito's son, or Vito is Michael's father.
            // "Jim's parents, Frank and Carol ... his father": a tie without gender ("parent", with the
            // same inverses as "father") held by one of the description's gender.
            const auto neutral = [&] {
                const auto same = rules.kin_inverses.find(relation.subtype);
                const auto noun = rules.role_nouns.find(relation.subtype);
                return same != rules.kin_inverses.end() && same->second == inverse->second &&
                       noun != rules.role_nouns.end() && noun->second.gender == Gender::unknown &&
                       description.gender != Gender::unknown &&
                       story.entities[relation.source].gender == description.gender;
            };
            if (relation.target == owner && (relation.subtype == description.subtype || neutral()))
                other = relation.source;
            else if (relation.source == owner &&
                     (relation.subtype == inverse->second.first || relation.subtype == inverse->second.second))
                other = relation.target;
        }
        // Only a tie said before the description first appears: the co-occurrences, which are
        // no tie and carry the most evidence, never get this far.
        if (!other || *other == owner || *other == relative || !(first_said(relation) < introduced)) continue;
        const Entity& candidate = story.entities[*other];
        if (candidate.kind != EntityKind::character || !candidate.members.empty() || !has_name(story, candidate) ||
            !genders_fit(candidate.gender, description.gender))
            continue;
        if (found && *found != *other) several = true;
        found = other;
    }
    if (several) return std::nullopt;
    return found;
}

/// "her grown children, Michael and Carolyn ... their mother": the kin of someone's kin that
/// data/kin_inverses.tsv gives back for that someone's gender is that someone.
std::optional<std::size_t> owner_of_owner(const Story& story, const RuleData& rules, std::size_t relative) {
    const Entity& description = story.entities[relative];
    const Entity& kin = story.entities[*description.owner];
    if (!kin.owner || *kin.owner == relative) return std::nullopt;
    const Entity& first = story.entities[*kin.owner];
    const auto inverse = rules.kin_inverses.find(kin.subtype);
    if (inverse == rules.kin_inverses.end() || first.kind != EntityKind::character || first.gender == Gender::unknown)
        return std::nullopt;
    const std::string& back = first.gender == Gender::male ? inverse->second.first : inverse->second.second;
    if (description.subtype != back) return std::nullopt;
    return *kin.owner;
}

/// "Fern Arable's father" is "Mr. Arable": the one character (data/titled_kin.txt) named
/// by a title of the description's gender and the owner's surname; none when several are.
std::optional<std::size_t> titled_namesake(const Story& story, const RuleData& rules, std::size_t relative) {
    const Entity& description = story.entities[relative];
    if (!rules.titled_kin.count(description.subtype) || description.gender == Gender::unknown ||
        !one_present_tie(story, rules, description))
        return std::nullopt;
    const auto surname = family_name_of(story.mentions, *description.owner);
    if (!surname) return std::nullopt;
    std::optional<std::size_t> found;
    for (std::size_t c = 0; c < story.entities.size(); ++c) {
        const Entity& candidate = story.entities[c];
        if (c == relative || c == *description.owner || candidate.kind != EntityKind::character ||
            !candidate.members.empty() || !genders_fit(candidate.gender, description.gender))
            continue;
        const bool titled = std::any_of(candidate.mentions.begin(), candidate.mentions.end(), [&](std::size_t m) {
            const Mention& mention = story.mentions[m];
            const std::size_t space = mention.text.find(' ');
            if (mention.form != MentionForm::name || space == std::string::npos ||
                mention.text.find(' ', space + 1) != std::string::npos)
                return false;
            std::string title = fold_case(mention.text.substr(0, space));
            if (!title.empty() && title.back() == '.') title.pop_back();
            const auto honorific = rules.honorifics.find(title);
            return honorific != rules.honorifics.end() && honorific->second.gender == description.gender &&
                   fold_case(mention.text.substr(space + 1)) == *surname;
        });
        if (!titled) continue;
        if (found) return std::nullopt;
        found = c;
    }
    return found;
}

template <typename Remap>
void remap_list(std::vector<std::size_t>& list, const Remap& remap) {
    std::vector<std::size_t> out;
    for (std::size_t entity : list)
        if (const auto to = remap(entity); to && std::find(out.begin(), out.end(), *to) == out.end()) out.push_back(*to);
    list = std::move(out);
}

/// Rewrites every entity index of the story by `remap`, which gives each old
/// index its new one (none: the entity is gone), and joins what became one.
template <typename Remap>
void rewrite_entities(Story& story, const Remap& remap) {
    for (Mention& mention : story.mentions)
        if (mention.entity) mention.entity = remap(*mention.entity);
    for (Event& event : story.events) {
        remap_list(event.agents, remap);
        remap_list(event.places, remap);
        remap_list(event.instigators, remap);
        std::vector<std::size_t> patients;
        std::vector<std::string> prepositions;
        for (std::size_t k = 0; k < event.patients.size(); ++k) {
            const auto to = remap(event.patients[k]);
            if (!to || std::find(patients.begin(), patients.end(), *to) != patients.end() ||
                std::find(event.agents.begin(), event.agents.end(), *to) != event.agents.end())
                continue;
            patients.push_back(*to);
            prepositions.push_back(event.patient_prepositions[k]);
        }
        event.patients = std::move(patients);
        event.patient_prepositions = std::move(prepositions);
    }
    // Relations that became one are joined; co-occurrences are counted again afterwards.
    std::map<std::tuple<std::string, std::string, std::size_t, std::size_t>, std::size_t> seen;
    std::vector<Relation> relations;
    for (Relation& relation : story.relations) {
        if (relation.type == "co-occurs"sv) continue;
        const auto source = remap(relation.source), target = remap(relation.target);
        if (!source || !target || *source == *target) continue;
        relation.source = *source;
        relation.target = *target;
        if (!relation.directed && relation.target < relation.source) std::swap(relation.source, relation.target);
        const auto [slot, fresh] =
            seen.try_emplace({relation.type, relation.subtype, relation.source, relation.target}, relations.size());
        if (fresh) {
            relations.push_back(std::move(relation));
            continue;
        }
        Relation& kept = relations[slot->second];
        kept.weight += relation.weight;
        kept.confidence = std::max(kept.confidence, relation.confidence);
        for (std::string& rule : relation.rules)
            if (std::find(kept.rules.begin(), kept.rules.end(), rule) == kept.rules.end()) kept.rules.push_back(std::move(rule));
        for (const Evidence& evidence : relation.evidence) kept.evidence.push_back(evidence);
    }
    story.relations.clear();
    add_cooccurrence(story);
    for (Relation& relation : relations) story.relations.push_back(std::move(relation));
}

}  // namespace

void merge_described_relatives(Story& story, const RuleData& rules) {
    const std::size_t n = story.entities.size();
    std::vector<std::optional<std::size_t>> merged_into(n);
    bool any = false;
    for (std::size_t e = 0; e < n; ++e) {
        const Entity& entity = story.entities[e];
        if (entity.kind != EntityKind::character || !entity.owner || !entity.members.empty() || has_name(story, entity))
            continue;
        merged_into[e] = tie_holder(story, rules, e);
        if (!merged_into[e]) merged_into[e] = titled_namesake(story, rules, e);
        if (!merged_into[e]) merged_into[e] = owner_of_owner(story, rules, e);
        any = any || merged_into[e].has_value();
    }
    if (!any) return;
    // A holder that is itself merged away keeps its own description.
    for (std::size_t e = 0; e < n; ++e)
        if (merged_into[e] && merged_into[*merged_into[e]]) merged_into[e].reset();

    // The survivors keep their order (by first mention) and are numbered again.
    std::vector<std::optional<std::size_t>> new_index(n);
    std::size_t next = 0;
    for (std::size_t e = 0; e < n; ++e)
        if (!merged_into[e]) new_index[e] = next++;
    const auto remap = [&](std::size_t e) -> std::optional<std::size_t> {
        return new_index[merged_into[e] ? *merged_into[e] : e];
    };
    for (std::size_t e = 0; e < n; ++e) {
        if (!merged_into[e]) continue;
        Entity& from = story.entities[e];
        Entity& into = story.entities[*merged_into[e]];
        const std::string owner_name = story.entities[*from.owner].name;
        for (const std::string& role : from.roles)
            if (std::find(into.roles.begin(), into.roles.end(), role) == into.roles.end()) into.roles.push_back(role);
        std::string evidence = "the ";
        evidence.append(from.subtype).append(" of ").append(owner_name).append(", by the relations the story states");
        into.merges.push_back({"relative", from.name, std::move(evidence)});
    }

    std::vector<Entity> kept;
    kept.reserve(next);
    for (std::size_t e = 0; e < n; ++e)
        if (!merged_into[e]) kept.push_back(std::move(story.entities[e]));
    for (Entity& entity : kept) {
        if (entity.owner) entity.owner = remap(*entity.owner);
        remap_list(entity.members, remap);
        entity.mentions.clear();
    }
    story.entities = std::move(kept);
    rewrite_entities(story, remap);
    for (std::size_t m = 0; m < story.mentions.size(); ++m)
        if (story.mentions[m].entity) story.entities[*story.mentions[m].entity].mentions.push_back(m);
    for (std::size_t e = 0; e < story.entities.size(); ++e) story.entities[e].id = std::string("e").append(std::to_string(e));
}

}  // namespace plotgraph::detail
