// Small UTF-8 string helpers shared by the stages.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "flat_word_table.hpp"

namespace plotgraph::detail {

/// The hash of word tables. Ours rather than std::hash<std::string>, which
/// calls out of line and walks the bytes; transparent, so that a lookup by
/// string_view or literal builds no string.
struct WordHash {
    using is_transparent = void;
    [[gnu::always_inline]] std::size_t operator()(std::string_view word) const {
        // Inline, and by whole 8-, 4- or 1-byte loads (overlapping at the end):
        // a word costs a few instructions whatever its length, where a loop
        // over its bytes costs four a byte, and a call to the standard hash more.
        const char* p = word.data();
        const std::size_t n = word.size();
        std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ n, last = 0;
        if (n >= 8) {
            for (std::size_t i = 0; i + 8 < n; i += 8) hash = mix(hash ^ load<std::uint64_t>(p + i));
            last = load<std::uint64_t>(p + n - 8);
        } else if (n >= 4) {
            last = (std::uint64_t{load<std::uint32_t>(p)} << 32) | load<std::uint32_t>(p + n - 4);
        } else if (n > 0) {
            last = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
                   (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) | static_cast<unsigned char>(p[n - 1]);
        }
        return static_cast<std::size_t>(mix(hash ^ last));
    }

private:
    template <class Word>
    static Word load(const char* p) {
        Word word;
        std::memcpy(&word, p, sizeof word);
        return word;
    }
    /// A multiply and shifts that spread every input bit over the result (MurmurHash3's finalizer).
    static std::uint64_t mix(std::uint64_t x) {
        x = (x ^ (x >> 33)) * 0xFF51AFD7ED558CCDull;
        return x ^ (x >> 29);
    }
};

/// Word tables keyed by std::string, looked up by any string type (see
/// flat_word_table.hpp for how they differ from the standard containers).
using WordSet = FlatWordTable<std::string, WordHash>;
template <class Value>
using WordMap = FlatWordTable<std::pair<const std::string, Value>, WordHash>;

/// `table.contains(word)` and `table.find(word)` for a short word table asked
/// about nearly every word of a text: most words are told apart by their
/// length or first byte alone, with no hash (FlatWordTable::may_contain).
template <class Table>
[[gnu::always_inline]] inline bool in_short_table(const Table& table, std::string_view word) {
    return table.may_contain(word) && table.contains(word);
}
template <class Table>
[[gnu::always_inline]] inline auto find_in_short_table(const Table& table, std::string_view word) {
    return table.may_contain(word) ? table.find(word) : table.end();
}

/// Lower-cases (full Unicode case folding through ICU) and folds curly quotes
/// and apostrophes to straight ones.
std::string fold_case(std::string_view text);

/// Folds curly quotes and apostrophes to straight ones, keeps case.
std::string fold_quotes(std::string_view text);

/// The answers of starts_upper and starts_letter for a text that does not start with ASCII.
bool starts_upper_beyond_ascii(std::string_view text);
bool starts_letter_beyond_ascii(std::string_view text);

/// True when the first code point is an upper-case or title-case letter.
/// Inline for ASCII (no ASCII letter is title case): it is asked of nearly every token.
inline bool starts_upper(std::string_view text) {
    if (!text.empty() && static_cast<unsigned char>(text[0]) < 0x80) return text[0] >= 'A' && text[0] <= 'Z';
    return starts_upper_beyond_ascii(text);
}

/// True when every letter is upper case and there are at least two letters.
bool all_upper(std::string_view text);

/// True for a Roman numeral written as numerals are, in capitals or in lower case
/// throughout: "XIII", "vi". Not "Lili" or "civil", which only use its letters.
bool is_roman_numeral(std::string_view word);

/// How many letters a word has, and how many of them are capitals.
struct LetterCounts {
    int letters = 0, upper = 0;
};
LetterCounts count_letters(std::string_view text);

/// True when the first code point is a letter. Inline for ASCII, as starts_upper.
inline bool starts_letter(std::string_view text) {
    if (!text.empty() && static_cast<unsigned char>(text[0]) < 0x80)
        return (text[0] >= 'a' && text[0] <= 'z') || (text[0] >= 'A' && text[0] <= 'Z');
    return starts_letter_beyond_ascii(text);
}

std::string_view trim(std::string_view text);

/// True when `text` ends with `suffix` and keeps at least `min_stem` bytes before it.
bool has_suffix(std::string_view text, std::string_view suffix, std::size_t min_stem = 0);

std::vector<std::string_view> split(std::string_view text, char separator);

/// Length of the UTF-8 sequence starting at `i`, or 0 if it is invalid
/// (truncated, overlong, a surrogate, or beyond U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

/// How many tokens the word breaker makes of a word-list entry: a word each, and a hyphen two
/// more, as it stands alone between its words ("right-hand man": right - hand man).
inline std::size_t entry_token_count(std::string_view entry) {
    std::size_t count = 1;
    for (const char c : entry) count += c == ' ' ? 1 : c == '-' ? 2 : 0;
    return count;
}

/// What a plural noun may be the plural of: men -> man, geese -> goose, thieves -> thief,
/// parties -> party, witches -> witch, muggers -> mugger. Each is written
/// after `stem` into `form` and handed to `fits`, in that order, until it
/// fits: this runs for most nouns, so it builds no list and no substring.
template <class Fits>
bool some_singular_fits(std::string_view stem, std::string_view word, std::string& form, Fits fits) {
    const auto ends = [&](std::string_view tail) { return word.size() > tail.size() && word.ends_with(tail); };
    const auto try_form = [&](std::size_t cut, std::string_view tail) {
        form.assign(stem).append(word.substr(0, word.size() - cut)).append(tail);
        return fits(form);
    };
    if (word == std::string_view("men") || ends("men")) return try_form(3, "man");
    if (word == std::string_view("children")) return try_form(word.size(), "child");
    if (word == std::string_view("people")) return try_form(word.size(), "person");
    if (word == std::string_view("geese")) return try_form(word.size(), "goose");  // "frees the geese"
    if (word == std::string_view("mice")) return try_form(word.size(), "mouse");
    if (word == std::string_view("oxen")) return try_form(word.size(), "ox");
    if (ends("ies")) return try_form(3, "y");
    if (ends("ves")) return try_form(3, "f") || try_form(3, "fe");
    if (ends("es")) return try_form(2, "") || try_form(1, "");
    if (ends("s") && !ends("ss")) return try_form(1, "");
    return false;
}

}  // namespace plotgraph::detail
