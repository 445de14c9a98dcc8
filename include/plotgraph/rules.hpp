// plotgraph: the linguistic knowledge the pipeline runs on.
#pragma once

#include <filesystem>
#include <memory>

namespace plotgraph {

namespace detail { struct RuleData; }

/// Name lists, honorifics, role nouns, gazetteers and RE2 cue patterns,
/// parsed and compiled once. Immutable after loading: share one RuleSet
/// between threads through `std::shared_ptr<const RuleSet>`.
class RuleSet {
public:
    /// The rule files compiled into the library (the `data/` folder at build time).
    static std::shared_ptr<const RuleSet> builtin();

    /// Loads every rule file from `directory`, which must hold the same files
    /// as `data/`. Throws plotgraph::Error "file:line: message" for a
    /// malformed line or an RE2 pattern that does not compile.
    static std::shared_ptr<const RuleSet> load(const std::filesystem::path& directory);

    ~RuleSet();
    RuleSet(const RuleSet&) = delete;
    RuleSet& operator=(const RuleSet&) = delete;

    const detail::RuleData& data() const { return *data_; }

private:
    explicit RuleSet(std::unique_ptr<detail::RuleData> data);
    std::unique_ptr<detail::RuleData> data_;
};

}  // namespace plotgraph
