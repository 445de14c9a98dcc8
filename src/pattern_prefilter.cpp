#include "pattern_prefilter.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <deque>
#include <numeric>

#include "text_util.hpp"

namespace plotgraph::detail {

bool WordMatcher::build(const std::vector<std::string>& words) {
    // Symbols: one per distinct character of the words, upper and lower case alike.
    std::size_t classes = 1;
    std::array<std::uint8_t, 256> symbol{};
    for (const std::string& word : words) {
        if (word.empty()) return false;
        for (const char c : word) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte >= 0x80 || (byte >= 'A' && byte <= 'Z')) return false;
            if (symbol[byte] != 0) continue;
            if (classes == 256) return false;
            symbol[byte] = static_cast<std::uint8_t>(classes++);
            if (byte >= 'a' && byte <= 'z') symbol[byte - 'a' + 'A'] = symbol[byte];
        }
    }
    // The trie of the words; 0 is the root, and "no edge" while building.
    std::vector<std::uint32_t> next(classes, 0);
    std::vector<std::vector<int>> ends(1);
    for (std::size_t w = 0; w < words.size(); ++w) {
        std::uint32_t state = 0;
        for (const char c : words[w]) {
            std::uint32_t& edge = next[state * classes + symbol[static_cast<unsigned char>(c)]];
            if (edge == 0) {
                edge = static_cast<std::uint32_t>(ends.size());
                ends.emplace_back();
                next.resize(next.size() + classes, 0);
            }
            state = next[state * classes + symbol[static_cast<unsigned char>(c)]];
        }
        ends[state].push_back(static_cast<int>(w));
    }
    // Breadth first: each state's fallback (longest proper suffix in the trie)
    // is complete before the state, so edges and outputs can be copied from it.
    std::vector<std::uint32_t> fallback(ends.size(), 0);
    std::deque<std::uint32_t> queue;
    for (std::size_t s = 1; s < classes; ++s)
        if (next[s] != 0) queue.push_back(next[s]);
    while (!queue.empty()) {
        const std::uint32_t state = queue.front();
        queue.pop_front();
        const std::vector<int>& inherited = ends[fallback[state]];
        ends[state].insert(ends[state].end(), inherited.begin(), inherited.end());
        for (std::size_t s = 0; s < classes; ++s) {
            std::uint32_t& edge = next[state * classes + s];
            const std::uint32_t via_fallback = next[fallback[state] * classes + s];
            if (edge != 0 && s != 0) {
                fallback[edge] = via_fallback;
                queue.push_back(edge);
            } else {
                edge = via_fallback;
            }
        }
    }
    // Renumbered so that the states where words end come last: one comparison
    // then tells whether a state has any. Edges hold the target's row offset
    // (state * classes), which spares a multiplication per byte.
    const std::size_t states = ends.size();
    std::vector<std::uint32_t> number(states);
    std::uint32_t next_number = 0;
    for (const bool with_words : {false, true})
        for (std::size_t state = 0; state < states; ++state)
            if (ends[state].empty() != with_words) number[state] = next_number++;
    const auto row_of = [&](std::size_t state) { return static_cast<std::uint32_t>(number[state] * classes); };
    next_.assign(states * classes, 0);
    for (std::size_t state = 0; state < states; ++state)
        for (std::size_t s = 0; s < classes; ++s) next_[row_of(state) + s] = row_of(next[state * classes + s]);
    std::vector<std::size_t> by_number(states);
    for (std::size_t state = 0; state < states; ++state) by_number[number[state]] = state;
    first_output_row_ = static_cast<std::uint32_t>(states * classes);
    first_output_.assign(1, 0);
    outputs_.clear();
    for (const std::size_t state : by_number) {
        std::vector<int>& found = ends[state];
        if (found.empty()) continue;
        if (first_output_row_ == states * classes) first_output_row_ = row_of(state);
        std::sort(found.begin(), found.end());
        outputs_.insert(outputs_.end(), found.begin(), found.end());
        first_output_.push_back(static_cast<std::uint32_t>(outputs_.size()));
    }
    symbol_ = symbol;
    classes_ = classes;
    return true;
}

void WordMatcher::find(std::string_view text, std::vector<int>& found) const {
    found.clear();
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::uint32_t row = 0;  // the root's
    for (std::size_t i = 0; i < size; ++i) {
        unsigned char byte = bytes[i];
        if (byte >= 0x80) {
            // U+212A KELVIN SIGN (E2 84 AA) folds to "k", U+017F LONG S (C5 BF) to "s".
            if (byte == 0xE2 && i + 2 < size && bytes[i + 1] == 0x84 && bytes[i + 2] == 0xAA) {
                byte = 'k';
                i += 2;
            } else if (byte == 0xC5 && i + 1 < size && bytes[i + 1] == 0xBF) {
                byte = 's';
                i += 1;
            }
        }
        row = next_[row + symbol_[byte]];
        if (row >= first_output_row_) {
            const std::size_t k = (row - first_output_row_) / classes_;  // among the states where words end
            found.insert(found.end(), outputs_.begin() + first_output_[k], outputs_.begin() + first_output_[k + 1]);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
}

const RE2* PatternPrefilter::add(std::string_view pattern, const RE2::Options& options, std::string& error) {
    RE2::Options own = options;
    own.set_log_errors(false);
    const re2::StringPiece piece(pattern.data(), pattern.size());
    int id = 0;
    if (filter_.Add(piece, own, &id) != RE2::NoError) {
        // FilteredRE2 does not keep a pattern it rejects, nor say why: ask RE2 itself.
        error = RE2(piece, own).error();
        return nullptr;
    }
    ++count_;
    return &filter_.GetRE2(id);
}

std::string PatternPrefilter::build() {
    static std::atomic<std::uint64_t> last_id{0};
    id_ = ++last_id;
    RE2::Options options;
    options.set_log_errors(false);
    std::vector<std::string> atoms;
    filter_.Compile(&atoms);
    ascii_words_ = words_.build(atoms);
    if (ascii_words_) {
        // The patterns that need no word: the answer for every text that has none of them.
        filter_.AllPotentials({}, &without_words_);
        std::sort(without_words_.begin(), without_words_.end());
        return "";
    }
    // The atoms are lower case; the texts may not be.
    options.set_case_sensitive(false);
    atoms_ = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (const std::string& atom : atoms) {
        std::string error;
        if (atoms_->Add(RE2::QuoteMeta(atom), &error) < 0) return "word '" + atom + "' cannot be indexed: " + error;
    }
    if (!atoms_->Compile()) return "the patterns' words do not compile together";
    return "";
}

void PatternPrefilter::candidates(std::string_view text, std::vector<int>& out) const {
    out.clear();
    // Reused: this runs for every sentence, and a new vector would grow anew each time.
    thread_local std::vector<int> found;
    if (ascii_words_) {
        words_.find(text, found);
        if (found.empty()) {
            out = without_words_;
            return;
        }
        potentials(found, out);
        return;
    }
    if (!atoms_) return;
    RE2::Set::ErrorInfo error{};
    const re2::StringPiece piece(text.data(), text.size());
    if (atoms_->Match(piece, &found, &error) || error.kind == RE2::Set::kNoError) {
        potentials(found, out);
        return;
    }
    // The automaton ran out of memory on this text: every pattern is a candidate.
    out.resize(static_cast<std::size_t>(count_));
    std::iota(out.begin(), out.end(), 0);
}

void PatternPrefilter::potentials(const std::vector<int>& atoms, std::vector<int>& out) const {
    // AllPotentials walks RE2's tree of the patterns' atoms and allocates its
    // working sets on every call, while the same few sets of atoms come back
    // sentence after sentence ("his", "her"...): the answers are remembered,
    // by the atoms' bytes, in a table per prefilter and thread. A few tables
    // per thread, by id; a prefilter that finds its table taken by another
    // empties it, so memory stays bounded however many rule sets come and go.
    struct Remembered {
        std::uint64_t owner = 0;  // id of the prefilter whose answers these are; 0: none
        WordMap<std::vector<int>> answers;
    };
    constexpr std::size_t table_count = 8, most_answers = 4096;
    thread_local std::array<Remembered, table_count> tables;
    thread_local std::string key;
    Remembered& table = tables[id_ % table_count];
    if (table.owner != id_ || table.answers.size() >= most_answers) {
        table.answers.clear();
        table.owner = id_;
    }
    key.assign(reinterpret_cast<const char*>(atoms.data()), atoms.size() * sizeof(int));
    if (const auto known = table.answers.find(key); known != table.answers.end()) {
        out = known->second;
        return;
    }
    filter_.AllPotentials(atoms, &out);
    std::sort(out.begin(), out.end());
    table.answers.try_emplace(key, out);
}

}  // namespace plotgraph::detail
