#include <catch2/catch.hpp>

#include "text_util.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace plotgraph::detail;
using namespace std::string_view_literals;

namespace {

/// A hash with many collisions (words of a length share one), so that the
/// tests walk long probe chains and wrap around the end of the slots.
struct LengthHash {
    std::size_t operator()(std::string_view word) const { return word.size(); }
};

template <class Table>
std::map<std::string, int> contents_of(const Table& table) {
    std::map<std::string, int> contents;
    for (const auto& [word, value] : table) contents.emplace(word, value);
    return contents;
}

}  // namespace

TEST_CASE("a word set answers what it holds", "[flat_word_table]") {
    WordSet set{"the", "a", "an"};
    CHECK(set.size() == 3);
    CHECK(set.contains("the"));
    CHECK(set.count("an"sv) == 1);
    CHECK(set.find(std::string("a")) != set.end());
    CHECK_FALSE(set.contains("these"));
    CHECK_FALSE(set.contains(""));
    CHECK(set.find("thee") == set.end());

    CHECK(set.insert("these").second);
    CHECK_FALSE(set.insert(std::string("the")).second);
    CHECK(set.size() == 4);
    CHECK(*set.find("these") == "these");

    std::set<std::string> seen(set.begin(), set.end());
    CHECK(seen == std::set<std::string>{"a", "an", "the", "these"});
}

TEST_CASE("an empty word table finds nothing", "[flat_word_table]") {
    const WordMap<int> map;
    CHECK(map.empty());
    CHECK(map.begin() == map.end());
    CHECK(map.find("x") == map.end());
    CHECK_FALSE(map.contains(""));
}

TEST_CASE("a word map keeps a value by word", "[flat_word_table]") {
    WordMap<std::string> map;
    map["jack"] = "john";
    map["count"] += "y";
    CHECK(map.at("jack") == "john");
    CHECK(map.find("count")->second == "y");

    // try_emplace and emplace leave the value of a present word alone.
    std::string moved = "jane";
    CHECK_FALSE(map.try_emplace("jack", std::move(moved)).second);
    CHECK(moved == "jane");
    CHECK(map.emplace("jill", "jillian").second);
    CHECK_FALSE(map.insert({"jill", "other"}).second);
    CHECK(map.at("jill") == "jillian");
    CHECK(map.size() == 3);
}

TEST_CASE("a word table iterates in the order of insertion", "[flat_word_table]") {
    WordSet set;
    std::vector<std::string> words;
    for (int i = 0; i < 100; ++i) words.push_back(std::string("w").append(std::to_string(i * 7919 % 101)));
    for (const std::string& word : words) set.insert(word);
    CHECK(std::equal(set.begin(), set.end(), words.begin(), words.end()));
}

TEST_CASE("a word map copies and moves whole", "[flat_word_table]") {
    WordMap<int> map;
    for (int i = 0; i < 100; ++i) map[std::to_string(i)] = i;
    const WordMap<int> copy = map;
    CHECK(contents_of(copy) == contents_of(map));
    // A copy iterates in the original's order.
    CHECK(std::equal(copy.begin(), copy.end(), map.begin(), map.end()));

    WordMap<int> moved = std::move(map);
    CHECK(moved.size() == 100);
    CHECK(moved.at("42") == 42);
    map = copy;  // a moved-from table takes a new value
    CHECK(map.size() == 100);
    map.clear();
    CHECK(map.empty());
    CHECK_FALSE(map.contains("42"));
    map["again"] = 1;
    CHECK(map.at("again") == 1);
}

TEST_CASE("a word may be inserted from the table's own entries", "[flat_word_table]") {
    WordMap<std::string> map;
    map["0"] = "zero";
    // Each insertion below may grow the table while its arguments point into it.
    for (int i = 1; i < 64; ++i) map.emplace(std::to_string(i), map.find(std::to_string(i - 1))->second + "+");
    CHECK(map.at("63") == std::string("zero") + std::string(63, '+'));
}

TEST_CASE("a word table agrees with std::map under colliding hashes", "[flat_word_table]") {
    FlatWordTable<std::pair<const std::string, int>, LengthHash> table;
    std::map<std::string, int> model;
    std::mt19937 random(7);
    for (int step = 0; step < 20000; ++step) {
        // Words of up to 5 letters out of 3: many share a length, hence a hash.
        std::string word(1 + random() % 5, 'a');
        for (char& letter : word) letter = static_cast<char>('a' + random() % 3);
        switch (random() % 3) {
            case 0:
                table[word] = step;
                model[word] = step;
                break;
            default:
                REQUIRE(table.contains(word) == (model.count(word) == 1));
                if (table.contains(word)) REQUIRE(table.at(word) == model.at(word));
        }
        REQUIRE(table.size() == model.size());
    }
    CHECK(contents_of(table) == model);
}

TEST_CASE("reserve makes room without losing entries", "[flat_word_table]") {
    WordSet set{"one", "two"};
    set.reserve(1000);
    CHECK(set.size() == 2);
    CHECK(set.contains("one"));
    CHECK(set.contains("two"));
    for (int i = 0; i < 1000; ++i) set.insert(std::to_string(i));
    CHECK(set.size() == 1002);
    CHECK(set.contains("999"));
}
