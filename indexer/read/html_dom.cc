// Gumbo to pugixml (html_dom.h).
#include "read/html_dom.h"

#include <gumbo.h>

#include <cstdlib>
#include <new>
#include <optional>
#include <vector>

#include "read/nesting/html_depth.h"
#include "read/nesting/html_tag_sets.h"

namespace almanac::index {
namespace {

// Gumbo's memory, kept in one doubly linked list of blocks so that it can be freed as a
// whole: gumbo_destroy_output() walks the tree recursively and would overflow the stack on a
// deep tree. Not thread-safe itself; each parse owns one.
class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena() {
    while (head_ != nullptr) {
      Block* next = head_->next;
      std::free(head_);
      head_ = next;
    }
  }

  static void* allocate(void* arena, std::size_t size) {
    return static_cast<GumboArena*>(arena)->allocate(size);
  }
  static void deallocate(void* arena, void* pointer) {
    static_cast<GumboArena*>(arena)->deallocate(pointer);
  }

 private:
  struct alignas(std::max_align_t) Block {
    Block* previous;
    Block* next;
  };

  void* allocate(std::size_t size) {
    void* memory = std::malloc(sizeof(Block) + size);
    // Gumbo does not check for null and C frames cannot pass an exception through.
    if (memory == nullptr) std::abort();
    auto* block = static_cast<Block*>(memory);
    block->previous = nullptr;
    block->next = head_;
    if (head_ != nullptr) head_->previous = block;
    head_ = block;
    return block + 1;
  }

  void deallocate(void* pointer) {
    if (pointer == nullptr) return;
    Block* block = static_cast<Block*>(pointer) - 1;
    if (block->previous != nullptr) {
      block->previous->next = block->next;
    } else {
      head_ = block->next;
    }
    if (block->next != nullptr) block->next->previous = block->previous;
    std::free(block);
  }

  Block* head_ = nullptr;
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool is_dropped(const GumboNode* node) {
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

// The element's name, lowercase: the normalized name of a known tag, else the name as
// written in the source.
std::string element_name(const GumboElement& element) {
  std::string name;
  if (element.tag != GUMBO_TAG_UNKNOWN) {
    name = gumbo_normalized_tagname(element.tag);
  } else {
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    name.assign(piece.data == nullptr ? "" : piece.data, piece.length);
  }
  for (char& c : name) c = lower(c);
  if (name.empty()) name = "unknown";
  return name;
}

void copy_attributes(const GumboElement& element, pugi::xml_node target) {
  std::string name;
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    name.clear();
    switch (attribute->attr_namespace) {
      case GUMBO_ATTR_NAMESPACE_XLINK: name = "xlink:"; break;
      case GUMBO_ATTR_NAMESPACE_XML: name = "xml:"; break;
      case GUMBO_ATTR_NAMESPACE_XMLNS:
        if (std::string_view(attribute->name) != "xmlns") name = "xmlns:";
        break;
      case GUMBO_ATTR_NAMESPACE_NONE: break;
    }
    name += attribute->name;
    target.append_attribute(name.c_str()).set_value(attribute->value);
  }
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  return nullptr;
}

// Walks Gumbo's tree with an explicit stack and builds the pugixml tree.
void convert(const GumboNode* document, pugi::xml_node root, std::size_t max_depth) {
  struct Frame {
    const GumboVector* children;
    unsigned next;
    pugi::xml_node target;
    bool created;  // the frame created `target` (false when flattened into an ancestor)
    bool is_flattened_block;  // a block element flattened: a <br> marks its two ends
  };
  std::vector<Frame> stack;
  stack.push_back(Frame{children_of(document), 0, root, false, false});
  std::size_t depth = 0;  // elements created on the current path
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.next >= frame.children->length) {
      if (frame.created) --depth;
      if (frame.is_flattened_block) frame.target.append_child("br");
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(frame.children->data[frame.next++]);
    switch (child->type) {
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        if (is_dropped(child)) break;
        pugi::xml_node target = frame.target;
        const bool create = depth + 1 < max_depth;  // leaves room for a flattened <br>
        // A flattened block element keeps its lines apart: its text gets a <br> on
        // each side, so a heading and the date line below it stay two lines.
        const bool is_flattened_block = !create && html::kLineBlock.test(child->v.element.tag);
        if (create) {
          target = frame.target.append_child(element_name(child->v.element).c_str());
          copy_attributes(child->v.element, target);
          ++depth;
        } else if (is_flattened_block) {
          target.append_child("br");
        }
        stack.push_back(Frame{children_of(child), 0, target, create, is_flattened_block});  // invalidates frame
        break;
      }
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        frame.target.append_child(pugi::node_pcdata).set_value(child->v.text.text);
        break;
      case GUMBO_NODE_COMMENT:
      case GUMBO_NODE_DOCUMENT:
        break;
    }
  }
}

}  // namespace

void parse_html_into(std::string_view html, pugi::xml_document& dom, std::size_t max_depth) {
  const std::optional<std::string> limited = limit_html_nesting(html, kGumboMaxDepth);
  const std::string_view input = limited ? std::string_view(*limited) : html;
  GumboArena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::allocate;
  options.deallocator = &GumboArena::deallocate;
  options.userdata = &arena;
  options.max_errors = 1000;
  const GumboOutput* output = gumbo_parse_with_options(&options, input.data(), input.size());
  convert(output->document, dom, max_depth);
  // `arena` frees the tree and the error list; gumbo_destroy_output() is not called.
}

std::string decode_html_entity(std::string_view name) {
  if (name.empty() || name.size() > 40) return {};
  std::string text = "&";
  text.append(name);
  text += ';';
  GumboArena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::allocate;
  options.deallocator = &GumboArena::deallocate;
  options.userdata = &arena;
  const GumboOutput* output = gumbo_parse_with_options(&options, text.data(), text.size());
  const GumboVector& html = output->root->v.element.children;
  if (html.length < 2) return {};
  const auto* body = static_cast<const GumboNode*>(html.data[1]);
  if (body->type != GUMBO_NODE_ELEMENT || body->v.element.children.length != 1) return {};
  const auto* node = static_cast<const GumboNode*>(body->v.element.children.data[0]);
  if (node->type != GUMBO_NODE_TEXT && node->type != GUMBO_NODE_WHITESPACE) return {};
  // A name Gumbo only knows a prefix of ("&notit;" reads as "&not" "it;") leaves the ';'.
  std::string decoded = node->v.text.text;
  if (decoded.empty() || decoded == text || (decoded.back() == ';' && name != "semi")) {
    return {};
  }
  return decoded;
}

}  // namespace almanac::index
