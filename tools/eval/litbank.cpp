#include <eval/litbank.hpp>

#include <plotgraph/error.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <initializer_list>
#include <unordered_set>
#include <utility>

#include "text_util.hpp"

namespace plotgraph::eval {
namespace {

using detail::split;  // the library's own, shared with the rule loader

std::size_t parse_index(std::string_view field, const char* what, const Location& where) {
    std::size_t value = 0;
    const auto* first = field.data();
    const auto* last = field.data() + field.size();
    const auto [end, error] = std::from_chars(first, last, value);
    if (field.empty() || error != std::errc{} || end != last)
        throw Error(where, std::string(what) + " is not a non-negative integer: '" +
                               std::string(field) + "'");
    return value;
}

bool is_one_of(std::string_view value, std::initializer_list<std::string_view> allowed) {
    for (auto candidate : allowed)
        if (value == candidate) return true;
    return false;
}

}  // namespace

TokenTable::TokenTable(std::string_view text) {
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        // Tokens are maximal runs of non-space bytes, so a stray double space
        // cannot shift the token numbering.
        std::vector<Span> tokens;
        std::size_t i = line_start;
        while (i < line_end) {
            while (i < line_end && text[i] == ' ') ++i;
            const std::size_t begin = i;
            while (i < line_end && text[i] != ' ') ++i;
            if (i > begin) tokens.push_back(Span{begin, i});
        }
        sentences_.push_back(std::move(tokens));
        line_start = line_end + 1;
    }
}

std::size_t TokenTable::token_count(std::size_t sentence) const {
    if (sentence >= sentences_.size())
        throw Error("sentence " + std::to_string(sentence) + " out of range (the text has " +
                    std::to_string(sentences_.size()) + " sentences)");
    return sentences_[sentence].size();
}

Span TokenTable::span(std::size_t start_sentence, std::size_t start_token,
                      std::size_t end_sentence, std::size_t end_token) const {
    auto token = [this](std::size_t sentence, std::size_t index) {
        if (index >= token_count(sentence))
            throw Error("token " + std::to_string(index) + " out of range (sentence " +
                        std::to_string(sentence) + " has " +
                        std::to_string(sentences_[sentence].size()) + " tokens)");
        return sentences_[sentence][index];
    };
    const Span first = token(start_sentence, start_token);
    const Span last = token(end_sentence, end_token);
    if (last.end <= first.begin) throw Error("mention ends before it starts");
    return Span{first.begin, last.end};
}

Annotation parse_annotation(std::string_view content, const std::string& source) {
    Annotation annotation;
    std::unordered_set<std::string> ids;
    std::vector<std::pair<std::string, std::size_t>> coref_lines;  // id, line: checked at the end
    std::size_t line_number = 0;
    for (std::string_view line : split(content, '\n')) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        const Location where{source, line_number, std::nullopt};
        const auto fields = split(line, '\t');
        const std::string_view record = fields[0];
        if (record == "MENTION") {
            if (fields.size() != 9)
                throw Error(where, "MENTION line has " + std::to_string(fields.size()) +
                                       " fields, expected 9");
            AnnotatedMention mention;
            mention.id = std::string(fields[1]);
            mention.start_sentence = parse_index(fields[2], "start sentence", where);
            mention.start_token = parse_index(fields[3], "start token", where);
            mention.end_sentence = parse_index(fields[4], "end sentence", where);
            mention.end_token = parse_index(fields[5], "end token", where);
            mention.text = std::string(fields[6]);
            mention.type = std::string(fields[7]);
            mention.category = std::string(fields[8]);
            mention.line = line_number;
            if (mention.id.empty()) throw Error(where, "MENTION line has an empty id");
            if (!is_one_of(mention.type, {"PER", "LOC", "GPE", "FAC", "ORG", "VEH"}))
                throw Error(where, "unknown entity type '" + mention.type + "'");
            if (!is_one_of(mention.category, {"PROP", "NOM", "PRON"}))
                throw Error(where, "unknown mention category '" + mention.category + "'");
            if (!ids.insert(mention.id).second)
                throw Error(where, "duplicate mention id '" + mention.id + "'");
            annotation.mentions.push_back(std::move(mention));
        } else if (record == "COREF") {
            if (fields.size() != 3)
                throw Error(where, "COREF line has " + std::to_string(fields.size()) +
                                       " fields, expected 3");
            std::string id(fields[1]);
            if (!annotation.chain_of.emplace(id, std::string(fields[2])).second)
                throw Error(where, "mention '" + id + "' is in two COREF chains");
            coref_lines.emplace_back(std::move(id), line_number);
        } else if (record == "APPOS" || record == "COP") {
            continue;  // attribute links, not identity: not used for scoring
        } else {
            throw Error(where, "unknown record '" + std::string(record) +
                                   "' (expected MENTION, COREF, APPOS or COP)");
        }
    }
    // COREF lines may come before the MENTION they name, so check at the end.
    for (const auto& [id, line] : coref_lines)
        if (!ids.contains(id))
            throw Error(Location{source, line, std::nullopt},
                        "COREF names mention '" + id + "', which has no MENTION line");
    return annotation;
}

bool is_third_person_singular(std::string_view word) {
    std::string lower(word);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return is_one_of(lower, {"he", "him", "his", "himself", "she", "her", "hers", "herself"});
}

std::optional<EntityKind> kind_of_litbank_type(std::string_view type) {
    if (type == "PER") return EntityKind::character;
    if (type == "LOC" || type == "GPE" || type == "FAC") return EntityKind::place;
    if (type == "ORG") return EntityKind::organization;
    return std::nullopt;
}

GoldDocument gold_names(std::string name, std::string_view text, const Annotation& annotation,
                        const std::string& annotation_source) {
    const TokenTable tokens(text);
    GoldDocument document{std::move(name), {}, {}};
    for (const auto& mention : annotation.mentions) {
        const auto kind = kind_of_litbank_type(mention.type);
        if (!kind) continue;
        const auto chain = annotation.chain_of.find(mention.id);
        const bool scored_pronoun = mention.category == "PRON" && *kind == EntityKind::character &&
                                    chain != annotation.chain_of.end() && is_third_person_singular(mention.text);
        if (mention.category != "PROP" && !scored_pronoun) continue;
        const Location where{annotation_source, mention.line, std::nullopt};
        Span span;
        try {
            span = tokens.span(mention.start_sentence, mention.start_token, mention.end_sentence,
                               mention.end_token);
        } catch (const Error& e) {
            throw Error(where, e.message());
        }
        // The .ann repeats the tokens joined by single spaces, so a mismatch
        // means the .ann and .txt disagree and every offset would be suspect.
        // A mention across sentences is written with a space where the text has '\n'.
        std::string at_span(text.substr(span.begin, span.size()));
        std::replace(at_span.begin(), at_span.end(), '\n', ' ');
        if (at_span != mention.text)
            throw Error(where, "mention text '" + mention.text + "' differs from the text '" +
                                   at_span + "' at its tokens");
        if (scored_pronoun) {
            document.pronouns.push_back({mention.id, span, mention.text, chain->second});
            continue;
        }
        GoldName gold;
        gold.id = mention.id;
        gold.span = span;
        gold.kind = *kind;
        gold.type = mention.type;
        gold.text = mention.text;
        if (chain != annotation.chain_of.end()) gold.chain = chain->second;
        gold.sentence = mention.start_sentence;
        document.names.push_back(std::move(gold));
    }
    return document;
}

}  // namespace plotgraph::eval
