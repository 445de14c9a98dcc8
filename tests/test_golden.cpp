// The bundled corpus against its hand-made expected graph, compared by
// content: which entities, of which kind, with which aliases.
#include <catch2/catch.hpp>

#include "helpers.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace {

const std::filesystem::path story_dir =
    std::filesystem::path(PLOTGRAPH_SOURCE_DIR) / "corpus" / "moscow-on-the-hudson";

const plotgraph::Story& moscow_on_the_hudson() {
    static const plotgraph::Story story = [] {
        std::vector<plotgraph::Input> inputs;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(story_dir))
            if (entry.path().extension() == ".txt") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) inputs.push_back(plotgraph::read_input(file));
        return plotgraph::Extractor{}.extract(std::move(inputs));
    }();
    return story;
}

const nlohmann::json& expected() {
    static const nlohmann::json json = nlohmann::json::parse(std::ifstream(story_dir / "expected.json"));
    return json;
}

void check_entity(const nlohmann::json& item, plotgraph::EntityKind kind) {
    const auto& story = moscow_on_the_hudson();
    const std::string name = item["name"];
    INFO("entity " << name);
    const auto* entity = test::find(story, name);
    REQUIRE(entity);
    CHECK(entity->kind == kind);
    for (const std::string alias : item.value("aliases", nlohmann::json::array())) {
        INFO("alias " << alias);
        CHECK(test::same_entity(story, name, alias));
    }
    if (item.contains("gender")) CHECK(plotgraph::to_string(entity->gender) == item["gender"].get<std::string>());
    for (const std::string role : item.value("roles", nlohmann::json::array())) {
        INFO("role " << role);
        CHECK(std::find(entity->roles.begin(), entity->roles.end(), role) != entity->roles.end());
    }
}

}  // namespace

TEST_CASE("golden: every expected character is found with its aliases", "[golden]") {
    for (const auto& item : expected()["characters"]) check_entity(item, plotgraph::EntityKind::character);
}

TEST_CASE("golden: every expected place is found", "[golden]") {
    for (const auto& item : expected()["places"]) check_entity(item, plotgraph::EntityKind::place);
}

TEST_CASE("golden: every expected organization is found", "[golden]") {
    for (const auto& item : expected()["organizations"]) check_entity(item, plotgraph::EntityKind::organization);
}

TEST_CASE("golden: distinct characters are not merged", "[golden]") {
    const auto& story = moscow_on_the_hudson();
    std::set<const plotgraph::Entity*> seen;
    for (const auto& item : expected()["characters"]) {
        const auto* entity = test::find(story, item["name"].get<std::string>());
        REQUIRE(entity);
        CHECK(seen.insert(entity).second);
    }
}

TEST_CASE("golden: kin known only by description belong to their owner", "[golden]") {
    const auto& story = moscow_on_the_hudson();
    for (const auto& item : expected()["descriptions"]) {
        const std::string role = item["role"], owner = item["owner"];
        INFO(role << " of " << owner);
        const auto* owner_entity = test::find(story, owner);
        REQUIRE(owner_entity);
        bool found = false;
        for (const auto& entity : story.entities) {
            found = found || (entity.subtype == role && entity.owner &&
                              &story.entities[*entity.owner] == owner_entity);
        }
        CHECK(found);
    }
}

TEST_CASE("golden: page furniture and nationalities yield no entity", "[golden]") {
    const auto& story = moscow_on_the_hudson();
    for (const std::string name : expected()["not_entities"]) {
        INFO(name);
        CHECK_FALSE(test::find(story, name));
    }
    CHECK(test::count_kind(story, plotgraph::EntityKind::character) <= expected()["max_characters"].get<std::size_t>());
}

TEST_CASE("golden: no mention lies in the page furniture", "[golden]") {
    const auto& story = moscow_on_the_hudson();
    const std::string& page = story.documents[0].text;
    const std::size_t story_begins = page.find("In a cramped Moscow apartment");
    const std::size_t story_ends = page.find("What's After the Movie?");
    REQUIRE(story_begins != std::string::npos);
    for (const auto& mention : story.mentions) {
        if (mention.doc != 0) continue;
        INFO(mention.text << " at " << mention.span.begin);
        CHECK(((mention.span.begin < 340) || (mention.span.begin >= story_begins && mention.span.end <= story_ends)));
    }
}

TEST_CASE("golden: mention offsets point at the mention's text", "[golden]") {
    const auto& story = moscow_on_the_hudson();
    for (const auto& mention : story.mentions) {
        const std::string& text = story.documents[mention.doc].text;
        const std::string raw = text.substr(mention.span.begin, mention.span.end - mention.span.begin);
        INFO(mention.text);
        // Curly apostrophes are folded in Mention::text; lengths may differ by them only.
        CHECK(raw.size() >= mention.text.size());
    }
}

TEST_CASE("golden: the defection comes before the proposal, the proposal before the mugging", "[golden][timeline]") {
    const auto& story = moscow_on_the_hudson();
    // The first time the timeline reaches each action.
    const auto first_order = [&](const std::string& action) {
        std::size_t best = story.events.size();
        for (const auto& event : story.events)
            if (event.action == action) best = std::min(best, event.order);
        return best;
    };
    const std::size_t defect = first_order("defect"), propose = first_order("propose"), mug = first_order("mug");
    REQUIRE(defect < story.events.size());
    REQUIRE(propose < story.events.size());
    REQUIRE(mug < story.events.size());
    CHECK(defect < propose);
    CHECK(propose < mug);
}
