#include <plotgraph/error.hpp>
#include <plotgraph/output.hpp>

#include "story_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

namespace plotgraph {
namespace {

// ordered_json keeps keys in the documented order instead of sorting them.
using json = nlohmann::ordered_json;

const std::string& entity_id(const Story& story, std::size_t index) {
    if (index >= story.entities.size()) {
        throw Error("entity index " + std::to_string(index) + " out of range (story has " +
                    std::to_string(story.entities.size()) + " entities)");
    }
    return story.entities[index].id;
}

json mention_json(const Mention& mention) {
    return {{"doc", mention.doc},
            {"begin", mention.span.begin},
            {"end", mention.span.end},
            {"text", mention.text},
            {"form", to_string(mention.form)},
            {"sentence", mention.sentence}};
}

json entity_json(const Story& story, const Entity& entity) {
    json merges = json::array();
    for (const MergeReason& merge : entity.merges) {
        merges.push_back({{"rule", merge.rule}, {"alias", merge.alias}, {"evidence", merge.evidence}});
    }
    json mentions = json::array();
    for (std::size_t index : entity.mentions) {
        if (index >= story.mentions.size()) {
            throw Error("entity " + entity.id + " refers to mention " + std::to_string(index) +
                        " but the story has " + std::to_string(story.mentions.size()));
        }
        mentions.push_back(mention_json(story.mentions[index]));
    }
    json result = {{"id", entity.id},
                   {"kind", to_string(entity.kind)},
                   {"subtype", entity.subtype},
                   {"name", entity.name},
                   {"gender", to_string(entity.gender)},
                   {"aliases", entity.aliases},
                   {"roles", entity.roles}};
    if (entity.owner) result["owner"] = entity_id(story, *entity.owner);
    result["merges"] = std::move(merges);
    result["mentions"] = std::move(mentions);
    return result;
}

// Counts are whole numbers; print them as 4, not 4.0, as the documented
// shape shows. Fractional weights stay doubles.
json weight_json(double weight) {
    if (std::isfinite(weight) && weight == std::trunc(weight) && std::fabs(weight) < 9.0e15) {
        return static_cast<std::int64_t>(weight);
    }
    return weight;
}

json relation_json(const Story& story, const Relation& relation) {
    json evidence = json::array();
    for (const Evidence& item : relation.evidence) {
        evidence.push_back({{"doc", item.doc}, {"begin", item.span.begin}, {"end", item.span.end}});
    }
    json out = {{"type", relation.type},
                {"source", entity_id(story, relation.source)},
                {"target", entity_id(story, relation.target)},
                {"directed", relation.directed},
                {"weight", weight_json(relation.weight)},
                {"evidence", std::move(evidence)}};
    if (!relation.subtype.empty()) out["subtype"] = relation.subtype;
    if (!relation.rules.empty()) {
        out["rules"] = relation.rules;
        out["confidence"] = relation.confidence;
    }
    return out;
}

json entity_ids(const Story& story, const std::vector<std::size_t>& indices) {
    json ids = json::array();
    for (std::size_t index : indices) ids.push_back(entity_id(story, index));
    return ids;
}

json event_json(const Story& story, const Event& event) {
    json out = {{"id", event.id},
                {"order", event.order},
                {"action", event.action},
                {"verb", event.verb},
                {"agents", entity_ids(story, event.agents)},
                {"patients", entity_ids(story, event.patients)},
                {"patient_via", event.patient_prepositions},
                {"places", entity_ids(story, event.places)},
                {"time", event.time},
                {"evidence", json::array({{{"doc", event.evidence.doc},
                                           {"begin", event.evidence.span.begin},
                                           {"end", event.evidence.span.end}}})}};
    if (event.negated) out["negated"] = true;
    if (event.attempted) out["attempted"] = true;
    if (event.passive) out["passive"] = true;
    if (!event.placement.empty()) out["placement"] = event.placement;
    if (event.same_as) {
        if (*event.same_as >= story.events.size()) throw Error("event " + event.id + " refers to a missing event");
        out["same_as"] = story.events[*event.same_as].id;
    }
    return out;
}

}  // namespace

namespace detail {

nlohmann::ordered_json story_json(const Story& story) {
    json documents = json::array();
    for (std::size_t i = 0; i < story.documents.size(); ++i) {
        const Document& document = story.documents[i];
        documents.push_back({{"index", i}, {"name", document.name}, {"bytes", document.text.size()}});
    }
    json entities = json::array();
    for (const Entity& entity : story.entities) entities.push_back(entity_json(story, entity));
    json relations = json::array();
    for (const Relation& relation : story.relations) relations.push_back(relation_json(story, relation));

    // Events in timeline order; their ids number them in text order.
    std::vector<const Event*> timeline;
    for (const Event& event : story.events) timeline.push_back(&event);
    std::stable_sort(timeline.begin(), timeline.end(), [](const Event* a, const Event* b) { return a->order < b->order; });
    json events = json::array();
    for (const Event* event : timeline) events.push_back(event_json(story, *event));

    return {{"documents", std::move(documents)},
            {"entities", std::move(entities)},
            {"relations", std::move(relations)},
            {"events", std::move(events)}};
}

}  // namespace detail

void write_json(std::ostream& out, const Story& story) {
    const json root = detail::story_json(story);
    // Inputs are validated UTF-8, but a bad byte must not abort the whole
    // output, so replace it rather than throw.
    out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    out.flush();
    if (!out) throw Error("cannot write JSON: output stream failed");
}

}  // namespace plotgraph
