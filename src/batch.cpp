#include <plotgraph/batch.hpp>
#include <plotgraph/error.hpp>

#include "story_json.hpp"
#include "text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace plotgraph {
namespace {

using json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kFailuresKept = 10;

/// One input line, parsed. `id` is the record's id as JSON ("null" when unknown).
struct Record {
    std::size_t line = 0;
    std::size_t bytes = 0;  // of the line, with its newline
    json id = nullptr;
    std::string story;      // "" when the record names none
    std::string text;
    std::string error;      // "" when the record is good
};

/// Records extracted together: one record, or consecutive ones of one story.
struct Job {
    std::size_t sequence = 0;
    std::vector<Record> records;
};

/// Splits a stream into lines without ever holding more than `limit` bytes
/// of one: a longer line is reported as too long and skipped to its end.
class LineReader {
public:
    LineReader(std::istream& in, std::size_t limit) : in_(in), limit_(limit) {}

    /// False at the end of the input. Throws plotgraph::Error on a read error.
    bool next(std::string& line, std::size_t& bytes, bool& too_long) {
        line.clear();
        bytes = 0;
        too_long = false;
        for (;;) {
            if (position_ == filled_ && !refill()) return bytes > 0;
            const char* begin = buffer_.data() + position_;
            const char* end = buffer_.data() + filled_;
            const char* newline = std::find(begin, end, '\n');
            const auto length = static_cast<std::size_t>(newline - begin);
            bytes += length;
            if (!too_long && line.size() + length > limit_) {
                too_long = true;
                line.clear();
                line.shrink_to_fit();
            }
            if (!too_long) line.append(begin, length);
            position_ += length;
            if (newline != end) {
                ++position_;
                ++bytes;
                if (!line.empty() && line.back() == '\r') line.pop_back();
                return true;
            }
        }
    }

private:
    bool refill() {
        in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        const std::streamsize got = in_.gcount();
        if (in_.bad()) throw Error("batch input: read error");
        position_ = 0;
        filled_ = static_cast<std::size_t>(got);
        return got > 0;
    }

    std::istream& in_;
    std::size_t limit_;
    std::vector<char> buffer_ = std::vector<char>(1u << 16);
    std::size_t position_ = 0;
    std::size_t filled_ = 0;
};

bool is_blank(const std::string& line) {
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

/// The first problem with a record's text, or "".
std::string text_problem(const std::string& text) {
    if (is_blank(text)) return "the text is empty";
    try {
        validate_utf8(text, "text");
    } catch (const Error& error) {
        return error.message() + " at byte " + std::to_string(error.where().byte_offset.value_or(0)) + " of the text";
    }
    return "";
}

/// The end of the run of plain bytes from `i`: printable ASCII other than
/// the quote and the backslash, which a JSON string copies as they are. By
/// eight bytes at a time, as a summary is one long run of them: a word with
/// any other byte (a test that may also stop early, never late) leaves the
/// rest to the byte-by-byte loop, which alone decides where the run ends.
std::size_t plain_run_end(std::string_view text, std::size_t i) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    // High bits set where a byte may be zero (exact on whether any byte is).
    const auto zero_byte = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    while (i + 8 <= text.size()) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, sizeof word);
        const std::uint64_t stop = ((word - ones * 0x20) & ~word & highs)  // a byte below 0x20
                                   | (word & highs)                         // a byte from 0x80
                                   | zero_byte(word ^ (ones * '"')) | zero_byte(word ^ (ones * '\\'));
        if (stop != 0) break;
        i += sizeof word;
    }
    while (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\') break;
        ++i;
    }
    return i;
}

/// Reads the records most JSONL files hold, {"id": ..., "text": ..., "story": ...}
/// with string values (the id may be a whole number), about ten times faster
/// than building a JSON tree. Anything else, including every malformed line,
/// is left to the full parser: `read` says false and the result is unused.
class SimpleRecordReader {
public:
    explicit SimpleRecordReader(std::string_view line) : line_(line) {}

    bool read(Record& record) {
        bool has_id = false, has_text = false, has_story = false;
        skip_space();
        if (!take('{')) return false;
        std::string key;
        do {
            skip_space();
            if (!string(key)) return false;
            skip_space();
            if (!take(':')) return false;
            skip_space();
            if (key == "id" && !has_id) {
                has_id = true;
                if (!id(record.id)) return false;
            } else if (key == "text" && !has_text) {
                has_text = true;
                if (!string(record.text)) return false;
            } else if (key == "story" && !has_story) {
                has_story = true;
                if (!string(record.story)) return false;
            } else {
                return false;  // another key, or one given twice
            }
            skip_space();
        } while (take(','));
        if (!take('}')) return false;
        skip_space();
        return at_ == line_.size() && has_id && has_text;
    }

private:
    void skip_space() {
        while (at_ < line_.size() && (line_[at_] == ' ' || line_[at_] == '\t' || line_[at_] == '\n' || line_[at_] == '\r'))
            ++at_;
    }
    bool take(char c) {
        if (at_ == line_.size() || line_[at_] != c) return false;
        ++at_;
        return true;
    }
    /// A whole number that fits in 64 bits, as nlohmann reads it.
    bool id(json& out) {
        const std::size_t begin = at_;
        while (at_ < line_.size() && line_[at_] >= '0' && line_[at_] <= '9') ++at_;
        const std::size_t digits = at_ - begin;
        if (digits == 0) {
            std::string text;
            if (!string(text)) return false;
            out = std::move(text);
            return true;
        }
        if (digits > 19 || (digits > 1 && line_[begin] == '0')) return false;
        if (at_ < line_.size() && (line_[at_] == '.' || line_[at_] == 'e' || line_[at_] == 'E')) return false;
        std::uint64_t value = 0;
        for (std::size_t i = begin; i < at_; ++i) value = value * 10 + static_cast<std::uint64_t>(line_[i] - '0');
        out = value;
        return true;
    }
    /// A JSON string, unescaped; false on what the full parser must judge
    /// (a control character, invalid UTF-8, an odd escape or surrogate).
    bool string(std::string& out) {
        out.clear();
        if (!take('"')) return false;
        std::size_t run = at_;  // first byte not yet copied
        while ((at_ = plain_run_end(line_, at_)) < line_.size()) {
            const auto byte = static_cast<unsigned char>(line_[at_]);
            if (byte >= 0x80) {
                const std::size_t length = detail::utf8_sequence_length(line_, at_);
                if (length == 0) return false;
                at_ += length;
                continue;
            }
            out.append(line_.data() + run, at_ - run);
            if (byte == '"') {
                ++at_;
                return true;
            }
            if (byte != '\\' || !escape(out)) return false;
            run = at_;
        }
        return false;
    }
    /// The escape at `at_` (a backslash), appended to `out`.
    bool escape(std::string& out) {
        if (at_ + 1 >= line_.size()) return false;
        const char c = line_[at_ + 1];
        at_ += 2;
        switch (c) {
            case '"': out += '"'; return true;
            case '\\': out += '\\'; return true;
            case '/': out += '/'; return true;
            case 'b': out += '\b'; return true;
            case 'f': out += '\f'; return true;
            case 'n': out += '\n'; return true;
            case 'r': out += '\r'; return true;
            case 't': out += '\t'; return true;
            case 'u': break;
            default: return false;
        }
        std::uint32_t code = 0;
        if (!hex4(code) || (code >= 0xDC00 && code <= 0xDFFF)) return false;
        if (code >= 0xD800 && code <= 0xDBFF) {
            std::uint32_t low = 0;
            if (!take('\\') || !take('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, code);
        return true;
    }
    bool hex4(std::uint32_t& code) {
        if (at_ + 4 > line_.size()) return false;
        for (std::size_t end = at_ + 4; at_ < end; ++at_) {
            const char c = line_[at_];
            std::uint32_t digit = 0;
            if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') digit = static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') digit = static_cast<std::uint32_t>(c - 'A' + 10);
            else return false;
            code = code * 16 + digit;
        }
        return true;
    }
    static void append_utf8(std::string& out, std::uint32_t code) {
        if (code < 0x80) {
            out += static_cast<char>(code);
        } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (code >> 18));
            out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
        }
    }

    std::string_view line_;
    std::size_t at_ = 0;
};

Record parse_jsonl(const std::string& line) {
    Record record;
    if (SimpleRecordReader(line).read(record)) {
        record.error = text_problem(record.text);
        return record;
    }
    record = Record{};
    json value;
    try {
        value = json::parse(line);
    } catch (const json::parse_error& error) {
        // "[json.exception.parse_error.101] parse error at line 1, column 2: ..." -> "column 2: ...".
        std::string message = error.what();
        if (const std::size_t column = message.find("column "); column != std::string::npos) message.erase(0, column);
        record.error = "not valid JSON: " + message;
        return record;
    }
    if (!value.is_object()) {
        record.error = "a record must be a JSON object with \"id\" and \"text\"";
        return record;
    }
    if (const auto id = value.find("id"); id != value.end()) {
        if (id->is_string() || id->is_number()) record.id = *id;
        else record.error = "\"id\" must be a string or a number";
    } else {
        record.error = "no \"id\"";
    }
    if (const auto story = value.find("story"); story != value.end() && !story->is_null()) {
        if (story->is_string()) record.story = story->get<std::string>();
        else if (record.error.empty()) record.error = "\"story\" must be a string";
    }
    const auto text = value.find("text");
    if (text == value.end()) {
        if (record.error.empty()) record.error = "no \"text\"";
    } else if (!text->is_string()) {
        if (record.error.empty()) record.error = "\"text\" must be a string";
    } else {
        record.text = text->get<std::string>();
        if (record.error.empty()) record.error = text_problem(record.text);
    }
    return record;
}

Record parse_tsv(const std::string& line) {
    Record record;
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) {
        record.error = "no TAB between id and text";
        return record;
    }
    const std::string id = line.substr(0, tab);
    if (is_blank(id)) {
        record.error = "the id is empty";
        return record;
    }
    if (!text_problem(id).empty()) {
        record.error = "the id is not valid UTF-8";
        return record;
    }
    record.id = id;
    record.text = line.substr(tab + 1);
    record.error = text_problem(record.text);
    return record;
}

}  // namespace

namespace {

/// What one job wrote, for the run's summary.
struct JobResult {
    std::string lines;
    std::size_t records = 0;
    std::size_t bytes = 0;
    std::size_t stories = 0;
    std::vector<BatchFailure> failures;
};

std::string dump_line(const json& value) {
    // Texts are validated UTF-8; replacing keeps one odd byte from costing a line.
    return value.dump(-1, ' ', false, json::error_handler_t::replace).append(1, '\n');
}

/// A record's name in a story's "documents": its id as written.
std::string document_name(const json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

JobResult process(Job& job, const Extractor& extractor) {
    JobResult result;
    result.records = job.records.size();
    std::vector<Input> inputs;
    for (Record& record : job.records) {
        result.bytes += record.bytes;
        if (record.error.empty()) inputs.push_back({document_name(record.id), std::move(record.text)});
    }
    std::optional<Story> story;
    if (!inputs.empty()) {
        try {
            story = extractor.extract(std::move(inputs));
        } catch (const std::exception& error) {
            for (Record& record : job.records)
                if (record.error.empty()) record.error = std::string("extraction failed: ") + error.what();
        }
    }
    const Record* first_good = nullptr;
    for (const Record& record : job.records) {
        if (!record.error.empty()) {
            const std::string message = "line " + std::to_string(record.line) + ": " + record.error;
            result.lines += dump_line({{"id", record.id}, {"error", message}});
            result.failures.push_back({record.line, record.id.dump(), message});
        } else if (!first_good) {
            first_good = &record;
            json header = {{"id", record.id}};
            if (!record.story.empty()) {
                header["story"] = record.story;
                json ids = json::array();
                for (const Record& other : job.records)
                    if (other.error.empty()) ids.push_back(other.id);
                header["records"] = std::move(ids);
            }
            // {"id":...[,"story":...,"records":[...]]  then the graph's keys, written
            // directly after the lines before it; a graph's JSON is some six times its text.
            const std::string opening = dump_line(header);
            result.lines.reserve(result.lines.size() + opening.size() + 8 * result.bytes);
            result.lines.append(opening, 0, opening.size() - 2);  // without "}\n"
            result.lines += ',';
            detail::append_story_fields(result.lines, *story);
            result.lines += "}\n";
            ++result.stories;
        } else {
            result.lines += dump_line({{"id", record.id}, {"story", record.story}, {"merged_into", first_good->id}});
        }
    }
    return result;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

RecordFormat parse_record_format(const std::string& name) {
    if (name == "jsonl") return RecordFormat::jsonl;
    if (name == "tsv") return RecordFormat::tsv;
    throw Error("unknown input format '" + name + "' (expected jsonl or tsv)");
}

BatchSummary run_batch(std::istream& in, std::ostream& out, const Extractor& extractor, const BatchOptions& options) {
    const Clock::time_point start = Clock::now();
    const unsigned threads = options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    // Jobs read but not yet written: enough to keep every thread busy while
    // one slow story holds up the output, and no more.
    const std::size_t max_in_flight = 2 * static_cast<std::size_t>(threads) + 2;

    std::mutex mutex;
    std::condition_variable work_ready, space_free;
    std::deque<Job> queue;
    std::map<std::size_t, JobResult> finished;
    std::size_t next_to_write = 0, in_flight = 0;
    bool reading_done = false, aborted = false;
    std::exception_ptr write_error;
    BatchSummary summary;
    Clock::time_point last_progress = start;

    const auto report = [&](bool final_report) {  // under the lock
        if (!options.on_progress) return;
        const Clock::time_point now = Clock::now();
        if (!final_report && std::chrono::duration<double>(now - last_progress).count() < options.progress_interval_seconds)
            return;
        last_progress = now;
        options.on_progress({summary.records, summary.failed, summary.bytes, seconds_since(start)});
    };

    // Writes every finished job that is next in input order; under the lock.
    const auto write_ready = [&] {
        for (auto found = finished.find(next_to_write); found != finished.end(); found = finished.find(next_to_write)) {
            JobResult& result = found->second;
            if (!aborted) {
                out.write(result.lines.data(), static_cast<std::streamsize>(result.lines.size()));
                if (!out) {
                    write_error = std::make_exception_ptr(Error("batch output: write error"));
                    aborted = true;
                    work_ready.notify_all();
                }
            }
            summary.records += result.records;
            summary.bytes += result.bytes;
            summary.stories += result.stories;
            summary.failed += result.failures.size();
            for (BatchFailure& failure : result.failures)
                if (summary.first_failures.size() < kFailuresKept) summary.first_failures.push_back(std::move(failure));
            finished.erase(found);
            ++next_to_write;
            --in_flight;
            space_free.notify_one();
            report(false);
        }
    };

    const auto work = [&] {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(mutex);
                work_ready.wait(lock, [&] { return !queue.empty() || reading_done || aborted; });
                if (aborted || queue.empty()) return;
                job = std::move(queue.front());
                queue.pop_front();
            }
            JobResult result = process(job, extractor);
            std::lock_guard lock(mutex);
            finished.emplace(job.sequence, std::move(result));
            write_ready();
        }
    };
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) workers.emplace_back(work);

    std::size_t sequence = 0;
    Job current;
    const auto submit = [&] {
        if (current.records.empty()) return;
        std::unique_lock lock(mutex);
        space_free.wait(lock, [&] { return in_flight < max_in_flight || aborted; });
        if (aborted) return;
        current.sequence = sequence++;
        queue.push_back(std::move(current));
        current = Job{};
        ++in_flight;
        work_ready.notify_one();
    };

    // std::cin is tied to std::cout: each read would flush `out` from this
    // thread while a worker writes to it under the lock. Untied, only workers
    // (under the lock) and the end of this function touch `out`.
    struct Untie {
        std::istream& stream;
        std::ostream* tied = stream.tie(nullptr);
        ~Untie() { stream.tie(tied); }
    } untie{in};

    std::exception_ptr read_error;
    try {
        LineReader reader(in, options.max_record_bytes);
        std::string line;
        std::size_t bytes = 0, line_number = 0, blank_bytes = 0;
        bool too_long = false;
        while (reader.next(line, bytes, too_long)) {
            ++line_number;
            if (!too_long && is_blank(line)) {
                blank_bytes += bytes;
                continue;
            }
            Record record;
            if (too_long) {
                record.error = "the line is longer than " + std::to_string(options.max_record_bytes) + " bytes";
            } else {
                record = options.format == RecordFormat::jsonl ? parse_jsonl(line) : parse_tsv(line);
            }
            record.line = line_number;
            record.bytes = bytes + blank_bytes;
            blank_bytes = 0;
            const bool same_story = !record.story.empty() && !current.records.empty() &&
                                    current.records.back().story == record.story &&
                                    current.records.size() < options.max_story_records;
            if (!same_story) submit();
            const bool alone = record.story.empty();
            current.records.push_back(std::move(record));
            if (alone) submit();
            {
                std::lock_guard lock(mutex);
                if (aborted) break;
            }
        }
        submit();
    } catch (...) {
        read_error = std::current_exception();
        submit();  // what was read is still written
    }
    {
        std::lock_guard lock(mutex);
        reading_done = true;
    }
    work_ready.notify_all();
    for (std::thread& worker : workers) worker.join();

    summary.seconds = seconds_since(start);
    report(true);
    if (write_error) std::rethrow_exception(write_error);
    if (read_error) std::rethrow_exception(read_error);
    out.flush();
    if (!out) throw Error("batch output: write error");
    return summary;
}

}  // namespace plotgraph
