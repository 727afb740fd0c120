#include "events/line_text.h"

#include <algorithm>
#include <array>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include "almanac/analyzer.h"
#include "events/segment.h"

namespace almanac::index {

// The number of characters (code points) of UTF-8 text.
std::size_t chars(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// Characters that separate the parts of a date line: "6-8 June 2018 | Vienna, Austria",
// and text of symbols only.
bool ends_with_separator(std::string_view text) {
  static constexpr std::array<std::string_view, 19> kSeparators = {
      ":", "|", "·", "—", "–", "-", ",", "(", "/", "•", "：", "，", "،", " ", "►", "»", "[", "<", "【"};
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return true;
  for (std::string_view sep : kSeparators)
    if (text.ends_with(sep)) return true;
  // Symbols alone open a line as a bullet does: "📅 ", "✔ ", "→ ".
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
    if (u_isalnum(u.char32At(i))) return false;
  return true;
}

// Splits a leading "Label:" (at most three words, "When:", "Lieu :", "时间地点：") from a
// line; returns the rest, and the label (folded) through `label`.
std::string_view strip_label(std::string_view text, std::string* label) {
  std::size_t colon = std::string_view::npos;
  std::size_t after = 0;
  for (std::string_view mark : {std::string_view(":"), std::string_view("：")}) {
    std::size_t at = text.find(mark);
    if (at != std::string_view::npos && at < colon) {
      colon = at;
      after = at + mark.size();
    }
  }
  // At most 24 characters, in any script ("Следующая встреча" is 33 bytes).
  constexpr std::size_t kMaxLabelChars = 24;
  if (colon == std::string_view::npos || colon == 0 || chars(text.substr(0, colon)) > kMaxLabelChars) return text;
  std::string_view name = text.substr(0, colon);
  if (std::count(name.begin(), name.end(), ' ') > 3) return text;
  for (char c : name)
    if (c >= '0' && c <= '9') return text;  // "10:30" is a time, not a label
  if (label) {
    *label = analyzer().fold(name);
    while (!label->empty() && label->back() == ' ') label->pop_back();
  }
  std::string_view rest = text.substr(after);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return rest;
}

namespace {

// Labels of a date or of a date and time, folded.
constexpr std::array<std::string_view, 53> kDateLabels = {
    "date", "dates", "when", "time", "date and time", "quand", "date et heure", "fecha",
    "fechas", "cuando", "fecha y hora", "wann", "datum", "termin", "zeit", "data", "quando",
    "data e hora", "дата", "когда", "время", "дата и время", "التاريخ", "الموعد", "الزمان", "متى",
    "时间", "日期", "時間", "日時", "活动时间", "活動時間", "开始时间", "開催日", "日程",
    "举办时间", "舉辦時間",
    // The date of a recurring meeting's next session, under the meeting's name.
    "next meetup", "next meeting", "next session", "prochaine rencontre", "prochaine reunion",
    "prochaine session", "nachstes treffen", "nachster termin", "proxima reunion",
    "proxima sesion", "proximo encontro", "proxima reuniao", "следующая встреча",
    "ближайшая встреча", "下次活动", "次回"};
// Labels of a place, folded.
constexpr std::array<std::string_view, 26> kPlaceLabels = {
    "where", "place", "venue", "location", "address", "lieu", "ou", "adresse", "lugar", "donde",
    "sede", "ort", "wo", "veranstaltungsort", "standort", "local", "onde", "endereco", "место",
    "где", "адрес", "المكان", "地点", "地點", "会場", "場所"};
// Labels of what the event is, folded.
constexpr std::array<std::string_view, 42> kWhatLabels = {
    "what", "event", "title", "quoi", "evenement", "titre", "que", "evento", "titulo", "was",
    "veranstaltung", "titel", "o que", "что", "событие", "мероприятие", "название", "الحدث",
    "الفعالية", "العنوان", "活动", "活動", "活动名称", "イベント名", "event name", "name",
    "nom", "nombre", "nome", "イベント", "题目", "題目", "讲座题目", "报告题目", "タイトル",
    // What is on: "Au programme : Amalgama", "Programa: …", "Программа: …".
    "au programme", "programme", "program", "programa", "programm", "программа", "البرنامج"};
// Labels of who speaks, folded: the line after "主讲人：边燕杰" is the speaker's
// affiliation, and neither names the event.
constexpr std::array<std::string_view, 38> kSpeakerLabels = {
    "speaker", "speakers", "presenter", "presenters", "intervenant", "intervenants",
    "intervenante", "conferencier", "conferenciere", "orateur", "ponente", "ponentes",
    "conferenciante", "referent", "referentin", "referenten", "vortragende", "vortragender",
    "sprecher", "palestrante", "palestrantes", "докладчик", "докладчики", "спикер", "спикеры",
    "лектор", "المتحدث", "المحاضر", "主讲人", "主讲", "报告人", "讲者", "主讲嘉宾", "主講人",
    "講師", "登壇者", "スピーカー", "発表者"};
// Words of a date column's header that name another date than the event's: "截止日期"
// (deadline), "刊载日期" (published), "Publication date", "Fecha límite".
constexpr std::array<std::string_view, 34> kOtherDateWords = {
    "due", "deadline", "publication", "published", "posted", "release", "submission",
    "registration", "inscription", "soumission", "limite", "publicacion", "inscripcion",
    "publicacao", "inscricao", "veroffentlichung", "anmeldung", "einsendeschluss", "публикации",
    "регистрации", "النشر", "التسجيل", "截止", "刊载", "刊登", "发布", "发表", "报名", "申请",
    "更新", "締切", "掲載", "公開", "申込"};

// Labels of a description or an abstract ("Abstract:", "Résumé :", "提要：", "讲座简介："),
// folded: the text after them describes an event, it never names one.
constexpr std::array<std::string_view, 24> kDescriptionLabels = {
    "abstract", "summary", "description", "resume", "descriptif", "resumen", "descripcion",
    "zusammenfassung", "beschreibung", "kurzbeschreibung", "resumo", "descricao", "аннотация",
    "описание", "الملخص", "الوصف", "提要", "摘要", "简介", "讲座简介", "内容简介", "活动简介", "概要", "内容"};

// Column headers of a programme's talks, which title its rows: "Topic", "Тема".
constexpr std::array<std::string_view, 12> kTopicColumns = {
    "topic", "subject", "sujet", "tema", "thema", "assunto", "тема", "الموضوع", "主题", "主題",
    "題目", "テーマ"};

template <std::size_t N>
bool is_in(const std::array<std::string_view, N>& words, std::string_view folded) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}

// The field a folded name names, without the spaces and colons after it.
FieldLabel field_of_folded(std::string label) {
  while (!label.empty() && (label.back() == ' ' || label.back() == ':')) label.pop_back();
  if (is_in(kDateLabels, label)) return FieldLabel::kWhen;
  if (is_in(kPlaceLabels, label)) return FieldLabel::kWhere;
  if (is_in(kWhatLabels, label)) return FieldLabel::kWhat;
  return FieldLabel::kNone;
}

// Whether text opens with a label ("Speaker:", "提要：") that is one of `labels`.
template <std::size_t N>
bool opens_with_label_of(std::string_view text, const std::array<std::string_view, N>& labels) {
  std::string label;
  if (strip_label(text, &label).size() == text.size() || label.empty()) return false;
  return is_in(labels, label);
}

}  // namespace

FieldLabel column_of_name(std::string_view name) {
  // Without the symbols that decorate a header: "🗓️Fecha", "📌 Lugar".
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  int32_t begin = 0;
  while (begin < u.length() && !u_isalnum(u.char32At(begin))) begin = u.moveIndex32(begin, 1);
  std::string bare;
  u.tempSubStringBetween(begin).toUTF8String(bare);
  std::string label = analyzer().fold(bare);
  while (!label.empty() && (label.back() == ' ' || label.back() == ':')) label.pop_back();
  const FieldLabel field = field_of_folded(label);
  if (field != FieldLabel::kNone) return field;
  if (is_in(kTopicColumns, label)) return FieldLabel::kWhat;
  // A date of some kind ("Event date", "Date de l'événement", "开展日期"): the event's,
  // unless it names another.
  const std::string_view whole = label;
  const std::size_t first_space = whole.find(' '), last_space = whole.rfind(' ');
  auto is_date_word = [](std::string_view w) { return w == "date" || w == "dates" || w == "datum" || w == "fecha" || w == "data"; };
  bool is_date = first_space != std::string::npos &&
                 (is_date_word(whole.substr(0, first_space)) || is_date_word(whole.substr(last_space + 1)));
  for (std::string_view tail : {"日期", "日時", "时间", "時間"})
    is_date = is_date || (label.ends_with(tail) && label.size() > tail.size());
  if (is_date && phrase_at(" " + label + " ", kOtherDateWords) == std::string::npos) return FieldLabel::kWhen;
  return FieldLabel::kNone;
}

bool is_speaker_line(std::string_view text) { return opens_with_label_of(text, kSpeakerLabels); }

FieldLabel field_of_name(std::string_view name) { return field_of_folded(analyzer().fold(name)); }

bool is_description_label(std::string_view text) { return opens_with_label_of(text, kDescriptionLabels); }

FieldLabel field_label(std::string_view text) {
  std::string label;
  if (strip_label(text, &label).size() == text.size() || label.empty()) return FieldLabel::kNone;
  return field_of_folded(std::move(label));
}

bool is_label_only(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.ends_with(":") && !text.ends_with("：")) return false;
  return strip_label(text).empty();
}

bool is_cjk_phrase(std::string_view phrase) {
  return !phrase.empty() && static_cast<unsigned char>(phrase.front()) >= 0xE3;
}

std::size_t phrase_at(std::string_view padded, std::span<const std::string_view> phrases) {
  std::size_t best = std::string_view::npos;
  for (std::string_view phrase : phrases) {
    std::string needle = is_cjk_phrase(phrase) ? std::string(phrase) : " " + std::string(phrase) + " ";
    std::size_t at = padded.find(needle);
    if (at != std::string_view::npos && (best == std::string_view::npos || at < best)) best = at;
  }
  return best;
}

std::size_t date_label_start(std::string_view before) {
  const auto& kLabels = kDateLabels;
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.ends_with(":")) before.remove_suffix(1);
  else if (before.ends_with("：")) before.remove_suffix(std::string_view("：").size());
  else return std::string_view::npos;
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  std::size_t best = std::string_view::npos;
  for (std::string_view label : kLabels) {
    // The label's own characters, case-folded: compare the tail of the same length in
    // code points.
    std::size_t n = chars(label);
    std::size_t at = before.size();
    for (std::size_t k = 0; k < n && at > 0; ++k) {
      --at;
      while (at > 0 && (static_cast<unsigned char>(before[at]) & 0xC0) == 0x80) --at;
    }
    if (chars(before.substr(at)) != n || analyzer().fold(before.substr(at)) != label) continue;
    // A label of a script written with spaces follows a separator ("Meetup – Date:"),
    // not a word ("Save the Date:").
    if (!is_cjk_phrase(label) && at > 0 && (before[at - 1] != ' ' || !ends_with_separator(before.substr(0, at - 1)))) continue;
    if (best == std::string_view::npos || at < best) best = at;
  }
  return best;
}

// Times of day, alone or as a range: "10:00–11:30 Uhr", "11:00 AM – 12:30 PM", "19h30",
// "às 15h", "18:00–22:00", "10.00 - 18.00h"; "16.04" alone is no time ("Ubuntu 16.04 LTS").
const std::regex& time_pattern() {
  static const std::regex pattern(
      R"re(\d{1,2}([:h]\d{2}|\.\d{2}(?=\s*(uhr|h\b|[-–—]|bis))|\s*(am|pm|a\.m\.|p\.m\.|uhr|h\b))(\s*(am|pm|a\.m\.|p\.m\.|uhr))?)re"
      R"re((\s*[-–—]\s*\d{1,2}([:.h]\d{2}|\s*(am|pm|a\.m\.|p\.m\.|uhr|h\b))(\s*(am|pm|a\.m\.|p\.m\.|uhr))?)?)re",
      std::regex::icase | std::regex::optimize);
  return pattern;
}

// Words that only go with a time or a time zone: what is left of "às 15h" or "10:00 PDT".
bool is_time_word(std::string_view word) {
  static constexpr std::array<std::string_view, 27> kWords = {
      "at", "from", "às", "as", "à", "a", "de", "um", "ab", "von", "с", "в", "من", "h",
      "uhr", "utc", "gmt", "cet", "cest", "bst", "pdt", "pst", "edt", "est", "las", "alle", "ore"};
  std::string folded = analyzer().fold(word);
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
}

std::vector<std::string> split_at(std::string_view text, std::span<const std::string_view> cuts) {
  std::vector<std::string> parts{std::string(text)};
  for (std::string_view cut : cuts) {
    std::vector<std::string> split;
    for (const std::string& part : parts) {
      std::size_t from = 0;
      for (std::size_t at; (at = part.find(cut, from)) != std::string::npos; from = at + cut.size())
        split.push_back(part.substr(from, at - from));
      split.push_back(part.substr(from));
    }
    parts = std::move(split);
  }
  return parts;
}

// What of a date line's rest can name a place: it is cut at separators ("·", "|", " – "),
// each part loses its label ("Lugar:") and its times of day, and the parts left are
// joined again. "Fecha: · Lugar: Centro Ágora, Bogotá" gives "Centro Ágora, Bogotá".
std::string place_text(std::string_view rest) {
  static constexpr std::array<std::string_view, 8> kCuts = {"·", "|", "•", " – ", " — ", " - ", ";", "／"};
  std::vector<std::string> parts = split_at(rest, kCuts);
  std::string out;
  for (const std::string& part : parts) {
    std::string text(strip_label(normalize_space(part)));
    if (std::regex_search(text, time_pattern())) {
      text = std::regex_replace(text, time_pattern(), " ");
      bool has_place_word = false;
      for (const Token& t : analyzer().tokenize(text))
        has_place_word = has_place_word || (!t.is_joined && !is_time_word(text.substr(t.begin, t.end - t.begin)));
      if (!has_place_word) continue;  // nothing but a time
    }
    text = normalize_space(text);
    while (!text.empty() && (text.front() == ',' || text.front() == ':' || text.front() == '-')) text.erase(0, 1);
    text = normalize_space(text);
    if (text.empty()) continue;
    if (!out.empty()) out += " · ";
    out += text;
  }
  return out;
}

std::size_t letters(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::size_t n = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (!u_isalpha(c)) continue;
    UScriptCode script = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
    n += (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) ? 2 : 1;
  }
  return n;
}

bool is_address(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("www.");
}

}  // namespace almanac::index
