// plotgraph: from summaries to a Story.
#pragma once

#include <plotgraph/rules.hpp>
#include <plotgraph/story.hpp>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace plotgraph {

/// One summary: a name for messages and output, and its UTF-8 text.
struct Input {
    std::string name;
    std::string text;
};

/// The largest summary read_input accepts by default: 32 MB, far more than
/// any story (a long novel is 2 MB), and what keeps one extraction within a
/// few GB of memory. Corpora of many stories go to run_batch instead.
inline constexpr std::size_t default_max_input_bytes = 32'000'000;

/// Reads a file whole and checks it is valid UTF-8. Throws plotgraph::Error
/// naming the file on failure: missing, a directory, unreadable (with the
/// system's reason), empty, longer than `max_bytes` (checked before reading
/// a regular file), or the byte offset of the first invalid sequence or NUL
/// byte.
Input read_input(const std::filesystem::path& path, std::size_t max_bytes = default_max_input_bytes);

/// Checks `text` is valid UTF-8 without NUL bytes; throws plotgraph::Error
/// with `name` and the byte offset of the first problem.
void validate_utf8(std::string_view text, std::string_view name);

struct ExtractOptions {
    bool strip_page_furniture = true;  // ratings, menus, copyright lines, wiki markup
    bool resolve_pronouns = true;
    bool link_descriptions = true;     // "the apparatchik", "his grandfather"
    // How far back a pronoun may look: "he"/"she" three sentences, "they" two (a group
    // changes faster). Set by LitBank's pronouns and the development stories (2026-12-06).
    std::size_t pronoun_window_sentences = 3;
    std::size_t plural_pronoun_window_sentences = 2;
};

/// Runs the pipeline: furniture -> segmentation -> mentions -> reconciliation
/// -> pronouns -> relations. Stateless between calls; `extract` is const and
/// safe to call from several threads at once on one Extractor.
class Extractor {
public:
    explicit Extractor(std::shared_ptr<const RuleSet> rules = RuleSet::builtin(),
                       ExtractOptions options = {});

    /// Several summaries of one story, reconciled into one Story.
    /// Throws plotgraph::Error if an input is not valid UTF-8.
    Story extract(std::vector<Input> inputs) const;

    const ExtractOptions& options() const { return options_; }

private:
    std::shared_ptr<const RuleSet> rules_;
    ExtractOptions options_;
};

}  // namespace plotgraph
