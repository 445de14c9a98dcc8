#include "reconciler.hpp"

#include "name_keys.hpp"
#include "sentence_view.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

namespace plotgraph::detail {

// String comparisons with literals go through string_view: sizes first, no strlen.
using namespace std::string_view_literals;
namespace {

/// A person's name taken apart: "Mr. John van Smith Jr." -> title Mr,
/// parts [john, van smith].
struct ParsedName {
    bool family = false;              // "the Ambersons"
    bool has_title = false;
    std::string title;                // the first title, folded: "mrs"
    Gender gender = Gender::unknown;  // from the title, then the first name
    std::vector<std::string> parts;   // name_key of each part
    std::vector<std::string> nicknames;  // quoted inside the name: Raphael "Jinji" Moked
    std::string generation;           // "iv" of Stanley Yelnats IV: tells him from Stanley Yelnats I
    std::string first() const { return parts.front(); }
    std::string last() const { return parts.back(); }
};

const std::set<std::string> generational_suffixes{"jr", "sr", "ii", "iii", "iv"};

/// `given_name_particle`: a capitalized first word that is both a particle and a given
/// name ("Ben Cappadora") is the given name; otherwise it prefixes the surname ("Ben Canaan").
ParsedName parse_name(const std::string& text, const RuleData& rules, bool given_name_particle = false) {
    ParsedName name;
    std::vector<std::string> words, folded;  // folded: each word's fold_case, made once
    for (std::string_view word : split(text, ' ')) {
        while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
        if (word.empty()) continue;
        words.emplace_back(word);
        folded.push_back(fold_case(word));
    }
    std::size_t i = 0;
    // "the Ambersons", "the von Trapps": a family, keyed by its name with any particles.
    if (words.size() >= 2 && folded[0] == "the"sv && starts_upper(words.back()) &&
        std::all_of(folded.begin() + 1, folded.end() - 1, [&](const std::string& w) { return rules.particles.count(w) > 0; })) {
        name.family = true;
        std::string key;
        for (std::size_t w = 1; w < words.size(); ++w) key.append(w > 1 ? " " : "").append(name_key(words[w]));
        name.parts.push_back(std::move(key));
        return name;
    }
    while (i + 1 < words.size() && rules.name_modifiers.count(folded[i])) ++i;  // "old Pontifex"
    while (i + 1 < words.size()) {
        if (rules.surname_prefixes.count(folded[i])) break;  // "St. Aubert" is a surname
        const auto title = rules.honorifics.find(folded[i]);
        if (title == rules.honorifics.end()) break;
        if (!name.has_title) name.title = title->first;
        name.has_title = true;
        if (name.gender == Gender::unknown) name.gender = title->second.gender;
        ++i;
    }
    // "Shoeless Joe Jackson", "Wild Bill Hickok": a word no given name before a given name and
    // surname is a nickname; the name is Joe Jackson.
    if (i + 2 < words.size() && starts_upper(words[i]) && !rules.first_names.count(folded[i]) &&
        !rules.particles.count(folded[i]) && rules.first_names.count(folded[i + 1]) && starts_upper(words[i + 1])) {
        name.nicknames.push_back(name_key(words[i]));
        ++i;
    }
    // "Duke of Buckingham" is called "Buckingham".
    if (name.has_title && i + 1 < words.size() && folded[i] == "of"sv) ++i;
    std::string particle;
    const std::string first_word = i < words.size() ? folded[i] : std::string();
    for (; i < words.size(); ++i) {
        // "Queen Anne of Austria" is Queen Anne: the place she is of names no one.
        if (name.has_title && !name.parts.empty() && particle.empty() && folded[i] == "of"sv) break;
        const std::string key = name_key(words[i]);
        if (key.empty()) continue;
        if (words[i].size() > 2 && words[i].front() == '"' && words[i].back() == '"' && i + 1 < words.size()) {
            name.nicknames.push_back(key);
            continue;
        }
        // Of several words: Eli "Big Daddy" La Bouff.
        if (words[i].size() > 1 && words[i].front() == '"' && words[i].back() != '"') {
            std::size_t close = i + 1;
            while (close < words.size() && words[close].back() != '"') ++close;
            if (close + 1 < words.size()) {
                std::string nickname = key;
                for (std::size_t w = i + 1; w <= close; ++w) nickname.append(" ").append(name_key(words[w]));
                name.nicknames.push_back(std::move(nickname));
                i = close;
                continue;
            }
        }
        // "Ben" first in "Ben Cappadora" is a given name; in "Ari Ben Canaan" a particle.
        const bool given_name_first = given_name_particle && name.parts.empty() && particle.empty() &&
                                      starts_upper(words[i]) && rules.first_names.count(folded[i]);
        const bool prefix = !given_name_first && (rules.particles.count(folded[i]) ||
                                                  rules.surname_prefixes.count(folded[i]));
        if (prefix && i + 1 < words.size()) {
            // "Monsieur de Tréville", "the Comte de la Fère": after a title, lower-case particles before
            // the name go, as they do when it is said alone ("Tréville"; the mention finder drops a "de").
            const bool after_title = name.has_title && name.parts.empty() && particle.empty();
            if (!(after_title && !starts_upper(words[i]) && rules.particles.count(folded[i]))) particle += key + " ";
            continue;
        }
        // "George V", "Henry VIII": after a lone given name, a number in capitals tells one king from another.
        const bool regnal = name.parts.size() == 1 && particle.empty() && i + 1 == words.size() &&
                            is_roman_numeral(words[i]) && starts_upper(words[i]);
        const bool first_of_name = words[i] == "I"sv && i + 1 == words.size() && name.parts.size() >= 2;
        if (!regnal && name.parts.size() >= 1 && (generational_suffixes.count(key) || first_of_name)) {
            name.generation = key;
            continue;
        }
        // A middle initial tells no one apart: "Wile E." is Wile, "John F. Kennedy" John Kennedy.
        if (!regnal && name.parts.size() >= 1 && key.size() == 1 && particle.empty()) continue;
        name.parts.push_back(particle + key);
        particle.clear();
    }
    if (name.parts.empty()) name.parts.push_back(name_key(text));
    if (name.gender == Gender::unknown && !(name.has_title && name.parts.size() == 1)) {
        const auto first = rules.first_names.find(first_word);
        if (first != rules.first_names.end()) name.gender = first->second;
    }
    return name;
}

/// Jack and John, Meg and Margaret, Bill and Will (both William): one given name.
bool same_given_name(const std::string& a, const std::string& b, const RuleData& rules) {
    if (a == b) return true;
    const auto a_full = rules.nicknames.find(a), b_full = rules.nicknames.find(b);
    const auto stands_for = [](const auto& found, const auto& end, const std::string& name) {
        return found != end && std::find(found->second.begin(), found->second.end(), name) != found->second.end();
    };
    if (stands_for(a_full, rules.nicknames.end(), b) || stands_for(b_full, rules.nicknames.end(), a)) return true;
    if (a_full == rules.nicknames.end() || b_full == rules.nicknames.end()) return false;
    for (const std::string& full : a_full->second)
        if (stands_for(b_full, rules.nicknames.end(), full)) return true;
    return false;
}

/// The name in `names` that is the same given name as `key` by nickname, or empty.
std::string nickname_match(const std::string& key, const std::set<std::string>& names, const RuleData& rules) {
    for (const std::string& name : names)
        if (name != key && same_given_name(key, name, rules)) return name;
    return {};
}

/// The first `count` parts of a name, joined by spaces: "mary jane" of Mary Jane Watson.
std::string leading_parts(const std::vector<std::string>& parts, std::size_t count) {
    std::string joined = parts.front();
    for (std::size_t k = 1; k < count; ++k) joined.append(" ").append(parts[k]);
    return joined;
}

/// Keeps the first reason an alias joined its entity; later ones add nothing.
void record_merge(Entity& entity, MergeReason reason) {
    const bool known = std::any_of(entity.merges.begin(), entity.merges.end(),
                                   [&](const MergeReason& m) { return m.alias == reason.alias; });
    if (!known) entity.merges.push_back(std::move(reason));
}

bool compatible(Gender a, Gender b) { return a == Gender::unknown || b == Gender::unknown || a == b; }

struct CharacterCluster {
    std::size_t entity = 0;
    std::set<std::string> first_names, surnames, single_names, titles;
    std::set<std::string> quoted_nicknames;  // "Laurie" of Theodore "Laurie" Laurence
    std::set<std::string> given_names;       // "mary jane" of Mary Jane Watson: all but the surname
    std::set<std::string> generations;       // "iv", "jr": the suffixes its full names carry
    std::map<Gender, int> genders;
    std::set<std::size_t> attached;  // its mentions so far, to count them and find the nearest before one
    Gender gender() const {
        const int male = genders.count(Gender::male) ? genders.at(Gender::male) : 0;
        const int female = genders.count(Gender::female) ? genders.at(Gender::female) : 0;
        if (male > female) return Gender::male;
        if (female > male) return Gender::female;
        return Gender::unknown;
    }
};

/// Whether a titled single name ("Mr. Waymarsh") may join a cluster never
/// called by that title. "Mrs. Archer" is Newland Archer's mother, not him,
/// so a title joins only a cluster whose gender is known to agree; but a bare
/// surname of unknown gender ("Waymarsh") is most often the man, so a male
/// title may join it too. A full name of unknown gender ("Nesta Ford Pett")
/// is as likely the wife.
bool title_may_join(const ParsedName& name, const CharacterCluster& cluster, const RuleData& rules) {
    if (!cluster.titles.empty()) {
        // "General Tilney" is not Captain Tilney: two titles of office, neither a man's nor a woman's
        // (data/honorifics.tsv gives them no gender), are two people.
        const auto of_office = [&](const std::string& title) {
            const auto known = rules.honorifics.find(title);
            return known != rules.honorifics.end() && known->second.gender == Gender::unknown;
        };
        if (of_office(name.title) && std::all_of(cluster.titles.begin(), cluster.titles.end(), of_office)) return false;
        // "Aunt Shaw" is "Mrs. Shaw", but "Miss Bennet" is not "Mrs. Bennet" (data/title_stages.tsv).
        if (name.gender == Gender::unknown || name.gender != cluster.gender()) return false;
        if (rules.young_titles.count(name.title)) return false;
        return std::none_of(cluster.titles.begin(), cluster.titles.end(),
                            [&](const std::string& t) { return rules.young_titles.count(t) > 0; });
    }
    if (name.gender == Gender::unknown) return true;
    if (cluster.gender() != Gender::unknown) return true;
    // "Miss Johnson" for Camille Johnson: an unmarried woman's title is no wife's.
    if (name.gender == Gender::female && rules.young_titles.count(name.title) && !cluster.first_names.empty()) return true;
    if (name.gender != Gender::male) return false;
    // "Charlie Allnut" ... "Mr. Allnut": a given name known to be either a man's or a woman's
    // (data/first_names.tsv "u") leaves him as likely as with no given name; "Nesta" does not.
    return std::all_of(cluster.first_names.begin(), cluster.first_names.end(), [&](const std::string& first) {
        const auto known = rules.first_names.find(first);
        return known != rules.first_names.end() && known->second == Gender::unknown;
    });
}

/// Which rule links `key` to one of `keys`: "same-name", "transliteration",
/// "spelling-variant"; empty when none does.
std::string linking_rule(const std::string& key, const std::set<std::string>& keys, std::string& matched) {
    if (keys.count(key)) { matched = key; return "same-name"; }
    for (const std::string& other : keys) {
        if (variant_skeleton(other) == variant_skeleton(key) && is_spelling_variant(other, key)) {
            matched = other;
            return "transliteration";
        }
    }
    for (const std::string& other : keys) {
        if (is_spelling_variant(other, key)) { matched = other; return "spelling-variant"; }
    }
    return {};
}

/// The clusters whose name keys could link to a key, found without looking
/// at every cluster: a text with thousands of names would otherwise cost the
/// square of their number. Each lookup returns a superset of the clusters the
/// rules would link, in cluster order; the rules then decide as before.
/// An index key is a set's letter, a mark for the kind of form, and the form:
/// "f=ivan", "s~ivanov", "1@john". They are built in one reused buffer.
class ClusterIndex {
public:
    explicit ClusterIndex(const RuleData& rules) : rules_(rules) {}

    void add_first_name(const std::string& key, std::size_t cluster) {
        add_linkable('f', key, cluster);
        add_given_name('f', key, cluster);
        add_prefixable(key, cluster);
    }
    void add_surname(const std::string& key, std::size_t cluster) {
        add_linkable('s', key, cluster);
        add_prefixable(key, cluster);
    }
    void add_single_name(const std::string& key, std::size_t cluster) {
        add(index_key('1', '=', key), cluster);
        add_given_name('1', key, cluster);
        add_linkable('1', key, cluster);
        add_prefixable(key, cluster);  // "Phil" for Philoctetes, "Meg" for Megara
    }

    /// "Doc Hudson" may be called "Doc".
    void add_title(const std::string& key, std::size_t cluster) { add(index_key('t', '=', key), cluster); }

    /// Clusters a full name "first ... last" may join: its surname must link.
    std::vector<std::size_t> for_full_name(const std::string& last) {
        Answer& answer = full_name_answers_[last];
        if (answer.version == version_) return answer.clusters;
        std::vector<std::size_t> found;
        linkable('s', last, found);
        answer = {version_, sorted(found)};
        return answer.clusters;
    }

    /// Clusters a single name may join: as a single name, a first name
    /// (also by nickname) or a surname.
    std::vector<std::size_t> for_single_name(const std::string& key) {
        Answer& answer = single_name_answers_[key];
        if (answer.version == version_) return answer.clusters;
        std::vector<std::size_t> found;
        collect(index_key('1', '=', key), found);
        collect(index_key('f', '=', key), found);
        collect(index_key('t', '=', key), found);
        given_name('f', key, found);
        given_name('1', key, found);
        linkable('1', key, found);
        linkable('s', key, found);
        answer = {version_, sorted(found)};
        return answer.clusters;
    }

    /// Clusters with a first name or surname that starts with `key`.
    std::vector<std::size_t> by_prefix(const std::string& key) const {
        std::vector<std::size_t> found;
        for (auto it = prefixes_.lower_bound(key); it != prefixes_.end() && it->first.compare(0, key.size(), key) == 0;
             ++it)
            found.insert(found.end(), it->second.begin(), it->second.end());
        return sorted(found);
    }

private:
    /// `set`, `mark` and `form` in the buffer (valid until the next call).
    const std::string& index_key(char set, char mark, std::string_view form) {
        buffer_.assign(1, set);
        buffer_ += mark;
        buffer_ += form;
        return buffer_;
    }
    /// Clusters are added in order, so a repeat can only be the last one.
    static void append_once(std::vector<std::size_t>& clusters, std::size_t cluster) {
        if (clusters.empty() || clusters.back() != cluster) clusters.push_back(cluster);
    }
    void add(const std::string& key, std::size_t cluster) {
        ++version_;
        const auto found = by_key_.find(key);
        if (found != by_key_.end()) append_once(found->second, cluster);
        else by_key_.emplace(key, std::vector<std::size_t>{cluster});
    }
    void collect(const std::string& key, std::vector<std::size_t>& found) const {
        const auto it = by_key_.find(key);
        if (it != by_key_.end()) found.insert(found.end(), it->second.begin(), it->second.end());
    }

    /// What linking_rule compares: the key ('='), its transliteration
    /// skeleton ('~') and, for one-edit spellings, the key and every form
    /// with one letter deleted ('-'): two keys one edit apart share such a
    /// form or are one of the other's.
    template <typename Use>
    void each_link_form(char set, const std::string& key, Use use) {
        use(index_key(set, '=', key));
        use(index_key(set, '~', variant_skeleton(key)));
        // is_spelling_variant allows an edit only between keys of 6 letters; a surname beside the
        // very same given name, between keys of 4 ("John Thorp" for John Thorpe).
        if (key.size() >= 4) {
            use(index_key(set, '-', key));
            // Each form with one letter (byte) deleted, the k-th made from the one before by
            // one byte: deleting byte k rather than k - 1 puts byte k - 1 back in its place.
            use(index_key(set, '-', std::string_view(key).substr(1)));
            for (std::size_t k = 1; k < key.size(); ++k) {
                buffer_[2 + k - 1] = key[k - 1];
                use(buffer_);
            }
        }
    }
    void add_linkable(char set, const std::string& key, std::size_t cluster) {
        each_link_form(set, key, [&](const std::string& form) { add(form, cluster); });
    }
    void linkable(char set, const std::string& key, std::vector<std::size_t>& found) {
        each_link_form(set, key, [&](const std::string& form) { collect(form, found); });
    }

    /// A given name and the full forms it is a nickname of (data/nicknames.tsv):
    /// two names are one given name exactly when these overlap.
    template <typename Use>
    void each_given_name_form(char set, const std::string& key, Use use) {
        use(index_key(set, '@', key));
        const auto full = rules_.nicknames.find(key);
        if (full == rules_.nicknames.end()) return;
        for (const std::string& form : full->second) use(index_key(set, '@', form));
    }
    void add_given_name(char set, const std::string& key, std::size_t cluster) {
        each_given_name_form(set, key, [&](const std::string& form) { add(form, cluster); });
    }
    void given_name(char set, const std::string& key, std::vector<std::size_t>& found) {
        each_given_name_form(set, key, [&](const std::string& form) { collect(form, found); });
    }

    void add_prefixable(const std::string& key, std::size_t cluster) { append_once(prefixes_[key], cluster); }

    static std::vector<std::size_t> sorted(std::vector<std::size_t> clusters) {
        std::sort(clusters.begin(), clusters.end());
        clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
        return clusters;
    }

    const RuleData& rules_;
    WordMap<std::vector<std::size_t>> by_key_;
    /// A story says its names again and again, mostly with nothing added to
    /// the index in between: the answer given then is still the answer.
    struct Answer {
        std::size_t version = 0;  // of the index it was worked out from
        std::vector<std::size_t> clusters;
    };
    std::size_t version_ = 1;  // counts additions; an answer of version 0 was never worked out
    WordMap<Answer> full_name_answers_, single_name_answers_;
    std::map<std::string, std::vector<std::size_t>> prefixes_;
    std::string buffer_;  // the index key being looked up or added
};

}  // namespace

void Reconciler::run(Story& story) const {
    reconcile_characters(story);
    merge_rank_appositions(story);
    reconcile_places_and_organizations(story);
}

void Reconciler::merge_rank_appositions(Story& story) const {
    const auto is_character_name = [&](std::size_t m) {
        const Mention& mention = story.mentions[m];
        return mention.form == MentionForm::name && mention.kind == EntityKind::character && mention.entity &&
               !mention.possessive;
    };
    for (std::size_t m = 0; m + 1 < story.mentions.size(); ++m) {
        const Mention& name = story.mentions[m];
        const Mention& titled = story.mentions[m + 1];
        if (!is_character_name(m) || !is_character_name(m + 1) || name.doc != titled.doc ||
            *name.entity == *titled.entity || titled.first_token <= name.last_token + 1)
            continue;
        const auto& tokens = story.documents[name.doc].tokens;
        // "Siward, the Earl of Northumberland", "Prince Albert, Duke of York": a peer's title of a
        // place renames whoever it follows, with "the" before it or an honorific on the name.
        const bool peer = titled.last_token >= titled.first_token + 2 &&
                          rules_.peer_titles.count(tokens[titled.first_token].key) &&
                          tokens[titled.first_token + 1].key == "of"sv;
        const bool the_between = titled.first_token == name.last_token + 3 && tokens[name.last_token + 2].key == "the"sv;
        if (titled.first_token != name.last_token + 2 && !(peer && the_between)) continue;
        if (tokens[name.last_token + 1].key != ","sv || titled.last_token == titled.first_token ||
            !rules_.rank_titles.count(tokens[titled.first_token].key) ||
            (rules_.honorifics.count(tokens[name.first_token].key) && !peer))
            continue;
        // "Helen, Lady Mary and Tom": a given name after the title, or more names after it, make a list.
        if (rules_.first_names.count(tokens[titled.first_token + 1].key)) continue;
        const std::size_t after = titled.last_token + 1;
        const bool list_goes_on = after < tokens.size() && (tokens[after].key == "and"sv || tokens[after].key == ","sv) &&
                                  m + 2 < story.mentions.size() && story.mentions[m + 2].doc == name.doc &&
                                  story.mentions[m + 2].first_token <= after + 2;
        // A peer's title closed by a comma is an aside unless "and" goes on: "Kent, the Earl of Gloucester and Edmund".
        const bool and_after = after < tokens.size() && (tokens[after].key == "and"sv ||
                               (tokens[after].key == ","sv && after + 1 < tokens.size() && tokens[after + 1].key == "and"sv));
        if (peer ? and_after : list_goes_on) continue;
        const std::size_t keep = *name.entity, gone = *titled.entity;
        for (Mention& mention : story.mentions)
            if (mention.entity == gone) mention.entity = keep;
        Entity& kept = story.entities[keep];
        Entity& merged = story.entities[gone];
        if (kept.gender == Gender::unknown) kept.gender = merged.gender;
        kept.merges.insert(kept.merges.end(), merged.merges.begin(), merged.merges.end());
        merged.merges.clear();
        kept.merges.push_back({"rank-apposition", titled.text, name.text + ", " + titled.text});
    }
}

void Reconciler::reconcile_characters(Story& story) const {
    std::vector<std::size_t> full, single;
    std::vector<ParsedName> parsed(story.mentions.size());
    // Surnames with a particle inside a longer name ("ben canaan" of "Ari Ben Canaan"):
    // said alone, "Ben Canaan" is that surname, while "Ben Cappadora" is Ben.
    std::set<std::string> particle_surnames;
    WordMap<ParsedName> parsed_by_text;  // a story says its names again and again: each is parsed once
    for (std::size_t i = 0; i < story.mentions.size(); ++i) {
        const Mention& mention = story.mentions[i];
        if (mention.form != MentionForm::name || mention.kind != EntityKind::character) continue;
        const auto [known, added] = parsed_by_text.try_emplace(mention.text);
        if (added) known->second = parse_name(mention.text, rules_);
        parsed[i] = known->second;
        // No title or given name says it, the name's own noun may: "the White Witch".
        if (parsed[i].gender == Gender::unknown && parsed[i].parts.size() >= 2 &&
            rules_.role_nouns.count(parsed[i].parts.back()) && rules_.common_words.count(parsed[i].parts.front()))
            parsed[i].gender = mention.gender;
        for (std::size_t k = 1; k < parsed[i].parts.size(); ++k)
            if (parsed[i].parts[k].find(' ') != std::string::npos) particle_surnames.insert(parsed[i].parts[k]);
    }
    // "Big Dan Teague ... Big Dan": a nickname and the given name it goes before, said
    // without the surname, are that given name.
    std::set<std::pair<std::string, std::string>> nickname_before_given;
    for (const ParsedName& name : parsed)
        if (name.parts.size() >= 2)
            for (const std::string& nickname : name.nicknames) nickname_before_given.emplace(nickname, name.first());
    for (ParsedName& name : parsed)
        if (name.parts.size() == 2 && !name.has_title && nickname_before_given.count({name.parts[0], name.parts[1]})) {
            name.nicknames.push_back(name.parts[0]);
            name.parts.erase(name.parts.begin());
        }
    for (std::size_t i = 0; i < story.mentions.size(); ++i) {
        const Mention& mention = story.mentions[i];
        if (mention.form != MentionForm::name || mention.kind != EntityKind::character) continue;
        // Only a name that opens with a particle reads otherwise as a given name.
        const std::string& opening = parsed[i].parts.front();
        if (opening.find(' ') != std::string::npos && !particle_surnames.count(opening))
            parsed[i] = parse_name(mention.text, rules_, true);
        (parsed[i].parts.size() >= 2 ? full : single).push_back(i);
    }

    // How often the story writes each given name, as the first word of a name or alone.
    std::map<std::string, int> given_name_uses;
    for (std::size_t index : full) ++given_name_uses[parsed[index].first()];
    for (std::size_t index : single) ++given_name_uses[parsed[index].first()];
    // "Tonya" is not a slip for "Tanya": two given names the name list knows, each written
    // twice or more, are two people's.
    const auto two_given_names = [&](const std::string& a, const std::string& b) {
        const auto uses = [&](const std::string& key) {
            const auto found = given_name_uses.find(key);
            return found == given_name_uses.end() ? 0 : found->second;
        };
        return rules_.first_names.count(a) && rules_.first_names.count(b) && uses(a) >= 2 && uses(b) >= 2;
    };

    // "When Mr. Perry finds out, he orders Neil to quit the play": a titled name in the same
    // sentence as a bare given name is someone else than the one that given name calls.
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::string>> bare_names_by_sentence;
    for (std::size_t index : single)
        if (!parsed[index].has_title && parsed[index].parts.size() == 1)
            bare_names_by_sentence[{story.mentions[index].doc, story.mentions[index].sentence}].push_back(parsed[index].first());
    // Not a name given to the one called by the given name: "calling her Miss Doolittle",
    // "knights him as “Sir William.”"
    const auto given_there = [&](std::size_t index) {
        const Mention& mention = story.mentions[index];
        const std::vector<Token>& tokens = story.documents[mention.doc].tokens;
        for (std::size_t k = mention.first_token, looked = 0; k > 0 && looked < 3; ++looked) {
            const std::string& word = tokens[--k].key;
            if (word == "as"sv || rules_.naming_words.count(word) || rules_.is_naming_verb(word) ||
                word == "\""sv)
                return true;
        }
        return false;
    };
    const auto beside_given_name = [&](std::size_t index, const CharacterCluster& cluster) {
        if (given_there(index)) return false;
        const auto found = bare_names_by_sentence.find({story.mentions[index].doc, story.mentions[index].sentence});
        return found != bare_names_by_sentence.end() &&
               std::any_of(found->second.begin(), found->second.end(),
                           [&](const std::string& key) { return cluster.first_names.count(key) > 0; });
    };

    std::vector<CharacterCluster> clusters;
    ClusterIndex index_of(rules_);
    const auto new_cluster = [&]() -> CharacterCluster& {
        Entity entity;
        entity.kind = EntityKind::character;
        story.entities.push_back(entity);
        clusters.push_back(CharacterCluster{});
        clusters.back().entity = story.entities.size() - 1;
        return clusters.back();
    };
    const auto attach = [&](CharacterCluster& cluster, std::size_t mention_index, const std::string& rule,
                            const std::string& evidence) {
        Mention& mention = story.mentions[mention_index];
        mention.entity = cluster.entity;
        cluster.attached.insert(mention_index);
        const std::size_t number = static_cast<std::size_t>(&cluster - clusters.data());
        const ParsedName& name = parsed[mention_index];
        if (name.gender != Gender::unknown) ++cluster.genders[name.gender];
        if (name.has_title && cluster.titles.insert(name.title).second) index_of.add_title(name.title, number);
        if (!name.generation.empty()) cluster.generations.insert(name.generation);
        if (name.parts.size() >= 2) {
            if (cluster.first_names.insert(name.first()).second) index_of.add_first_name(name.first(), number);
            if (cluster.surnames.insert(name.last()).second) index_of.add_surname(name.last(), number);
            // "de la Cruz" is called "Cruz" too, "de Bois-Guilbert" "Bois-Guilbert": a surname after its particles.
            std::size_t bare_from = 0;
            for (std::size_t space = name.last().find(' '); space != std::string::npos; space = name.last().find(' ', bare_from)) {
                const std::string word = name.last().substr(bare_from, space - bare_from);
                if (!rules_.particles.count(word) && !rules_.surname_prefixes.count(word)) break;
                bare_from = space + 1;
            }
            if (bare_from > 0) {
                const std::string bare = name.last().substr(bare_from);
                if (cluster.surnames.insert(bare).second) index_of.add_surname(bare, number);
            }
            // And its last word ("Jones" of "Smith-Jones").
            if (const std::size_t space = name.last().rfind(' '); space != std::string::npos) {
                const std::string last_word = name.last().substr(space + 1);
                if (cluster.surnames.insert(last_word).second) index_of.add_surname(last_word, number);
            }
            if (name.parts.size() >= 3) cluster.given_names.insert(leading_parts(name.parts, name.parts.size() - 1));
            // "Jinji" alone is Raphael "Jinji" Moked, as a first name would be.
            for (const std::string& nickname : name.nicknames) {
                cluster.quoted_nicknames.insert(nickname);
                if (cluster.first_names.insert(nickname).second) index_of.add_first_name(nickname, number);
            }
        } else {
            if (cluster.single_names.insert(name.first()).second) index_of.add_single_name(name.first(), number);
        }
        if (!rule.empty()) record_merge(story.entities[cluster.entity], {rule, mention.text, evidence});
    };

    // Full names first: they define who there is; the longest first, so that "Mary Jane
    // Watson" is known when "Mary Jane" comes.
    std::stable_sort(full.begin(), full.end(),
                     [&](std::size_t a, std::size_t b) { return parsed[a].parts.size() > parsed[b].parts.size(); });
    for (std::size_t index : full) {
        const ParsedName& name = parsed[index];
        CharacterCluster* match = nullptr;
        std::string rule, evidence;
        // "Big Daddy" is Eli "Big Daddy" La Bouff: a nickname of several words quoted in a name.
        if (!name.has_title) {
            const std::string whole = leading_parts(name.parts, name.parts.size());
            for (CharacterCluster& cluster : clusters)
                if (cluster.quoted_nicknames.count(whole) && !cluster.surnames.empty()) {
                    match = &cluster;
                    rule = "quoted-nickname";
                    evidence = whole + " is quoted as a nickname of " + *cluster.surnames.begin();
                    break;
                }
        }
        for (std::size_t candidate : index_of.for_full_name(name.last())) {
            if (match) break;
            CharacterCluster& cluster = clusters[candidate];
            if (cluster.surnames.empty() || !compatible(cluster.gender(), name.gender)) continue;
            // "Stanley Yelnats I" is not Stanley Yelnats IV, his great-grandson.
            if (!name.generation.empty() && !cluster.generations.empty() && !cluster.generations.count(name.generation))
                continue;
            // "Jimmy Rabbitte ... his father, Jimmy Rabbitte Sr.": "Sr." is said to tell the father from the
            // son the story calls plainly (while "Jr." is often dropped for the same man).
            if (name.generation == "sr"sv && cluster.generations.empty()) continue;
            std::string first_match, last_match;
            std::string first_rule = linking_rule(name.first(), cluster.first_names, first_match);
            if (first_rule.empty()) {
                first_match = nickname_match(name.first(), cluster.first_names, rules_);
                if (!first_match.empty()) first_rule = "nickname";
            }
            std::string last_rule = linking_rule(name.last(), cluster.surnames, last_match);
            // "John Thorp" for John Thorpe: with the very same given name, one slip in the surname.
            if (last_rule.empty() && first_rule == "same-name"sv && name.last().size() >= 4)
                for (const std::string& surname : cluster.surnames)
                    if (surname.size() >= 4 && surname.front() == name.last().front() &&
                        edit_distance(surname, name.last(), 1) <= 1) {
                        last_match = surname;
                        last_rule = "spelling-variant";
                        break;
                    }
            if (first_rule.empty() || last_rule.empty()) continue;
            match = &cluster;
            rule = first_rule != "same-name"sv ? first_rule : last_rule;
            if (rule == "same-name"sv) rule = "full-name";
            evidence = name.first() + " " + name.last() + " ~ " + first_match + " " + last_match;
            break;
        }
        // "Mary Jane" for Mary Jane Watson: the given names of one longer name.
        if (!match && !name.has_title) {
            const std::string given = leading_parts(name.parts, name.parts.size());
            CharacterCluster* only = nullptr;
            std::size_t holders = 0;
            for (CharacterCluster& cluster : clusters)
                if (cluster.given_names.count(given) && compatible(cluster.gender(), name.gender)) {
                    only = &cluster;
                    ++holders;
                }
            if (holders == 1) {
                match = only;
                rule = "first-names";
                evidence = given + " are the given names of " + *only->surnames.begin();
            }
        }
        if (!match) {
            match = &new_cluster();
            rule.clear();
        }
        attach(*match, index, rule, evidence);
    }

    // Then single names, in text order, each to the one full name it can
    // belong to, or to the nearest such in its document when several can.
    std::map<std::string, std::size_t> families;  // "the Ambersons": a group, never one of its members
    // "Miss Jemima", used more than once: the story's habit for one of several sisters.
    std::set<std::string> misses_by_first_name;
    // A given name the story uses alone, with no title, at least twice ("Meg"): the summary calls
    // that one by her given name, and a "Mrs." of her surname is someone else (her mother).
    std::set<std::string> called_by_given_name;
    {
        std::map<std::string, int> uses, untitled_uses;
        for (std::size_t index : single) {
            const ParsedName& name = parsed[index];
            if (name.has_title && name.title == "miss"sv && !name.family && ++uses[name.first()] == 2)
                misses_by_first_name.insert(name.first());
            if (!name.has_title && !name.family && ++untitled_uses[name.first()] == 2) called_by_given_name.insert(name.first());
        }
    }
    const auto called_by_a_given_name = [&](const CharacterCluster& cluster) {
        return std::any_of(cluster.first_names.begin(), cluster.first_names.end(),
                           [&](const std::string& given) { return called_by_given_name.count(given) > 0; });
    };
    // Name mentions said to have children: "the sons of the Reverend Maclean", "Mr. Maclean's son".
    std::set<std::size_t> parents_said;
    for (const Mention& description : story.mentions) {
        if (description.form != MentionForm::description || !description.owner_mention) continue;
        const auto inverse = rules_.kin_inverses.find(description.subtype);
        if (inverse != rules_.kin_inverses.end() && inverse->second.first == "father"sv)
            parents_said.insert(*description.owner_mention);
    }
    // Surnames a man bears in the story ("Alex Murry", "Mr. Hilbery"): a family of that name.
    std::set<std::string> men_surnames;
    for (const ParsedName& name : parsed)
        if (!name.parts.empty() && !name.family && name.gender == Gender::male &&
            (name.parts.size() >= 2 || name.has_title))
            men_surnames.insert(name.last());
    // Where a mother is spoken of: the sentences of "her mother", and the names owning one ("Diana's mother").
    std::set<std::pair<std::size_t, std::size_t>> mother_sentences;
    std::set<std::string> mothers_of;
    for (const Mention& description : story.mentions) {
        if (description.form != MentionForm::description || description.subtype != "mother"sv || !description.owner_mention)
            continue;
        mother_sentences.insert({description.doc, description.sentence});
        if (!parsed[*description.owner_mention].parts.empty()) mothers_of.insert(parsed[*description.owner_mention].first());
    }
    // A girl the story speaks of with her mother ("Meg Murry ... lives with her mother").
    const auto has_mother_said = [&](const CharacterCluster& cluster) {
        return std::any_of(cluster.first_names.begin(), cluster.first_names.end(),
                           [&](const std::string& given) { return mothers_of.count(given) > 0; }) ||
               std::any_of(cluster.attached.begin(), cluster.attached.end(), [&](std::size_t m) {
                   return mother_sentences.count({story.mentions[m].doc, story.mentions[m].sentence}) > 0;
               });
    };
    // "Klara's grandmother, Frau Sesemann": a name said to be someone's kin or role is
    // not that someone, however its surname fits. Name mention -> the owners' words.
    std::map<std::size_t, std::vector<std::string>> owners_of, kin_owners_of;
    std::set<std::size_t> described_names;  // name mentions with a description in apposition
    std::set<std::size_t> kin_described;    // ... whose description is a kin noun: "his father, William Stevens"
    // The gender such a description says: "Henry's father, General Tilney" is a man.
    std::map<std::size_t, Gender> described_gender;
    for (const Mention& description : story.mentions) {
        if (description.form != MentionForm::description || !description.appositive_to) continue;
        described_names.insert(*description.appositive_to);
        if (const auto noun = rules_.role_nouns.find(description.subtype); noun != rules_.role_nouns.end()) {
            if (noun->second.gender != Gender::unknown) described_gender[*description.appositive_to] = noun->second.gender;
            if (noun->second.category == "kin"sv && description.owner_mention) kin_described.insert(*description.appositive_to);
        }
        if (!description.owner_mention) continue;
        const Mention& owner = story.mentions[*description.owner_mention];
        if (owner.form == MentionForm::name && !parsed[*description.owner_mention].parts.empty()) {
            owners_of[*description.appositive_to].push_back(parsed[*description.owner_mention].first());
            const auto noun = rules_.role_nouns.find(description.subtype);
            if (noun != rules_.role_nouns.end() && noun->second.category == "kin"sv)
                kin_owners_of[*description.appositive_to].push_back(parsed[*description.owner_mention].first());
        }
    }
    // "Their father, the physicist Alex Murry": a full name whose given name says no gender takes
    // the one its apposition says, so that "Mr. Murry" may join it.
    for (CharacterCluster& cluster : clusters) {
        if (cluster.gender() != Gender::unknown) continue;
        for (std::size_t m : cluster.attached)
            if (const auto said = described_gender.find(m); said != described_gender.end()) ++cluster.genders[said->second];
    }
    // "Sir Thomas's children Tom, Maria and Julia": the names listed right after an owned group
    // of kin are the owner's kin too, though no apposition joins a group to its members.
    for (std::size_t d = 0; d < story.mentions.size(); ++d) {
        const Mention& group = story.mentions[d];
        if (group.form != MentionForm::description || !group.plural || !group.owner_mention) continue;
        const auto noun = rules_.role_nouns.find(group.subtype);
        if (noun == rules_.role_nouns.end() || noun->second.category != "kin"sv) continue;
        const Mention& owner = story.mentions[*group.owner_mention];
        if (owner.form != MentionForm::name || parsed[*group.owner_mention].parts.empty()) continue;
        const auto& tokens = story.documents[group.doc].tokens;
        std::size_t expect = group.last_token + 1;
        for (std::size_t m = d + 1; m < story.mentions.size(); ++m) {
            const Mention& member = story.mentions[m];
            if (member.doc != group.doc || member.sentence != group.sentence) break;
            if (member.first_token < expect) continue;
            bool marks_only = true;
            for (std::size_t t = expect; t < member.first_token && marks_only; ++t)
                marks_only = tokens[t].key == ","sv || tokens[t].key == "and"sv;
            if (!marks_only || member.form != MentionForm::name) break;
            owners_of[m].push_back(parsed[*group.owner_mention].first());
            kin_owners_of[m].push_back(parsed[*group.owner_mention].first());
            expect = member.last_token + 1;
        }
    }
    // "Chris and Christopher are evicted": names joined by "and" are two people,
    // however one looks like the other's familiar form. Pairs of name words.
    std::set<std::pair<std::string, std::string>> said_together;
    // So are names in one list: "his Aunt Polly, his half-brother Sid and his cousin Mary".
    constexpr std::size_t list_span = 12;  // tokens from one name to a later one in its list
    std::set<std::size_t> listed_names;     // name mentions in such a list
    for (std::size_t m = 0; m + 1 < story.mentions.size(); ++m) {
        const Mention& left = story.mentions[m];
        if (left.form != MentionForm::name || left.kind != EntityKind::character) continue;
        const auto& tokens = story.documents[left.doc].tokens;
        for (std::size_t later = m + 1; later < story.mentions.size(); ++later) {
            const Mention& right = story.mentions[later];
            if (right.doc != left.doc || right.sentence != left.sentence || right.first_token > left.last_token + list_span) break;
            if (right.form != MentionForm::name || right.kind != EntityKind::character || right.first_token <= left.last_token)
                continue;
            bool joined = false;
            for (std::size_t t = left.last_token + 1; t < right.first_token && !joined; ++t) joined = tokens[t].key == "and"sv;
            if (!joined) continue;
            listed_names.insert(m);
            listed_names.insert(later);
            for (const std::string& a : parsed[m].parts)
                for (const std::string& b : parsed[later].parts) {
                    said_together.insert({a, b});
                    said_together.insert({b, a});
                }
        }
    }
    const auto owned_by = [&](std::size_t index, const CharacterCluster& cluster) {
        const auto owners = owners_of.find(index);
        return owners != owners_of.end() &&
               std::any_of(owners->second.begin(), owners->second.end(), [&](const std::string& owner) {
                   return cluster.first_names.count(owner) || cluster.single_names.count(owner) || cluster.surnames.count(owner);
               });
    };
    // "Becky Thatcher, the daughter of Judge Thatcher": the owner of a cluster's kin is someone else.
    const auto owns_kin_of = [&](const std::string& key, const CharacterCluster& cluster) {
        return std::any_of(cluster.attached.begin(), cluster.attached.end(), [&](std::size_t m) {
            const auto owners = kin_owners_of.find(m);
            return owners != kin_owners_of.end() && std::find(owners->second.begin(), owners->second.end(), key) != owners->second.end();
        });
    };
    for (std::size_t index : single) {
        const Mention& mention = story.mentions[index];
        // Only for a title with a surname, which may be any of that family.
        if (const auto said = described_gender.find(index); said != described_gender.end() &&
                                                            parsed[index].gender == Gender::unknown &&
                                                            parsed[index].has_title && !parsed[index].family)
            parsed[index].gender = said->second;
        const ParsedName& name = parsed[index];
        const std::string key = name.first();
        if (name.family) {
            const auto known = families.find(key);
            if (known != families.end()) {
                attach(clusters[known->second], index, "", "");
            } else {
                attach(new_cluster(), index, "", "");
                families[key] = clusters.size() - 1;
            }
            continue;
        }
        struct Option {
            CharacterCluster* cluster;
            std::string rule, evidence;
        };
        std::vector<Option> options, surname_only;
        const bool surname_title = name.has_title && rules_.surname_titles.count(name.title);
        for (std::size_t candidate : index_of.for_single_name(key)) {
            CharacterCluster& cluster = clusters[candidate];
            if (owned_by(index, cluster) || owns_kin_of(key, cluster)) continue;
            // "Shelby marries Jackson Latcherie ... a son, Jackson Jr.": a given name with a generation
            // is not one named before without it.
            if (!name.generation.empty() && !cluster.generations.count(name.generation)) continue;
            // "Stevens, the ageing butler ... his own elderly father, William Stevens": a surname said
            // before a full name brought in as someone's kin is that someone, not the kin.
            if (!name.has_title && cluster.surnames.count(key) && !cluster.first_names.count(key) &&
                !cluster.attached.empty() && *cluster.attached.begin() > index &&
                kin_described.count(*cluster.attached.begin()))
                continue;
            // Theodore "Laurie" Laurence is Laurie, whatever gender the given-name list gives Laurie.
            if (!name.has_title && cluster.quoted_nicknames.count(key)) {
                options.push_back({&cluster, "quoted-nickname", key + " is quoted as the nickname of " + *cluster.surnames.begin()});
                continue;
            }
            if (!compatible(cluster.gender(), name.gender)) {
                // "Hadley" alone is Byron Hadley's surname, though also a woman's given name:
                // the gender a first-name list gives says nothing of a surname.
                // Only when nothing else fits: a woman of that given name may be meant.
                if (!name.has_title && cluster.surnames.count(key) && !cluster.first_names.count(key))
                    surname_only.push_back({&cluster, "surname-not-given-name", key + " ~ surname " + key});
                // Nor against a title's: "Sir Kay" is a man, and "Kay" alone is he.
                else if (!name.has_title && cluster.single_names.count(key) && !cluster.titles.empty())
                    surname_only.push_back({&cluster, "same-name", key + " ~ titled " + key});
                continue;
            }
            // "Mrs. Archer" is Newland Archer's mother, not him: a title joins a
            // name already called so, or one whose gender is known to agree.
            if (name.has_title && !cluster.titles.count(name.title) && !title_may_join(name, cluster, rules_)) continue;
            // "secures William's promotion through his uncle, Admiral Crawford": a title and a surname
            // set off as someone's kin are that kin, not the one of that surname called by a given
            // name and never by the title (Henry Crawford).
            // ("Wilbur's sister, Aunt Fanny" is Fanny Minafer: a given name, not a surname.)
            if (name.has_title && name.parts.size() == 1 && kin_described.count(index) &&
                !cluster.titles.count(name.title) && !cluster.first_names.empty() && !cluster.first_names.count(key))
                continue;
            if (name.has_title && !cluster.titles.count(name.title) && beside_given_name(index, cluster)) continue;
            // "Meg Murry" is "Meg" all through the story; "Mrs. Murry" is her mother, the wife of
            // Alex Murry. (With no man of that name nor her mother said, "Mrs. Vaughan" is still Dorothy Vaughan.)
            if (name.has_title && rules_.married_titles.count(name.title) && cluster.titles.empty() &&
                (men_surnames.count(key) || has_mother_said(cluster)) && called_by_a_given_name(cluster))
                continue;
            // "the sons of the Reverend Maclean": a titled name said to have children is not the
            // son the story calls by his given name (Norman Maclean ... Norman), but his parent.
            if (name.has_title && parents_said.count(index) && !cluster.titles.count(name.title) &&
                called_by_a_given_name(cluster))
                continue;
            std::string matched;
            if (cluster.single_names.count(key)) {
                options.push_back({&cluster, "same-name", key});
                continue;
            }
            // "Doc Hudson" ... "Doc challenges him": a title used alone as a name is the one so titled.
            if (!name.has_title && cluster.titles.count(key) && rules_.honorifics.count(key)) {
                options.push_back({&cluster, "title-as-name", key + " is the title of " + story.entities[cluster.entity].name});
                continue;
            }
            // A bare word, or a title with one word ("Sir Walter", "Mr. Smith"), may be either part,
            // but "Colonel Fitzwilliam" is a surname: not Fitzwilliam Darcy. Unless the same title
            // came with the full name: "Lieutenant Dan" is Lieutenant Dan Taylor.
            const bool same_titled_given = surname_title && cluster.titles.count(name.title) &&
                                           rules_.first_names.count(key) && !cluster.surnames.count(key);
            if (cluster.first_names.count(key) && (!surname_title || same_titled_given)) {
                options.push_back({&cluster, "first-name", key + " is the first name of " + *cluster.surnames.begin()});
                continue;
            }
            if (!name.has_title) {
                std::string given = nickname_match(key, cluster.first_names, rules_);
                if (given.empty()) given = nickname_match(key, cluster.single_names, rules_);
                // A familiar form introduced with a description of its own, or in a list, before any
                // full name it could shorten is someone else: "her twin brothers Sandy and Dennys. Their father,
                // the physicist Alex Murry". ("Tommy" long before "Thomas Beresford" is the same man.) So is one
                // given a description of its own after the full name: "Henry F. Potter ... his younger brother Harry".
                const bool said_first = !cluster.attached.empty() &&
                                        (described_names.count(index) ||
                                         (*cluster.attached.begin() > index && listed_names.count(index)));
                if (!given.empty() && !said_together.count({key, given}) && !said_first) {
                    options.push_back({&cluster, "nickname", key + " is a familiar form of " + given});
                    continue;
                }
                // "Jaffar" for Jafar, "Comodus" for Commodus: a single name spelt another way.
                if (const std::string rule = linking_rule(key, cluster.single_names, matched);
                    !rule.empty() && rule != "same-name"sv && !two_given_names(key, matched)) {
                    options.push_back({&cluster, rule, key + " ~ " + matched});
                    continue;
                }
            }
            // "Mrs. Robinsen" for Mrs. Robinson: with the same title, a name spelt another way.
            if (name.has_title && cluster.titles.count(name.title)) {
                if (const std::string rule = linking_rule(key, cluster.single_names, matched);
                    !rule.empty() && rule != "same-name"sv) {
                    options.push_back({&cluster, rule, name.title + " " + key + " ~ " + name.title + " " + matched});
                    continue;
                }
            }
            // "Miss Pinkerton" is the elder sister of "Miss Jemima": where the
            // story habitually calls a Miss by her first name, it tells her apart.
            const bool sister = name.has_title && name.title == "miss"sv &&
                                std::any_of(cluster.first_names.begin(), cluster.first_names.end(),
                                            [&](const std::string& first) { return misses_by_first_name.count(first); });
            if (sister) continue;
            if (const std::string rule = linking_rule(key, cluster.surnames, matched); !rule.empty()) {
                options.push_back({&cluster, rule == "same-name"sv ? "surname" : rule,
                                   key + " ~ surname " + matched});
            } else if (!rules_.first_names.count(key)) {
                // "He calls Beger ... and Berger meets him": a surname of six letters or more
                // with one letter inside it dropped (not a given name: Maria is not Marina).
                for (const std::string& surname : cluster.surnames)
                    if (surname.size() == key.size() + 1 && key.size() >= 5 && surname.front() == key.front() &&
                        surname.back() == key.back() && edit_distance(surname, key, 1) <= 1) {
                        options.push_back({&cluster, "spelling-variant", key + " ~ surname " + surname});
                        break;
                    }
            }
        }
        if (options.empty() && surname_only.size() == 1) options = surname_only;
        // "Sam" for Samwise: a three-letter given name shortens only a given name.
        const bool short_given = key.size() == 3 && !name.has_title && rules_.first_names.count(key);
        if (options.empty() && (key.size() >= 4 || short_given)) {
            // "Ivan" for Ivanov: a truncation, when exactly one name starts so. "Indy" for
            // Indiana: a familiar form, the start of a name with -y or -ie added.
            std::string stem = key;
            std::string rule = "truncation";
            if (const std::size_t cut = key.ends_with("ie") ? 2 : key.ends_with('y') ? 1 : 0;
                cut > 0 && index_of.by_prefix(key).empty() && key.size() - cut >= 3 && !rules_.first_names.count(key)) {
                stem.resize(key.size() - cut);
                rule = "diminutive";
            }
            for (std::size_t candidate : index_of.by_prefix(stem)) {
                CharacterCluster& cluster = clusters[candidate];
                // "His parents, Marie and Antonio, ... their second son, Anton": a shorter name given a
                // description of its own, or listed, is someone else, as with familiar forms above.
                if (!cluster.attached.empty() &&
                    (described_names.count(index) || (*cluster.attached.begin() > index && listed_names.count(index))))
                    continue;
                for (const auto* keys : {&cluster.surnames, &cluster.first_names, &cluster.single_names}) {
                    if (short_given && keys == &cluster.surnames) continue;
                    // A familiar form in -y shortens a given name, never a lone name ("Sally", Sallah).
                    if (rule == "diminutive"sv && keys == &cluster.single_names) continue;
                    for (const std::string& other : *keys) {
                        const bool listed = !options.empty() && options.back().cluster == &cluster;
                        // "Thénardier" is one of "the Thénardiers", not a shortening of it.
                        const bool family_plural = keys == &cluster.single_names && (other == key + "s" || other == key + "es");
                        if (!listed && !family_plural && other.size() > stem.size() + (stem.size() < key.size() ? 1 : 0) &&
                            other.compare(0, stem.size(), stem) == 0 && compatible(cluster.gender(), name.gender)) {
                            options.push_back({&cluster, rule,
                                               key + (rule == "truncation"sv ? " is the start of " : " is a familiar form of ") + other});
                        }
                    }
                }
            }
            if (options.size() > 1) options.clear();
        }
        // "Ulysses Everett McGill ... Everett, the talkative leader": a given name no one
        // else has may be the middle one of one full name.
        if (options.empty() && !name.has_title && rules_.first_names.count(key)) {
            for (CharacterCluster& cluster : clusters) {
                const bool middle = std::any_of(cluster.given_names.begin(), cluster.given_names.end(),
                                                [&](const std::string& given) {
                                                    const std::vector<std::string_view> words = split(given, ' ');
                                                    return std::find(words.begin() + 1, words.end(), key) != words.end();
                                                });
                if (middle && compatible(cluster.gender(), name.gender))
                    options.push_back({&cluster, "middle-name", key + " is the middle name of " + *cluster.surnames.begin()});
            }
            if (options.size() > 1) options.clear();
        }
        // "Captain Crewe" between Captain Ralph Crewe and his daughter Sara Crewe:
        // the one Smith already called by that title is meant.
        if (name.has_title && options.size() > 1) {
            const auto same_title = [&](const Option& o) { return o.cluster->titles.count(name.title) > 0; };
            if (std::count_if(options.begin(), options.end(), same_title) == 1)
                options.erase(std::remove_if(options.begin(), options.end(), [&](const Option& o) { return !same_title(o); }),
                              options.end());
        }
        // "Mrs. Smith" among several Smiths is most often yet another one
        // (the mother, the wife): a title with a surname guesses no one.
        const bool titled_surname = name.has_title && options.size() > 1 &&
                                    std::none_of(options.begin(), options.end(), [](const Option& o) {
                                        return o.rule == "same-name"sv || o.rule == "first-name"sv;
                                    });
        if (titled_surname) options.clear();
        // "Johnny" is Johnny Lawrence, not John Kreese: a name said exactly outranks a familiar form.
        const auto exact = [](const Option& o) {
            return o.rule == "same-name" || o.rule == "first-name" || o.rule == "surname" || o.rule == "quoted-nickname";
        };
        if (std::any_of(options.begin(), options.end(), exact))
            options.erase(std::remove_if(options.begin(), options.end(), [](const Option& o) { return o.rule == "nickname"; }),
                          options.end());
        // "Phil" between Phil Connors and the groundhog Punxsutawney Phil: a word the
        // given-name list knows, said bare, is the given name rather than a surname.
        if (!name.has_title && rules_.first_names.count(key) &&
            std::any_of(options.begin(), options.end(), [](const Option& o) { return o.rule == "first-name"sv; }))
            options.erase(std::remove_if(options.begin(), options.end(), [](const Option& o) { return o.rule == "surname"sv; }),
                          options.end());
        // A bare surname among Mr. and Mrs. St. Aubert names the man, by the
        // old convention that the wife is named by her title.
        if (!name.has_title && name.gender == Gender::unknown && options.size() > 1) {
            const auto by_surname_of = [&](Gender gender) {
                return [gender](const Option& o) {
                    return (o.rule == "surname"sv || o.rule == "same-name"sv) && o.cluster->gender() == gender;
                };
            };
            if (std::all_of(options.begin(), options.end(), [&](const Option& o) {
                    return by_surname_of(Gender::male)(o) || by_surname_of(Gender::female)(o);
                }) &&
                std::count_if(options.begin(), options.end(), by_surname_of(Gender::male)) == 1)
                options.erase(std::remove_if(options.begin(), options.end(), by_surname_of(Gender::female)),
                              options.end());
        }
        Option* chosen = nullptr;
        if (options.size() == 1) {
            chosen = &options.front();
        } else if (options.size() > 1) {
            // Several people could be meant. The one already called so alone: "Marcus Brutus ...
            // Brutus joins the plot ... Decius Brutus ... Brutus speaks" is Marcus throughout.
            const auto called_so = [&](const Option& option) {
                return std::any_of(option.cluster->attached.begin(), option.cluster->attached.lower_bound(index),
                                   [&](std::size_t m) { return story.mentions[m].text == mention.text; });
            };
            if (std::count_if(options.begin(), options.end(), called_so) == 1)
                chosen = &*std::find_if(options.begin(), options.end(), called_so);
            // Else the one last mentioned before, in this document.
            std::size_t best_position = 0;
            for (Option& option : options) {
                if (chosen && called_so(*chosen)) break;
                const auto after = option.cluster->attached.lower_bound(index);
                if (after == option.cluster->attached.begin()) continue;
                const std::size_t m = *std::prev(after);
                if (story.mentions[m].doc != mention.doc) continue;
                if (!chosen || m > best_position) { chosen = &option; best_position = m; }
            }
            if (!chosen) {
                chosen = &*std::max_element(options.begin(), options.end(), [](const Option& a, const Option& b) {
                    return a.cluster->attached.size() < b.cluster->attached.size();
                });
            }
            chosen->evidence += " (of several, the nearest)";
        }
        if (chosen) {
            if (chosen->rule == "surname-not-given-name"sv) {
                chosen->rule = "surname";
                parsed[index].gender = Gender::unknown;  // not the given name's gender
            }
            attach(*chosen->cluster, index, chosen->rule == "same-name"sv ? "" : chosen->rule, chosen->evidence);
        } else {
            attach(new_cluster(), index, "", "");
        }
    }
    for (const CharacterCluster& cluster : clusters) story.entities[cluster.entity].gender = cluster.gender();
}

void Reconciler::reconcile_places_and_organizations(Story& story) const {
    std::map<std::pair<EntityKind, std::string>, std::size_t> by_key;
    const auto spelled_out = spelled_out_acronyms(story.documents, story.mentions);
    for (Mention& mention : story.mentions) {
        if (mention.form != MentionForm::name || mention.kind == EntityKind::character) continue;
        std::string folded = fold_case(mention.text);
        std::string rule;
        if (const auto acronym = spelled_out.find(folded); acronym != spelled_out.end()) {
            folded = acronym->second;
            rule = "acronym";
        }
        if (folded.rfind("the ", 0) == 0) folded.erase(0, 4);
        if (const auto alias = rules_.aliases.find(folded); alias != rules_.aliases.end()) {
            folded = alias->second;
            rule = "gazetteer-alias";
        }
        const std::string key = name_key(folded);
        auto [found, created] = by_key.try_emplace({mention.kind, key}, story.entities.size());
        if (created) {
            Entity entity;
            entity.kind = mention.kind;
            entity.subtype = mention.subtype;
            story.entities.push_back(entity);
        }
        mention.entity = found->second;
        Entity& entity = story.entities[found->second];
        if (!rule.empty()) record_merge(entity, {rule, mention.text, mention.text + " is another name of " + folded});
    }
}

}  // namespace plotgraph::detail
