#include <plotgraph/error.hpp>

namespace plotgraph {
namespace {

std::string format(const Location& where, const std::string& message) {
    // Appends only: GCC 12 at -O3 warns falsely (-Wrestrict) on "literal" + std::string.
    std::string text = where.source.empty() ? std::string("<input>") : where.source;
    if (where.line) {
        text += ':';
        text += std::to_string(*where.line);
    }
    if (where.byte_offset) {
        text += ": byte ";
        text += std::to_string(*where.byte_offset);
    }
    text += ": ";
    text += message;
    return text;
}

}  // namespace

Error::Error(Location where, const std::string& message)
    : std::runtime_error(format(where, message)), where_(std::move(where)), message_(message) {}

Error::Error(const std::string& message) : std::runtime_error(message), message_(message) {}

}  // namespace plotgraph
