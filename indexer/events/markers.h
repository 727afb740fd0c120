// Words and marks that tell the parts of a bulletin apart, in every language the readers
// know: "more information" links, theme labels, the bulletin's own issue line, parts that
// list past events, notices that a date is still to come, bylines, and quoted themes.
// Folded comparisons (Analyzer::fold), so accents and case do not matter. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/segment.h"

namespace almanac::index {

// Whether the text before a date names the bulletin's issue ("Newsletter No. 4 —",
// "Bulletin n° 42 —", "№ 4,", "العدد", "周刊").
bool is_issue_line(std::string_view text);

// Whether a heading or a list label names a part of past events ("Past events",
// "Vergangenes / Archiv", "Events attended:", "الحضور:", "往期活动"), whole or one of
// its parts.
bool is_past_heading(std::string_view text);

// Whether an event's title names a deadline or a call rather than a happening ("Talk
// submission deadline", "Date limite d'inscription", "Einsendeschluss", "Крайний срок
// подачи заявок", "الموعد النهائي للتسجيل", "报名截止", "応募締切"): a dated line, but no event.
bool is_deadline(std::string_view title);

// Whether a line names an article's author ("by Damian Conway (DCONWAY)", "par Marie
// Dupont", "بقلم …"): it stands between a title and its text, and is neither.
bool is_byline(std::string_view text);

// Whether a line is a labelled theme ("Theme: …", "主题：…"); the theme, without its
// quotation marks, through `theme`.
bool is_theme_label(std::string_view text, std::string* theme);

// Whether the first text of an item says its date is still to come ("Date to be
// confirmed", "Fecha por confirmar", "Дата уточняется", "日期待定").
bool announces_pending_date(const std::vector<Block>& blocks);

// Whether a link's text points to the event's own page ("More information", "En savoir
// plus", "Подробнее", "了解更多", "詳細", …), arrows and punctuation around it aside.
bool is_more_link_text(std::string_view text);

// The text without its enclosing quotation marks (“ ” « » „ “ 「 」 …), when it is
// wholly quoted.
std::optional<std::string> strip_quotes(std::string_view text);

}  // namespace almanac::index
