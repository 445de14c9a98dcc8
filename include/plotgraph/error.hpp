// plotgraph: the one exception type the library throws.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace plotgraph {

/// Where a problem is: a file (or input name), and optionally a 1-based line
/// and a 0-based byte offset into that input.
struct Location {
    std::string source;
    std::optional<std::size_t> line;
    std::optional<std::size_t> byte_offset;
};

/// Thrown for every problem the library reports: unreadable or invalid input,
/// malformed rule files, bad arguments. `what()` reads
/// "source:line: message" or "source: byte N: message".
class Error : public std::runtime_error {
public:
    Error(Location where, const std::string& message);
    explicit Error(const std::string& message);

    const Location& where() const noexcept { return where_; }
    const std::string& message() const noexcept { return message_; }

private:
    Location where_;
    std::string message_;
};

}  // namespace plotgraph
