// A sentence as the relation and event finders read it: one item per word,
// except that each mention of an entity is a single item.
#pragma once

#include <plotgraph/story.hpp>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace plotgraph::detail {

struct SentenceItem {
    std::string word;                   // lower-case token; for a mention, its text lower-cased
    const Mention* mention = nullptr;   // the widest mention covering the token(s), if any
    std::optional<std::size_t> entity;  // the mention's entity
    std::size_t first_token = 0, last_token = 0;  // inclusive, into Document::tokens
    bool is_word = false;               // a word token (not punctuation)
    // Inline: asked of nearly every item by the event finder.
    bool is_character() const { return mention && entity && mention->kind == EntityKind::character; }
    bool is_place() const { return mention && entity && mention->kind == EntityKind::place; }
};

/// The text of tokens first..last (inclusive) as written, quotes folded.
std::string surface(const Document& document, std::size_t first, std::size_t last);

/// Whether `words` (token keys) are the tokens right before token `end`, within the
/// sentence that begins at token `sentence_first`: "portrayed by", "turns out to be".
bool words_end_at(const Document& document, std::size_t sentence_first, std::size_t end,
                  const std::vector<std::string>& words);

/// The family name a story gives a character: the last word, case-folded, of the longest
/// of its name mentions of several words ("Fern Arable" -> "arable"); none when all are one word.
std::optional<std::string> family_name_of(const std::vector<Mention>& mentions, std::size_t entity);

/// "Sports Management International (SMI)": the token of an acronym in parentheses right
/// after the name on tokens first..last, whose letters are the initials of the name's
/// capitalized words; none otherwise.
std::optional<std::size_t> acronym_after(const Document& document, std::size_t first, std::size_t last,
                                         std::size_t sentence_end);

/// Every acronym the story spells out after a name mention, case-folded, to that mention's
/// text case-folded: "smi" -> "sports management international", "cia" -> "the central
/// intelligence agency".
std::map<std::string, std::string> spelled_out_acronyms(const std::vector<Document>& documents,
                                                        const std::vector<Mention>& mentions);

/// The items of one sentence in order. A mention whose entity is unknown is
/// left as its words.
std::vector<SentenceItem> sentence_items(const Story& story, std::size_t doc, std::size_t sentence);

/// Each sentence's items, made once and shared by the stages that read them
/// (events, relations). The story's mentions must not change meanwhile: items
/// point into them.
class SentenceItemCache {
public:
    explicit SentenceItemCache(const Story& story);
    const std::vector<SentenceItem>& items(std::size_t doc, std::size_t sentence);

private:
    const Story& story_;
    std::vector<std::vector<std::vector<SentenceItem>>> items_;  // [doc][sentence], empty until asked for
};

/// The mentions of one sentence: a run of Story::mentions (which is in text
/// order), found by binary search.
std::pair<std::vector<Mention>::const_iterator, std::vector<Mention>::const_iterator>
sentence_mentions(const Story& story, std::size_t doc, std::size_t sentence);

/// The events told in one sentence: a run of Story::events (which is in text
/// order), found the same way, so that long stories cost no more per sentence.
std::span<const Event> events_in_sentence(const Story& story, std::size_t doc, std::size_t sentence);

}  // namespace plotgraph::detail
