// Stable 64-bit hashing (FNV-1a) for ids, collapse keys and change detection. Stable
// across runs, machines and builds: the index stores these values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace almanac {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t seed = 0xcbf29ce484222325ULL);
std::string hex64(std::uint64_t value);  // 16 lowercase hex digits

}  // namespace almanac
