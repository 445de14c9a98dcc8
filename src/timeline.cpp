#include "timeline.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>

namespace plotgraph::detail {
namespace {

using Kind = TimeRule::Kind;
using Clause = EventCues::Clause;

/// Story order of one summary's events: indices into story.events.
std::vector<std::size_t> order_document(Story& story, const std::vector<EventCues>& cues,
                                        const std::vector<std::size_t>& told) {
    const std::size_t n = told.size();
    std::vector<double> key(n);
    for (std::size_t i = 0; i < n; ++i) key[i] = static_cast<double>(i);

    // "After he defects, Lionel takes him in": the clause before its main one.
    for (std::size_t i = 0; i < n; ++i) {
        const EventCues& cue = cues[told[i]];
        if (cue.clause == Clause::main) continue;
        const std::size_t sentence = story.events[told[i]].sentence;
        std::optional<std::size_t> main;
        for (std::size_t j = i + 1; j < n && story.events[told[j]].sentence == sentence && !main; ++j)
            if (cues[told[j]].clause == Clause::main) main = j;
        for (std::size_t j = i; j-- > 0 && story.events[told[j]].sentence == sentence && !main;)
            if (cues[told[j]].clause == Clause::main) main = j;
        if (!main) continue;
        key[i] = key[*main] + (cue.clause == Clause::after ? -0.3 : 0.3);
        story.events[told[i]].placement = cue.clause == Clause::after ? "before-main" : "after-main";
    }

    // Flashbacks. "Years earlier" (and what the same sentence tells with it)
    // goes before everything; "earlier" and the past perfect go just before
    // the event told before them, keeping their own order.
    std::vector<bool> long_ago(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        if (cues[told[i]].time_kind != Kind::past) continue;
        for (std::size_t j = i; j < n && story.events[told[j]].sentence == story.events[told[i]].sentence; ++j)
            long_ago[j] = true;
        for (std::size_t j = i; j-- > 0 && story.events[told[j]].sentence == story.events[told[i]].sentence;)
            long_ago[j] = true;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!long_ago[i]) continue;
        key[i] = -1e6 + static_cast<double>(i);
        story.events[told[i]].placement = "flashback";
    }
    for (std::size_t i = 0; i < n;) {
        const auto earlier = [&](std::size_t j) {
            return !long_ago[j] && (cues[told[j]].past_perfect || cues[told[j]].time_kind == Kind::earlier);
        };
        if (!earlier(i) || i == 0) { ++i; continue; }
        std::size_t run_end = i;
        while (run_end < n && earlier(run_end)) ++run_end;
        const double anchor = key[i - 1];
        for (std::size_t j = i; j < run_end; ++j) {
            key[j] = anchor - 0.5 + 0.4 * static_cast<double>(j - i) / static_cast<double>(run_end - i);
            story.events[told[j]].placement = "flashback";
        }
        i = run_end;
    }

    // Years: an event is in the year last stated before it; a flashback
    // "years earlier" is before all of them.
    int first_year = 0;
    for (std::size_t i : told)
        if (cues[i].year != 0) { first_year = cues[i].year; break; }
    std::vector<int> year(n, first_year);
    int current = first_year;
    for (std::size_t i = 0; i < n; ++i) {
        if (cues[told[i]].year != 0) current = cues[told[i]].year;
        year[i] = long_ago[i] && cues[told[i]].year == 0 ? std::numeric_limits<int>::min() : current;
    }

    std::vector<std::size_t> positions(n);
    for (std::size_t i = 0; i < n; ++i) positions[i] = i;
    std::stable_sort(positions.begin(), positions.end(), [&](std::size_t a, std::size_t b) {
        if (year[a] != year[b]) return year[a] < year[b];
        return key[a] < key[b];
    });
    // Moved by its year before something told earlier: say so.
    int latest_year = std::numeric_limits<int>::min();
    for (std::size_t i = 0; i < n; ++i) {
        Event& event = story.events[told[i]];
        if (event.placement.empty() && year[i] < latest_year) event.placement = "year";
        latest_year = std::max(latest_year, year[i]);
    }
    std::vector<std::size_t> ordered;
    for (std::size_t p = 0; p < n; ++p) ordered.push_back(told[positions[p]]);
    return ordered;
}

/// Two summaries telling one event: same action, and a participant in common.
bool same_event(const Event& a, const Event& b) {
    if (a.action != b.action) return false;
    const auto shares = [](const std::vector<std::size_t>& x, const std::vector<std::size_t>& y) {
        return std::any_of(x.begin(), x.end(), [&](std::size_t e) { return std::find(y.begin(), y.end(), e) != y.end(); });
    };
    return shares(a.agents, b.agents) || shares(a.patients, b.patients) ||
           (a.agents.empty() && b.agents.empty() && a.patients.empty() && b.patients.empty());
}

/// Weaves `other` into `merged`: the longest run of shared events in order
/// anchors it; the rest of `other` goes right after the anchor before it.
void weave(Story& story, std::vector<std::size_t>& merged, const std::vector<std::size_t>& other) {
    const std::size_t m = merged.size(), k = other.size();
    // The alignment table is m x k: past a few million cells (two novels),
    // the later summary simply follows.
    if (m * k > 4'000'000) {
        merged.insert(merged.end(), other.begin(), other.end());
        return;
    }
    std::vector<std::vector<std::size_t>> lcs(m + 1, std::vector<std::size_t>(k + 1, 0));
    for (std::size_t i = m; i-- > 0;)
        for (std::size_t j = k; j-- > 0;)
            lcs[i][j] = same_event(story.events[merged[i]], story.events[other[j]])
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::vector<std::size_t> result;
    std::size_t i = 0, j = 0;
    while (i < m || j < k) {
        if (i < m && j < k && same_event(story.events[merged[i]], story.events[other[j]]) &&
            lcs[i][j] == lcs[i + 1][j + 1] + 1) {
            result.push_back(merged[i]);
            result.push_back(other[j]);
            story.events[other[j]].same_as = merged[i];
            ++i, ++j;
        } else if (j == k || (i < m && lcs[i + 1][j] >= lcs[i][j + 1])) {
            result.push_back(merged[i]);  // ties: the earlier summary's event first
            ++i;
        } else {
            result.push_back(other[j]);
            ++j;
        }
    }
    merged = std::move(result);
}

}  // namespace

void order_timeline(Story& story, const std::vector<EventCues>& cues) {
    std::map<std::size_t, std::vector<std::size_t>> by_document;
    for (std::size_t i = 0; i < story.events.size(); ++i) by_document[story.events[i].evidence.doc].push_back(i);
    std::vector<std::size_t> merged;
    for (const auto& [doc, told] : by_document) {
        std::vector<std::size_t> ordered = order_document(story, cues, told);
        if (merged.empty()) merged = std::move(ordered);
        else weave(story, merged, ordered);
    }
    for (std::size_t position = 0; position < merged.size(); ++position) story.events[merged[position]].order = position;
}

}  // namespace plotgraph::detail
