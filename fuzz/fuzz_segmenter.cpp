// Fuzzes the furniture filter and the segmenter on any valid UTF-8 text.
// Invariants: tokens lie inside the text, in order, without overlap; the
// sentences cover tokens in order; no sentence is over 200 tokens.
#include <plotgraph/plotgraph.hpp>

#include "furniture.hpp"
#include "segmenter.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    try {
        plotgraph::validate_utf8(text, "fuzz");
    } catch (const plotgraph::Error&) {
        return 0;  // the reader refuses it before any stage sees it
    }
    const auto& rules = plotgraph::RuleSet::builtin()->data();
    plotgraph::Document document;
    document.text = text;
    document.story_mask = text;
    plotgraph::detail::FurnitureFilter(rules).run(document);
    check(document.story_mask.size() == text.size());
    plotgraph::detail::Segmenter(rules).run(document);

    std::size_t previous_end = 0;
    for (const plotgraph::Token& token : document.tokens) {
        check(token.span.begin >= previous_end && token.span.begin < token.span.end && token.span.end <= text.size());
        previous_end = token.span.end;
    }
    std::size_t next_token = 0;
    for (const plotgraph::Sentence& sentence : document.sentences) {
        check(sentence.first_token >= next_token && sentence.token_count > 0 && sentence.token_count <= 200);
        check(sentence.first_token + sentence.token_count <= document.tokens.size());
        next_token = sentence.first_token + sentence.token_count;
    }
    return 0;
}
