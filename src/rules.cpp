#include <plotgraph/error.hpp>
#include <plotgraph/rules.hpp>

#include "embedded_data.hpp"
#include "rules_data.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <utility>

namespace plotgraph {
namespace detail {
namespace {

struct FileContent {
    std::string display_name;  // for messages: the path, or the name of a built-in file
    std::string text;
};
using FileReader = std::function<FileContent(const std::string& name)>;

/// One rule file: lines of TAB-separated columns, with the line numbers
/// kept for messages.
class RuleFile {
public:
    RuleFile(std::string name, std::string content) : name_(std::move(name)), content_(std::move(content)) {}

    /// Calls `handle` with the columns of each line that is neither blank nor
    /// a comment, in order, after checking that it has `columns` of them, none empty.
    template <typename Handler>
    void each(std::size_t columns, Handler handle) const {
        // One row, reused: its strings keep their buffers from line to line, so
        // the ~110k lines of the rule files cost next to no allocation.
        std::vector<std::string> row;
        std::size_t line_number = 0;
        for (std::size_t next = 0; next <= content_.size();) {
            const std::size_t end = std::min(content_.find('\n', next), content_.size());
            std::string_view line(content_.data() + next, end - next);
            next = end + 1;
            ++line_number;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (const std::string_view trimmed = trim(line); trimmed.empty() || trimmed.front() == '#') continue;
            std::size_t count = 0;
            for (std::size_t start = 0;;) {
                const std::size_t tab = line.find('\t', start);
                if (count == row.size()) row.emplace_back();
                row[count++].assign(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
                if (tab == std::string_view::npos) break;
                start = tab + 1;
            }
            row.resize(count);
            if (count != columns) {
                fail(line_number, "expected " + std::to_string(columns) + " TAB-separated column" +
                                      (columns == 1 ? "" : "s") + ", found " + std::to_string(count));
            }
            for (const auto& column : row) {
                if (trim(column).empty()) fail(line_number, "empty column");
            }
            current_line_ = line_number;
            handle(std::as_const(row));
        }
    }

    /// The number of lines, at least that of the rows: tables filled from the
    /// file are reserved to it, so that they do not grow (copying every key) as they fill.
    std::size_t line_count() const {
        return static_cast<std::size_t>(std::count(content_.begin(), content_.end(), '\n')) + 1;
    }

    [[noreturn]] void fail(std::size_t line, const std::string& message) const {
        throw Error(Location{name_, line, std::nullopt}, message);
    }
    [[noreturn]] void fail(const std::string& message) const { fail(current_line_, message); }

private:
    std::string name_;
    std::string content_;
    mutable std::size_t current_line_ = 0;
};

Gender parse_gender(const RuleFile& file, std::string_view text) {
    if (text == "m") return Gender::male;
    if (text == "f") return Gender::female;
    if (text == "u") return Gender::unknown;
    file.fail("gender must be m, f or u, not '" + std::string(text) + "'");
}

std::size_t word_count(std::string_view text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
}

/// Comparison key of a multi-word entry: folded case, single spaces.
std::string entry_key(std::string_view text) {
    text = trim(text);
    // Nearly every entry has no doubled space to collapse.
    if (text.find("  ") == std::string_view::npos) return fold_case(text);
    std::string key;
    for (char c : text) {
        if (c == ' ' && !key.empty() && key.back() == ' ') continue;
        key += c;
    }
    return fold_case(key);
}

/// The comparison keys of a phrase's words, in order: "Known  as" -> {known, as}.
std::vector<std::string> phrase_words(std::string_view text) {
    std::vector<std::string> words;
    for (const std::string_view word : split(text, ' '))
        if (!word.empty()) words.push_back(entry_key(word));
    return words;
}

/// All of `patterns` (compiled with `options`) in one RE2::Set, which tells
/// in one pass over a text which of them match it; null when they do not
/// compile together.
std::unique_ptr<RE2::Set> pattern_set(const std::vector<const RE2*>& patterns, const RE2::Options& options,
                                      RE2::Anchor anchor) {
    auto set = std::make_unique<RE2::Set>(options, anchor);
    for (const RE2* pattern : patterns) {
        std::string error;
        if (set->Add(pattern->pattern(), &error) < 0) return nullptr;
    }
    if (!set->Compile()) return nullptr;
    return set;
}

void load_word_list(const RuleFile& file, WordSet& out) {
    out.reserve(out.size() + file.line_count());
    file.each(1, [&](const auto& cols) { out.insert(entry_key(cols[0])); });
}

std::unique_ptr<RuleData> parse_all(const FileReader& read) {
    auto data = std::make_unique<RuleData>();
    const auto open = [&](const std::string& name) {
        FileContent content = read(name);
        return RuleFile(std::move(content.display_name), std::move(content.text));
    };

    {
        const RuleFile file = open("first_names.tsv");
        data->first_names.reserve(file.line_count());
        file.each(2, [&](const auto& cols) {
            data->first_names[entry_key(cols[0])] = parse_gender(file, cols[1]);
        });
    }
    {
        const RuleFile file = open("honorifics.tsv");
        file.each(2, [&](const auto& cols) {
            data->honorifics[entry_key(cols[0])] = Honorific{parse_gender(file, cols[1])};
        });
    }
    {
        const RuleFile file = open("role_nouns.tsv");
        data->role_nouns.reserve(file.line_count());
        file.each(3, [&](const auto& cols) {
            static const std::vector<std::string_view> categories{"kin", "role", "group", "animal", "creature"};
            if (std::find(categories.begin(), categories.end(), cols[2]) == categories.end())
                file.fail("category must be kin, role, group, animal or creature");
            const std::string key = entry_key(cols[0]);
            data->role_nouns[key] = RoleNoun{parse_gender(file, cols[1]), std::string(cols[2])};
            data->longest_role_noun_words = std::max(data->longest_role_noun_words, entry_token_count(key));
            if (const std::size_t cut = key.find_first_of(" -"); cut != std::string::npos)
                data->role_noun_first_words.insert(key.substr(0, cut));
        });
    }
    load_word_list(open("demonyms.txt"), data->demonyms);
    // A demonym that is a noun names a person or, plural, a group: "a Welshman", "the Germans".
    // Nouns are those listed with their plural and the -man/-woman words; "French" is no one.
    for (const std::string& word : data->demonyms) {
        const bool noun = data->demonyms.count(word + "s") || data->demonyms.count(word + "es") ||
                          (word.ends_with('y') && data->demonyms.count(word.substr(0, word.size() - 1) + "ies")) ||
                          word.ends_with("man") || word.ends_with("woman");
        if (!noun || data->role_nouns.count(word)) continue;
        const Gender gender = word.ends_with("woman") ? Gender::female : word.ends_with("man") ? Gender::male : Gender::unknown;
        data->people_nouns.emplace(word, RoleNoun{gender, "people"});
    }
    {
        const RuleFile file = open("places.tsv");
        data->gazetteer.reserve(data->gazetteer.size() + file.line_count());
        file.each(2, [&](const auto& cols) {
            if (cols[1] != "GPE" && cols[1] != "LOC" && cols[1] != "FAC")
                file.fail("place type must be GPE, LOC or FAC");
            const std::string key = entry_key(cols[0]);
            data->gazetteer[key] = KnownName{EntityKind::place, std::string(cols[1])};
            data->longest_gazetteer_words = std::max(data->longest_gazetteer_words, word_count(key));
        });
    }
    {
        const RuleFile file = open("organizations.tsv");
        data->gazetteer.reserve(data->gazetteer.size() + file.line_count());
        file.each(2, [&](const auto& cols) {
            KnownName known;
            if (cols[1] == "organization") known = {EntityKind::organization, "ORG"};
            else if (cols[1] == "place") known = {EntityKind::place, "FAC"};
            else file.fail("kind must be organization or place");
            known.acronym = all_upper(cols[0]);  // "GRU", "ABC"
            const std::string key = entry_key(cols[0]);
            data->gazetteer.try_emplace(key, known);
            data->longest_gazetteer_words = std::max(data->longest_gazetteer_words, word_count(key));
        });
    }
    {
        const RuleFile file = open("place_aliases.tsv");
        data->gazetteer.reserve(data->gazetteer.size() + file.line_count());
        file.each(2, [&](const auto& cols) {
            const std::string canonical = entry_key(cols[1]);
            const auto known = data->gazetteer.find(canonical);
            if (known == data->gazetteer.end())
                file.fail("'" + std::string(cols[1]) + "' is not in places.tsv or organizations.tsv");
            const std::string alias = entry_key(cols[0]);
            data->aliases[alias] = canonical;
            data->gazetteer.try_emplace(alias, known->second);
            data->longest_gazetteer_words = std::max(data->longest_gazetteer_words, word_count(alias));
        });
    }
    {
        const RuleFile file = open("name_heads.tsv");
        file.each(4, [&](const auto& cols) {
            NameCue cue;
            if (cols[2] == "place") cue.kind = EntityKind::place;
            else if (cols[2] == "organization") cue.kind = EntityKind::organization;
            else file.fail("kind must be place or organization");
            cue.subtype = std::string(cols[3]);
            if (cols[1] == "head") data->head_cues[entry_key(cols[0])] = cue;
            else if (cols[1] == "first") data->first_cues[entry_key(cols[0])] = cue;
            else file.fail("position must be head or first");
        });
    }
    load_word_list(open("name_particles.txt"), data->particles);
    load_word_list(open("surname_prefixes.txt"), data->surname_prefixes);
    load_word_list(open("not_names.txt"), data->not_names);
    load_word_list(open("occasion_heads.txt"), data->occasion_heads);
    load_word_list(open("common_words.txt"), data->common_words);
    load_word_list(open("months.txt"), data->months);
    load_word_list(open("speech_verbs.txt"), data->speech_verbs);
    load_word_list(open("non_gifts.txt"), data->non_gifts);
    load_word_list(open("collective_nouns.txt"), data->collective_nouns);
    load_word_list(open("former_ties.txt"), data->former_ties);
    load_word_list(open("titled_kin.txt"), data->titled_kin);
    {
        const RuleFile file = open("role_ties.tsv");
        file.each(2, [&](const auto& cols) {
            std::vector<std::string>& subtypes = data->role_ties[entry_key(cols[0])];
            for (std::size_t begin = 0; begin < cols[1].size();) {
                std::size_t end = cols[1].find(' ', begin);
                if (end == std::string::npos) end = cols[1].size();
                if (end > begin) subtypes.push_back(entry_key(std::string_view(cols[1]).substr(begin, end - begin)));
                begin = end + 1;
            }
        });
    }
    load_word_list(open("person_verbs.txt"), data->person_verbs);
    load_word_list(open("place_nouns.txt"), data->place_nouns);
    load_word_list(open("realm_nouns.txt"), data->realm_nouns);
    load_word_list(open("vehicle_nouns.txt"), data->vehicle_nouns);
    load_word_list(open("work_nouns.txt"), data->work_nouns);
    load_word_list(open("motion_verbs.txt"), data->motion_verbs);
    load_word_list(open("name_modifiers.txt"), data->name_modifiers);
    load_word_list(open("place_modifiers.txt"), data->place_modifiers);
    load_word_list(open("role_compounds.txt"), data->role_compounds);
    load_word_list(open("naming_words.txt"), data->naming_words);
    load_word_list(open("referring_nouns.txt"), data->referring_nouns);
    load_word_list(open("naming_verbs.txt"), data->naming_verbs);
    open("title_abbreviations.tsv").each(2, [&](const auto& cols) {
        data->title_abbreviations[entry_key(cols[0])] = entry_key(cols[1]);
    });
    open("alias_phrases.txt").each(1, [&](const auto& cols) { data->alias_phrases.push_back(phrase_words(cols[0])); });
    load_word_list(open("rank_titles.txt"), data->rank_titles);
    load_word_list(open("peer_titles.txt"), data->peer_titles);
    load_word_list(open("surname_titles.txt"), data->surname_titles);
    {
        const RuleFile file = open("title_stages.tsv");
        file.each(2, [&](const auto& cols) {
            if (cols[1] == "young") data->young_titles.insert(entry_key(cols[0]));
            else if (cols[1] == "married") data->married_titles.insert(entry_key(cols[0]));
            else file.fail("unknown stage '" + cols[1] + "' (young or married)");
        });
    }
    {
        const RuleFile file = open("predicative_words.tsv");
        file.each(2, [&](const auto& cols) {
            if (cols[1] != "copula" && cols[1] != "identity" && cols[1] != "predicate" && cols[1] != "comparison")
                file.fail("kind must be copula, identity, predicate or comparison");
            // "turns out to be": a phrase of several words, identity only.
            if (cols[0].find(' ') != std::string::npos) {
                if (cols[1] != "identity") file.fail("a phrase of several words must be of kind identity");
                data->identity_phrases.push_back(phrase_words(cols[0]));
                return;
            }
            data->predicative_words[entry_key(cols[0])] = cols[1] == "copula" || cols[1] == "identity";
            if (cols[1] == "identity") data->identity_words.insert(entry_key(cols[0]));
        });
    }
    {
        const RuleFile file = open("credits.tsv");
        file.each(2, [&](const auto& cols) {
            std::vector<std::string> words = phrase_words(cols[1]);
            if (words.empty()) file.fail("empty credit");
            if (cols[0] == "phrase") data->credit_phrases.push_back(std::move(words));
            else if (cols[0] == "title") data->credit_titles.push_back(std::move(words));
            else if (cols[0] == "context" && words.size() == 1) data->credit_context.insert(words.front());
            else file.fail("kind must be phrase, title or context (one word)");
        });
    }
    open("nicknames.tsv").each(2, [&](const auto& cols) {
        data->nicknames[entry_key(cols[0])].push_back(entry_key(cols[1]));
    });
    open("place_suffixes.txt").each(1, [&](const auto& cols) { data->place_suffixes.push_back(entry_key(cols[0])); });
    load_word_list(open("abbreviations.txt"), data->abbreviations);
    load_word_list(open("closing_abbreviations.txt"), data->closing_abbreviations);
    load_word_list(open("place_prepositions.txt"), data->place_prepositions);
    {
        const RuleFile file = open("pronouns.tsv");
        file.each(4, [&](const auto& cols) {
            if (cols[2] != "sg" && cols[2] != "pl") file.fail("number must be sg or pl");
            data->pronouns[entry_key(cols[0])] =
                PronounInfo{parse_gender(file, cols[1]), cols[2] == "pl", std::string(cols[3])};
        });
    }
    {
        const RuleFile file = open("furniture.tsv");
        RE2::Options options;
        options.set_log_errors(false);
        std::vector<const RE2*> inline_patterns;
        file.each(3, [&](const auto& cols) {
            FurnitureRule rule;
            rule.id = std::string(cols[0]);
            if (cols[1] == "line") rule.whole_line = true;
            else if (cols[1] == "inline") rule.whole_line = false;
            else file.fail("scope must be line or inline");
            // Each prefilter numbers its rules in the order they are added.
            std::string error;
            rule.pattern = (rule.whole_line ? data->furniture_line_prefilter : data->furniture_inline_prefilter)
                               .add(cols[2], options, error);
            if (!rule.pattern) file.fail("bad RE2 pattern: " + error);
            (rule.whole_line ? data->furniture_line_rules : data->furniture_inline_rules)
                .push_back(data->furniture.size());
            if (!rule.whole_line) inline_patterns.push_back(rule.pattern);
            data->furniture.push_back(std::move(rule));
        });
        if (const std::string error = data->furniture_line_prefilter.build(); !error.empty()) file.fail(error);
        if (const std::string error = data->furniture_inline_prefilter.build(); !error.empty()) file.fail(error);
        data->furniture_inline_set = pattern_set(inline_patterns, options, RE2::UNANCHORED);
    }
    {
        const RuleFile file = open("relations.tsv");
        file.each(6, [&](const auto& cols) {
            RelationRule rule;
            rule.id = cols[0];
            rule.type = cols[1];
            rule.subtype = cols[2] == "-" ? std::string() : cols[2];
            if (cols[3] != "directed" && cols[3] != "undirected") file.fail("direction must be directed or undirected");
            rule.directed = cols[3] == "directed";
            try {
                rule.confidence = std::stod(cols[4]);
            } catch (const std::exception&) {
                file.fail("confidence must be a number");
            }
            if (rule.confidence < 0 || rule.confidence > 1) file.fail("confidence must be between 0 and 1");
            std::string error;
            rule.pattern = data->relation_prefilter.add(cols[5], RE2::Options(), error);
            if (!rule.pattern) file.fail("bad RE2 pattern: " + error);
            const auto& groups = rule.pattern->NamedCapturingGroups();
            const auto source = groups.find("source"), target = groups.find("target");
            if (source == groups.end() || target == groups.end())
                file.fail("pattern needs the groups (?P<source>...) and (?P<target>...)");
            rule.source_group = source->second;
            rule.target_group = target->second;
            data->relation_rules.push_back(std::move(rule));
        });
        // A sentence is searched only with the patterns whose words it has.
        if (const std::string error = data->relation_prefilter.build(); !error.empty()) file.fail(error);
    }
    {
        const RuleFile file = open("role_relations.tsv");
        file.each(3, [&](const auto& cols) {
            RoleRelation relation;
            relation.type = cols[1];
            if (cols[2] == "holder-owner") relation.direction = RoleRelation::Direction::holder_to_owner;
            else if (cols[2] == "owner-holder") relation.direction = RoleRelation::Direction::owner_to_holder;
            else if (cols[2] == "undirected") relation.direction = RoleRelation::Direction::undirected;
            else file.fail("direction must be holder-owner, owner-holder or undirected");
            data->role_relations[entry_key(cols[0])] = relation;
        });
    }
    {
        const RuleFile file = open("verbs.tsv");
        data->verbs.reserve(file.line_count());
        file.each(4, [&](const auto& cols) {
            using Shape = VerbForm::Shape;
            static const std::unordered_map<std::string, Shape> shapes{
                {"base", Shape::base}, {"s", Shape::third_person}, {"ed", Shape::past}, {"ing", Shape::present_participle}};
            const auto shape = shapes.find(cols[2]);
            if (shape == shapes.end()) file.fail("shape must be base, s, ed or ing");
            if (cols[3] != "y" && cols[3] != "n") file.fail("noun column must be y or n");
            data->verbs[entry_key(cols[0])].push_back(VerbForm{entry_key(cols[1]), shape->second, cols[3] == "y"});
        });
        // Asked of nearly every pronoun and title: one lookup, not one per reading.
        for (const auto& [form, readings] : data->verbs)
            for (const VerbForm& reading : readings)
                if (data->naming_verbs.count(reading.lemma)) data->naming_verb_forms.insert(form);
    }
    {
        const RuleFile file = open("event_words.tsv");
        static const std::unordered_set<std::string> classes{
            "be", "have", "do", "modal", "negation", "determiner", "preposition", "subject", "plural-subject",
            "relative", "after",
            "before", "subordinator", "conditional", "coordinator", "adverb", "predicative", "predicative-intent",
            "predicative-negative", "no-event", "control", "attempt", "intent", "negative", "belief", "bare-infinitive", "commission", "directive", "pair-noun", "instrument", "telling", "object-control", "force", "assistance", "assistance-opener", "quantity", "owner-noun", "particle", "persuasion", "stated", "departure", "by-particle", "intent-noun", "disguise", "object-participle", "means-noun", "for-subject", "unwitting", "double-object", "permission", "deceit", "time-noun", "object-that"};
        file.each(2, [&](const auto& cols) {
            if (!classes.count(cols[1])) file.fail("unknown class '" + cols[1] + "'");
            const std::string key = entry_key(cols[0]);
            if (cols[1] == "no-event") data->no_event_verbs.insert(key);
            else if (cols[1] == "belief") data->belief_verbs.insert(key);
            else if (cols[1] == "bare-infinitive") data->bare_infinitive_verbs.insert(key);
            else if (cols[1] == "object-participle") data->object_participle_verbs.insert(key);
            else if (cols[1] == "means-noun") data->means_nouns.insert(key);
            else if (cols[1] == "for-subject") data->for_subject_words.insert(key);
            else if (cols[1] == "unwitting") data->unwitting_words.insert(key);
            else if (cols[1] == "double-object") data->double_object_verbs.insert(key);
            else if (cols[1] == "commission") data->commission_verbs.insert(key);
            else if (cols[1] == "persuasion") data->persuasion_verbs.insert(key);
            else if (cols[1] == "deceit") data->deceit_verbs.insert(key);
            else if (cols[1] == "time-noun") data->time_nouns.insert(key);
            else if (cols[1] == "permission") data->permission_verbs.insert(key);
            else if (cols[1] == "stated") data->stated_control_verbs.insert(key);
            else if (cols[1] == "departure") data->departure_verbs.insert(key);
            else if (cols[1] == "disguise") data->disguise_verbs.insert(key);
            else if (cols[1] == "intent-noun") data->intent_nouns.insert(key);
            else if (cols[1] == "directive") data->directive_verbs.insert(key);
            else if (cols[1] == "pair-noun") data->pair_nouns.insert(key);
            else if (cols[1] == "instrument") data->instrument_verbs.insert(key);
            else if (cols[1] == "telling") data->telling_verbs.insert(key);
            else if (cols[1] == "object-that") data->object_that_verbs.insert(key);
            else if (cols[1] == "object-control") data->object_control_verbs.insert(key);
            else if (cols[1] == "force") data->force_verbs.insert(key);
            else if (cols[1] == "by-particle") data->by_particle_verbs.insert(key);
            else if (cols[1] == "assistance") data->assistance_nouns.insert(key);
            else if (cols[1] == "assistance-opener") data->assistance_openers.insert(key);
            else if (cols[1] == "quantity") data->quantity_words.insert(key);
            else if (cols[1] == "owner-noun") data->owner_nouns.insert(key);
            else if (cols[1] == "control" || cols[1] == "attempt" || cols[1] == "intent" || cols[1] == "negative")
                data->control_verbs[key] = cols[1];
            else data->event_words[key] = cols[1];
            if (const std::size_t space = key.find(' '); space != std::string::npos)
                data->event_word_pair_starts.insert(key.substr(0, space));
        });
        data->event_lexicon.reserve(data->verbs.size() + data->event_words.size());
        for (const auto& [form, readings] : data->verbs) data->event_lexicon[form].readings = &readings;
        for (const auto& [word, word_class] : data->event_words) data->event_lexicon[word].word_class = word_class;
        for (const std::string& word : data->event_word_pair_starts) data->event_lexicon[word].pair_start = true;
    }
    {
        const RuleFile file = open("time_expressions.tsv");
        file.each(3, [&](const auto& cols) {
            using Kind = TimeRule::Kind;
            static const std::unordered_map<std::string, Kind> kinds{
                {"year", Kind::year}, {"past", Kind::past}, {"earlier", Kind::earlier},
                {"later", Kind::later}, {"time", Kind::time}};
            const auto kind = kinds.find(cols[1]);
            if (kind == kinds.end()) file.fail("kind must be year, past, earlier, later or time");
            TimeRule rule;
            rule.id = cols[0];
            rule.kind = kind->second;
            std::string error;
            rule.pattern = data->time_prefilter.add(cols[2], RE2::Options(), error);
            if (!rule.pattern) file.fail("bad RE2 pattern: " + error);
            const auto& groups = rule.pattern->NamedCapturingGroups();
            const auto time = groups.find("time"), year = groups.find("year");
            if (time == groups.end()) file.fail("pattern needs the group (?P<time>...)");
            if (rule.kind == Kind::year && year == groups.end()) file.fail("a year pattern needs the group (?P<year>...)");
            rule.time_group = time->second;
            rule.year_group = year == groups.end() ? 0 : year->second;
            data->time_rules.push_back(std::move(rule));
        });
        if (const std::string error = data->time_prefilter.build(); !error.empty()) file.fail(error);
    }
    // Every word of a kinship table must be a kin noun of role_nouns.tsv.
    const auto require_kin_nouns = [&](const RuleFile& file, std::initializer_list<std::string> words) {
        for (const std::string& kin : words) {
            const auto noun = data->role_nouns.find(entry_key(kin));
            if (noun == data->role_nouns.end() || noun->second.category != "kin")
                file.fail("'" + kin + "' is not a kin noun of role_nouns.tsv");
        }
    };
    {
        const RuleFile file = open("kin_inverses.tsv");
        file.each(3, [&](const auto& cols) {
            require_kin_nouns(file, {cols[0], cols[1], cols[2]});
            data->kin_inverses[entry_key(cols[0])] = {entry_key(cols[1]), entry_key(cols[2])};
        });
    }
    {
        const RuleFile file = open("kin_compositions.tsv");
        file.each(3, [&](const auto& cols) {
            require_kin_nouns(file, {cols[0], cols[1], cols[2]});
            data->kin_compositions[entry_key(cols[0])].push_back({entry_key(cols[1]), entry_key(cols[2])});
        });
    }
    {
        const RuleFile file = open("co_parents.tsv");
        file.each(4, [&](const auto& cols) {
            require_kin_nouns(file, {cols[0], cols[1], cols[2], cols[3]});
            data->co_parents[entry_key(cols[0])] = {entry_key(cols[1]), entry_key(cols[2]), entry_key(cols[3])};
        });
    }
    {
        const RuleFile file = open("phrasal_verbs.tsv");
        file.each(4, [&](const auto& cols) {
            if (cols[2] != "base" && cols[2] != "own") file.fail("reading must be base or own");
            if (cols[3] != "-" && cols[2] == "base") file.fail("an action of its own needs the reading own");
            const std::string phrasal = entry_key(cols[0]) + ' ' + entry_key(cols[1]);
            data->phrasal_verbs[phrasal] = {cols[3] != "-" ? entry_key(cols[3]) : phrasal, cols[2] == "base"};
            const std::string particle = entry_key(cols[1]);
            data->phrasal_particles.insert(particle.substr(0, particle.find(' ')));
        });
    }
    {
        const RuleFile file = open("event_relations.tsv");
        file.each(6, [&](const auto& cols) {
            static const std::unordered_set<std::string> types{"helped", "romance", "family", "friend",
                                                               "employs", "opposes", "killed"};
            if (!types.count(cols[2])) file.fail("unknown relation type '" + cols[2] + "'");
            EventRelation relation;
            relation.via = cols[1] == "-" ? std::string() : cols[1];
            relation.type = cols[2];
            relation.subtype = cols[3] == "-" ? std::string() : cols[3];
            using Direction = EventRelation::Direction;
            if (cols[4] == "agent-patient") relation.direction = Direction::agent_to_patient;
            else if (cols[4] == "patient-agent") relation.direction = Direction::patient_to_agent;
            else if (cols[4] == "undirected") relation.direction = Direction::undirected;
            else file.fail("direction must be agent-patient, patient-agent or undirected");
            try {
                relation.confidence = std::stod(cols[5]);
            } catch (const std::exception&) {
                file.fail("confidence must be a number");
            }
            if (relation.confidence < 0 || relation.confidence > 1) file.fail("confidence must be between 0 and 1");
            data->event_relations[entry_key(cols[0])].push_back(std::move(relation));
        });
    }
    return data;
}

}  // namespace

bool RuleData::common_word(std::string_view word) const {
    if (common_words.count(word)) return true;
    // The list is American; British texts spell some of its words otherwise. Each rule turns the
    // word's ending (or its "our") into the American spelling, which the list may hold.
    const auto american_is_common = [&](std::size_t at, std::size_t erase, std::string_view insert) {
        std::string spelled(word);
        spelled.replace(at, erase, insert);
        return common_words.count(spelled) > 0;
    };
    if (const std::size_t our = word.find("our", 2); our != std::string_view::npos && american_is_common(our + 1, 1, ""))
        return true;  // rumours, colour
    for (const std::string_view suffix : {"ise", "ised", "ises", "ising", "isation", "isations"})  // realised
        if (word.size() > suffix.size() + 2 && word.ends_with(suffix) &&
            american_is_common(word.size() - suffix.size() + 1, 1, "z"))
            return true;
    for (const std::string_view suffix : {"tre", "tres", "bre", "bres"})  // theatre, centres, fibre; not "Shere"
        if (word.size() > 4 && word.ends_with(suffix) &&
            american_is_common(word.size() - suffix.size() + 1, 2, "er"))
            return true;
    for (const std::string_view suffix : {"lled", "lling"})  // travelled; not "Miller"
        if (word.size() > suffix.size() + 2 && word.ends_with(suffix) &&
            american_is_common(word.size() - suffix.size(), 1, ""))
            return true;
    return false;
}

std::unique_ptr<RuleData> parse_rule_texts(const std::unordered_map<std::string, std::string>& texts) {
    return parse_all([&](const std::string& name) {
        const auto found = texts.find(name);
        return FileContent{name, found != texts.end() ? found->second : std::string()};
    });
}

}  // namespace detail

RuleSet::RuleSet(std::unique_ptr<detail::RuleData> data) : data_(std::move(data)) {}
RuleSet::~RuleSet() = default;

std::shared_ptr<const RuleSet> RuleSet::builtin() {
    // Parsed once per process; thread-safe by the rules for function statics.
    static const std::shared_ptr<const RuleSet> rules = [] {
        auto data = detail::parse_all([](const std::string& name) {
            for (const auto& file : detail::embedded_files()) {
                if (file.name == name) return detail::FileContent{"data/" + name, std::string(file.content)};
            }
            throw Error(Location{name, std::nullopt, std::nullopt}, "rule file not compiled in");
        });
        return std::shared_ptr<const RuleSet>(new RuleSet(std::move(data)));
    }();
    return rules;
}

std::shared_ptr<const RuleSet> RuleSet::load(const std::filesystem::path& directory) {
    auto data = detail::parse_all([&](const std::string& name) {
        const auto path = directory / name;
        std::ifstream in(path, std::ios::binary);
        if (!in) throw Error(Location{path.string(), std::nullopt, std::nullopt}, "cannot open rule file");
        std::ostringstream content;
        content << in.rdbuf();
        return detail::FileContent{path.string(), content.str()};
    });
    return std::shared_ptr<const RuleSet>(new RuleSet(std::move(data)));
}

}  // namespace plotgraph
