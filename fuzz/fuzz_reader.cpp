// Fuzzes what reads raw bytes: the UTF-8 check every input passes, and the
// batch reader's record parsing (JSON Lines and TSV) with its error lines.
// Invariant: one output line per non-blank input line, and only
// plotgraph::Error ever escapes, never a crash or another exception.
#include <plotgraph/plotgraph.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

namespace {

const plotgraph::Extractor& extractor() {
    static const plotgraph::Extractor instance;
    return instance;
}

void check(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        plotgraph::validate_utf8(bytes, "fuzz");
    } catch (const plotgraph::Error&) {
    }
    for (const auto format : {plotgraph::RecordFormat::jsonl, plotgraph::RecordFormat::tsv}) {
        std::istringstream in{std::string(bytes)};
        std::ostringstream out;
        plotgraph::BatchOptions options;
        options.format = format;
        options.threads = 1;
        options.max_record_bytes = 4096;
        const plotgraph::BatchSummary summary = plotgraph::run_batch(in, out, extractor(), options);
        std::size_t lines = 0;
        for (char c : out.str()) lines += c == '\n';
        check(lines == summary.records);
    }
    return 0;
}
