#include <plotgraph/story.hpp>

namespace plotgraph {

const char* to_string(EntityKind kind) {
    switch (kind) {
        case EntityKind::character: return "character";
        case EntityKind::place: return "place";
        case EntityKind::organization: return "organization";
    }
    return "unknown";
}

const char* to_string(MentionForm form) {
    switch (form) {
        case MentionForm::name: return "name";
        case MentionForm::pronoun: return "pronoun";
        case MentionForm::description: return "description";
    }
    return "unknown";
}

const char* to_string(Gender gender) {
    switch (gender) {
        case Gender::unknown: return "unknown";
        case Gender::male: return "male";
        case Gender::female: return "female";
    }
    return "unknown";
}

}  // namespace plotgraph
