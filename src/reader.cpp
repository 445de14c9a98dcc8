#include <plotgraph/error.hpp>
#include <plotgraph/extractor.hpp>

#include <fstream>
#include <sstream>
#include <system_error>

namespace plotgraph {
namespace {

/// Length of the UTF-8 sequence starting at `i`, or 0 if it is invalid
/// (truncated, overlong, a surrogate, or beyond U+10FFFF).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) { length = 3; low = 0xA0; }
    else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
    else if (lead == 0xED) { length = 3; high = 0x9F; }
    else if (lead >= 0xEE && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) { length = 4; low = 0x90; }
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else if (lead == 0xF4) { length = 4; high = 0x8F; }
    else return 0;
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    }
    return length;
}

}  // namespace

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
