// Odd and hostile input that real scraped text brings: other scripts, accents,
// right-to-left runs, pages with no story, thousands of names. Each must give
// a correct result (the error cases are in test_reader.cpp and test_cli.cpp).
#include <catch2/catch.hpp>

#include "helpers.hpp"

#include <string>
#include <vector>

namespace {

using plotgraph::EntityKind;

/// `count` distinct "Given Surname" names, deterministically: k written in
/// base 17 with one made-up syllable per digit. Any two syllables differ in
/// their first and last letters, so no two names are one-letter misspellings
/// of each other, which reconciliation would rightly merge.
std::vector<std::string> made_up_names(std::size_t count) {
    static const std::string consonants = "bdfgjklmnprstvzxq";
    static const std::string vowels = "aeiou";
    const auto syllable = [&](std::size_t digit) {
        return std::string{consonants[digit], vowels[digit % 5], consonants[(digit + 5) % 17]};
    };
    std::vector<std::string> names;
    for (std::size_t k = 0; k < count; ++k) {
        std::string given = syllable(k % 17) + syllable((k / 17) % 17);
        std::string surname = syllable((k / 289) % 17) + syllable((k / 4913) % 17) + "on";
        given[0] = static_cast<char>(given[0] - 'a' + 'A');
        surname[0] = static_cast<char>(surname[0] - 'a' + 'A');
        names.push_back(given + " " + surname);
    }
    return names;
}

}  // namespace

TEST_CASE("ten thousand distinct names each stay a character, and their relations are found",
          "[hostile][reconcile]") {
    const auto names = made_up_names(10000);
    std::string text;
    for (std::size_t k = 0; k + 1 < names.size(); k += 2)
        text += names[k] + " meets " + names[k + 1] + " in the city. " + names[k + 1] + " helps " + names[k] + ".\n";
    const auto story = test::extract(text);
    CHECK(test::count_kind(story, EntityKind::character) == names.size());
    std::size_t helped = 0;
    for (const auto& relation : story.relations) helped += relation.type == "helped";
    CHECK(helped == names.size() / 2);
    CHECK(test::same_entity(story, names[0], names[0]));
    CHECK_FALSE(test::same_entity(story, names[0], names[2]));
}

TEST_CASE("a name in Cyrillic is the same character as its Latin spelling", "[hostile][reconcile]") {
    const auto story = test::extract(std::vector<std::string>{
        "Владимир Иванов defects in a department store.", "Vladimir Ivanov defects. Lionel protects Vladimir."});
    REQUIRE(test::find(story, "Владимир Иванов"));
    CHECK(test::same_entity(story, "Владимир Иванов", "Vladimir Ivanov"));
}

TEST_CASE("accented names are the same characters as their unaccented spellings", "[hostile][reconcile]") {
    const auto story = test::extract("José Ramírez meets Zoë Hart in Madrid. Later Jose Ramirez marries Zoe Hart.");
    CHECK(test::same_entity(story, "José Ramírez", "Jose Ramirez"));
    CHECK(test::same_entity(story, "Zoë Hart", "Zoe Hart"));
    CHECK_FALSE(test::same_entity(story, "José Ramírez", "Zoë Hart"));
}

TEST_CASE("right-to-left text passes through with its bytes and offsets intact", "[hostile]") {
    const std::string text = "David (\xD7\x93\xD7\x95\xD7\x93) meets Layla (\xD9\x84\xD9\x8A\xD9\x84\xD9\x89) in Haifa. "
                             "\xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\xE2\x80\x8F David helps Layla.";
    const auto story = test::extract(text);
    REQUIRE(story.documents.size() == 1);
    CHECK(story.documents[0].text == text);
    const auto* layla = test::find(story, "Layla");
    REQUIRE(layla);
    for (std::size_t m : layla->mentions) {
        const auto& mention = story.mentions[m];
        CHECK(text.substr(mention.span.begin, mention.span.end - mention.span.begin) == mention.text);
    }
    bool helped = false;
    for (const auto& relation : story.relations)
        helped = helped || (relation.type == "helped" && story.entities[relation.source].name == "David");
    CHECK(helped);
}

TEST_CASE("a page of nothing but web furniture gives an empty story, not an error", "[hostile][furniture]") {
    const auto story = test::extract(
        "Rating: 7.4/10\nDoes Moscow on the Hudson have end credit scenes?\n"
        "Copyright \xC2\xA9 2024 Example Media. All rights reserved.\n");
    CHECK(story.documents.size() == 1);
    CHECK(test::count_kind(story, EntityKind::character) == 0);
    CHECK(story.relations.empty());
}
