#include <catch2/catch.hpp>

#include "furniture.hpp"
#include "segmenter.hpp"

#include <plotgraph/rules.hpp>

namespace {

plotgraph::Document segment(const std::string& text, bool strip_furniture = false) {
    const auto& rules = plotgraph::RuleSet::builtin()->data();
    plotgraph::Document document;
    document.text = text;
    document.story_mask = text;
    if (strip_furniture) plotgraph::detail::FurnitureFilter(rules).run(document);
    plotgraph::detail::Segmenter(rules).run(document);
    return document;
}

std::vector<std::string> sentence_texts(const plotgraph::Document& document) {
    std::vector<std::string> out;
    for (const auto& sentence : document.sentences) {
        const auto& first = document.tokens[sentence.first_token];
        const auto& last = document.tokens[sentence.first_token + sentence.token_count - 1];
        out.push_back(document.text.substr(first.span.begin, last.span.end - first.span.begin));
    }
    return out;
}

}  // namespace

TEST_CASE("titles and initials do not end a sentence", "[segmenter]") {
    const auto document = segment("Mr. Smith lives on St. Mark's Place in the U.S. with J. R. Ewing. He is rich.");
    CHECK(sentence_texts(document) ==
          std::vector<std::string>{"Mr. Smith lives on St. Mark's Place in the U.S. with J. R. Ewing.", "He is rich."});
}

TEST_CASE("a possessive 's is its own token, straight or curly", "[segmenter]") {
    const auto document = segment("Anatoly\xE2\x80\x99s car and Boris's hat.");
    std::vector<std::string> norms;
    for (const auto& token : document.tokens) norms.push_back(token.norm);
    CHECK(norms == std::vector<std::string>{"Anatoly", "'s", "car", "and", "Boris", "'s", "hat", "."});
    CHECK(document.tokens[1].span.begin == 7);
    CHECK(document.tokens[1].span.end == 11);  // the curly apostrophe is three bytes
}

TEST_CASE("N' before a capitalized name reads as 'and'", "[segmenter]") {
    const auto document = segment("Kid N'Play's demo and Salt N\xE2\x80\x99Pepa sing.");
    std::vector<std::string> norms;
    for (const auto& token : document.tokens) norms.push_back(token.norm);
    CHECK(norms == std::vector<std::string>{"Kid", "and", "Play", "'s", "demo", "and", "Salt", "and", "Pepa", "sing", "."});
    CHECK(document.tokens[1].span.begin == 4);
    CHECK(document.tokens[1].span.end == 6);
    CHECK(document.tokens[2].span.begin == 6);
    CHECK(document.tokens[7].span.end - document.tokens[7].span.begin == 4);  // N and a curly apostrophe
}

TEST_CASE("capitals joined by an ampersand are one word", "[segmenter]") {
    const auto document = segment("She sues PG&E. Donna is ill. Tom & Jerry fight PG&E's men.");
    std::vector<std::string> norms;
    for (const auto& token : document.tokens) norms.push_back(token.norm);
    CHECK(norms == std::vector<std::string>{"She", "sues", "PG&E", ".", "Donna", "is", "ill", ".", "Tom", "&", "Jerry",
                                            "fight", "PG&E", "'s", "men", "."});
    CHECK(sentence_texts(document) == std::vector<std::string>{"She sues PG&E.", "Donna is ill.", "Tom & Jerry fight PG&E's men."});
}

TEST_CASE("a line break ends a sentence", "[segmenter]") {
    const auto document = segment("User Score\nVladimir plays the saxophone.");
    CHECK(document.sentences.size() == 2);
}

TEST_CASE("page furniture lines are blanked, keeping offsets", "[furniture]") {
    const std::string page = "Does Moscow on the Hudson have end credit scenes?\nNo!\n67\nMetascore\n"
                             "Vladimir defects in New York.\n\xC2\xA9 2024 Some Site. All rights reserved.";
    const auto document = segment(page, true);
    CHECK(sentence_texts(document) == std::vector<std::string>{"Vladimir defects in New York."});
    CHECK(document.story_mask.size() == page.size());
}

TEST_CASE("wiki markup is blanked but the shown text is kept", "[furniture]") {
    const auto document = segment("{{plot}} Rick meets [[Ilsa Lund|Ilsa]] in [[Casablanca]].", true);
    REQUIRE(document.sentences.size() == 1);
    CHECK(document.story_mask.find("{{plot}}") == std::string::npos);
    CHECK(document.story_mask.find("Ilsa Lund|") == std::string::npos);
    CHECK(document.story_mask.find("Ilsa]]") == std::string::npos);
    CHECK(document.story_mask.find("Ilsa") != std::string::npos);
    CHECK(document.story_mask.find("Casablanca") != std::string::npos);
}

TEST_CASE("a sentence without an end is cut into pieces of at most 200 tokens", "[segmenter][hostile]") {
    std::string text;
    for (int k = 0; k < 1000; ++k) text += k % 50 == 49 ? "word, " : "word ";
    const auto document = segment(text);
    REQUIRE(document.sentences.size() >= 5);
    std::size_t tokens = 0;
    for (const auto& sentence : document.sentences) {
        CHECK(sentence.token_count <= 200);
        tokens += sentence.token_count;
    }
    CHECK(tokens == document.tokens.size());  // nothing lost between the pieces
    // Where it can, a piece ends after a comma.
    const auto& first = document.sentences.front();
    CHECK(document.tokens[first.first_token + first.token_count - 1].norm == ",");
}

TEST_CASE("an ordinary long sentence is left whole", "[segmenter]") {
    std::string text = "Anna";
    for (int k = 0; k < 60; ++k) text += " and Boris";
    text += " leave.";
    const auto document = segment(text);
    CHECK(document.sentences.size() == 1);
}

TEST_CASE("a dotted abbreviation keeps its last period", "[segmenter]") {
    const auto document = segment("Elliott hides E.T. in his closet. They moved to the U.S. in 1990.");
    std::vector<std::string> words;
    for (const auto& token : document.tokens) words.push_back(token.norm);
    CHECK(std::find(words.begin(), words.end(), "E.T.") != words.end());
    CHECK(std::find(words.begin(), words.end(), "U.S.") != words.end());
    CHECK(std::find(words.begin(), words.end(), "E.T") == words.end());
    REQUIRE(document.sentences.size() == 2);
}

TEST_CASE("a name's closing abbreviation before a capital ends the sentence", "[segmenter]") {
    const auto document = segment("They honor Martin Luther King Jr. Hoke drives. Acme Inc. sells. Mr. Hoke waits.");
    CHECK(sentence_texts(document) ==
          std::vector<std::string>{"They honor Martin Luther King Jr.", "Hoke drives.", "Acme Inc. sells.", "Mr. Hoke waits."});
}
