// The speed floor for plotgraph's benchmark: read the corpus and run ICU's
// sentence and word break iterators over each record's text, nothing else.
// plotgraph does at least this much work per byte, so its throughput is
// reported as a fraction of this program's.
//
// usage: icu_floor CORPUS.txt   (one record's text per line)
// prints: bytes, records, words, seconds, MB/s, words/s as one JSON line
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

namespace {

std::unique_ptr<icu::BreakIterator> make(bool sentences) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(
        sentences ? icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status)
                  : icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
    if (U_FAILURE(status)) {
        std::cerr << "icu_floor: cannot create a break iterator: " << u_errorName(status) << '\n';
        std::exit(1);
    }
    return iterator;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: icu_floor CORPUS.txt\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "icu_floor: cannot open " << argv[1] << '\n';
        return 1;
    }
    const auto start = std::chrono::steady_clock::now();
    auto words = make(false);
    auto sentences = make(true);
    std::size_t bytes = 0, records = 0, word_count = 0, sentence_count = 0;
    for (std::string line; std::getline(in, line);) {
        bytes += line.size() + 1;
        ++records;
        UErrorCode status = U_ZERO_ERROR;
        UText* text = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &status);
        words->setText(text, status);
        sentences->setText(text, status);
        if (U_FAILURE(status)) {
            std::cerr << "icu_floor: line " << records << ": " << u_errorName(status) << '\n';
            return 1;
        }
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; end = words->next())
            if (words->getRuleStatus() != UBRK_WORD_NONE) ++word_count;
        for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; end = sentences->next()) ++sentence_count;
        utext_close(text);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"bytes\": %zu, \"records\": %zu, \"words\": %zu, \"sentences\": %zu, \"seconds\": %.3f, "
                "\"mb_per_s\": %.2f, \"words_per_s\": %.0f}\n",
                bytes, records, word_count, sentence_count, seconds, static_cast<double>(bytes) / 1e6 / seconds,
                static_cast<double>(word_count) / seconds);
    return 0;
}
