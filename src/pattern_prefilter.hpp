// Which of many RE2 patterns can match a text, found in one pass, so that
// only those few are searched (rule files hold dozens; a sentence matches few).
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace plotgraph::detail {

/// Finds which of a set of lower-case ASCII words occur in a text, ASCII
/// case ignored, in one pass (an Aho-Corasick automaton). It matches as RE2
/// does with case_sensitive(false): "k" also matches the Kelvin sign and "s"
/// the long s, the only non-ASCII letters that fold to ASCII ones. Built
/// once, it costs a few instructions a byte, where RE2::Set builds its DFA
/// lazily, state by state, on the texts themselves.
class WordMatcher {
public:
    /// False (and nothing built) when a word is empty or not lower-case ASCII.
    bool build(const std::vector<std::string>& words);

    /// The indices of the words found in `text`, ascending, each once.
    void find(std::string_view text, std::vector<int>& found) const;

private:
    std::array<std::uint8_t, 256> symbol_{};  // byte -> symbol; 0 for bytes no word has
    std::size_t classes_ = 1;
    std::vector<std::uint32_t> next_;          // row of a state (state * classes_) + symbol -> row of the next
    std::uint32_t first_output_row_ = 0;       // the states from this row on are where words end
    std::vector<std::uint32_t> first_output_;  // per such state, and one past the last: ranges of outputs_
    std::vector<int> outputs_;                 // the words ending at each such state, suffixes included
};

class PatternPrefilter {
public:
    /// Compiles `pattern` as the next pattern (numbered from 0) and returns
    /// it, kept for as long as the prefilter lives: callers match with it
    /// rather than compile the pattern again, which would double the cost of
    /// loading the rules. Null, with `error` set, when it does not compile.
    const RE2* add(std::string_view pattern, const RE2::Options& options, std::string& error);

    /// Indexes the patterns added. Returns an error message, or "" when the
    /// prefilter is ready.
    std::string build();

    /// The indices, ascending, of the patterns that may match `text`; every
    /// pattern that matches is among them.
    void candidates(std::string_view text, std::vector<int>& out) const;

private:
    /// The candidates given the atoms found, as FilteredRE2::AllPotentials
    /// answers, sorted; remembered per thread.
    void potentials(const std::vector<int>& atoms, std::vector<int>& out) const;

    std::uint64_t id_ = 0;             // names this prefilter's remembered answers: never reused
    re2::FilteredRE2 filter_{3};      // the patterns, and each one's required words ("atoms")
    WordMatcher words_;               // those words, when all are ASCII
    bool ascii_words_ = false;
    std::vector<int> without_words_;   // the candidates of a text with none of the words
    std::unique_ptr<RE2::Set> atoms_;  // else those words, found together in one pass by RE2
    int count_ = 0;
};

}  // namespace plotgraph::detail
