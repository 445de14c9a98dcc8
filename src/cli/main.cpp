// plotgraph: command-line front end. Parses arguments, calls the library,
// and owns everything the library deliberately does not: files, stdout,
// stderr and exit codes.
#include <plotgraph/plotgraph.hpp>

#include <CLI/CLI.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::size_t default_max_input_mb = plotgraph::default_max_input_bytes / 1'000'000;

struct ExtractArgs {
    std::string format = "graphml";
    std::string output;  // empty or "-": stdout
    std::string rules;   // empty: the built-in rules
    std::size_t max_input_mb = default_max_input_mb;
    std::vector<std::string> files;
};

plotgraph::Error io_error(const std::string& where, const std::string& what, int error) {
    return plotgraph::Error(plotgraph::Location{where, std::nullopt, std::nullopt},
                            error != 0 ? what + ": " + std::strerror(error) : what);
}

plotgraph::Input read_stdin(std::size_t max_bytes) {
    const std::string name = "<stdin>";
    std::string text;
    char buffer[1 << 16];
    while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
        if (text.size() > max_bytes)
            throw io_error(name, "more than " + std::to_string(max_bytes / 1'000'000) +
                                     " MB, the limit for one story (--max-input-mb; for a corpus, use batch)", 0);
    }
    if (std::cin.bad()) throw io_error(name, "read error", 0);
    if (text.empty()) throw io_error(name, "input is empty", 0);
    plotgraph::validate_utf8(text, name);
    return {name, std::move(text)};
}

void write_stdout(const std::string& content) {
    // stdio rather than std::cout: a failed fwrite/fflush leaves errno set,
    // so "/dev/full" reports "No space left on device".
    errno = 0;
    const bool written = std::fwrite(content.data(), 1, content.size(), stdout) == content.size();
    if (!written || std::fflush(stdout) != 0) throw io_error("<stdout>", "write error", errno);
}

bool write_all(int fd, const std::string& content) {
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

/// An output file written all at once: created as a temporary beside
/// `path` (so a missing directory fails before any work is done) and renamed
/// into place by commit() only once everything is on disk. `path` is thus
/// either untouched or complete, never a truncated output from a failed run.
class AtomicOutputFile {
public:
    explicit AtomicOutputFile(fs::path path) : path_(std::move(path)) {
        for (int attempt = 0; fd_ < 0; ++attempt) {
            temp_ = path_.parent_path() / ("." + path_.filename().string() + ".tmp-" +
                                           std::to_string(::getpid()) + "-" + std::to_string(attempt));
            // O_EXCL: never clobber someone else's file; 0666 lets umask decide, as for any new file.
            fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd_ < 0 && (errno != EEXIST || attempt >= 100)) {
                throw io_error(path_.string(), "cannot create output file", errno);
            }
        }
    }
    ~AtomicOutputFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!committed_) ::unlink(temp_.c_str());
    }
    AtomicOutputFile(const AtomicOutputFile&) = delete;
    AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

    void commit(const std::string& content) {
        const bool written = write_all(fd_, content) && ::fsync(fd_) == 0;
        const int write_errno = errno;
        const bool closed = ::close(fd_) == 0;
        fd_ = -1;
        if (!written || !closed) throw io_error(path_.string(), "write error", written ? errno : write_errno);
        std::error_code error;
        fs::rename(temp_, path_, error);
        if (error) throw io_error(path_.string(), "cannot replace output file: " + error.message(), 0);
        committed_ = true;
    }

private:
    fs::path path_;
    fs::path temp_;
    int fd_ = -1;
    bool committed_ = false;
};

/// Reads FILEs ("-": stdin) as summaries of one story, each at most
/// `max_input_mb` MB, and extracts it, with the rules of `rules_dir` or, when
/// it is empty, the built-in ones.
plotgraph::Story extract_story(const std::vector<std::string>& files, const std::string& rules_dir,
                               std::size_t max_input_mb) {
    const std::size_t max_bytes = max_input_mb * 1'000'000;
    std::vector<plotgraph::Input> inputs;
    for (const std::string& file : files)
        inputs.push_back(file == "-" ? read_stdin(max_bytes) : plotgraph::read_input(file, max_bytes));
    auto rules = rules_dir.empty() ? plotgraph::RuleSet::builtin() : plotgraph::RuleSet::load(rules_dir);
    return plotgraph::Extractor(std::move(rules)).extract(std::move(inputs));
}

/// Where -o sends a command's output: a file (opened at once, so that a bad
/// path fails before any work is done) or, for "" and "-", stdout. Output is
/// rendered whole before it is written: an error mid-way must not leave half
/// an output behind, on stdout or on disk.
class Destination {
public:
    explicit Destination(const std::string& output) {
        if (!output.empty() && output != "-") file_.emplace(output);
    }
    void write(const std::string& content) {
        if (file_) {
            file_->commit(content);
        } else {
            write_stdout(content);
        }
    }

private:
    std::optional<AtomicOutputFile> file_;
};

int run_extract(const ExtractArgs& args) {
    const plotgraph::OutputFormat format = plotgraph::parse_output_format(args.format);
    Destination destination(args.output);
    const plotgraph::Story story = extract_story(args.files, args.rules, args.max_input_mb);
    std::ostringstream rendered;
    plotgraph::write(rendered, story, format);
    destination.write(rendered.str());
    return 0;
}

struct WhoHelpedArgs {
    std::string rules;
    std::size_t max_input_mb = default_max_input_mb;
    std::vector<std::string> arguments;  // [NAME] FILE...
};

/// `plotgraph query who-helped [NAME] FILE...`: every "helped" relation, or
/// only those where NAME was helped, with how and the sentences that say so.
int run_who_helped(const WhoHelpedArgs& args) {
    std::vector<std::string> files = args.arguments;
    std::string name;
    // A first argument that is not a file is the name asked about.
    if (files.size() >= 2 && files.front() != "-" && !fs::exists(files.front())) {
        name = files.front();
        files.erase(files.begin());
    }
    const plotgraph::Story story = extract_story(files, args.rules, args.max_input_mb);

    std::optional<std::size_t> helped;
    if (!name.empty()) {
        helped = plotgraph::find_entity(story, name);
        if (!helped) throw plotgraph::Error("no character called '" + name + "' in the story");
    }
    std::ostringstream out;
    for (const plotgraph::Relation& relation : story.relations) {
        if (relation.type != "helped" || (helped && relation.target != *helped)) continue;
        out << story.entities[relation.source].name << " helped " << story.entities[relation.target].name;
        if (!relation.subtype.empty()) out << " (" << relation.subtype << ")";
        out << "\n";
        for (const plotgraph::Evidence& evidence : relation.evidence)
            out << "  " << story.documents[evidence.doc].name << ": " << plotgraph::evidence_text(story, evidence) << "\n";
    }
    write_stdout(out.str());
    return 0;
}

struct TimelineArgs {
    std::string rules;
    std::size_t max_input_mb = default_max_input_mb;
    std::string character;
    bool retellings = false;
    std::vector<std::string> files;
};

/// `plotgraph timeline [--character NAME] FILE...`: the events in story
/// order, each with its time, how it was placed, and the clause that tells it.
int run_timeline(const TimelineArgs& args) {
    const plotgraph::Story story = extract_story(args.files, args.rules, args.max_input_mb);
    std::optional<std::size_t> character;
    if (!args.character.empty()) {
        character = plotgraph::find_entity(story, args.character);
        if (!character) throw plotgraph::Error("no character called '" + args.character + "' in the story");
    }
    std::ostringstream out;
    std::size_t number = 0;
    for (const plotgraph::Event* event : plotgraph::timeline(story, character, args.retellings)) {
        out << ++number << ". " << plotgraph::describe_event(story, *event);
        std::string notes = event->time;
        if (!event->placement.empty()) notes.append(notes.empty() ? "" : "; ").append(event->placement);
        if (!notes.empty()) out << "  [" << notes << "]";
        out << "\n   " << story.documents[event->evidence.doc].name << ": "
            << plotgraph::evidence_text(story, event->evidence) << "\n";
    }
    write_stdout(out.str());
    return 0;
}

struct RenderArgs {
    std::string view = "story";
    std::string format = "svg";
    std::string dot_program = "dot";
    std::string output;  // empty or "-": stdout
    std::string rules;
    std::size_t max_input_mb = default_max_input_mb;
    std::vector<std::string> files;
};

/// A file under the temporary directory, removed when it goes out of scope.
class TemporaryFile {
public:
    explicit TemporaryFile(const std::string& suffix) {
        std::string pattern = (fs::temp_directory_path() / "plotgraph-XXXXXX").string() + suffix;
        const int fd = ::mkstemps(pattern.data(), static_cast<int>(suffix.size()));
        if (fd < 0) throw io_error(pattern, "cannot create temporary file", errno);
        ::close(fd);
        path_ = pattern;
    }
    ~TemporaryFile() { ::unlink(path_.c_str()); }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

std::string read_whole_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    if (!in && !in.eof()) throw io_error(path.string(), "read error", errno);
    return content.str();
}

/// Runs Graphviz on `dot_source` and returns what it drew. No shell: the
/// program and its arguments go to posix_spawnp as they are.
std::string run_graphviz(const std::string& program, const std::string& format, const std::string& dot_source) {
    const TemporaryFile source(".dot");
    const TemporaryFile drawing("." + format);
    {
        std::ofstream out(source.path(), std::ios::binary);
        out << dot_source;
        out.close();
        if (!out) throw io_error(source.path().string(), "write error", errno);
    }
    std::vector<std::string> arguments = {program, "-T" + format, "-o", drawing.path().string(), source.path().string()};
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    pid_t child = 0;
    const int spawned = ::posix_spawnp(&child, program.c_str(), nullptr, nullptr, argv.data(), environ);
    if (spawned != 0) {
        throw io_error(program, "cannot run Graphviz (Debian: apt-get install graphviz; or give --dot PROGRAM)",
                       spawned);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) throw io_error(program, "cannot wait for Graphviz", errno);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const std::string how = WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                                  : "was killed by signal " + std::to_string(WTERMSIG(status));
        throw io_error(program, "Graphviz " + how + " drawing " + format, 0);
    }
    std::string drawn = read_whole_file(drawing.path());
    if (drawn.empty()) throw io_error(program, "Graphviz wrote nothing", 0);
    return drawn;
}

/// `plotgraph render [--view story|timeline|full] [--format svg|png|pdf] FILE...`:
/// the story graph or the timeline drawn by Graphviz from plotgraph's DOT.
int run_render(const RenderArgs& args) {
    const plotgraph::DotView view = plotgraph::parse_dot_view(args.view);
    Destination destination(args.output);
    const plotgraph::Story story = extract_story(args.files, args.rules, args.max_input_mb);
    std::ostringstream dot_source;
    plotgraph::write_dot(dot_source, story, view);
    destination.write(run_graphviz(args.dot_program, args.format, dot_source.str()));
    return 0;
}

struct BatchArgs {
    std::string rules;
    std::string input_format;  // empty: from the file name (.tsv), else jsonl
    unsigned threads = 0;
    bool progress = false;
    std::size_t max_record_bytes = 64u << 20;
    std::string input = "-";
};

std::string megabytes(std::size_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

/// "12 records (1 failed), 3.4 MB, 2.1 MB/s, ETA 0:42": ETA only when the input's size is known.
std::string progress_line(const plotgraph::BatchProgress& progress, std::optional<std::uintmax_t> total_bytes) {
    const double rate = progress.seconds > 0 ? static_cast<double>(progress.bytes) / 1e6 / progress.seconds : 0;
    std::string line = std::to_string(progress.records) + " records";
    if (progress.failed > 0) line += " (" + std::to_string(progress.failed) + " failed)";
    char numbers[64];
    std::snprintf(numbers, sizeof numbers, ", %s, %.2f MB/s", megabytes(progress.bytes).c_str(), rate);
    line += numbers;
    if (total_bytes && rate > 0 && *total_bytes >= progress.bytes) {
        const auto left = static_cast<long>(static_cast<double>(*total_bytes - progress.bytes) / 1e6 / rate);
        std::snprintf(numbers, sizeof numbers, ", ETA %ld:%02ld", left / 60, left % 60);
        line += numbers;
    }
    return line;
}

/// `plotgraph batch [FILE]`: one JSON line per record of a JSON Lines or TSV
/// stream, in input order; failed records say why on their line.
int run_batch(const BatchArgs& args) {
    plotgraph::BatchOptions options;
    const bool from_stdin = args.input == "-";
    const std::string format =
        !args.input_format.empty() ? args.input_format
        : (!from_stdin && fs::path(args.input).extension() == ".tsv") ? "tsv" : "jsonl";
    options.format = plotgraph::parse_record_format(format);
    options.threads = args.threads;
    options.max_record_bytes = args.max_record_bytes;

    std::ifstream file;
    std::optional<std::uintmax_t> total_bytes;
    if (!from_stdin) {
        std::error_code error;
        if (fs::is_directory(args.input, error)) throw io_error(args.input, "is a directory, not a file", 0);
        file.open(args.input, std::ios::binary);
        if (!file) throw io_error(args.input, "cannot open file", errno);
        if (fs::is_regular_file(args.input, error)) total_bytes = fs::file_size(args.input, error);
    }
    std::istream& in = from_stdin ? std::cin : file;

    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    const bool show_progress = args.progress || terminal;
    if (show_progress) {
        options.on_progress = [&](const plotgraph::BatchProgress& progress) {
            // A terminal line is redrawn in place; a log gets one line per report.
            std::fprintf(stderr, terminal ? "\rplotgraph batch: %s\033[K" : "plotgraph batch: %s\n",
                         progress_line(progress, total_bytes).c_str());
            std::fflush(stderr);
        };
    }
    auto rules = args.rules.empty() ? plotgraph::RuleSet::builtin() : plotgraph::RuleSet::load(args.rules);
    const plotgraph::Extractor extractor(std::move(rules));

    std::ios::sync_with_stdio(false);
    const plotgraph::BatchSummary summary = plotgraph::run_batch(in, std::cout, extractor, options);
    if (show_progress && terminal) std::fputc('\n', stderr);
    if (summary.failed > 0 || show_progress) {
        std::fprintf(stderr, "plotgraph batch: %zu records, %zu stories, %zu failed; %s in %.1f s\n", summary.records,
                     summary.stories, summary.failed, megabytes(summary.bytes).c_str(), summary.seconds);
        for (const plotgraph::BatchFailure& failure : summary.first_failures)
            std::fprintf(stderr, "  %s: id %s: %s\n", from_stdin ? "<stdin>" : args.input.c_str(), failure.id.c_str(),
                         failure.message.c_str());
        if (summary.failed > summary.first_failures.size())
            std::fprintf(stderr, "  ... and %zu more\n", summary.failed - summary.first_failures.size());
    }
    return summary.failed > 0 ? 1 : 0;
}

/// A CLI11 check by one of the library's parsers: the library is the one
/// authority on the names it accepts; CLI11 only reports its verdict.
template <typename Parse>
CLI::Validator library_check(Parse parse, const std::string& names, const std::string& what) {
    return CLI::Validator(
        [parse](std::string& value) {
            try {
                parse(value);
                return std::string();
            } catch (const plotgraph::Error& error) {
                return std::string(error.what());
            }
        },
        names, what);
}

/// --max-input-mb, shared by the commands that read whole summaries.
void add_max_input_option(CLI::App* command, std::size_t& max_input_mb) {
    command->add_option("--max-input-mb", max_input_mb, "Refuse a summary longer than this many MB (millions of bytes)")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000}));
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"plotgraph: plot summaries to a knowledge graph of characters, places and relations"};
    app.set_version_flag("--version", std::string("plotgraph ") + plotgraph::version);

    ExtractArgs extract_args;
    CLI::App* extract = app.add_subcommand("extract", "Extract one story graph from one or more summaries");
    extract->add_option("--format", extract_args.format, "Output format")
        ->check(library_check(plotgraph::parse_output_format, "graphml|json|dot", "output format"))
        ->capture_default_str();
    extract->add_option("-o,--output", extract_args.output, "Write to FILE instead of stdout")
        ->option_text("FILE");
    extract->add_option("--rules", extract_args.rules, "Load rule files from DIR instead of the built-in ones")
        ->option_text("DIR");
    add_max_input_option(extract, extract_args.max_input_mb);
    extract->add_option("FILE", extract_args.files,
                        "Summaries of one story, merged into one graph (- reads stdin)")
        ->required();

    WhoHelpedArgs who_helped_args;
    CLI::App* query = app.add_subcommand("query", "Answer a question about a story");
    CLI::App* who_helped = query->add_subcommand("who-helped", "Who helped whom (or whom, if NAME is given), and how");
    who_helped->add_option("--rules", who_helped_args.rules, "Load rule files from DIR instead of the built-in ones")
        ->option_text("DIR");
    add_max_input_option(who_helped, who_helped_args.max_input_mb);
    who_helped->add_option("ARGS", who_helped_args.arguments, "[NAME] FILE...: summaries of one story (- reads stdin)")
        ->required();
    query->require_subcommand(1);

    TimelineArgs timeline_args;
    CLI::App* timeline = app.add_subcommand("timeline", "The events of a story in story order, with the clause that tells each");
    timeline->add_option("--character", timeline_args.character, "Only the events NAME takes part in (any spelling)")
        ->option_text("NAME");
    timeline->add_flag("--retellings", timeline_args.retellings,
                       "Also list an event each time another summary tells it again");
    timeline->add_option("--rules", timeline_args.rules, "Load rule files from DIR instead of the built-in ones")
        ->option_text("DIR");
    add_max_input_option(timeline, timeline_args.max_input_mb);
    timeline->add_option("FILE", timeline_args.files, "Summaries of one story (- reads stdin)")->required();

    RenderArgs render_args;
    CLI::App* render = app.add_subcommand(
        "render", "Draw the story graph or the timeline with Graphviz (SVG by default)");
    render->add_option("--view", render_args.view,
                       "story: characters and their relations; timeline: events in order with who and where; "
                       "full: both")
        ->check(library_check(plotgraph::parse_dot_view, "story|timeline|full", "view"))
        ->capture_default_str();
    render->add_option("--format", render_args.format, "Graphviz output format")
        ->check(CLI::IsMember({"svg", "png", "pdf"}))
        ->capture_default_str();
    render->add_option("--dot", render_args.dot_program, "The Graphviz program to run")
        ->option_text("PROGRAM")
        ->capture_default_str();
    render->add_option("-o,--output", render_args.output, "Write to FILE instead of stdout")->option_text("FILE");
    render->add_option("--rules", render_args.rules, "Load rule files from DIR instead of the built-in ones")
        ->option_text("DIR");
    add_max_input_option(render, render_args.max_input_mb);
    render->add_option("FILE", render_args.files, "Summaries of one story, merged into one graph (- reads stdin)")
        ->required();

    BatchArgs batch_args;
    CLI::App* batch = app.add_subcommand(
        "batch", "One JSON line per record of a JSON Lines or TSV corpus, in input order (exit 1 if any record failed)");
    batch->add_option("--input-format", batch_args.input_format,
                      "jsonl ({\"id\", \"text\", optional \"story\"}) or tsv (id<TAB>text); default: tsv for a .tsv file, else jsonl")
        ->check(CLI::IsMember({"jsonl", "tsv"}));
    batch->add_option("--threads", batch_args.threads, "Threads extracting stories (default: one per core)")
        ->check(CLI::Range(1u, 1024u));
    batch->add_flag("--progress", batch_args.progress,
                    "Report progress on stderr even when it is not a terminal");
    batch->add_option("--max-record-bytes", batch_args.max_record_bytes,
                      "A longer line is a failed record, never read whole")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 34));
    batch->add_option("--rules", batch_args.rules, "Load rule files from DIR instead of the built-in ones")
        ->option_text("DIR");
    batch->add_option("FILE", batch_args.input, "Records to read (default -: stdin)");

    try {
        app.parse(argc, argv);
        if (*batch) return run_batch(batch_args);
        if (*extract) return run_extract(extract_args);
        if (*who_helped) return run_who_helped(who_helped_args);
        if (*timeline) return run_timeline(timeline_args);
        if (*render) return run_render(render_args);
        std::cerr << app.help();
        return 2;
    } catch (const CLI::ParseError& error) {
        // --help and --version exit 0; every usage error exits 2, whatever CLI11's own code.
        return app.exit(error) == 0 ? 0 : 2;
    } catch (const std::exception& error) {
        std::cerr << "plotgraph: " << error.what() << '\n';
        return 1;
    } catch (...) {
        std::cerr << "plotgraph: unknown error\n";
        return 1;
    }
}
