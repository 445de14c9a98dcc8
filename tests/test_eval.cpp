// The evaluation tool's parsing and scoring (tools/eval), checked on tiny
// hand-made examples whose answers are worked out in the comments.
#include <eval/litbank.hpp>
#include <eval/scoring.hpp>
#include <eval/story_gold.hpp>

#include <plotgraph/error.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace plotgraph;
using namespace plotgraph::eval;

namespace {

// Line 1 starts at byte 18, after "Call me Ishmael .\n".
const std::string two_lines = "Call me Ishmael .\nSome years ago\n";

/// Adds a character of one mention, named as it is called, to `story`; returns its index.
std::size_t add_character(Story& story, const std::string& name, MentionForm form = MentionForm::name,
                          std::optional<std::size_t> owner = std::nullopt, std::vector<std::string> aliases = {}) {
    Mention mention;
    mention.text = name;
    mention.form = form;
    mention.entity = story.entities.size();
    Entity entity;
    entity.name = name;
    entity.aliases = std::move(aliases);
    entity.owner = owner;
    entity.mentions = {story.mentions.size()};
    story.mentions.push_back(mention);
    story.entities.push_back(entity);
    return story.entities.size() - 1;
}

GoldName gold_person(std::size_t begin, std::size_t end, std::string chain) {
    GoldName name;
    name.span = {begin, end};
    name.kind = EntityKind::character;
    name.type = "PER";
    name.chain = std::move(chain);
    return name;
}

}  // namespace

TEST_CASE("token positions become byte offsets into the text as given", "[eval]") {
    const TokenTable tokens(two_lines);
    REQUIRE(tokens.sentence_count() == 2);
    CHECK(tokens.token_count(0) == 4);
    CHECK(tokens.token_count(1) == 3);
    CHECK(tokens.span(0, 0, 0, 0) == Span{0, 4});
    CHECK(tokens.span(0, 2, 0, 2) == Span{8, 15});    // "Ishmael"
    CHECK(tokens.span(1, 0, 1, 0) == Span{18, 22});   // "Some", after the '\n'
    CHECK(tokens.span(1, 1, 1, 2) == Span{23, 32});   // "years ago", end inclusive
    CHECK(tokens.span(0, 3, 1, 0) == Span{16, 22});   // across the line break
}

TEST_CASE("token positions out of range or reversed are errors", "[eval]") {
    const TokenTable tokens(two_lines);
    CHECK_THROWS_AS(tokens.span(0, 4, 0, 4), Error);
    CHECK_THROWS_AS(tokens.span(2, 0, 2, 0), Error);
    CHECK_THROWS_AS(tokens.span(1, 2, 1, 1), Error);
}

TEST_CASE("MENTION and COREF lines are parsed; APPOS and COP are ignored", "[eval]") {
    const std::string ann =
        "COREF\tT1\tIshmael-0\n"  // may come before its MENTION
        "MENTION\tT1\t0\t2\t0\t2\tIshmael\tPER\tPROP\n"
        "MENTION\tT2\t0\t1\t0\t1\tme\tPER\tPRON\n"
        "COREF\tT2\tIshmael-0\n"
        "APPOS\tT1\tT2\n"
        "COP\tT2\tT1\n";
    const Annotation annotation = parse_annotation(ann, "moby.ann");
    REQUIRE(annotation.mentions.size() == 2);
    const auto& first = annotation.mentions[0];
    CHECK(first.id == "T1");
    CHECK(first.start_sentence == 0);
    CHECK(first.start_token == 2);
    CHECK(first.end_sentence == 0);
    CHECK(first.end_token == 2);
    CHECK(first.text == "Ishmael");
    CHECK(first.type == "PER");
    CHECK(first.category == "PROP");
    CHECK(first.line == 2);
    CHECK(annotation.chain_of.at("T1") == "Ishmael-0");
    CHECK(annotation.chain_of.at("T2") == "Ishmael-0");
}

TEST_CASE("a malformed annotation line is rejected with its file and line", "[eval]") {
    auto error_of = [](const std::string& ann) -> std::string {
        try {
            parse_annotation(ann, "bad.ann");
        } catch (const Error& e) {
            return e.what();
        }
        return "no error";
    };
    const std::string good = "MENTION\tT1\t0\t2\t0\t2\tIshmael\tPER\tPROP\n";
    CHECK_THAT(error_of(good + "MENTION\tT2\t0\tx\t0\t1\tme\tPER\tPRON\n"),
               Catch::Contains("bad.ann:2") && Catch::Contains("start token"));
    CHECK_THAT(error_of(good + "MENTION\tT2\t0\t1\t0\t1\tme\tPER\n"),
               Catch::Contains("bad.ann:2") && Catch::Contains("fields"));
    CHECK_THAT(error_of(good + "MENTION\tT2\t0\t1\t0\t1\tme\tANIMAL\tPRON\n"),
               Catch::Contains("bad.ann:2") && Catch::Contains("ANIMAL"));
    CHECK_THAT(error_of(good + "MENTION\tT1\t0\t1\t0\t1\tme\tPER\tPRON\n"),
               Catch::Contains("bad.ann:2") && Catch::Contains("duplicate"));
    CHECK_THAT(error_of("COREF\tT9\tnobody-1\n" + good),
               Catch::Contains("bad.ann:1") && Catch::Contains("T9"));
    CHECK_THAT(error_of(good + "ENTITY\tT2\n"), Catch::Contains("bad.ann:2"));
}

TEST_CASE("gold names keep PROP mentions of scored types, nested ones included", "[eval]") {
    const std::string text = "Lincoln 's Inn Hall and the ship Pequod .\n";
    const std::string ann =
        "MENTION\tT1\t0\t0\t0\t3\tLincoln 's Inn Hall\tFAC\tPROP\n"
        "MENTION\tT2\t0\t0\t0\t0\tLincoln\tPER\tPROP\n"
        "MENTION\tT3\t0\t5\t0\t6\tthe ship\tVEH\tNOM\n"
        "MENTION\tT4\t0\t7\t0\t7\tPequod\tVEH\tPROP\n"
        "COREF\tT2\tLincoln-3\n";
    const GoldDocument gold = gold_names("doc.txt", text, parse_annotation(ann, "doc.ann"), "doc.ann");
    REQUIRE(gold.names.size() == 2);
    CHECK(gold.names[0].span == Span{0, 19});
    CHECK(gold.names[0].kind == EntityKind::place);
    CHECK(gold.names[0].chain.empty());
    CHECK(gold.names[1].span == Span{0, 7});
    CHECK(gold.names[1].kind == EntityKind::character);
    CHECK(gold.names[1].chain == "Lincoln-3");
}

TEST_CASE("an annotation whose text disagrees with the .txt is an error naming the line", "[eval]") {
    const std::string ann = "MENTION\tT1\t0\t0\t0\t0\tAhab\tPER\tPROP\n";
    CHECK_THROWS_WITH(gold_names("doc.txt", two_lines, parse_annotation(ann, "doc.ann"), "doc.ann"),
                      Catch::Contains("doc.ann:1"));
}

TEST_CASE("LitBank types map to plotgraph kinds; VEH is not scored", "[eval]") {
    CHECK(kind_of_litbank_type("PER") == EntityKind::character);
    CHECK(kind_of_litbank_type("GPE") == EntityKind::place);
    CHECK(kind_of_litbank_type("LOC") == EntityKind::place);
    CHECK(kind_of_litbank_type("FAC") == EntityKind::place);
    CHECK(kind_of_litbank_type("ORG") == EntityKind::organization);
    CHECK_FALSE(kind_of_litbank_type("VEH").has_value());
}

TEST_CASE("detection needs the same span and kind, and matches one to one", "[eval]") {
    const std::vector<LabeledSpan> gold = {
        {{0, 5}, EntityKind::character},      // found
        {{10, 15}, EntityKind::place},        // predicted with the wrong kind: fn
        {{20, 25}, EntityKind::organization}, // missed: fn
        {{30, 35}, EntityKind::character},    // found
    };
    const std::vector<LabeledSpan> predicted = {
        {{0, 5}, EntityKind::character},      // tp
        {{10, 15}, EntityKind::character},    // fp
        {{40, 45}, EntityKind::place},        // fp
        {{30, 35}, EntityKind::character},    // tp
        {{30, 35}, EntityKind::character},    // duplicate: fp
    };
    const DetectionResult result = match_mentions(gold, predicted);
    CHECK(result.overall.tp == 2);
    CHECK(result.overall.fp == 3);
    CHECK(result.overall.fn == 2);
    CHECK(result.overall.precision() == Approx(2.0 / 5));
    CHECK(result.overall.recall() == Approx(2.0 / 4));
    CHECK(result.overall.f1() == Approx(2 * 0.4 * 0.5 / 0.9));

    const auto& character = result.by_kind[index_of(EntityKind::character)];
    CHECK(character.tp == 2);
    CHECK(character.fp == 2);
    CHECK(character.fn == 0);
    const auto& place = result.by_kind[index_of(EntityKind::place)];
    CHECK(place.tp == 0);
    CHECK(place.fp == 1);
    CHECK(place.fn == 1);
    CHECK(place.precision() == 0.0);
    const auto& organization = result.by_kind[index_of(EntityKind::organization)];
    CHECK(organization.fn == 1);
    CHECK(organization.precision() == 0.0);  // nothing predicted: 0, not NaN

    CHECK(result.false_positives == std::vector<std::size_t>{1, 2, 4});
    CHECK(result.false_negatives == std::vector<std::size_t>{1, 2});
    CHECK(result.gold_match[0] == std::optional<std::size_t>{0});
    CHECK(result.gold_match[3] == std::optional<std::size_t>{3});
}

TEST_CASE("B-cubed of a known example", "[eval]") {
    // Gold {a,b,c},{d}; predicted {a,b},{c,d}.
    // Precision: a 2/2, b 2/2, c 1/2, d 1/2 -> 3/4.
    // Recall:    a 2/3, b 2/3, c 1/3, d 1/1 -> 2/3.
    const Bcubed score = bcubed({0, 0, 0, 1}, {7, 7, 9, 9});
    CHECK(score.mentions == 4);
    CHECK(score.precision() == Approx(0.75));
    CHECK(score.recall() == Approx(2.0 / 3));
    CHECK(score.f1() == Approx(12.0 / 17));
}

TEST_CASE("B-cubed is 1 for identical clusterings, whatever the labels", "[eval]") {
    const Bcubed score = bcubed({0, 0, 1, 2, 2, 2}, {5, 5, 3, 8, 8, 8});
    CHECK(score.precision() == Approx(1.0));
    CHECK(score.recall() == Approx(1.0));
    CHECK(score.f1() == Approx(1.0));
}

TEST_CASE("B-cubed sums add up to a micro average over mentions", "[eval]") {
    Bcubed total = bcubed({0, 0, 0, 1}, {7, 7, 9, 9});  // precision sum 3
    total += bcubed({0, 0}, {0, 0});                    // precision sum 2
    CHECK(total.mentions == 6);
    CHECK(total.precision() == Approx(5.0 / 6));
    CHECK(Bcubed{}.precision() == 0.0);
    CHECK_THROWS_AS(bcubed({0, 1}, {0}), Error);
}

TEST_CASE("a document's person clustering counts undetected names as singletons", "[eval]") {
    GoldDocument gold{"emma.txt", {}, {}};
    gold.names.push_back(gold_person(0, 4, "Emma"));        // m0
    gold.names.push_back(gold_person(10, 24, "Emma"));      // m1
    gold.names.push_back(gold_person(30, 37, "Harriet"));   // m2
    gold.names.push_back(gold_person(40, 44, "Emma"));      // m3: not detected
    GoldName highbury;
    highbury.span = {50, 58};
    highbury.kind = EntityKind::place;
    gold.names.push_back(highbury);                         // not a person: not clustered

    const std::vector<Prediction> predicted = {
        {{0, 4}, EntityKind::character, 0},
        {{10, 24}, EntityKind::character, 1},
        {{30, 37}, EntityKind::character, 0},
        {{50, 58}, EntityKind::place, 2},
    };
    const DocumentScore score = score_document(gold, predicted);
    CHECK(score.detection.overall.tp == 4);
    CHECK(score.detection.overall.fn == 1);

    // Gold E,E,H,E vs predicted 0,1,0,{m3}:
    // precision m0 1/2, m1 1, m2 1/2, m3 1 -> 3/4; recall 1/3, 1/3, 1, 1/3 -> 1/2.
    CHECK(score.clustering.mentions == 4);
    CHECK(score.clustering.precision() == Approx(0.75));
    CHECK(score.clustering.recall() == Approx(0.5));
    // Detected only, gold E,E,H vs 0,1,0:
    // precision 1/2, 1, 1/2 -> 2/3; recall 1/2, 1/2, 1 -> 2/3.
    CHECK(score.clustering_detected.mentions == 3);
    CHECK(score.clustering_detected.precision() == Approx(2.0 / 3));
    CHECK(score.clustering_detected.recall() == Approx(2.0 / 3));

    CorpusScore total;
    total.add(score);
    total.add(score);
    CHECK(total.documents == 2);
    CHECK(total.overall.tp == 8);
    CHECK(total.clustering.precision() == Approx(0.75));
}

TEST_CASE("gold names without a chain and predictions without an entity are singletons", "[eval]") {
    GoldDocument gold{"doc.txt", {gold_person(0, 3, ""), gold_person(5, 8, "")}, {}};
    const std::vector<Prediction> predicted = {{{0, 3}, EntityKind::character, std::nullopt},
                                               {{5, 8}, EntityKind::character, std::nullopt}};
    const DocumentScore score = score_document(gold, predicted);
    CHECK(score.clustering.precision() == Approx(1.0));
    CHECK(score.clustering.recall() == Approx(1.0));
}

TEST_CASE("a pronoun is right when resolved to the character holding a name of its gold chain", "[eval]") {
    // "Emma smiled. Harriet saw her. He left.": "her" is Emma; "He" has no named chain.
    GoldDocument gold{"emma.txt", {gold_person(0, 4, "Emma"), gold_person(13, 20, "Harriet")}, {}};
    gold.pronouns.push_back({"T9", {25, 28}, "her", "Emma"});
    gold.pronouns.push_back({"T10", {30, 32}, "He", "Someone"});
    Story story;
    const auto add_mention = [&](Span span, MentionForm form, std::size_t entity) {
        Mention mention;
        mention.span = span;
        mention.form = form;
        mention.entity = entity;
        story.entities[entity].mentions.push_back(story.mentions.size());
        story.mentions.push_back(mention);
    };
    story.entities.resize(2);
    add_mention({0, 4}, MentionForm::name, 0);
    add_mention({13, 20}, MentionForm::name, 1);
    add_mention({25, 28}, MentionForm::pronoun, 0);
    PronounScore right = score_pronouns(gold, story);
    CHECK(right.gold == 1);
    CHECK(right.resolved == 1);
    CHECK(right.correct == 1);
    story.mentions[2].entity = 1;  // "her" as Harriet: resolved, but wrongly
    PronounScore wrong = score_pronouns(gold, story);
    CHECK(wrong.resolved == 1);
    CHECK(wrong.correct == 0);
    CHECK(wrong.precision() == 0.0);
    right += wrong;
    CHECK(right.recall() == Approx(0.5));
}

TEST_CASE("gold pronouns are the third-person singular ones of a person chain", "[eval]") {
    const std::string text = "Emma smiled .\nShe saw him and they left .\n";
    const Annotation annotation = parse_annotation(
        "MENTION\tT1\t0\t0\t0\t0\tEmma\tPER\tPROP\n"
        "MENTION\tT2\t1\t0\t1\t0\tShe\tPER\tPRON\n"
        "MENTION\tT3\t1\t2\t1\t2\thim\tPER\tPRON\n"
        "MENTION\tT4\t1\t4\t1\t4\tthey\tPER\tPRON\n"
        "COREF\tT1\tEmma-0\nCOREF\tT2\tEmma-0\nCOREF\tT4\tThem-1\n",
        "emma.ann");
    const GoldDocument gold = gold_names("emma.txt", text, annotation, "emma.ann");
    REQUIRE(gold.pronouns.size() == 1);  // "him" has no chain, "they" is plural
    CHECK(gold.pronouns[0].text == "She");
    CHECK(gold.pronouns[0].chain == "Emma-0");
    CHECK(gold.pronouns[0].span == Span{14, 17});
    CHECK(is_third_person_singular("Herself"));
    CHECK_FALSE(is_third_person_singular("they"));
}

TEST_CASE("an Aesop character matches a name or alias, ignoring case and a leading 'the'", "[eval]") {
    Entity lion;
    lion.name = "The Lion";
    Entity fox;
    fox.name = "Reynard";
    fox.aliases = {"the Fox"};
    Entity lioness;
    lioness.name = "Lioness";

    CHECK(names_entity("lion", lion));
    CHECK(names_entity("fox", fox));
    CHECK(names_entity("reynard", fox));
    CHECK_FALSE(names_entity("lion", lioness));

    const CharacterMatch match = match_characters({"lion", "fox", "mouse"}, {&lion, &fox, &lioness});
    CHECK(match.annotated_found == std::vector<bool>{true, true, false});
    CHECK(match.predicted_matched == std::vector<bool>{true, true, false});
    CHECK(match.found() == 2);
    CHECK(match.matched() == 2);
}

TEST_CASE("an undirected prediction of a directed type is judged both ways", "[eval]") {
    // Gold: Jessica opposes Harrison and Harrison opposes Jessica (they quarrel).
    StoryGold gold;
    gold.characters = {{"Jessica", {}, true}, {"Harrison", {}, true}};
    gold.relations = {{"opposes", "quarrel", 0, 1, ""}, {"opposes", "quarrel", 1, 0, ""}};
    Story story;
    for (const std::string name : {"Jessica", "Harrison"}) {
        Mention mention;
        mention.text = name;
        mention.entity = story.entities.size();
        Entity entity;
        entity.name = name;
        entity.mentions = {story.mentions.size()};
        story.mentions.push_back(mention);
        story.entities.push_back(entity);
    }
    Relation quarrel;
    quarrel.type = "opposes";
    quarrel.source = 0;
    quarrel.target = 1;
    const std::size_t opposes = *relation_type_index("opposes");

    story.relations = {quarrel};  // directed = false
    auto score = evaluate_story(gold, story).score.relations[opposes];
    CHECK(score.tp == 2);
    CHECK(score.fn == 0);

    // Stated with a direction, it holds one way only.
    story.relations.front().directed = true;
    score = evaluate_story(gold, story).score.relations[opposes];
    CHECK(score.tp == 1);
    CHECK(score.fn == 1);
}

TEST_CASE("an unnamed gold character matches a description by the head word before its relative clause", "[eval]") {
    StoryGold gold;
    gold.characters = {{"the man who insulted Mabel", {}, false}};
    Story story;
    Mention mention;
    mention.text = "a man";
    mention.form = MentionForm::description;
    mention.entity = 0;
    Entity entity;
    entity.name = "the man";
    entity.mentions = {0};
    story.mentions.push_back(mention);
    story.entities.push_back(entity);
    const auto alignment = align_characters(gold, story);
    REQUIRE(alignment.entity_of_gold.size() == 1);
    CHECK(alignment.entity_of_gold[0] == std::optional<std::size_t>(0));
}

TEST_CASE("a generational suffix matches with or without its stop", "[eval]") {
    StoryGold gold;
    gold.characters = {{"Jimmy Rabbitte", {"Jimmy"}, true}, {"Jimmy Rabbitte Sr.", {}, true}};
    Story story;
    for (const char* name : {"Jimmy Rabbitte", "Jimmy Rabbitte Sr"}) add_character(story, name);
    const auto alignment = align_characters(gold, story);
    REQUIRE(alignment.entity_of_gold.size() == 2);
    CHECK(alignment.entity_of_gold[1] == std::optional<std::size_t>(1));
}

TEST_CASE("a description owned by someone matches the gold's name for it under the owner's alias", "[eval]") {
    StoryGold gold;
    gold.characters = {{"John Crawford", {"Plato"}, true}, {"Plato's mother", {}, false}};
    Story story;
    const std::size_t john = add_character(story, "John Crawford", MentionForm::name, std::nullopt, {"Plato"});
    const std::size_t judy = add_character(story, "Judy");
    const std::size_t judys_mother = add_character(story, "Judy's mother", MentionForm::description, judy);
    story.entities[judys_mother].mentions = {2, 2, 2};  // the more often mentioned of the two
    add_character(story, "John Crawford's mother", MentionForm::description, john);
    const auto alignment = align_characters(gold, story);
    REQUIRE(alignment.entity_of_gold.size() == 2);
    CHECK(alignment.entity_of_gold[1] == std::optional<std::size_t>(3));
}
