// Batch mode's contract, which Spark's RDD.pipe and Hadoop Streaming rely on:
// every record in is one line out, in input order, failures in place.
#include <plotgraph/batch.hpp>
#include <plotgraph/error.hpp>
#include <plotgraph/output.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

struct BatchRun {
    plotgraph::BatchSummary summary;
    std::vector<json> lines;
    std::string raw;
};

BatchRun run(const std::string& input, plotgraph::BatchOptions options = {}) {
    static const plotgraph::Extractor extractor;
    std::istringstream in(input);
    std::ostringstream out;
    BatchRun result;
    result.summary = plotgraph::run_batch(in, out, extractor, options);
    result.raw = out.str();
    std::istringstream lines(result.raw);
    for (std::string line; std::getline(lines, line);) result.lines.push_back(json::parse(line));
    return result;
}

std::string record(const json& id, const std::string& text, const std::string& story = "") {
    json value = {{"id", id}, {"text", text}};
    if (!story.empty()) value["story"] = story;
    return value.dump() + "\n";
}

/// Whether a story line has a character called `name`.
bool has_character(const json& line, const std::string& name) {
    for (const json& entity : line["entities"])
        if (entity["kind"] == "character" && entity["name"] == name) return true;
    return false;
}

}  // namespace

TEST_CASE("batch: each record is one line, in input order, with its id and graph", "[batch]") {
    const auto result = run(record("a", "Lionel protects Vladimir in Harlem.") + record(2, "Lucia loves Orlando.") +
                            record("c", "Boris reprimands Anatoly."));
    REQUIRE(result.lines.size() == 3);
    CHECK(result.lines[0]["id"] == "a");
    CHECK(result.lines[1]["id"] == 2);
    CHECK(result.lines[2]["id"] == "c");
    CHECK(has_character(result.lines[0], "Lionel"));
    CHECK(has_character(result.lines[1], "Orlando"));
    CHECK(has_character(result.lines[2], "Boris"));
    CHECK(result.summary.records == 3);
    CHECK(result.summary.stories == 3);
    CHECK(result.summary.failed == 0);
}

TEST_CASE("batch: a bad record fails on its own line and the run goes on", "[batch]") {
    const std::string bad_utf8 = "{\"id\": \"u\", \"text\": \"caf\xC3\"}\n";
    const auto result = run(record("a", "Lionel protects Vladimir.") + "not json\n" + "{\"id\": \"n\"}\n" + bad_utf8 +
                            "[1, 2]\n" + record("z", "Lucia hides Vladimir."));
    REQUIRE(result.lines.size() == 6);
    CHECK(result.lines[0]["id"] == "a");
    CHECK(result.lines[1]["id"].is_null());
    CHECK(result.lines[1]["error"].get<std::string>().rfind("line 2: not valid JSON", 0) == 0);
    CHECK(result.lines[2]["id"] == "n");
    CHECK(result.lines[2]["error"] == "line 3: no \"text\"");
    CHECK(result.lines[3].contains("error"));
    CHECK(result.lines[4]["error"].get<std::string>().find("JSON object") != std::string::npos);
    CHECK(has_character(result.lines[5], "Lucia"));
    CHECK(result.summary.failed == 4);
    REQUIRE(result.summary.first_failures.size() == 4);
    CHECK(result.summary.first_failures[1].line == 3);
    CHECK(result.summary.first_failures[1].id == "\"n\"");
}

TEST_CASE("batch: an empty text, a NUL byte, and a wrong id type are failures", "[batch]") {
    const auto result = run(record("e", "   ") + "{\"id\": \"z\", \"text\": \"a\\u0000b\"}\n" +
                            "{\"id\": [1], \"text\": \"Bob runs.\"}\n");
    REQUIRE(result.lines.size() == 3);
    CHECK(result.lines[0]["error"] == "line 1: the text is empty");
    CHECK(result.lines[1]["error"].get<std::string>().find("NUL byte") != std::string::npos);
    CHECK(result.lines[2]["error"].get<std::string>().find("\"id\" must be") != std::string::npos);
}

TEST_CASE("batch: blank lines are no records and are skipped", "[batch]") {
    // Built by appending: GCC 12 at -O3 warns falsely on "literal" + string.
    std::string input(1, '\n');
    input.append(record("a", "Lionel protects Vladimir.")).append("  \r\n\n").append(record("b", "Lucia hides him."));
    const auto result = run(input);
    REQUIRE(result.lines.size() == 2);
    CHECK(result.lines[1]["id"] == "b");
    CHECK(result.summary.records == 2);
}

TEST_CASE("batch: consecutive records of one story are merged into one graph", "[batch]") {
    const auto result = run(record("s1", "Vladimir Ivanoff defects at Bloomingdale's.", "moscow") +
                            record("s2", "Ivanoff hides behind Lucia Lombardo.", "moscow") +
                            record("x", "Boris reprimands Anatoly."));
    REQUIRE(result.lines.size() == 3);
    CHECK(result.lines[0]["id"] == "s1");
    CHECK(result.lines[0]["story"] == "moscow");
    CHECK(result.lines[0]["records"] == json::array({"s1", "s2"}));
    CHECK(result.lines[0]["documents"].size() == 2);
    CHECK(has_character(result.lines[0], "Vladimir Ivanoff"));
    CHECK(has_character(result.lines[0], "Lucia Lombardo"));
    CHECK(result.lines[1] == json({{"id", "s2"}, {"story", "moscow"}, {"merged_into", "s1"}}));
    CHECK(has_character(result.lines[2], "Boris"));
    CHECK(result.summary.stories == 2);
}

TEST_CASE("batch: TSV records are id TAB text, as in the CMU corpus", "[batch]") {
    plotgraph::BatchOptions options;
    options.format = plotgraph::RecordFormat::tsv;
    const auto result = run("31186339\tLionel protects Vladimir.\nno tab here\n\tno id\n", options);
    REQUIRE(result.lines.size() == 3);
    CHECK(result.lines[0]["id"] == "31186339");
    CHECK(has_character(result.lines[0], "Vladimir"));
    CHECK(result.lines[1]["error"] == "line 2: no TAB between id and text");
    CHECK(result.lines[2]["error"] == "line 3: the id is empty");
}

TEST_CASE("batch: a line over the size limit fails without being read whole", "[batch]") {
    plotgraph::BatchOptions options;
    options.max_record_bytes = 100;
    const auto result = run(record("long", std::string(5000, 'a')) + record("ok", "Lionel protects Vladimir."), options);
    REQUIRE(result.lines.size() == 2);
    CHECK(result.lines[0]["id"].is_null());
    CHECK(result.lines[0]["error"] == "line 1: the line is longer than 100 bytes");
    CHECK(result.lines[1]["id"] == "ok");
}

TEST_CASE("batch: the output is the same whatever the number of threads", "[batch]") {
    std::string input;
    for (int i = 0; i < 40; ++i) {
        input += i % 7 == 3 ? std::string("{broken\n")
                            : record(i, "Lionel protects Vladimir " + std::to_string(i) + " times in Harlem. Lucia loves him.");
    }
    plotgraph::BatchOptions one, four;
    one.threads = 1;
    four.threads = 4;
    const auto a = run(input, one);
    const auto b = run(input, four);
    CHECK(a.lines.size() == 40);
    CHECK(a.raw == b.raw);
    CHECK(a.summary.failed == b.summary.failed);
}

TEST_CASE("batch: progress is reported, last with every record", "[batch]") {
    plotgraph::BatchOptions options;
    std::vector<plotgraph::BatchProgress> reports;
    options.on_progress = [&](const plotgraph::BatchProgress& progress) { reports.push_back(progress); };
    const std::string input = record("a", "Lionel protects Vladimir.") + record("b", "Lucia hides him.");
    run(input, options);
    REQUIRE_FALSE(reports.empty());
    CHECK(reports.back().records == 2);
    CHECK(reports.back().bytes == input.size());
}

namespace {
/// A stream buffer that refuses every write, like a full disk.
struct FullBuffer : std::streambuf {
    int_type overflow(int_type) override { return traits_type::eof(); }
    std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};
}  // namespace

TEST_CASE("batch: a failing output stream is an error, not a silent loss", "[batch]") {
    static const plotgraph::Extractor extractor;
    std::istringstream in(record("a", "Lionel protects Vladimir."));
    FullBuffer full;
    std::ostream out(&full);
    CHECK_THROWS_AS(plotgraph::run_batch(in, out, extractor), plotgraph::Error);
}

TEST_CASE("batch: input format names", "[batch]") {
    CHECK(plotgraph::parse_record_format("tsv") == plotgraph::RecordFormat::tsv);
    CHECK(plotgraph::parse_record_format("jsonl") == plotgraph::RecordFormat::jsonl);
    CHECK_THROWS_AS(plotgraph::parse_record_format("csv"), plotgraph::Error);
}

TEST_CASE("batch: a story's line holds the same graph as the JSON output", "[batch][output]") {
    std::ifstream in(PLOTGRAPH_SOURCE_DIR "/corpus/moscow-on-the-hudson/001_981faa7dff670a17.txt", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    // Quotes, backslashes and control characters must survive the direct writer too.
    const std::string summary = text.str() + " Boris says \"no\" \\ and\ttabs.";
    const auto result = run(record("moscow", summary));
    REQUIRE(result.lines.size() == 1);
    json line = result.lines[0];
    line.erase("id");

    const plotgraph::Extractor extractor;
    std::ostringstream written;
    plotgraph::write_json(written, extractor.extract({{"moscow", summary}}));
    const json expected = json::parse(written.str());
    CHECK(line == expected);
    CHECK_FALSE(expected["relations"].empty());
    CHECK_FALSE(expected["events"].empty());
}
