// The nesting guard run before Gumbo (html_depth.h): tokens from html_tokens.h go through
// the tree builder model of html_tree_model.h; the tags it rejects are left out of a copy.
#include "read/nesting/html_depth.h"

#include <algorithm>

#include "read/nesting/html_tag_sets.h"
#include "read/nesting/html_tokens.h"
#include "read/nesting/html_tree_model.h"

namespace almanac::index {
namespace {

// A copy of the input without some tags, made only once a first tag is cut.
class CutCopy {
 public:
  explicit CutCopy(std::string_view html) : html_(html) {}

  // Leaves the tag out; a block-level tag leaves a <br> in its place, so the lines of
  // text it held stay apart (a heading and the date line below it remain two lines).
  void cut(const html::Tag& tag) {
    if (!cutting_) {
      cutting_ = true;
      out_.reserve(html_.size());
    }
    out_.append(html_.substr(copied_, tag.begin - copied_));
    if (html::kLineBlock.test(tag.tag)) out_.append("<br>");
    copied_ = tag.end;
  }

  std::optional<std::string> finish() {
    if (!cutting_) return std::nullopt;
    out_.append(html_.substr(copied_));
    return std::move(out_);
  }

 private:
  std::string_view html_;
  std::string out_;
  bool cutting_ = false;
  std::size_t copied_ = 0;
};

bool has_text(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return !html::is_space(c); });
}

}  // namespace

std::optional<std::string> limit_html_nesting(std::string_view html, std::size_t max_depth) {
  // Each tag opens at most three elements (an implied <tbody> and <tr>, or a reopened
  // formatting element), so a text with few tags cannot nest too deep.
  if (static_cast<std::size_t>(std::count(html.begin(), html.end(), '<')) * 3 + 2 <=
      max_depth) {
    return std::nullopt;
  }
  html::TreeBuilderModel model(max_depth);
  CutCopy copy(html);
  html::Tag tag;
  std::size_t pos = 0;
  std::size_t text_begin = 0;  // where the text since the last markup starts
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (model.frameset_ok() && has_text(html.substr(text_begin, pos - text_begin))) {
      model.saw_text();
    }
    const char next = pos + 1 < html.size() ? html[pos + 1] : '\0';
    if (next == '!' && html.compare(pos, 4, "<!--") == 0) {
      pos = html::comment_end(html, pos + 4);
    } else if (next == '!' && model.in_foreign_content() &&
               html.compare(pos, 9, "<![CDATA[") == 0) {
      const std::size_t close = html.find("]]>", pos + 9);
      pos = close == std::string_view::npos ? html.size() : close + 3;
    } else if (next == '!' || next == '?' ||
               (next == '/' && pos + 2 < html.size() && !html::is_alpha(html[pos + 2]))) {
      const std::size_t close = html.find('>', pos + 2);  // a doctype or a bogus comment
      pos = close == std::string_view::npos ? html.size() : close + 1;
    } else if (next == '/' && pos + 2 < html.size()) {
      if (!html::read_tag(html, pos, pos + 2, tag)) break;
      pos = tag.end;
      if (!model.end_tag(tag)) copy.cut(tag);
    } else if (html::is_alpha(next)) {
      if (!html::read_tag(html, pos, pos + 1, tag)) break;
      pos = tag.end;
      // <plaintext> makes the rest of the input text; reading on as markup errs safely.
      const bool raw = !model.in_foreign_content() && html::kRawText.test(tag.tag);
      const html::TreeBuilderModel::Verdict verdict = model.start_tag(tag);
      if (verdict == html::TreeBuilderModel::Verdict::kCut) copy.cut(tag);
      if (raw && verdict == html::TreeBuilderModel::Verdict::kProcessed) {
        const std::size_t close =
            tag.tag == GUMBO_TAG_SCRIPT
                ? html::script_end(html, pos)
                : html::raw_text_end(html, pos, gumbo_normalized_tagname(tag.tag));
        if (close == html::kNone || !html::read_tag(html, close, close + 2, tag)) break;
        pos = tag.end;
      }
    } else {
      ++pos;  // a '<' that is text
      continue;
    }
    text_begin = pos;
  }
  return copy.finish();
}

}  // namespace almanac::index
