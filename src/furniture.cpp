#include "furniture.hpp"

#include "text_util.hpp"

#include <algorithm>

namespace plotgraph::detail {
namespace {

void blank(std::string& mask, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        if (mask[i] != '\n') mask[i] = ' ';
    }
}

/// The inline rules that may match `line`, ascending: those the set finds
/// matching, in one pass over it, instead of a search per rule that has no
/// word for the prefilter; else (no set, or its automaton out of memory on
/// this line) the prefilter's candidates. Each is still searched.
void inline_rules_to_try(const RuleData& rules, std::string_view line, std::vector<int>& out) {
    RE2::Set::ErrorInfo error{};
    const RE2::Set* set = rules.furniture_inline_set.get();
    if (set && set->Match(re2::StringPiece(line.data(), line.size()), &out, &error)) {
        std::sort(out.begin(), out.end());
        return;
    }
    if (set && error.kind == RE2::Set::kNoError) return;  // none matches
    rules.furniture_inline_prefilter.candidates(line, out);
}

}  // namespace

void FurnitureFilter::run(Document& document) const {
    document.story_mask = document.text;
    std::string& mask = document.story_mask;
    std::size_t line_begin = 0;
    while (line_begin < mask.size()) {
        std::size_t line_end = mask.find('\n', line_begin);
        if (line_end == std::string::npos) line_end = mask.size();
        const std::string_view line(document.text.data() + line_begin, line_end - line_begin);
        const std::string_view trimmed = trim(line);
        bool whole_line = false;
        std::vector<int> candidates;
        if (!trimmed.empty()) rules_.furniture_line_prefilter.candidates(trimmed, candidates);
        for (const int candidate : candidates) {
            const FurnitureRule& rule = rules_.furniture[rules_.furniture_line_rules[static_cast<std::size_t>(candidate)]];
            if (RE2::FullMatch(re2::StringPiece(trimmed.data(), trimmed.size()), *rule.pattern)) {
                whole_line = true;
                break;
            }
        }
        if (whole_line) {
            blank(mask, line_begin, line_end);
        } else {
            inline_rules_to_try(rules_, line, candidates);
            for (const int candidate : candidates) {
                const FurnitureRule& rule =
                    rules_.furniture[rules_.furniture_inline_rules[static_cast<std::size_t>(candidate)]];
                re2::StringPiece rest(line.data(), line.size());
                re2::StringPiece match;
                while (!rest.empty() &&
                       rule.pattern->Match(rest, 0, rest.size(), RE2::UNANCHORED, &match, 1)) {
                    const auto begin = static_cast<std::size_t>(match.data() - document.text.data());
                    blank(mask, begin, begin + match.size());
                    // An empty match must still advance, or the loop never ends.
                    const std::size_t consumed =
                        static_cast<std::size_t>(match.data() - rest.data()) + std::max<std::size_t>(match.size(), 1);
                    if (consumed >= rest.size()) break;
                    rest.remove_prefix(consumed);
                }
            }
        }
        line_begin = line_end + 1;
    }
}

}  // namespace plotgraph::detail
