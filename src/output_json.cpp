#include <plotgraph/error.hpp>
#include <plotgraph/output.hpp>

#include "story_json.hpp"
#include "text_util.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

namespace plotgraph {
namespace {

// ordered_json keeps keys in the documented order instead of sorting them.
using json = nlohmann::ordered_json;

const std::string& entity_id(const Story& story, std::size_t index) {
    if (index >= story.entities.size()) {
        throw Error("entity index " + std::to_string(index) + " out of range (story has " +
                    std::to_string(story.entities.size()) + " entities)");
    }
    return story.entities[index].id;
}

}  // namespace

namespace detail {
namespace {

/// Appends JSON text straight to a string: batch mode writes millions of
/// small values, and building them as nlohmann values first cost a fifth of
/// its time. write_json pretty-prints the same text, so there is one format.
class CompactWriter {
public:
    explicit CompactWriter(std::string& out) : out_(out) {}
    CompactWriter(const CompactWriter&) = delete;
    CompactWriter& operator=(const CompactWriter&) = delete;
    /// Moves what is written to the output: call when done.
    void finish() { flush(); }

    /// A JSON string. Inputs are validated UTF-8, but a hand-built Story may
    /// not be: an invalid byte becomes U+FFFD rather than invalid JSON.
    void string(std::string_view text) {
        // Nearly every string (ids, names, words) is plain ASCII that needs no
        // escape: found so by one table lookup a byte, it is copied at once.
        std::size_t plain = 0;
        while (plain < text.size() && !needs_care[static_cast<unsigned char>(text[plain])]) ++plain;
        put('"');
        if (plain == text.size()) {
            put(text);
            put('"');
            return;
        }
        // The rest is appended in runs between the bytes that need escaping.
        std::size_t run = 0;  // first byte not yet appended
        for (std::size_t i = plain; i < text.size();) {
            const auto byte = static_cast<unsigned char>(text[i]);
            if (!needs_care[byte]) {
                ++i;
                continue;
            }
            const std::size_t length = byte < 0x80 ? 1 : utf8_sequence_length(text, i);
            if (length > 1) {
                i += length;
                continue;
            }
            put(text.substr(run, i - run));
            ++i;
            run = i;
            if (length == 0) {
                put("\xEF\xBF\xBD");
                continue;
            }
            switch (byte) {
                case '"': put("\\\""); break;
                case '\\': put("\\\\"); break;
                case '\n': put("\\n"); break;
                case '\r': put("\\r"); break;
                case '\t': put("\\t"); break;
                case '\b': put("\\b"); break;
                case '\f': put("\\f"); break;
                default: {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(byte));
                    put(escaped);
                }
            }
        }
        put(text.substr(run));
        put('"');
    }
    [[gnu::always_inline]] void number(std::size_t value) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        put(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    /// Whole numbers as integers, others in the shortest form that reads back the same.
    void number(double value) {
        if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9.0e15) {
            char digits[24];
            const auto end = std::to_chars(digits, digits + sizeof digits, static_cast<std::int64_t>(value)).ptr;
            put(std::string_view(digits, static_cast<std::size_t>(end - digits)));
            return;
        }
        if (!std::isfinite(value)) {
            put("null");
            return;
        }
        char digits[32];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        put(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    /// Always with a fraction or exponent ("1.0"), as nlohmann writes a double.
    void real(double value) {
        if (!std::isfinite(value)) {
            put("null");
            return;
        }
        char digits[32];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        const std::string_view text(digits, static_cast<std::size_t>(end - digits));
        put(text);
        if (text.find_first_of(".e") == std::string_view::npos) put(".0");
    }
    void boolean(bool value) { put(value ? "true" : "false"); }
    /// `,"name":true` when `value` holds; flags that are false are left out.
    template <std::size_t N>
    void flag(const char (&name)[N], bool value) {
        if (!value) return;
        key(name);
        boolean(true);
    }
    /// `"key":`, with the comma before it unless it opens its object.
    /// `name` is one of this file's literal keys: nothing in it needs
    /// escaping, and its length is known when compiling, so `,"name":` is
    /// put together by fixed-size copies and appended at once (there are
    /// millions of keys in a batch).
    template <std::size_t N>
    void key(const char (&name)[N], bool first = false) {
        constexpr std::size_t length = N - 1;  // without the literal's NUL
        char text[length + 4];
        text[0] = ',';
        text[1] = '"';
        std::memcpy(text + 2, name, length);
        text[length + 2] = '"';
        text[length + 3] = ':';
        if (first) put(std::string_view(text + 1, length + 3));
        else put(std::string_view(text, length + 4));
    }
    void strings(const std::vector<std::string>& values) {
        put('[');
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0) put(',');
            string(values[i]);
        }
        put(']');
    }
    void ids(const Story& story, const std::vector<std::size_t>& indices) {
        put('[');
        for (std::size_t i = 0; i < indices.size(); ++i) {
            if (i > 0) put(',');
            string(entity_id(story, indices[i]));
        }
        put(']');
    }
    void span(std::size_t doc, const Span& span) {
        key("doc", true);
        number(doc);
        key("begin");
        number(span.begin);
        key("end");
        number(span.end);
    }
    [[gnu::always_inline]] void raw(std::string_view text) { put(text); }

private:
    /// The bytes a string cannot take as they are: control characters, the
    /// quote, the backslash, and the bytes of non-ASCII characters, which are
    /// checked as UTF-8.
    static constexpr std::array<bool, 256> needs_care = [] {
        std::array<bool, 256> care{};
        for (std::size_t byte = 0; byte < care.size(); ++byte)
            care[byte] = byte < 0x20 || byte >= 0x80 || byte == '"' || byte == '\\';
        return care;
    }();

    /// Appends to the output. Writes gather in a buffer, moved to the output
    /// when full and by finish(): each is then an inline copy,
    /// where std::string::append is a call (one per key and value).
    [[gnu::always_inline]] void put(std::string_view text) {
        if (text.size() > buffer_.size() - used_) [[unlikely]] {
            flush();
            if (text.size() > buffer_.size()) {
                out_ += text;
                return;
            }
        }
        std::memcpy(buffer_.data() + used_, text.data(), text.size());
        used_ += text.size();
    }
    [[gnu::always_inline]] void put(char c) {
        if (used_ == buffer_.size()) [[unlikely]] flush();
        buffer_[used_++] = c;
    }
    void flush() {
        out_.append(buffer_.data(), used_);
        used_ = 0;
    }

    std::string& out_;
    std::array<char, 4096> buffer_;
    std::size_t used_ = 0;  // bytes of buffer_ not yet in out_
};

}  // namespace

void append_story_fields(std::string& out, const Story& story) {
    CompactWriter w(out);
    w.key("documents", true);
    w.raw("[");
    for (std::size_t i = 0; i < story.documents.size(); ++i) {
        if (i > 0) w.raw(",");
        w.raw("{");
        w.key("index", true);
        w.number(i);
        w.key("name");
        w.string(story.documents[i].name);
        w.key("bytes");
        w.number(story.documents[i].text.size());
        w.raw("}");
    }
    w.raw("]");

    w.key("entities");
    w.raw("[");
    for (std::size_t e = 0; e < story.entities.size(); ++e) {
        const Entity& entity = story.entities[e];
        if (e > 0) w.raw(",");
        w.raw("{");
        w.key("id", true);
        w.string(entity.id);
        w.key("kind");
        w.string(to_string(entity.kind));
        w.key("subtype");
        w.string(entity.subtype);
        w.key("name");
        w.string(entity.name);
        w.key("gender");
        w.string(to_string(entity.gender));
        w.key("aliases");
        w.strings(entity.aliases);
        w.key("roles");
        w.strings(entity.roles);
        if (entity.owner) {
            w.key("owner");
            w.string(entity_id(story, *entity.owner));
        }
        if (!entity.members.empty()) {
            w.key("members");
            w.raw("[");
            for (std::size_t k = 0; k < entity.members.size(); ++k) {
                if (k > 0) w.raw(",");
                w.string(entity_id(story, entity.members[k]));
            }
            w.raw("]");
        }
        w.key("merges");
        w.raw("[");
        for (std::size_t m = 0; m < entity.merges.size(); ++m) {
            const MergeReason& merge = entity.merges[m];
            if (m > 0) w.raw(",");
            w.raw("{");
            w.key("rule", true);
            w.string(merge.rule);
            w.key("alias");
            w.string(merge.alias);
            w.key("evidence");
            w.string(merge.evidence);
            w.raw("}");
        }
        w.raw("]");
        w.key("mentions");
        w.raw("[");
        for (std::size_t m = 0; m < entity.mentions.size(); ++m) {
            const std::size_t index = entity.mentions[m];
            if (index >= story.mentions.size()) {
                throw Error("entity " + entity.id + " refers to mention " + std::to_string(index) +
                            " but the story has " + std::to_string(story.mentions.size()));
            }
            const Mention& mention = story.mentions[index];
            if (m > 0) w.raw(",");
            w.raw("{");
            w.span(mention.doc, mention.span);
            w.key("text");
            w.string(mention.text);
            w.key("form");
            w.string(to_string(mention.form));
            w.key("sentence");
            w.number(mention.sentence);
            w.raw("}");
        }
        w.raw("]}");
    }
    w.raw("]");

    w.key("relations");
    w.raw("[");
    for (std::size_t r = 0; r < story.relations.size(); ++r) {
        const Relation& relation = story.relations[r];
        if (r > 0) w.raw(",");
        w.raw("{");
        w.key("type", true);
        w.string(relation.type);
        w.key("source");
        w.string(entity_id(story, relation.source));
        w.key("target");
        w.string(entity_id(story, relation.target));
        w.key("directed");
        w.boolean(relation.directed);
        w.key("weight");
        w.number(relation.weight);
        w.key("evidence");
        w.raw("[");
        for (std::size_t i = 0; i < relation.evidence.size(); ++i) {
            if (i > 0) w.raw(",");
            w.raw("{");
            w.span(relation.evidence[i].doc, relation.evidence[i].span);
            w.raw("}");
        }
        w.raw("]");
        if (!relation.subtype.empty()) {
            w.key("subtype");
            w.string(relation.subtype);
        }
        if (!relation.rules.empty()) {
            w.key("rules");
            w.strings(relation.rules);
            w.key("confidence");
            w.real(relation.confidence);
        }
        w.raw("}");
    }
    w.raw("]");

    std::vector<const Event*> timeline;
    for (const Event& event : story.events) timeline.push_back(&event);
    std::stable_sort(timeline.begin(), timeline.end(), [](const Event* a, const Event* b) { return a->order < b->order; });
    w.key("events");
    w.raw("[");
    for (std::size_t i = 0; i < timeline.size(); ++i) {
        const Event& event = *timeline[i];
        if (i > 0) w.raw(",");
        w.raw("{");
        w.key("id", true);
        w.string(event.id);
        w.key("order");
        w.number(event.order);
        w.key("action");
        w.string(event.action);
        w.key("verb");
        w.string(event.verb);
        w.key("agents");
        w.ids(story, event.agents);
        w.key("patients");
        w.ids(story, event.patients);
        w.key("patient_via");
        w.strings(event.patient_prepositions);
        w.key("places");
        w.ids(story, event.places);
        if (!event.instigators.empty()) {
            w.key("instigators");
            w.ids(story, event.instigators);
        }
        w.key("time");
        w.string(event.time);
        w.key("evidence");
        w.raw("[{");
        w.span(event.evidence.doc, event.evidence.span);
        w.raw("}]");
        w.flag("negated", event.negated);
        w.flag("attempted", event.attempted);
        w.flag("intended", event.intended);
        w.flag("believed", event.believed);
        w.flag("passive", event.passive);
        if (!event.placement.empty()) {
            w.key("placement");
            w.string(event.placement);
        }
        if (event.same_as) {
            if (*event.same_as >= story.events.size()) throw Error("event " + event.id + " refers to a missing event");
            w.key("same_as");
            w.string(story.events[*event.same_as].id);
        }
        w.raw("}");
    }
    w.raw("]");
    w.finish();
}

}  // namespace detail

void write_json(std::ostream& out, const Story& story) {
    // The compact text batch mode writes, laid out with indentation.
    std::string text(1, '{');
    detail::append_story_fields(text, story);
    text += '}';
    out << json::parse(text).dump(2) << '\n';
    out.flush();
    if (!out) throw Error("cannot write JSON: output stream failed");
}

}  // namespace plotgraph
