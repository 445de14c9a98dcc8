#include <plotgraph/error.hpp>
#include <plotgraph/extractor.hpp>

#include "text_util.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <system_error>

namespace plotgraph {

using detail::utf8_sequence_length;

namespace {

/// True when none of the 8 bytes at `p` is NUL or above 0x7F.
bool ascii_without_nul(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    return ((word | ((word - ones) & ~word)) & highs) == 0;
}

}  // namespace

void validate_utf8(std::string_view text, std::string_view name) {
    for (std::size_t i = 0; i < text.size();) {
        // Texts are nearly all ASCII: skip it eight bytes at a time.
        if (i + 8 <= text.size() && ascii_without_nul(text.data() + i)) {
            i += 8;
            continue;
        }
        if (text[i] == '\0') {
            throw Error(Location{std::string(name), std::nullopt, i},
                        "NUL byte: binary data, not a text summary");
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) throw Error(Location{std::string(name), std::nullopt, i}, "invalid UTF-8");
        i += length;
    }
}

namespace {

std::string megabytes(std::size_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

Error too_big(const std::string& name, std::optional<std::size_t> size, std::size_t max_bytes) {
    return Error(Location{name, std::nullopt, std::nullopt},
                 (size ? megabytes(*size) : std::string("more than ") + megabytes(max_bytes)) +
                     " is over the limit of " + megabytes(max_bytes) +
                     " for one story; raise the limit, or give a corpus of many stories to batch mode");
}

}  // namespace

Input read_input(const std::filesystem::path& path, std::size_t max_bytes) {
    const std::string name = path.string();
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        throw Error(Location{name, std::nullopt, std::nullopt}, "is a directory, not a file");
    }
    // A regular file's size is known before reading: refuse a huge one at once.
    const auto size = std::filesystem::is_regular_file(path, error) ? std::filesystem::file_size(path, error)
                                                                    : std::uintmax_t{0};
    if (!error && size > max_bytes) throw too_big(name, static_cast<std::size_t>(size), max_bytes);

    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        const int reason = errno;
        throw Error(Location{name, std::nullopt, std::nullopt},
                    reason != 0 ? std::string("cannot open file: ") + std::strerror(reason) : "cannot open file");
    }
    // Read in pieces, so that a pipe or device that never ends stops at the limit.
    std::string text;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_bytes) throw too_big(name, std::nullopt, max_bytes);
    }
    if (in.bad()) throw Error(Location{name, std::nullopt, std::nullopt}, "read error");
    if (text.empty()) throw Error(Location{name, std::nullopt, std::nullopt}, "file is empty");
    validate_utf8(text, name);
    return Input{path.filename().string(), std::move(text)};
}

}  // namespace plotgraph
