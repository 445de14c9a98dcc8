#pragma once
namespace plotgraph {
inline constexpr const char* version = "0.1.0";
}
