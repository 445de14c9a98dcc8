// plotgraph-eval: scores the extractor against LitBank and the hand-made story
// gold, and prints its output on real summaries (CMU sample, Aesop, any files).
// All file reading and printing of the evaluation lives here; scoring is in
// eval/scoring.hpp and eval/story_gold.hpp.
#include <eval/litbank.hpp>
#include <eval/scoring.hpp>
#include <eval/story_gold.hpp>

#include <plotgraph/plotgraph.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace eval = plotgraph::eval;
using plotgraph::EntityKind;
using plotgraph::Error;
using plotgraph::Location;
using nlohmann::json;

// ---------------------------------------------------------------- helpers

void print(const char* format, ...) __attribute__((format(printf, 1, 2)));
void print(const char* format, ...) {
    va_list args;
    va_start(args, format);
    std::vprintf(format, args);
    va_end(args);
}

/// `dir` as given, or an error saying which option sets it.
fs::path existing_directory(const std::string& dir, const char* what, const char* option) {
    std::error_code error;
    if (!fs::is_directory(dir, error))
        throw Error(Location{dir, std::nullopt, std::nullopt},
                    std::string(what) + " directory not found (resolved to " +
                        fs::absolute(dir, error).lexically_normal().string() + "; set it with " +
                        option + ")");
    return dir;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Location{path.string(), std::nullopt, std::nullopt}, "cannot open file");
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw Error(Location{path.string(), std::nullopt, std::nullopt}, "read error");
    return content.str();
}

std::vector<fs::path> files_with_extension(const fs::path& dir, const std::string& extension) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == extension)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// Runs work(i) for i in [0, n) on `jobs` threads; Extractor::extract is
/// const and thread-safe, and documents are independent. The first exception
/// is rethrown after all threads stop.
template <class Work>
void parallel_for(std::size_t n, std::size_t jobs, Work work) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto worker = [&] {
        while (true) {
            const std::size_t i = next++;
            if (i >= n) return;
            try {
                work(i);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
                next = n;  // stop handing out work
            }
        }
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < std::max<std::size_t>(1, std::min(jobs, n)); ++t)
        threads.emplace_back(worker);
    worker();
    for (auto& thread : threads) thread.join();
    if (failure) std::rethrow_exception(failure);
}

std::size_t default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

std::size_t line_of(const std::string& text, std::size_t offset) {
    return 1 + std::size_t(std::count(text.begin(), text.begin() + std::ptrdiff_t(offset), '\n'));
}

bool overlaps(plotgraph::Span a, plotgraph::Span b) { return a.begin < b.end && b.begin < a.end; }

std::string kind_label(const plotgraph::Mention& mention) {
    std::string label = to_string(mention.kind);
    if (!mention.subtype.empty() && mention.kind == EntityKind::place) label += "/" + mention.subtype;
    return label;
}

std::string short_name(std::string name, std::size_t width) {
    for (const char* suffix : {".txt", "_brat"})
        if (name.ends_with(suffix)) name.resize(name.size() - std::string_view(suffix).size());
    if (name.size() > width) name.resize(width);
    return name;
}

// ---------------------------------------------------------------- litbank

struct LitbankArgs {
    std::string dir = "../shared/data/litbank";
    std::string predictions;  // JSON lines from another system; empty: run plotgraph
    bool details = false;
    bool as_json = false;
    std::size_t jobs = default_jobs();
};

struct LitbankDocument {
    fs::path text_path;
    fs::path annotation_path;
    std::string text;
    eval::GoldDocument gold;
    plotgraph::Story story;
    std::vector<std::size_t> predicted_mentions;  // indices into story.mentions
    eval::DocumentScore score;
};

/// The folder holding the .txt/.ann pairs: PATH/coref/tsv, or PATH itself.
fs::path litbank_tsv_dir(const std::string& dir) {
    const fs::path root = existing_directory(dir, "LitBank", "--dir");
    std::error_code error;
    if (fs::is_directory(root / "coref" / "tsv", error)) return root / "coref" / "tsv";
    return root;
}

std::vector<LitbankDocument> load_litbank(const fs::path& tsv_dir) {
    std::vector<LitbankDocument> documents;
    for (const auto& annotation_path : files_with_extension(tsv_dir, ".ann")) {
        LitbankDocument document;
        document.annotation_path = annotation_path;
        document.text_path = fs::path(annotation_path).replace_extension(".txt");
        if (!fs::exists(document.text_path))
            throw Error(Location{annotation_path.string(), std::nullopt, std::nullopt},
                        "no matching text file " + document.text_path.string());
        plotgraph::Input input = plotgraph::read_input(document.text_path);
        document.text = std::move(input.text);
        const auto annotation =
            eval::parse_annotation(read_file(annotation_path), annotation_path.string());
        document.gold = eval::gold_names(document.text_path.filename().string(), document.text,
                                         annotation, annotation_path.string());
        documents.push_back(std::move(document));
    }
    if (documents.empty())
        throw Error(Location{tsv_dir.string(), std::nullopt, std::nullopt},
                    "no .ann files (expected LitBank's coref/tsv folder)");
    return documents;
}

/// Scores the name mentions of document.story.
void score_story(LitbankDocument& document) {
    std::vector<eval::Prediction> predictions;
    for (std::size_t m = 0; m < document.story.mentions.size(); ++m) {
        const auto& mention = document.story.mentions[m];
        if (mention.form != plotgraph::MentionForm::name) continue;
        document.predicted_mentions.push_back(m);
        predictions.push_back({mention.span, mention.kind, mention.entity});
    }
    document.score = eval::score_document(document.gold, predictions);
    document.score.pronouns = eval::score_pronouns(document.gold, document.story);
}

void extract_and_score(LitbankDocument& document, const plotgraph::Extractor& extractor) {
    document.story = extractor.extract({plotgraph::Input{document.gold.name, document.text}});
    score_story(document);
}

/// One line of a predictions file: the mentions another system found in one
/// text, as {"file": PATH, "mentions": [{"begin": B, "end": E, "kind":
/// "character"|"place"|"organization", "entity": K}]} with byte offsets
/// into the file and "entity" an optional cluster id.
struct PredictionLine {
    json mentions;
    std::size_t line = 0;
};

/// The lines of a predictions file by the file name (no folder) of "file".
std::map<std::string, PredictionLine> read_predictions(const std::string& path) {
    std::istringstream lines(read_file(path));
    std::map<std::string, PredictionLine> by_name;
    std::size_t line_number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++line_number;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const Location where{path, line_number, std::nullopt};
        json record;
        try {
            record = json::parse(line);
        } catch (const json::exception& e) {
            throw Error(where, std::string("invalid JSON: ") + e.what());
        }
        if (!record.is_object() || !record.contains("file") || !record["file"].is_string() ||
            !record.contains("mentions") || !record["mentions"].is_array())
            throw Error(where, "expected {\"file\": PATH, \"mentions\": [...]}");
        const std::string name = fs::path(record["file"].get<std::string>()).filename().string();
        const auto [it, inserted] =
            by_name.emplace(name, PredictionLine{std::move(record["mentions"]), line_number});
        if (!inserted)
            throw Error(where, name + " already has predictions on line " +
                                   std::to_string(it->second.line));
    }
    return by_name;
}

std::optional<EntityKind> kind_named(std::string_view name) {
    for (auto kind : eval::all_kinds)
        if (name == to_string(kind)) return kind;
    return std::nullopt;
}

/// A story holding only name mentions, so that scoring and --details treat
/// another system's predictions like plotgraph's. Entities are numbered in
/// order of first mention and named after it.
plotgraph::Story story_from_predictions(const PredictionLine& predictions, const std::string& text,
                                        const std::string& source) {
    const Location where{source, predictions.line, std::nullopt};
    plotgraph::Story story;
    std::map<std::size_t, std::size_t> entity_index;  // cluster id in the file -> Story::entities
    for (const auto& item : predictions.mentions) {
        const bool well_formed =
            item.is_object() && item.contains("begin") && item["begin"].is_number_unsigned() &&
            item.contains("end") && item["end"].is_number_unsigned() && item.contains("kind") &&
            item["kind"].is_string() &&
            (!item.contains("entity") || item["entity"].is_null() ||
             item["entity"].is_number_unsigned());
        if (!well_formed)
            throw Error(where, "a mention needs unsigned \"begin\" and \"end\", a \"kind\" "
                               "string and optionally an unsigned \"entity\": " + item.dump());
        plotgraph::Mention mention;
        mention.span = {item["begin"].get<std::size_t>(), item["end"].get<std::size_t>()};
        if (mention.span.begin > mention.span.end || mention.span.end > text.size())
            throw Error(where, "mention " + item.dump() + " is not within the " +
                                   std::to_string(text.size()) + " bytes of the text");
        const auto kind = kind_named(item["kind"].get<std::string>());
        if (!kind)
            throw Error(where, "unknown kind in " + item.dump() +
                                   " (expected character, place or organization)");
        mention.kind = *kind;
        mention.form = plotgraph::MentionForm::name;
        mention.text = text.substr(mention.span.begin, mention.span.size());
        if (item.contains("entity") && item["entity"].is_number_unsigned()) {
            const auto [it, added] =
                entity_index.emplace(item["entity"].get<std::size_t>(), story.entities.size());
            if (added) {
                plotgraph::Entity entity;
                entity.id = "e" + std::to_string(story.entities.size());
                entity.kind = mention.kind;
                entity.name = mention.text;
                story.entities.push_back(std::move(entity));
            }
            mention.entity = it->second;
            story.entities[it->second].mentions.push_back(story.mentions.size());
        }
        story.mentions.push_back(std::move(mention));
    }
    return story;
}

json counts_json(const eval::Counts& counts) {
    return {{"tp", counts.tp},
            {"fp", counts.fp},
            {"fn", counts.fn},
            {"precision", counts.precision()},
            {"recall", counts.recall()},
            {"f1", counts.f1()}};
}

json bcubed_json(const eval::Bcubed& score) {
    return {{"mentions", score.mentions},
            {"precision", score.precision()},
            {"recall", score.recall()},
            {"f1", score.f1()}};
}

json detection_json(const eval::Counts& overall,
                    const std::array<eval::Counts, eval::kind_count>& by_kind) {
    json result = {{"all", counts_json(overall)}};
    for (auto kind : eval::all_kinds)
        result[to_string(kind)] = counts_json(by_kind[eval::index_of(kind)]);
    return result;
}

json document_json(const LitbankDocument& document) {
    const auto& score = document.score;
    json false_positives = json::array(), false_negatives = json::array();
    for (auto p : score.detection.false_positives) {
        const auto& mention = document.story.mentions[document.predicted_mentions[p]];
        false_positives.push_back({{"text", mention.text},
                                   {"kind", kind_label(mention)},
                                   {"begin", mention.span.begin},
                                   {"end", mention.span.end}});
    }
    for (auto g : score.detection.false_negatives) {
        const auto& name = document.gold.names[g];
        false_negatives.push_back({{"text", name.text},
                                   {"type", name.type},
                                   {"begin", name.span.begin},
                                   {"end", name.span.end}});
    }
    return {{"document", document.gold.name},
            {"detection", detection_json(score.detection.overall, score.detection.by_kind)},
            {"clustering",
             {{"all", bcubed_json(score.clustering)},
              {"detected", bcubed_json(score.clustering_detected)}}},
            {"false_positives", std::move(false_positives)},
            {"false_negatives", std::move(false_negatives)}};
}

/// Gold person chains split over several predicted entities, and predicted
/// entities joining several gold chains, among the detected PER names.
void print_cluster_errors(const LitbankDocument& document) {
    const auto& names = document.gold.names;
    std::map<std::string, std::map<std::string, int>> entities_of_chain;
    std::map<std::string, std::map<std::string, int>> chains_of_entity;
    for (std::size_t g = 0; g < names.size(); ++g) {
        const auto match = document.score.detection.gold_match[g];
        if (names[g].kind != EntityKind::character || !match) continue;
        const auto& mention = document.story.mentions[document.predicted_mentions[*match]];
        const std::string chain = names[g].chain.empty() ? names[g].id : names[g].chain;
        const std::string entity =
            mention.entity ? document.story.entities[*mention.entity].id + " \"" +
                                 document.story.entities[*mention.entity].name + "\""
                           : "(no entity) \"" + mention.text + "\"";
        ++entities_of_chain[chain][entity];
        if (mention.entity) ++chains_of_entity[entity][chain];
    }
    auto join = [](const std::map<std::string, int>& parts) {
        std::string out;
        for (const auto& [part, count] : parts)
            out += (out.empty() ? "" : ", ") + part + " x" + std::to_string(count);
        return out;
    };
    for (const auto& [chain, entities] : entities_of_chain)
        if (entities.size() > 1) print("  split   %s -> %s\n", chain.c_str(), join(entities).c_str());
    for (const auto& [entity, chains] : chains_of_entity)
        if (chains.size() > 1) print("  merged  %s <- %s\n", entity.c_str(), join(chains).c_str());
}

/// Gold pronouns of a named chain that plotgraph gave to another character.
void print_pronoun_errors(const LitbankDocument& document) {
    std::map<std::string, std::string> chain_name;  // chain -> its first gold name
    for (const auto& name : document.gold.names)
        if (name.kind == EntityKind::character && !name.chain.empty()) chain_name.try_emplace(name.chain, name.text);
    for (const auto& pronoun : document.gold.pronouns) {
        const auto named = chain_name.find(pronoun.chain);
        if (named == chain_name.end()) continue;
        for (const auto& mention : document.story.mentions) {
            if (mention.span != pronoun.span || mention.form != plotgraph::MentionForm::pronoun || !mention.entity)
                continue;
            const auto single = plotgraph::eval::score_pronouns(
                plotgraph::eval::GoldDocument{document.gold.name, document.gold.names, {pronoun}}, document.story);
            if (single.correct == 0)
                print("  PRON line %-4zu %-8s -> %-28s gold %s\n", line_of(document.text, pronoun.span.begin),
                      pronoun.text.c_str(), document.story.entities[*mention.entity].name.c_str(),
                      named->second.c_str());
        }
    }
}

void print_document_errors(const LitbankDocument& document) {
    const auto& detection = document.score.detection;
    const auto& names = document.gold.names;
    print("== %s: %zu false positives, %zu false negatives\n", document.gold.name.c_str(),
          detection.false_positives.size(), detection.false_negatives.size());
    for (auto p : detection.false_positives) {
        const auto& mention = document.story.mentions[document.predicted_mentions[p]];
        std::string hint;
        for (const auto& name : names) {
            if (name.span == mention.span) {
                hint = "same span in gold as " + name.type;
                break;
            }
            if (overlaps(name.span, mention.span) && hint.empty())
                hint = "overlaps gold " + name.type + " \"" + name.text + "\"";
        }
        print("  FP line %-4zu %-32s %-18s %s\n", line_of(document.text, mention.span.begin),
              ("\"" + mention.text + "\"").c_str(), kind_label(mention).c_str(), hint.c_str());
    }
    auto misses = detection.false_negatives;  // annotation order; show them in text order
    std::stable_sort(misses.begin(), misses.end(), [&](std::size_t a, std::size_t b) {
        return names[a].span.begin < names[b].span.begin;
    });
    for (auto g : misses) {
        const auto& name = names[g];
        std::string hint;
        for (auto m : document.predicted_mentions) {
            const auto& mention = document.story.mentions[m];
            if (!overlaps(name.span, mention.span)) continue;
            hint = (mention.span == name.span ? "predicted as " : "overlaps predicted ") +
                   kind_label(mention) + " \"" + mention.text + "\"";
            if (mention.span == name.span) break;
        }
        print("  FN line %-4zu %-32s %-18s %s\n", line_of(document.text, name.span.begin),
              ("\"" + name.text + "\"").c_str(), name.type.c_str(), hint.c_str());
    }
    print_cluster_errors(document);
    print_pronoun_errors(document);
}

void print_bcubed_cells(const eval::Bcubed& score) {
    if (score.mentions == 0)
        print("  %5zu      -      -      -", score.mentions);
    else
        print("  %5zu  %5.3f  %5.3f  %5.3f", score.mentions, score.precision(), score.recall(),
              score.f1());
}

void print_document_table(const std::vector<LitbankDocument>& documents) {
    print("\n%-36s %5s %5s %5s %5s %5s  %5s  %5s  %5s | %5s  %5s  %5s  %5s\n", "document", "gold",
          "pred", "tp", "fp", "fn", "P", "R", "F1", "PER", "B3-P", "B3-R", "B3-F1");
    for (const auto& document : documents) {
        const auto& counts = document.score.detection.overall;
        print("%-36s %5zu %5zu %5zu %5zu %5zu  %5.3f  %5.3f  %5.3f |",
              short_name(document.gold.name, 36).c_str(), counts.tp + counts.fn,
              counts.tp + counts.fp, counts.tp, counts.fp, counts.fn, counts.precision(),
              counts.recall(), counts.f1());
        print_bcubed_cells(document.score.clustering);
        print("\n");
    }
}

void print_summary(const eval::CorpusScore& total, const fs::path& dir,
                   const std::string& predictions) {
    print("\nLitBank proper names: %zu documents from %s\n", total.documents, dir.c_str());
    print("predicted by %s\n", predictions.empty() ? "plotgraph" : predictions.c_str());
    print("\nmention detection (exact byte span and type group)\n");
    print("  %-14s %6s %6s %6s %6s %6s  %9s  %6s  %6s\n", "", "gold", "pred", "tp", "fp", "fn",
          "precision", "recall", "F1");
    auto row = [](const char* label, const eval::Counts& counts) {
        print("  %-14s %6zu %6zu %6zu %6zu %6zu  %9.3f  %6.3f  %6.3f\n", label,
              counts.tp + counts.fn, counts.tp + counts.fp, counts.tp, counts.fp, counts.fn,
              counts.precision(), counts.recall(), counts.f1());
    };
    row("all", total.overall);
    for (auto kind : eval::all_kinds) row(to_string(kind), total.by_kind[eval::index_of(kind)]);

    print("\nperson-name clustering, B-cubed (micro average over gold PROP PER mentions)\n");
    print("  %-14s %8s  %9s  %6s  %6s\n", "", "mentions", "precision", "recall", "F1");
    auto bcubed_row = [](const char* label, const eval::Bcubed& score) {
        print("  %-14s %8zu  %9.3f  %6.3f  %6.3f\n", label, score.mentions, score.precision(),
              score.recall(), score.f1());
    };
    bcubed_row("all gold", total.clustering);
    bcubed_row("detected only", total.clustering_detected);

    const auto& pronouns = total.pronouns;
    print("\npronoun resolution (gold he/him/his/she/her... of a chain with a proper name)\n");
    print("  %-14s %6s %8s %7s  %9s  %6s\n", "", "gold", "resolved", "correct", "precision", "recall");
    print("  %-14s %6zu %8zu %7zu  %9.3f  %6.3f\n", "third person", pronouns.gold, pronouns.resolved,
          pronouns.correct, pronouns.precision(), pronouns.recall());
}

int run_litbank(const LitbankArgs& args) {
    const fs::path dir = litbank_tsv_dir(args.dir);
    auto documents = load_litbank(dir);
    if (!args.predictions.empty()) {
        auto predictions = read_predictions(args.predictions);
        for (auto& document : documents) {
            const auto found = predictions.find(document.gold.name);
            if (found == predictions.end())
                throw Error(Location{args.predictions, std::nullopt, std::nullopt},
                            "no predictions for LitBank document " + document.gold.name);
            document.story = story_from_predictions(found->second, document.text, args.predictions);
            score_story(document);
            predictions.erase(found);
        }
        if (!predictions.empty())
            throw Error(Location{args.predictions, predictions.begin()->second.line, std::nullopt},
                        "no LitBank document named " + predictions.begin()->first + " in " +
                            dir.string());
    } else {
        const plotgraph::Extractor extractor{};
        parallel_for(documents.size(), args.jobs, [&](std::size_t i) {
            try {
                extract_and_score(documents[i], extractor);
            } catch (const std::exception& e) {
                throw Error(Location{documents[i].text_path.string(), std::nullopt, std::nullopt},
                            std::string("extraction failed: ") + e.what());
            }
        });
    }

    eval::CorpusScore total;
    for (const auto& document : documents) total.add(document.score);

    if (args.as_json) {
        json summary = {
            {"documents", total.documents},
            {"predicted_by", args.predictions.empty() ? "plotgraph" : args.predictions},
            {"detection", detection_json(total.overall, total.by_kind)},
            {"clustering",
             {{"all", bcubed_json(total.clustering)},
              {"detected", bcubed_json(total.clustering_detected)}}},
            {"pronouns",
             {{"gold", total.pronouns.gold},
              {"resolved", total.pronouns.resolved},
              {"correct", total.pronouns.correct},
              {"precision", total.pronouns.precision()},
              {"recall", total.pronouns.recall()}}}};
        if (args.details) {
            summary["per_document"] = json::array();
            for (const auto& document : documents)
                summary["per_document"].push_back(document_json(document));
        }
        print("%s\n", summary.dump(2).c_str());
        return 0;
    }
    if (args.details) {
        for (const auto& document : documents) print_document_errors(document);
        print_document_table(documents);
    }
    print_summary(total, dir, args.predictions);
    return 0;
}

// ---------------------------------------------------------------- reading output

/// Characters, places and organizations of a story, most mentioned first.
void print_story(const plotgraph::Story& story) {
    for (auto kind : eval::all_kinds) {
        std::vector<const plotgraph::Entity*> entities;
        for (const auto& entity : story.entities)
            if (entity.kind == kind) entities.push_back(&entity);
        std::stable_sort(entities.begin(), entities.end(), [](const auto* a, const auto* b) {
            return a->mentions.size() > b->mentions.size();
        });
        print("  %ss (%zu)\n", to_string(kind), entities.size());
        for (const auto* entity : entities) {
            std::map<std::string, int> forms;
            for (auto m : entity->mentions) ++forms[to_string(story.mentions[m].form)];
            std::string form_counts;
            for (const auto& [form, count] : forms)
                form_counts += (form_counts.empty() ? "" : ", ") + std::to_string(count) + " " + form;
            std::string line = "    " + entity->name;
            if (!entity->subtype.empty()) line += " [" + entity->subtype + "]";
            const auto count = entity->mentions.size();
            line += "  -- " + std::to_string(count) + (count == 1 ? " mention (" : " mentions (") +
                    form_counts + ")";
            std::string aliases;
            for (const auto& alias : entity->aliases) aliases += (aliases.empty() ? "" : " | ") + alias;
            if (!aliases.empty()) line += "; aliases: " + aliases;
            std::string roles;
            for (const auto& role : entity->roles) roles += (roles.empty() ? "" : ", ") + role;
            if (!roles.empty()) line += "; roles: " + roles;
            print("%s\n", line.c_str());
        }
    }
}

int run_read(const std::vector<std::string>& files) {
    std::vector<plotgraph::Input> inputs;
    std::string names;
    for (const auto& file : files) {
        inputs.push_back(plotgraph::read_input(file));
        names += (names.empty() ? "" : ", ") + file;
    }
    const auto story = plotgraph::Extractor{}.extract(std::move(inputs));
    print("== %s\n", names.c_str());
    print_story(story);
    return 0;
}

struct CmuArgs {
    std::string tsv = "../shared/data/cmu-sample/plot_summaries.tsv";
    std::size_t limit = 0;  // 0: all
    std::string id;
};

int run_cmu(const CmuArgs& args) {
    std::error_code error;
    if (!fs::is_regular_file(args.tsv, error))
        throw Error(Location{args.tsv, std::nullopt, std::nullopt},
                    "CMU summaries file not found (resolved to " +
                        fs::absolute(args.tsv, error).lexically_normal().string() +
                        "; set it with --tsv)");
    std::istringstream lines(read_file(args.tsv));
    const plotgraph::Extractor extractor{};
    std::size_t shown = 0, failed = 0, line_number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++line_number;
        if (line.empty()) continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            throw Error(Location{args.tsv, line_number, std::nullopt},
                        "expected wikiID<TAB>text");
        const std::string id = line.substr(0, tab);
        if (!args.id.empty() && id != args.id) continue;
        if (args.limit != 0 && shown == args.limit) break;
        ++shown;
        const std::string text = line.substr(tab + 1);
        const std::string preview = text.size() > 100 ? text.substr(0, 100) + "..." : text;
        print("== %s: %s\n", id.c_str(), preview.c_str());
        try {
            print_story(extractor.extract({plotgraph::Input{id, text}}));
        } catch (const plotgraph::Error& e) {
            // One bad summary should not hide the others.
            std::fflush(stdout);
            std::fprintf(stderr, "plotgraph-eval: %s\n", e.what());
            ++failed;
        }
    }
    if (!args.id.empty() && shown == 0)
        throw Error(Location{args.tsv, std::nullopt, std::nullopt},
                    "no summary with id " + args.id);
    return failed == 0 ? 0 : 1;
}

// ---------------------------------------------------------------- aesop

std::vector<std::string> aesop_characters(const fs::path& path) {
    const Location where{path.string(), std::nullopt, std::nullopt};
    json annotation;
    try {
        annotation = json::parse(read_file(path));
    } catch (const json::exception& e) {
        throw Error(where, std::string("invalid JSON: ") + e.what());
    }
    if (!annotation.is_object() || !annotation.contains("characters") ||
        !annotation["characters"].is_array())
        throw Error(where, "expected an object with a \"characters\" array");
    std::vector<std::string> characters;
    for (const auto& character : annotation["characters"]) {
        if (!character.is_string()) throw Error(where, "\"characters\" holds a non-string");
        characters.push_back(character.get<std::string>());
    }
    return characters;
}

int run_aesop(const std::string& dir_arg) {
    const fs::path dir = existing_directory(dir_arg, "Aesop", "--dir");
    const fs::path originals = existing_directory((dir / "original").string(), "Aesop original", "--dir");
    const fs::path annotations =
        existing_directory((dir / "annotations").string(), "Aesop annotations", "--dir");
    const auto texts = files_with_extension(originals, ".txt");
    if (texts.empty())
        throw Error(Location{originals.string(), std::nullopt, std::nullopt}, "no .txt fables");

    const plotgraph::Extractor extractor{};
    std::size_t annotated_total = 0, found_total = 0, predicted_total = 0, matched_total = 0;
    print("%-36s %9s %5s %9s %7s  %6s  %9s\n", "fable", "annotated", "found", "predicted",
          "matched", "recall", "precision");
    for (const auto& text_path : texts) {
        const fs::path annotation_path =
            annotations / fs::path(text_path.filename()).replace_extension(".json");
        if (!fs::exists(annotation_path))
            throw Error(Location{text_path.string(), std::nullopt, std::nullopt},
                        "no annotation " + annotation_path.string());
        const auto annotated = aesop_characters(annotation_path);
        const auto story = extractor.extract({plotgraph::read_input(text_path)});
        std::vector<const plotgraph::Entity*> predicted;
        for (const auto& entity : story.entities)
            if (entity.kind == EntityKind::character) predicted.push_back(&entity);
        const auto match = eval::match_characters(annotated, predicted);

        annotated_total += annotated.size();
        found_total += match.found();
        predicted_total += predicted.size();
        matched_total += match.matched();
        const eval::Counts recall{match.found(), 0, annotated.size() - match.found()};
        const eval::Counts precision{match.matched(), predicted.size() - match.matched(), 0};
        print("%-36s %9zu %5zu %9zu %7zu  %6.3f  %9.3f\n",
              short_name(text_path.stem().string(), 36).c_str(), annotated.size(), match.found(),
              predicted.size(), match.matched(), recall.recall(), precision.precision());
        std::string missing, unmatched;
        for (std::size_t a = 0; a < annotated.size(); ++a)
            if (!match.annotated_found[a]) missing += (missing.empty() ? "" : ", ") + annotated[a];
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (!match.predicted_matched[p])
                unmatched += (unmatched.empty() ? "\"" : ", \"") + predicted[p]->name + "\"";
        if (!missing.empty()) print("    missing: %s\n", missing.c_str());
        if (!unmatched.empty()) print("    not annotated: %s\n", unmatched.c_str());
    }
    const eval::Counts recall{found_total, 0, annotated_total - found_total};
    const eval::Counts precision{matched_total, predicted_total - matched_total, 0};
    print("\nAesop characters: %zu fables; %zu of %zu annotated characters found (recall %.3f); "
          "%zu of %zu predicted characters annotated (precision %.3f)\n",
          texts.size(), found_total, annotated_total, recall.recall(), matched_total,
          predicted_total, precision.precision());
    return 0;
}

// ---------------------------------------------------------------- story gold

/// `relative` inside the source tree, for defaults that work from any folder.
std::string source_path(const char* relative) {
    return (fs::path(PLOTGRAPH_SOURCE_DIR) / relative).lexically_normal().string();
}

struct StoryGoldArgs {
    std::string gold = source_path("tools/eval/gold");
    std::string cmu = source_path("../shared/data/cmu-sample/plot_summaries.tsv");
    bool cmu_given = false;  // a missing default TSV skips (77), a missing given one fails
    std::string corpus = source_path("corpus");
    std::string only;
    bool details = false;
    bool event_pairs = false;
    bool as_json = false;
    std::size_t jobs = default_jobs();
};

struct GoldStory {
    fs::path gold_path;
    eval::StoryGold gold;
    std::vector<plotgraph::Input> inputs;
    plotgraph::Story story;
    eval::StoryEvaluation evaluation;
};

/// Thrown when the CMU texts are absent from their default place: the run
/// is skipped rather than failed, as the LitBank floor test does.
struct MissingSharedData {
    std::string path;
};

bool selected(const eval::StoryGold& gold, const std::string& only) {
    return only.empty() || gold.story == only || (!gold.cmu_id().empty() && gold.cmu_id() == only);
}

/// The gold files of DIR and its subfolders, parsed, in path order.
std::vector<GoldStory> load_gold_stories(const StoryGoldArgs& args) {
    const fs::path dir = existing_directory(args.gold, "gold", "--gold");
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    std::vector<GoldStory> stories;
    for (const auto& path : paths) {
        auto gold = eval::parse_story_gold(read_file(path), path.string());
        if (selected(gold, args.only)) stories.push_back({path, std::move(gold), {}, {}, {}});
    }
    const Location where{dir.string(), std::nullopt, std::nullopt};
    if (stories.empty() && !args.only.empty()) throw Error(where, "no gold story " + args.only);
    if (stories.empty()) throw Error(where, "no gold .json files");
    return stories;
}

/// wikiID -> summary text of a wikiID<TAB>text file.
std::map<std::string, std::string> read_cmu_texts(const StoryGoldArgs& args) {
    std::error_code error;
    if (!fs::is_regular_file(args.cmu, error)) {
        if (!args.cmu_given) throw MissingSharedData{args.cmu};
        throw Error(Location{args.cmu, std::nullopt, std::nullopt}, "CMU summaries file not found");
    }
    std::istringstream lines(read_file(args.cmu));
    std::map<std::string, std::string> texts;
    for (std::string line; std::getline(lines, line);) {
        const auto tab = line.find('\t');
        if (tab != std::string::npos) texts.emplace(line.substr(0, tab), line.substr(tab + 1));
    }
    return texts;
}

void attach_cmu_text(GoldStory& story, const std::map<std::string, std::string>& texts,
                     const std::string& tsv) {
    const std::string id = story.gold.cmu_id();
    const auto found = texts.find(id);
    if (found == texts.end())
        throw Error(Location{story.gold_path.string(), std::nullopt, std::nullopt},
                    "no summary with wikiID " + id + " in " + tsv);
    story.inputs.push_back(plotgraph::Input{id, found->second});
}

/// The documents of a corpus story: CORPUS/<story>/<document>, else texts/<story>/<document>
/// beside the gold file (stories that are not in the bundled corpus).
void attach_corpus_texts(GoldStory& story, const std::string& corpus) {
    for (const auto& document : story.gold.documents) {
        fs::path path = fs::path(corpus) / story.gold.story / document;
        std::error_code error;
        if (!fs::is_regular_file(path, error)) {
            const fs::path beside = story.gold_path.parent_path() / "texts" / story.gold.story / document;
            if (fs::is_regular_file(beside, error)) path = beside;
        }
        if (!fs::is_regular_file(path, error))
            throw Error(Location{story.gold_path.string(), std::nullopt, std::nullopt},
                        "document " + document + " not found at " + path.string() +
                            " (set the corpus folder with --corpus)");
        story.inputs.push_back(plotgraph::read_input(path));
    }
}

void attach_texts(std::vector<GoldStory>& stories, const StoryGoldArgs& args) {
    const bool needs_cmu = std::any_of(stories.begin(), stories.end(),
                                       [](const auto& story) { return !story.gold.cmu_id().empty(); });
    const auto cmu_texts = needs_cmu ? read_cmu_texts(args) : std::map<std::string, std::string>{};
    for (auto& story : stories) {
        if (!story.gold.cmu_id().empty()) attach_cmu_text(story, cmu_texts, args.cmu);
        else attach_corpus_texts(story, args.corpus);
    }
}

void extract_and_evaluate(std::vector<GoldStory>& stories, std::size_t jobs) {
    const plotgraph::Extractor extractor{};
    parallel_for(stories.size(), jobs, [&](std::size_t i) {
        auto& story = stories[i];
        try {
            story.story = extractor.extract(story.inputs);
        } catch (const std::exception& e) {
            throw Error(Location{story.gold_path.string(), std::nullopt, std::nullopt},
                        std::string("extraction failed: ") + e.what());
        }
        story.evaluation = eval::evaluate_story(story.gold, story.story);
    });
}

// Printing the errors of one story (--details).

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

std::string entity_label(const GoldStory& story, std::size_t entity) {
    const bool in_gold = story.evaluation.characters.gold_of_entity[entity].has_value();
    return story.story.entities[entity].name + (in_gold ? "" : "*");
}

void print_character_errors(const GoldStory& story) {
    const auto& alignment = story.evaluation.characters;
    const auto& characters = story.gold.characters;
    for (const auto& pair : alignment.pairs)
        if (pair.rule != eval::CharacterRule::exact_name)
            print("  matched      %-34s = %s (%s)\n", quoted(characters[pair.gold].name).c_str(),
                  quoted(story.story.entities[pair.entity].name).c_str(), to_string(pair.rule));
    for (std::size_t g = 0; g < characters.size(); ++g)
        if (!alignment.entity_of_gold[g])
            print("  missed       %s%s\n", quoted(characters[g].name).c_str(),
                  characters[g].named ? "" : " (unnamed)");
    for (auto e : alignment.predicted) {
        if (alignment.gold_of_entity[e]) continue;
        const auto& entity = story.story.entities[e];
        print("  not in gold  %s (%zu mentions%s)\n", quoted(entity.name).c_str(),
              entity.mentions.size(), eval::has_name_mention(story.story, entity) ? ", named" : "");
    }
}

std::string ends_label(const std::string& type, const std::string& source, const std::string& target) {
    return source + (eval::is_directed_type(type) ? " -> " : " -- ") + target;
}

void print_relation_verdict(const GoldStory& story, const eval::RelationVerdict& verdict) {
    static constexpr const char* kinds[] = {"tp", "fp", "fn"};
    std::string type, ends, evidence, rules;
    if (verdict.predicted) {
        const auto& relation = story.story.relations[*verdict.predicted];
        type = relation.type + "/" + relation.subtype;
        for (const auto& rule : relation.rules) rules += (rules.empty() ? " [" : ", ") + rule;
        if (!rules.empty()) rules += "]";
        const auto source = verdict.reversed ? relation.target : relation.source;
        const auto target = verdict.reversed ? relation.source : relation.target;
        ends = ends_label(relation.type, entity_label(story, source), entity_label(story, target));
        if (!relation.evidence.empty())
            evidence = eval::evidence_sentence(story.story, relation.evidence.front());
    } else {
        const auto& relation = story.gold.relations[*verdict.gold];
        const auto& characters = story.gold.characters;
        type = relation.type + "/" + relation.subtype;
        ends = ends_label(relation.type, characters[relation.source].name,
                          characters[relation.target].name);
        evidence = relation.evidence;
    }
    // A missed pair: what the events of its sentence made of the two, to tell a
    // missing rule from a missed reading.
    if (!verdict.predicted && verdict.gold) {
        const auto& relation = story.gold.relations[*verdict.gold];
        const auto& of_gold = story.evaluation.characters.entity_of_gold;
        const auto source = of_gold[relation.source], target = of_gold[relation.target];
        const auto has = [](const std::vector<std::size_t>& list, std::optional<std::size_t> entity) {
            return entity && std::find(list.begin(), list.end(), *entity) != list.end();
        };
        for (const auto& event : story.story.events) {
            const bool involved = has(event.agents, source) || has(event.patients, target);
            if (!involved || eval::evidence_sentence(story.story, event.evidence) != relation.evidence) continue;
            std::string agents, patients;
            for (auto a : event.agents) agents += (agents.empty() ? "" : ",") + entity_label(story, a);
            for (auto p : event.patients) patients += (patients.empty() ? "" : ",") + entity_label(story, p);
            // "=": the event has the pair the right way round.
            const bool pair = has(event.agents, source) && has(event.patients, target);
            rules += std::string(" {") + (pair ? "= " : "") + event.action + ": " + agents + " > " + patients + "}";
        }
        if (!source) rules += " {source not found}";
        if (!target) rules += " {target not found}";
    }
    print("  %s %-20s %-44s | %s%s\n", kinds[verdict.kind], type.c_str(), ends.c_str(),
          evidence.c_str(), rules.c_str());
}

std::string character_list(const eval::StoryGold& gold, const std::vector<std::size_t>& characters) {
    std::string out;
    for (auto c : characters) out += (out.empty() ? "" : ", ") + gold.characters[c].name;
    return out;
}

void print_event_misses(const GoldStory& story) {
    for (std::size_t g = 0; g < story.gold.events.size(); ++g) {
        if (story.evaluation.event_match[g]) continue;
        const auto& event = story.gold.events[g];
        print("  event missed %2zu %s (%s; %s)\n", event.order, event.action.c_str(),
              character_list(story.gold, event.agents).c_str(),
              character_list(story.gold, event.patients).c_str());
    }
}

/// --event-pairs: one line per asserted event and agent-patient pair of gold
/// characters, with whether the gold holds that pair as `helped` and whether a
/// relation of plotgraph's does: the figures for weighing a new trigger verb.
void print_event_pairs(const GoldStory& story) {
    const auto& of_entity = story.evaluation.characters.gold_of_entity;
    const auto helped = *eval::relation_type_index("helped");
    std::set<std::pair<std::size_t, std::size_t>> gold_helped, predicted_helped;
    for (const auto& relation : story.gold.relations)
        if (relation.type == "helped") gold_helped.emplace(relation.source, relation.target);
    for (const auto& verdict : story.evaluation.relations) {
        if (verdict.type != helped || !verdict.predicted) continue;
        const auto& relation = story.story.relations[*verdict.predicted];
        const auto source = of_entity[relation.source], target = of_entity[relation.target];
        if (source && target) predicted_helped.emplace(*source, *target);
    }
    for (const auto& event : story.story.events) {
        if (event.negated || event.attempted || event.intended || event.believed) continue;
        for (std::size_t p = 0; p < event.patients.size(); ++p)
            for (const auto agent : event.agents) {
                const auto source = of_entity[agent], target = of_entity[event.patients[p]];
                if (!source || !target || *source == *target) continue;
                const std::pair pair{*source, *target};
                print("pair\t%s\t%s\t%s\t%s\t%s\t%d\t%d\t%s\n", story.gold.story.c_str(), event.action.c_str(),
                      event.patient_prepositions[p].c_str(), story.gold.characters[*source].name.c_str(),
                      story.gold.characters[*target].name.c_str(), int(gold_helped.count(pair)),
                      int(predicted_helped.count(pair)), eval::evidence_sentence(story.story, event.evidence).c_str());
            }
    }
}

void print_story_errors(const GoldStory& story) {
    print("== %s (%s)\n", story.gold.story.c_str(), story.gold_path.filename().c_str());
    print_character_errors(story);
    for (const auto& verdict : story.evaluation.relations) print_relation_verdict(story, verdict);
    print_event_misses(story);
}

// Tables.

void print_story_table(const std::vector<GoldStory>& stories, const eval::StoryScore& total) {
    print("\n%-22s %6s %6s %6s  %6s  %6s  %6s  %6s\n", "story", "nm-P", "nm-R", "nm-F1", "rel-F1",
          "hlp-F1", "ev-R", "order");
    auto row = [](const std::string& name, const eval::StoryScore& score) {
        const auto& named = score.characters.named;
        print("%-22s %6.3f %6.3f %6.3f  %6.3f  %6.3f  %6.3f  %6.3f\n", name.c_str(),
              named.precision(), named.recall(), named.f1(), eval::micro_average(score.relations).f1(),
              score.relations[*eval::relation_type_index("helped")].f1(), score.events.recall(),
              score.events.order_agreement());
    };
    for (const auto& story : stories) row(story.gold.story, story.evaluation.score);
    row("all (micro)", total);
}

void print_character_totals(const eval::CharacterScore& score) {
    print("\ncharacters      %6s %6s %6s %8s  %9s  %6s  %6s\n", "gold", "found", "pred", "matched",
          "precision", "recall", "F1");
    auto row = [](const char* label, const eval::Coverage& coverage) {
        print("  %-13s %6zu %6zu %6zu %8zu  %9.3f  %6.3f  %6.3f\n", label, coverage.gold,
              coverage.gold_found, coverage.predicted, coverage.predicted_matched,
              coverage.precision(), coverage.recall(), coverage.f1());
    };
    row("named", score.named);
    row("all", score.all);
}

void print_relation_totals(const eval::RelationCounts& counts) {
    print("\nrelations       %6s %6s %6s  %9s  %6s  %6s\n", "gold", "pred", "tp", "precision",
          "recall", "F1");
    auto row = [](const std::string& label, const eval::Counts& c) {
        print("  %-13s %6zu %6zu %6zu  %9.3f  %6.3f  %6.3f\n", label.c_str(), c.tp + c.fn,
              c.tp + c.fp, c.tp, c.precision(), c.recall(), c.f1());
    };
    for (std::size_t t = 0; t < eval::relation_type_count; ++t)
        row(std::string(eval::relation_types[t]), counts[t]);
    row("all (micro)", eval::micro_average(counts));
}

void print_story_totals(std::size_t stories, const fs::path& gold_dir, const eval::StoryScore& total) {
    print("\nStory gold: %zu %s from %s\n", stories, stories == 1 ? "story" : "stories",
          gold_dir.c_str());
    print_character_totals(total.characters);
    print_relation_totals(total.relations);
    const auto& events = total.events;
    print("\nevents: %zu of %zu gold events found (recall %.3f); order agrees on %zu of %zu pairs "
          "(%.3f)\n",
          events.found, events.gold, events.recall(), events.agreeing, events.pairs,
          events.order_agreement());
}

// JSON.

json coverage_json(const eval::Coverage& coverage) {
    return {{"gold", coverage.gold},
            {"found", coverage.gold_found},
            {"predicted", coverage.predicted},
            {"matched", coverage.predicted_matched},
            {"precision", coverage.precision()},
            {"recall", coverage.recall()},
            {"f1", coverage.f1()}};
}

json relation_counts_json(const eval::Counts& counts) {
    json result = counts_json(counts);
    result["gold"] = counts.tp + counts.fn;
    result["predicted"] = counts.tp + counts.fp;
    return result;
}

json story_score_json(const eval::StoryScore& score) {
    json relations = {{"all", relation_counts_json(eval::micro_average(score.relations))}};
    for (std::size_t t = 0; t < eval::relation_type_count; ++t)
        relations[std::string(eval::relation_types[t])] = relation_counts_json(score.relations[t]);
    const auto& events = score.events;
    return {{"characters",
             {{"named", coverage_json(score.characters.named)},
              {"all", coverage_json(score.characters.all)}}},
            {"relations", std::move(relations)},
            {"events",
             {{"gold", events.gold},
              {"found", events.found},
              {"recall", events.recall()},
              {"pairs", events.pairs},
              {"agreeing", events.agreeing},
              {"order_agreement", events.order_agreement()}}}};
}

json story_gold_json(const std::vector<GoldStory>& stories, const eval::StoryScore& total) {
    json per_story = json::array();
    for (const auto& story : stories) {
        json entry = story_score_json(story.evaluation.score);
        entry["story"] = story.gold.story;
        entry["gold_file"] = story.gold_path.string();
        per_story.push_back(std::move(entry));
    }
    return {{"stories", stories.size()},
            {"totals", story_score_json(total)},
            {"per_story", std::move(per_story)}};
}

int run_story_gold(const StoryGoldArgs& args) {
    auto stories = load_gold_stories(args);
    try {
        attach_texts(stories, args);
    } catch (const MissingSharedData& missing) {
        std::fprintf(stderr,
                     "plotgraph-eval: skipped: no CMU summaries at %s (../shared is absent); "
                     "use --cmu FILE or --only moscow-on-the-hudson\n",
                     missing.path.c_str());
        return 77;
    }
    extract_and_evaluate(stories, args.jobs);
    eval::StoryScore total;
    for (const auto& story : stories) total += story.evaluation.score;

    if (args.as_json) {
        print("%s\n", story_gold_json(stories, total).dump(2).c_str());
        return 0;
    }
    if (args.details)
        for (const auto& story : stories) print_story_errors(story);
    if (args.event_pairs)
        for (const auto& story : stories) print_event_pairs(story);
    print_story_table(stories, total);
    print_story_totals(stories.size(), args.gold, total);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"plotgraph-eval: score plotgraph on LitBank and read its output on real text"};
    app.require_subcommand(1);

    LitbankArgs litbank;
    auto* litbank_command =
        app.add_subcommand("litbank", "score proper-name detection and person clustering on LitBank");
    litbank_command->add_option("--dir", litbank.dir, "LitBank folder (or its coref/tsv)")
        ->capture_default_str();
    litbank_command->add_flag("--details", litbank.details,
                              "per-document table, false positives/negatives, cluster errors");
    litbank_command->add_flag("--json", litbank.as_json, "print the summary as JSON");
    litbank_command->add_option("--jobs", litbank.jobs, "documents extracted in parallel")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    litbank_command
        ->add_option("--predictions", litbank.predictions,
                     "score these JSON lines ({\"file\", \"mentions\": [{\"begin\", \"end\", "
                     "\"kind\", \"entity\"}]}, byte offsets) instead of running plotgraph")
        ->check(CLI::ExistingFile);

    std::vector<std::string> read_files;
    auto* read_command = app.add_subcommand("read", "extract files as one story and list its entities");
    read_command->add_option("files", read_files, "summary files")->required()->check(CLI::ExistingFile);

    CmuArgs cmu;
    auto* cmu_command = app.add_subcommand("cmu", "list the entities of CMU plot summaries");
    cmu_command->add_option("--tsv", cmu.tsv, "plot_summaries.tsv (wikiID<TAB>text)")
        ->capture_default_str();
    cmu_command->add_option("--limit", cmu.limit, "show at most N summaries (0: all)");
    cmu_command->add_option("--id", cmu.id, "only the summary with this wikiID");

    std::string aesop_dir = "../shared/data/aesop";
    auto* aesop_command =
        app.add_subcommand("aesop", "character recall and precision on annotated Aesop fables");
    aesop_command->add_option("--dir", aesop_dir, "folder with original/ and annotations/")
        ->capture_default_str();

    StoryGoldArgs story_gold;
    auto* story_gold_command = app.add_subcommand(
        "story-gold", "score characters, relations and events against the hand-made gold stories");
    story_gold_command->add_option("--gold", story_gold.gold, "folder of gold .json files")
        ->capture_default_str();
    auto* cmu_option = story_gold_command
                           ->add_option("--cmu", story_gold.cmu,
                                        "plot_summaries.tsv (wikiID<TAB>text) for the cmu: stories")
                           ->capture_default_str();
    story_gold_command
        ->add_option("--corpus", story_gold.corpus, "folder holding <story>/<document> texts")
        ->capture_default_str();
    story_gold_command->add_option("--only", story_gold.only,
                                   "only this story (cmu:1952976, 1952976, moscow-on-the-hudson)");
    story_gold_command->add_flag("--details", story_gold.details,
                                 "unmatched characters, relation tp/fp/fn and missed events per story");
    story_gold_command->add_flag("--event-pairs", story_gold.event_pairs,
                                 "each asserted event's pairs of gold characters, with gold and predicted helped");
    story_gold_command->add_flag("--json", story_gold.as_json,
                                 "print the totals and per-story figures as JSON");
    story_gold_command->add_option("--jobs", story_gold.jobs, "stories extracted in parallel")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    try {
        int status = 0;
        if (*litbank_command) status = run_litbank(litbank);
        else if (*read_command) status = run_read(read_files);
        else if (*cmu_command) status = run_cmu(cmu);
        else if (*aesop_command) status = run_aesop(aesop_dir);
        else if (*story_gold_command) {
            story_gold.cmu_given = cmu_option->count() > 0;
            status = run_story_gold(story_gold);
        }
        if (std::fflush(stdout) != 0) {
            std::fprintf(stderr, "plotgraph-eval: error writing output\n");
            return 1;
        }
        return status;
    } catch (const std::exception& e) {
        std::fflush(stdout);
        std::fprintf(stderr, "plotgraph-eval: %s\n", e.what());
        return 1;
    }
}
