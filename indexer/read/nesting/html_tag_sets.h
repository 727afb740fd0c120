// The tag categories of the HTML tree construction rules (WHATWG, as Gumbo 0.10 implements
// them) that the nesting guard's model of the tree builder uses. Internal to the indexer.
#pragma once

#include <gumbo.h>

#include <bitset>

namespace almanac::index::html {

using TagSet = std::bitset<GUMBO_TAG_LAST + 1>;

// Elements with no content: the tree builder pops them at once.
extern const TagSet kVoid;
// <html>, <head>, <body>: the tree builder merges repeated ones, never nests them.
extern const TagSet kMerged;
// Elements whose content the tokenizer reads as text (outside SVG and MathML).
extern const TagSet kRawText;
// The boundaries of "has an element in scope".
extern const TagSet kScope;
// The boundaries of "has an element in button scope".
extern const TagSet kButtonScope;
// The boundaries of "has an element in list item scope".
extern const TagSet kListScope;
// The boundaries of "has an element in table scope".
extern const TagSet kTableScope;
// Where searches for a table context stop.
extern const TagSet kTableRoot;
// The "special" category.
extern const TagSet kSpecial;
// Formatting elements (the list of active formatting elements).
extern const TagSet kFormatting;
// Elements that put a marker on the list of active formatting elements.
extern const TagSet kMarker;
// Start tags that close an open <p> in button scope (not <table>: quirks mode).
extern const TagSet kClosesP;
// <h1> to <h6>.
extern const TagSet kHeading;
// <tbody>, <thead>, <tfoot>.
extern const TagSet kTableSection;
// End tags closed in table scope.
extern const TagSet kTableEnd;
// Elements a <tr> or a cell start tag looks for.
extern const TagSet kRowContext;
// Those and the cells.
extern const TagSet kTableContext;
// The boundaries of "has an element in select scope".
extern const TagSet kSelectScope;
// Start tags after which a <frameset> no longer replaces the body.
extern const TagSet kFramesetNotOk;
// Start tags that close a <select> inside a table.
extern const TagSet kTableTag;
// SVG and MathML elements whose content is parsed as HTML.
extern const TagSet kIntegrationPoint;
// HTML start tags that end SVG or MathML content (<font> only with some attributes).
extern const TagSet kBreakout;
// Elements that hold lines of their own (paragraphs, headings, cells, items, <br>): when
// one is flattened or cut for depth, a <br> keeps its text apart from its neighbours'.
extern const TagSet kLineBlock;

}  // namespace almanac::index::html
