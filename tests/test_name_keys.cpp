#include <catch2/catch.hpp>

#include "name_keys.hpp"
#include "text_util.hpp"

using namespace plotgraph::detail;

TEST_CASE("name keys transliterate other scripts and drop accents", "[name_keys]") {
    CHECK(name_key("\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80") == "vladimir");
    CHECK(name_key("Jos\xC3\xA9") == "jose");
    CHECK(name_key("Zo\xC3\xAB") == "zoe");
    CHECK(name_key("O'Brien") == "obrien");
    CHECK(name_key("Jean-Luc") == "jean luc");
}

TEST_CASE("transliteration variants share a skeleton", "[name_keys]") {
    CHECK(variant_skeleton("ivanoff") == variant_skeleton("ivanov"));
    CHECK(variant_skeleton("tchaikovsky") == variant_skeleton("chaykovskiy"));
    CHECK(variant_skeleton("ivanov") != variant_skeleton("ivanova"));
}

TEST_CASE("one-letter misspellings are variants, gendered endings are not", "[name_keys]") {
    CHECK(is_spelling_variant("lombardo", "lomardo"));
    CHECK(is_spelling_variant("ivanoff", "ivanov"));
    CHECK_FALSE(is_spelling_variant("ivanov", "ivanova"));
    CHECK_FALSE(is_spelling_variant("petrov", "petrova"));
    CHECK_FALSE(is_spelling_variant("anna", "anne"));      // too short to call a typo
    CHECK_FALSE(is_spelling_variant("johnson", "jackson"));
}

TEST_CASE("edit distance counts a transposition as one edit", "[name_keys]") {
    CHECK(edit_distance("lombardo", "lomabrdo", 2) == 1);
    CHECK(edit_distance("abc", "abc", 1) == 0);
    CHECK(edit_distance("abcdef", "a", 1) == 2);  // stops early above the limit
}

TEST_CASE("regnal numbers are no spellings of each other", "[name_keys]") {
    CHECK_FALSE(is_spelling_variant("v", "vi"));
    CHECK_FALSE(is_spelling_variant("viii", "vii"));
}

TEST_CASE("a roman numeral is one written as numerals are", "[name_keys]") {
    for (const char* numeral : {"I", "V", "VI", "XIII", "VIII", "XIV", "MCMLXXXIV", "vi", "xiii"}) {
        INFO(numeral);
        CHECK(is_roman_numeral(numeral));
    }
    for (const char* word : {"", "Vi", "IIII", "VV", "LC", "lili", "civil", "CIVIL", "Mix"}) {
        INFO(word);
        CHECK_FALSE(is_roman_numeral(word));
    }
}

TEST_CASE("a final e swapped with the letter before is a spelling variant", "[name_keys]") {
    CHECK(is_spelling_variant("everdene", "everdeen"));
    CHECK_FALSE(is_spelling_variant("christina", "christian"));  // two names
}

TEST_CASE("a five-letter name with one inner vowel swapped is a spelling variant", "[name_keys]") {
    using plotgraph::detail::is_spelling_variant;
    CHECK(is_spelling_variant("fagan", "fagen"));
    CHECK(is_spelling_variant("fagin", "fagan"));
    CHECK_FALSE(is_spelling_variant("mario", "maria"));  // the last letter tells them apart
    CHECK_FALSE(is_spelling_variant("fagan", "fagtn"));  // not a vowel
    CHECK_FALSE(is_spelling_variant("helen", "halan"));  // two letters
}
