// Small UTF-8 string helpers shared by the stages.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plotgraph::detail {

/// Lower-cases (full Unicode case folding through ICU) and folds curly quotes
/// and apostrophes to straight ones.
std::string fold_case(std::string_view text);

/// Folds curly quotes and apostrophes to straight ones, keeps case.
std::string fold_quotes(std::string_view text);

/// True when the first code point is an upper-case or title-case letter.
bool starts_upper(std::string_view text);

/// True when every letter is upper case and there are at least two letters.
bool all_upper(std::string_view text);

/// How many letters a word has, and how many of them are capitals.
struct LetterCounts {
    int letters = 0, upper = 0;
};
LetterCounts count_letters(std::string_view text);

/// True when the first code point is a letter.
bool starts_letter(std::string_view text);

std::string_view trim(std::string_view text);

/// True when `text` ends with `suffix` and keeps at least `min_stem` bytes before it.
bool has_suffix(std::string_view text, std::string_view suffix, std::size_t min_stem = 0);

std::vector<std::string_view> split(std::string_view text, char separator);

/// Length of the UTF-8 sequence starting at `i`, or 0 if it is invalid
/// (truncated, overlong, a surrogate, or beyond U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace plotgraph::detail
