#include <plotgraph/error.hpp>

namespace plotgraph {
namespace {

std::string format(const Location& where, const std::string& message) {
    std::string text = where.source.empty() ? std::string("<input>") : where.source;
    if (where.line) text += ":" + std::to_string(*where.line);
    if (where.byte_offset) text += ": byte " + std::to_string(*where.byte_offset);
    return text + ": " + message;
}

}  // namespace

Error::Error(Location where, const std::string& message)
    : std::runtime_error(format(where, message)), where_(std::move(where)), message_(message) {}

Error::Error(const std::string& message) : std::runtime_error(message), message_(message) {}

}  // namespace plotgraph
