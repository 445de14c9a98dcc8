// Stage 3: finds mentions in segmented documents: proper names (people,
// places, organizations), role and kinship descriptions, and pronouns.
#pragma once

#include "rules_data.hpp"

#include <plotgraph/story.hpp>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace plotgraph::detail {

/// How each word is written across all documents of a story: the evidence
/// that decides whether a capitalized word at the start of a sentence is a name.
struct WordStats {
    WordMap<int> capitalized_inside;          // capitalized, not sentence-initial
    WordMap<int> lower_case;                  // written in lower case (words also capitalized)
    WordMap<int> lone_capitalized;            // capitalized, no capitalized neighbour
    WordMap<int> inside_run_end;              // capitalized, not sentence-initial, no capitalized word after
    WordMap<int> capitalized_pairs;           // "shelia kid": two capitalized words in a row
    WordMap<int> pairs_inside;                // the same, not opening a sentence ("later Little John")
    WordMap<std::string> word_before;         // "valjean" -> "jean": a capitalized word's first capitalized predecessor
    /// Counts the words of every summary of the story (all at once: which
    /// lower-case words matter depends on all of them).
    void add(const std::vector<Document>& documents);
    /// Whether two capitalized words are met together only once, and each
    /// at least twice alone: two names side by side, not one name.
    bool seen_apart(const std::string& first, const std::string& second) const;
    /// How often two capitalized words were met side by side, in this order.
    int count_pair(const std::string& first, const std::string& second) const;
};

/// How sure a name's kind is: a gazetteer entry, honorific or first name is
/// strong; a preposition or determiner before it is a cue; otherwise a default.
/// `placed` is a one-word gazetteer name with a place cue of its own ("to
/// Houston"): it keeps its kind, but votes for the name's other mentions only
/// as a cue does.
/// `stated` is a kind said outright ("the town of Rockwell"): it outranks a given-name list.
enum class KindEvidence { fallback = 0, cue = 1, placed = 2, strong = 3, stated = 4 };

class MentionFinder {
public:
    explicit MentionFinder(const RuleData& rules) : rules_(rules) {}

    /// Appends the document's mentions to `out`, in text order. Name mentions
    /// get a provisional kind; `settle_kinds` makes it agree across the story.
    /// `evidence` grows in step with `out` (one entry per mention).
    void run(const Document& document, std::size_t doc_index, const WordStats& stats,
             std::vector<Mention>& out, std::vector<KindEvidence>& evidence) const;

    /// Gives every name the kind of its strongest evidence anywhere in the
    /// story (a name once seen after "Mr." is a character everywhere).
    /// A place or organization keeps a "the" before it in its span ("the
    /// Thames"), as annotated corpora do; the entity's name drops it.
    void settle_kinds(const std::vector<Document>& documents, std::vector<Mention>& mentions,
                      const std::vector<KindEvidence>& evidence) const;

private:
    /// "Harold Hill ... Hill sells instruments": a given name before a word
    /// that ends place names (Hill, Hall, Wood, Lane, also surnames) is a
    /// person when the story calls a character by that word alone.
    void called_by_head_alone(const std::vector<Document>& documents, std::vector<Mention>& mentions) const;
    void link_kin_of_owners(const Document& document, std::size_t first_mention, std::vector<Mention>& out) const;
    /// "Adam has twin sons, Cal and Aron": kin that a character "has" is that character's kin.
    void link_kin_of_havers(const Document& document, std::size_t first_mention, std::vector<Mention>& out) const;
    struct Candidate {
        std::size_t first = 0, last = 0;  // inclusive token range
        bool possessive = false;
        bool include_possessive = false;  // "Bloomingdale's": the "'s" is part of the name
    };

    /// What find_names asks of a whole document about a word, counted once per document
    /// rather than by a pass over the document at each candidate (which a long text of
    /// "Doc ... Doc ..." made quadratic). Titles and words are keyed by their written form.
    struct DocumentWords {
        struct TitleUse {
            int alone = 0;       // with no capitalized word after it
            bool given = false;  // and once given as a name: "they name her Lady"
        };
        WordMap<TitleUse> titles;         // data/honorifics.tsv words, anywhere after the first token
        WordMap<int> titles_inside;       // the same inside a sentence, with no article or capital before: "so Doc challenges him"
        WordMap<std::size_t> first_given;  // data/not_names.txt words: the first token given as a name ("names the man Friday")
        WordSet opening_demonyms;         // keys: given names, also peoples', that open a longer name ("Christian de Neuvillette")
        WordSet surnames;                 // data/not_names.txt words that are a surname here ("Sir Thomas More ... More's")
        WordMap<int> definite_people;     // people's nouns after "the", by key: "the Persian" twice is someone
        WordSet common_acronyms;          // capitals set in parentheses after lower-case words: "adrenoleukodystrophy (ALD)"
    };
    DocumentWords document_words(const Document& document) const;
    /// Whether the words before `first` (not before `sentence_first`) give it as a name: "a baby
    /// named Jumbo", "names her son Jumbo", "a wolf, whom he calls Two Socks".
    bool given_as_name(const Document& document, std::size_t first, std::size_t sentence_first) const;
    void find_names(const Document& document, const Sentence& sentence, const WordStats& stats,
                    const DocumentWords& words, std::size_t doc_index, std::size_t sentence_index,
                    std::vector<Mention>& out, std::vector<KindEvidence>& evidence) const;
    void find_descriptions_and_pronouns(const Document& document, const Sentence& sentence, const DocumentWords& words,
                                        std::size_t doc_index, std::size_t sentence_index,
                                        std::size_t first_mention, std::vector<Mention>& out) const;
    /// The last token of the longest role noun starting at `head` (before
    /// `end`), with the noun in `role`; nullopt when none starts there.
    /// With `plural`, also the plural of a role noun ("muggers"), saying so.
    std::optional<std::size_t> role_noun_at(const Document& document, std::size_t head, std::size_t end,
                                            std::string& role, bool* plural = nullptr) const;
    /// At an opening quote after a noun for a work ("a new comedy, "Romeo and Ethel"", "the
    /// tale "The Frog Prince""; data/work_nouns.txt): the index of the closing quote of that
    /// title, whose names name no one in the story; 0 when the quote opens no such title.
    std::size_t quoted_title_end(const Document& document, const Sentence& sentence, std::size_t quote) const;
    bool initial_word_is_name(const std::string& key, const WordStats& stats) const;
    /// A noun or title for someone ("witch", "duke"): what may own an "of the" phrase in a name.
    bool names_someone(const std::string& key) const;
    KindEvidence classify(const Document& document, const Sentence& sentence,
                          const Candidate& candidate, Mention& mention) const;

    const RuleData& rules_;
};

}  // namespace plotgraph::detail
