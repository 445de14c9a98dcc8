// plotgraph: from summaries to a Story.
#pragma once

#include <plotgraph/rules.hpp>
#include <plotgraph/story.hpp>

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

/// Reads a file whole and checks it is valid UTF-8. Throws plotgraph::Error
/// naming the file (and the byte offset of the first invalid sequence, or a
/// NUL byte) on failure.
Input read_input(const std::filesystem::path& path);

/// Checks `text` is valid UTF-8 without NUL bytes; throws plotgraph::Error
/// with `name` and the byte offset of the first problem.
void validate_utf8(std::string_view text, std::string_view name);

struct ExtractOptions {
    bool strip_page_furniture = true;  // ratings, menus, copyright lines, wiki markup
    bool resolve_pronouns = true;
    bool link_descriptions = true;     // "the apparatchik", "his grandfather"
    std::size_t pronoun_window_sentences = 2;  // how far back a pronoun may look
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
