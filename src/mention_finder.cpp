#include "mention_finder.hpp"

#include <unordered_set>

#include "sentence_view.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace plotgraph::detail {

// String comparisons with literals go through string_view: sizes first, no strlen.
using namespace std::string_view_literals;
namespace {

bool is_opening_punctuation(std::string_view norm) {
    return norm == "\""sv || norm == "'"sv || norm == "("sv || norm == "["sv || norm == ":"sv || norm == "-"sv ||
           norm == "\xE2\x80\x94"sv || norm == "\xE2\x80\x93"sv;
}

/// Capitalization says nothing here: the first word of a sentence, or the
/// first word after an opening quote, bracket, colon or dash. Not after a semicolon,
/// which no one writes a capital after: "Charters and Caldicott, two Englishmen; Mr. Todhunter".
bool at_sentence_start(const Document& document, const Sentence& sentence, std::size_t token) {
    for (std::size_t i = token; i-- > sentence.first_token;) {
        const Token& previous = document.tokens[i];
        if (previous.is_word) return false;
        if (is_opening_punctuation(previous.norm)) return true;
    }
    return true;
}

/// "d'Artagnan", "l'Estrange": an elided lower-case particle before a capital.
[[gnu::always_inline]] inline bool elided_particle_name(std::string_view word) {
    return word.size() >= 4 && (word[0] == 'd' || word[0] == 'l') && word[1] == '\'' && starts_upper(word.substr(2));
}

/// Inline: asked of nearly every token by the name finder and the word counts.
[[gnu::always_inline]] inline bool is_capitalized_word(const Token& token) {
    return token.is_word && (starts_upper(token.norm) || elided_particle_name(token.norm));
}

/// A word in capitals beside one in title case are two things in running text:
/// "Miss Watkin WILL be cross", "MR. VILLARS Howard Grove". Short acronyms
/// ("USS Enterprise") stay joined.
bool capitals_change(const Token& a, const Token& b) {
    const LetterCounts x = count_letters(a.norm), y = count_letters(b.norm);
    const auto shouted = [](const LetterCounts& c) { return c.upper >= 4 && c.upper * 4 >= c.letters * 3; };
    const auto title_case = [](const LetterCounts& c) { return c.letters >= 2 && c.upper * 2 < c.letters; };
    if (is_roman_numeral(b.norm)) return false;  // "Louis XIII": a regnal number inside a name
    return (shouted(x) && title_case(y)) || (title_case(x) && shouted(y));
}

/// Headlines and shouted lines: most words in capitals.
bool mostly_upper_case(const Document& document, const Sentence& sentence) {
    int words = 0, upper = 0;
    for (std::size_t i = sentence.first_token; i < sentence.first_token + sentence.token_count; ++i) {
        const Token& token = document.tokens[i];
        if (!token.is_word || !starts_letter(token.norm)) continue;
        ++words;
        if (all_upper(token.norm)) ++upper;
    }
    return words >= 3 && upper * 10 >= words * 6;
}

/// "That'll", "Won't", "They're": a word with a contracted verb or "not" after an apostrophe.
bool is_contraction(std::string_view word) {
    const std::size_t apostrophe = word.find('\'');
    if (apostrophe == std::string_view::npos || apostrophe < 2) return false;
    const std::string_view tail = word.substr(apostrophe + 1);
    return tail == "ll"sv || tail == "re"sv || tail == "ve"sv || tail == "d"sv || tail == "m"sv || tail == "t"sv;
}

/// Lower-cased lookup key of a token range, single-spaced.
std::string range_key(const Document& document, std::size_t first, std::size_t last) {
    std::string key;
    for (std::size_t i = first; i <= last; ++i) {
        const Token& token = document.tokens[i];
        if (i > first && token.span.begin > document.tokens[i - 1].span.end) key += ' ';
        key += token.norm;
    }
    return fold_case(key);
}

/// Widens a mention by the token before it ("the Thames", "old Pontifex").
void take_previous_token(const Document& document, Mention& mention) {
    mention.first_token -= 1;
    mention.span.begin = document.tokens[mention.first_token].span.begin;
    mention.text = surface(document, mention.first_token, mention.last_token);
}

/// Grouped by length: this runs for every token, and a comparison with a
/// literal of known length compiles to a few instructions.
[[gnu::always_inline]] inline bool is_determiner(std::string_view key) {
    switch (key.size()) {
        case 2: return key == "my"sv;
        case 3: return key == "the"sv || key == "his"sv || key == "her"sv || key == "its"sv || key == "our"sv;
        case 4: return key == "your"sv;
        case 5: return key == "their"sv;
        default: return false;
    }
}

/// Punctuation that opens an apposition after a name.
bool is_apposition_mark(std::string_view token) {
    return token == ","sv || token == "("sv || token == "-"sv || token == "\u2013"sv || token == "\u2014"sv;
}

/// "Longshanks' nephew", "the Dursleys' son": an apostrophe right after a word ending in "s",
/// with a lower-case word right after it, marks a possessive as "'s" does.
/// Inline: asked of every token of a sentence, and nearly always answered by the first test.
[[gnu::always_inline]] inline bool is_plural_possessive_mark(const std::vector<Token>& tokens, std::size_t i,
                                                             std::size_t end) {
    if (i == 0 || i + 1 >= end || tokens[i].norm != "'"sv) return false;
    const Token& owner = tokens[i - 1];
    const Token& next = tokens[i + 1];
    return owner.is_word && owner.span.end == tokens[i].span.begin && owner.norm.ends_with('s') && next.is_word &&
           !starts_upper(next.norm) && tokens[i].span.end < next.span.begin;
}

/// A determiner or an indefinite article: "the Doctor", "a Christian", "his Ayah".
bool is_article_or_determiner(std::string_view key) { return is_determiner(key) || key == "a"sv || key == "an"sv; }

/// Words that count a group: "two young men", "several thugs". By length, as is_determiner.
[[gnu::always_inline]] inline bool is_group_determiner(std::string_view key) {
    switch (key.size()) {
        case 3: return key == "two"sv || key == "six"sv || key == "ten"sv;
        case 4: return key == "four"sv || key == "five"sv || key == "nine"sv || key == "some"sv || key == "both"sv || key == "many"sv;
        case 5: return key == "three"sv || key == "seven"sv || key == "eight"sv || key == "these"sv || key == "those"sv;
        case 7: return key == "several"sv;
        default: return false;
    }
}

/// How often a word was counted: 0 when never.
int count_of(const WordMap<int>& counts, const std::string& key) {
    const auto found = counts.find(key);
    return found == counts.end() ? 0 : found->second;
}

}  // namespace

void WordStats::add(const std::vector<Document>& documents) {
    // Lower-case uses are looked up only for words written capitalized
    // somewhere, so only those are counted: most words never are. Counted
    // here first, by one lookup a word, then kept where there are any.
    WordMap<int> capitalized;  // word -> its lower-case uses
    std::string pair;          // two capitalized words, reused
    for (const Document& document : documents) {
        for (const Sentence& sentence : document.sentences) {
            const std::size_t end = sentence.first_token + sentence.token_count;
            for (std::size_t i = sentence.first_token; i < end; ++i) {
                const Token& token = document.tokens[i];
                if (!token.is_word || !starts_upper(token.norm)) continue;
                const std::string& key = token.key;
                capitalized.try_emplace(key, 0);
                if (!at_sentence_start(document, sentence, i)) ++capitalized_inside[key];
                const bool capitalized_before = i > sentence.first_token && is_capitalized_word(document.tokens[i - 1]);
                const bool capitalized_after = i + 1 < end && is_capitalized_word(document.tokens[i + 1]);
                if (!capitalized_before && !capitalized_after) ++lone_capitalized[key];
                if (!capitalized_after && !at_sentence_start(document, sentence, i)) ++inside_run_end[key];
                if (capitalized_before) word_before.try_emplace(key, document.tokens[i - 1].key);
                if (capitalized_after) {
                    pair.assign(key).append(1, ' ').append(document.tokens[i + 1].key);
                    ++capitalized_pairs[pair];
                    if (!at_sentence_start(document, sentence, i)) ++pairs_inside[pair];
                }
            }
        }
    }
    for (const Document& document : documents) {
        for (const Token& token : document.tokens) {
            if (!token.is_word || !starts_letter(token.norm) || starts_upper(token.norm)) continue;
            if (const auto found = capitalized.find(token.key); found != capitalized.end()) ++found->second;
        }
    }
    for (const auto& [word, uses] : capitalized)
        if (uses > 0) lower_case[word] += uses;
}

int WordStats::count_pair(const std::string& first, const std::string& second) const {
    return count_of(capitalized_pairs, first + ' ' + second);
}

bool WordStats::seen_apart(const std::string& first, const std::string& second) const {
    return count_pair(first, second) == 1 && count_of(lone_capitalized, first) >= 2 &&
           count_of(lone_capitalized, second) >= 2;
}

bool MentionFinder::initial_word_is_name(const std::string& key, const WordStats& stats) const {
    if (rules_.honorifics.count(key)) return true;
    if (rules_.not_names.count(key)) return false;
    const int inside = count_of(stats.capitalized_inside, key);
    const int lower = count_of(stats.lower_case, key);
    if (inside > 0 && inside >= lower) return true;
    if (lower > 0) return false;
    if (rules_.first_names.count(key) || rules_.gazetteer.count(key)) return true;
    if (rules_.common_word(key)) return false;
    // An unknown word shaped like a participle or adverb ("Unfazed,", "Grudgingly") is no name.
    const auto ends_with = [&](std::string_view suffix) { return has_suffix(key, suffix, 3); };
    return !(ends_with("ed") || ends_with("ing") || ends_with("ly"));
}

bool MentionFinder::names_someone(const std::string& key) const {
    return rules_.role_nouns.count(key) > 0 || rules_.honorifics.count(key) > 0;
}

void MentionFinder::run(const Document& document, std::size_t doc_index, const WordStats& stats,
                        std::vector<Mention>& out, std::vector<KindEvidence>& evidence) const {
    const DocumentWords words = document_words(document);
    for (std::size_t s = 0; s < document.sentences.size(); ++s) {
        const Sentence& sentence = document.sentences[s];
        const std::size_t first_mention = out.size();
        find_names(document, sentence, stats, words, doc_index, s, out, evidence);
        const std::size_t before = out.size();
        find_descriptions_and_pronouns(document, sentence, words, doc_index, s, first_mention, out);
        evidence.resize(out.size(), KindEvidence::strong);
        // Keep text order within the sentence (names first were only for convenience).
        std::vector<std::size_t> order(out.size() - first_mention);
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = first_mention + i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return out[a].span.begin < out[b].span.begin;
        });
        if (before == out.size()) continue;
        std::vector<std::size_t> new_index(out.size() - first_mention);
        for (std::size_t i = 0; i < order.size(); ++i) new_index[order[i] - first_mention] = first_mention + i;
        std::vector<Mention> sorted;
        std::vector<KindEvidence> sorted_evidence;
        sorted.reserve(order.size());
        sorted_evidence.reserve(order.size());
        for (std::size_t index : order) {
            sorted.push_back(std::move(out[index]));
            sorted_evidence.push_back(evidence[index]);
        }
        for (Mention& mention : sorted) {
            if (mention.owner_mention && *mention.owner_mention >= first_mention)
                mention.owner_mention = new_index[*mention.owner_mention - first_mention];
            if (mention.appositive_to && *mention.appositive_to >= first_mention)
                mention.appositive_to = new_index[*mention.appositive_to - first_mention];
        }
        std::move(sorted.begin(), sorted.end(), out.begin() + static_cast<std::ptrdiff_t>(first_mention));
        std::copy(sorted_evidence.begin(), sorted_evidence.end(),
                  evidence.begin() + static_cast<std::ptrdiff_t>(first_mention));
        link_kin_of_owners(document, first_mention, out);
        link_kin_of_havers(document, first_mention, out);
    }
}

void MentionFinder::link_kin_of_havers(const Document& document, std::size_t first_mention, std::vector<Mention>& out) const {
    for (std::size_t k = first_mention + 1; k < out.size(); ++k) {
        Mention& kin = out[k];
        // The description's span starts at its determiner and modifiers: "has two young sons".
        if (kin.form != MentionForm::description || kin.owner_mention || kin.first_token == 0 ||
            rules_.role_noun(kin.subtype).category != "kin"sv)
            continue;
        const std::size_t verb = kin.first_token - 1;
        const std::string& has = document.tokens[verb].key;
        if (has != "has"sv && has != "had"sv && has != "have"sv) continue;
        const Mention& haver = out[k - 1];
        if (haver.last_token + 1 != verb || haver.kind != EntityKind::character || haver.possessive || haver.plural)
            continue;
        kin.owner_mention = k - 1;
    }
}

void MentionFinder::link_kin_of_owners(const Document& document, std::size_t first_mention, std::vector<Mention>& out) const {
    // "Hiccup, the scrawny son of the village chief, Stoick": a kin term owned through
    // "of" by the mention right after it, as "the chief's son" is by the possessive.
    for (std::size_t k = first_mention; k + 1 < out.size(); ++k) {
        Mention& kin = out[k];
        if (kin.form != MentionForm::description || kin.owner_mention || kin.last_token + 2 >= document.tokens.size() ||
            document.tokens[kin.last_token + 1].key != "of"sv)
            continue;
        // So is a role that relates two people ("Horatio, a friend of Prince Hamlet").
        const auto role = rules_.role_nouns.find(kin.subtype);
        if (role == rules_.role_nouns.end() ||
            (role->second.category != "kin"sv && !rules_.role_relations.count(kin.subtype)))
            continue;
        // "the father of the player Everett Flatch": an article and a few lower-case words may
        // come before the owner's name.
        bool words_before_name = false;
        if (out[k + 1].first_token > kin.last_token + 2 && out[k + 1].first_token <= kin.last_token + 5 &&
            out[k + 1].form == MentionForm::name && document.tokens[kin.last_token + 2].key == "the"sv) {
            words_before_name = true;
            for (std::size_t t = kin.last_token + 3; t < out[k + 1].first_token; ++t)
                words_before_name = words_before_name && document.tokens[t].is_word &&
                                    !starts_upper(document.tokens[t].norm) && rules_.word_class(document.tokens[t].key).empty();
            // The name ends the phrase: not "the steward of the Evrémonde estate".
            const std::size_t after_name = out[k + 1].last_token + 1;
            if (after_name < document.tokens.size() && document.tokens[after_name].is_word &&
                !starts_upper(document.tokens[after_name].norm) && rules_.word_class(document.tokens[after_name].key).empty() &&
                !rules_.verbs.count(document.tokens[after_name].key))
                words_before_name = false;
        }
        if (out[k + 1].first_token != kin.last_token + 2 && !words_before_name) continue;
        // "the son of the king's counsellor, Polonius": the owner is what the possessive owns.
        std::size_t owner = k + 1;
        // "the niece of the brutal plantation owner Colonel Bishop": a description, then the name it
        // goes with, no comma between: the name is the owner.
        if (out[owner].form == MentionForm::description && !out[owner].possessive && owner + 1 < out.size() &&
            out[owner + 1].form == MentionForm::name && out[owner + 1].first_token == out[owner].last_token + 1)
            ++owner;
        // "an old friend of his father's": so is what "his" owns.
        while ((out[owner].possessive || out[owner].form == MentionForm::pronoun) && owner + 1 < out.size() &&
               out[owner + 1].owner_mention == owner)
            ++owner;
        // "Jack Ross, a friend of Kaffee's,": a possessive owning nothing after it owns the kin.
        const std::size_t after_possessive = out[owner].last_token + 2;
        const bool double_genitive = out[owner].possessive && after_possessive < document.tokens.size() &&
                                     !document.tokens[after_possessive].is_word;
        if ((!out[owner].possessive || double_genitive) && out[owner].kind == EntityKind::character &&
            out[owner].form != MentionForm::pronoun)
            kin.owner_mention = owner;
    }
}

std::size_t MentionFinder::quoted_title_end(const Document& document, const Sentence& sentence, std::size_t quote) const {
    const auto& tokens = document.tokens;
    const std::size_t end = sentence.first_token + sentence.token_count;
    constexpr std::size_t reach = 6;  // tokens back to the noun: "by", its author's name, a comma
    bool after_work = false;
    for (std::size_t k = quote; k > sentence.first_token && quote - k < reach;) {
        const Token& before = tokens[--k];
        if (rules_.work_nouns.count(before.key)) {
            after_work = true;
            break;
        }
        // "a dazzling performance of "Flight of the Bumblebee"": "of" may come between too.
        if (before.norm != ","sv && before.key != "by"sv && before.key != "of"sv && !is_capitalized_word(before)) break;
    }
    if (!after_work) return 0;
    for (std::size_t k = quote + 1; k < end; ++k)
        if (tokens[k].norm == "\""sv) return k;
    return 0;
}

bool MentionFinder::given_as_name(const Document& document, std::size_t first, std::size_t sentence_first) const {
    // A naming word right before, or a verb of naming a few lower-case words (its object) before.
    const auto& tokens = document.tokens;
    for (std::size_t k = first, looked = 0; k > sentence_first && looked < 4; ++looked) {
        const std::string& word = tokens[--k].key;
        if (looked == 0 && rules_.naming_words.count(word)) return true;
        // "a wolf, whom he calls Two Socks": the object went before, as a relative pronoun.
        const bool naming_verb = rules_.is_naming_verb(word);
        if (looked == 0 && naming_verb)
            for (std::size_t j = k, back = 0; j > sentence_first && back < 3; ++back)
                if (const std::string& before = tokens[--j].key; before == "whom"sv || before == "which"sv) return true;
        if (naming_verb) return looked > 0;
        if (!tokens[k].is_word || starts_upper(tokens[k].norm)) return false;
    }
    return false;
}

MentionFinder::DocumentWords MentionFinder::document_words(const Document& document) const {
    DocumentWords words;
    const auto& tokens = document.tokens;
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const Token& token = tokens[k];
        if (!rules_.honorifics.count(token.key)) continue;
        if (k + 1 < tokens.size() && starts_upper(tokens[k + 1].norm)) continue;
        DocumentWords::TitleUse& use = words.titles.try_emplace(token.norm).first->second;
        ++use.alone;
        use.given = use.given || given_as_name(document, k, 0);
    }
    for (const Sentence& sentence : document.sentences) {
        const std::size_t end = sentence.first_token + sentence.token_count;
        for (std::size_t k = sentence.first_token + 1; k < end; ++k) {
            if (!rules_.honorifics.count(tokens[k].key)) continue;
            // "Mr. Fox": an abbreviation's stop, then the name.
            const bool name_after =
                k + 1 < end && (starts_upper(tokens[k + 1].norm) || (tokens[k + 1].norm == "."sv && k + 2 < end));
            if (!name_after && !is_article_or_determiner(tokens[k - 1].key) && !starts_upper(tokens[k - 1].norm))
                ++words.titles_inside.try_emplace(tokens[k].norm, 0).first->second;
        }
    }
    for (std::size_t k = 1; k < tokens.size(); ++k)
        if (rules_.not_names.count(tokens[k].key) && !words.first_given.count(tokens[k].norm) && given_as_name(document, k, 0))
            words.first_given.try_emplace(tokens[k].norm, k);
    // "Sir Thomas More ... wants More's support ... appoints More": an ordinary word written after
    // a given name, and on its own, capitalized, inside sentences twice or more, is a surname.
    // Not "the Summer Olympics ... returned to the Olympics": a surname takes no article.
    WordMap<int> alone_inside;
    WordSet after_given_name;
    for (const Sentence& sentence : document.sentences)
        for (std::size_t k = sentence.first_token + 1; k < sentence.first_token + sentence.token_count; ++k) {
            if (!is_capitalized_word(tokens[k]) || !rules_.not_names.count(tokens[k].key) ||
                rules_.pronouns.count(tokens[k].key))  // "I", capitalized everywhere
                continue;
            const Token& before = tokens[k - 1];
            if (is_capitalized_word(before) && rules_.first_names.count(before.key))
                after_given_name.insert(tokens[k].norm);
            else if ((before.is_word || before.norm == ","sv) && !starts_upper(before.norm) &&
                     !is_article_or_determiner(before.key))
                ++alone_inside.try_emplace(tokens[k].norm, 0).first->second;
        }
    for (const auto& [word, count] : alone_inside)
        if (count >= 2 && after_given_name.count(word)) words.surnames.insert(word);
    for (std::size_t k = 1; k < tokens.size(); ++k)
        if (tokens[k - 1].key == "the"sv && is_capitalized_word(tokens[k]) && rules_.people_nouns.count(tokens[k].key))
            ++words.definite_people.try_emplace(tokens[k].key, 0).first->second;
    // "a rare disease, adrenoleukodystrophy (ALD)": capitals in parentheses right after a word in
    // lower case shorten a thing's name; they name no one anywhere in the document.
    for (std::size_t k = 2; k + 1 < tokens.size(); ++k)
        if (tokens[k - 1].norm == "("sv && tokens[k + 1].norm == ")"sv && tokens[k].norm.size() >= 2 &&
            all_upper(tokens[k].norm) && tokens[k - 2].is_word && !starts_upper(tokens[k - 2].norm))
            words.common_acronyms.insert(tokens[k].norm);
    for (std::size_t k = 0; k + 2 < tokens.size(); ++k) {
        if (!rules_.demonyms.count(tokens[k].key) || !rules_.first_names.count(tokens[k].key)) continue;
        const std::size_t next = rules_.particles.count(tokens[k + 1].key) ? k + 2 : k + 1;
        if (is_capitalized_word(tokens[next]) && !rules_.demonyms.count(tokens[next].key))
            words.opening_demonyms.insert(tokens[k].key);
    }
    return words;
}

void MentionFinder::find_names(const Document& document, const Sentence& sentence, const WordStats& stats,
                               const DocumentWords& words, std::size_t doc_index, std::size_t sentence_index,
                               std::vector<Mention>& out, std::vector<KindEvidence>& evidence) const {
    const auto& tokens = document.tokens;
    const std::size_t end = sentence.first_token + sentence.token_count;
    const bool headline = mostly_upper_case(document, sentence);
    const auto key_of = [&](std::size_t i) -> const std::string& { return tokens[i].key; };
    const auto adjacent = [&](std::size_t a, std::size_t b) { return tokens[a].span.end == tokens[b].span.begin; };
    // "a baby named Jumbo Junior", "names her son Jumbo Junior": words given as a name are
    // one, however ordinary.
    const auto given_as_name = [&](std::size_t first, std::size_t sentence_first) {
        return this->given_as_name(document, first, sentence_first);
    };

    // "Valentine's Day", "On Mother's Day", "New Year's Eve": a holiday, though its first word
    // is a given name.
    const auto holiday_at = [&](std::size_t k) {
        return k + 2 < end && is_capitalized_word(tokens[k]) && tokens[k + 1].norm == "'s"sv &&
               (key_of(k + 2) == "day"sv || key_of(k + 2) == "eve"sv) && starts_upper(tokens[k + 2].norm);
    };
    // The holiday's tokens from k ("New" before "Year's Eve" too), or 0 for none.
    const auto holiday_length = [&](std::size_t k) -> std::size_t {
        if (holiday_at(k)) return 3;
        return k < end && key_of(k) == "new"sv && holiday_at(k + 1) ? 4 : 0;
    };

    std::size_t i = sentence.first_token;
    while (i < end) {
        if (tokens[i].norm == "\""sv) {
            if (const std::size_t close = quoted_title_end(document, sentence, i)) {
                i = close + 1;
                continue;
            }
        }
        if (!is_capitalized_word(tokens[i])) { ++i; continue; }
        // "a priceless painting, Boy with Apple, to Gustave": a title set off by commas after a
        // noun for a work (data/work_nouns.txt), unquoted; the names in it name no one.
        // Not "the subject of the story, Piscine Molitor Patel": a work owned by "of" is no title's noun.
        const bool of_work = i >= sentence.first_token + 4 && key_of(i - 4) == "of"sv;
        if (i >= sentence.first_token + 2 && tokens[i - 1].norm == ","sv && !starts_upper(tokens[i - 2].norm) &&
            rules_.work_nouns.count(key_of(i - 2)) && !of_work) {
            // Title case: capitalized words and small ones between ("Boy with Apple").
            const auto title_word = [&](std::size_t k) {
                static const std::array<std::string_view, 9> small{"with", "of", "the", "and", "in", "a", "an", "on", "for"};
                return is_capitalized_word(tokens[k]) ||
                       std::find(small.begin(), small.end(), std::string_view(key_of(k))) != small.end();
            };
            std::size_t close = i + 1;
            while (close < end && close < i + 8 && tokens[close].is_word && title_word(close)) ++close;
            if (close < end && close > i + 1 && is_capitalized_word(tokens[close - 1]) &&
                (tokens[close].norm == ","sv || tokens[close].norm == "."sv)) {
                i = close;
                continue;
            }
        }
        if (const std::size_t length = holiday_length(i)) {
            i += length;
            continue;
        }
        if (rules_.not_names.count(key_of(i)) && holiday_length(i + 1)) {
            i += 1 + holiday_length(i + 1);
            continue;
        }
        // "a one-eyed Bible salesman": an ordinary word, capitalized, before a noun for a person
        // says what kind of salesman; it names no one.
        if (i > sentence.first_token && i + 1 < end && tokens[i + 1].is_word && !starts_upper(tokens[i + 1].norm) &&
            rules_.common_words.count(key_of(i)) && !rules_.first_names.count(key_of(i)) &&
            !rules_.gazetteer.count(key_of(i)) && !rules_.demonyms.count(key_of(i)) &&
            !rules_.verbs.count(key_of(i + 1))) {  // "Babe guides them": a verb, not "guides"
            std::string role;
            bool plural = false;
            if (role_noun_at(document, i + 1, end, role, &plural)) {
                ++i;
                continue;
            }
        }
        // "That'll do, pig", "Won't": a contraction is no name (unlike "O'Hara", "D'Artagnan").
        if (is_contraction(tokens[i].norm)) {
            ++i;
            continue;
        }
        // "a Ferris wheel": a thing named with a capitalized word and the ordinary one after it;
        // "the 1924 Summer Olympics", "Christmas Eve": two capitalized words that name no one.
        if (i + 1 < end && tokens[i + 1].is_word && rules_.not_names.count(key_of(i) + ' ' + key_of(i + 1))) {
            i += 2;
            continue;
        }

        // Grow the run of capitalized words, titles with their period,
        // particles (van, de) and hyphens between capitalized parts.
        std::size_t last = i, last_word = i;
        bool capitalized_small_words = false;  // "Wind In His Hair": written so only in a name
        for (std::size_t k = i + 1; k < end; ++k) {
            const Token& token = tokens[k];
            if (tokens[last].is_word) last_word = last;
            const std::string& key = token.key;
            // A title inside a run starts another name: "... Holmes Mr. Holmes".
            // Not a title's word ending the sentence: "the bell-ringer of Notre Dame."
            // But "Martin Luther King Jr.": a title's word before a name's closing suffix is a surname.
            const bool suffix_follows = k + 1 < end && (rules_.closing_abbreviations.count(key_of(k + 1) + ".") > 0 ||
                                                        (is_roman_numeral(tokens[k + 1].norm) && tokens[k + 1].norm.size() > 1));
            // Not one hyphened on: "his Great-Aunt Sophy".
            // "Jimmy Rabbitte Sr.": a title that also closes names (data/closing_abbreviations.txt) closes this one.
            if (is_capitalized_word(token) && rules_.honorifics.count(key) && k + 1 < end && tokens[k - 1].norm != "-"sv &&
                !(rules_.closing_abbreviations.count(key + ".") && tokens[k + 1].norm == "."sv) &&
                ((tokens[k + 1].norm == "."sv && k + 2 < end) || is_capitalized_word(tokens[k + 1])) &&
                !rules_.honorifics.count(key_of(last)) && !suffix_follows &&
                // "Culture Minister Bruno Hempf", "Foreign Minister ...": an ordinary word opening the run is the title's.
                !(last == i && rules_.common_words.count(key_of(i)) && !rules_.first_names.count(key_of(i)) &&
                  !rules_.gazetteer.count(key_of(i))) &&
                !(rules_.surname_prefixes.count(key) && rules_.first_names.count(key_of(last))))  // "Marguerite St. Just"
                break;
            // "at Freetown John Clayton": a known place, then a person's name, are two names;
            // "Chester Kent", whose place is also a given name, is one unless a place cue comes before.
            // But "Buffalo Bill": a place word before a lone given name, no place cue before, is a nickname.
            const bool place_nickname = last == i && !rules_.honorifics.count(key) &&
                                        (k + 1 >= end || !is_capitalized_word(tokens[k + 1])) &&
                                        !(i > sentence.first_token && rules_.place_prepositions.count(key_of(i - 1)));
            if (is_capitalized_word(token) && (rules_.first_names.count(key) || rules_.honorifics.count(key)) &&
                rules_.gazetteer.count(range_key(document, i, last)) && !rules_.gazetteer.count(range_key(document, i, k)) &&
                (!rules_.first_names.count(range_key(document, i, last)) ||
                 (i > sentence.first_token && rules_.place_prepositions.count(key_of(i - 1)))) &&
                !place_nickname)
                break;
            if (is_capitalized_word(token) && !headline && capitals_change(tokens[last_word], token)) break;
            // "gives Shelia Kid's cheque": two names each used alone, together only
            // once and before "'s", are two characters, not one.
            if (is_capitalized_word(token) && last == i && k + 1 < end && tokens[k + 1].norm == "'s"sv &&
                stats.seen_apart(key_of(i), key))
                break;
            // "Father Christmas", "Mother Nature": after a title, a word that alone names no one does.
            // So does "Mrs. Who", with the title's period between.
            const bool after_title = rules_.honorifics.count(key_of(i)) &&
                                     ((last == i && k == i + 1) || (last == i + 1 && tokens[last].norm == "."sv && k == i + 2));
            // "Marguerite St. Just": after a surname's prefix, an ordinary word is the surname.
            const bool after_prefix = k >= i + 2 && last == k - 1 && tokens[last].norm == "."sv &&
                                      rules_.surname_prefixes.count(key_of(k - 2));
            // "Nellie Thursday": an ordinary word the story writes again and again after a given name is a surname.
            const bool after_given_name = k == last + 1 && rules_.first_names.count(key_of(last)) &&
                                          ((last == i && stats.count_pair(key_of(i), key) >= 2) ||
                                           words.surnames.count(token.norm));
            if (is_capitalized_word(token) && (!rules_.not_names.count(key) || after_title || after_prefix || after_given_name)) {
                last = k;
                continue;
            }
            // "Stanley Yelnats I, who": the first of the name, not the pronoun, after a given name and surname.
            if (token.norm == "I"sv && last >= i + 1 && k == last + 1 && (k + 1 == end || !tokens[k + 1].is_word)) {
                last = k;
                break;
            }
            // "Wind In His Hair", "Stands With A Fist", "Dances With Wolves": up to two capitalized
            // prepositions or determiners between capitalized words go on with the name.
            if (!headline && is_capitalized_word(token) && k == last + 1 && tokens[last].is_word) {
                // In title case, not capitals: "ELLIOT OF KELLYNCH HALL" is a heading.
                const auto title_case = [&](std::size_t j) { return tokens[j].norm.size() == 1 || !all_upper(tokens[j].norm); };
                const auto small_word = [&](std::size_t j) {
                    const auto found = rules_.event_words.find(key_of(j));
                    return is_capitalized_word(tokens[j]) && title_case(j) && found != rules_.event_words.end() &&
                           (found->second == "preposition"sv || found->second == "determiner"sv);
                };
                std::size_t j = k;
                while (j < end && j < k + 2 && small_word(j)) ++j;
                if (j > k && j < end && is_capitalized_word(tokens[j]) && !rules_.not_names.count(key_of(j)) &&
                    !all_upper(tokens[last].norm) && !all_upper(tokens[j].norm)) {
                    last = k = j;
                    capitalized_small_words = true;
                    continue;
                }
            }
            // A nickname quoted inside the name: Raphael "Jinji" Moked, Walter "The Whammer" Wambold.
            if (token.norm == "\""sv && k == last + 1 && k + 1 < end && adjacent(k, k + 1)) {
                constexpr std::size_t most_words = 3;
                std::size_t close = k + 1;
                while (close < end && close <= k + most_words && is_capitalized_word(tokens[close])) ++close;
                if (close > k + 1 && close + 1 < end && tokens[close].norm == "\""sv && adjacent(close - 1, close) &&
                    is_capitalized_word(tokens[close + 1])) {
                    last = k = close + 1;
                    continue;
                }
            }
            const std::string& previous = key_of(last);
            // "C. C. "Bud" Baxter": a quoted nickname may follow the stop, too.
            const bool nickname_next = k + 2 < end && tokens[k + 1].norm == "\""sv && is_capitalized_word(tokens[k + 2]);
            if (token.norm == "."sv && adjacent(last, k) && k == last + 1 &&
                (rules_.honorifics.count(previous) || (tokens[last].norm.size() == 1 && starts_upper(tokens[last].norm))) &&
                k + 1 < end && (is_capitalized_word(tokens[k + 1]) || nickname_next)) {
                last = k;
                continue;
            }
            if (token.norm == "."sv && k == last + 1 && adjacent(last, k) &&
                rules_.abbreviations.count(previous + ".") && k + 1 < end && is_capitalized_word(tokens[k + 1])) {
                last = k;  // "St. Petersburg", "U.S. Army"
                continue;
            }
            // "the Comte de la Fère": two particles in a row.
            const bool particles_then_name = token.is_word && rules_.particles.count(key) && k + 2 < end &&
                                             rules_.particles.count(key_of(k + 1)) && is_capitalized_word(tokens[k + 2]);
            if (particles_then_name || (token.is_word && rules_.particles.count(key) && k + 1 < end &&
                                        is_capitalized_word(tokens[k + 1]) && !rules_.not_names.count(key_of(k + 1)))) {
                last = k;
                continue;
            }
            // "Mohammad Amin al-Husayni": a particle hyphened to the name.
            if (token.is_word && rules_.particles.count(key) && k + 2 < end && tokens[k + 1].norm == "-"sv &&
                adjacent(k, k + 1) && adjacent(k + 1, k + 2) && is_capitalized_word(tokens[k + 2])) {
                last = k;
                continue;
            }
            // "T-Bone", and "GO-4": a number or a capital after a hyphen goes on with the name.
            if (token.norm == "-"sv && adjacent(last, k) && k + 1 < end && adjacent(k, k + 1)) {
                // "Front-de-Boeuf": a particle between two hyphens goes on too.
                const bool hyphened_particle = rules_.particles.count(key_of(k + 1)) && k + 3 < end &&
                                               tokens[k + 2].norm == "-"sv && adjacent(k + 1, k + 2) &&
                                               adjacent(k + 2, k + 3) && is_capitalized_word(tokens[k + 3]);
                if (is_capitalized_word(tokens[k + 1]) || hyphened_particle) {
                    last = k;
                    continue;
                }
                // The number is part of the name, though not a capitalized word: "GO-4".
                const std::string& after = tokens[k + 1].norm;
                if (!after.empty() && after[0] >= '0' && after[0] <= '9' && all_upper(tokens[last].norm)) {
                    last = ++k;
                    continue;
                }
                // "Anck-su-namun": a lower-case part no English word list knows.
                if (tokens[k + 1].is_word && after[0] >= 'a' && after[0] <= 'z' &&
                    !rules_.common_words.count(tokens[k + 1].key) &&
                    !rules_.event_lexicon.count(tokens[k + 1].key) && !rules_.role_nouns.count(tokens[k + 1].key)) {
                    last = ++k;
                    continue;
                }
            }
            break;
        }
        // "the Philadelphia Museum of Art", "the University of Chicago", "the Bank of England": an
        // institution's or building's "of" phrase belongs to its name.
        if (is_capitalized_word(tokens[last]) && last + 2 < end && tokens[last + 1].key == "of"sv) {
            const auto head = rules_.head_cues.find(key_of(last));
            std::size_t k = last + 2;
            if (k + 1 < end && tokens[k].key == "the"sv) ++k;
            if (head != rules_.head_cues.end() && head->second.kind != EntityKind::character &&
                is_capitalized_word(tokens[k]) && !rules_.not_names.count(key_of(k))) {
                while (k + 1 < end && is_capitalized_word(tokens[k + 1])) ++k;
                last = k;
            }
        }
        // "the Victoria and Albert Museum": after "the", names joined by "and" and ending in a
        // place's or organization's head word are one name.
        if (i > sentence.first_token && key_of(i - 1) == "the"sv && last + 3 < end && tokens[last + 1].key == "and"sv &&
            is_capitalized_word(tokens[last + 2])) {
            std::size_t k = last + 2;
            while (k + 1 < end && is_capitalized_word(tokens[k + 1])) ++k;
            const auto head = rules_.head_cues.find(key_of(k));
            if (k > last + 2 && head != rules_.head_cues.end() && head->second.kind != EntityKind::character) last = k;
        }
        // "the Wicked Witch of the West", "the Duke of Venice": a person noun's "of"
        // phrase belongs to the name and tells one witch from another.
        bool person_of_phrase = false;
        if (names_someone(key_of(last)) && is_capitalized_word(tokens[last]) &&
            last + 2 < end && tokens[last + 1].key == "of"sv) {
            // Only "of the" and no known place: "the Duke of Venice", "the Sultan of
            // Seringapatam" keep the place a place of its own.
            std::size_t k = last + 2;
            if (tokens[k].key == "the"sv && k + 1 < end && is_capitalized_word(tokens[k + 1]) &&
                !rules_.not_names.count(key_of(k + 1))) {
                const std::size_t realm = ++k;
                while (k + 1 < end && is_capitalized_word(tokens[k + 1])) ++k;
                const bool abbreviated = k + 1 < end && tokens[k + 1].norm == "."sv;  // "of the St. Lawrence"
                if (!abbreviated && !rules_.gazetteer.count(range_key(document, realm, k)) &&
                    !rules_.gazetteer.count(range_key(document, realm - 1, k))) {
                    last = k;
                    person_of_phrase = true;
                }
            } else if (rules_.rank_titles.count(key_of(last)) && is_capitalized_word(tokens[k]) &&
                       !rules_.not_names.count(key_of(k))) {
                // "the Duke of Buckingham", "the Earl of Essex": a peer is called by his title's
                // place, unless it is a place the gazetteer knows ("the Prince of Wales" stays apart);
                // a peer's title always names him ("the Earl of Gloucester" is later "Gloucester").
                const std::size_t realm = k;
                while (k + 1 < end && is_capitalized_word(tokens[k + 1])) ++k;
                if (rules_.peer_titles.count(key_of(last)) || !rules_.gazetteer.count(range_key(document, realm, k))) {
                    last = k;
                    person_of_phrase = true;
                }
            }
        }
        // "Queen Anne of Austria", "Prince John of England": a titled given name, then the
        // country it is of, is one name.
        if (!person_of_phrase && last == i + 1 && rules_.honorifics.count(key_of(i)) &&
            rules_.first_names.count(key_of(last)) && last + 2 < end && tokens[last + 1].key == "of"sv &&
            is_capitalized_word(tokens[last + 2])) {
            std::size_t k = last + 2;
            while (k + 1 < end && is_capitalized_word(tokens[k + 1])) ++k;
            if (rules_.gazetteer.count(range_key(document, last + 2, k))) {
                last = k;
                person_of_phrase = true;
            }
        }
        // "Wilfred of Ivanhoe", "Isaac of York", "Joan of Arc": a lone given name, then the place it
        // is of, is one name.
        if (!person_of_phrase && last == i && rules_.first_names.count(key_of(i)) && last + 2 < end &&
            tokens[last + 1].key == "of"sv && is_capitalized_word(tokens[last + 2]) &&
            !rules_.not_names.count(key_of(last + 2)) && !rules_.first_names.count(key_of(last + 2))) {
            // One word of place, not shouted: not "ELLIOT OF KELLYNCH HALL".
            const std::size_t k = last + 2;
            if ((k + 1 >= end || (tokens[k + 1].norm != "'s"sv && !is_capitalized_word(tokens[k + 1]))) &&
                !all_upper(tokens[k].norm) && !rules_.head_cues.count(key_of(k))) {
                last = k;
                person_of_phrase = true;
            }
        }
        // "Lincoln's Inn Hall", "Leichardt's Town": a possessive inside a place name,
        // accepted when what follows ends in a place or organization head word.
        if (last + 2 < end && tokens[last + 1].norm == "'s"sv && is_capitalized_word(tokens[last + 2])) {
            std::size_t extended = last + 2;
            while (extended + 1 < end && is_capitalized_word(tokens[extended + 1])) ++extended;
            if (rules_.head_cues.count(key_of(extended))) {
                last = extended;
            } else if (last == i && extended == last + 2 && !rules_.first_names.count(key_of(extended)) &&
                       !rules_.honorifics.count(key_of(i)) && !rules_.first_names.count(key_of(i)) &&
                       count_of(stats.capitalized_inside, key_of(i)) + count_of(stats.lower_case, key_of(i)) <= 1 &&
                       count_of(stats.capitalized_inside, key_of(extended)) <= 1 && !at_sentence_start(document, sentence, i)) {
                // "solving a Rubik's Cube", "Noah's Ark": a thing's name, its two words said nowhere else.
                i = extended + 1;
                continue;
            }
        }
        const std::size_t run_end = last + 1;

        std::size_t first = i;
        // "Wile E. Coyote is chasing ...": a word before an initial is a given name.
        // "J. R. R. Tolkien writes": an initial itself opens the name.
        const bool initial_follows = (first + 2 < run_end && tokens[first + 1].norm.size() == 1 &&
                                      starts_upper(tokens[first + 1].norm) && tokens[first + 2].norm == "."sv) ||
                                     (first + 2 < run_end && tokens[first].norm.size() == 1 && tokens[first + 1].norm == "."sv &&
                                      tokens[first].norm != "I"sv && tokens[first].norm != "A"sv &&
                                      tokens[run_end - 1].norm.size() > 1);  // not "R. I. P."
        // "Chi-Fu demands": a capitalized word hyphened to another is part of one name.
        const bool hyphened = first + 2 < run_end && tokens[first + 1].norm == "-"sv;
        // "Little John holds a dagger": the two words written so inside a sentence elsewhere are one name.
        const bool named_so_inside = first + 1 < run_end &&
                                     count_of(stats.pairs_inside, key_of(first) + ' ' + key_of(first + 1)) > 0;
        // "Crush, the sea turtle, carries them": a lone word set off by a person's or creature's
        // noun, a verb after it, is a name though it opens the sentence and is an ordinary word.
        const auto described_after = [&] {
            if (first + 1 != run_end || first + 3 >= end || tokens[first + 1].norm != ","sv ||
                !rules_.word_class(key_of(first)).empty())
                return false;
            const std::string& article = key_of(first + 2);
            if (article != "the"sv && article != "a"sv && article != "an"sv) return false;
            for (std::size_t k = first + 3; k + 2 < end && k <= first + 6 && tokens[k].is_word; ++k)
                if (tokens[k + 1].norm == ","sv)
                    return rules_.role_nouns.count(key_of(k)) > 0 &&
                           rules_.has_verb_shape(key_of(k + 2), {VerbForm::Shape::third_person, VerbForm::Shape::past});
            return false;
        };
        if (at_sentence_start(document, sentence, first) && !initial_word_is_name(key_of(first), stats) &&
            !words.surnames.count(tokens[first].norm) && !initial_follows &&
            !hyphened && !named_so_inside && !capitalized_small_words && !described_after())
            ++first;
        // "English Peter Linton": a people's name before a given name is no part of it.
        // So is one before a title or an elided particle: "the English Duke of Buckingham", "the Gascon d'Artagnan".
        // So is one before a lone word no dictionary knows, set off after a comma: "another friend, the
        // Romanian Popescu" (not "the English Channel", "in the American Middlewest").
        const auto unknown_word_after = [&] {
            const std::string& word = key_of(first + 1);
            return first + 2 == run_end && first >= sentence.first_token + 2 && key_of(first - 1) == "the"sv &&
                   tokens[first - 2].norm == ","sv && first >= sentence.first_token + 3 &&
                   !starts_upper(tokens[first - 3].norm) &&  // not "Herr Zeller, the Nazi Gauleiter"
                   !rules_.first_names.count(key_of(first)) && !rules_.common_word(word) &&
                   !rules_.head_cues.count(word) &&
                   !rules_.gazetteer.count(range_key(document, first, first + 1)) && !rules_.demonyms.count(word);
        };
        if (first + 1 < run_end && rules_.demonyms.count(key_of(first)) &&
            (rules_.first_names.count(key_of(first + 1)) || rules_.honorifics.count(key_of(first + 1)) ||
             elided_particle_name(tokens[first + 1].norm) || unknown_word_after()))
            ++first;
        // A particle opens or ends no name ("de Gaulle" is Gaulle), but a capitalized one
        // that is also a given name is that name: "Ben Cappadora", "Van Morrison", "Ben".
        const auto edge_particle = [&](std::size_t k) {
            return rules_.particles.count(key_of(k)) &&
                   !(starts_upper(tokens[k].norm) && rules_.first_names.count(key_of(k)));
        };
        // "whom he calls Two Socks": words given as a name keep an ordinary first word.
        // Not an article ("calling himself THE Roger Patel") nor a word hyphened on ("the All-American team").
        const bool given_whole = first + 1 < run_end && tokens[first].is_word && !is_determiner(key_of(first)) &&
                                 !all_upper(tokens[first].norm) && tokens[first + 1].norm != "-"sv &&
                                 given_as_name(first, sentence.first_token);
        // Inside a sentence a capitalized particle is written so as part of the name: "his friend Le Bret";
        // so at a sentence's start when the story writes the pair so inside one.
        const auto kept_particle = [&](std::size_t k) {
            return starts_upper(tokens[k].norm) && k + 1 < run_end && is_capitalized_word(tokens[k + 1]) &&
                   (!at_sentence_start(document, sentence, k) ||
                    count_of(stats.pairs_inside, key_of(k) + ' ' + key_of(k + 1)) > 0);
        };
        // "names the man Friday": one word given as a name too, though a day's or another ordinary one.
        // So is it where it recurs ("Crusoe and Friday attack them"): an ordinary word is looked for
        // where the document gave it before.
        const bool given_single =
            first + 1 == run_end && tokens[first].is_word &&
            ((first > sentence.first_token && given_as_name(first, sentence.first_token)) ||
             (rules_.not_names.count(key_of(first)) && [&] {
                 const auto given = words.first_given.find(tokens[first].norm);
                 return (given != words.first_given.end() && given->second < first) || words.surnames.count(tokens[first].norm);
             }()));
        // "Halloween Town", "Christmas Island": a holiday's word before a place's head word names the place.
        const auto heads_place = [&](std::size_t k) {
            if (k + 1 != run_end - 1 || !tokens[k + 1].is_word) return false;
            const auto head = rules_.head_cues.find(key_of(k + 1));
            return head != rules_.head_cues.end() && head->second.kind == EntityKind::place;
        };
        // "An-mei": a word hyphened onto the next part of the run is part of the name.
        const auto hyphened_on = [&](std::size_t k) {
            return k + 2 < run_end && tokens[k + 1].norm == "-"sv && adjacent(k, k + 1) && adjacent(k + 1, k + 2);
        };
        while (first < run_end && !given_whole && !given_single &&
               (!tokens[first].is_word || (rules_.not_names.count(key_of(first)) && !heads_place(first) && !hyphened_on(first)) ||
                (edge_particle(first) && !kept_particle(first)))) {
            // "On Christmas Eve": a two-word entry takes its second word, a given name elsewhere, too.
            if (first + 1 < run_end && rules_.not_names.count(key_of(first) + ' ' + key_of(first + 1))) ++first;
            ++first;
        }
        std::size_t stop = run_end;
        // "presided over by Mr. Das": a capitalized particle right after a title is the surname.
        const auto after_title = [&](std::size_t k) {
            std::size_t title = k - 1;
            if (title > first && tokens[title].norm == "."sv) --title;
            return k > first && starts_upper(tokens[k].norm) && rules_.honorifics.count(key_of(title)) > 0;
        };
        while (stop > first && (!tokens[stop - 1].is_word || (edge_particle(stop - 1) && !after_title(stop - 1)))) --stop;
        // "to teach Puyi English, mathematics and Western ideas": a language ending a name that a
        // list of plain words goes on after is the first of the list. Not a surname after a given
        // name, set off by a description: "Emily French, a wealthy widow"; nor one after a title:
        // "the neighbouring Squire Western, and she".
        if (stop > first + 1 && stop + 1 < end && rules_.demonyms.count(key_of(stop - 1)) &&
            is_capitalized_word(tokens[stop - 2]) && !rules_.first_names.count(key_of(stop - 2)) &&
            !rules_.honorifics.count(key_of(stop - 2)) &&
            !rules_.people_nouns.count(key_of(stop - 1)) && !rules_.first_names.count(key_of(stop - 1)) &&
            (tokens[stop].norm == ","sv || key_of(stop) == "and"sv) && tokens[stop + 1].is_word &&
            !starts_upper(tokens[stop + 1].norm) && !is_article_or_determiner(key_of(stop + 1)))
            --stop;
        i = run_end;
        if (first >= stop) continue;
        std::size_t name_last = stop - 1;

        if (headline) {
            // In a line of capitals only a known place, title or first name is a
            // name, and it stops at the first ordinary word ("MISS WATKIN WILL").
            std::size_t cut = first + 1;
            while (cut <= name_last && !(rules_.common_word(key_of(cut)) && !rules_.first_names.count(key_of(cut))))
                ++cut;
            name_last = cut - 1;
            const std::string key = range_key(document, first, name_last);
            const std::string first_word = key_of(first);
            if (!rules_.gazetteer.count(key) && !rules_.honorifics.count(first_word) &&
                !rules_.first_names.count(first_word))
                continue;
        }

        Candidate candidate{first, name_last, false, false};
        if (name_last + 1 < end && is_plural_possessive_mark(tokens, name_last + 1, end)) candidate.possessive = true;
        if (name_last + 1 < end && tokens[name_last + 1].norm == "'s"sv) {
            candidate.possessive = true;
            const std::string with_s = range_key(document, first, name_last + 1);
            if (rules_.gazetteer.count(with_s)) candidate.include_possessive = true;
        }

        // A title on its own ("the Doctor", "Mr.") or a lone demonym ("Russian") names nobody.
        const std::string whole_key = range_key(document, first, name_last);
        // Unless the story's own name has it as a surname or a given name: "Fletcher Christian ...
        // Christian protects Bligh", "Christian de Neuvillette ... Christian interrupts him".
        if (first == name_last && rules_.demonyms.count(whole_key)) {
            const auto before = stats.word_before.find(whole_key);
            const bool surname = before != stats.word_before.end() && rules_.first_names.count(before->second);
            const bool given_name = !surname && rules_.first_names.count(whole_key) && words.opening_demonyms.count(whole_key);
            const bool after_article = first > sentence.first_token && is_article_or_determiner(key_of(first - 1));
            // "a DNA broker named German": given as a name.
            const bool named = first > sentence.first_token && rules_.naming_words.count(key_of(first - 1));
            if (((!surname && !given_name) || after_article) && !named) continue;
        }
        // "Danish-Jewish", "African-American": peoples joined by hyphens. "the East German
        // government": a people after a word of data/place_modifiers.txt.
        bool peoples = first < name_last;
        for (std::size_t k = first; k <= name_last && peoples; ++k)
            peoples = tokens[k].norm == "-"sv || rules_.demonyms.count(key_of(k)) ||
                      (k == first && rules_.place_modifiers.count(key_of(k)));
        if (peoples) continue;
        // But a title right after a noun for a creature or person, or its comma, is what it is
        // called: "the farm cat Duchess", "his mother, Duchess, teaches him"; so is one given as
        // a name: "a Saint Bernard named Nana".
        const auto called_after_noun = [&] {
            if (first > sentence.first_token && rules_.naming_words.count(key_of(first - 1))) return true;
            // "overshadowed by Uncle, a huge pig": a description after its comma.
            if (first + 3 < end && tokens[first + 1].norm == ","sv &&
                (key_of(first + 2) == "a"sv || key_of(first + 2) == "an"sv))
                return true;
            std::size_t k = first;
            if (k > sentence.first_token && tokens[k - 1].norm == ","sv) --k;
            // Not "her aunt and uncle, Mr. and Mrs. Gardiner": an abbreviated title is a title.
            // The sentence's own full stop is no abbreviation's: "his old hunting dog, Chief."
            const bool abbreviated = first + 1 < end && ((tokens[first + 1].norm == "."sv && first + 2 < end) ||
                                                         key_of(first + 1) == "and"sv);
            return k > sentence.first_token && !starts_upper(tokens[k - 1].norm) && rules_.role_nouns.count(key_of(k - 1)) &&
                   !abbreviated;
        };
        // "they name her Lady. Lady grows up happily": a title the story gives as a name,
        // by a verb of naming, and calls the character by again is that name wherever it
        // stands alone.
        const auto title_given_as_name = [&] {
            const auto use = words.titles.find(tokens[first].norm);
            return use != words.titles.end() && use->second.given && use->second.alone >= 2;  // and called so again
        };
        // "Marty meets Doc at the mall. Doc builds a time machine": a title the story uses again
        // and again on its own, inside sentences and with no article, is what someone is called.
        const auto title_used_as_name = [&] {
            // Not "Mother" or "Father", said in the family's own speech.
            const auto noun = rules_.role_nouns.find(whole_key);
            if (noun != rules_.role_nouns.end() && noun->second.category == "kin"sv) return false;
            return count_of(words.titles_inside, tokens[first].norm) >= 3;
        };
        // "their children David Lee, Josie Mae and Earl": a title that is also a given name, listed
        // alone after a name, is that name.
        const auto listed_given_name = [&] {
            return first >= sentence.first_token + 2 && rules_.first_names.count(whole_key) &&
                   (key_of(first - 1) == "and"sv || tokens[first - 1].norm == ","sv) &&
                   is_capitalized_word(tokens[first - 2]) && !at_sentence_start(document, sentence, first - 2);
        };
        if (first == name_last && rules_.honorifics.count(whole_key) && !rules_.gazetteer.count(whole_key) &&
            !called_after_noun() && !title_given_as_name() && !listed_given_name() && !title_used_as_name())
            continue;
        if (rules_.not_names.count(whole_key) && !given_single) continue;
        if (first == name_last && words.common_acronyms.count(tokens[first].norm)) continue;
        // "appoints More as Lord Chancellor", "Rich became Lord Chancellor", "has been made Attorney
        // General": an office of titles alone after "as", a copula or "made" is what someone is.
        // So with "the" and an ordinary word before its title: "is the City Magistrate of Chandrapore".
        const auto predicative_before = [&](std::size_t k) {
            return k > sentence.first_token &&
                   (rules_.predicative_words.count(key_of(k - 1)) || key_of(k - 1) == "made"sv);
        };
        const bool the_office = first > sentence.first_token + 1 && key_of(first - 1) == "the"sv &&
                                predicative_before(first - 1);
        if (first < name_last && (predicative_before(first) || the_office)) {
            bool office = true;
            for (std::size_t k = first; k <= name_last && office; ++k)
                office = rules_.honorifics.count(key_of(k)) || rules_.role_nouns.count(key_of(k)) ||
                         (the_office && k == first && rules_.common_word(key_of(k)) && !rules_.first_names.count(key_of(k)));
            if (office) continue;
        }
        // "three Winkie guards", "a Munchkin woman": one capitalized word between a
        // determiner and a person noun in lower case says what kind they are. So after a
        // modifier or two in lower case: "a well-dressed Black man", "two tall Winkie guards".
        const auto determiner_before = [&] {
            // Not an acronym: "his former KGB handler" is the KGB's.
            if (all_upper(tokens[first].norm)) return false;
            std::size_t k = first, words = 0;
            while (k > sentence.first_token + 1 && words < 2 && !starts_upper(tokens[k - 1].norm)) {
                // A compound ("well-dressed") is one modifier, whatever its first word.
                const bool hyphen = tokens[k - 1].norm == "-"sv && tokens[k - 2].is_word;
                if (!hyphen && (!tokens[k - 1].is_word || rules_.event_words.count(key_of(k - 1)))) break;
                k -= hyphen ? 2 : 1;
                if (!hyphen) ++words;
            }
            return k > sentence.first_token &&
                   (is_article_or_determiner(key_of(k - 1)) || is_group_determiner(key_of(k - 1)));
        };
        if (first == name_last && first > sentence.first_token && name_last + 1 < end &&
            tokens[name_last + 1].is_word && !starts_upper(tokens[name_last + 1].norm) &&
            (is_article_or_determiner(key_of(first - 1)) || is_group_determiner(key_of(first - 1)) ||
             determiner_before())) {
            const std::string& next = key_of(name_last + 1);
            std::string singular;
            const auto is_role_noun = [&](const std::string& noun) { return rules_.role_nouns.count(noun) > 0; };
            // "the Rosario brothers": before a plural of kin, even a first name is the family's name.
            const auto is_kin = [&](const std::string& noun) {
                const auto role = rules_.role_nouns.find(noun);
                return role != rules_.role_nouns.end() && role->second.category == "kin"sv;
            };
            if (!rules_.first_names.count(whole_key)) {
                if (is_role_noun(next) || some_singular_fits({}, next, singular, is_role_noun)) continue;
            } else if (some_singular_fits({}, next, singular, is_kin)) {
                continue;
            }
        }
        // "a Ouija board", "a Tommy gun", "the AP Calculus exam", "the O. P. Henley textile mill":
        // capitalized words between an article and an ordinary noun in lower case say what kind of
        // thing it is; they name no one. Only a noun that could not be the verb of a singular
        // subject ("the Grinch steals", "the Ewoks attack"), and after "the" no lone given name;
        // known places stay places ("the Chicago police").
        const auto looks_plural = [](std::string_view word) {
            return word.ends_with('s') && !word.ends_with("us") && !word.ends_with("ss") && !word.ends_with("is");
        };
        if (first > sentence.first_token && name_last + 1 < end && tokens[name_last + 1].is_word &&
            !starts_upper(tokens[name_last + 1].norm) && !rules_.gazetteer.count(whole_key)) {
            const std::string& article = key_of(first - 1);
            const std::string& next = key_of(name_last + 1);
            // "his Braille book": a possessive determiner is an article here.
            const bool indefinite = article == "a"sv || article == "an"sv || article == "his"sv || article == "her"sv ||
                                    article == "their"sv || article == "its"sv;
            std::string singular;
            if ((indefinite || (article == "the"sv && !(first == name_last && rules_.first_names.count(whole_key)))) &&
                !looks_plural(key_of(name_last)) && !names_someone(key_of(name_last)) && rules_.common_word(next) && !next.ends_with("ly") &&
                rules_.word_class(next).empty() && !rules_.pronouns.count(next) && !names_someone(next) &&
                !rules_.is_plural_person_noun(next, singular) &&
                !rules_.has_verb_shape(next, {VerbForm::Shape::third_person, VerbForm::Shape::past,
                                              VerbForm::Shape::present_participle}))
                continue;
        }
        // "the National Spelling Bee", "the Grammy Awards": an occasion or an award (data/occasion_heads.txt).
        if (first < name_last && rules_.occasion_heads.count(key_of(name_last))) continue;
        // "Happy Family", "Old Man": ordinary words capitalized as a title or nickname.
        if (first < name_last) {
            // A single letter before a hyphen counts as no ordinary word: "T-Bone", "J-Dog".
            bool all_common = true;
            for (std::size_t k = first; k <= name_last && all_common; ++k) {
                const std::string word = key_of(k);
                // An initial ("Wile E. Coyote") also marks a name.
                const bool letter_before_mark = tokens[k].norm.size() == 1 && k + 1 < end &&
                                                ((k < name_last && tokens[k + 1].norm == "-"sv) || tokens[k + 1].norm == "."sv);
                // "WALL-E", "GO-4": a letter or a number after a hyphen marks a name too.
                const bool mark_after_hyphen = k > first && tokens[k - 1].norm == "-"sv &&
                                               (tokens[k].norm.size() == 1 || (tokens[k].norm[0] >= '0' && tokens[k].norm[0] <= '9'));
                all_common = !tokens[k].is_word || (rules_.common_word(word) && !rules_.first_names.count(word) &&
                                                     !rules_.honorifics.count(word) && !letter_before_mark &&
                                                     !mark_after_hyphen);
            }
            const bool cued = rules_.head_cues.count(key_of(name_last)) || rules_.first_cues.count(key_of(first));
            // "Baby Boy" written so again and again is a nickname, not a title set in capitals once.
            const bool repeated_pair = first + 1 == name_last && stats.count_pair(key_of(first), key_of(name_last)) >= 3;
            // "the Tin Man", "the Cowardly Lion": capitalized words ending in a noun for someone name them.
            // So does a plural one for a named group: "the Soggy Bottom Boys", "the Lost Boys".
            std::string singular_last;
            const bool person_noun_last =
                rules_.role_nouns.count(key_of(name_last)) > 0 ||
                (name_last > first && !rules_.gazetteer.count(key_of(first)) &&
                 rules_.is_plural_person_noun(key_of(name_last), singular_last));
            // "Farmer Crick", "Dairyman Crick": a noun for a person as the title of one more word.
            const bool person_noun_title = first + 1 == name_last && rules_.role_nouns.count(key_of(first)) > 0 &&
                                           tokens[name_last].norm.size() >= 3 &&
                                           (first == sentence.first_token || key_of(first - 1) != "the"sv);
            // "Wasabi, Honey Lemon and Fred": in a list beside a name that is no ordinary word.
            const auto name_at = [&](std::size_t k) {
                return k >= sentence.first_token && k < end && is_capitalized_word(tokens[k]) &&
                       !rules_.common_word(key_of(k));
            };
            const auto joins = [&](std::size_t k) { return tokens[k].norm == ","sv || tokens[k].key == "and"sv; };
            const bool listed = (first >= sentence.first_token + 2 && joins(first - 1) && name_at(first - 2)) ||
                                (name_last + 2 < end && joins(name_last + 1) && name_at(name_last + 2));
            // "Black Beauty, a handsome black horse, tells": set off by an apposition that says what it is.
            const auto described_after = [&] {
                if (name_last + 3 >= end || tokens[name_last + 1].norm != ","sv) return false;
                const std::string& article = key_of(name_last + 2);
                if (article != "a"sv && article != "an"sv && article != "the"sv) return false;
                for (std::size_t k = name_last + 3; k < end && k <= name_last + 6 && tokens[k].is_word; ++k)
                    if (rules_.role_nouns.count(key_of(k)) && k + 1 < end &&
                        (tokens[k + 1].norm == ","sv || key_of(k + 1) == "who"sv))
                        return true;
                return false;
            };
            // "Pod Clock ... Pod is seen": a first word the story uses alone, capitalized, and never
            // as the ordinary word, is a given name.
            const bool given_name_alone =
                count_of(stats.lower_case, key_of(first)) == 0 && count_of(stats.inside_run_end, key_of(first)) > 0;
            if (all_common && !cued && !repeated_pair && !person_of_phrase && !person_noun_last && !person_noun_title && !listed &&
                !given_name_alone &&
                !capitalized_small_words && !described_after() && !acronym_after(document, first, name_last, end) &&
                !rules_.gazetteer.count(whole_key) && !given_as_name(first, sentence.first_token))
                continue;
        }
        // "the von Trapps": name particles may stand between the article and the name.
        std::size_t named_from = first;
        while (named_from > sentence.first_token + 1 && rules_.particles.count(key_of(named_from - 1)) &&
               !starts_upper(tokens[named_from - 1].norm))
            --named_from;
        if (first == name_last && named_from > sentence.first_token && key_of(named_from - 1) == "the"sv) {
            const std::string& word = tokens[first].norm;
            const bool plural = word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's';
            // "the Darlings" of George Darling: the plural of a surname the summary uses.
            const auto before_singular = plural ? stats.word_before.find(whole_key.substr(0, whole_key.size() - 1))
                                                : stats.word_before.end();
            const bool surname_plural = before_singular != stats.word_before.end() &&
                                        rules_.first_names.count(before_singular->second);
            // "the Church", "the Mall": a capitalized common noun, not a name, unless the
            // summary never writes it in lower case and capitalizes it again and again ("the Scarecrow").
            const bool used_as_name = count_of(stats.capitalized_inside, whole_key) >= 3 &&
                                      count_of(stats.lower_case, whole_key) == 0;
            if (rules_.common_word(whole_key) && !rules_.gazetteer.count(whole_key) && !used_as_name &&
                !surname_plural)
                continue;
            // "the Ambersons": a family, named with its article.
            if (plural && !rules_.gazetteer.count(whole_key) && !rules_.role_nouns.count(whole_key)) {
                Mention family;
                family.doc = doc_index;
                family.sentence = sentence_index;
                family.first_token = named_from - 1;
                family.last_token = first;
                family.span = {tokens[named_from - 1].span.begin, tokens[first].span.end};
                family.text = surface(document, named_from - 1, first);
                family.kind = EntityKind::character;
                family.plural = true;  // "they", never "her"
                out.push_back(std::move(family));
                evidence.push_back(KindEvidence::strong);
                continue;
            }
        }
        // "the Shield of Virtue", "the Sword of Truth": an ordinary word after "of" and a capitalized
        // ordinary noun belongs to the thing's title; it names no one.
        if (first == name_last && named_from >= sentence.first_token + 2 && key_of(named_from - 1) == "of"sv &&
            rules_.common_word(whole_key) && !rules_.first_names.count(whole_key) &&
            !rules_.gazetteer.count(whole_key)) {
            const std::size_t head = named_from - 2;
            if (is_capitalized_word(tokens[head]) && rules_.common_word(key_of(head)) &&
                !rules_.first_names.count(key_of(head)) && !names_someone(key_of(head)))
                continue;
        }
        // "Valjean" after "Jean Valjean": a surname, whatever it ends in.
        const auto before = stats.word_before.find(whole_key);
        const bool surname = before != stats.word_before.end() && rules_.first_names.count(before->second);
        if (first == name_last && !rules_.first_names.count(whole_key) && !rules_.gazetteer.count(whole_key) &&
            !surname) {
            const auto ends_with = [&](std::string_view suffix) { return has_suffix(whole_key, suffix, 3); };
            // "Pythagorean", "Puritanic", "Pantheist", "Rosicrucians": words made from names. Not
            // one a verb follows, as a name's subject: "Osric brings Hamlet the challenge".
            const auto verb_after = [&] {
                if (name_last + 1 >= end || !tokens[name_last + 1].is_word || starts_upper(tokens[name_last + 1].norm))
                    return false;
                const auto readings = rules_.verbs.find(key_of(name_last + 1));
                return readings != rules_.verbs.end() &&
                       std::any_of(readings->second.begin(), readings->second.end(), [](const VerbForm& form) {
                           return !form.also_noun && (form.shape == VerbForm::Shape::third_person ||
                                                      form.shape == VerbForm::Shape::past);
                       });
            };
            if ((ends_with("ian") || ends_with("ians") || ends_with("ean") || ends_with("ic") ||
                 ends_with("ism") || ends_with("ist") || ends_with("ists") || ends_with("ite")) &&
                !verb_after())
                continue;
            // "Pigs", "Saturdays", "Tasmanians": the plural of an ordinary word or a people.
            if (ends_with("s") && !ends_with("ss")) {
                // Not one capitalized again and again inside sentences, alone (never the end of a longer
                // name: "the Hunger Games"), never in lower case, with no article: that is someone's name
                // ("Lennie visits Crooks, the stable buck").
                // "Longfellow Deeds ... Deeds inherits": the end of a longer name is a surname when the
                // word before it is no ordinary word ("the Hunger Games" is not).
                const auto word_before = stats.word_before.find(whole_key);
                const bool ends_name = word_before != stats.word_before.end();
                const bool plural_name = count_of(stats.capitalized_inside, whole_key) >= 2 &&
                                         count_of(stats.lone_capitalized, whole_key) >= 2 &&
                                         (!ends_name || !rules_.common_word(word_before->second)) &&
                                         count_of(stats.lower_case, whole_key) == 0 &&
                                         (name_last + 1 >= end || key_of(name_last + 1) != "of"sv) &&
                                         (first == sentence.first_token ||
                                          (!starts_upper(tokens[first - 1].norm) && key_of(first - 1) != "the"sv &&
                                           key_of(first - 1) != "a"sv && !rules_.pronouns.count(key_of(first - 1))));
                // "Charters and Caldicott": one joined by "and" to a word that can only be a name,
                // and never written in lower case, is a name too.
                const auto only_a_name = [&](std::size_t k) {
                    return k >= sentence.first_token && k < end && is_capitalized_word(tokens[k]) &&
                           !rules_.common_word(key_of(k)) && !rules_.demonyms.count(key_of(k)) &&
                           !rules_.gazetteer.count(key_of(k));
                };
                const bool paired_with_name =
                    count_of(stats.lower_case, whole_key) == 0 &&
                    ((name_last + 2 < end && key_of(name_last + 1) == "and"sv && only_a_name(name_last + 2)) ||
                     (first >= sentence.first_token + 2 && key_of(first - 1) == "and"sv && only_a_name(first - 2)));
                const std::string singular = whole_key.substr(0, whole_key.size() - 1);
                if ((rules_.common_word(singular) && !plural_name && !paired_with_name) || rules_.demonyms.count(singular) ||
                    rules_.months.count(singular) || rules_.not_names.count(singular))
                    continue;
            }
        }
        if (first == name_last) {
            // Single letters ("W", "P") and shouted ordinary words ("YARN").
            if (tokens[first].norm.size() == 1) continue;
            // But a word the summary writes in capitals again and again, and never in lower case, is a
            // name ("the ship's autopilot, AUTO").
            const bool shouted_name = whole_key.size() >= 4 && count_of(stats.capitalized_inside, whole_key) >= 2 &&
                                      count_of(stats.lower_case, whole_key) == 0;
            if (all_upper(tokens[first].norm) && rules_.common_word(whole_key) && !shouted_name) continue;
            // "in June", "the first of May", "since August": a month.
            if (rules_.months.count(whole_key) && first > sentence.first_token) {
                static const std::vector<std::string_view> date_words{
                    "in", "of", "on", "since", "until", "till", "by", "last", "next", "early", "late",
                    "this", "that", "every", "mid", "before", "after", "during", "through"};
                const std::string& before = key_of(first - 1);
                if (std::find(date_words.begin(), date_words.end(), before) != date_words.end()) continue;
            }
            const auto is_number = [&](std::size_t k) {
                return k >= sentence.first_token && k < end && !tokens[k].norm.empty() &&
                       tokens[k].norm[0] >= '0' && tokens[k].norm[0] <= '9';
            };
            // "March 1, 1760", "born 9 June": a date, not a person. But "In 1984 Harry moves": a
            // given name after a year is the clause's subject.
            // Nor is any other word after a year: "In 1792 Gabelle, the old steward, writes".
            const bool year_before = first > 0 && is_number(first - 1) && tokens[first - 1].norm.size() == 4;
            const bool given_after_number =
                (rules_.first_names.count(whole_key) || year_before) && !rules_.months.count(whole_key) &&
                !is_number(name_last + 1);
            if ((is_number(name_last + 1) || (first > 0 && is_number(first - 1))) && !given_after_number) continue;
            // "Nature", "Time": an ordinary word capitalized for effect, written
            // in lower case elsewhere, and neither a first name nor a place.
            const auto lower = stats.lower_case.find(whole_key);
            const auto inside = stats.capitalized_inside.find(whole_key);
            const int capitalized = inside == stats.capitalized_inside.end() ? 0 : inside->second;
            if (lower != stats.lower_case.end() && lower->second >= capitalized &&
                rules_.common_word(whole_key) && !rules_.first_names.count(whole_key) &&
                !rules_.gazetteer.count(whole_key))
                continue;
        }
        // "the Fox", "a Lion": a capitalized role noun is a description, found below.
        if (first == name_last && first > sentence.first_token && rules_.role_nouns.count(whole_key)) {
            const std::string& before = key_of(first - 1);
            if (before == "the"sv || before == "a"sv || before == "an"sv) continue;
        }
        // "A Cheyenne warrior", "an Apache scout": after "a", one capitalized word before a noun for
        // a person says what kind, though it is a given name or a place elsewhere.
        if (first == name_last && first > sentence.first_token && name_last + 1 < end &&
            (key_of(first - 1) == "a"sv || key_of(first - 1) == "an"sv) && tokens[name_last + 1].is_word &&
            !starts_upper(tokens[name_last + 1].norm) && !candidate.possessive) {
            std::string role;
            if (role_noun_at(document, name_last + 1, end, role, nullptr)) continue;
        }

        Mention mention;
        mention.doc = doc_index;
        mention.sentence = sentence_index;
        mention.first_token = first;
        mention.last_token = candidate.include_possessive ? name_last + 1 : name_last;
        mention.span = {tokens[first].span.begin, tokens[mention.last_token].span.end};
        mention.text = surface(document, first, mention.last_token);
        mention.form = MentionForm::name;
        mention.possessive = candidate.possessive && !candidate.include_possessive;
        const KindEvidence strength = classify(document, sentence, candidate, mention);
        out.push_back(std::move(mention));
        evidence.push_back(strength);
    }
}

KindEvidence MentionFinder::classify(const Document& document, const Sentence& sentence,
                                     const Candidate& candidate, Mention& mention) const {
    const auto& tokens = document.tokens;
    const auto key_of = [&](std::size_t i) -> const std::string& { return tokens[i].key; };
    const std::size_t last = candidate.include_possessive ? candidate.last + 1 : candidate.last;
    const std::string whole = range_key(document, candidate.first, last);
    const bool several_words = candidate.last > candidate.first;
    const std::string first_key = key_of(candidate.first);
    const auto first_name = rules_.first_names.find(first_key);
    const auto set_kind = [&](EntityKind kind, std::string subtype, KindEvidence level) {
        mention.kind = kind;
        mention.subtype = std::move(subtype);
        // A name of ordinary words ending in a noun for a person has its gender: "the White
        // Witch" is a woman. Not a surname that is such a noun: "Zoë Hart".
        if (kind == EntityKind::character && several_words && mention.gender == Gender::unknown &&
            rules_.common_word(first_key) && first_name == rules_.first_names.end())
            if (const auto noun = rules_.role_nouns.find(key_of(candidate.last)); noun != rules_.role_nouns.end())
                mention.gender = noun->second.gender;
        return level;
    };

    // Context. Before: "in Harlem", "from Alabama", "the Hudson" suggest a place.
    // Strong person cues: "Tibby's hat", "said Warwick", "Warwick wondered". A
    // weak one: any verb-like lower-case word after it ("Warwick had"), which a
    // place may have too ("the Moscow circus").
    const std::size_t sentence_end = sentence.first_token + sentence.token_count;
    const std::string before = candidate.first > sentence.first_token ? key_of(candidate.first - 1) : "";
    const std::string before2 = candidate.first >= sentence.first_token + 2 ? key_of(candidate.first - 2) : "";
    // "in Harlem"; "came to Paleham"; "the town of Nauheim", "Earl of Burlesdon".
    // "At the Capitol": "the" between the preposition and a one-word name that is no family's ("the Dursleys").
    const bool place_after_article = before == "the"sv && rules_.place_prepositions.count(before2) > 0 &&
                                     !several_words && !tokens[candidate.last].norm.ends_with('s');
    // "in ancient Japan": a word of data/place_modifiers.txt between the preposition and the name.
    const bool place_after_modifier = rules_.place_modifiers.count(before) > 0 && rules_.place_prepositions.count(before2) > 0;
    // "London's East End", "New York's Lower East Side": a part of a known place.
    const bool part_of_place =
        before == "'s"sv && candidate.first >= sentence.first_token + 2 &&
        (rules_.gazetteer.count(before2) > 0 ||
         (candidate.first >= sentence.first_token + 3 &&
          rules_.gazetteer.count(range_key(document, candidate.first - 3, candidate.first - 2)) > 0));
    // "from Mandrake Falls, Vermont, who writes": a known place set off after a place a preposition opens.
    const bool place_after_place = [&] {
        if (before != ","sv || candidate.first < sentence.first_token + 3 ||
            !rules_.gazetteer.count(range_key(document, candidate.first, last)))
            return false;
        std::size_t k = candidate.first - 1;
        while (k > sentence.first_token && candidate.first - k < 6 && is_capitalized_word(tokens[k - 1])) --k;
        return k < candidate.first - 1 && k > sentence.first_token && rules_.place_prepositions.count(key_of(k - 1)) > 0;
    }();
    const bool place_cue = rules_.place_prepositions.count(before) > 0 || place_after_article || place_after_modifier ||
                           part_of_place || place_after_place ||
                           (before == "to"sv && rules_.motion_verbs.count(before2) > 0) ||
                           (before == "of"sv && (rules_.place_nouns.count(before2) > 0 || rules_.realm_nouns.count(before2) > 0 ||
                                               ((rules_.honorifics.count(before2) > 0 || rules_.role_nouns.count(before2) > 0) &&
                                                starts_upper(tokens[candidate.first - 2].norm))));
    // "Brainerd police chief Marge Gunderson", "the Tulsa police": a one-word name before a noun in
    // lower case for a group is where the group is from.
    if (!several_words && !candidate.possessive && last + 1 < sentence_end && tokens[last + 1].is_word &&
        !starts_upper(tokens[last + 1].norm) && !rules_.first_names.count(key_of(candidate.first))) {
        const auto noun = rules_.role_nouns.find(key_of(last + 1));
        if (noun != rules_.role_nouns.end() && noun->second.category == "group"sv)
            return set_kind(EntityKind::place, "GPE", KindEvidence::placed);
    }
    // "the centaur Firenze", "the thief Flynn Rider": a noun for a person or creature right before names one.
    // So is "the horse, Cisco, by ...": the name set off by commas after such a noun.
    // And "Warbucks's bodyguards, Punjab and the Asp": the first of the names listed after a plural one.
    const auto plural_role_noun = [&](std::string_view word) {
        return word.size() > 3 && word.back() == 's' && rules_.role_nouns.count(word.substr(0, word.size() - 1)) > 0;
    };
    const bool plural_role_noun_before = plural_role_noun(before2);
    // So is one ending the sentence: "with the help of his wife and deputy, Virginia."
    const auto ends_sentence = [&](std::size_t k) { return k + 1 == sentence_end && (tokens[k].norm == "."sv || tokens[k].norm == "!"sv); };
    const bool set_off_after_role_noun =
        before == ","sv && !before2.empty() && !starts_upper(tokens[candidate.first - 2].norm) && last + 1 < sentence_end &&
        ((rules_.role_nouns.count(before2) > 0 && (tokens[last + 1].norm == ","sv || ends_sentence(last + 1))) ||
         (plural_role_noun_before && (tokens[last + 1].norm == ","sv || key_of(last + 1) == "and"sv)));
    // "the pharaoh's bodyguards, the Medjai, can seize her": so is a group so set off after "the".
    const bool set_off_group = before == "the"sv && before2 == ","sv && candidate.first >= sentence.first_token + 3 &&
                               !several_words && last + 1 < sentence_end && tokens[last + 1].norm == ","sv &&
                               plural_role_noun(key_of(candidate.first - 3));
    const bool after_role_noun = (!before2.empty() && rules_.role_nouns.count(before) > 0 &&
                                  !starts_upper(tokens[candidate.first - 1].norm)) ||
                                 set_off_after_role_noun || set_off_group;
    // Said outright to be those people, everywhere in the story.
    if (set_off_group) return set_kind(EntityKind::character, "", KindEvidence::stated);
    // "Abu Yesha, an Arab village near Gan Dafna": a place said in apposition. But "Stromboli, a
    // puppet master who", "Mr. Tillens, the president of the hotel's company": a person, whose
    // noun comes first.
    bool appositive_person = false;
    if (last + 3 < sentence_end && tokens[last + 1].norm == ","sv) {
        const std::string& article = key_of(last + 2);
        // "Jacy seduces Abilene, her mother's lover": an owner's noun too.
        if (article == "a"sv || article == "an"sv || article == "the"sv || article == "his"sv || article == "her"sv ||
            article == "their"sv) {
            for (std::size_t k = last + 3; k < sentence_end && k <= last + 6 && tokens[k].is_word; ++k) {
                const bool head_ends = k + 1 == sentence_end || !tokens[k + 1].is_word ||
                                       rules_.place_prepositions.count(key_of(k + 1)) || key_of(k + 1) == "of"sv ||
                                       key_of(k + 1) == "who"sv;
                // Not "Princess Isabella of France, the neglected wife": the whole name's apposition.
                // But "in the presence of Caderousse, a drunken neighbour": no name before "of".
                // Nor "the island of Motunui, the ocean chooses a toddler": a place's noun before "of".
                const bool realm_of_name =
                    before == "of"sv && candidate.first >= sentence.first_token + 2 &&
                    (starts_upper(tokens[candidate.first - 2].norm) || rules_.place_nouns.count(key_of(candidate.first - 2)) ||
                     rules_.head_cues.count(key_of(candidate.first - 2)));
                if (rules_.role_nouns.count(key_of(k)) && head_ends && !starts_upper(tokens[k].norm) && !realm_of_name) {
                    appositive_person = true;
                    break;
                }
                const auto head_word = rules_.head_cues.find(key_of(k));
                // Not "Sanka Coffie, the island's pushcart champion": the place owns the noun after it.
                if (head_word != rules_.head_cues.end() && head_word->second.kind == EntityKind::place &&
                    (k + 1 == sentence_end || (!tokens[k + 1].is_word && tokens[k + 1].norm != "'s"sv) ||
                     rules_.place_prepositions.count(key_of(k + 1))))
                    // A kind of place (data/place_nouns.txt, not a head word that is also a people's,
                    // as "a Moor") says it outright, as "the small town of Rockwell" does: a place
                    // everywhere in the story ("a ticket to Harrison, the nearest town ... reaches Harrison").
                    return set_kind(EntityKind::place, head_word->second.subtype,
                                    rules_.place_nouns.count(key_of(k)) ? KindEvidence::stated : KindEvidence::strong);
                if (key_of(k) == "of"sv) break;
            }
        }
    }
    // "Tibby's hat" is a person's, but "London's streets" a place's: a possessive is a
    // person cue only where no gazetteer knows the name.
    const bool possessive_cue = candidate.possessive && !candidate.include_possessive && !place_cue;
    bool strong_person_cue = possessive_cue || rules_.speech_verbs.count(before) > 0 || after_role_noun ||
                             appositive_person;
    bool weak_person_cue = false;
    if (last + 1 < sentence_end) {
        const Token& after = tokens[last + 1];
        const std::string after_key = after.key;
        static const std::vector<std::string_view> joiners{"and", "or", "nor", "but", "of", "the", "a", "an"};
        // In "the Earl of Burlesdon came", the verb belongs to the Earl.
        const bool inside_of_phrase = before == "of"sv;
        // "a rusted Tin Man who longs for a heart": "who" is said of people.
        // "Firenze, who tells him": "who" after the comma too, unless a place is
        // said before ("a couple in Sifnos, who": the couple).
        const bool who_after_comma = !place_cue && after_key == ","sv && last + 2 < sentence_end &&
                                     (tokens[last + 2].key == "who"sv || tokens[last + 2].key == "whom"sv);
        strong_person_cue = strong_person_cue || (!inside_of_phrase && (rules_.speech_verbs.count(after_key) > 0 ||
                                                                        rules_.person_verbs.count(after_key) > 0 ||
                                                                        after_key == "who"sv || after_key == "whom"sv ||
                                                                        who_after_comma));
        weak_person_cue = after.is_word && !starts_upper(after.norm) && !rules_.place_prepositions.count(after_key) &&
                          std::find(joiners.begin(), joiners.end(), after_key) == joiners.end();
    }
    // "Milan and Goran", "Lucia and Milan": coordinated with a first name, a person.
    const bool after_and = last + 2 < sentence_end && tokens[last + 1].key == "and"sv &&
                           rules_.first_names.count(key_of(last + 2)) > 0;
    const bool before_and = candidate.first >= sentence.first_token + 2 && before == "and"sv &&
                            rules_.first_names.count(key_of(candidate.first - 2)) > 0;
    strong_person_cue = strong_person_cue || after_and || before_and;
    const bool person_cue = strong_person_cue || (weak_person_cue && !place_cue);

    // "the Wicked Witch of the West", "Duke of Venice": a person noun before "of" is someone.
    for (std::size_t k = candidate.first + 1; k < candidate.last; ++k)
        if (key_of(k) == "of"sv && names_someone(key_of(k - 1)) &&
            !rules_.head_cues.count(key_of(candidate.last)))
            return set_kind(EntityKind::character, "", KindEvidence::strong);
    // "Mary names him Paddington after the station": a name given to someone is theirs
    // everywhere in the story, though a place is called so too.
    if (!several_words && (before == "him"sv || before == "her"sv) && !before2.empty() && rules_.is_naming_verb(before2))
        return set_kind(EntityKind::character, "", KindEvidence::stated);
    // "a wine bar called Moby Dick's", "a town called Hope": a name given to a kind of place is the place's.
    if (candidate.first >= sentence.first_token + 2 && rules_.naming_words.count(before) &&
        !starts_upper(tokens[candidate.first - 2].norm) && rules_.place_nouns.count(before2))
        return set_kind(EntityKind::place, "FAC", KindEvidence::stated);
    // "the small town of Rockwell": a kind of place said of the name makes it that place
    // everywhere in the story, though the name is also a given name.
    const bool lower_before2 = candidate.first >= sentence.first_token + 2 && !starts_upper(tokens[candidate.first - 2].norm);
    if (!several_words && !candidate.possessive && before == "of"sv && lower_before2 && rules_.place_nouns.count(before2))
        return set_kind(EntityKind::place, "GPE", KindEvidence::stated);
    // "the command module Odyssey", "the yacht Day Dream": a name right after a noun for a craft,
    // with an article before, names the craft; so does one set off before it ("the Henrietta, a
    // cargo ship"). A place one boards, not someone.
    if (!candidate.possessive) {
        const auto article_before = [&](std::size_t noun) {
            for (std::size_t k = noun; k-- > sentence.first_token && noun - k <= 3;) {
                const std::string& word = key_of(k);
                if (word == "the"sv || word == "a"sv || word == "an"sv || word == "his"sv || word == "her"sv ||
                    word == "their"sv)
                    return true;
                if (!tokens[k].is_word || starts_upper(tokens[k].norm)) return false;
            }
            return false;
        };
        const bool named_craft = candidate.first > sentence.first_token + 1 && rules_.vehicle_nouns.count(before) &&
                                 !starts_upper(tokens[candidate.first - 1].norm) && article_before(candidate.first - 1);
        // "the Henrietta, a cargo ship", "Spectre, a hidden town": the first noun of `nouns` in a
        // short phrase set off right after the name by a comma and an article, if any.
        const auto noun_set_off_after = [&](const WordSet& nouns) -> std::optional<std::size_t> {
            if (last + 3 >= sentence_end || tokens[last + 1].norm != ","sv ||
                (key_of(last + 2) != "a"sv && key_of(last + 2) != "an"sv && key_of(last + 2) != "the"sv))
                return std::nullopt;
            for (std::size_t k = last + 3; k < sentence_end && k <= last + 5; ++k) {
                if (!tokens[k].is_word || starts_upper(tokens[k].norm)) break;
                if (nouns.count(key_of(k))) return k;
            }
            return std::nullopt;
        };
        // Not "Danglars, the ship's supercargo": the craft must be the head.
        const auto craft = noun_set_off_after(rules_.vehicle_nouns);
        const bool described_craft = craft && (*craft + 1 >= sentence_end || tokens[*craft + 1].norm != "'s"sv);
        if (named_craft || described_craft) return set_kind(EntityKind::place, "FAC", KindEvidence::strong);
        // "Spectre, a hidden town where nobody wears shoes": set off before a kind of place, which
        // ends the phrase: not "the town attorney", "a palace horse".
        if (const auto place = noun_set_off_after(rules_.place_nouns)) {
            static const std::array<std::string_view, 10> after_head{"where", "that", "which", "in", "on",
                                                                     "near", "outside", "whose", "called", "named"};
            const std::size_t k = *place;
            const bool head = k + 1 >= sentence_end || (!tokens[k + 1].is_word && tokens[k + 1].norm != "'s"sv) ||
                              std::find(after_head.begin(), after_head.end(), key_of(k + 1)) != after_head.end();
            if (head) return set_kind(EntityKind::place, "GPE", KindEvidence::strong);
        }
    }
    // "the royal capital, Kingsbury, where": a name set off after a kind of place. Not "In the
    // village, Belle sings", nor "In the village, Belle, a bookworm, ...", whom person cues keep.
    const bool set_off_after_place_noun = !several_words && !candidate.possessive && before == ","sv && lower_before2 &&
                                          rules_.place_nouns.count(before2) && last + 1 < sentence_end &&
                                          (tokens[last + 1].norm == "."sv ||
                                           (tokens[last + 1].norm == ","sv && last + 2 < sentence_end &&
                                            rules_.word_class(key_of(last + 2)) != "determiner"sv &&
                                            !rules_.pronouns.count(key_of(last + 2)))) &&
                                          !strong_person_cue;
    if (set_off_after_place_noun) return set_kind(EntityKind::place, "GPE", KindEvidence::strong);
    // "Mobile, Alabama,", "Paris, Texas.": a name with a known state or country set off after it is a town.
    if (last + 3 < sentence_end && tokens[last + 1].norm == ","sv && is_capitalized_word(tokens[last + 2]) &&
        !candidate.possessive) {
        std::size_t region_last = last + 2;
        while (region_last + 1 < sentence_end && region_last < last + 4 && is_capitalized_word(tokens[region_last + 1]))
            ++region_last;
        const auto region = rules_.gazetteer.find(range_key(document, last + 2, region_last));
        const bool set_off = region_last + 1 >= sentence_end ||
                             (!tokens[region_last + 1].is_word && tokens[region_last + 1].norm != "'s"sv);
        if (region != rules_.gazetteer.end() && region->second.kind == EntityKind::place && region->second.subtype == "GPE"sv &&
            set_off && !rules_.first_names.count(first_key) && !person_cue)
            return set_kind(EntityKind::place, "GPE", KindEvidence::strong);
    }
    // "West London", "Southern California": a word of data/place_modifiers.txt before a known place.
    if (several_words && rules_.place_modifiers.count(key_of(candidate.first))) {
        const auto part_of = rules_.gazetteer.find(range_key(document, candidate.first + 1, last));
        if (part_of != rules_.gazetteer.end() && part_of->second.kind == EntityKind::place)
            return set_kind(EntityKind::place, part_of->second.subtype, KindEvidence::strong);
    }
    // One-word gazetteer names (Warwick, Florence, Paris) may be people: their
    // kind is a vote settled across the story; longer ones are sure.
    auto known = rules_.gazetteer.find(whole);
    // "Gru" is not the GRU: an acronym the gazetteer knows is one only in capitals.
    if (known != rules_.gazetteer.end() && known->second.acronym && !several_words && !all_upper(tokens[candidate.first].norm))
        known = rules_.gazetteer.end();
    if (known != rules_.gazetteer.end()) {
        if (several_words || candidate.include_possessive)  // "New York City", "Bloomingdale's"
            return set_kind(known->second.kind, known->second.subtype, KindEvidence::strong);
        const bool also_first_name = first_name != rules_.first_names.end();
        // "is given the horse, Cisco, by a general": the name of one said to be a creature or a
        // person is that one's everywhere in the story, whatever company the gazetteer knows.
        if (set_off_after_role_noun) return set_kind(EntityKind::character, "", KindEvidence::stated);
        // "a girlfriend from Vietnam who is married": a place word before outranks "who" after.
        // "in Houston, Texas, who prefers": a state or country set off after a town is a place,
        // whatever follows it.
        const std::size_t f = candidate.first;
        const bool region_after_town =
            !also_first_name && known->second.subtype == "GPE"sv && f >= sentence.first_token + 3 &&
            tokens[f - 1].norm == ","sv && is_capitalized_word(tokens[f - 2]) &&
            (rules_.place_prepositions.count(key_of(f - 3)) ||
             [&] {
                 const auto town = rules_.gazetteer.find(key_of(f - 2));
                 return town != rules_.gazetteer.end() && town->second.kind == EntityKind::place;
             }());
        if (region_after_town) return set_kind(known->second.kind, known->second.subtype, KindEvidence::strong);
        // "a Paris mansion", "his Brooklyn apartment": a place between an article and the
        // lower-case noun it modifies, though also a given name.
        const std::size_t after = candidate.last + 1;
        const bool modifies_noun =
            known->second.kind == EntityKind::place && f > sentence.first_token && after < sentence_end &&
            is_article_or_determiner(key_of(f - 1)) &&
            tokens[after].is_word && !starts_upper(tokens[after].norm) && rules_.common_word(key_of(after)) &&
            rules_.word_class(key_of(after)).empty() && !rules_.role_nouns.count(key_of(after)) &&
            !rules_.has_verb_shape(key_of(after), {VerbForm::Shape::third_person, VerbForm::Shape::past});
        if (modifies_noun) return set_kind(known->second.kind, known->second.subtype, KindEvidence::fallback);
        const bool said_of_person =
            strong_person_cue && !(possessive_cue && !also_first_name) && !(place_cue && !also_first_name);
        if (said_of_person || (also_first_name && person_cue)) {
            if (also_first_name) mention.gender = first_name->second;
            return set_kind(EntityKind::character, "", KindEvidence::cue);
        }
        if (place_cue && !person_cue) return set_kind(known->second.kind, known->second.subtype, KindEvidence::placed);
        // No cue either way: the gazetteer's word only, which the story's cues outvote ("the
        // demigod Maui", "Maui apologizes": the island's name is a character's). A given name
        // (Victoria, Florence) keeps its vote: the cues a person's name gets are weak ones; so
        // does an organization, which "who" and "they" are said of too ("the KGB, who").
        const bool outvoted = !also_first_name && known->second.kind == EntityKind::place;
        return set_kind(known->second.kind, known->second.subtype, outvoted ? KindEvidence::fallback : KindEvidence::cue);
    }
    // "the Hudson", "the Victoria": a first name after "the" names no person.
    const bool after_article = before == "the"sv;
    if (after_article && !several_words && first_name != rules_.first_names.end())
        return set_kind(EntityKind::place, "LOC", KindEvidence::cue);
    // "King David Hotel", "Queen Mary Hospital": the head word outranks the title.
    auto head = several_words ? rules_.head_cues.find(key_of(candidate.last)) : rules_.head_cues.end();
    // "the Museum of Art": the head word is the one before its "of" phrase.
    for (std::size_t k = candidate.first; head == rules_.head_cues.end() && several_words && k + 1 < candidate.last; ++k)
        if (tokens[k + 1].key == "of"sv) {
            const auto inner = rules_.head_cues.find(key_of(k));
            if (inner != rules_.head_cues.end() && inner->second.kind != EntityKind::character) head = inner;
            break;
        }
    std::size_t words_after_title = 0;
    for (std::size_t k = candidate.first + 1; k <= candidate.last; ++k) words_after_title += tokens[k].is_word;
    // "Queen's Academy", "King's College": a title owning the head names a place too.
    const bool title_owns_head = candidate.first + 1 < candidate.last && tokens[candidate.first + 1].norm == "'s"sv;
    if (head != rules_.head_cues.end() && rules_.honorifics.count(first_key) && (words_after_title >= 2 || title_owns_head))
        return set_kind(head->second.kind, head->second.subtype, KindEvidence::strong);
    // "the Tin Man", "the Wicked Witch", "Cowardly Lion": a name ending in a noun for a person or creature.
    // Not "the Hotel Flamingo", whose first word marks a place.
    // "the Soggy Bottom Boys", "the Lost Boys": a plural one names a group of them.
    std::string singular_last;
    // Whether the name's first words, not all of them, are a known place.
    const auto starts_with_place = [&] {
        std::string words;
        for (std::size_t k = candidate.first; k < candidate.last && k < candidate.first + 3; ++k) {
            if (!tokens[k].is_word) return false;
            words.append(words.empty() ? "" : " ").append(key_of(k));
            const auto alias = rules_.aliases.find(words);
            const auto known = rules_.gazetteer.find(alias != rules_.aliases.end() ? alias->second : words);
            if (known != rules_.gazetteer.end() && known->second.kind == EntityKind::place) return true;
        }
        return false;
    };
    const bool plural_person_last = several_words && head == rules_.head_cues.end() &&
                                    rules_.is_plural_person_noun(key_of(candidate.last), singular_last);
    // "the New York Knights", "the Dallas Cowboys": people of a place, in the plural, are its team.
    if (plural_person_last && starts_with_place()) return set_kind(EntityKind::organization, "ORG", KindEvidence::strong);
    if (several_words && head == rules_.head_cues.end() && !rules_.first_cues.count(first_key) &&
        (rules_.role_nouns.count(key_of(candidate.last)) || (!rules_.gazetteer.count(first_key) && plural_person_last)))
        return set_kind(EntityKind::character, "", KindEvidence::strong);
    if (const auto title = rules_.honorifics.find(first_key); title != rules_.honorifics.end() && several_words) {
        mention.gender = title->second.gender;
        return set_kind(EntityKind::character, "", KindEvidence::strong);
    }
    // "learns from Parson Tringham", "run by Dairyman Crick": a noun for a person used as a title.
    if (several_words && head == rules_.head_cues.end() && !rules_.first_cues.count(first_key))
        if (const auto noun = rules_.role_nouns.find(first_key); noun != rules_.role_nouns.end()) {
            mention.gender = noun->second.gender;
            return set_kind(EntityKind::character, "", KindEvidence::strong);
        }
    // "on 45th Street", "at 221 Baker Street" read as "Street": a head word of places after a number
    // is the place's.
    if (!several_words && candidate.first > sentence.first_token) {
        const std::string& number = tokens[candidate.first - 1].norm;
        const auto place_head = rules_.head_cues.find(first_key);
        if (!number.empty() && number[0] >= '0' && number[0] <= '9' && place_head != rules_.head_cues.end() &&
            place_head->second.kind == EntityKind::place)
            return set_kind(EntityKind::place, place_head->second.subtype, KindEvidence::strong);
    }
    // "the River Anduin": after "the", a place's first word is that, though also a given name (River Phoenix).
    if (several_words && after_article)
        if (const auto cue = rules_.first_cues.find(first_key); cue != rules_.first_cues.end())
            return set_kind(cue->second.kind, cue->second.subtype, KindEvidence::strong);
    if (first_name != rules_.first_names.end() && head == rules_.head_cues.end() &&
        candidate.last - candidate.first <= 1) {
        // "Lionel Witherspoon", but not "Washington Square" or "Lincoln Memorial Hospital".
        mention.gender = first_name->second;
        return set_kind(EntityKind::character, "", KindEvidence::strong);
    }
    if (several_words) {
        if (const auto cue = rules_.first_cues.find(first_key); cue != rules_.first_cues.end())
            return set_kind(cue->second.kind, cue->second.subtype, KindEvidence::strong);
        if (head != rules_.head_cues.end()) return set_kind(head->second.kind, head->second.subtype, KindEvidence::strong);
    }
    if (first_name != rules_.first_names.end()) {
        mention.gender = first_name->second;
        return set_kind(EntityKind::character, "", KindEvidence::strong);
    }
    if (place_cue && !person_cue) return set_kind(EntityKind::place, "GPE", KindEvidence::cue);
    if (!several_words && !person_cue) {
        for (const std::string& suffix : rules_.place_suffixes) {
            if (has_suffix(whole, suffix, 3)) return set_kind(EntityKind::place, "GPE", KindEvidence::cue);
        }
    }
    if (person_cue) return set_kind(EntityKind::character, "", KindEvidence::cue);
    if (after_article) return set_kind(EntityKind::place, "LOC", KindEvidence::cue);
    return set_kind(EntityKind::character, "", KindEvidence::fallback);
}

void MentionFinder::called_by_head_alone(const std::vector<Document>& documents, std::vector<Mention>& mentions) const {
    WordSet called;  // one-word names of characters
    for (const Mention& mention : mentions)
        if (mention.form == MentionForm::name && mention.kind == EntityKind::character &&
            mention.text.find(' ') == std::string::npos)
            called.insert(fold_case(mention.text));
    if (called.empty()) return;
    // Names said somewhere as a place is: "to Hoggett Farm", "the Seahaven Island".
    WordSet said_as_place;
    for (const Mention& mention : mentions) {
        if (mention.form != MentionForm::name || mention.kind != EntityKind::place || mention.first_token == 0) continue;
        const std::string& before = documents[mention.doc].tokens[mention.first_token - 1].key;
        if (before == "the"sv || before == "to"sv || before == "on"sv || before == "of"sv || before == "at"sv ||
            before == "in"sv || rules_.place_prepositions.count(before))
            said_as_place.insert(fold_case(mention.text));
    }
    // Surnames: the last words of characters' longer names ("Hoggett" of Arthur Hoggett).
    WordSet surnames;
    for (const Mention& mention : mentions)
        if (mention.form == MentionForm::name && mention.kind == EntityKind::character)
            if (const std::size_t space = mention.text.rfind(' '); space != std::string::npos)
                surnames.insert(fold_case(std::string_view(mention.text).substr(space + 1)));
    for (Mention& mention : mentions) {
        if (mention.form != MentionForm::name || mention.kind != EntityKind::place) continue;
        // The given name, perhaps after a title: "Professor Harold Hill".
        const std::string whole = fold_case(mention.text);
        const std::vector<std::string_view> words = split(whole, ' ');
        if (words.size() < 2 || words.size() > 3) continue;
        if (words.size() == 3 && !rules_.honorifics.count(words[0])) continue;
        const std::string_view given = words[words.size() - 2], head = words.back();
        if (!rules_.head_cues.count(head)) continue;
        const auto first_name = rules_.first_names.find(given);
        // Or "Ardeth Bay ... Ardeth warns Evelyn": a word no list knows, called alone as a character.
        const bool called_by_given = first_name == rules_.first_names.end() && called.count(given) && !said_as_place.count(whole) && !surnames.count(given) &&
                                     !rules_.gazetteer.count(given) && !rules_.common_word(std::string(given));
        if (!called_by_given && (first_name == rules_.first_names.end() || !called.count(head))) continue;
        mention.kind = EntityKind::character;
        mention.subtype.clear();
        if (first_name != rules_.first_names.end()) mention.gender = first_name->second;
    }
}

void MentionFinder::settle_kinds(const std::vector<Document>& documents, std::vector<Mention>& mentions,
                                 const std::vector<KindEvidence>& evidence) const {
    // Best evidence per name key; single words of a longer character name
    // ("Lionel" of "Lionel Witherspoon") count as strong character evidence.
    struct Best {
        KindEvidence level = KindEvidence::fallback;
        std::map<EntityKind, int> votes;
        std::string subtype;
    };
    WordMap<Best> best;
    const auto key_of = [](const Mention& m) { return fold_case(m.text); };
    called_by_head_alone(documents, mentions);
    // The words of longer character names: "O'Hare Air" does not make "O'Hare" the company
    // where Aloysius O'Hare is someone.
    WordSet person_words;
    for (const Mention& mention : mentions) {
        if (mention.form != MentionForm::name || mention.kind != EntityKind::character) continue;
        const std::string whole = key_of(mention);  // the parts below are views into it
        if (whole.find(' ') == std::string::npos) continue;
        for (std::string_view part : split(whole, ' '))
            if (!part.empty()) person_words.insert(std::string(part));
    }
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const Mention& mention = mentions[i];
        if (mention.form != MentionForm::name) continue;
        const KindEvidence own = evidence[i] == KindEvidence::placed ? KindEvidence::cue : evidence[i];
        std::vector<std::pair<std::string, KindEvidence>> keys{{key_of(mention), own}};
        if (mention.kind == EntityKind::character && evidence[i] == KindEvidence::strong) {
            const std::string whole = key_of(mention);
            for (std::string_view part : split(whole, ' ')) {
                // "Sultan of Seringapatam": what follows "of" is the realm, not the person; but a
                // peer is called by his title's place ("Buckingham" for the Duke of Buckingham): a cue.
                if (part == "of"sv) {
                    const std::size_t of = whole.find(" of ");
                    if (of != std::string::npos && rules_.rank_titles.count(whole.substr(0, of)))
                        keys.emplace_back(whole.substr(of + 4), KindEvidence::cue);
                    break;
                }
                // "Count Rugen" makes "Rugen" a person unless a place cue says otherwise;
                // a place name in a person's name ("Jack London") votes only as a cue.
                const bool place_name = rules_.gazetteer.count(std::string(part)) > 0;
                keys.emplace_back(std::string(part), place_name ? KindEvidence::cue : KindEvidence::strong);
            }
        }
        // "Seahaven Island" makes "Seahaven" the island too, unless a person's name says
        // otherwise. A noun for a creature before the head only cues it: "Toad Hall" is
        // Toad's, and "Toad persuades them" says Toad is someone.
        // So does "Rushmore Academy" make "Rushmore" the school.
        if (mention.kind == EntityKind::place || mention.kind == EntityKind::organization) {
            const std::string whole = key_of(mention);
            const std::size_t space = whole.rfind(' ');
            if (space != std::string::npos && space > 0) {
                const auto head = rules_.head_cues.find(whole.substr(space + 1));
                const std::string before_head = whole.substr(0, space);
                if (head != rules_.head_cues.end() && head->second.kind == mention.kind &&
                    (mention.kind == EntityKind::place || !person_words.count(before_head)))
                    keys.emplace_back(before_head, rules_.role_nouns.count(before_head) ? KindEvidence::cue
                                                                                        : KindEvidence::placed);
            }
            // "HMS Bounty" makes "the Bounty" the ship: an abbreviation that opens a place's name
            // gives the rest away; "Castle Dracula" or "Camp David" does not ("Dracula" is someone).
            const std::size_t first_space = whole.find(' ');
            const std::string_view text = mention.text;
            if (first_space != std::string::npos && first_space >= 2 && first_space + 1 < whole.size() &&
                whole.find(' ', first_space + 1) == std::string::npos && text.size() > first_space &&
                std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(first_space),
                            [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                rules_.first_cues.count(whole.substr(0, first_space)))
                keys.emplace_back(whole.substr(first_space + 1), KindEvidence::placed);
        }
        for (const auto& [key, level] : keys) {
            Best& entry = best[key];
            if (level > entry.level) {
                entry = Best{level, {}, {}};
            }
            if (level == entry.level) {
                ++entry.votes[mention.kind];
                if (entry.subtype.empty()) entry.subtype = mention.subtype;
            }
        }
    }
    // "Sports Management International (SMI)": the acronym is what it spells out.
    for (const auto& [acronym, full] : spelled_out_acronyms(documents, mentions)) {
        const auto known = best.find(full);
        if (known == best.end()) continue;
        Best spelled = known->second;
        best[acronym] = std::move(spelled);
    }
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        Mention& mention = mentions[i];
        if (mention.form != MentionForm::name) continue;
        const Best& entry = best[key_of(mention)];
        // A mention's own placed or strong evidence stands, unless the story says outright what the name is.
        if (evidence[i] >= KindEvidence::placed && !(entry.level == KindEvidence::stated && evidence[i] < entry.level))
            continue;
        // The most votes at the best level; a tie goes to the character.
        EntityKind kind = EntityKind::character;
        int most = entry.votes.count(EntityKind::character) ? entry.votes.at(EntityKind::character) : 0;
        for (const auto& [candidate, votes] : entry.votes) {
            if (votes > most) { most = votes; kind = candidate; }
        }
        if (kind != mention.kind) {
            mention.kind = kind;
            mention.subtype = kind == EntityKind::character ? "" : entry.subtype;
        }
    }
    for (Mention& mention : mentions) {
        if (mention.form != MentionForm::name || mention.kind != EntityKind::character) continue;
        const Document& document = documents[mention.doc];
        const Sentence& sentence = document.sentences[mention.sentence];
        if (mention.first_token == sentence.first_token) continue;
        const Token& before = document.tokens[mention.first_token - 1];
        if (!rules_.name_modifiers.count(before.key)) continue;
        // "nineteen-year-old Nicholas": the end of a compound, not "Old Nick".
        if (mention.first_token >= sentence.first_token + 2 && document.tokens[mention.first_token - 2].norm == "-"sv)
            continue;
        take_previous_token(document, mention);
    }
    for (Mention& mention : mentions) {
        if (mention.form != MentionForm::name || mention.kind == EntityKind::character) continue;
        const Document& document = documents[mention.doc];
        const Sentence& sentence = document.sentences[mention.sentence];
        if (mention.first_token == sentence.first_token) continue;
        const Token& before = document.tokens[mention.first_token - 1];
        if (before.key != "the"sv) continue;
        // "the Thames ." keeps its article; in "the Essex marshes" it belongs to "marshes".
        const std::size_t after = mention.last_token + 1;
        if (after < sentence.first_token + sentence.token_count) {
            const Token& next = document.tokens[after];
            if (next.is_word && !rules_.not_names.count(next.key)) continue;
        }
        take_previous_token(document, mention);
    }
}

std::optional<std::size_t> MentionFinder::role_noun_at(const Document& document, std::size_t head,
                                                       std::size_t end, std::string& role, bool* plural) const {
    // Longest first: "security guard" before "guard"; only words that open a
    // longer role noun are tried for one.
    const std::size_t longest = rules_.role_noun_first_words.count(document.tokens[head].key) ? rules_.longest_role_noun_words : 1;
    std::string longer, candidate;  // reused across widths: one allocation at most
    const auto& tokens = document.tokens;
    // "mother-in-law", "right-hand man": the word breaker splits a hyphened noun, which
    // role_nouns.tsv lists whole, so a hyphen joins its neighbours without a space. Not "ex-": the
    // description's reader takes "her ex-husband" as a husband she once had (former_ties.txt).
    const auto hyphen_between = [&](std::size_t k) {
        return (tokens[k].norm == "-"sv || tokens[k - 1].norm == "-"sv) && tokens[k - 1].span.end == tokens[k].span.begin;
    };
    const bool former = head + 1 < end && tokens[head].key == "ex"sv && tokens[head + 1].norm == "-"sv;
    for (std::size_t width = std::min(longest, end - head); width >= 1; --width) {
        // One word is looked up as its token's key, without a copy.
        const std::string* joined = &document.tokens[head].key;
        if (width > 1) {
            if (former) continue;
            longer.clear();
            for (std::size_t k = head; k < head + width; ++k) {
                if (k > head && !hyphen_between(k)) longer += ' ';
                longer += document.tokens[k].key;
            }
            joined = &longer;
        }
        if (const auto noun = rules_.role_nouns.find(*joined); noun != rules_.role_nouns.end()) {
            // "a couple", "Shambu's gang": one noun for several people.
            if (plural) *plural = noun->second.category == "group"sv;
            role = *joined;
            return head + width - 1;
        }
        // "a Welshman", "the Germans": a people's noun, capitalized (not "the pole").
        // Not before a role noun of its own: "the German commander" is a commander.
        const bool role_follows = head + 1 < end && rules_.role_nouns.count(document.tokens[head + 1].key);
        if (width == 1 && plural && !role_follows && starts_upper(document.tokens[head].norm)) {
            if (rules_.people_nouns.count(*joined)) {
                *plural = false;
                role = *joined;
                return head;
            }
            if (some_singular_fits({}, *joined, candidate, [&](const std::string& noun) { return rules_.people_nouns.count(noun) > 0; })) {
                role = candidate;
                *plural = true;
                return head;
            }
        }
        // "the muggers", "two young men": a group named by the plural of a role. Not an
        // auxiliary: "George's mother does not know him" has no does (female deer).
        if (!plural) continue;
        if (const auto word = rules_.event_words.find(document.tokens[head + width - 1].key);
            word != rules_.event_words.end() && (word->second == "do"sv || word->second == "be"sv || word->second == "have"sv))
            continue;
        const std::size_t last_space = joined->rfind(' ');
        const std::size_t stem_size = last_space == std::string::npos ? 0 : last_space + 1;
        const std::string_view whole = *joined;
        if (some_singular_fits(whole.substr(0, stem_size), whole.substr(stem_size), candidate,
                               [&](const std::string& noun) { return rules_.role_nouns.count(noun) > 0; })) {
            role = candidate;
            *plural = true;
            return head + width - 1;
        }
    }
    return std::nullopt;
}

void MentionFinder::find_descriptions_and_pronouns(const Document& document, const Sentence& sentence, const DocumentWords& words,
                                                   std::size_t doc_index, std::size_t sentence_index,
                                                   std::size_t first_mention, std::vector<Mention>& out) const {
    const auto& tokens = document.tokens;
    const std::size_t end = sentence.first_token + sentence.token_count;
    const std::size_t names_end = out.size();
    const auto key_of = [&](std::size_t i) -> const std::string& { return tokens[i].key; };

    // Which name mention ends at / starts at a token, for possessives and appositions.
    const auto name_ending_at = [&](std::size_t token) -> std::optional<std::size_t> {
        for (std::size_t m = first_mention; m < names_end; ++m)
            if (out[m].last_token == token) return m;
        return std::nullopt;
    };
    // A character's name ending there: "In India, the panther Bagheera" is no apposition to India.
    const auto character_name_ending_at = [&](std::size_t token) -> std::optional<std::size_t> {
        const auto name = name_ending_at(token);
        if (name && out[*name].kind == EntityKind::character) return name;
        return std::nullopt;
    };
    const auto name_starting_at = [&](std::size_t token) -> std::optional<std::size_t> {
        for (std::size_t m = first_mention; m < names_end; ++m)
            if (out[m].first_token == token && out[m].kind == EntityKind::character) return m;
        return std::nullopt;
    };
    // The name at `token`, or after a quoted nickname there: "the landowner "Red" Will Danaher".
    const auto name_past_nickname = [&](std::size_t token) -> std::optional<std::size_t> {
        if (const auto name = name_starting_at(token)) return name;
        if (tokens[token].norm != "\""sv) return std::nullopt;
        for (std::size_t k = token + 1; k < end && k <= token + 4; ++k) {
            if (tokens[k].norm == "\""sv) return k > token + 1 && k + 1 < end ? name_starting_at(k + 1) : std::nullopt;
            if (!is_capitalized_word(tokens[k])) return std::nullopt;
        }
        return std::nullopt;
    };
    // The name at `token`, or after a description there: "the Cuban expatriate Orlando".
    const auto name_after_description = [&](std::size_t token) -> std::optional<std::size_t> {
        if (const auto name = name_starting_at(token)) return name;
        // "Kay's fiancé, gambler Harry Weston,": a bare role noun, perhaps after a modifier or two.
        if (!is_determiner(key_of(token))) {
            for (std::size_t k = token; k < end && k <= token + 2; ++k) {
                if (!tokens[k].is_word || starts_upper(tokens[k].norm) || rules_.event_words.count(key_of(k)) ||
                    rules_.pronouns.count(key_of(k)))
                    return std::nullopt;
                if (rules_.role_nouns.count(key_of(k)) && k + 1 < end)
                    if (const auto name = name_starting_at(k + 1)) return name;
            }
            return std::nullopt;
        }
        for (std::size_t k = token + 1; k < end && k <= token + 6; ++k) {
            if (const auto name = name_past_nickname(k)) return name;
            // "the loud and bullying landowner Will Danaher": "and" between two modifiers.
            if (key_of(k) == "and"sv && k > token + 1 && k + 1 < end && !starts_upper(tokens[k - 1].norm) &&
                tokens[k + 1].is_word && !starts_upper(tokens[k + 1].norm))
                continue;
            if (!tokens[k].is_word || rules_.event_words.count(key_of(k)) || rules_.pronouns.count(key_of(k)) ||
                (starts_upper(tokens[k].norm) && !rules_.demonyms.count(key_of(k))))
                return std::nullopt;
        }
        return std::nullopt;
    };
    // Whether the comma at `comma` closes a clause that opens the sentence:
    // "Realizing that Belle loves the Beast, the jealous Gaston has her locked
    // up" has no apposition, "When his friend, Anatoly, defects" has one.
    const auto closes_opening_clause = [&](std::size_t comma) {
        const std::string& first = key_of(sentence.first_token);
        const bool opens_clause = is_subordinator(first, rules_) || (first.size() > 4 && first.ends_with("ing"));
        // "During the feast of Lupercal, a soothsayer warns Caesar": so does a prepositional phrase,
        // when a description and its verb follow the comma.
        const bool opens_phrase = rules_.word_class(first) == "preposition"sv;
        // "On his first day, while Antonio is pasting a poster of Rita Hayworth, a young man snatches
        // the bicycle": a subordinate clause after an opening phrase and its comma.
        bool clause_after_phrase = false;
        for (std::size_t k = sentence.first_token; k < comma; ++k) {
            if (tokens[k].norm != ","sv) continue;
            clause_after_phrase = opens_phrase && !clause_after_phrase && is_subordinator(key_of(k + 1), rules_);
            if (!clause_after_phrase) return false;
        }
        if (!opens_clause && !opens_phrase) return false;
        // A description and its verb after the comma: the clause's subject. After a clause (not a
        // phrase) an indefinite one too, before a present-tense verb, even one that is also a noun
        // ("a young man snatches"; not "a feared Red commander"); a definite one after a clause may
        // be the clause's name again ("the assistant principal").
        const bool indefinite_after = key_of(comma + 1) == "a"sv || key_of(comma + 1) == "an"sv;
        const bool after_clause = (opens_clause || clause_after_phrase) && indefinite_after;
        if ((opens_phrase && is_determiner(key_of(comma + 1))) || after_clause) {
            for (std::size_t k = comma + 2; k < end && k <= comma + 4; ++k) {
                if (!tokens[k].is_word || starts_upper(tokens[k].norm)) break;
                if (after_clause ? rules_.has_verb_shape(key_of(k), {VerbForm::Shape::third_person})
                                 : rules_.has_verb_shape(key_of(k), {VerbForm::Shape::third_person, VerbForm::Shape::past}) &&
                                       !rules_.any_verb_reading(key_of(k), [](const VerbForm& form) { return form.also_noun; }))
                    return true;
            }
        }
        // The name then goes on as the subject, not closed by a second comma; so too after a
        // prepositional phrase: "On her way to visit her sister, Sophie is harassed".
        for (std::size_t k = comma + 1; k < end && k <= comma + 6; ++k) {
            if (const auto name = name_starting_at(k)) {
                const std::size_t after = out[*name].last_token + 1;
                return after < end && tokens[after].norm != ","sv && tokens[after].norm != "("sv;
            }
        }
        return false;
    };
    const auto inside_name = [&](std::size_t token) {
        for (std::size_t m = first_mention; m < names_end; ++m)
            if (out[m].first_token <= token && token <= out[m].last_token) return true;
        return false;
    };

    // Whether the phrase opening at `first` follows a copula or "like" ("is
    // not a doctor", "becomes a father", "like a son"), adverbs between.
    const auto says_what_someone_is = [&](std::size_t first) {
        for (std::size_t k = first; k > sentence.first_token;) {
            const std::string& word = key_of(--k);
            if (rules_.predicative_words.count(word)) return true;
            const auto word_class = rules_.event_words.find(word);
            const bool adverb = word_class != rules_.event_words.end() &&
                                (word_class->second == "adverb"sv || word_class->second == "negation"sv);
            if (!adverb && !(word.size() > 4 && word.ends_with("ly"))) return false;
        }
        return false;
    };
    // Whether a name or a role noun comes within three words: "a gang of
    // thieves", "the army of Cao Cao", not "a couple of days".
    const auto people_follow = [&](std::size_t first) {
        for (std::size_t k = first; k < end && k < first + 3; ++k) {
            if (name_starting_at(k)) return true;
            std::string role;
            bool plural = false;
            if (tokens[k].is_word && role_noun_at(document, k, end, role, &plural)) return true;
        }
        return false;
    };

    for (std::size_t i = sentence.first_token; i < end; ++i) {
        if (tokens[i].norm == "\""sv)
            if (const std::size_t close = quoted_title_end(document, sentence, i)) {
                i = close;
                continue;
            }
        if (!tokens[i].is_word && tokens[i].norm != "'s"sv && !is_plural_possessive_mark(tokens, i, end)) continue;
        if (inside_name(i)) continue;
        static const std::string possessive_s = "'s";
        const std::string& key = tokens[i].norm == "'s"sv ? possessive_s : key_of(i);

        std::optional<std::size_t> pronoun_mention;
        if (const auto pronoun = find_in_short_table(rules_.pronouns, key); pronoun != rules_.pronouns.end()) {
            pronoun_mention = out.size();
            Mention mention;
            mention.doc = doc_index;
            mention.sentence = sentence_index;
            mention.first_token = mention.last_token = i;
            mention.span = tokens[i].span;
            mention.text = tokens[i].norm;
            mention.form = MentionForm::pronoun;
            mention.gender = pronoun->second.gender;
            mention.plural = pronoun->second.plural;
            out.push_back(std::move(mention));
            // A possessive pronoun may own a description: fall through.
        }

        // "the farmer's wife": a description owns one too, when no name does.
        const auto owner_ending_at = [&](std::size_t token) -> std::optional<std::size_t> {
            if (const auto name = name_ending_at(token)) return name;
            for (std::size_t m = out.size(); m-- > names_end;)
                if (out[m].last_token == token && out[m].form == MentionForm::description)
                    return m;
            return std::nullopt;
        };
        // The owner before a possessive mark ("Vladimir's", "the farmer's"), found once.
        const std::optional<std::size_t> possessive_owner =
            (key == "'s"sv || is_plural_possessive_mark(tokens, i, end)) && i > sentence.first_token
                ? owner_ending_at(i - 1)
                : std::nullopt;
        const bool possessive_name = possessive_owner.has_value();
        // "Evelyn, whose husband, Ed, barely notices her": "whose" owns the noun after it for the
        // character the relative clause is about.
        const std::optional<std::size_t> whose_owner = [&]() -> std::optional<std::size_t> {
            if (key != "whose"sv || i < sentence.first_token + 2) return std::nullopt;
            const std::size_t before = tokens[i - 1].norm == ","sv ? i - 2 : i - 1;
            auto owner = owner_ending_at(before);
            // "Evelyn is an unhappy, overweight housewife whose husband": the copula's subject.
            for (std::size_t k = before; !owner && k > sentence.first_token && before - k < 8; --k) {
                const std::string& word = key_of(k);
                if (word == "is"sv || word == "was"sv) {
                    owner = name_ending_at(k - 1);
                    break;
                }
                if (!(tokens[k].is_word && !starts_upper(tokens[k].norm) && !rules_.verbs.count(word)) &&
                    tokens[k].norm != ","sv)
                    break;
            }
            if (!owner || out[*owner].kind != EntityKind::character || out[*owner].possessive) return std::nullopt;
            return owner;
        }();
        const bool indefinite = key == "a"sv || key == "an"sv || key == "another"sv;
        const bool counted = is_group_determiner(key);
        // "Doctors and scientists try to save him", "picked up by smugglers": a bare
        // plural role noun opening the sentence or after "by" brings in a group.
        const bool determined = is_determiner(key) || possessive_name || indefinite || counted || whose_owner;
        // "a group of Siamese women", "a gang of thugs": the people after a collective noun and "of".
        const bool gathered = i >= sentence.first_token + 2 && key_of(i - 1) == "of"sv && [&] {
            const auto noun = rules_.role_nouns.find(key_of(i - 2));
            return rules_.collective_nouns.count(key_of(i - 2)) > 0 ||
                   (noun != rules_.role_nouns.end() && noun->second.category == "group"sv);
        }();
        // So does one after a short opening phrase and its comma: "Soon afterwards, German troops arrive".
        const auto after_opening_phrase = [&] {
            if (i < sentence.first_token + 2 || i > sentence.first_token + 4 || tokens[i - 1].norm != ","sv ||
                name_ending_at(i - 2))  // "Legolas, son of Thranduil": an apposition
                return false;
            for (std::size_t k = sentence.first_token; k + 1 < i; ++k)
                if (!tokens[k].is_word || (k > sentence.first_token && starts_upper(tokens[k].norm))) return false;
            return true;
        };
        const bool bare = !determined && !pronoun_mention &&
                          (i == sentence.first_token || key_of(i - 1) == "by"sv || gathered || after_opening_phrase());
        // "Boromir, son of the Steward of Gondor": a kin noun with no article, in apposition
        // to a name and followed by "of", is a description of that name.
        // The cheap tests first, inline: this is asked of every word.
        const bool bare_kin = !determined && !pronoun_mention && i >= sentence.first_token + 2 &&
                              tokens[i - 1].norm == ","sv && [&] {
            if (!character_name_ending_at(i - 2)) return false;
            std::string kin;
            const auto kin_end = role_noun_at(document, i, end, kin, nullptr);
            if (!kin_end || *kin_end + 1 >= end || key_of(*kin_end + 1) != "of"sv) return false;
            const auto noun = rules_.role_nouns.find(kin);
            return noun != rules_.role_nouns.end() && noun->second.category == "kin"sv;
        }();
        if (!determined && !bare && !bare_kin) continue;

        // Up to three modifiers, then the longest role noun.
        for (std::size_t head = bare || bare_kin ? i : i + 1; head < end && head <= i + 6; ++head) {
            std::string role;
            bool plural = false;
            std::optional<std::size_t> role_end = role_noun_at(document, head, end, role, &plural);
            // In a compound the last noun is the role: "clown friend" is a
            // friend, "fellow Russian defector" a defector.
            while (role_end && *role_end + 1 < end) {
                std::string longer_role;
                bool longer_plural = false;
                std::size_t next = *role_end + 1;
                if (next + 1 < end && rules_.demonyms.count(key_of(next))) ++next;
                // "his ex-girlfriend", "her ex-husband": the former partner is the role.
                const bool former = role == "ex"sv && next + 1 < end && tokens[next].norm == "-"sv &&
                                    tokens[next - 1].span.end == tokens[next].span.begin &&
                                    tokens[next].span.end == tokens[next + 1].span.begin;
                if (former) ++next;
                // Not into a name: "his brother Prince John" is a brother.
                if (inside_name(next)) break;
                auto longer = role_noun_at(document, next, end, longer_role, &longer_plural);
                // "an eccentric gold prospector", "an eccentric one-legged gold prospector": up to two
                // plain words may stand between, a hyphened pair counting as one.
                const auto plain_word = [&](std::size_t k) {
                    return k < end && tokens[k].is_word && !starts_upper(tokens[k].norm) &&
                           rules_.common_word(key_of(k)) && !rules_.event_lexicon.count(key_of(k)) &&
                           !rules_.pronouns.count(key_of(k));
                };
                for (std::size_t k = next, words = 0; !longer && !former && words < 2 && plain_word(k); ++words) {
                    if (k + 2 < end && tokens[k + 1].norm == "-"sv && tokens[k].span.end == tokens[k + 1].span.begin &&
                        tokens[k + 1].span.end == tokens[k + 2].span.begin && tokens[k + 2].is_word)
                        k += 2;
                    ++k;
                    if (k < end && !inside_name(k)) longer = role_noun_at(document, k, end, longer_role, &longer_plural);
                }
                if (!longer) break;
                // Not "two ex-soldiers": only a partner was one's before.
                if (former && rules_.role_noun(longer_role).category != "kin"sv) break;
                role_end = longer;
                role = std::move(longer_role);
                plural = longer_plural;
            }
            // A people's noun names someone only capitalized and closing its phrase, before a verb, a
            // function word or a mark: "the Germans prepare", "to the Germans in exchange", "a Welshman,";
            // not "the American embassy", "the Soviet space program", "the pole".
            if (role_end && rules_.role_noun(role).category == "people"sv) {
                const std::size_t next = *role_end + 1;
                const bool closes_phrase =
                    next >= end || !tokens[next].is_word ||
                    (!starts_upper(tokens[next].norm) &&
                     (rules_.event_words.count(key_of(next)) ||
                      rules_.has_verb_shape(key_of(next), {plural ? VerbForm::Shape::base : VerbForm::Shape::third_person,
                                                           VerbForm::Shape::past})));
                if (!starts_upper(tokens[*role_end].norm) || !closes_phrase) break;
            }
            // "two men" counts a group; "two" before a single one is no description.
            if (role_end && (counted || bare) && !plural) break;
            // "a boys' band": "a" is the band's; a plural after it owns what follows.
            if (role_end && indefinite && plural && is_plural_possessive_mark(tokens, *role_end + 1, end)) break;
            // "Doctors and scientists", "his brothers and sisters": one group.
            if (role_end && plural && *role_end + 2 < end && key_of(*role_end + 1) == "and"sv) {
                std::string other_role;
                bool other_plural = false;
                const auto other = role_noun_at(document, *role_end + 2, end, other_role, &other_plural);
                if (other && other_plural && !inside_name(*role_end + 2)) role_end = other;
            }
            if (role_end) {
                // A people's noun is capitalized by spelling, not as a fable character's name.
                const bool capitalized = starts_upper(tokens[head].norm) && !rules_.demonyms.count(key_of(head));
                // "a clerk" introduces or predicates; it names someone only in
                // apposition to a name, or as a capitalized fable character ("a Lion").
                std::optional<std::size_t> appositive;
                // "Chi-Fu, the Emperor's adviser": a possessor is not the apposition.
                const bool owns_next = *role_end + 1 < end && (tokens[*role_end + 1].norm == "'s"sv || tokens[*role_end + 1].norm == "'"sv);
                // "Boris, the apparatchik", "Vladimir (a saxophonist)", "The Bad - a bandit".
                // Not "his Aunt Polly, his half-brother Sid": a name right after the noun is the one it describes.
                const auto name_right_after = [&]() -> std::optional<std::size_t> {
                    if (*role_end + 1 >= end) return std::nullopt;
                    const auto named = name_starting_at(*role_end + 1);
                    if (named && out[*named].possessive) return std::nullopt;
                    return named;
                };
                if (!owns_next && i >= sentence.first_token + 2 && is_apposition_mark(tokens[i - 1].norm) &&
                    !name_right_after() && !(tokens[i - 1].norm == ","sv && closes_opening_clause(i - 1)))
                    appositive = character_name_ending_at(i - 2);
                // "Ragueneau, now her steward,": an adverb after the mark.
                if (!appositive && !owns_next && i >= sentence.first_token + 3 && tokens[i - 2].norm == ","sv &&
                    rules_.word_class(key_of(i - 1)) == "adverb"sv &&
                    !name_right_after())
                    appositive = character_name_ending_at(i - 3);
                bool in_list = false;
                // "Lorry drives Lucie, her daughter and Darnay", "Lucie, her daughter, the doctor and
                // Darnay": a description owned by "her" that a list goes on after is an item of it.
                if (appositive && pronoun_mention && tokens[i - 1].norm == ","sv && *role_end + 2 < end) {
                    const std::string& next = key_of(*role_end + 1);
                    const bool list_goes_on =
                        (next == "and"sv && tokens[*role_end + 2].is_word) ||
                        (next == ","sv && (name_starting_at(*role_end + 2) || is_determiner(key_of(*role_end + 2))) &&
                         [&] {
                             for (std::size_t k = *role_end + 2; k < end && k <= *role_end + 8; ++k)
                                 if (key_of(k) == "and"sv) return true;
                             return false;
                         }());
                    if (list_goes_on) {
                        appositive.reset();
                        in_list = true;
                    }
                }
                // "Abner Ravenwood, Indy's old mentor": the mark is before the owner's name. A name right
                // after it comes first: "Harry, Ron's sister Ginny and Hermione".
                if (!appositive && !owns_next && possessive_name) {
                    if (*role_end + 1 < end) appositive = name_starting_at(*role_end + 1);
                    const std::size_t owner_begin = out[*possessive_owner].first_token;
                    if (!appositive && owner_begin >= sentence.first_token + 2 && is_apposition_mark(tokens[owner_begin - 1].norm))
                        appositive = character_name_ending_at(owner_begin - 2);
                }
                if (!appositive && !owns_next && *role_end + 1 < end) appositive = name_past_nickname(*role_end + 1);
                // "Spur, a prospector and an old friend of his father's": a second calling after an
                // apposition's first, not a kin, describes the same one.
                // So when an owner opens it: "Curtis, the orphanage's handyman and the brothers' old mentor".
                const std::size_t calling_start = possessive_owner ? out[*possessive_owner].first_token : i;
                if (!appositive && !owns_next && !plural && !in_list && calling_start >= sentence.first_token + 2 &&
                    key_of(calling_start - 1) == "and"sv && rules_.role_noun(role).category != "kin"sv)
                    for (std::size_t m = out.size(); m-- > first_mention;) {
                        if (out[m].last_token >= calling_start) continue;
                        if (out[m].last_token + 2 == calling_start && out[m].form == MentionForm::description &&
                            !out[m].plural && !out[m].possessive)
                            appositive = out[m].appositive_to;
                        break;
                    }
                // "his friend and coworker Carl Bruner": a second calling, not a kin, names the same one.
                // "his wife and son Tom" are two; "his adopted son and consigliere Tom Hagen" one.
                const auto is_kin_noun = [&](const std::string& noun) {
                    const auto found = rules_.role_nouns.find(noun);
                    return found != rules_.role_nouns.end() && found->second.category == "kin"sv;
                };
                if (!appositive && !owns_next && !plural && *role_end + 3 < end && key_of(*role_end + 1) == "and"sv &&
                    tokens[*role_end + 2].is_word && !starts_upper(tokens[*role_end + 2].norm) &&
                    !is_kin_noun(key_of(*role_end + 2)) && !rules_.event_words.count(key_of(*role_end + 2)) &&
                    !rules_.verbs.count(key_of(*role_end + 2)))
                    appositive = name_starting_at(*role_end + 3);
                // "an immigration attorney, (the Cuban expatriate) Orlando Ramirez".
                // Not "the captain of the guards, Byron Hadley": the name is the captain's.
                const bool group_after_of = plural && i > sentence.first_token && key_of(i - 1) == "of"sv;
                if (!appositive && !group_after_of && *role_end + 2 < end && tokens[*role_end + 1].norm == ","sv &&
                    !closes_opening_clause(*role_end + 1)) {
                    appositive = name_after_description(*role_end + 2);
                    // "Her cousins, Sir Thomas's children Tom, ...": an owner set off is no apposition.
                    if (appositive && out[*appositive].possessive) appositive.reset();
                    // In a list, the name after the comma is the description's only when a comma closes it:
                    // "Sir John, his wife, Lady Middleton, and her mother", not "Lucie, her daughter, Doctor
                    // Manette and Lorry".
                    if (appositive && in_list && out[*appositive].last_token + 1 < end &&
                        tokens[out[*appositive].last_token + 1].norm != ","sv)
                        appositive.reset();
                }
                // "a woman named Salena", "a boy called Tahaan", "finds an unexpected ally in Lionel".
                // Only after finding or having: not "becomes a newspaper reporter in Helena".
                const bool found_in = key_of(*role_end + 1) == "in"sv && i > sentence.first_token &&
                                      rules_.any_verb_reading(key_of(i - 1), [](const VerbForm& form) {
                                          return form.lemma == "find"sv || form.lemma == "have"sv || form.lemma == "meet"sv;
                                      });
                if (!appositive && *role_end + 2 < end && (rules_.naming_words.count(key_of(*role_end + 1)) || found_in)) {
                    appositive = name_starting_at(*role_end + 2);
                    // Not "gives himself up to the Witch in Edmund's place": an owner is no ally.
                    if (appositive && key_of(*role_end + 1) == "in"sv && out[*appositive].possessive) appositive.reset();
                }
                // "the Grasshopper, the Centipede, the Earthworm, Miss Spider": a capitalized fable
                // name with names listed on both sides is an item of the list, none of theirs.
                if (appositive && capitalized && i >= sentence.first_token + 3 && *role_end + 2 < end) {
                    const auto joins = [&](std::size_t k) { return tokens[k].norm == ","sv || key_of(k) == "and"sv; };
                    const auto item_begins = [&](std::size_t k) {
                        return is_capitalized_word(tokens[k]) ||
                               (key_of(k) == "the"sv && k + 1 < end && is_capitalized_word(tokens[k + 1]));
                    };
                    if (joins(i - 1) && is_capitalized_word(tokens[i - 2]) && joins(*role_end + 1) &&
                        item_begins(*role_end + 2))
                        appositive.reset();
                }
                // "their children, Jane and Michael", "Jane and Michael, their children": a group
                // with its members listed is none of them.
                if (plural && appositive) {
                    const Mention& named = out[*appositive];
                    // "and" or a comma, then another capitalized name: not "one of Jada's friends, Monique, calls".
                    const bool listed_after = named.last_token + 2 < end &&
                                              (key_of(named.last_token + 1) == "and"sv || key_of(named.last_token + 1) == ","sv) &&
                                              starts_upper(tokens[named.last_token + 2].norm);
                    const bool listed_before = named.first_token > sentence.first_token &&
                                               key_of(named.first_token - 1) == "and"sv;
                    if ((listed_after && named.first_token > *role_end) || (listed_before && named.last_token < i))
                        appositive.reset();
                    // "his wife Lindy, their two sons, and their daughter": a group after one
                    // person's name is the list's next item, not what she is.
                    else if (named.last_token < i && !named.text.ends_with('s') &&
                             rules_.role_noun(role).category != "group"sv)  // "Ivy and Sairy Wilson, a couple"
                        appositive.reset();
                }
                // "Unable to strike the girl in front of Anna, the King throws down the whip": set
                // off after a name, a description right before its verb opens the main clause (an
                // aside would be closed by a comma). A noun for a person ends its phrase, so
                // "throws" after it is the verb, though also a noun.
                if (appositive && !plural && !indefinite && out[*appositive].last_token < i && *role_end + 1 < end &&
                    rules_.has_verb_shape(key_of(*role_end + 1), {VerbForm::Shape::third_person}))
                    appositive.reset();
                // "He becomes a doctor", "like a father": says what someone is.
                // Otherwise "a social worker took an interest in Mary", "his
                // men assault a young woman" bring in a new character.
                // Only people: "a hot dog", "a great white shark" come in as
                // characters when they open the sentence or are capitalized.
                const std::string& category = rules_.role_noun(role).category;
                // "the tall Englishman" on its own goes back to someone named; "a Welshman" and "Othello,
                // the Moor" bring one in.
                // Unless the story calls someone so again and again: "the Persian".
                if (category == "people"sv && !plural && !indefinite && !appositive &&
                    count_of(words.definite_people, role) < 2)
                    break;
                const bool person = category == "kin"sv || category == "role"sv || category == "group"sv ||
                                    category == "people"sv;
                const bool opens_sentence = i == sentence.first_token && *role_end + 1 < end &&
                                            tokens[*role_end + 1].is_word && !starts_upper(tokens[*role_end + 1].norm);
                // "Hub buys an old lioness", "rescues a stray dog": an animal a verb is done to comes in.
                const bool animal_object = category == "animal"sv && !plural && i > sentence.first_token &&
                                           rules_.is_finite_verb(key_of(i - 1));
                if (indefinite && !appositive && !capitalized && !opens_sentence && !animal_object &&
                    (!person || says_what_someone_is(i)))
                    break;
                // "a couple of days" counts things; "a gang of thugs" has the thugs as its mention,
                // found as gathered. "a band of Merry Men" keeps the band.
                if (category == "group"sv && *role_end + 1 < end && key_of(*role_end + 1) == "of"sv &&
                    !(people_follow(*role_end + 2) && name_starting_at(*role_end + 2)))
                    break;
                if (inside_name(head)) break;
                // "the police station", "a police car" (data/role_compounds.txt): a thing, no one.
                if (*role_end + 1 < end && rules_.role_compounds.count(key_of(*role_end + 1))) break;
                // "the crane stance", "a mouse trap": a role noun before a plain noun only modifies it.
                if (*role_end + 1 < end) {
                    const Token& next = tokens[*role_end + 1];
                    const std::string& next_key = key_of(*role_end + 1);
                    const bool plain_noun = next.is_word && !starts_upper(next.norm) && next_key.size() > 2 &&
                                            !rules_.verbs.count(next_key) && !rules_.event_words.count(next_key) &&
                                            !rules_.pronouns.count(next_key) && !rules_.place_prepositions.count(next_key) &&
                                            !next_key.ends_with("ly") && !next_key.ends_with("stairs");
                    // The noun phrase ends there: a punctuation mark or a function word follows.
                    const std::size_t after = *role_end + 2;
                    const bool phrase_ends = after >= end || !tokens[after].is_word || rules_.event_words.count(key_of(after));
                    if (plain_noun && phrase_ends) break;
                }

                Mention mention;
                mention.doc = doc_index;
                mention.sentence = sentence_index;
                mention.first_token = possessive_name ? out[*possessive_owner].first_token : i;
                mention.last_token = *role_end;
                mention.span = {possessive_name ? out[*possessive_owner].span.begin : tokens[i].span.begin,
                                tokens[*role_end].span.end};
                mention.text = fold_quotes(std::string_view(document.text).substr(
                    mention.span.begin, mention.span.size()));
                mention.form = MentionForm::description;
                mention.kind = EntityKind::character;
                mention.subtype = role;
                // The words between the determiner and the role noun tell one
                // "man" from another: "the homeless man", "the ice-cream man".
                const std::size_t role_begin = *role_end + 1 - entry_token_count(role);
                const std::size_t qualifier_begin = bare ? i : i + 1;  // "helpful villagers": no determiner
                if (role_begin > qualifier_begin)
                    mention.qualifier = std::string(std::string_view(document.text).substr(
                        tokens[qualifier_begin].span.begin,
                        tokens[role_begin - 1].span.end - tokens[qualifier_begin].span.begin));
                mention.plural = plural;
                mention.indefinite = indefinite;
                mention.gender = plural ? Gender::unknown : rules_.role_noun(role).gender;
                mention.appositive_to = appositive;
                mention.possessive = owns_next;
                if (possessive_name) mention.owner_mention = *possessive_owner;
                else if (whose_owner) mention.owner_mention = *whose_owner;
                else mention.owner_mention = pronoun_mention;  // "his grandfather"
                // "the king and queen", "his mother and father": one determiner for two people.
                std::optional<Mention> second;
                if (!plural && !indefinite && !bare && !owns_next && *role_end + 2 < end && key_of(*role_end + 1) == "and"sv &&
                    tokens[*role_end + 2].is_word && !starts_upper(tokens[*role_end + 2].norm) && !inside_name(*role_end + 2)) {
                    std::string other_role;
                    bool other_plural = false;
                    const auto other_end = role_noun_at(document, *role_end + 2, end, other_role, &other_plural);
                    const bool person = other_end && (rules_.role_noun(other_role).category == "kin"sv ||
                                                      rules_.role_noun(other_role).category == "role"sv);
                    // The noun phrase ends there: "the king and queen, take", not "the king and queen mother".
                    const bool phrase_ends = other_end && (*other_end + 1 >= end || !tokens[*other_end + 1].is_word ||
                                                           rules_.event_words.count(key_of(*other_end + 1)) ||
                                                           rules_.verbs.count(key_of(*other_end + 1)));
                    // "her former governess and companion, Miss Taylor", "hired as their guide and
                    // protector", "becomes his protector and friend": one person with two roles.
                    const auto named_after = other_end && *other_end + 2 < end && key_of(*other_end + 1) == ","sv
                                                 ? name_starting_at(*other_end + 2)
                                                 : std::nullopt;
                    const bool one_person = (named_after && (out[*named_after].last_token + 1 >= end ||
                                                             key_of(out[*named_after].last_token + 1) != "and"sv)) ||
                                            (i > sentence.first_token && rules_.predicative_words.count(key_of(i - 1)));
                    if (person && !other_plural && phrase_ends && other_role != role && !one_person) {
                        second = mention;
                        second->first_token = *role_end + 2;
                        second->last_token = *other_end;
                        second->span = {tokens[*role_end + 2].span.begin, tokens[*other_end].span.end};
                        second->text = fold_quotes(std::string_view(document.text).substr(second->span.begin, second->span.size()));
                        second->subtype = other_role;
                        second->qualifier.clear();
                        second->gender = rules_.role_noun(other_role).gender;
                        second->appositive_to.reset();
                        role_end = other_end;
                    }
                }
                out.push_back(std::move(mention));
                if (second) out.push_back(std::move(*second));
                i = *role_end;
                break;
            }
            // Only plain lower-case modifiers may stand between determiner and
            // noun; a hyphen inside a compound modifier ("warm-hearted") too.
            const Token& modifier = tokens[head];
            const bool hyphen_inside = modifier.norm == "-"sv && head > i + 1 && head + 1 < end &&
                                       tokens[head - 1].span.end == modifier.span.begin &&
                                       modifier.span.end == tokens[head + 1].span.begin;
            if (hyphen_inside) continue;
            // Function words end the phrase ("the man who", "his friend and"); counting
            // words and ordinals do not ("his eight-year-old nephew", "her second husband"),
            // nor does a people's adjective ("the Norwegian prince").
            bool capitalized_word = starts_upper(modifier.norm) && !rules_.demonyms.count(key_of(head)) &&
                                    !(bare && head == sentence.first_token);  // "Helpful villagers" 
            // "the Stabbington brothers", "the Weasley twins": a family name before a plural
            // of kin, or a group noun ("the Corleone gang"), names the group.
            if (capitalized_word && !bare && head + 1 < end && tokens[head + 1].is_word) {
                std::string group_role;
                bool group_plural = false;
                if (role_noun_at(document, head + 1, end, group_role, &group_plural)) {
                    const std::string& category = rules_.role_noun(group_role).category;
                    // "a Munchkin woman", "a Guaraní boy", "the Gestapo officers": any other word
                    // no given name says what kind of person they are.
                    capitalized_word = group_plural ? category != "kin"sv && category != "group"sv &&
                                                          rules_.first_names.count(key_of(head))
                                                    : rules_.first_names.count(key_of(head)) > 0;
                }
            }
            // "the now mute girl": an adverb inside the phrase, before a modifier.
            const auto word_class = rules_.event_words.find(key_of(head));
            const bool inner_adverb = word_class != rules_.event_words.end() && word_class->second == "adverb" &&
                                      head > i && head + 2 < end && tokens[head + 1].is_word && !starts_upper(tokens[head + 1].norm);
            // "the loud and bullying landowner": a participle right before the role noun is a modifier.
            const auto participle_before_role = [&](std::size_t k) {
                if (!has_suffix(key_of(k), "ing", 3) || k + 1 >= end) return false;
                std::string role;
                return tokens[k + 1].is_word && !starts_upper(tokens[k + 1].norm) &&
                       role_noun_at(document, k + 1, end, role, nullptr).has_value();
            };
            // "a poor and kindly German professor", "the spoiled, arrogant son": "and" or a comma
            // between two plain modifiers.
            const bool between_modifiers = (key_of(head) == "and"sv || tokens[head].norm == ","sv) && head > i + 1 &&
                                           head + 2 < end &&
                                           tokens[head - 1].is_word && !starts_upper(tokens[head - 1].norm) &&
                                           !rules_.event_words.count(key_of(head - 1)) &&
                                           !rules_.role_nouns.count(key_of(head - 1)) && tokens[head + 1].is_word &&
                                           !starts_upper(tokens[head + 1].norm) && !rules_.event_words.count(key_of(head + 1)) &&
                                           (!rules_.verbs.count(key_of(head + 1)) || participle_before_role(head + 1));
            if (between_modifiers) continue;
            // "the ship's captain", "the town's mayor": a thing's "'s" inside the phrase; owned by no one.
            const bool thing_owner = modifier.norm == "'s"sv && head > i + 1 && tokens[head - 1].is_word &&
                                     !starts_upper(tokens[head - 1].norm) && !rules_.event_words.count(key_of(head - 1));
            if (thing_owner) continue;
            if (!modifier.is_word || capitalized_word || (word_class != rules_.event_words.end() && !inner_adverb) ||
                in_short_table(rules_.pronouns, key_of(head)))
                break;
            // "the two quickly become close friends", "the two become friends": after a count or
            // an adverb, a verb in the present that is never a noun is the clause's verb.
            const auto class_before = head > i ? rules_.event_words.find(key_of(head - 1)) : rules_.event_words.end();
            const bool after_count_or_adverb =
                head > i && (is_group_determiner(key_of(head - 1)) ||
                             (class_before != rules_.event_words.end() && class_before->second == "adverb"sv));
            if (after_count_or_adverb &&
                rules_.has_verb_shape(key_of(head), {VerbForm::Shape::base, VerbForm::Shape::third_person}) &&
                !rules_.any_verb_reading(key_of(head), [](const VerbForm& form) { return form.also_noun; }))
                break;
        }
    }
}

}  // namespace plotgraph::detail
