#include <plotgraph/error.hpp>
#include <plotgraph/extractor.hpp>

#include "text_util.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

namespace plotgraph {

using detail::utf8_sequence_length;

void validate_utf8(std::string_view text, std::string_view name) {
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0') {
            throw Error(Location{std::string(name), std::nullopt, i},
                        "NUL byte: binary data, not a text summary");
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) throw Error(Location{std::string(name), std::nullopt, i}, "invalid UTF-8");
        i += length;
    }
}

Input read_input(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        throw Error(Location{name, std::nullopt, std::nullopt}, "is a directory, not a file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Location{name, std::nullopt, std::nullopt}, "cannot open file");
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) throw Error(Location{name, std::nullopt, std::nullopt}, "read error");
    Input input{path.filename().string(), content.str()};
    if (input.text.empty()) throw Error(Location{name, std::nullopt, std::nullopt}, "file is empty");
    validate_utf8(input.text, name);
    return input;
}

}  // namespace plotgraph
