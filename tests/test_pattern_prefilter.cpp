#include <catch2/catch.hpp>

#include "pattern_prefilter.hpp"

#include <memory>
#include <string>
#include <vector>

using plotgraph::detail::PatternPrefilter;

TEST_CASE("a prefilter answers a repeated text as the first time", "[prefilter]") {
    const RE2 protect("@\\d+ protects @\\d+");
    const RE2 hides("@\\d+ hides @\\d+");
    PatternPrefilter prefilter;
    REQUIRE(prefilter.build({&protect, &hides}).empty());
    std::vector<int> candidates;
    for (int round = 0; round < 3; ++round) {
        prefilter.candidates("@1 protects @2", candidates);
        CHECK(candidates == std::vector<int>{0});
        prefilter.candidates("@1 hides @2 and protects @3", candidates);
        CHECK(candidates == std::vector<int>{0, 1});
    }
}

TEST_CASE("prefilters over other patterns do not share their remembered answers", "[prefilter]") {
    // Each has one word, so the same atoms ({0}) are found by both: the answers must still be their own.
    const RE2 protect("@\\d+ protects @\\d+");
    const RE2 anything("@\\d+ .* @\\d+");
    const RE2 hides("@\\d+ hides @\\d+");
    std::vector<std::unique_ptr<PatternPrefilter>> prefilters;
    for (int i = 0; i < 20; ++i) {  // more than the tables a thread keeps, so some share one
        prefilters.push_back(std::make_unique<PatternPrefilter>());
        if (i % 2 == 0) REQUIRE(prefilters.back()->build({&protect}).empty());
        else REQUIRE(prefilters.back()->build({&anything, &hides}).empty());
    }
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
