// The plotgraph executable, run as a user would: through the shell, with
// stdout and stderr captured in files. Asserts on exit codes, messages and
// output shape, never on which entities the pipeline finds.
#include <plotgraph/version.hpp>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::string corpus_file =
    PLOTGRAPH_SOURCE_DIR "/corpus/moscow-on-the-hudson/000_b92cfab81cb70fe6.txt";
const std::string corpus_file_2 =
    PLOTGRAPH_SOURCE_DIR "/corpus/moscow-on-the-hudson/001_981faa7dff670a17.txt";

/// A fresh directory under the system temp dir, removed when done.
struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> counter{0};
        path = fs::temp_directory_path() /
               ("plotgraph_test_cli_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// Runs `plotgraph ARGS` through the shell. stdout goes to `stdout_path`
/// if given (e.g. "/dev/full"), else it is captured; stderr always is.
Run run_cli(const std::string& args, const std::string& stdin_path = "",
            const std::string& stdout_path = "") {
    const TempDir dir;
    const fs::path out = dir.path / "stdout";
    const fs::path err = dir.path / "stderr";
    std::string command = shell_quote(PLOTGRAPH_CLI) + " " + args;
    if (!stdin_path.empty()) command += " < " + shell_quote(stdin_path);
    command += " > " + shell_quote(stdout_path.empty() ? out.string() : stdout_path);
    command += " 2> " + shell_quote(err.string());
    const int status = std::system(command.c_str());
    Run run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (stdout_path.empty()) run.out = read_file(out);
    run.err = read_file(err);
    return run;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("cli: --version prints the version") {
    const Run run = run_cli("--version");
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.out == std::string("plotgraph ") + plotgraph::version + "\n");
}

TEST_CASE("cli: no subcommand prints help and exits 2") {
    const Run run = run_cli("");
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 2);
    CHECK(contains(run.err, "extract"));
}

TEST_CASE("cli: extract --format json names the document and lists entities") {
    const Run run = run_cli("extract --format json " + shell_quote(corpus_file));
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    const auto root = nlohmann::json::parse(run.out);
    REQUIRE(root["documents"].size() == 1);
    CHECK(root["documents"][0]["name"] == "000_b92cfab81cb70fe6.txt");
    CHECK(root["documents"][0]["bytes"] == fs::file_size(corpus_file));
    CHECK(root["entities"].is_array());
    CHECK(root["relations"].is_array());
}

TEST_CASE("cli: extract merges several files into one story") {
    const Run run = run_cli("extract --format json " + shell_quote(corpus_file) + " " +
                            shell_quote(corpus_file_2));
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    const auto root = nlohmann::json::parse(run.out);
    REQUIRE(root["documents"].size() == 2);
    CHECK(root["documents"][1]["name"] == "001_981faa7dff670a17.txt");
}

TEST_CASE("cli: extract writes graphml by default and dot on request") {
    const Run graphml = run_cli("extract " + shell_quote(corpus_file));
    INFO("stderr: " << graphml.err);
    REQUIRE(graphml.exit_code == 0);
    CHECK(graphml.out.rfind("<?xml", 0) == 0);
    CHECK(contains(graphml.out, "</graphml>"));

    const Run dot = run_cli("extract --format dot " + shell_quote(corpus_file));
    INFO("stderr: " << dot.err);
    REQUIRE(dot.exit_code == 0);
    CHECK(contains(dot.out, "graph story {"));
}

TEST_CASE("cli: extract reads stdin for -") {
    const TempDir dir;
    const fs::path out = dir.path / "out.json";
    const Run run = run_cli("extract --format json -o " + shell_quote(out.string()) + " -", corpus_file);
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    const auto root = nlohmann::json::parse(read_file(out));
    REQUIRE(root["documents"].size() == 1);
    CHECK(root["documents"][0]["name"] == "<stdin>");
    CHECK(root["documents"][0]["bytes"] == fs::file_size(corpus_file));
}

TEST_CASE("cli: a missing file fails with a message naming it") {
    const TempDir dir;
    const std::string missing = (dir.path / "no_such_summary.txt").string();
    const Run run = run_cli("extract " + shell_quote(missing));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code != 0);
    CHECK(run.out.empty());
    CHECK(run.err.rfind("plotgraph: ", 0) == 0);
    CHECK(contains(run.err, missing));
}

TEST_CASE("cli: invalid UTF-8 fails with the byte offset") {
    const TempDir dir;
    const fs::path bad = dir.path / "bad.txt";
    std::ofstream(bad, std::ios::binary) << "ab\xff";
    const Run run = run_cli("extract " + shell_quote(bad.string()));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code != 0);
    CHECK(contains(run.err, bad.string()));
    CHECK(contains(run.err, "byte 2"));
}

TEST_CASE("cli: invalid UTF-8 on stdin fails with the byte offset") {
    const TempDir dir;
    const fs::path bad = dir.path / "bad.txt";
    std::ofstream(bad, std::ios::binary) << "abc\xc3";
    const Run run = run_cli("extract -", bad.string());
    INFO("stderr: " << run.err);
    CHECK(run.exit_code != 0);
    CHECK(contains(run.err, "<stdin>"));
    CHECK(contains(run.err, "byte 3"));
}

TEST_CASE("cli: -o writes the file and leaves no temporary file behind") {
    const TempDir dir;
    const fs::path out = dir.path / "story.graphml";
    const Run run = run_cli("extract -o " + shell_quote(out.string()) + " " + shell_quote(corpus_file));
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(read_file(out).rfind("<?xml", 0) == 0);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path)) ++files;
    CHECK(files == 1);
}

TEST_CASE("cli: -o into a nonexistent directory fails") {
    const TempDir dir;
    const fs::path out = dir.path / "missing" / "story.json";
    const Run run = run_cli("extract --format json -o " + shell_quote(out.string()) + " " +
                            shell_quote(corpus_file));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code != 0);
    CHECK(contains(run.err, out.string()));
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("cli: a failed run leaves an existing -o file untouched") {
    const TempDir dir;
    const fs::path out = dir.path / "story.json";
    std::ofstream(out) << "previous";
    const fs::path bad = dir.path / "bad.txt";
    std::ofstream(bad, std::ios::binary) << "ab\xff";
    const Run run = run_cli("extract --format json -o " + shell_quote(out.string()) + " " +
                            shell_quote(bad.string()));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code != 0);
    CHECK(read_file(out) == "previous");
}

TEST_CASE("cli: a write error on stdout fails") {
    if (!fs::exists("/dev/full")) return;  // Linux only
    const Run run = run_cli("extract " + shell_quote(corpus_file), "", "/dev/full");
    INFO("stderr: " << run.err);
    CHECK(run.exit_code != 0);
    CHECK(run.err.rfind("plotgraph: ", 0) == 0);
}

TEST_CASE("cli: --format xml is rejected as a usage error") {
    const Run run = run_cli("extract --format xml " + shell_quote(corpus_file));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.out.empty());
    CHECK(contains(run.err, "xml"));
}

TEST_CASE("cli: query who-helped names the helpers of a character by any spelling") {
    const Run run = run_cli("query who-helped Ivanov " + shell_quote(corpus_file) + " " + shell_quote(corpus_file_2));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(contains(run.out, "Lionel Witherspoon helped Vladimir Ivanoff (protected)"));
    CHECK(contains(run.out, "Orlando Ramirez helped Vladimir Ivanoff"));
    CHECK_FALSE(contains(run.out, "helped Lionel"));
}

TEST_CASE("cli: query who-helped fails for a name not in the story") {
    const Run run = run_cli("query who-helped Nobody " + shell_quote(corpus_file));
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, "no character called 'Nobody'"));
}

TEST_CASE("cli: timeline lists events in story order with the clause that tells each") {
    const Run run = run_cli("timeline --character Lomardo " + shell_quote(corpus_file) + " " + shell_quote(corpus_file_2));
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    const auto propose = run.out.find("Vladimir Ivanoff propose Lucia Lombardo");
    const auto reunite = run.out.find("Lucia Lombardo reunite Vladimir Ivanoff");
    CHECK(propose != std::string::npos);
    CHECK(reunite != std::string::npos);
    CHECK(propose < reunite);
    CHECK(contains(run.out, "000_b92cfab81cb70fe6.txt: to propose to her"));
    CHECK_FALSE(contains(run.out, "Lionel Witherspoon return"));  // not Lucia's event
}

TEST_CASE("cli: timeline fails for a name not in the story") {
    const Run run = run_cli("timeline --character Nobody " + shell_quote(corpus_file));
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, "no character called 'Nobody'"));
}

TEST_CASE("cli: batch writes one line per record from stdin and exits 1 when one failed") {
    const TempDir dir;
    const fs::path input = dir.path / "records.jsonl";
    std::ofstream(input) << "{\"id\": \"a\", \"text\": \"Lionel protects Vladimir.\"}\n"
                         << "oops\n"
                         << "{\"id\": \"c\", \"text\": \"Lucia hides Vladimir.\"}\n";
    const Run run = run_cli("batch --threads 2", input.string());
    CHECK(run.exit_code == 1);
    std::istringstream lines(run.out);
    std::vector<nlohmann::json> parsed;
    for (std::string line; std::getline(lines, line);) parsed.push_back(nlohmann::json::parse(line));
    REQUIRE(parsed.size() == 3);
    CHECK(parsed[0]["id"] == "a");
    CHECK(parsed[1].contains("error"));
    CHECK(parsed[2]["id"] == "c");
    CHECK(contains(run.err, "1 failed"));
    CHECK(contains(run.err, "line 2"));
}

TEST_CASE("cli: batch reads a .tsv file as TSV and exits 0 when all records are good") {
    const TempDir dir;
    const fs::path input = dir.path / "plots.tsv";
    std::ofstream(input) << "1\tLionel protects Vladimir.\n2\tLucia hides Vladimir.\n";
    const Run run = run_cli("batch " + shell_quote(input.string()));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    CHECK(std::count(run.out.begin(), run.out.end(), '\n') == 2);
}

TEST_CASE("cli: batch --progress reports on stderr") {
    const TempDir dir;
    const fs::path input = dir.path / "plots.tsv";
    std::ofstream(input) << "1\tLionel protects Vladimir.\n";
    const Run run = run_cli("batch --progress " + shell_quote(input.string()));
    CHECK(run.exit_code == 0);
    CHECK(contains(run.err, "1 records"));
    CHECK(contains(run.err, "MB/s"));
}

TEST_CASE("cli: batch on a missing file names it and exits 1") {
    const Run run = run_cli("batch /nonexistent/plots.jsonl");
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, "/nonexistent/plots.jsonl"));
}

TEST_CASE("cli: a directory given as a summary fails with a message naming it") {
    const TempDir dir;
    const Run run = run_cli("extract " + shell_quote(dir.path.string()));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK(contains(run.err, dir.path.string()));
    CHECK(contains(run.err, "directory"));
}

TEST_CASE("cli: an unreadable file fails with a message naming it") {
    if (::geteuid() == 0) return;  // root reads whatever the permissions say
    const TempDir dir;
    const fs::path locked = dir.path / "locked.txt";
    std::ofstream(locked) << "Vladimir defects.";
    fs::permissions(locked, fs::perms::none);
    const Run run = run_cli("extract " + shell_quote(locked.string()));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, locked.string()));
}

TEST_CASE("cli: a binary file fails with the offset of its first NUL byte") {
    const TempDir dir;
    const fs::path binary = dir.path / "picture.png";
    std::ofstream(binary, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const Run run = run_cli("extract " + shell_quote(binary.string()));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, binary.string()));
    CHECK(contains(run.err, "byte 0"));  // 0x89 is no UTF-8 lead byte
}

TEST_CASE("cli: every subcommand has --help listing its options") {
    const std::vector<std::pair<std::string, std::string>> subcommands = {
        {"extract", "--format"}, {"query who-helped", "--rules"}, {"timeline", "--character"},
        {"render", "--view"},    {"batch", "--threads"}};
    for (const auto& [subcommand, option] : subcommands) {
        const Run run = run_cli(subcommand + " --help");
        INFO(subcommand << ": " << run.err);
        CHECK(run.exit_code == 0);
        CHECK(contains(run.out, option));
    }
}

TEST_CASE("cli: the man page documents every option each subcommand's --help lists") {
    const std::string manual = read_file(PLOTGRAPH_SOURCE_DIR "/doc/plotgraph.1");
    REQUIRE_FALSE(manual.empty());
    for (const std::string subcommand : {"extract", "query who-helped", "timeline", "render", "batch"}) {
        const Run run = run_cli(subcommand + " --help");
        REQUIRE(run.exit_code == 0);
        // Every "--option" in the help, written as roff writes it: "\-\-option".
        for (std::size_t at = run.out.find("--"); at != std::string::npos; at = run.out.find("--", at + 2)) {
            std::size_t end = at + 2;
            while (end < run.out.size() && (std::isalnum(static_cast<unsigned char>(run.out[end])) || run.out[end] == '-'))
                ++end;
            std::string roff;
            for (char c : run.out.substr(at, end - at)) roff += c == '-' ? std::string("\\-") : std::string(1, c);
            INFO(subcommand << ": " << run.out.substr(at, end - at));
            CHECK(contains(manual, roff));
        }
    }
}

TEST_CASE("cli: the man page documents every subcommand and option the CLI has") {
    const std::string manual = read_file(PLOTGRAPH_SOURCE_DIR "/doc/plotgraph.1");
    REQUIRE_FALSE(manual.empty());
    for (const char* word : {"extract", "query who\\-helped", "timeline", "render", "batch", "\\-\\-view",
                             "\\-\\-dot", "\\-\\-retellings", "\\-\\-max\\-record\\-bytes", "\\-\\-input\\-format",
                             "\\-\\-progress", "\\-\\-character", "\\-\\-max\\-input\\-mb", "EXIT STATUS"})
        CHECK(contains(manual, word));
}

namespace {

bool graphviz_available() {
    return std::system("command -v dot > /dev/null 2>&1") == 0;
}

}  // namespace

TEST_CASE("cli: render draws the story graph as SVG with the characters in it") {
    if (!graphviz_available()) {
        WARN("Graphviz's dot is not installed: render not tested");
        return;
    }
    const TempDir dir;
    const fs::path out = dir.path / "story.svg";
    const Run run = run_cli("render -o " + shell_quote(out.string()) + " " + shell_quote(corpus_file) + " " +
                            shell_quote(corpus_file_2));
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    const std::string svg = read_file(out);
    CHECK(contains(svg, "<svg"));
    CHECK(contains(svg, "Lionel Witherspoon"));
    CHECK(contains(svg, "helped"));
}

TEST_CASE("cli: render --view timeline draws numbered events") {
    if (!graphviz_available()) {
        WARN("Graphviz's dot is not installed: render not tested");
        return;
    }
    const Run run = run_cli("render --view timeline " + shell_quote(corpus_file));
    INFO("stderr: " << run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(contains(run.out, "<svg"));
    CHECK(contains(run.out, ">1. "));
    CHECK(contains(run.out, ">2. "));
}

TEST_CASE("cli: render without Graphviz fails, says what to install and leaves no file") {
    const TempDir dir;
    const fs::path out = dir.path / "story.svg";
    const Run run = run_cli("render --dot /nonexistent/dot -o " + shell_quote(out.string()) + " " +
                            shell_quote(corpus_file));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 1);
    CHECK(contains(run.err, "/nonexistent/dot"));
    CHECK(contains(run.err, "graphviz"));
    CHECK_FALSE(fs::exists(out));
    CHECK(fs::is_empty(dir.path));
}

TEST_CASE("cli: a 100 MB file is refused at once with its size and the limit") {
    const TempDir dir;
    const fs::path huge = dir.path / "huge.txt";
    { std::ofstream(huge) << "Anna meets Boris."; }
    fs::resize_file(huge, 100'000'000);  // sparse: no disk is written
    const Run run = run_cli("extract " + shell_quote(huge.string()));
    INFO("stderr: " << run.err);
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK(contains(run.err, huge.string()));
    CHECK(contains(run.err, "100.0 MB is over the limit of 32.0 MB"));
}

TEST_CASE("cli: --max-input-mb lowers the limit, on stdin too") {
    const TempDir dir;
    const fs::path text = dir.path / "two_mb.txt";
    {
        std::ofstream out(text);
        for (int k = 0; k < 100'000; ++k) out << "Anna meets Boris. ";
    }
    const Run from_file = run_cli("extract --max-input-mb 1 " + shell_quote(text.string()));
    CHECK(from_file.exit_code == 1);
    CHECK(contains(from_file.err, "over the limit of 1.0 MB"));
    const Run from_stdin = run_cli("timeline --max-input-mb 1 -", text.string());
    CHECK(from_stdin.exit_code == 1);
    CHECK(contains(from_stdin.err, "<stdin>: more than 1 MB"));
}
