// The parts of one line of a bulletin that are not its words: a leading label ("When:",
// "Lieu :", "时间："), times of day ("10:00–11:30 Uhr", "19h30"), the separators between
// the parts of a date line, and what of a line's rest can name a place. Shared by the
// readers of pages (event_reader.h) and of event lines (line_event.h). Lengths are
// counted in characters, so that they mean the same in every script. Thread-safe.
#pragma once

#include <cstddef>
#include <regex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace almanac::index {

// The number of characters (code points) of UTF-8 text.
std::size_t chars(std::string_view text);

// Letters, counted in code points; a CJK ideograph or kana counts as two (one is a word).
std::size_t letters(std::string_view text);

// Whether text is a web address ("https://…", "www.…").
bool is_address(std::string_view text);

// Splits a leading "Label:" (at most three words, "When:", "Lieu :", "时间地点：") from a
// line; returns the rest, and the label (folded) through `label`.
std::string_view strip_label(std::string_view text, std::string* label = nullptr);

// The kinds of field a label names in label-value blocks ("Quoi :", "Où :", "Quand :",
// "Что:", "地点：").
enum class FieldLabel { kNone, kWhat, kWhen, kWhere };

// The field the label opening `text` names ("Fecha: 12 de marzo" → kWhen), or kNone when
// the text opens with no label, or with one of no known field ("Atelier : cartographie").
FieldLabel field_label(std::string_view text);

// The field a name alone names, as a table's column header does ("Title", "Lieu",
// "Fecha", "Место", "地点"), or kNone.
FieldLabel field_of_name(std::string_view name);

// The field a table's header cell names: field_of_name, and the topic of a programme's
// talks ("Topic", "Тема", "主题") as the title.
FieldLabel column_of_name(std::string_view name);

// Whether text is a label alone: "Quand :", "Ort:", "日時：".
bool is_label_only(std::string_view text);

// Whether text opens with the label of a description or an abstract ("Abstract:",
// "Résumé :", "Аннотация:", "提要：", "讲座简介："): what follows describes, never names.
bool is_description_label(std::string_view text);

// Whether text opens with the label of who speaks ("Speaker: Ana Ruiz", "Intervenant :",
// "Докладчик:", "主讲人：边燕杰", "講師："): the line names a person, never the event.
bool is_speaker_line(std::string_view text);

// Whether a phrase of a lexicon is written in Han or kana (from U+3000 on): such a
// phrase is found inside words, the others only as whole words.
bool is_cjk_phrase(std::string_view phrase);

// Where the first of `phrases` stands in `padded` (folded text with a space at both
// ends and punctuation blanked): a CJK phrase anywhere, another between spaces; npos
// when none does.
std::size_t phrase_at(std::string_view padded, std::span<const std::string_view> phrases);

// Where a label of the date ("时间：", "Date:", "Fecha :", "Дата:") that ends `before`
// (the text before a date) begins; npos when it ends with none.
std::size_t date_label_start(std::string_view before);

// Times of day, alone or as a range: "10:00–11:30 Uhr", "11:00 AM – 12:30 PM", "19h30",
// "às 15h", "18:00–22:00".
const std::regex& time_pattern();

// Words that only go with a time or a time zone: what is left of "às 15h" or "10:00 PDT".
bool is_time_word(std::string_view word);

// Whether text ends with a separator of a date line's parts ("6-8 June 2018 | Vienna"),
// or is empty.
bool ends_with_separator(std::string_view text);

// The pieces of text between any of the separators `cuts` ("a · b | c" at "·" and "|":
// "a ", " b ", " c"), in order, empty pieces kept.
std::vector<std::string> split_at(std::string_view text, std::span<const std::string_view> cuts);

// What of a date line's rest can name a place: it is cut at separators ("·", "|", " – "),
// each part loses its label ("Lugar:") and its times of day, and the parts left are
// joined again. "Fecha: · Lugar: Centro Ágora, Bogotá" gives "Centro Ágora, Bogotá".
std::string place_text(std::string_view rest);

}  // namespace almanac::index
