// plotgraph: many stories in one stream, one JSON line out per record.
#pragma once

#include <plotgraph/extractor.hpp>

#include <cstddef>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace plotgraph {

/// How records are written in a batch input stream, one record a line.
///   jsonl  {"id": ..., "text": "...", "story": "..."}; `story` is optional
///   tsv    id<TAB>text, as in the CMU Movie Summary Corpus
enum class RecordFormat { jsonl, tsv };

/// "jsonl" or "tsv"; throws plotgraph::Error otherwise.
RecordFormat parse_record_format(const std::string& name);

/// Where a batch run has got to, for progress reports.
struct BatchProgress {
    std::size_t records = 0;  // records written out, failed ones included
    std::size_t failed = 0;
    std::size_t bytes = 0;    // input bytes behind the records written
    double seconds = 0;       // since the run started
};

struct BatchOptions {
    RecordFormat format = RecordFormat::jsonl;
    unsigned threads = 0;                        // 0: one per core
    std::size_t max_record_bytes = 64u << 20;    // a longer line is a failed record, never read whole
    std::size_t max_story_records = 1000;        // records merged into one story at most
    /// Called from the thread that writes the output, at most every
    /// `progress_interval_seconds` and once at the end. It must not throw.
    std::function<void(const BatchProgress&)> on_progress;
    double progress_interval_seconds = 0.5;
};

/// A record that could not be processed: its line (1-based), its id as JSON
/// ("null" when unknown) and what is wrong.
struct BatchFailure {
    std::size_t line = 0;
    std::string id;
    std::string message;
};

struct BatchSummary {
    std::size_t records = 0;  // every record read, each one output line
    std::size_t failed = 0;
    std::size_t stories = 0;  // graphs written: a group of records with one `story` is one
    std::size_t bytes = 0;
    double seconds = 0;
    std::vector<BatchFailure> first_failures;  // the first few, in input order
};

/// Reads records from `in` and writes one JSON line per record to `out`, in
/// input order. A record's line is its story graph (the keys of the JSON
/// output, after "id"). Consecutive records with the same `story` are
/// merged into one graph, written on the first one's line with the ids of
/// all ("records"); the others' lines say {"id", "story", "merged_into"}.
/// A record that cannot be read (bad JSON, bad UTF-8, no text, too long) or
/// extracted gets {"id": ..., "error": "line N: ..."} on its line and the
/// run goes on. Blank lines are no records and are skipped.
///
/// Stories are extracted on `options.threads` threads; memory is bounded by
/// the records in flight (a few per thread), not by the size of the input.
/// Throws plotgraph::Error only when a stream fails (read or write error).
BatchSummary run_batch(std::istream& in, std::ostream& out, const Extractor& extractor,
                       const BatchOptions& options = {});

}  // namespace plotgraph
