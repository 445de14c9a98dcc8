#include "name_keys.hpp"

#include "text_util.hpp"

#include <plotgraph/error.hpp>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace plotgraph::detail {
namespace {

/// ICU transliterators keep internal state while they run: one per thread.
icu::Transliterator& to_ascii() {
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            "Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) throw Error(std::string("ICU transliterator: ") + u_errorName(status));
        return created;
    }();
    return *transliterator;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}


}  // namespace

std::string name_key(std::string_view name) {
    bool ascii = true;
    for (char c : name) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    std::string folded;
    if (ascii) {
        folded.assign(name);
        for (char& c : folded) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    } else {
        icu::UnicodeString text = icu::UnicodeString::fromUTF8(
            icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
        to_ascii().transliterate(text);
        text.toUTF8String(folded);
    }
    std::string key;
    for (char c : folded) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
        else if ((c == ' ' || c == '-') && !key.empty() && key.back() != ' ') key += ' ';
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

std::string variant_skeleton(std::string_view key) {
    std::string s(key);
    if (has_suffix(s, "ff")) s.replace(s.size() - 2, 2, "v");  // Ivanoff, Smirnoff
    replace_all(s, "tch", "ch");                               // Tchaikovsky, Tchekhov
    replace_all(s, "ph", "f");
    replace_all(s, "ck", "k");
    replace_all(s, "kh", "h");
    replace_all(s, "w", "v");
    replace_all(s, "y", "i");
    // Doubled letters collapse (Chaykovskiy -> chaikovskii -> chaikovski).
    std::string collapsed;
    for (char c : s) {
        if (collapsed.empty() || collapsed.back() != c) collapsed += c;
    }
    return collapsed;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        std::size_t row_min = d[i][0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            row_min = std::min(row_min, d[i][j]);
        }
        if (row_min > limit) return limit + 1;
    }
    return d[n][m];
}

bool is_spelling_variant(std::string_view a, std::string_view b) {
    if (a == b) return true;
    // George V and George VI are two kings: a regnal number is no spelling.
    if (is_roman_numeral(a) || is_roman_numeral(b)) return false;
    if (variant_skeleton(a) == variant_skeleton(b)) {
        // Ivanov/Ivanova, Petrov/Petrova: a feminine ending is another person.
        return !(has_suffix(a, "a") != has_suffix(b, "a"));
    }
    // "Fagan" for Fagen: in a five-letter name, one vowel inside swapped for another.
    if (a.size() == 5 && b.size() == 5 && a.front() == b.front() && a.back() == b.back()) {
        const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
        std::size_t differing = 0, at = 0;
        for (std::size_t k = 0; k < 5; ++k)
            if (a[k] != b[k]) ++differing, at = k;
        if (differing == 1 && vowel(a[at]) && vowel(b[at])) return true;
    }
    if (a.size() < 6 || b.size() < 6 || a.front() != b.front()) return false;
    if (edit_distance(a, b, 1) > 1) return false;
    // One edit, but not at the last letter: Ivanov/Ivanova, Carlo/Carla, Mario/Maria differ there.
    // A final silent "e" swapped with the letter before is a slip of the hand, though:
    // Everdene/Everdeen (but Christina/Christian are two names).
    const std::string_view shorter = a.size() <= b.size() ? a : b;
    const std::string_view longer = a.size() <= b.size() ? b : a;
    const std::size_t n = a.size();
    const bool last_two_swapped = a.size() == b.size() && a.substr(0, n - 2) == b.substr(0, n - 2) &&
                                  a[n - 2] == b[n - 1] && a[n - 1] == b[n - 2] && (a.back() == 'e' || b.back() == 'e');
    return shorter.back() == longer.back() || last_two_swapped;
}

}  // namespace plotgraph::detail
