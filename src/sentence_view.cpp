#include "sentence_view.hpp"

#include "text_util.hpp"

#include <algorithm>

namespace plotgraph::detail {

// String comparisons with literals go through string_view: sizes first, no strlen.
using namespace std::string_view_literals;

namespace {

std::pair<std::size_t, std::size_t> position_of(const Mention& mention) { return {mention.doc, mention.sentence}; }
std::pair<std::size_t, std::size_t> position_of(const Event& event) { return {event.evidence.doc, event.sentence}; }
std::pair<std::size_t, std::size_t> position_of(const std::pair<std::size_t, std::size_t>& key) { return key; }

/// word = fold_case(text), in the word's own buffer when `text` is ASCII
/// (nearly every mention's text): one per mention of every sentence.
void set_folded(std::string& word, std::string_view text) {
    word.resize(text.size());
    char* out = word.data();
    unsigned char high = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        high |= static_cast<unsigned char>(c);
        out[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (high >= 0x80) word = fold_case(text);
}

}  // namespace

std::string surface(const Document& document, std::size_t first, std::size_t last) {
    const std::size_t begin = document.tokens[first].span.begin;
    const std::size_t end = document.tokens[last].span.end;
    return fold_quotes(std::string_view(document.text).substr(begin, end - begin));
}

std::optional<std::string> family_name_of(const std::vector<Mention>& mentions, std::size_t entity) {
    const std::string* longest = nullptr;
    for (const Mention& mention : mentions)
        if (mention.entity == entity && mention.form == MentionForm::name &&
            mention.text.find(' ') != std::string::npos && (!longest || mention.text.size() > longest->size()))
            longest = &mention.text;
    if (!longest) return std::nullopt;
    return fold_case(std::string_view(*longest).substr(longest->rfind(' ') + 1));
}

std::optional<std::size_t> acronym_after(const Document& document, std::size_t first, std::size_t last,
                                         std::size_t sentence_end) {
    const auto& tokens = document.tokens;
    if (last + 3 >= sentence_end || tokens[last + 1].norm != "("sv || tokens[last + 3].norm != ")"sv)
        return std::nullopt;
    const std::string& acronym = tokens[last + 2].norm;
    if (acronym.size() < 2 || !std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return std::nullopt;
    std::string initials;
    for (std::size_t k = first; k <= last; ++k)
        if (tokens[k].is_word && starts_upper(tokens[k].norm)) initials += tokens[k].norm[0];
    if (initials != acronym) return std::nullopt;
    return last + 2;
}

std::map<std::string, std::string> spelled_out_acronyms(const std::vector<Document>& documents,
                                                        const std::vector<Mention>& mentions) {
    std::map<std::string, std::string> spelled_out;
    for (const Mention& mention : mentions) {
        if (mention.form != MentionForm::name || mention.possessive) continue;
        const Document& document = documents[mention.doc];
        const Sentence& sentence = document.sentences[mention.sentence];
        const auto acronym =
            acronym_after(document, mention.first_token, mention.last_token, sentence.first_token + sentence.token_count);
        if (!acronym) continue;
        spelled_out.try_emplace(fold_case(document.tokens[*acronym].norm), fold_case(mention.text));
    }
    return spelled_out;
}

bool words_end_at(const Document& document, std::size_t sentence_first, std::size_t end,
                  const std::vector<std::string>& words) {
    if (end - sentence_first < words.size()) return false;
    const std::size_t start = end - words.size();
    for (std::size_t i = 0; i < words.size(); ++i)
        if (document.tokens[start + i].key != words[i]) return false;
    return true;
}


std::pair<std::vector<Mention>::const_iterator, std::vector<Mention>::const_iterator>
sentence_mentions(const Story& story, std::size_t doc, std::size_t sentence) {
    return std::equal_range(story.mentions.begin(), story.mentions.end(), std::make_pair(doc, sentence),
                            [](const auto& a, const auto& b) { return position_of(a) < position_of(b); });
}

std::span<const Event> events_in_sentence(const Story& story, std::size_t doc, std::size_t sentence) {
    const auto [first, last] =
        std::equal_range(story.events.begin(), story.events.end(), std::make_pair(doc, sentence),
                         [](const auto& a, const auto& b) { return position_of(a) < position_of(b); });
    return {first, last};
}

std::vector<SentenceItem> sentence_items(const Story& story, std::size_t doc, std::size_t sentence_index) {
    const Document& document = story.documents[doc];
    const Sentence& sentence = document.sentences[sentence_index];
    // The mention covering each token; an outer description ("his
    // grandfather") wins over the pronoun inside it.
    std::vector<const Mention*> cover(sentence.token_count, nullptr);
    const auto [first, last] = sentence_mentions(story, doc, sentence_index);
    for (auto it = first; it != last; ++it) {
        const Mention& mention = *it;
        if (!mention.entity) continue;
        for (std::size_t t = mention.first_token; t <= mention.last_token; ++t) {
            if (t < sentence.first_token || t >= sentence.first_token + sentence.token_count) continue;
            const Mention*& slot = cover[t - sentence.first_token];
            if (!slot || mention.last_token - mention.first_token > slot->last_token - slot->first_token) slot = &mention;
        }
    }
    std::vector<SentenceItem> items;
    items.reserve(sentence.token_count);  // at most one item per token
    for (std::size_t i = 0; i < sentence.token_count; ++i) {
        const std::size_t token = sentence.first_token + i;
        const Mention* mention = cover[i];
        if (mention && !items.empty() && items.back().mention == mention) {
            items.back().last_token = token;  // one item per mention
            continue;
        }
        std::size_t first_token = token;
        // "the Scarecrow, the Tin Man and the Lion": an article before a name is
        // part of its item, so lists of names read alike however they are written.
        if (mention && mention->form == MentionForm::name && mention->kind == EntityKind::character &&
            !items.empty() && !items.back().mention && items.back().word == "the"sv) {
            first_token = items.back().first_token;
            items.pop_back();
        }
        SentenceItem& item = items.emplace_back();  // built in place: one per word of every sentence
        item.first_token = first_token;
        item.last_token = token;
        if (mention) {
            item.mention = mention;
            item.entity = mention->entity;
            set_folded(item.word, mention->text);
            item.is_word = true;
        } else {
            item.word = document.tokens[token].key;
            item.is_word = document.tokens[token].is_word;
        }
    }
    return items;
}

SentenceItemCache::SentenceItemCache(const Story& story) : story_(story) {
    for (const Document& document : story.documents) items_.emplace_back(document.sentences.size());
}

const std::vector<SentenceItem>& SentenceItemCache::items(std::size_t doc, std::size_t sentence) {
    // A sentence has at least one token, so an empty entry is one not made yet.
    std::vector<SentenceItem>& items = items_[doc][sentence];
    if (items.empty()) items = sentence_items(story_, doc, sentence);
    return items;
}

}  // namespace plotgraph::detail
