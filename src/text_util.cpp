#include "text_util.hpp"

#include <algorithm>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace plotgraph::detail {
namespace {

UChar32 first_code_point(std::string_view text) {
    if (text.empty()) return U_SENTINEL;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    return c;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string fold_quotes(std::string_view text) {
    // Curly quotes start with the byte E2; most words have none to fold.
    if (text.find('\xE2') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        // U+2018..U+201B and U+201C..U+201F are E2 80 98..9F in UTF-8.
        if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
            static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const auto third = static_cast<unsigned char>(text[i + 2]);
            if (third >= 0x98 && third <= 0x9B) { out += '\''; i += 2; continue; }
            if (third >= 0x9C && third <= 0x9F) { out += '"'; i += 2; continue; }
        }
        out += text[i];
    }
    return out;
}

std::string fold_case(std::string_view text) {
    // Nearly every word is ASCII: lower it in one pass, without ICU.
    std::string out(text);
    bool ascii = true;
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    }
    if (ascii) return out;
    out.clear();
    const std::string quotes_folded = fold_quotes(text);
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(quotes_folded);
    unicode.foldCase();
    unicode.toUTF8String(out);
    return out;
}

/// Length of the UTF-8 sequence starting at `i`, or 0 if it is invalid
/// (truncated, overlong, a surrogate, or beyond U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) { length = 3; low = 0xA0; }
    else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
    else if (lead == 0xED) { length = 3; high = 0x9F; }
    else if (lead >= 0xEE && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) { length = 4; low = 0x90; }
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else if (lead == 0xF4) { length = 4; high = 0x8F; }
    else return 0;
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    }
    return length;
}

bool starts_upper_beyond_ascii(std::string_view text) {
    const UChar32 c = first_code_point(text);
    return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool starts_letter_beyond_ascii(std::string_view text) {
    const UChar32 c = first_code_point(text);
    return c >= 0 && u_isalpha(c);
}

LetterCounts count_letters(std::string_view text) {
    LetterCounts counts;
    int32_t i = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    while (i < length) {
        if (bytes[i] < 0x80) {  // ASCII, without ICU
            const char c = static_cast<char>(bytes[i++]);
            if (!is_ascii_letter(c)) continue;
            ++counts.letters;
            if (c <= 'Z') ++counts.upper;
            continue;
        }
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        ++counts.letters;
        if (u_isupper(c)) ++counts.upper;
    }
    return counts;
}

bool is_roman_numeral(std::string_view word) {
    if (word.empty() || word.size() > 15) return false;
    const bool lower = word[0] >= 'a' && word[0] <= 'z';
    std::string upper(word);
    for (char& c : upper) {
        if (lower && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        else if (lower || c < 'A' || c > 'Z') return false;
    }
    // Read its value, then write that value as a numeral: the two agree only for a well-formed one.
    static constexpr std::pair<int, std::string_view> numerals[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    int value = 0;
    std::string_view rest = upper;
    for (const auto& [amount, letters] : numerals)
        while (rest.starts_with(letters)) {
            value += amount;
            rest.remove_prefix(letters.size());
        }
    if (!rest.empty() || value == 0) return false;
    std::string written;
    for (const auto& [amount, letters] : numerals)
        for (; value >= amount; value -= amount) written.append(letters);
    return written == upper;
}

bool all_upper(std::string_view text) {
    // Most words have a lower-case ASCII letter early: that settles it.
    for (const char c : text) {
        if (c >= 'a' && c <= 'z') return false;
        if (static_cast<unsigned char>(c) >= 0x80) break;
    }
    const LetterCounts counts = count_letters(text);
    return counts.letters >= 2 && counts.upper == counts.letters;
}

std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

bool has_suffix(std::string_view text, std::string_view suffix, std::size_t min_stem) {
    return text.size() >= suffix.size() + min_stem && text.substr(text.size() - suffix.size()) == suffix;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    parts.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), separator)) + 1);
    // One pass over the bytes: the parts are short (words), and a search per
    // part would cost a call each.
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != separator) continue;
        parts.emplace_back(text.data() + start, i - start);
        start = i + 1;
    }
    parts.emplace_back(text.data() + start, text.size() - start);
    return parts;
}

}  // namespace plotgraph::detail
