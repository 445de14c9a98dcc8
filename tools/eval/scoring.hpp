// plotgraph-eval: scores predicted mentions and clusters against gold ones.
//
// Pure functions over plain data; nothing here reads files or prints.
#pragma once

#include <eval/litbank.hpp>

#include <plotgraph/story.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plotgraph::eval {

inline constexpr std::size_t kind_count = 3;
inline constexpr std::array<EntityKind, kind_count> all_kinds{
    EntityKind::character, EntityKind::place, EntityKind::organization};

/// Position of `kind` in `all_kinds`, for arrays indexed by kind.
std::size_t index_of(EntityKind kind);

/// True/false positives and false negatives. Precision, recall and F1 are 0
/// when their denominator is 0 (nothing predicted, nothing to find).
struct Counts {
    std::size_t tp = 0, fp = 0, fn = 0;

    double precision() const;
    double recall() const;
    double f1() const;
    Counts& operator+=(const Counts& other);
};

struct LabeledSpan {
    Span span;
    EntityKind kind = EntityKind::character;
};

/// Exact-match detection: a prediction is a true positive when an unmatched
/// gold item has the same span and kind. Matching is one-to-one, so a
/// duplicated prediction counts once as tp and then as fp.
struct DetectionResult {
    Counts overall;
    std::array<Counts, kind_count> by_kind;  // fp by predicted kind, fn by gold kind
    std::vector<std::optional<std::size_t>> gold_match;  // gold index -> predicted index
    std::vector<std::size_t> false_positives;            // predicted indices, in order
    std::vector<std::size_t> false_negatives;            // gold indices, in order
};

DetectionResult match_mentions(const std::vector<LabeledSpan>& gold,
                               const std::vector<LabeledSpan>& predicted);

/// B-cubed sums over a set of mentions, kept as sums so documents can be
/// pooled into a micro average by adding them.
struct Bcubed {
    double precision_sum = 0, recall_sum = 0;
    std::size_t mentions = 0;

    double precision() const;  // 0 when there are no mentions
    double recall() const;
    double f1() const;
    Bcubed& operator+=(const Bcubed& other);
};

/// B-cubed of a predicted clustering against a gold one over the same
/// mentions: gold[i] and predicted[i] are the cluster labels of mention i
/// (labels are only compared for equality within each vector). For each
/// mention, precision is |G ∩ K| / |K| and recall |G ∩ K| / |G| where G and K
/// are its gold and predicted clusters. Throws plotgraph::Error if the
/// vectors differ in length.
Bcubed bcubed(const std::vector<std::size_t>& gold, const std::vector<std::size_t>& predicted);

/// Pronoun resolution, over the gold third-person singular pronouns whose
/// chain holds a proper name: `resolved` of them are predicted pronouns with
/// the same span and an entity, `correct` of those are resolved to an entity
/// with a name mention at the span of one of the chain's gold names.
struct PronounScore {
    std::size_t gold = 0, resolved = 0, correct = 0;
    double precision() const;  // correct / resolved, 0 when none resolved
    double recall() const;     // correct / gold, 0 when none in gold
    PronounScore& operator+=(const PronounScore& other);
};

PronounScore score_pronouns(const GoldDocument& gold, const Story& story);

/// A predicted mention as the scorer sees it.
struct Prediction {
    Span span;
    EntityKind kind = EntityKind::character;
    std::optional<std::size_t> entity;  // Mention::entity
};

struct DocumentScore {
    DetectionResult detection;  // gold index = GoldDocument::names index
    /// Over all gold PROP PER mentions: the gold cluster is the COREF chain
    /// (a singleton without one), the predicted cluster the entity of the
    /// character prediction with the same span (a singleton when none matches
    /// or it has no entity).
    Bcubed clustering;
    /// The same, over only the gold PER mentions that were detected.
    Bcubed clustering_detected;
    PronounScore pronouns;  // filled by the caller, which has the story
};

DocumentScore score_document(const GoldDocument& gold, const std::vector<Prediction>& predicted);


/// Totals over documents: micro-averaged detection and B-cubed.
struct CorpusScore {
    std::size_t documents = 0;
    Counts overall;
    std::array<Counts, kind_count> by_kind;
    Bcubed clustering;
    Bcubed clustering_detected;
    PronounScore pronouns;

    void add(const DocumentScore& document);
};

/// Aesop: does the annotated character name (lower case, e.g. "lion") name
/// this entity? Compared ASCII-case-insensitively with the entity's name and
/// aliases, each also with a leading "the " removed.
bool names_entity(std::string_view annotated, const Entity& entity);

struct CharacterMatch {
    std::vector<bool> annotated_found;    // per annotated name: some entity matches
    std::vector<bool> predicted_matched;  // per predicted entity: some name matches
    std::size_t found() const;
    std::size_t matched() const;
};

CharacterMatch match_characters(const std::vector<std::string>& annotated,
                                const std::vector<const Entity*>& predicted);

}  // namespace plotgraph::eval
