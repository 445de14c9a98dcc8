#include <catch2/catch.hpp>

#include <plotgraph/error.hpp>
#include <plotgraph/rules.hpp>

#include "helpers.hpp"
#include "rules_data.hpp"

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

/// A writable copy of data/ in a fresh temporary folder.
fs::path copy_of_rules(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("plotgraph_rules_" + name);
    fs::remove_all(dir);
    fs::copy(fs::path(PLOTGRAPH_SOURCE_DIR) / "data", dir);
    return dir;
}

std::string load_error(const fs::path& dir) {
    try {
        plotgraph::RuleSet::load(dir);
    } catch (const plotgraph::Error& error) {
        return error.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("the built-in rules load and hold the documented lists", "[rules]") {
    const auto& data = plotgraph::RuleSet::builtin()->data();
    CHECK(data.honorifics.count("mr"));
    CHECK(data.first_names.count("vladimir"));
    CHECK(data.role_nouns.count("grandfather"));
    CHECK(data.demonyms.count("cuban"));
    CHECK(data.gazetteer.count("moscow"));
    CHECK(data.aliases.at("ussr") == "soviet union");
    CHECK(data.abbreviations.count("mr."));
    CHECK_FALSE(data.furniture.empty());
}

TEST_CASE("a rules folder loads like the built-in rules", "[rules]") {
    const auto rules = plotgraph::RuleSet::load(fs::path(PLOTGRAPH_SOURCE_DIR) / "data");
    CHECK(rules->data().first_names.size() == plotgraph::RuleSet::builtin()->data().first_names.size());
}

TEST_CASE("a broken RE2 pattern is reported as file:line at load time", "[rules]") {
    const fs::path dir = copy_of_rules("bad_pattern");
    std::ofstream(dir / "furniture.tsv", std::ios::app) << "broken\tline\t(unclosed\n";
    std::size_t lines = 0;
    {
        std::ifstream in(dir / "furniture.tsv");
        std::string line;
        while (std::getline(in, line)) ++lines;
    }
    const std::string message = load_error(dir);
    CHECK_THAT(message, Catch::Contains("furniture.tsv:" + std::to_string(lines) + ": bad RE2 pattern"));
}

TEST_CASE("a line with the wrong number of columns is reported as file:line", "[rules]") {
    const fs::path dir = copy_of_rules("bad_columns");
    std::ofstream(dir / "first_names.tsv", std::ios::trunc) << "# names\nAnna\tf\nBoris\n";
    CHECK_THAT(load_error(dir), Catch::Contains("first_names.tsv:3: expected 2 TAB-separated columns, found 1"));
}

TEST_CASE("an unknown gender is reported with its line", "[rules]") {
    const fs::path dir = copy_of_rules("bad_gender");
    std::ofstream(dir / "honorifics.tsv", std::ios::trunc) << "Mr\tx\n";
    CHECK_THAT(load_error(dir), Catch::Contains("honorifics.tsv:1: gender must be m, f or u"));
}

TEST_CASE("a missing rule file is named", "[rules]") {
    const fs::path dir = copy_of_rules("missing");
    fs::remove(dir / "pronouns.tsv");
    CHECK_THAT(load_error(dir), Catch::Contains("pronouns.tsv") && Catch::Contains("cannot open"));
}

TEST_CASE("a relation pattern without source and target groups is refused at load time", "[rules]") {
    const fs::path dir = copy_of_rules("bad_relation");
    std::ofstream(dir / "relations.tsv", std::ios::trunc) << "# rules\nx\thelped\t-\tdirected\t0.5\t@\\d+ helps @\\d+\n";
    CHECK_THAT(load_error(dir), Catch::Contains("relations.tsv:2: pattern needs the groups"));
}

TEST_CASE("a relation's confidence must lie between 0 and 1", "[rules]") {
    const fs::path dir = copy_of_rules("bad_confidence");
    std::ofstream(dir / "relations.tsv", std::ios::trunc)
        << "x\thelped\t-\tdirected\t1.5\t(?P<source>@\\d+) helps (?P<target>@\\d+)\n";
    CHECK_THAT(load_error(dir), Catch::Contains("relations.tsv:1: confidence must be between 0 and 1"));
}

TEST_CASE("an actor credited in a wiki link after the character is furniture", "[furniture]") {
    const auto story = test::extract("Michael Brody visits his wife Carla ([[Karen Young , and their daughter Thea.");
    CHECK(test::find(story, "Carla"));
    CHECK_FALSE(test::find(story, "Karen Young"));
}

TEST_CASE("the pattern prefilter keeps every pattern that matches, and drops those whose words are absent",
          "[rules][prefilter]") {
    plotgraph::detail::PatternPrefilter prefilter;
    for (const char* pattern : {"(?P<source>@\\d+) (?:protects|protected) (?P<target>@\\d+)",
                                "(?P<source>@\\d+) and (?P<target>@\\d+) are friends",
                                "@\\d+ .* @\\d+",  // no word it needs: always a candidate
                                "(?i)COPYRIGHT \\d{4}"}) {
        std::string error;
        REQUIRE(prefilter.add(pattern, RE2::Options(), error) != nullptr);
    }
    REQUIRE(prefilter.build().empty());

    std::vector<int> candidates;
    prefilter.candidates("@1 protects @2", candidates);
    CHECK(candidates == std::vector<int>{0, 2});
    prefilter.candidates("@1 and @2 are friends", candidates);
    CHECK(candidates == std::vector<int>{1, 2});
    prefilter.candidates("Copyright 2024 by someone", candidates);  // the words are found in any case
    CHECK(candidates == std::vector<int>{2, 3});
    prefilter.candidates("nothing here", candidates);
    CHECK(candidates == std::vector<int>{2});
}

TEST_CASE("every relation pattern that matches a sentence is among the prefilter's candidates",
          "[rules][prefilter]") {
    const auto& data = plotgraph::RuleSet::builtin()->data();
    const std::vector<std::string> sentences{
        "@1 , a security guard who protects @2 , hides @2", "@3 falls in love with @4",
        "with the help of @5 , @6 escapes", "@7 and @8 are best friends", "@2 is mugged by @9",
        "@1 comes to @2 's rescue", "@4 relies on @5 for support"};
    for (const std::string& sentence : sentences) {
        std::vector<int> candidates;
        data.relation_prefilter.candidates(sentence, candidates);
        for (std::size_t i = 0; i < data.relation_rules.size(); ++i) {
            if (!RE2::PartialMatch(sentence, *data.relation_rules[i].pattern)) continue;
            INFO(sentence << " / " << data.relation_rules[i].id);
            CHECK(std::find(candidates.begin(), candidates.end(), static_cast<int>(i)) != candidates.end());
        }
    }
}

TEST_CASE("a verb's -ing and -ed forms are not given to a shorter verb that doubles its consonant", "[rules]") {
    const auto builtin = plotgraph::RuleSet::builtin();
    const auto& rules = builtin->data();
    for (const char* form : {"hoping", "riding", "staring", "sparing"}) {
        const auto readings = rules.verbs.find(form);
        REQUIRE(readings != rules.verbs.end());
        for (const auto& reading : readings->second) CHECK(reading.lemma + "ing" != std::string(form));
    }
}
