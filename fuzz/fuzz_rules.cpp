// Fuzzes the rule-file loader. An input is "NAME\nTEXT": NAME picks one of
// the rule files of data/ (an unknown name picks one by its length), TEXT is
// that file's text, and the other files are empty. A malformed line or a
// broken RE2 pattern must be refused with plotgraph::Error "file:line: ...";
// nothing else may escape, and nothing may crash.
#include <plotgraph/error.hpp>

#include "embedded_data.hpp"
#include "rules_data.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = std::min(input.find('\n'), input.size());
    const std::string_view asked = input.substr(0, newline);
    const auto& files = plotgraph::detail::embedded_files();
    std::string name(files[asked.size() % files.size()].name);
    for (const auto& file : files)
        if (file.name == asked) name = std::string(file.name);
    const std::unordered_map<std::string, std::string> texts = {
        {name, std::string(input.substr(std::min(newline + 1, input.size())))}};
    try {
        plotgraph::detail::parse_rule_texts(texts);
    } catch (const plotgraph::Error&) {
    }
    return 0;
}
