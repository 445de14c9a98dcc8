#include <catch2/catch.hpp>

#include "helpers.hpp"

#include <plotgraph/output.hpp>

#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

namespace {

/// The first event with this action, or nullptr.
const plotgraph::Event* event_of(const plotgraph::Story& story, const std::string& action) {
    for (const auto& event : story.events)
        if (event.action == action) return &event;
    return nullptr;
}

/// Whether the entity called `name` is among `entities`.
bool among(const plotgraph::Story& story, const std::vector<std::size_t>& entities, const std::string& name) {
    const auto* entity = test::find(story, name);
    if (!entity) return false;
    const auto index = static_cast<std::size_t>(entity - story.entities.data());
    return std::find(entities.begin(), entities.end(), index) != entities.end();
}

/// Whether `first` comes before `second` in the timeline.
bool before(const plotgraph::Story& story, const std::string& first, const std::string& second) {
    const auto* a = event_of(story, first);
    const auto* b = event_of(story, second);
    return a && b && a->order < b->order;
}

}  // namespace

TEST_CASE("a clause's verb is an event with its subject and object", "[events]") {
    const auto story = test::extract("Lionel Witherspoon protects Vladimir Ivanoff.");
    const auto* protect = event_of(story, "protect");
    REQUIRE(protect);
    CHECK(protect->verb == "protects");
    CHECK(among(story, protect->agents, "Lionel Witherspoon"));
    CHECK(among(story, protect->patients, "Vladimir Ivanoff"));
}

TEST_CASE("coordinated names are all agents, and a place in the clause is where it happens", "[events]") {
    const auto story = test::extract("Lucia and Lionel hide Vladimir in Harlem.");
    const auto* hide = event_of(story, "hide");
    REQUIRE(hide);
    CHECK(hide->agents.size() == 2);
    CHECK(among(story, hide->agents, "Lucia"));
    CHECK(among(story, hide->agents, "Lionel"));
    CHECK(among(story, hide->patients, "Vladimir"));
    CHECK(among(story, hide->places, "Harlem"));
}

TEST_CASE("in the passive the by-phrase is the agent", "[events]") {
    const auto story = test::extract("Vladimir Ivanoff is mugged by Boris Petrov.");
    const auto* mug = event_of(story, "mug");
    REQUIRE(mug);
    CHECK(mug->passive);
    CHECK(among(story, mug->agents, "Boris Petrov"));
    CHECK(among(story, mug->patients, "Vladimir Ivanoff"));
}

TEST_CASE("a relative clause's subject is the name before who", "[events]") {
    const auto story = test::extract("Vladimir meets Lionel, who protects him from the KGB.");
    const auto* protect = event_of(story, "protect");
    REQUIRE(protect);
    CHECK(among(story, protect->agents, "Lionel"));
    CHECK(among(story, protect->patients, "Vladimir"));
}

TEST_CASE("a verb joined by and keeps the subject of the verb before", "[events]") {
    const auto story = test::extract("Vladimir Ivanoff stands up to his controllers and defects.");
    const auto* defect = event_of(story, "defect");
    REQUIRE(defect);
    CHECK(among(story, defect->agents, "Vladimir Ivanoff"));
}

TEST_CASE("deciding to do something is the deed, done by the subject", "[events]") {
    const auto story = test::extract("Vladimir decides to defect. Lionel invites Vladimir to stay.");
    CHECK_FALSE(event_of(story, "decide"));
    const auto* defect = event_of(story, "defect");
    REQUIRE(defect);
    CHECK(among(story, defect->agents, "Vladimir"));
    const auto* stay = event_of(story, "stay");
    REQUIRE(stay);
    CHECK(among(story, stay->agents, "Vladimir"));
}

TEST_CASE("a noun after a determiner is not an event", "[events]") {
    const auto story = test::extract("Vladimir reveals his plans to Lucia.");
    CHECK(event_of(story, "reveal"));
    CHECK_FALSE(event_of(story, "plan"));
}

TEST_CASE("a negated verb is a negated event", "[events]") {
    const auto story = test::extract("Vladimir does not return to Moscow.");
    const auto* ret = event_of(story, "return");
    REQUIRE(ret);
    CHECK(ret->negated);
    CHECK(among(story, ret->places, "Moscow"));
}

TEST_CASE("a time expression is reported as written", "[events]") {
    const auto story = test::extract("In 1917, Anna Karenina marries Boris Petrov.");
    const auto* marry = event_of(story, "marry");
    REQUIRE(marry);
    CHECK(marry->time == "In 1917");
}

TEST_CASE("the timeline follows the text by default", "[events][timeline]") {
    const auto story = test::extract("Vladimir defects. Vladimir proposes to Lucia. Vladimir returns to Moscow.");
    CHECK(before(story, "defect", "propose"));
    CHECK(before(story, "propose", "return"));
}

TEST_CASE("a flashback years earlier goes before the story's present", "[events][timeline]") {
    const auto story = test::extract(
        "Vladimir defects in New York. Lucia hides him. Years earlier, Vladimir played in Moscow.");
    CHECK(before(story, "play", "defect"));
    CHECK(event_of(story, "play")->placement == "flashback");
}

TEST_CASE("the past perfect goes before the event told just before it", "[events][timeline]") {
    const auto story = test::extract("Vladimir defects. Lucia hides him. Boris had warned Vladimir.");
    CHECK(before(story, "defect", "warn"));
    CHECK(before(story, "warn", "hide"));
}

TEST_CASE("a clause opened by after happened before its main clause", "[events][timeline]") {
    const auto story = test::extract("After Vladimir defects, Lionel hides him.");
    CHECK(before(story, "defect", "hide"));
    const auto later = test::extract("Before Vladimir leaves, Lucia kisses him.");
    CHECK(before(later, "kiss", "leave"));
}

TEST_CASE("stated years order the events they open", "[events][timeline]") {
    const auto story = test::extract("In 2005, Anna returns to Paris. In 1990, Anna met Paul.");
    CHECK(before(story, "meet", "return"));
    CHECK(event_of(story, "meet")->placement == "year");
}

TEST_CASE("two summaries telling one event are woven into one timeline", "[events][timeline]") {
    const auto story = test::extract(std::vector<std::string>{
        "Vladimir defects. Vladimir proposes to Lucia.",
        "Vladimir Ivanov defects. Lionel hides Vladimir. Vladimir proposes to Lucia."});
    std::size_t defections = 0;
    for (const auto& event : story.events) {
        if (event.action != "defect") continue;
        ++defections;
        if (event.evidence.doc == 1) CHECK(event.same_as);
    }
    CHECK(defections == 2);
    CHECK(before(story, "defect", "hide"));
    CHECK(before(story, "hide", "propose"));
}

TEST_CASE("json lists events in timeline order with their participants", "[events][output]") {
    const auto story = test::extract("Years earlier, Vladimir played in Moscow. Lionel protects Vladimir.");
    std::ostringstream out;
    plotgraph::write_json(out, story);
    const auto root = nlohmann::json::parse(out.str());
    REQUIRE(root["events"].size() == 2);
    const auto& first = root["events"][0];
    CHECK(first["action"] == "play");
    CHECK(first["order"] == 0);
    CHECK(first["time"] == "Years earlier");
    CHECK(first["placement"] == "flashback");
    const auto& second = root["events"][1];
    CHECK(second["action"] == "protect");
    CHECK(second["agents"].size() == 1);
    CHECK(second["patients"].size() == 1);
    CHECK(second["evidence"][0]["doc"] == 0);
}

TEST_CASE("the graph has a vertex per event with agent, patient, at and next edges", "[events][graph]") {
    const auto story = test::extract("Lionel protects Vladimir in Harlem. Vladimir defects.");
    const auto graph = plotgraph::build_graph(story);
    REQUIRE(boost::num_vertices(graph) == story.entities.size() + story.events.size());
    const auto* protect = event_of(story, "protect");
    REQUIRE(protect);
    const auto vertex = plotgraph::event_vertex(story, static_cast<std::size_t>(protect - story.events.data()));
    CHECK(graph[vertex].kind == "event");
    CHECK(graph[vertex].label == "Lionel protect Vladimir at Harlem");
    std::multiset<std::string> types;
    for (auto edge : boost::make_iterator_range(boost::out_edges(vertex, graph))) types.insert(graph[edge].type);
    CHECK(types == std::multiset<std::string>{"agent", "at", "next", "patient"});
}

TEST_CASE("a character's timeline holds only the events it takes part in", "[events][query]") {
    const auto story = test::extract("Lionel protects Vladimir. Boris reprimands Anatoly. Vladimir defects.");
    const auto vladimir = plotgraph::find_entity(story, "Vladimir");
    REQUIRE(vladimir);
    const auto events = plotgraph::timeline(story, vladimir);
    REQUIRE(events.size() == 2);
    CHECK(events[0]->action == "protect");
    CHECK(events[1]->action == "defect");
}

TEST_CASE("relations between two characters, either way round", "[relations][query]") {
    const auto story = test::extract("Lionel Witherspoon protects Vladimir Ivanoff. Vladimir Ivanoff befriends Lionel Witherspoon.");
    const auto lionel = plotgraph::find_entity(story, "Lionel");
    const auto vladimir = plotgraph::find_entity(story, "Vladimir");
    REQUIRE(lionel);
    REQUIRE(vladimir);
    std::set<std::string> types;
    for (const auto* relation : plotgraph::relations_between(story, *vladimir, *lionel)) types.insert(relation->type);
    CHECK(types == std::set<std::string>{"friend", "helped"});
}

TEST_CASE("a participle after a comma is done by the clause's subject", "[events]") {
    const auto story = test::extract("Vladimir Ivanoff runs into the store, hiding behind Lucia Lombardo.");
    const auto* hide = event_of(story, "hide");
    REQUIRE(hide);
    CHECK(among(story, hide->agents, "Vladimir Ivanoff"));
    CHECK(among(story, hide->patients, "Lucia Lombardo"));
    REQUIRE(hide->patient_prepositions.size() == 1);
    CHECK(hide->patient_prepositions[0] == "behind");
}

TEST_CASE("a verb with re- before a known verb is an event", "[events]") {
    const auto story = test::extract("Lucia Lombardo reenters the picture.");
    CHECK(event_of(story, "reenter"));
}

TEST_CASE("'Soon after,' is an adverb and moves nothing", "[events][timeline]") {
    const auto story = test::extract("Vladimir defects. Soon after, Lucia reunites with Vladimir.");
    const auto* reunite = event_of(story, "reunite");
    REQUIRE(reunite);
    CHECK(reunite->placement.empty());
    CHECK(before(story, "defect", "reunite"));
}

TEST_CASE("dot and graphml carry the events", "[events][output]") {
    const auto story = test::extract("Lionel protects Vladimir. Vladimir defects.");
    std::ostringstream dot, graphml;
    plotgraph::write_dot(dot, story);
    plotgraph::write_graphml(graphml, story);
    CHECK(dot.str().find("\"1. Lionel protect Vladimir\"") != std::string::npos);
    CHECK(dot.str().find("label=\"agent\"") != std::string::npos);
    CHECK(graphml.str().find("attr.name=\"order\"") != std::string::npos);
    CHECK(graphml.str().find(">event<") != std::string::npos);
}

TEST_CASE("a relative clause's subject is the character before a place that follows it", "[events]") {
    const auto story = test::extract("Tom meets a couple in Sifnos, who try to help him.");
    const auto* couple = test::find(story, "the couple");
    const auto* tom = test::find(story, "Tom");
    REQUIRE(couple);
    REQUIRE(tom);
    bool found = false;
    for (const auto& event : story.events) {
        if (event.action != "help") continue;
        found = true;
        REQUIRE(event.agents.size() == 1);
        CHECK(&story.entities[event.agents.front()] == couple);
    }
    CHECK(found);
}

TEST_CASE("a past participle with 'by' after a comma is passive", "[events]") {
    const auto story = test::extract("Katniss is taken to the Capitol, accompanied by Haymitch.");
    const auto* accompany = event_of(story, "accompany");
    REQUIRE(accompany);
    CHECK(among(story, accompany->agents, "Haymitch"));
    CHECK(among(story, accompany->patients, "Katniss"));
}

TEST_CASE("'once' between a subject and its verb is an adverb, 'after' before a participle is not", "[events]") {
    const auto story = test::extract("Androcles once escaped from his master. Tom, who after killing Sam, flees.");
    const auto* escape = event_of(story, "escape");
    REQUIRE(escape);
    CHECK(among(story, escape->agents, "Androcles"));
    const auto* kill = event_of(story, "kill");
    REQUIRE(kill);
    CHECK(among(story, kill->patients, "Sam"));
}

TEST_CASE("a second verb after a plural subject's verb is bare and keeps the subject", "[events]") {
    const auto story = test::extract(
        "Kirill takes the baby away. Nikolai and Anna find him and persuade him to give the baby back.");
    const auto* persuade = event_of(story, "persuade");
    REQUIRE(persuade);
    CHECK(among(story, persuade->agents, "Nikolai"));
    CHECK(among(story, persuade->agents, "Anna"));
    CHECK(among(story, persuade->patients, "Kirill"));
    // The one persuaded gives the baby back, not the persuaders.
    const auto* give = event_of(story, "give back");
    REQUIRE(give);
    CHECK(among(story, give->agents, "Kirill"));
    CHECK_FALSE(among(story, give->agents, "Anna"));
}

TEST_CASE("a verb joined to an infinitive by 'and' is done by the infinitive's doer", "[events]") {
    const auto story = test::extract("Semyon orders Kirill to kidnap Tatiana and kill her.");
    const auto* kill = event_of(story, "kill");
    REQUIRE(kill);
    CHECK(among(story, kill->agents, "Kirill"));
    CHECK_FALSE(among(story, kill->agents, "Semyon"));
    // Ordered, not done: an attempt.
    CHECK(kill->attempted);
}

TEST_CASE("'them' after names joined by 'and' that are the subject stands for an earlier pair", "[events]") {
    const auto story = test::extract(
        "Kay Smith and Harry Weston head downriver on a raft. Matt Calder and his son Mark rescue them.");
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->agents, "Matt Calder"));
    CHECK(among(story, rescue->agents, "Mark"));
    CHECK(among(story, rescue->patients, "Kay Smith"));
    CHECK(among(story, rescue->patients, "Harry Weston"));
}

TEST_CASE("'the lovers' and 'the couple' stand for the two characters of the event before", "[events]") {
    const auto story = test::extract(
        "Westley saves Buttercup. The lovers survive the swamp, but they are captured by Humperdinck. Later the couple marries.");
    const auto* capture = event_of(story, "capture");
    REQUIRE(capture);
    CHECK(among(story, capture->agents, "Humperdinck"));
    CHECK(among(story, capture->patients, "Westley"));
    CHECK(among(story, capture->patients, "Buttercup"));
    const auto* marry = event_of(story, "marry");
    REQUIRE(marry);
    CHECK(among(story, marry->agents, "Westley"));
    CHECK(among(story, marry->agents, "Buttercup"));
}

TEST_CASE("a group whose members are listed stands for them in its events", "[events]") {
    const auto story = test::extract(
        "Anna is kidnapped by three outlaws hired to start a war with France: a criminal mastermind named Vizzini, "
        "a fencer named Inigo Montoya, and a giant named Fezzik.");
    const auto* kidnap = event_of(story, "kidnap");
    REQUIRE(kidnap);
    CHECK(among(story, kidnap->agents, "Vizzini"));
    CHECK(among(story, kidnap->agents, "Inigo Montoya"));
    CHECK(among(story, kidnap->agents, "Fezzik"));
    CHECK(among(story, kidnap->patients, "Anna"));
}

TEST_CASE("the name right before a passive participle undergoes it", "[events]") {
    const auto story = test::extract(
        "The cubs are attacked by hyenas, but Mufasa, alerted by Zazu, arrives. "
        "Nala arrives. She runs a camp for the children, assisted by Evelyn.");
    const auto* alert = event_of(story, "alert");
    REQUIRE(alert);
    CHECK(among(story, alert->agents, "Zazu"));
    CHECK(among(story, alert->patients, "Mufasa"));
    // A name after a preposition does not open the participle's clause.
    for (const auto& event : story.events)
        if (event.action == "assist") CHECK_FALSE(among(story, event.patients, "the children"));
}

TEST_CASE("a participle after a main clause is done by that clause's subject, not the next one", "[events]") {
    const auto story = test::extract(
        "Aladdin keeps his promise by using his third wish to free the Genie, and the Sultan changes the law.");
    const auto* free = event_of(story, "free");
    REQUIRE(free);
    CHECK(among(story, free->agents, "Aladdin"));
    CHECK_FALSE(among(story, free->agents, "Sultan"));
    // Opening the sentence, it is still the subject's after it.
    const auto opening = test::extract("After defecting, Vladimir hides behind a counter.");
    const auto* defect = event_of(opening, "defect");
    REQUIRE(defect);
    CHECK(among(opening, defect->agents, "Vladimir"));
}

TEST_CASE("names listed with appositions no mention covers are all the verb's subjects", "[events]") {
    const auto story = test::extract("Mrs. Potts, a teapot, and her son Chip, a teacup, comfort Belle.");
    const auto* comfort = event_of(story, "comfort");
    REQUIRE(comfort);
    CHECK(among(story, comfort->agents, "Mrs. Potts"));
    CHECK(among(story, comfort->agents, "Chip"));
    CHECK(among(story, comfort->patients, "Belle"));
    const auto unlisted = test::extract("Vladimir, a saxophonist, and Lucia hide Boris.");
    const auto* hide = event_of(unlisted, "hide");
    REQUIRE(hide);
    CHECK(among(unlisted, hide->agents, "Vladimir"));
    CHECK(among(unlisted, hide->agents, "Lucia"));
}

TEST_CASE("a name joined to an unknown plural subject starts the next clause, not the object", "[events]") {
    const auto story = test::extract(
        "Belle arrives. Anna comforts Belle, and Lumiere and the other objects serve her a lavish dinner.");
    const auto* comfort = event_of(story, "comfort");
    REQUIRE(comfort);
    CHECK_FALSE(among(story, comfort->patients, "Lumiere"));
    const auto* serve = event_of(story, "serve");
    REQUIRE(serve);
    CHECK(among(story, serve->agents, "Lumiere"));
}

TEST_CASE("'who is' after a list describes only the last name", "[events]") {
    const auto story = test::extract(
        "Helene poisons the guests to help her son Edouard, and his sister Valentine, who is loved by Max, survives.");
    for (const auto& event : story.events)
        if (event.action == "love") CHECK_FALSE(among(story, event.patients, "Edouard"));
}

TEST_CASE("a name set off after a plain noun does that clause's deed", "[events]") {
    const auto story = test::extract("Anna falls. They take her to the trolls, whose leader, Grand Pabbie, heals her.");
    const auto* heal = event_of(story, "heal");
    REQUIRE(heal);
    CHECK(among(story, heal->agents, "Grand Pabbie"));
    CHECK(among(story, heal->patients, "Anna"));
    // Not when that noun is a preposition's object.
    const auto proposal = test::extract(
        "Mr. Collins visits the family and, encouraged by his patroness, Lady Catherine de Bourgh, proposes to Elizabeth.");
    const auto* propose = event_of(proposal, "propose");
    REQUIRE(propose);
    CHECK_FALSE(among(proposal, propose->agents, "Lady Catherine de Bourgh"));
}

TEST_CASE("a participle set off after the opening subject is that subject's, and the verb after is too", "[events]") {
    const auto story = test::extract("The inspector, finding his story plausible, lets Jamal return to the show.");
    const auto* find = event_of(story, "find");
    REQUIRE(find);
    CHECK(among(story, find->agents, "the inspector"));
    const auto* back = event_of(story, "return");
    REQUIRE(back);
    CHECK(among(story, back->agents, "Jamal"));
}

TEST_CASE("a verb after a bare infinitive, in another number, is the main subject's", "[events]") {
    const auto story = test::extract("Natasha lets Cecilia go and floods the apartment, killing Dahlia.");
    const auto* flood = event_of(story, "flood");
    REQUIRE(flood);
    CHECK(among(story, flood->agents, "Natasha"));
    CHECK_FALSE(among(story, flood->agents, "Cecilia"));
}

TEST_CASE("a verb that is also a noun is the verb right after an apposition closes", "[events]") {
    const auto story = test::extract(
        "Robin Hood arrives. Robin, disguised as a blind beggar, secretly returns the coin to Skippy.");
    const auto* back = event_of(story, "return");
    REQUIRE(back);
    CHECK(among(story, back->agents, "Robin Hood"));
    CHECK(among(story, back->patients, "Skippy"));
}

TEST_CASE("a counted group in a list of subjects keeps the names before it", "[events]") {
    const auto story = test::extract(
        "Morpheus waits. That night, Trinity and two of Morpheus's associates, Switch and Apoc, pick Neo up.");
    const auto* pick = event_of(story, "pick up");
    REQUIRE(pick);
    CHECK(among(story, pick->agents, "Trinity"));
    CHECK(among(story, pick->patients, "Neo"));
}

TEST_CASE("a past spelt like the base form is a past: hit, come, put", "[events]") {
    const auto hit = test::extract("Tom hit Jerry.");
    const auto* event = event_of(hit, "hit");
    REQUIRE(event);
    CHECK(among(hit, event->agents, "Tom"));
    CHECK(among(hit, event->patients, "Jerry"));
    const auto come = test::extract("Tom has come to protect Jerry.");
    const auto* protect = event_of(come, "protect");
    REQUIRE(protect);
    CHECK(among(come, protect->agents, "Tom"));
}

TEST_CASE("a name opening a clause after ', and' with a relative clause is not the object before", "[events]") {
    const auto story = test::extract(
        "Jean Valjean arrives. Javert is captured, and Valjean, who has come to protect Marius, asks to see him.");
    const auto* capture = event_of(story, "capture");
    REQUIRE(capture);
    CHECK_FALSE(among(story, capture->patients, "Jean Valjean"));
    const auto* protect = event_of(story, "protect");
    REQUIRE(protect);
    CHECK(among(story, protect->agents, "Jean Valjean"));
    // A list after "by" goes on: "confronted by Boris, Anatoly and Lionel who".
    const auto list = test::extract("Vladimir is confronted by Boris, Anatoly and Lionel who want money.");
    const auto* confront = event_of(list, "confront");
    REQUIRE(confront);
    CHECK(among(list, confront->agents, "Lionel"));
}

TEST_CASE("'pleads with X to' and a participle set off after a name", "[events]") {
    const auto story = test::extract(
        "Anna pleads with Elsa to come home, but Elsa, frightened that she will hurt her, strikes Anna.");
    const auto* come = event_of(story, "come");
    REQUIRE(come);
    CHECK(among(story, come->agents, "Elsa"));
    const auto* frighten = event_of(story, "frighten");
    REQUIRE(frighten);
    CHECK(frighten->agents.empty());
    CHECK(among(story, frighten->patients, "Elsa"));
}

TEST_CASE("'them' after someone went somewhere with another is those two", "[events]") {
    const auto story = test::extract(
        "Jean Valjean flees. Valjean climbs over a wall with Cosette into the convent, where Fauchelevent, an old "
        "gardener, hides them.");
    const auto* hide = event_of(story, "hide");
    REQUIRE(hide);
    CHECK(among(story, hide->agents, "Fauchelevent"));
    CHECK(among(story, hide->patients, "Jean Valjean"));
    CHECK(among(story, hide->patients, "Cosette"));
}

TEST_CASE("an owned life stands for its owner as the object", "[events]") {
    const auto story = test::extract("The allies decide to spare Cao Cao's life.");
    const auto* spare = event_of(story, "spare");
    REQUIRE(spare);
    CHECK(among(story, spare->patients, "Cao Cao"));
}

TEST_CASE("an unresolved 'they' is the characters last seen acting together, a sentence or two before", "[events]") {
    const auto story = test::extract(
        "Neo goes back to rescue Morpheus, and Trinity goes with him. The two storm the building. "
        "From a helicopter, they free Morpheus.");
    const auto* free = event_of(story, "free");
    REQUIRE(free);
    CHECK(among(story, free->agents, "Neo"));
    CHECK(among(story, free->agents, "Trinity"));
}

TEST_CASE("a participle set off after a name opening its clause is that name's, not the clause after it", "[events]") {
    const auto story = test::extract(
        "When her father refuses, Mulan, fearing that he will die in battle, rides off to take his place.");
    const auto* fear = event_of(story, "fear");
    REQUIRE(fear);
    CHECK(among(story, fear->agents, "Mulan"));
}

TEST_CASE("a verb after ', but' or 'and, <aside>,' is not coordinated with a clause said after 'that'", "[events]") {
    const auto aside = test::extract(
        "Luke learns that Leia is imprisoned aboard the station and, with the promise of a reward, persuades Han.");
    const auto* persuade = event_of(aside, "persuade");
    REQUIRE(persuade);
    CHECK(among(aside, persuade->agents, "Luke"));
    const auto relative = test::extract(
        "Morpheus takes Neo to see the Oracle, who suggests that he is not the One, but warns Neo about Morpheus.");
    const auto* warn = event_of(relative, "warn");
    REQUIRE(warn);
    CHECK(among(relative, warn->agents, "the oracle"));
    // Inside the "that" clause, without a comma, it goes on: "learns that Cal lost his fortune and killed himself".
    const auto inside = test::extract("Rose learns that Cal lost his fortune and killed himself.");
    const auto* kill = event_of(inside, "kill");
    REQUIRE(kill);
    CHECK_FALSE(among(inside, kill->agents, "Rose"));
}

TEST_CASE("two active verbs joined without a comma inside a 'where' clause share its subject", "[events]") {
    const auto story = test::extract(
        "Ariel signs the contract, and Flounder and Sebastian help her to the surface, where Eric finds her on the "
        "beach and takes her to his castle.");
    for (const auto& event : story.events)
        if (event.action == "take") {
            CHECK(among(story, event.agents, "Eric"));
            CHECK_FALSE(among(story, event.agents, "Sebastian"));
        }
}

TEST_CASE("'her' before a particle ('pulls her out') is the object, not a possessive", "[events]") {
    const auto story = test::extract("Amy falls through the ice, and Laurie pulls her out.");
    const auto* pull = event_of(story, "pull out");
    REQUIRE(pull);
    CHECK(among(story, pull->agents, "Laurie"));
    CHECK(among(story, pull->patients, "Amy"));
}

TEST_CASE("the name before 'whom' is the object of the clause's verb", "[events]") {
    const auto story = test::extract("Judah meets Esther, whom Messala had freed from slavery.");
    const auto* free = event_of(story, "free");
    REQUIRE(free);
    CHECK(among(story, free->agents, "Messala"));
    CHECK(among(story, free->patients, "Esther"));
}

TEST_CASE("a particle after the verb or its object makes a phrasal verb the event's action", "[events]") {
    const auto story = test::extract("Simba fights off the hyenas. Fiona cries, and Shrek hands her over to Farquaad. "
                                     "Flynn hands the crown over. Ann runs over the bridge.");
    CHECK(event_of(story, "fight off"));
    CHECK(event_of(story, "hand over"));
    CHECK_FALSE(event_of(story, "hand"));
    CHECK_FALSE(event_of(story, "run over"));
}

TEST_CASE("falling in love is the event 'love', falling for someone 'fall for'", "[events]") {
    const auto story = test::extract("Melandri falls in love with Gina. Tai falls for Thuy.");
    const auto* love = event_of(story, "love");
    REQUIRE(love);
    CHECK(among(story, love->agents, "Melandri"));
    CHECK(among(story, love->patients, "Gina"));
    CHECK(event_of(story, "fall for"));
}

TEST_CASE("'dies' far after 'and' is still the subject's verb", "[events]") {
    const auto story = test::extract("Fyodor falls through the glass ceiling into a pool of beer, and dies.");
    const auto* die = event_of(story, "die");
    REQUIRE(die);
    CHECK(among(story, die->agents, "Fyodor"));
}

TEST_CASE("being in love with someone is the event 'love'", "[events]") {
    const auto story = test::extract("Kate Carmody is in love with Bluey.");
    const auto* love = event_of(story, "love");
    REQUIRE(love);
    CHECK(among(story, love->agents, "Kate Carmody"));
    CHECK(among(story, love->patients, "Bluey"));
}

TEST_CASE("a refusal or a threat is an event of its own, a decision is not", "[events]") {
    const auto story = test::extract("Ebenezer Scrooge refuses to give anything to the gentlemen. Kyle threatens to sue Dahlia. Tom decides to leave.");
    const auto* refuse = event_of(story, "refuse");
    REQUIRE(refuse);
    CHECK(among(story, refuse->agents, "Ebenezer Scrooge"));
    const auto* give = event_of(story, "give");
    REQUIRE(give);
    CHECK(give->negated);
    CHECK(event_of(story, "threaten"));
    CHECK_FALSE(event_of(story, "decide"));
    CHECK(event_of(story, "leave"));
}

TEST_CASE("after a plural passive, a bare verb after 'and' is the same subject's", "[events]") {
    const auto story = test::extract("The thugs are moved by Anna and help Flynn escape.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "the thugs"));
    CHECK(among(story, help->patients, "Flynn"));
}

TEST_CASE("'who' after a participle set off by commas is said of the name before it", "[events]") {
    const auto story = test::extract("Jane and Michael meet Bert, now working as a chimney sweep, who takes them home.");
    const auto* take = event_of(story, "take");
    REQUIRE(take);
    CHECK(among(story, take->agents, "Bert"));
}

TEST_CASE("the object before an apposition does the infinitive after it", "[events]") {
    const auto story = test::extract("Skinner assigns the tough Colette Tatou, the only woman in the kitchen, to teach Linguini.");
    const auto* teach = event_of(story, "teach");
    REQUIRE(teach);
    CHECK(among(story, teach->agents, "Colette Tatou"));
    CHECK_FALSE(among(story, teach->agents, "Skinner"));
}

TEST_CASE("a relative clause with its own subject holds none of the verb's objects", "[events]") {
    const auto story = test::extract("Lecter agrees to help in exchange for a transfer to a better prison, "
                                     "an offer that Crawford has in fact invented.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(help->patients.empty());
}

TEST_CASE("a deed under would or could may happen and is not asserted", "[events]") {
    const auto story = test::extract("Akela decides that Mowgli cannot stay, since Shere Khan would kill him.");
    const auto* kill = event_of(story, "kill");
    REQUIRE(kill);
    CHECK(kill->intended);
    CHECK_FALSE(kill->negated);
}

TEST_CASE("a past participle with by between two characters befalls the first", "[events]") {
    const auto story = test::extract("Mowgli joins a patrol led by Colonel Hathi and befriends Hathi's young son.");
    const auto* lead = event_of(story, "lead");
    REQUIRE(lead);
    REQUIRE(lead->agents.size() == 1);
    CHECK(story.entities[lead->agents[0]].name == "Colonel Hathi");
    const auto* befriend = event_of(story, "befriend");
    REQUIRE(befriend);
    REQUIRE(befriend->agents.size() == 1);
    CHECK(story.entities[befriend->agents[0]].name == "Mowgli");
}

TEST_CASE("the undergoer of a participle opening the sentence is the main verb's subject", "[events]") {
    const auto story = test::extract("The girl raised by Boris marries Vladimir.");
    const auto* marry = event_of(story, "marry");
    REQUIRE(marry);
    REQUIRE(marry->agents.size() == 1);
    CHECK(story.entities[marry->agents[0]].name == "the girl");
}

TEST_CASE("a participle set off after an object befalls that object", "[events]") {
    const auto story = test::extract("The police find Tom, badly wounded by Harry, and take him to a hospital.");
    const auto* wound = event_of(story, "wound");
    REQUIRE(wound);
    REQUIRE(wound->agents.size() == 1);
    CHECK(story.entities[wound->agents[0]].name == "Harry");
    REQUIRE(wound->patients.size() == 1);
    CHECK(story.entities[wound->patients[0]].name == "Tom");
    CHECK(event_of(story, "take"));
}

TEST_CASE("a verb whose past is active before by is no passive participle", "[events]") {
    const auto story = test::extract("Tom stood by Mary at the trial.");
    const auto* stand = event_of(story, "stand");
    REQUIRE(stand);
    REQUIRE(stand->agents.size() == 1);
    CHECK(story.entities[stand->agents[0]].name == "Tom");
}

TEST_CASE("a particle after a listed object completes the verb", "[events]") {
    const auto story = test::extract("Jarvis Lorry is a banker. Lorry drives Lucie, Ann, Tom and Darnay out of France.");
    const auto* drive = event_of(story, "drive");
    REQUIRE(drive);
    CHECK(drive->patients.size() == 4);
    CHECK_FALSE(event_of(story, "out"));
}

TEST_CASE("a noun in -ly after a determiner is no adverb", "[events]") {
    const auto story = test::extract("Imelda and the family rescue Tom.");
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->agents, "Imelda"));
    CHECK(among(story, rescue->patients, "Tom"));
}

TEST_CASE("the pair is the two characters just done to together", "[events]") {
    const auto story = test::extract("Miguel and Hector are thrown into a pit. Imelda rescues the pair.");
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->patients, "Miguel"));
    CHECK(among(story, rescue->patients, "Hector"));
}

TEST_CASE("the two stands for the two characters just named together", "[events]") {
    const auto story = test::extract("Shrek quarrels with Donkey, and the two reconcile. "
                                     "Gabriel meets Arabella. Michael drives the two to a station.");
    const auto* reconcile = event_of(story, "reconcile");
    REQUIRE(reconcile);
    CHECK(among(story, reconcile->agents, "Shrek"));
    CHECK(among(story, reconcile->agents, "Donkey"));
    const auto* drive = event_of(story, "drive");
    REQUIRE(drive);
    CHECK(among(story, drive->patients, "Gabriel"));
    CHECK(among(story, drive->patients, "Arabella"));
}

TEST_CASE("the two are the names joined in the sentence before before any pair of a deed", "[events]") {
    const auto story = test::extract("The dragon swallows Farquaad. Shrek and Fiona kiss, and the spell is broken. "
                                     "The two marry in the swamp.");
    const auto* marry = event_of(story, "marry");
    REQUIRE(marry);
    CHECK(among(story, marry->agents, "Shrek"));
    CHECK(among(story, marry->agents, "Fiona"));
}

TEST_CASE("a description right after a first object is the thing given", "[events]") {
    const auto story = test::extract("Zeus gives the baby the winged colt Pegasus as a gift.");
    const auto* give = event_of(story, "give");
    REQUIRE(give);
    CHECK(among(story, give->patients, "the baby"));
    CHECK_FALSE(among(story, give->patients, "Pegasus"));
}

TEST_CASE("a group noun then a noun that is also a bare verb with nothing after it is a compound noun", "[events]") {
    const auto story = test::extract("Later Tom attacks the police station, killing Traxler.");
    CHECK_FALSE(event_of(story, "station"));
    const auto* kill = event_of(story, "kill");
    REQUIRE(kill);
    CHECK(among(story, kill->agents, "Tom"));
}

TEST_CASE("a deed wished of another is intended", "[events]") {
    const auto story = test::extract("Miranda tells Daniel that she wants him to look after the children.");
    const auto* look = event_of(story, "look");
    REQUIRE(look);
    CHECK(look->intended);
}

TEST_CASE("an adverb made from a word after a determiner is an adverb", "[events]") {
    const auto story = test::extract("Eve carries the badly damaged Wally to his truck and repairs him.");
    CHECK_FALSE(event_of(story, "damage"));
    const auto* repair = event_of(story, "repair");
    REQUIRE(repair);
    CHECK(among(story, repair->agents, "Eve"));
    CHECK(among(story, repair->patients, "Wally"));
}

TEST_CASE("a word in -ly made from no word after a determiner is a noun", "[events]") {
    const auto story = test::extract("Imelda and the family rescue Hector.");
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->agents, "Imelda"));
    CHECK(among(story, rescue->patients, "Hector"));
}

TEST_CASE("earlier between a relative pronoun and its verb is an adverb", "[events]") {
    const auto story = test::extract("Mr. Big learns that Judy is the officer who earlier saved his daughter, Fru Fru.");
    const auto* save = event_of(story, "save");
    REQUIRE(save);
    CHECK(among(story, save->agents, "Judy"));
    CHECK(among(story, save->patients, "Fru Fru"));
}

TEST_CASE("a deed after a noun of intent and to is only meant", "[events]") {
    const auto story = test::extract("Maleficent mocks Phillip with a plan to release him when he is an old man.");
    const auto* release = event_of(story, "release");
    REQUIRE(release);
    CHECK(release->intended);
    CHECK_FALSE(event_of(story, "mock")->intended);
}

TEST_CASE("they in the sentence after a deed of one to another are those two", "[events]") {
    const auto story = test::extract("Harry Weston tells Kay that they must go to Council City. They head downriver, and Matt and Mark rescue them.");
    const auto* head = event_of(story, "head");
    REQUIRE(head);
    CHECK(among(story, head->agents, "Harry Weston"));
    CHECK(among(story, head->agents, "Kay"));
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->patients, "Kay"));
}

TEST_CASE("a deed of one to another is no pair for they after a group is named", "[events]") {
    const auto story = test::extract("Clove pins Katniss down. Crane unleashes a pack of hound-like creatures. They kill Thresh.");
    const auto* kill = event_of(story, "kill");
    REQUIRE(kill);
    CHECK_FALSE(among(story, kill->agents, "Katniss"));
    CHECK_FALSE(among(story, kill->agents, "Clove"));
}

TEST_CASE("a British spelling of a verb is that verb", "[events]") {
    const auto story = test::extract("Tom recognises Edward at once and apologises to him. Miles travelled with Edward.");
    const auto* recognize = event_of(story, "recognize");
    REQUIRE(recognize);
    CHECK(among(story, recognize->agents, "Tom"));
    CHECK(among(story, recognize->patients, "Edward"));
    CHECK(event_of(story, "apologize"));
    CHECK(event_of(story, "travel"));
}

TEST_CASE("well after an object is an adverb", "[events]") {
    const auto story = test::extract("Jerry buys Beauty and treats him well.");
    CHECK_FALSE(event_of(story, "well"));
    const auto* treat = event_of(story, "treat");
    REQUIRE(treat);
    CHECK(among(story, treat->agents, "Jerry"));
}

TEST_CASE("them before to does the infinitive and him is the one who asked", "[events]") {
    const auto story = test::extract("Jumba and Pleakley catch Stitch. Stitch persuades them to help him.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Jumba"));
    CHECK(among(story, help->agents, "Pleakley"));
    CHECK(among(story, help->patients, "Stitch"));
}

TEST_CASE("them is not the one someone was rescued from", "[events]") {
    const auto story = test::extract(
        "His older brother Tadashi rescues Hiro from the gangster Yama after one fight, but both are arrested, and "
        "their aunt Cass, who has raised them, collects them from the police station.");
    const auto* collect = event_of(story, "collect");
    REQUIRE(collect);
    CHECK(among(story, collect->patients, "Hiro"));
    CHECK(among(story, collect->patients, "Tadashi"));
    CHECK_FALSE(among(story, collect->patients, "Yama"));
}

TEST_CASE("after a verb of beginning or going on the ing form is the deed", "[events]") {
    for (const std::string text : {"Carl ends up helping Alan.", "Carl starts helping Alan.", "Carl keeps helping Alan."}) {
        INFO(text);
        const auto story = test::extract(text);
        const auto* help = event_of(story, "help");
        REQUIRE(help);
        CHECK(among(story, help->agents, "Carl"));
        CHECK(among(story, help->patients, "Alan"));
    }
    CHECK(event_of(test::extract("Carl keeps the money."), "keep"));
}

TEST_CASE("a verb after a relative clause set off by commas is the antecedent's when the antecedent opens the clause", "[events]") {
    const auto story = test::extract(
        "George, who has lost patience with the stories after John and Michael use his shirt as a map, announces the news.");
    const auto* announce = event_of(story, "announce");
    REQUIRE(announce);
    CHECK(among(story, announce->agents, "George"));
    CHECK_FALSE(among(story, announce->agents, "John"));
}

TEST_CASE("a relative clause on the doer of a passive participle does not give the next verb its subject", "[events]") {
    const auto story = test::extract("Muntz captures Russell, but Carl arrives and, aided by Dug, who has come back, rescues him.");
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->agents, "Carl"));
    CHECK_FALSE(among(story, rescue->agents, "Dug"));
    CHECK(among(story, rescue->patients, "Russell"));
}

TEST_CASE("a perfect participle opening the sentence is done by the main clause's subject", "[events]") {
    const auto story = test::extract("Having helped Cole, Malcolm tells his wife goodbye.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Malcolm"));
    CHECK(among(story, help->patients, "Cole"));
}

TEST_CASE("an opening participle that is also a noun is a verb when a character follows", "[events]") {
    const auto story = test::extract("Helping Cole, Malcolm finds his wife.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Malcolm"));
    CHECK(among(story, help->patients, "Cole"));
}

TEST_CASE("a perfect participle set off after the subject leaves the subject to the verb after it", "[events]") {
    const auto story = test::extract("Lundy, having seen Daniel in costume, gives him a job.");
    const auto* give = event_of(story, "give");
    REQUIRE(give);
    CHECK(among(story, give->agents, "Lundy"));
    CHECK(among(story, give->patients, "Daniel"));
}

TEST_CASE("a verb joined by and with no comma goes on inside the relative clause before it", "[events]") {
    const auto story = test::extract("Vladimir meets Lionel, who protects him and hides him.");
    const auto* hide = event_of(story, "hide");
    REQUIRE(hide);
    CHECK(among(story, hide->agents, "Lionel"));
    CHECK(among(story, hide->patients, "Vladimir"));
}

TEST_CASE("a word after an object pronoun is not a verb with the pronoun as its subject", "[events]") {
    const auto story = test::extract("Fern names the pig Wilbur and raises him like a baby.");
    CHECK_FALSE(event_of(story, "like"));
    const auto* raise = event_of(story, "raise");
    REQUIRE(raise);
    CHECK(among(story, raise->agents, "Fern"));
    CHECK(among(story, raise->patients, "Wilbur"));
}

TEST_CASE("a verb after a relative clause listing names is done by the name the clause is on", "[events]") {
    const auto story = test::extract(
        "The crew, which also includes Tank, his brother Dozer, the young Mouse and the disaffected Cypher, trains Neo.");
    const auto* train = event_of(story, "train");
    REQUIRE(train);
    CHECK(among(story, train->agents, "the crew"));
    CHECK_FALSE(among(story, train->agents, "Dozer"));
    CHECK(among(story, train->patients, "Neo"));
}

TEST_CASE("a list after 'with the help of' that runs into the clause's subject splits at its last comma", "[events]") {
    const auto story = test::extract("With the help of Graham, Algren and Nobutada free Katsumoto from his captivity.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Graham"));
    CHECK(among(story, help->patients, "Algren"));
    CHECK(among(story, help->patients, "Nobutada"));
    CHECK_FALSE(among(story, help->agents, "Algren"));
    const auto* free = event_of(story, "free");
    REQUIRE(free);
    CHECK_FALSE(among(story, free->agents, "Graham"));
}

TEST_CASE("helpers joined by and before the comma all help the subject after it", "[events]") {
    const auto story = test::extract("With the help of Martin and Chessy, Hallie and Annie stage a party.");
    const auto* stage = event_of(story, "stage");
    REQUIRE(stage);
    CHECK_FALSE(among(story, stage->agents, "Chessy"));
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Chessy"));
    CHECK(among(story, help->patients, "Annie"));
}

TEST_CASE("a relative clause after a description owned through 'of' is about the described one", "[events]") {
    const auto story = test::extract(
        "Indy sails aboard a steamer captained by Katanga, an old friend of Indy's, who hides him when a U-boat stops the ship.");
    const auto* hide = event_of(story, "hide");
    REQUIRE(hide);
    CHECK(among(story, hide->agents, "Katanga"));
    CHECK(among(story, hide->patients, "Indy"));
}

TEST_CASE("a place adverb after the subject leaves it the subject", "[events]") {
    const auto story = test::extract("Flynn takes her to a tavern, but the thugs there are won over and help the pair escape.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "the thugs"));
}

TEST_CASE("a participle right after a verb with an object after it is done by that verb's subject", "[events]") {
    const auto story = test::extract("Ross is badly wounded shielding Nakia from a bullet.");
    const auto* shield = event_of(story, "shield");
    REQUIRE(shield);
    CHECK(among(story, shield->agents, "Ross"));
    CHECK(among(story, shield->patients, "Nakia"));
}

TEST_CASE("the character before 'of' opening the clause is the subject of the verb after the phrase", "[events]") {
    const auto story = test::extract("Tom meets the guards. The leader of the guards spots Tom and arrests him.");
    const auto* arrest = event_of(story, "arrest");
    REQUIRE(arrest);
    CHECK(among(story, arrest->agents, "the leader"));
    CHECK(among(story, arrest->patients, "Tom"));
}

TEST_CASE("a verb in -s that is also a plural noun is a verb after a singular noun with an object after it", "[events]") {
    const auto story = test::extract("Tom is stranded. The leader of a fishing boat spots the smoke and rescues Tom.");
    CHECK(event_of(story, "spot"));
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->agents, "the leader"));
}

TEST_CASE("the two of a plural noun are the two named together before it", "[events]") {
    const auto story =
        test::extract("The Uruk-hai attack, and Boromir defends Merry and Pippin until Lurtz shoots him, and the orcs "
                      "carry off the two hobbits.");
    const auto* carry = event_of(story, "carry off");
    REQUIRE(carry);
    CHECK(among(story, carry->patients, "Merry"));
    CHECK(among(story, carry->patients, "Pippin"));
    CHECK_FALSE(among(story, carry->patients, "Boromir"));
}

TEST_CASE("the two of a plural noun are one clause's doer and the one done to when none are joined", "[events]") {
    const auto story = test::extract("Ram Dass tells Carrisford of her hardship, and the two men decide to help Sara.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Carrisford"));
    CHECK(among(story, help->agents, "Dass"));
}

TEST_CASE("a name set off by an apposition after an opening adverb does the verb after it", "[events]") {
    const auto story = test::extract("Mrs. Jumbo waits. Eventually Tom, a doctor, helps her.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Tom"));
    CHECK(among(story, help->patients, "Mrs. Jumbo"));
}

TEST_CASE("a verb after a comma and and goes back past a relative clause with its own subject", "[events]") {
    const auto story = test::extract(
        "Sara Crewe arrives. She befriends Ermengarde, a slow pupil whom the other girls mock, and comforts Lottie.");
    const auto* comfort = event_of(story, "comfort");
    REQUIRE(comfort);
    CHECK(among(story, comfort->agents, "Sara Crewe"));
    CHECK_FALSE(among(story, comfort->agents, "the girls"));
}

TEST_CASE("a causative have with its object before the verb makes its subject the doer", "[events]") {
    const auto story = test::extract("Harry meets Draco. Harry has Draco arrested.");
    const auto* arrest = event_of(story, "arrest");
    REQUIRE(arrest);
    CHECK(among(story, arrest->agents, "Harry"));
    CHECK(among(story, arrest->patients, "Draco"));
    CHECK_FALSE(among(story, arrest->agents, "Draco"));
}

TEST_CASE("an aside between who and its verb leaves the verb to the name before who", "[events]") {
    const auto story = test::extract("Edmund meets Cornwall, who, with Regan's encouragement, accuses Harry of treason.");
    const auto* accuse = event_of(story, "accuse");
    REQUIRE(accuse);
    CHECK(among(story, accuse->agents, "Cornwall"));
    CHECK_FALSE(among(story, accuse->agents, "Edmund"));
}

TEST_CASE("a verb after a who clause with no comma inside is the name's before who", "[events]") {
    const auto story = test::extract(
        "Favell, who has a note from Rebecca asking him to come on the night she died, accuses Maxim of murder.");
    const auto* accuse = event_of(story, "accuse");
    REQUIRE(accuse);
    CHECK(among(story, accuse->agents, "Favell"));
    CHECK_FALSE(among(story, accuse->agents, "Rebecca"));
}

TEST_CASE("a verb that is also a noun after a passive takes the tense of its auxiliary", "[events]") {
    const auto story = test::extract("Harry meets Ron. Harry is arrested and escapes.");
    const auto* escape = event_of(story, "escape");
    REQUIRE(escape);
    CHECK(among(story, escape->agents, "Harry"));
}

TEST_CASE("a verb joined after a linking verb's participle shares the linking verb's subject", "[events]") {
    const auto story = test::extract("Harry meets Ron. Harry becomes more and more caught up in his work and neglects Ron.");
    const auto* neglect = event_of(story, "neglect");
    REQUIRE(neglect);
    CHECK(among(story, neglect->agents, "Harry"));
    CHECK(among(story, neglect->patients, "Ron"));
}

TEST_CASE("a passive participle with by opening the sentence befalls the clause's subject", "[events]") {
    const auto story = test::extract("Harry meets Ron. Helped by Ron, Harry digs a tunnel.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Ron"));
    CHECK(among(story, help->patients, "Harry"));
    CHECK_FALSE(among(story, help->agents, "Harry"));
}

TEST_CASE("a verb joined after a be with no event of its own is done by the be's subject", "[events]") {
    const auto story = test::extract("Harry meets Ron. Ron is kind to Harry and helps him.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Ron"));
    CHECK(among(story, help->patients, "Harry"));
}

TEST_CASE("a bare verb joined after a plural be is done by all its subjects", "[events]") {
    const auto story = test::extract("Harry meets Ron and Hermione. Ron and Hermione are kind to Harry and try to reassure him.");
    const auto* reassure = event_of(story, "reassure");
    REQUIRE(reassure);
    CHECK(among(story, reassure->agents, "Ron"));
    CHECK(among(story, reassure->agents, "Hermione"));
}

TEST_CASE("a verb with a particle of motion keeps the particle as summaries write the event", "[events]") {
    const auto story = test::extract("Lear meets Regan. Lear rushes out onto the heath. Albert throws Nettie off his land.");
    CHECK(event_of(story, "rush out"));
    CHECK(event_of(story, "throw off"));
    CHECK_FALSE(event_of(story, "rush"));
}

TEST_CASE("sharing a kiss is a kiss", "[events]") {
    const auto story = test::extract("Harry meets Ginny. Harry and Ginny share a kiss on the dance floor.");
    const auto* kiss = event_of(story, "kiss");
    REQUIRE(kiss);
    CHECK(among(story, kiss->agents, "Harry"));
    CHECK(among(story, kiss->agents, "Ginny"));
}

TEST_CASE("a passive participle set off after the name opening the sentence is an event on that name", "[events]") {
    const auto story = test::extract("Harry meets Ron. Harry, betrayed by Ron, cries.");
    const auto* betray = event_of(story, "betray");
    REQUIRE(betray);
    CHECK(among(story, betray->agents, "Ron"));
    CHECK(among(story, betray->patients, "Harry"));
}

TEST_CASE("long before a participle is an adverb", "[events]") {
    const auto story = test::extract("Harry meets Ron. Harry, long rejected by Ron, cries. Harry longs for Ginny.");
    const auto* reject = event_of(story, "reject");
    REQUIRE(reject);
    CHECK(among(story, reject->agents, "Ron"));
    CHECK(among(story, reject->patients, "Harry"));
    CHECK(event_of(story, "long"));
}

TEST_CASE("passive participles joined by and or commas share the doers after the last", "[events]") {
    const auto story = test::extract("Harry meets Ron. Harry is mocked and beaten by Ron. Ron and Ginny are found and married.");
    const auto* mock = event_of(story, "mock");
    REQUIRE(mock);
    CHECK(among(story, mock->agents, "Ron"));
    CHECK(among(story, mock->patients, "Harry"));
    const auto* marry = event_of(story, "marry");
    REQUIRE(marry);
    CHECK(among(story, marry->agents, "Ginny"));
}

TEST_CASE("the verb after a relative clause with an object is the antecedent's", "[events]") {
    const auto story = test::extract("Harry meets Ron. The soldier who shot Harry flees. Ron says that Draco stabbed Harry.");
    const auto* flee = event_of(story, "flee");
    REQUIRE(flee);
    CHECK(among(story, flee->agents, "the soldier"));
    CHECK_FALSE(among(story, flee->agents, "Harry"));
    const auto* shoot = event_of(story, "shoot");
    REQUIRE(shoot);
    CHECK(among(story, shoot->patients, "Harry"));
}

TEST_CASE("a verb after an object pronoun closing a relative clause is the antecedent's", "[events]") {
    const auto story = test::extract("Harry meets Ron. The woman who loves him dies.");
    const auto* die = event_of(story, "die");
    REQUIRE(die);
    CHECK(among(story, die->agents, "the woman"));
}

TEST_CASE("a plural verb after a relative clause agrees with its plural antecedent", "[events]") {
    const auto story = test::extract("Harry meets Ron. The men who robbed Harry attack Ron.");
    const auto* attack = event_of(story, "attack");
    REQUIRE(attack);
    CHECK(among(story, attack->agents, "the men"));
    CHECK(among(story, attack->patients, "Ron"));
    const auto* rob = event_of(story, "rob");
    REQUIRE(rob);
    CHECK(among(story, rob->patients, "Harry"));
}

TEST_CASE("a quantifier between a subject and its verb leaves the subject its verb's", "[events]") {
    const auto story = test::extract("Lucy Westenra falls ill. Arthur, Seward and Van Helsing each give Lucy a transfusion.");
    const auto* give = event_of(story, "give");
    REQUIRE(give);
    CHECK(among(story, give->agents, "Arthur"));
    CHECK(among(story, give->agents, "Van Helsing"));
    CHECK(among(story, give->patients, "Lucy Westenra"));
}

TEST_CASE("a past participle after the object of 'find' or 'leave' is what befell the object", "[events]") {
    const auto story = test::extract("Tom Sawyer finds Marley killed in his office.");
    const auto* find = event_of(story, "find");
    const auto* kill = event_of(story, "kill");
    REQUIRE(find);
    REQUIRE(kill);
    CHECK(among(story, find->patients, "Marley"));
    CHECK(among(story, kill->patients, "Marley"));
    CHECK_FALSE(among(story, kill->agents, "Marley"));
}

TEST_CASE("a pretended or refused deed is no event that happened", "[events]") {
    const auto pretended = test::extract("Regina George meets Cady Heron. Regina pretends to help Cady.");
    const auto* help = event_of(pretended, "help");
    REQUIRE(help);
    CHECK(help->negated);
    const auto refused = test::extract("Beryl meets Jack Stapleton. Beryl is beaten for refusing to help Jack Stapleton.");
    const auto* refused_help = event_of(refused, "help");
    REQUIRE(refused_help);
    CHECK(refused_help->negated);
}

TEST_CASE("a passive's doer may follow 'by' past an article and an adjective", "[events]") {
    const auto story = test::extract("Huck Finn runs away. Huck is taken in by the kindly Widow Douglas.");
    const auto* take_in = event_of(story, "take in");
    REQUIRE(take_in);
    CHECK(among(story, take_in->agents, "Widow Douglas"));
    CHECK(among(story, take_in->patients, "Huck Finn"));
    CHECK_FALSE(among(story, take_in->patients, "Widow Douglas"));
}

TEST_CASE("a second infinitive joined by 'or to' shares the first one's negation", "[events]") {
    const auto story = test::extract("John Nash meets Alicia. The medication leaves Nash unable to work or to care for Alicia.");
    const auto* care = event_of(story, "care");
    REQUIRE(care);
    CHECK(care->negated);
}

TEST_CASE("a 'they' opening a sentence is the two characters of the sentence before over an older pair", "[events]") {
    const auto story = test::extract(
        "When Sophia Grangerford elopes with Harney Shepherdson, the feud erupts. Huck watches the battle. Huck flees "
        "to the river, where Jim is waiting. Downriver, they meet two con men.");
    const plotgraph::Event* meet = nullptr;
    for (const auto& event : story.events)
        if (event.action == "meet") meet = &event;
    REQUIRE(meet);
    CHECK(among(story, meet->agents, "Huck"));
    CHECK(among(story, meet->agents, "Jim"));
    CHECK_FALSE(among(story, meet->agents, "Sophia Grangerford"));
}

TEST_CASE("the owner of a deed's means is its doer", "[events]") {
    const auto story = test::extract("Clarice Starling finds Catherine in the well. Her shots save Catherine.");
    const auto* save = event_of(story, "save");
    REQUIRE(save);
    CHECK(among(story, save->agents, "Clarice Starling"));
    CHECK(among(story, save->patients, "Catherine"));
}

TEST_CASE("'after' before a noun phrase with no verb opens no clause for the pronoun after it", "[events]") {
    const auto story = test::extract(
        "Crusoe rescues a man from cannibals. Crusoe names the man Friday after the day of his rescue, teaches him "
        "English and converts him.");
    const auto* teach = event_of(story, "teach");
    REQUIRE(teach);
    CHECK(among(story, teach->patients, "Friday"));
    CHECK_FALSE(among(story, teach->patients, "Crusoe"));
}

TEST_CASE("'feed' after a plural subject is feeding not a past of 'fee'", "[events]") {
    const auto story = test::extract("Tom and Mary meet a stray dog, Max. Tom and Mary feed Max every day.");
    const auto* feed = event_of(story, "feed");
    REQUIRE(feed);
    CHECK(among(story, feed->patients, "Max"));
    CHECK(event_of(story, "fee") == nullptr);
}

TEST_CASE("a relative clause on what a character is said to be is that character's", "[events]") {
    const auto story = test::extract("Peter is a young thief who helps Wendy.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Peter"));
    CHECK(among(story, help->patients, "Wendy"));
}

TEST_CASE("an object relative clause on what a character was said to be has that character as its object", "[events]") {
    const auto story = test::extract("Peter was an orphan whom Wendy placed with a family.");
    const auto* place = event_of(story, "place");
    REQUIRE(place);
    CHECK(among(story, place->agents, "Wendy"));
    CHECK(among(story, place->patients, "Peter"));
}

TEST_CASE("a relative clause on the second of two compared noun phrases is no one's", "[events]") {
    const auto story = test::extract("Fiona is sad that her rescuer is an ogre rather than a knight who will kiss her.");
    const auto* kiss = event_of(story, "kiss");
    REQUIRE(kiss);
    CHECK(kiss->agents.empty());
}

TEST_CASE("one of a group named in apposition is the one who does the deed", "[events]") {
    const auto story = test::extract("Fishermen find Bourne in the sea. One of the crew, Giancarlo, tends to Bourne.");
    const auto* tend = event_of(story, "tend");
    REQUIRE(tend);
    CHECK(among(story, tend->agents, "Giancarlo"));
    CHECK_FALSE(among(story, tend->agents, "the crew"));
}

TEST_CASE("someone after 'enough for' does the infinitive", "[events]") {
    const auto story = test::extract(
        "Arliss is attacked by a bear. Old Yeller rushes in and fights the bear off long enough for Travis's mother to "
        "rescue Arliss.");
    const auto* rescue = event_of(story, "rescue");
    REQUIRE(rescue);
    CHECK(among(story, rescue->agents, "Travis's mother"));
    CHECK_FALSE(among(story, rescue->agents, "Yeller"));
    const auto* fight = event_of(story, "fight off");
    REQUIRE(fight);
    CHECK_FALSE(among(story, fight->patients, "Travis's mother"));
}

TEST_CASE("someone after 'for' where the deed is for them does not do the infinitive", "[events]") {
    const auto story = test::extract("Tom waits for Anna to finish her work. Fyodor builds a house for Helen to please Anna.");
    const auto* finish = event_of(story, "finish");
    REQUIRE(finish);
    CHECK(among(story, finish->agents, "Anna"));
}

TEST_CASE("names a relative clause follows after ', and' are the next verb's subject, not objects", "[events]") {
    const auto story = test::extract(
        "Lena meets Kurt, Rolf and Bruno in the camp. Lena is caught in the current. Ada swims out to save her, and "
        "Kurt, Rolf and Bruno, who have followed them, arrive in time.");
    const auto* save = event_of(story, "save");
    REQUIRE(save);
    CHECK(among(story, save->patients, "Lena"));
    CHECK_FALSE(among(story, save->patients, "Kurt"));
    CHECK_FALSE(among(story, save->patients, "Bruno"));
}

TEST_CASE("'her' before a bare verb after a verb of helping is its object and that verb's doer", "[events]") {
    const auto story = test::extract("Mary meets Hank. Hank helps her find her parents.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->patients, "Mary"));
    CHECK_FALSE(among(story, help->patients, "Mary's parents"));
    const auto* find = event_of(story, "find");
    REQUIRE(find);
    CHECK(among(story, find->agents, "Mary"));
}

TEST_CASE("one after 'beneath' or 'beside' is no direct object", "[events]") {
    const auto story = test::extract("Two children, Ignorance and Want, hide beneath the robe of Marley. Algren fights beside Katsumoto.");
    const auto* fight = event_of(story, "fight");
    REQUIRE(fight);
    REQUIRE(fight->patients.size() == fight->patient_prepositions.size());
    for (std::size_t k = 0; k < fight->patients.size(); ++k) CHECK(!fight->patient_prepositions[k].empty());
}

TEST_CASE("a comma after an opening clause's object ends that clause before the main subject", "[events]") {
    const auto story = test::extract("When Harry sees Draco, Ron and Hermione congratulate Neville.");
    const plotgraph::Event* see = nullptr;
    const plotgraph::Event* congratulate = nullptr;
    for (const auto& event : story.events) {
        if (event.action == "see") see = &event;
        if (event.action == "congratulate") congratulate = &event;
    }
    REQUIRE(see);
    REQUIRE(congratulate);
    CHECK(see->patients.size() == 1);
    CHECK(congratulate->agents.size() == 2);
}

TEST_CASE("a described name set off after 'and' is the next verb's subject and no object", "[events]") {
    const auto story = test::extract("Peter meets Ellie. Ellie raises her skirt and a driver, Danker, pulls over.");
    const auto* pull = event_of(story, "pull");
    REQUIRE(pull);
    CHECK(among(story, pull->agents, "Danker"));
    const auto* raise = event_of(story, "raise");
    REQUIRE(raise);
    CHECK_FALSE(among(story, raise->patients, "Danker"));
}

TEST_CASE("a jury is a group that acts", "[events]") {
    const auto story = test::extract("Sir Wilfrid defends Leonard in court. The jury acquits Leonard.");
    const auto* acquit = event_of(story, "acquit");
    REQUIRE(acquit);
    CHECK(among(story, acquit->agents, "the jury"));
    CHECK(among(story, acquit->patients, "Leonard"));
}

TEST_CASE("a bare verb after 'and' goes on for names joined by 'and'", "[events]") {
    const auto story = test::extract("Billy falls in. Ethel and Charlie come back and pull him out.");
    const auto* pull = event_of(story, "pull out");
    REQUIRE(pull);
    CHECK(among(story, pull->agents, "Ethel"));
    CHECK(among(story, pull->agents, "Charlie"));
    CHECK(among(story, pull->patients, "Billy"));
}

TEST_CASE("a gerund after an object and 'into' is the object's deed", "[events]") {
    const auto story = test::extract("Denby pressures Edna into taking in Will, a blind veteran.");
    const auto* take_in = event_of(story, "take in");
    REQUIRE(take_in);
    CHECK(among(story, take_in->agents, "Edna"));
    CHECK(among(story, take_in->patients, "Will"));
    CHECK_FALSE(among(story, take_in->agents, "Denby"));
}

TEST_CASE("a name after a preposition in an apposition does not do the infinitive after it", "[events]") {
    const auto story = test::extract(
        "Nadia wins the contest. Mr. Hale asks his old friend Dr. Omar Reyes, a professor on leave from Stanford, "
        "to coach her.");
    const auto* coach = event_of(story, "coach");
    REQUIRE(coach);
    CHECK(among(story, coach->agents, "Dr. Omar Reyes"));
    CHECK_FALSE(among(story, coach->agents, "Stanford"));
    CHECK(among(story, coach->patients, "Nadia"));
}

TEST_CASE("an infinitive after a believed verb is believed too", "[events]") {
    const auto story = test::extract("Helen visits Matthew. Hope's parents, Clyde and Mary, assume she has come to support them.");
    const auto* support = event_of(story, "support");
    REQUIRE(support);
    CHECK(support->believed);
}

TEST_CASE("'at first' between a subject and its verb leaves the verb an event", "[events]") {
    const auto story = test::extract("Gaston at first taunts Lennie, but he softens later.");
    const auto* taunt = event_of(story, "taunt");
    REQUIRE(taunt);
    CHECK(among(story, taunt->agents, "Gaston"));
    CHECK(among(story, taunt->patients, "Lennie"));
}

TEST_CASE("with a name's help before a plural pronoun helps everyone the pronoun stands for", "[events]") {
    const auto story = test::extract("Oliver and Tito arrive, and with Fagin's help they free Jenny.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Fagin"));
    CHECK(among(story, help->patients, "Oliver"));
    CHECK(among(story, help->patients, "Tito"));
}

TEST_CASE("a clause whose subject comes before a belief verb set off after it is no belief", "[events]") {
    const auto story = test::extract("Manzo, fearing for his daughter Shino, has cut her hair to disguise her as a boy.");
    const auto* cut = event_of(story, "cut");
    REQUIRE(cut);
    CHECK_FALSE(cut->believed);
    const auto* disguise = event_of(story, "disguise");
    REQUIRE(disguise);
    CHECK_FALSE(disguise->believed);
}

TEST_CASE("'from then on' before a subject leaves it the subject", "[events]") {
    const auto story = test::extract("From then on Schultz protects Hannah.");
    const auto* protect = event_of(story, "protect");
    REQUIRE(protect);
    CHECK(among(story, protect->agents, "Schultz"));
    CHECK(among(story, protect->patients, "Hannah"));
}

TEST_CASE("every name of a list before 'to' does the infinitive of a verb of persuading", "[events]") {
    const auto story = test::extract("Edward persuades the twin singers Ping and Jing to help him get back to America.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Ping"));
    CHECK(among(story, help->agents, "Jing"));
    CHECK(among(story, help->patients, "Edward"));
}

TEST_CASE("the owner of a second object is no patient", "[events]") {
    const auto story = test::extract("Billy Ray listens as Mortimer pays Randolph his dollar.");
    const auto* pay = event_of(story, "pay");
    REQUIRE(pay);
    CHECK(among(story, pay->patients, "Randolph"));
    CHECK(pay->patients.size() == 1);
    const auto kite = test::extract("Matilda meets the twins. Later Paddington mends the twins' kite.");
    const auto* mend = event_of(kite, "mend");
    REQUIRE(mend);
    CHECK(among(kite, mend->patients, "the twins"));
}

TEST_CASE("a participle after a thing the subject makes is the subject's deed", "[events]") {
    const auto story = test::extract(
        "Slade rises and gives a passionate speech defending Charlie's integrity and denouncing Trask.");
    const auto* denounce = event_of(story, "denounce");
    REQUIRE(denounce);
    CHECK(among(story, denounce->agents, "Slade"));
    CHECK(among(story, denounce->patients, "Trask"));
    const auto* give = event_of(story, "give");
    REQUIRE(give);
    CHECK(give->patients.empty());
    const auto received = test::extract("Erin receives a threatening phone call warning her to stop.");
    const auto* warn = event_of(received, "warn");
    CHECK_FALSE((warn && among(received, warn->agents, "Erin")));
}

TEST_CASE("'that' after the object of a verb of telling opens what is told", "[events][discourse]") {
    const auto story = test::extract("Jack goes back to the store and tells Anne that he loves her.");
    const auto* love = event_of(story, "love");
    REQUIRE(love);
    CHECK(among(story, love->agents, "Jack"));
    CHECK(among(story, love->patients, "Anne"));
}

TEST_CASE("help from someone and someone's advice help the clause's doers", "[events]") {
    const auto story = test::extract("With help from Thunderbolt, a falcon, Roz and Fink train Brightbill.");
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Thunderbolt"));
    CHECK(among(story, help->patients, "Roz"));
    CHECK(among(story, help->patients, "Fink"));
    const auto advice = test::extract("With Bert's advice, Eddie wins the game.");
    const auto* advised = event_of(advice, "help");
    REQUIRE(advised);
    CHECK(among(advice, advised->agents, "Bert"));
    CHECK(among(advice, advised->patients, "Eddie"));
}

TEST_CASE("a pronoun right after a list of helpers is the whole subject of the clause", "[events]") {
    const auto story = test::extract(
        "Odysseus strings the bow. With the help of Telemachus, Eumaeus and the loyal cowherd Philoetius he kills the "
        "rest of the suitors.");
    const auto* kill = event_of(story, "kill");
    REQUIRE(kill);
    CHECK(among(story, kill->agents, "Odysseus"));
    CHECK_FALSE(among(story, kill->agents, "Eumaeus"));
    const auto* help = event_of(story, "help");
    REQUIRE(help);
    CHECK(among(story, help->agents, "Eumaeus"));
    CHECK(among(story, help->agents, "Philoetius"));
    CHECK(among(story, help->patients, "Odysseus"));
}

TEST_CASE("American regular pasts of verbs with an irregular one are verbs", "[events]") {
    const auto story = test::extract("Waverly quarreled with her mother Lindo. Later Lindo showed Waverly the letter.");
    CHECK(event_of(story, "quarrel"));
    CHECK(event_of(story, "show"));
}

TEST_CASE("'who' after an apposition with a preposition in it is the one the apposition describes", "[events]") {
    const auto story = test::extract("Ricky meets Kahu, a girl on horseback, who takes him home.");
    const auto* take = event_of(story, "take");
    REQUIRE(take);
    CHECK(among(story, take->agents, "Kahu"));
}

TEST_CASE("a second relative clause joined by 'and' is about the first one's antecedent", "[events]") {
    const auto story = test::extract("Ricky and Hec meet Sam, who lives alone and who gives them shelter.");
    const auto* give = event_of(story, "give");
    REQUIRE(give);
    CHECK(among(story, give->agents, "Sam"));
    CHECK(among(story, give->patients, "Ricky"));
}

TEST_CASE("'has to' before a verb is an auxiliary, and its subject does the deed", "[events]") {
    const auto story = test::extract("Bruce is arrested again, and each time Hildy has to bail him out.");
    const auto* bail = event_of(story, "bail");
    REQUIRE(bail);
    CHECK(among(story, bail->agents, "Hildy"));
    CHECK(among(story, bail->patients, "Bruce"));
    const auto* arrest = event_of(story, "arrest");
    REQUIRE(arrest);
    CHECK_FALSE(among(story, arrest->patients, "Hildy"));
}

TEST_CASE("an infinitive after an -ing form of a verb of intent is only meant", "[events]") {
    const auto story = test::extract("Custer is proud. Jack sneaks into Custer's camp intending to kill him.");
    const auto* kill = event_of(story, "kill");
    REQUIRE(kill);
    CHECK(kill->intended);
}

TEST_CASE("saving their lives saves the names joined before", "[events]") {
    const auto story = test::extract(
        "Royal Tenenbaum returns home. Later Royal pulls Ari and Uzi out of the way at the last moment, saving their lives.");
    const auto* save = event_of(story, "save");
    REQUIRE(save);
    CHECK(among(story, save->patients, "Ari"));
    CHECK(among(story, save->patients, "Uzi"));
    CHECK_FALSE(among(story, save->patients, "Royal Tenenbaum"));
}

TEST_CASE("a group said before in the sentence is the 'them' of doers named after it", "[events]") {
    const auto story = test::extract(
        "The night before they leave, Seifert seizes the geese, but Amy, Thomas and David break into the enclosure "
        "and free them.");
    const auto* free = event_of(story, "free");
    REQUIRE(free);
    CHECK(among(story, free->patients, "the geese"));
    CHECK_FALSE(among(story, free->patients, "Seifert"));
    const auto* seize = event_of(story, "seize");
    REQUIRE(seize);
    CHECK(among(story, seize->patients, "the geese"));
    CHECK_FALSE(among(story, seize->patients, "Amy"));
}

TEST_CASE("the 'they' of what one tells another is the two of them", "[events]") {
    const auto story = test::extract(
        "Matt Calder promises his son Mark a life of fishing, and the two plan a farm. Kay's fiance, Harry Weston, "
        "tells her they must go to Council City. They head downriver, and Matt and Mark rescue them.");
    const auto* head = event_of(story, "head");
    REQUIRE(head);
    CHECK(among(story, head->agents, "Harry Weston"));
    CHECK(among(story, head->agents, "Kay"));
    CHECK_FALSE(among(story, head->agents, "Mark"));
}

TEST_CASE("the one before 'whose' owns what the clause's verb is done to", "[events]") {
    const auto story = test::extract("They emigrate to Australia together with Micawber, whose debts Betsey pays.");
    const auto* pay = event_of(story, "pay");
    REQUIRE(pay);
    CHECK(among(story, pay->agents, "Betsey"));
    CHECK(among(story, pay->patients, "Micawber"));
}
