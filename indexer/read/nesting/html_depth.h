// A guard run before Gumbo: Gumbo's tree builder scans the stack of open elements on most
// tags (quadratic time in the nesting depth: 20,000 nested <div>s take 0.6 s, 40,000 take
// 4.5 s) and frees its tree recursively. This pass follows the tags the way the HTML tree
// builder nests them and removes the start tags that would open an element deeper than a
// limit, with their end tags, so the text Gumbo sees nests no deeper than about that limit.
// The text between the removed tags is kept. Input crafted to mislead the model can still
// nest deeper in Gumbo: parsing is then slow, never unsafe (html_dom.cc frees Gumbo's tree
// as a whole and converts it without recursion). Internal to the indexer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace almanac::index {

// Returns `html` without the start tags the tree builder would nest deeper than `max_depth`
// (counting <html> as 1) and without their end tags, nor the formatting start tags past
// TreeBuilderModel::kMaxActiveFormatting that it would reopen in every paragraph; nullopt
// when nothing is cut (the caller then parses `html` itself). The model (html_tree_model.h)
// follows scopes, implied end tags, tables, <select>, <frameset>, SVG, MathML, raw text and
// the adoption agency closely enough that ordinary sloppy HTML (unclosed <p>, <li>, <td>,
// <font>) is never cut; where it must guess it guesses deeper. Time is linear in the input
// (a tag looks at no more than the ~max_depth open elements); memory is one copy at most.
std::optional<std::string> limit_html_nesting(std::string_view html, std::size_t max_depth);

}  // namespace almanac::index
