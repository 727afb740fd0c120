// A model of the HTML tree builder (as Gumbo 0.10 implements it), as far as it decides how
// deep elements nest: the stack of open elements with scopes, implied end tags, tables,
// <select>, <frameset>, SVG and MathML, and the list of active formatting elements with the
// adoption agency's effect on depth. The nesting guard (html_depth.h) feeds it tags and cuts
// those it rejects. Where the model must guess, it guesses deeper than the tree builder.
// Internal to the indexer.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "read/nesting/html_tag_sets.h"
#include "read/nesting/html_tokens.h"

namespace almanac::index::html {

class TreeBuilderModel {
 public:
  // Formatting elements (<b>, <font>, ...) the list of active formatting elements may hold
  // past its last marker. The tree builder reopens each one whose element was closed in
  // every following paragraph (<font color=a>x<p>, with 1,000 colours, made 23 GB of 5 MB),
  // so further ones are cut. They only style text; <a> is never cut.
  static constexpr std::size_t kMaxActiveFormatting = 6;

  // `max_depth`: the deepest an element may be opened (<html> = 1).
  explicit TreeBuilderModel(std::size_t max_depth);

  enum class Verdict {
    kProcessed,  // the tree builder acts on the tag (and a raw-text element starts)
    kIgnored,    // the tree builder ignores the tag; it stays in the text
    kCut,        // the tag would nest too deep: remove it from the text
  };
  Verdict start_tag(const Tag& t);
  // False when the end tag belongs to a start tag that was cut: remove it too.
  bool end_tag(const Tag& t);
  // Text other than whitespace was seen: a <frameset> can no longer replace the body.
  void saw_text() { frameset_ok_ = false; }
  bool frameset_ok() const { return frameset_ok_; }
  // True if content here is SVG or MathML (no raw text, CDATA sections allowed).
  bool in_foreign_content() const { return foreign_at(open_.size()); }

 private:
  struct Element {
    GumboTag tag;
    std::string name;       // for GUMBO_TAG_UNKNOWN
    std::uint64_t id;
    std::size_t open_p;     // index of the <p> in button scope at or below, or kNone
    bool foreign;           // an SVG or MathML element
    bool listed = false;    // has an entry in the list of active formatting elements
  };
  struct Entry {            // of the list of active formatting elements
    bool marker;
    GumboTag tag;
    std::uint64_t element;  // 0 once the element is no longer open
    std::string key;        // tag and attributes, for the "Noah's Ark" clause
  };
  struct Plan {             // what the tree builder does to the stack for a start tag
    std::size_t keep;       // stack size after the implied end tags
    std::array<GumboTag, 2> implied{};
    std::size_t implied_count = 0;
    std::size_t entry = kNone;  // formatting entry the adoption agency removes
    bool ignored = false;
  };

  static bool same(const Element& e, const Tag& t) {
    return e.tag == t.tag && (t.tag != GUMBO_TAG_UNKNOWN || e.name == t.name);
  }
  bool is_open(const Tag& t) const;
  bool foreign_at(std::size_t size) const;
  template <typename Match>
  std::size_t find(std::size_t top, Match match, const TagSet& stop) const;
  std::size_t find_tag(std::size_t top, const TagSet& tags, const TagSet& stop) const;
  std::size_t open_select() const;
  Plan plan_start(const Tag& t, bool foreign, std::size_t top) const;
  Plan adoption(const Tag& t, bool any_other_end_tag) const;
  bool formatting_list_full(const Tag& t) const;
  void end_html_tag(const Tag& t);
  void apply(const Plan& plan);
  void push_element(GumboTag tag, std::string name, std::string_view attributes,
                    bool foreign = false);
  void pop_to(std::size_t size);
  void remove_entry(std::size_t index);
  void clear_to_marker();
  std::uint32_t& cut_count(const Tag& t);

  std::size_t max_depth_;
  std::vector<Element> open_;
  std::vector<Entry> formatting_;
  std::array<std::uint32_t, GUMBO_TAG_LAST + 1> open_count_{};
  std::unordered_map<std::string, std::uint32_t> open_unknown_;
  std::size_t off_stack_ = 0;  // formatting entries whose element is closed (reopened later)
  std::uint64_t next_id_ = 1;
  bool frameset_ok_ = true;    // a <frameset> would still replace the body
  bool form_open_ = false;     // the tree builder's form element pointer is set
  // Start tags cut and not yet closed, by name, and the stack size when the first was cut:
  // they all close when the element then on top does.
  std::array<std::uint32_t, GUMBO_TAG_LAST + 1> cut_{};
  std::unordered_map<std::string, std::uint32_t> cut_unknown_;
  std::size_t anchor_ = 0;
};

}  // namespace almanac::index::html
