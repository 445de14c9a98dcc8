#include <catch2/catch.hpp>

#include <plotgraph/error.hpp>
#include <plotgraph/extractor.hpp>

#include <filesystem>
#include <fstream>

namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
    const auto path = std::filesystem::temp_directory_path() / ("plotgraph_test_" + name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

std::string error_of(const std::function<void()>& action) {
    try {
        action();
    } catch (const plotgraph::Error& error) {
        return error.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("valid UTF-8 with curly quotes and Cyrillic passes", "[reader]") {
    CHECK_NOTHROW(plotgraph::validate_utf8("Vladimir\xE2\x80\x99s \xD0\x92\xD0\xBB", "x"));
}

TEST_CASE("invalid UTF-8 is reported with the name and byte offset", "[reader]") {
    CHECK(error_of([] { plotgraph::validate_utf8("abc\xFF" "def", "story.txt"); }) ==
          "story.txt: byte 3: invalid UTF-8");
}

TEST_CASE("truncated, overlong and surrogate sequences are invalid", "[reader]") {
    CHECK_THROWS_AS(plotgraph::validate_utf8("ab\xE2\x80", "t"), plotgraph::Error);
    CHECK_THROWS_AS(plotgraph::validate_utf8("\xC0\xAF", "t"), plotgraph::Error);
    CHECK_THROWS_AS(plotgraph::validate_utf8("\xED\xA0\x80", "t"), plotgraph::Error);
    CHECK_THROWS_AS(plotgraph::validate_utf8("\xF4\x90\x80\x80", "t"), plotgraph::Error);
}

TEST_CASE("a NUL byte marks binary input", "[reader]") {
    const std::string text("ab\0cd", 5);
    CHECK(error_of([&] { plotgraph::validate_utf8(text, "bin"); }) ==
          "bin: byte 2: NUL byte: binary data, not a text summary");
}

TEST_CASE("read_input names a missing file, an empty file and a directory", "[reader]") {
    CHECK_THAT(error_of([] { plotgraph::read_input("/nonexistent/plot.txt"); }),
               Catch::Contains("/nonexistent/plot.txt") && Catch::Contains("cannot open"));
    const auto empty = write_temp("empty.txt", "");
    CHECK_THAT(error_of([&] { plotgraph::read_input(empty); }), Catch::Contains("file is empty"));
    CHECK_THAT(error_of([] { plotgraph::read_input(std::filesystem::temp_directory_path()); }),
               Catch::Contains("is a directory"));
}

TEST_CASE("read_input refuses a file over the size limit before reading it", "[reader][hostile]") {
    const auto path = write_temp("big.txt", std::string(5000, 'a'));
    CHECK_THAT(error_of([&] { plotgraph::read_input(path, 4000); }),
               Catch::Contains("big.txt") && Catch::Contains("over the limit of 0.0 MB"));
    CHECK(plotgraph::read_input(path, 5000).text.size() == 5000);
}

TEST_CASE("read_input stops reading a device at the size limit", "[reader][hostile]") {
    if (!std::filesystem::exists("/dev/zero")) return;
    CHECK_THAT(error_of([] { plotgraph::read_input("/dev/zero", 100000); }),
               Catch::Contains("/dev/zero") && Catch::Contains("more than"));
}

TEST_CASE("read_input keeps the bytes and names the input after the file", "[reader]") {
    const auto path = write_temp("ok.txt", "Anna meets Boris.\n");
    const plotgraph::Input input = plotgraph::read_input(path);
    CHECK(input.name == "plotgraph_test_ok.txt");
    CHECK(input.text == "Anna meets Boris.\n");
}
