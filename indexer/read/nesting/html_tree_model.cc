// The tree builder model of the nesting guard (html_tree_model.h).
#include "read/nesting/html_tree_model.h"

#include <algorithm>
#include <initializer_list>

namespace almanac::index::html {
namespace {

const TagSet kTable = TagSet().set(GUMBO_TAG_TABLE);
const TagSet kCell = TagSet().set(GUMBO_TAG_TD).set(GUMBO_TAG_TH);

std::string formatting_key(GumboTag tag, std::string_view attributes) {
  std::string key = gumbo_normalized_tagname(tag);
  key += '\x1f';
  key.append(attributes);
  return key;
}

// True for an HTML start tag that ends SVG or MathML content.
bool breaks_out(const Tag& t) {
  return kBreakout.test(t.tag) ||
         (t.tag == GUMBO_TAG_FONT &&
          (contains_ci(t.attributes, "color") || contains_ci(t.attributes, "face") ||
           contains_ci(t.attributes, "size")));
}

}  // namespace

TreeBuilderModel::TreeBuilderModel(std::size_t max_depth)
    : max_depth_(std::max<std::size_t>(max_depth, 3)) {
  push_element(GUMBO_TAG_HTML, {}, {});
  push_element(GUMBO_TAG_BODY, {}, {});
}

bool TreeBuilderModel::is_open(const Tag& t) const {
  if (t.tag != GUMBO_TAG_UNKNOWN) return open_count_[t.tag] > 0;
  const auto it = open_unknown_.find(t.name);
  return it != open_unknown_.end() && it->second > 0;
}

// True if content at stack size `size` is parsed as SVG or MathML, not HTML.
bool TreeBuilderModel::foreign_at(std::size_t size) const {
  const Element& top = open_[size - 1];
  return top.foreign && !kIntegrationPoint.test(top.tag);
}

// Index of the nearest element below `top` matching `match`, kNone past a `stop` element.
template <typename Match>
std::size_t TreeBuilderModel::find(std::size_t top, Match match, const TagSet& stop) const {
  for (std::size_t i = top; i-- > 0;) {
    if (match(open_[i])) return i;
    if (stop.test(open_[i].tag)) return kNone;
  }
  return kNone;
}

std::size_t TreeBuilderModel::find_tag(std::size_t top, const TagSet& tags,
                                       const TagSet& stop) const {
  return find(top, [&](const Element& e) { return tags.test(e.tag); }, stop);
}

// Index of the <select> whose options are open, or kNone.
std::size_t TreeBuilderModel::open_select() const {
  std::size_t i = open_.size();
  while (i > 2 && (open_[i - 1].tag == GUMBO_TAG_OPTION ||
                   open_[i - 1].tag == GUMBO_TAG_OPTGROUP) && !open_[i - 1].foreign) {
    --i;
  }
  return open_[i - 1].tag == GUMBO_TAG_SELECT && !open_[i - 1].foreign ? i - 1 : kNone;
}

// `foreign`: the tag opens an SVG or MathML element, with no implied end tags.
TreeBuilderModel::Plan TreeBuilderModel::plan_start(const Tag& t, bool foreign,
                                                    std::size_t top) const {
  Plan plan{top};
  const GumboTag tag = t.tag;
  if (foreign) return plan;
  // An HTML tag in SVG or MathML content first closes the foreign elements.
  while (plan.keep > 2 && foreign_at(plan.keep)) --plan.keep;
  if (tag == GUMBO_TAG_UNKNOWN) return plan;
  if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
    for (std::size_t i = plan.keep; i-- > 0;) {
      const GumboTag open = open_[i].tag;
      if (tag == GUMBO_TAG_LI ? open == GUMBO_TAG_LI
                              : (open == GUMBO_TAG_DD || open == GUMBO_TAG_DT)) {
        plan.keep = i;
        break;
      }
      if (kSpecial.test(open) && open != GUMBO_TAG_ADDRESS && open != GUMBO_TAG_DIV &&
          open != GUMBO_TAG_P) {
        break;
      }
    }
  }
  if (kClosesP.test(tag) && open_[plan.keep - 1].open_p != kNone) {
    plan.keep = open_[plan.keep - 1].open_p;
  }
  if (kHeading.test(tag) && kHeading.test(open_[plan.keep - 1].tag)) --plan.keep;
  if ((tag == GUMBO_TAG_A && !formatting_.empty()) || (tag == GUMBO_TAG_NOBR && is_open(t))) {
    const Plan agency = adoption(t, false);
    plan.keep = std::min(plan.keep, agency.keep);
    plan.entry = agency.entry;
  }
  if (tag == GUMBO_TAG_BUTTON && is_open(t)) {
    const std::size_t i = find(plan.keep, [&](const Element& e) { return same(e, t); }, kScope);
    if (i != kNone) plan.keep = i;
  }
  auto imply = [&](std::initializer_list<GumboTag> tags) {
    for (GumboTag implied : tags) plan.implied[plan.implied_count++] = implied;
  };
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TR) {
    const std::size_t cell = tag == GUMBO_TAG_TR ? kNone
                             : find_tag(plan.keep, kCell, kTableScope);
    const std::size_t context = find_tag(plan.keep, kRowContext, kTableRoot);
    const GumboTag at = context == kNone ? GUMBO_TAG_UNKNOWN : open_[context].tag;
    const bool cell_tag = tag != GUMBO_TAG_TR;
    if (cell != kNone) {
      plan.keep = cell;
    } else if (context == kNone) {
      plan.ignored = true;
    } else if (at == GUMBO_TAG_TR) {
      plan.keep = cell_tag ? context + 1 : context;
    } else if (kTableSection.test(at)) {
      plan.keep = context + 1;
      if (cell_tag) imply({GUMBO_TAG_TR});
    } else {  // a <table>, or a <caption> that is closed first
      plan.keep = at == GUMBO_TAG_TABLE ? context + 1 : context;
      if (cell_tag) {
        imply({GUMBO_TAG_TBODY, GUMBO_TAG_TR});
      } else {
        imply({GUMBO_TAG_TBODY});
      }
    }
  } else if (kTableSection.test(tag) || tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_COLGROUP) {
    const std::size_t table = find_tag(plan.keep, kTable, kTableRoot);
    if (table == kNone) {
      plan.ignored = true;
    } else {
      plan.keep = table + 1;
    }
  } else if (tag == GUMBO_TAG_TABLE) {
    const std::size_t context = find_tag(plan.keep, kTableContext, kTableRoot);
    if (context != kNone && kRowContext.test(open_[context].tag) &&
        open_[context].tag != GUMBO_TAG_CAPTION) {
      const std::size_t table = find_tag(context + 1, kTable, kTableRoot);
      if (table != kNone) plan.keep = table;  // the open table is closed first
    }
  } else if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) {
    if (open_[plan.keep - 1].tag == GUMBO_TAG_OPTION) --plan.keep;
    if (tag == GUMBO_TAG_OPTGROUP && open_[plan.keep - 1].tag == GUMBO_TAG_OPTGROUP) --plan.keep;
  }
  plan.keep = std::max<std::size_t>(plan.keep, 2);  // <html> and <body> stay
  return plan;
}

// The adoption agency algorithm, as far as it changes the depth: with no "furthest block"
// (no special element above the formatting element) it pops to the formatting element;
// otherwise it re-parents and the depth stays. With `any_other_end_tag`, a tag with no
// entry in the list is handled as a plain end tag.
TreeBuilderModel::Plan TreeBuilderModel::adoption(const Tag& t, bool any_other_end_tag) const {
  Plan plan{open_.size()};
  std::size_t entry = kNone;
  for (std::size_t j = formatting_.size(); j-- > 0;) {
    if (formatting_[j].marker) break;
    if (formatting_[j].tag == t.tag) {
      entry = j;
      break;
    }
  }
  if (entry == kNone) {
    if (!any_other_end_tag || !is_open(t)) return plan;
    const std::size_t i = find(open_.size(), [&](const Element& e) { return same(e, t); },
                               kSpecial);
    if (i != kNone) plan.keep = i;
    return plan;
  }
  const std::uint64_t id = formatting_[entry].element;
  const std::size_t i =
      id == 0 ? kNone : find(open_.size(), [&](const Element& e) { return e.id == id; }, {});
  if (i == kNone) {
    plan.entry = entry;  // closed already: only leaves the list
    return plan;
  }
  for (std::size_t above = i + 1; above < open_.size(); ++above) {
    if (kSpecial.test(open_[above].tag)) return plan;  // out of scope, or a furthest block
  }
  plan.keep = i;
  plan.entry = entry;
  return plan;
}

bool TreeBuilderModel::formatting_list_full(const Tag& t) const {
  if (!kFormatting.test(t.tag) || t.tag == GUMBO_TAG_A) return false;
  const std::string key = formatting_key(t.tag, t.attributes);
  std::size_t count = 0, same_key = 0;
  for (std::size_t j = formatting_.size(); j-- > 0 && !formatting_[j].marker;) {
    ++count;
    if (formatting_[j].key == key) ++same_key;
  }
  return count + 1 - (same_key >= 3 ? 1 : 0) > kMaxActiveFormatting;  // Noah's Ark evicts one
}

TreeBuilderModel::Verdict TreeBuilderModel::start_tag(const Tag& t) {
  const GumboTag tag = t.tag;
  if (kMerged.test(tag)) {
    if (tag == GUMBO_TAG_BODY) frameset_ok_ = false;
    return Verdict::kProcessed;
  }
  std::size_t top = open_.size();  // the stack size the tag's own rules start from
  if (!foreign_at(top)) {
    const std::size_t select = open_select();
    if (open_.back().tag == GUMBO_TAG_FRAMESET) {  // only frames go into a frameset
      if (tag != GUMBO_TAG_FRAMESET) {
        return tag == GUMBO_TAG_FRAME || tag == GUMBO_TAG_NOFRAMES ? Verdict::kProcessed
                                                                   : Verdict::kIgnored;
      }
    } else if (tag == GUMBO_TAG_FRAMESET) {
      if (!frameset_ok_ || select != kNone || open_count_[GUMBO_TAG_TEMPLATE] > 0) {
        return Verdict::kIgnored;
      }
      top = 2;  // replaces the body
    } else if ((tag == GUMBO_TAG_FORM || tag == GUMBO_TAG_ISINDEX) && form_open_) {
      return Verdict::kIgnored;  // one form at a time
    } else if (select != kNone) {  // an open <select> takes options; some tags close it
      if (tag == GUMBO_TAG_SELECT) {
        pop_to(select);
        return Verdict::kProcessed;
      }
      if (tag == GUMBO_TAG_INPUT || tag == GUMBO_TAG_KEYGEN || tag == GUMBO_TAG_TEXTAREA ||
          (kTableTag.test(tag) && find_tag(select, kTableContext, kTableRoot) != kNone)) {
        top = select;
      } else if (tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP &&
                 tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_TEMPLATE) {
        return Verdict::kIgnored;
      }
    }
  }
  const bool in_foreign = foreign_at(open_.size()) && !breaks_out(t);
  const bool foreign = in_foreign || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
  if (foreign && t.self_closing) return Verdict::kProcessed;  // acknowledged: opens nothing
  const Plan plan = plan_start(t, in_foreign, top);
  if (plan.ignored) return Verdict::kIgnored;
  bool cut_tag = !foreign && formatting_list_full(t);
  // Void and raw-text elements hold no tags.
  const bool opens = foreign || (!kVoid.test(tag) && !kRawText.test(tag));
  if (opens) {
    std::size_t depth = plan.keep + off_stack_ + plan.implied_count + 1;
    for (std::size_t i = plan.keep; i < open_.size(); ++i) depth += open_[i].listed ? 1 : 0;
    cut_tag = cut_tag || depth > max_depth_;
  }
  if (cut_tag) {
    ++cut_count(t);
    if (anchor_ == 0) anchor_ = open_.size();
    return Verdict::kCut;
  }
  apply(plan);
  if (opens) push_element(tag, t.name, t.attributes, foreign);
  if (tag == GUMBO_TAG_FORM && !foreign) form_open_ = true;
  if (!foreign && kFramesetNotOk.test(tag) &&
      !(tag == GUMBO_TAG_INPUT && contains_ci(t.attributes, "hidden"))) {
    frameset_ok_ = false;
  }
  return Verdict::kProcessed;
}

bool TreeBuilderModel::end_tag(const Tag& t) {
  std::uint32_t& cut = cut_count(t);
  if (cut > 0) {
    --cut;
    return false;
  }
  end_html_tag(t);
  return true;
}

void TreeBuilderModel::end_html_tag(const Tag& t) {
  const GumboTag tag = t.tag;
  if (foreign_at(open_.size())) {  // closes the nearest foreign element of that name
    for (std::size_t i = open_.size(); i-- > 2 && open_[i].foreign;) {
      if (same(open_[i], t)) {
        pop_to(i);
        return;
      }
    }
  }
  if (!foreign_at(open_.size())) {
    const std::size_t select = open_select();
    if (select != kNone) {  // an open <select> ignores most end tags
      const auto is_tag = [&](const Element& e) { return same(e, t); };
      if (tag == GUMBO_TAG_SELECT) {
        pop_to(select);
      } else if (tag == GUMBO_TAG_OPTION || tag == GUMBO_TAG_OPTGROUP) {
        const std::size_t i = find(open_.size(), is_tag, kSelectScope);
        if (i != kNone) pop_to(i);
      } else if (kTableEnd.test(tag) && find_tag(select, kTableContext, kTableRoot) != kNone &&
                 find(open_.size(), is_tag, kTableScope) != kNone) {
        pop_to(select);
        end_html_tag(t);  // then as if no <select> were open
      }
      return;
    }
  }
  if (kFormatting.test(tag)) {
    apply(adoption(t, true));
    return;
  }
  if (tag == GUMBO_TAG_FORM) form_open_ = false;  // the element stays open, its pointer goes
  if (kMerged.test(tag) || kVoid.test(tag) || tag == GUMBO_TAG_FORM || !is_open(t)) return;
  const auto is_tag = [&](const Element& e) { return same(e, t); };
  std::size_t i = kNone;
  if (tag == GUMBO_TAG_P) {
    i = open_.back().open_p;
  } else if (tag == GUMBO_TAG_LI) {
    i = find(open_.size(), is_tag, kListScope);
  } else if (kHeading.test(tag)) {
    i = find_tag(open_.size(), kHeading, kScope);
  } else if (kTableEnd.test(tag)) {
    i = find(open_.size(), is_tag, kTableScope);
  } else if (tag == GUMBO_TAG_SELECT) {
    i = find(open_.size(), is_tag, kSelectScope);
  } else if (kSpecial.test(tag)) {
    i = find(open_.size(), is_tag, kScope);
  } else {
    i = find(open_.size(), is_tag, kSpecial);
  }
  if (i != kNone) pop_to(std::max<std::size_t>(i, 2));
}

void TreeBuilderModel::apply(const Plan& plan) {
  if (plan.entry != kNone) remove_entry(plan.entry);
  pop_to(plan.keep);
  for (std::size_t i = 0; i < plan.implied_count; ++i) push_element(plan.implied[i], {}, {});
}

void TreeBuilderModel::push_element(GumboTag tag, std::string name, std::string_view attributes,
                                    bool foreign) {
  const std::size_t index = open_.size();
  std::size_t open_p = index == 0 ? kNone : open_.back().open_p;
  if (tag == GUMBO_TAG_P) open_p = index;
  if (kButtonScope.test(tag)) open_p = kNone;
  if (tag == GUMBO_TAG_UNKNOWN) {
    ++open_unknown_[name];
  } else {
    ++open_count_[tag];
  }
  open_.push_back(Element{tag, std::move(name), next_id_++, open_p, foreign});
  if (foreign) return;
  if (kFormatting.test(tag)) {
    std::string key = formatting_key(tag, attributes);
    std::size_t same_key = 0, earliest = kNone;
    for (std::size_t j = formatting_.size(); j-- > 0 && !formatting_[j].marker;) {
      if (formatting_[j].key == key) {
        ++same_key;
        earliest = j;
      }
    }
    if (same_key >= 3) remove_entry(earliest);  // the Noah's Ark clause
    formatting_.push_back(Entry{false, tag, open_.back().id, std::move(key)});
    open_.back().listed = true;
  }
  if (kMarker.test(tag)) formatting_.push_back(Entry{true, tag, 0, {}});
}

void TreeBuilderModel::pop_to(std::size_t size) {
  while (open_.size() > size) {
    const Element& e = open_.back();
    if (e.listed) {
      for (std::size_t j = formatting_.size(); j-- > 0;) {
        if (formatting_[j].element == e.id) {
          formatting_[j].element = 0;
          ++off_stack_;
          break;
        }
      }
    }
    const GumboTag tag = e.tag;
    const bool marker = kMarker.test(tag) && !e.foreign;
    if (tag == GUMBO_TAG_UNKNOWN) {
      --open_unknown_[e.name];
    } else {
      --open_count_[tag];
    }
    open_.pop_back();
    if (marker) clear_to_marker();
    if (anchor_ != 0 && open_.size() < anchor_) {  // the cut tags are closed with their parent
      anchor_ = 0;
      cut_.fill(0);
      cut_unknown_.clear();
    }
  }
}

void TreeBuilderModel::remove_entry(std::size_t index) {
  const std::uint64_t id = formatting_[index].element;
  if (id == 0) {
    --off_stack_;
  } else {
    for (std::size_t i = open_.size(); i-- > 0;) {
      if (open_[i].id == id) {
        open_[i].listed = false;
        break;
      }
    }
  }
  formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(index));
}

void TreeBuilderModel::clear_to_marker() {
  while (!formatting_.empty()) {
    if (formatting_.back().marker) {
      formatting_.pop_back();
      return;
    }
    remove_entry(formatting_.size() - 1);
  }
}

std::uint32_t& TreeBuilderModel::cut_count(const Tag& t) {
  return t.tag == GUMBO_TAG_UNKNOWN ? cut_unknown_[t.name] : cut_[t.tag];
}

}  // namespace almanac::index::html
