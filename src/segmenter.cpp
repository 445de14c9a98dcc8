#include "segmenter.hpp"

#include "text_util.hpp"

#include <plotgraph/error.hpp>

#include <unicode/brkiter.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <vector>

namespace plotgraph::detail {

// String comparisons with literals go through string_view: sizes first, no strlen.
using namespace std::string_view_literals;
namespace {

// Longer than any sentence of the CMU summaries or LitBank's novels (168 tokens).
constexpr std::size_t max_sentence_tokens = 200;

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

UTextPtr open_utf8(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) throw Error(std::string("ICU cannot open text: ") + u_errorName(status));
    return UTextPtr(utext);
}

/// The text the break iterators run over: the mask in UTF-16, which costs
/// them a fifth fewer instructions than UTF-8 through a UText, with the byte
/// offset of each UTF-16 index. Text that is not valid UTF-8 (which ICU would
/// read with substitutes) is read as UTF-8, as before.
class BreakText {
public:
    explicit BreakText(const std::string& mask) {
        UErrorCode status = U_ZERO_ERROR;
        int32_t length = 0, substitutions = 0;
        if (mask.size() >= static_cast<std::size_t>(INT32_MAX)) {
            text_ = open_utf8(mask);
            return;
        }
        // No more UTF-16 units than bytes; left uninitialized, as ICU writes them.
        utf16_.reset(new UChar[mask.size() + 1]);
        u_strFromUTF8WithSub(utf16_.get(), static_cast<int32_t>(mask.size() + 1), &length, mask.data(),
                             static_cast<int32_t>(mask.size()), 0xFFFD, &substitutions, &status);
        if (U_FAILURE(status) || substitutions > 0) {
            text_ = open_utf8(mask);
            return;
        }
        text_.reset(utext_openUChars(nullptr, utf16_.get(), length, &status));
        if (U_FAILURE(status)) throw Error(std::string("ICU cannot open text: ") + u_errorName(status));
        if (static_cast<std::size_t>(length) == mask.size()) return;  // ASCII: indices are offsets
        byte_at_.resize(static_cast<std::size_t>(length) + 1);
        const auto* bytes = reinterpret_cast<const uint8_t*>(mask.data());
        std::size_t unit = 0;
        for (int32_t i = 0, size = static_cast<int32_t>(mask.size()); i < size;) {
            const auto start = static_cast<std::size_t>(i);
            UChar32 c;
            U8_NEXT(bytes, i, size, c);
            byte_at_[unit++] = start;
            if (U16_LENGTH(c) == 2) byte_at_[unit++] = start;
        }
        byte_at_[unit] = mask.size();
    }

    UText* text() const { return text_.get(); }
    /// The byte offset in the mask of a break iterator's index.
    std::size_t offset(int32_t index) const {
        const auto i = static_cast<std::size_t>(index);
        return byte_at_.empty() ? i : byte_at_[i];
    }

private:
    std::unique_ptr<UChar[]> utf16_;
    UTextPtr text_;
    std::vector<std::size_t> byte_at_;  // empty when the mask is ASCII or read as UTF-8
};

/// A break iterator over `text`. Creating one costs more than running it over
/// a summary, so each thread keeps one of each kind and hands it every text.
icu::BreakIterator& iterator_over(bool sentences, UText* text) {
    thread_local std::unique_ptr<icu::BreakIterator> word_iterator, sentence_iterator;
    std::unique_ptr<icu::BreakIterator>& iterator = sentences ? sentence_iterator : word_iterator;
    UErrorCode status = U_ZERO_ERROR;
    if (!iterator) {
        iterator.reset(sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status)
                                 : icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
        if (U_FAILURE(status)) {
            iterator.reset();
            throw Error(std::string("ICU break iterator: ") + u_errorName(status));
        }
    }
    iterator->setText(text, status);
    if (U_FAILURE(status)) throw Error(std::string("ICU break iterator: ") + u_errorName(status));
    return *iterator;
}

bool is_ascii_capitals(std::string_view word) {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_space_only(std::string_view text) {
    for (char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
    }
    return true;
}

/// "Anatoly's" / "Anatoly’s" -> length of "Anatoly", or npos when not possessive.
std::size_t possessive_split(std::string_view word) {
    if (word.size() > 2 && (word.substr(word.size() - 2) == "'s"sv || word.substr(word.size() - 2) == "'S"sv))
        return word.size() - 2;
    if (word.size() > 4 && (word.substr(word.size() - 4) == "\xE2\x80\x99s"sv ||
                            word.substr(word.size() - 4) == "\xE2\x80\x99S"sv))
        return word.size() - 4;
    return std::string_view::npos;
}

/// "Kid N'Play", "Salt N'Pepa": length of the "N'" that stands for "and" before
/// a capitalized name, or 0.
std::size_t contracted_and_length(std::string_view word) {
    if (word.size() < 3 || (word[0] != 'N' && word[0] != 'n')) return 0;
    std::size_t length = 0;
    if (word[1] == '\'') length = 2;
    else if (word.substr(1, 3) == "\xE2\x80\x99"sv) length = 4;
    if (length == 0 || word.size() <= length) return 0;
    return word[length] >= 'A' && word[length] <= 'Z' ? length : 0;
}

/// Appends a token whose norm is `word` with its quotes folded, built in
/// place: one per word of every text. Nearly all are ASCII, which have no
/// curly quote to fold (those start with a byte above 0x7F): their norm and
/// key (the norm lower-cased) are written in one pass. Other tokens get their
/// key at the end of the run, as do tokens changed after they were added.
void add_token(std::vector<Token>& tokens, std::size_t begin, std::size_t end, std::string_view word, bool is_word) {
    Token& token = tokens.emplace_back();
    token.span = Span{begin, end};
    token.is_word = is_word;
    const std::size_t size = word.size();
    token.norm.resize(size);
    token.key.resize(size);
    // Through raw pointers: a store through std::string's operator[] may alias anything.
    const char* from = word.data();
    char* norm = token.norm.data();
    char* key = token.key.data();
    unsigned char high = 0;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = from[i];
        high |= static_cast<unsigned char>(c);
        norm[i] = c;
        key[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (high < 0x80) return;
    token.norm = fold_quotes(word);
    token.key.clear();
}

/// The last token, about to change: its key is set again at the end of the run.
Token& reopen_last(std::vector<Token>& tokens) {
    tokens.back().key.clear();
    return tokens.back();
}

/// token.key = fold_case(token.norm), written into the key's own buffer: for
/// ASCII (a token changed after add_token) that is the norm lower-cased.
void set_key(Token& token) {
    const std::string& norm = token.norm;
    std::string& key = token.key;
    key.resize(norm.size());
    bool ascii = true;
    for (std::size_t i = 0; i < norm.size(); ++i) {
        const char c = norm[i];
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        key[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (!ascii) key = fold_case(norm);
}

/// Where to end a piece of an over-long sentence that starts at `first`:
/// after the last ";", ":" or "," (else before the last "and") in the second
/// half of the window, else at the window's end.
std::size_t piece_end(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    const std::size_t limit = std::min(end, first + max_sentence_tokens);
    if (limit == end) return end;
    for (const bool punctuation : {true, false}) {
        for (std::size_t k = limit - 1; k > first + max_sentence_tokens / 2; --k) {
            const std::string& key = tokens[k].key;
            if (punctuation && (key == ";"sv || key == ":"sv || key == ","sv)) return k + 1;
            if (!punctuation && key == "and"sv) return k;
        }
    }
    return limit;
}

/// Splits every sentence longer than max_sentence_tokens into pieces, so that
/// text without sentence ends (a list, a scraped table, a line of words) costs
/// what well-punctuated text does: the stages after this one compare the
/// mentions of a sentence pairwise.
void split_overlong_sentences(Document& document) {
    std::vector<Sentence> sentences;
    sentences.reserve(document.sentences.size());
    for (const Sentence& sentence : document.sentences) {
        const std::size_t end = sentence.first_token + sentence.token_count;
        for (std::size_t first = sentence.first_token; first < end;) {
            const std::size_t piece = piece_end(document.tokens, first, end);
            sentences.push_back({{}, first, piece - first});
            first = piece;
        }
    }
    document.sentences = std::move(sentences);
}

}  // namespace

void Segmenter::run(Document& document) const {
    const std::string& mask = document.story_mask;
    document.tokens.clear();
    document.sentences.clear();
    if (mask.empty()) return;
    const BreakText text(mask);
    document.tokens.reserve(mask.size() / 4);  // about one token per five bytes of English

    icu::BreakIterator& words = iterator_over(false, text.text());
    bool glue_next = false;  // the last token ends in an ampersand that joins the next word to it
    for (int32_t begin = words.first(), end = words.next(); end != icu::BreakIterator::DONE;
         begin = end, end = words.next()) {
        const std::size_t b = text.offset(begin), e = text.offset(end);
        const std::string_view piece(mask.data() + b, e - b);
        if (is_space_only(piece)) continue;
        const bool is_word = words.getRuleStatus() != UBRK_WORD_NONE;
        // "PG&E", "AT&T": ICU breaks at the ampersand; capitals on both sides make one name.
        if (glue_next && is_word && document.tokens.back().span.end == b) {
            const std::size_t own = std::min(possessive_split(piece), piece.size());  // "PG&E's"
            document.tokens.back().span.end = b + own;
            reopen_last(document.tokens).norm.append(piece.substr(0, own));
            if (own < piece.size()) document.tokens.push_back(Token{Span{b + own, e}, "'s", false, "'s"});
            glue_next = false;
            continue;
        }
        glue_next = false;
        if (piece == "&"sv && !document.tokens.empty() && document.tokens.back().is_word &&
            document.tokens.back().span.end == b && is_ascii_capitals(document.tokens.back().norm) && e < mask.size() &&
            mask[e] >= 'A' && mask[e] <= 'Z') {
            document.tokens.back().span.end = e;
            reopen_last(document.tokens).norm.push_back('&');
            glue_next = true;
            continue;
        }
        // Pre-tokenized text writes "Mary 's": ICU gives "'" and "s"; make them one "'s".
        if (is_word && (piece == "s"sv || piece == "S"sv) && !document.tokens.empty() &&
            document.tokens.back().norm == "'"sv && document.tokens.back().span.end == b) {
            document.tokens.back().span.end = e;
            reopen_last(document.tokens).norm = "'s";
            continue;
        }
        // "E.T.", "U.S.": ICU leaves the last period out of a dotted
        // abbreviation; it belongs to the word, as the others do.
        if (piece == "."sv && !document.tokens.empty()) {
            Token& before = document.tokens.back();
            const std::string& dotted = before.norm;
            if (before.is_word && before.span.end == b && dotted.size() >= 3 &&
                dotted.find('.') != std::string::npos && std::isupper(static_cast<unsigned char>(dotted.back()))) {
                before.span.end = e;
                reopen_last(document.tokens).norm.push_back('.');
                continue;
            }
        }
        std::size_t word_begin = b;
        std::string_view word = piece;
        // "Kid N'Play" reads as "Kid and Play": its names are two characters, joined. Only
        // after a name: "his brother N'Jobu" is one name.
        const bool after_name = !document.tokens.empty() && document.tokens.back().is_word &&
                                starts_upper(document.tokens.back().norm);
        if (const std::size_t length = is_word && after_name ? contracted_and_length(piece) : 0; length > 0) {
            document.tokens.push_back({{b, b + length}, "and", true, "and"});
            word_begin = b + length;
            word = piece.substr(length);
        }
        const std::size_t split = is_word ? possessive_split(word) : std::string_view::npos;
        if (split != std::string_view::npos) {
            add_token(document.tokens, word_begin, word_begin + split, word.substr(0, split), true);
            document.tokens.push_back(Token{Span{word_begin + split, e}, "'s", false, "'s"});
        } else {
            add_token(document.tokens, word_begin, e, word, is_word);
        }
    }

    for (Token& token : document.tokens)
        if (token.key.empty()) set_key(token);

    // ICU sentences, then glued back where a sentence ends in an abbreviation.
    icu::BreakIterator& sentence_iterator = iterator_over(true, text.text());
    std::vector<Span> spans;
    for (int32_t begin = sentence_iterator.first(), end = sentence_iterator.next();
         end != icu::BreakIterator::DONE; begin = end, end = sentence_iterator.next()) {
        spans.push_back({text.offset(begin), text.offset(end)});
    }

    std::size_t token = 0;
    const auto& tokens = document.tokens;
    for (const Span& span : spans) {
        Sentence sentence{span, token, 0};
        while (token < tokens.size() && tokens[token].span.begin < span.end) ++token;
        sentence.token_count = token - sentence.first_token;
        if (sentence.token_count == 0) continue;
        bool has_word = false;
        for (std::size_t i = sentence.first_token; i < token; ++i) has_word = has_word || tokens[i].is_word;
        if (!has_word) continue;

        if (!document.sentences.empty()) {
            Sentence& previous = document.sentences.back();
            const std::size_t last = previous.first_token + previous.token_count - 1;
            // No newline between the two sentences; only the gap is searched.
            const std::size_t gap_begin = tokens[last].span.end;
            const std::size_t gap_end = std::max(gap_begin, tokens[sentence.first_token].span.begin);
            const bool same_paragraph =
                std::string_view(mask).substr(gap_begin, gap_end - gap_begin).find('\n') == std::string_view::npos;
            if (last >= 1 && tokens[last].norm == "."sv && tokens[last - 1].is_word && same_paragraph &&
                previous.first_token + previous.token_count == sentence.first_token) {
                const Token& word = tokens[last - 1];
                const bool adjacent = word.span.end == tokens[last].span.begin;
                const bool initial = word.norm.size() == 1 && starts_upper(word.norm);
                const std::string abbreviated = fold_case(word.norm + ".");
                const bool abbreviation = rules_.abbreviations.count(abbreviated) > 0;
                // "in honor of Martin Luther King Jr. Hoke drives her": a name's closing abbreviation
                // before a capital ends the sentence.
                const bool closes = rules_.closing_abbreviations.count(abbreviated) > 0 &&
                                    starts_upper(tokens[sentence.first_token].norm) && last >= 2 &&
                                    last - 2 > previous.first_token &&  // not "Later Sr. Mary Clarence sings"
                                    tokens[last - 2].is_word && starts_upper(tokens[last - 2].norm);
                if (adjacent && (initial || abbreviation) && !closes) {
                    previous.span.end = span.end;
                    previous.token_count += sentence.token_count;
                    continue;
                }
            }
        }
        document.sentences.push_back(sentence);
    }
    split_overlong_sentences(document);
    // A sentence's span runs from its first token to its last: no spaces or furniture around it.
    for (Sentence& sentence : document.sentences) {
        sentence.span = {tokens[sentence.first_token].span.begin,
                         tokens[sentence.first_token + sentence.token_count - 1].span.end};
    }
}

}  // namespace plotgraph::detail
