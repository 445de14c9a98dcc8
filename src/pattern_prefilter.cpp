#include "pattern_prefilter.hpp"

#include <algorithm>
#include <numeric>

namespace plotgraph::detail {

std::string PatternPrefilter::build(const std::vector<const RE2*>& patterns) {
    RE2::Options options;
    options.set_log_errors(false);
    for (const RE2* pattern : patterns) {
        int id = 0;
        RE2::Options own = pattern->options();
        own.set_log_errors(false);
        if (filter_.Add(pattern->pattern(), own, &id) != RE2::NoError)
            return "pattern " + std::to_string(count_ + 1) + " cannot be indexed: " + pattern->pattern();
        ++count_;
    }
    std::vector<std::string> atoms;
    filter_.Compile(&atoms);
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
    if (!atoms_) return;
    std::vector<int> found;
    RE2::Set::ErrorInfo error{};
    const re2::StringPiece piece(text.data(), text.size());
    if (atoms_->Match(piece, &found, &error) || error.kind == RE2::Set::kNoError) {
        filter_.AllPotentials(found, &out);
        std::sort(out.begin(), out.end());
        return;
    }
    // The automaton ran out of memory on this text: every pattern is a candidate.
    out.resize(static_cast<std::size_t>(count_));
    std::iota(out.begin(), out.end(), 0);
}

}  // namespace plotgraph::detail
