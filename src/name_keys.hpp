// Comparison keys for names: how two spellings of one name are recognised.
#pragma once

#include <string>
#include <string_view>

namespace plotgraph::detail {

/// Lower-case ASCII form through ICU transliteration ("Владимир" -> "vladimir",
/// "José" -> "jose", "Zoë" -> "zoe"); non-letters other than single spaces dropped.
std::string name_key(std::string_view name);

/// A coarser key under which common transliteration and spelling variants
/// coincide: Ivanoff/Ivanov, Tchaikovsky/Chaykovskiy, Chekhov/Tchekhoff.
std::string variant_skeleton(std::string_view key);

/// True when two keys of one name part are probably one name misspelt:
/// one edit apart (Lombardo/Lomardo), long enough, same first letter, and
/// not a gendered pair that differs only at the end (Ivanov/Ivanova).
bool is_spelling_variant(std::string_view a, std::string_view b);

/// Damerau-Levenshtein distance, stopping early above `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace plotgraph::detail
