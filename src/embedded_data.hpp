// The rule files of data/, compiled in (see cmake/embed_data.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace plotgraph::detail {

struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_files();

}  // namespace plotgraph::detail
