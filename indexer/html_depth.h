// A guard run before Gumbo: Gumbo's tree builder scans the stack of open elements on most
// tags (quadratic time in the nesting depth: 20,000 nested <div>s take 0.6 s, 40,000 take
// 4.5 s) and frees its tree recursively. This pass follows the tags the way the HTML tree
// builder nests them and removes the start tags that would open an element deeper than a
// limit, with their end tags, so the text Gumbo sees nests no deeper than about that limit.
// The text between the removed tags is kept. Internal to the indexer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace almanac::index {

// Returns `html` without the start tags the tree builder would nest deeper than `max_depth`
// (counting <html> as 1) and without their end tags, or nullopt when no tag goes that deep
// (the caller then parses `html` itself). The estimate follows the tree builder's rules for
// scopes, implied end tags, tables, raw text and the adoption agency closely enough that
// ordinary sloppy HTML (unclosed <p>, <li>, <td>, <font>) is never cut; where it must guess
// it overestimates the depth. Linear time; memory at most one copy of `html`.
std::optional<std::string> limit_html_nesting(std::string_view html, std::size_t max_depth);

}  // namespace almanac::index
