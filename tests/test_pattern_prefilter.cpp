#include <catch2/catch.hpp>

#include "pattern_prefilter.hpp"

#include <memory>
#include <string>
#include <vector>

using plotgraph::detail::PatternPrefilter;

namespace {

/// A prefilter over `patterns`, each of which compiles.
std::unique_ptr<PatternPrefilter> prefilter_of(const std::vector<std::string>& patterns) {
    auto prefilter = std::make_unique<PatternPrefilter>();
    for (const std::string& pattern : patterns) {
        std::string error;
        REQUIRE(prefilter->add(pattern, RE2::Options(), error) != nullptr);
    }
    REQUIRE(prefilter->build().empty());
    return prefilter;
}

}  // namespace

TEST_CASE("a prefilter answers a repeated text as the first time", "[prefilter]") {
    const auto prefilter = prefilter_of({"@\\d+ protects @\\d+", "@\\d+ hides @\\d+"});
    std::vector<int> candidates;
    for (int round = 0; round < 3; ++round) {
        prefilter->candidates("@1 protects @2", candidates);
        CHECK(candidates == std::vector<int>{0});
        prefilter->candidates("@1 hides @2 and protects @3", candidates);
        CHECK(candidates == std::vector<int>{0, 1});
    }
}

TEST_CASE("prefilters over other patterns do not share their remembered answers", "[prefilter]") {
    // Each has one word, so the same atoms ({0}) are found by both: the answers must still be their own.
    const std::string protect = "@\\d+ protects @\\d+", anything = "@\\d+ .* @\\d+", hides = "@\\d+ hides @\\d+";
    std::vector<std::unique_ptr<PatternPrefilter>> prefilters;
    for (int i = 0; i < 20; ++i)  // more than the tables a thread keeps, so some share one
        prefilters.push_back(i % 2 == 0 ? prefilter_of({protect}) : prefilter_of({anything, hides}));
    std::vector<int> candidates;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 20; ++i) {
            INFO("prefilter " << i << ", round " << round);
            prefilters[static_cast<std::size_t>(i)]->candidates(i % 2 == 0 ? "@1 protects @2" : "@1 hides @2",
                                                               candidates);
            CHECK(candidates == (i % 2 == 0 ? std::vector<int>{0} : std::vector<int>{0, 1}));
        }
    }
}

TEST_CASE("a prefilter keeps the patterns it compiles, and says why one does not compile", "[prefilter]") {
    PatternPrefilter prefilter;
    std::string error;
    const RE2* protect = prefilter.add("(?P<source>@\\d+) protects", RE2::Options(), error);
    REQUIRE(protect != nullptr);
    CHECK(protect->pattern() == "(?P<source>@\\d+) protects");
    CHECK(RE2::PartialMatch("@1 protects @2", *protect));
    CHECK(prefilter.add("(unclosed", RE2::Options(), error) == nullptr);
    CHECK(error == RE2("(unclosed", RE2::Options(RE2::Quiet)).error());
}
