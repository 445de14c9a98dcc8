// plotgraph-eval: reading LitBank's coreference layer (coref/tsv) into byte
// spans that can be compared with plotgraph's mentions.
//
// Nothing here touches files or prints: callers read the text and pass it in.
// Problems are reported by throwing plotgraph::Error naming the source and line.
#pragma once

#include <plotgraph/story.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plotgraph::eval {

/// Byte spans of the tokens of a LitBank text: one sentence a line (lines
/// joined by '\n'), tokens separated by spaces. A final newline does not
/// start a sentence.
class TokenTable {
public:
    explicit TokenTable(std::string_view text);

    std::size_t sentence_count() const { return sentences_.size(); }
    /// Throws plotgraph::Error if `sentence` is out of range.
    std::size_t token_count(std::size_t sentence) const;

    /// From the first byte of token (start_sentence, start_token) to the last
    /// byte of token (end_sentence, end_token), both inclusive, as a half-open
    /// byte span. Throws plotgraph::Error for a position out of range or an
    /// end before the start.
    Span span(std::size_t start_sentence, std::size_t start_token,
              std::size_t end_sentence, std::size_t end_token) const;

private:
    std::vector<std::vector<Span>> sentences_;
};

/// One MENTION line, as written.
struct AnnotatedMention {
    std::string id;  // "T12"
    std::size_t start_sentence = 0, start_token = 0;
    std::size_t end_sentence = 0, end_token = 0;  // inclusive
    std::string text;      // the tokens joined by single spaces
    std::string type;      // PER, LOC, GPE, FAC, ORG or VEH
    std::string category;  // PROP, NOM or PRON
    std::size_t line = 0;  // 1-based line in the .ann file, for messages
};

/// A parsed .ann file: its mentions in file order and, from the COREF lines,
/// the chain each mention belongs to. APPOS and COP lines are ignored.
struct Annotation {
    std::vector<AnnotatedMention> mentions;
    std::unordered_map<std::string, std::string> chain_of;  // mention id -> chain name
};

/// Parses the content of a coref/tsv .ann file. Throws plotgraph::Error
/// "source:line: message" for a malformed line (wrong field count, a
/// non-numeric position, an unknown type or category, a duplicate id) or a
/// COREF line naming no mention.
Annotation parse_annotation(std::string_view content, const std::string& source);

/// he, him, his, himself, she, her, hers, herself, in any case.
bool is_third_person_singular(std::string_view word);

/// PER -> character; LOC, GPE, FAC -> place; ORG -> organization; anything
/// else (VEH) -> nullopt.
std::optional<EntityKind> kind_of_litbank_type(std::string_view type);

/// A gold proper-name mention located in the text.
struct GoldName {
    std::string id;
    Span span;
    EntityKind kind = EntityKind::character;
    std::string type;   // the LitBank type, finer than `kind` for places
    std::string text;
    std::string chain;  // empty when no COREF line names the mention
    std::size_t sentence = 0;
};

/// A gold third-person singular pronoun of a person (he, him, his, himself,
/// she, her, hers, herself) in a COREF chain.
struct GoldPronoun {
    std::string id;
    Span span;
    std::string text;
    std::string chain;
};

struct GoldDocument {
    std::string name;
    std::vector<GoldName> names;  // in annotation order; nested names included
    std::vector<GoldPronoun> pronouns;  // in annotation order
};

/// The PROP mentions of a document whose type has a kind (VEH dropped), and
/// its third-person singular PER pronouns in a chain, as byte spans of `text`. Throws plotgraph::Error naming `annotation_source`
/// and the line of a mention whose tokens are out of range or whose text is
/// not the text at its span (the .ann does not belong to this .txt).
GoldDocument gold_names(std::string name, std::string_view text, const Annotation& annotation,
                        const std::string& annotation_source);

}  // namespace plotgraph::eval
