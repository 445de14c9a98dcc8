#include <eval/scoring.hpp>

#include <plotgraph/error.hpp>

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace plotgraph::eval {
namespace {

double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0.0 : numerator / denominator;
}

double harmonic_mean(double a, double b) { return a + b == 0 ? 0.0 : 2 * a * b / (a + b); }

using SpanKey = std::tuple<std::size_t, std::size_t, std::size_t>;  // begin, end, kind index

SpanKey key_of(const LabeledSpan& item) {
    return {item.span.begin, item.span.end, index_of(item.kind)};
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string folded(std::string_view name) {
    std::string out(name);
    std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
    constexpr std::string_view article = "the ";
    if (out.size() > article.size() && out.starts_with(article)) out.erase(0, article.size());
    return out;
}

}  // namespace

std::size_t index_of(EntityKind kind) {
    switch (kind) {
        case EntityKind::character: return 0;
        case EntityKind::place: return 1;
        case EntityKind::organization: return 2;
    }
    throw Error("unknown entity kind");
}

double Counts::precision() const { return ratio(double(tp), double(tp + fp)); }
double Counts::recall() const { return ratio(double(tp), double(tp + fn)); }
double Counts::f1() const { return harmonic_mean(precision(), recall()); }

Counts& Counts::operator+=(const Counts& other) {
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
    return *this;
}

DetectionResult match_mentions(const std::vector<LabeledSpan>& gold,
                               const std::vector<LabeledSpan>& predicted) {
    DetectionResult result;
    result.gold_match.assign(gold.size(), std::nullopt);
    // Gold items still unmatched, per span and kind, in gold order.
    std::map<SpanKey, std::deque<std::size_t>> open;
    for (std::size_t g = 0; g < gold.size(); ++g) open[key_of(gold[g])].push_back(g);

    for (std::size_t p = 0; p < predicted.size(); ++p) {
        auto& kind_counts = result.by_kind[index_of(predicted[p].kind)];
        auto found = open.find(key_of(predicted[p]));
        if (found == open.end() || found->second.empty()) {
            ++kind_counts.fp;
            result.false_positives.push_back(p);
            continue;
        }
        ++kind_counts.tp;
        result.gold_match[found->second.front()] = p;
        found->second.pop_front();
    }
    for (std::size_t g = 0; g < gold.size(); ++g) {
        if (result.gold_match[g]) continue;
        ++result.by_kind[index_of(gold[g].kind)].fn;
        result.false_negatives.push_back(g);
    }
    for (const auto& counts : result.by_kind) result.overall += counts;
    return result;
}

double Bcubed::precision() const { return ratio(precision_sum, double(mentions)); }
double Bcubed::recall() const { return ratio(recall_sum, double(mentions)); }
double Bcubed::f1() const { return harmonic_mean(precision(), recall()); }

Bcubed& Bcubed::operator+=(const Bcubed& other) {
    precision_sum += other.precision_sum;
    recall_sum += other.recall_sum;
    mentions += other.mentions;
    return *this;
}

Bcubed bcubed(const std::vector<std::size_t>& gold, const std::vector<std::size_t>& predicted) {
    if (gold.size() != predicted.size())
        throw Error("B-cubed needs one gold and one predicted label per mention (" +
                    std::to_string(gold.size()) + " vs " + std::to_string(predicted.size()) + ")");
    // Cluster sizes and overlaps by counting, instead of comparing all pairs.
    std::unordered_map<std::size_t, std::size_t> gold_size, predicted_size;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> overlap;
    for (std::size_t i = 0; i < gold.size(); ++i) {
        ++gold_size[gold[i]];
        ++predicted_size[predicted[i]];
        ++overlap[{gold[i], predicted[i]}];
    }
    Bcubed result;
    result.mentions = gold.size();
    for (std::size_t i = 0; i < gold.size(); ++i) {
        const double common = double(overlap[{gold[i], predicted[i]}]);
        result.precision_sum += common / double(predicted_size[predicted[i]]);
        result.recall_sum += common / double(gold_size[gold[i]]);
    }
    return result;
}

DocumentScore score_document(const GoldDocument& gold, const std::vector<Prediction>& predicted) {
    std::vector<LabeledSpan> gold_spans, predicted_spans;
    for (const auto& name : gold.names) gold_spans.push_back({name.span, name.kind});
    for (const auto& prediction : predicted)
        predicted_spans.push_back({prediction.span, prediction.kind});

    DocumentScore score;
    score.detection = match_mentions(gold_spans, predicted_spans);

    // Labels: chains and entities get small ids; a mention without either
    // gets an id of its own past all of them, which makes it a singleton.
    std::size_t singleton_base = gold.names.size();
    for (const auto& prediction : predicted)
        if (prediction.entity) singleton_base = std::max(singleton_base, *prediction.entity + 1);
    std::map<std::string, std::size_t> chain_ids;

    std::vector<std::size_t> gold_labels, predicted_labels;
    std::vector<std::size_t> gold_detected, predicted_detected;
    for (std::size_t g = 0; g < gold.names.size(); ++g) {
        const auto& name = gold.names[g];
        if (name.kind != EntityKind::character) continue;
        const std::size_t own = singleton_base + g;
        const std::size_t gold_label =
            name.chain.empty() ? own : chain_ids.emplace(name.chain, chain_ids.size()).first->second;
        const auto match = score.detection.gold_match[g];
        const auto entity = match ? predicted[*match].entity : std::nullopt;
        const std::size_t predicted_label = entity ? *entity : own;
        gold_labels.push_back(gold_label);
        predicted_labels.push_back(predicted_label);
        if (match) {
            gold_detected.push_back(gold_label);
            predicted_detected.push_back(predicted_label);
        }
    }
    score.clustering = bcubed(gold_labels, predicted_labels);
    score.clustering_detected = bcubed(gold_detected, predicted_detected);
    return score;
}

void CorpusScore::add(const DocumentScore& document) {
    ++documents;
    overall += document.detection.overall;
    for (std::size_t k = 0; k < kind_count; ++k) by_kind[k] += document.detection.by_kind[k];
    clustering += document.clustering;
    clustering_detected += document.clustering_detected;
    pronouns += document.pronouns;
}

double PronounScore::precision() const {
    return resolved == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(resolved);
}

double PronounScore::recall() const {
    return gold == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(gold);
}

PronounScore& PronounScore::operator+=(const PronounScore& other) {
    gold += other.gold;
    resolved += other.resolved;
    correct += other.correct;
    return *this;
}

PronounScore score_pronouns(const GoldDocument& gold, const Story& story) {
    std::map<std::string, std::vector<Span>> named_spans;  // chain -> its gold PER name spans
    for (const GoldName& name : gold.names)
        if (name.kind == EntityKind::character && !name.chain.empty()) named_spans[name.chain].push_back(name.span);
    std::map<std::size_t, const Mention*> pronoun_at;  // span begin -> predicted pronoun
    for (const Mention& mention : story.mentions)
        if (mention.form == MentionForm::pronoun) pronoun_at.emplace(mention.span.begin, &mention);
    PronounScore score;
    for (const GoldPronoun& pronoun : gold.pronouns) {
        const auto names = named_spans.find(pronoun.chain);
        if (names == named_spans.end()) continue;
        ++score.gold;
        const auto predicted = pronoun_at.find(pronoun.span.begin);
        if (predicted == pronoun_at.end() || predicted->second->span != pronoun.span || !predicted->second->entity)
            continue;
        ++score.resolved;
        const Entity& entity = story.entities[*predicted->second->entity];
        const bool right = std::any_of(entity.mentions.begin(), entity.mentions.end(), [&](std::size_t m) {
            const Mention& mention = story.mentions[m];
            return mention.form == MentionForm::name &&
                   std::find(names->second.begin(), names->second.end(), mention.span) != names->second.end();
        });
        if (right) ++score.correct;
    }
    return score;
}

bool names_entity(std::string_view annotated, const Entity& entity) {
    const std::string wanted = folded(annotated);
    if (folded(entity.name) == wanted) return true;
    return std::any_of(entity.aliases.begin(), entity.aliases.end(),
                       [&](const std::string& alias) { return folded(alias) == wanted; });
}

std::size_t CharacterMatch::found() const {
    return std::size_t(std::count(annotated_found.begin(), annotated_found.end(), true));
}

std::size_t CharacterMatch::matched() const {
    return std::size_t(std::count(predicted_matched.begin(), predicted_matched.end(), true));
}

CharacterMatch match_characters(const std::vector<std::string>& annotated,
                                const std::vector<const Entity*>& predicted) {
    CharacterMatch match;
    match.annotated_found.assign(annotated.size(), false);
    match.predicted_matched.assign(predicted.size(), false);
    for (std::size_t a = 0; a < annotated.size(); ++a)
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (names_entity(annotated[a], *predicted[p])) {
                match.annotated_found[a] = true;
                match.predicted_matched[p] = true;
            }
    return match;
}

}  // namespace plotgraph::eval
