// Snippets: the passage of a description around the words a query matched, with those
// words wrapped in <mark>…</mark> and every other <, > and & escaped. A word counts as
// matched when its folded form, or its stem in the event's language, is one the query
// asked for, so stemmed matches and Chinese words are marked too. Thread-safe.
#pragma once

#include <string>

#include "query.h"

namespace almanac::search {

// At most about max_words words; the passage is cut at word boundaries and marked with
// "…" where it does not reach the start or end of the text.
std::string make_snippet(const std::string& text, const std::string& lang, const Highlight& highlight,
                         std::size_t max_words = 30);

// Escapes <, > and & for the snippet's plain text.
std::string escape_markup(std::string_view text);

}  // namespace almanac::search
