#include "events/markers.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <set>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "almanac/analyzer.h"
#include "events/line_text.h"
#include "fields/dates.h"

namespace almanac::index {
namespace {

// Link texts that point to an event's own page, its registration or its calendar entry
// (compared folded, Analyzer::fold): never an event's title.
constexpr std::string_view kMoreLinkTexts[] = {
    "more information", "more info", "further information", "read more", "learn more",
    "find out more", "details", "more details", "event page", "register", "registration",
    "website", "en savoir plus", "plus d'informations", "plus d'information",
    "lire la suite", "inscription", "mas informacion", "leer mas", "mas detalles",
    "inscripcion", "mehr erfahren", "mehr informationen", "weitere informationen",
    "mehr", "anmeldung", "saiba mais", "mais informacoes", "mais informacao",
    "leia mais", "inscricao", "подробнее", "узнать больше", "подробная информация",
    "регистрация", "لمزيد من المعلومات", "المزيد", "مزيد من المعلومات", "了解更多",
    "更多信息", "详情", "查看详情", "了解详情", "更多详情", "点击查看", "查看詳情", "了解詳情",
    "詳細", "詳しくはこちら", "报名", "立即报名", "在线报名", "点击报名", "立即報名", "阅读更多",
    "查看更多", "التفاصيل", "التفاصيل والتسجيل", "more", "see more", "view more", "voir plus",
    "ver mas", "ver mais", "ещё", "еще", "詳細を見る", "もっと見る",
    "التسجيل", "سجل الآن",
    // Calendar entries, tickets and sign-up forms.
    "add to calendar", "add to my calendar", "add to google calendar", "add to ical",
    "ical", "rsvp", "rsvp here", "tickets", "get tickets", "register here", "sign up",
    "ajouter au calendrier", "ajouter a mon agenda", "billetterie", "anadir al calendario",
    "agregar al calendario", "entradas", "zum kalender hinzufugen", "in den kalender",
    "kalendereintrag", "adicionar ao calendario", "ingressos", "добавить в календарь",
    "билеты", "اضف الى التقويم", "إضافة إلى التقويم", "أضف إلى التقويم", "添加到日历",
    "加入日历", "加入行事曆", "カレンダーに追加", "申し込み", "参加登録"};

// Labels that announce a theme: "Theme: …", "主题：…" (folded, without the colon).
constexpr std::array<std::string_view, 18> kThemeLabels = {
    "theme", "tema", "thema", "motto", "lema", "slogan", "devise", "leitthema", "тема",
    "девиз", "主题", "主題", "テーマ", "الشعار", "شعار", "موضوع", "mote", "lemma"};

// Headings of page parts that list past events ("Past events", "Archives", "Rückblick"),
// folded: their events are no announcements of this issue.
constexpr std::array<std::string_view, 49> kPastHeadings = {
    "past events", "previous events", "recent events", "archive", "archives", "event archive",
    "evenements passes", "evenements precedents", "archives des evenements", "eventos pasados",
    "eventos anteriores", "eventos realizados", "vergangene veranstaltungen", "ruckblick",
    "archiv", "прошедшие мероприятия", "архив", "архив мероприятий", "الفعاليات السابقة",
    "الأنشطة السابقة", "往期活动", "过往活动", "活动回顾", "過去のイベント",
    // Lists of the events a group went to, in a report on the past month.
    "attended", "events attended", "attended events", "evenements auxquels nous avons participe",
    "eventos a los que asistimos", "eventos asistidos", "besuchte veranstaltungen",
    "eventos que participamos", "посещенные мероприятия", "الحضور", "参加的活动", "参加したイベント",
    "vergangenes", "vergangene termine", "vergangene events", "past", "archived events",
    "anciens evenements", "rueckblick", "eventos passados", "прошедшие события",
    "прошедшие", "过往", "過去の活動", "الفعاليات الماضية"};

// Words that, opening or closing a short heading, say that the part below lists what is
// over ("Past conferences", "Conférences passées", "Прошлые встречи", "المؤتمرات
// السابقة"), folded; and the openings that say it in scripts without spaces ("过去的会议",
// "往期分享", "過去の勉強会").
constexpr std::array<std::string_view, 34> kPastWords = {
    "past", "previous", "former", "earlier", "passes", "passees", "precedents", "precedentes",
    "anteriores", "pasados", "pasadas", "passados", "passadas", "realizados", "realizadas",
    "vergangene", "vergangenen", "fruhere", "fruheren", "bisherige", "bisherigen",
    "прошедшие", "прошлые", "прошедших", "прошлых", "предыдущие", "السابقة", "الماضية",
    "السابقه", "الماضيه", "ehemalige", "anciens", "anciennes", "derniers"};
constexpr std::array<std::string_view, 6> kPastOpenings = {"往期", "过往", "过去", "過去", "以往", "歷屆"};
constexpr std::size_t kMaxPastHeadingWords = 4;
constexpr std::size_t kMaxPastHeadingChars = 12;

// Notices that an event's date is still to come ("Date to be confirmed", "Fecha por
// confirmar", "Дата уточняется", "日期待定"), folded.
constexpr std::array<std::string_view, 16> kPendingDates = {
    "to be confirmed", "to be announced", "to be determined", "tba", "tbd", "a confirmer",
    "a preciser", "por confirmar", "por determinar", "a confirmar", "wird noch bekannt gegeben",
    "steht noch nicht fest", "уточняется", "يحدد لاحقا", "待定", "未定"};

// Words and phrases that make a dated line a deadline or a call, not a happening
// ("Talk submission deadline", "Date limite d'inscription", "Einsendeschluss",
// "Крайний срок подачи", "الموعد النهائي", "报名截止", "応募締切"), folded. Matched as
// whole words, or anywhere in scripts without spaces.
constexpr std::array<std::string_view, 35> kDeadlineWords = {
    "deadline", "deadlines", "due date", "call for papers", "call for proposals", "call for speakers",
    "cfp", "date limite", "date-limite", "appel a communications", "appel a propositions",
    "fecha limite", "plazo de inscripcion", "plazo de presentacion", "convocatoria de proyectos",
    "einsendeschluss", "anmeldeschluss", "bewerbungsschluss", "einreichungsschluss", "einreichungsfrist",
    "bewerbungsfrist", "anmeldefrist", "prazo de inscricao", "prazo de submissao", "data limite",
    "chamada de trabalhos", "крайний срок", "дедлайн", "прием заявок", "приём заявок",
    "الموعد النهايي", "اخر موعد", "截止", "締切", "締め切り"};

}  // namespace

bool is_deadline(std::string_view title) {
  // ASCII punctuation parts words: "Deadline:", "(CFP)", "Einsendeschluss!".
  std::string folded = analyzer().fold(title);
  for (char& c : folded)
    if (!(c & 0x80) && !std::isalnum(static_cast<unsigned char>(c)) && c != '-') c = ' ';
  return phrase_at(" " + normalize_space(folded) + " ", kDeadlineWords) != std::string_view::npos;
}

bool is_issue_line(std::string_view text) {
  // An issue line is short ("Newsletter No. 4 —", "Bulletin d'information n° 12 du");
  // a longer text before a date is prose that may mention an "edition".
  constexpr std::size_t kMaxIssueLineChars = 80;
  if (chars(text) > kMaxIssueLineChars) return false;
  // "№ 4, 25 апреля 2013 г.": the numero sign, which no word holds, numbers an issue.
  if (text.find("\u2116") != std::string_view::npos) return true;
  // Abbreviations of "number" ("No. 4", "Nr. 12", "n° 42") are words too in some
  // languages ("no dia 15": Portuguese "on the"): they number an issue only when a dot,
  // a degree or ordinal sign, or a number follows them.
  static constexpr std::array<std::string_view, 4> kNumberAbbreviations = {"no", "n", "nr", "vol"};
  for (const Token& t : analyzer().tokenize(text)) {
    if (!is_issue_word(t.term)) continue;
    if (std::find(kNumberAbbreviations.begin(), kNumberAbbreviations.end(), t.term) == kNumberAbbreviations.end())
      return true;
    std::string_view after = text.substr(std::min(t.end, text.size()));
    while (after.starts_with(" ")) after.remove_prefix(1);
    if (after.starts_with(".") || after.starts_with("\u00B0") || after.starts_with("\u00BA") ||
        (!after.empty() && after[0] >= '0' && after[0] <= '9'))
      return true;
  }
  return false;
}

bool is_past_heading(std::string_view text) {
  // The heading, or one of its parts: "Vergangenes / Archiv", "Archives – 2018".
  static constexpr std::array<std::string_view, 6> kCuts = {"/", "|", " - ", " – ", " — ", "·"};
  for (const std::string& part : split_at(analyzer().fold(text), kCuts)) {
    std::string folded = normalize_space(part);
    while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
    if (std::find(kPastHeadings.begin(), kPastHeadings.end(), folded) != kPastHeadings.end()) return true;
    // A short heading opened or closed by a word saying "past": "Past conferences",
    // "Vergangene Treffen", "Eventos anteriores"; not a talk titled "The past of …".
    static constexpr std::array<std::string_view, 1> kSpace = {" "};
    const std::vector<std::string> words = split_at(folded, kSpace);
    auto is_past_word = [](const std::string& w) {
      return std::find(kPastWords.begin(), kPastWords.end(), w) != kPastWords.end();
    };
    if (!words.empty() && words.size() <= kMaxPastHeadingWords && words.size() >= 2 &&
        (is_past_word(words.front()) || is_past_word(words.back())))
      return true;
    if (words.size() == 1 && chars(folded) <= kMaxPastHeadingChars)
      for (std::string_view opening : kPastOpenings)
        if (folded.starts_with(opening)) return true;
  }
  return false;
}

// A line that names an article's author ("by Damian Conway (DCONWAY)", "par Marie
// Dupont", "Автор: …"): it stands between a title and its text, and is neither.
bool is_byline(std::string_view text) {
  constexpr std::size_t kMaxBylineChars = 80;
  static constexpr std::array<std::string_view, 12> kOpenings = {
      "by ", "par ", "por ", "von ", "от ", "автор ", "автор: ", "بقلم ", "作者：", "作者:", "文：", "著者："};
  if (chars(text) > kMaxBylineChars) return false;
  std::string folded = analyzer().fold(text.substr(0, 16));
  for (std::string_view opening : kOpenings)
    if (folded.starts_with(opening) && text.size() > opening.size()) {
      // A name follows: a capital letter, or a script without case.
      icu::UnicodeString rest = icu::UnicodeString::fromUTF8(text.substr(opening.size()));
      UChar32 first = rest.char32At(0);
      return u_isupper(first) || !u_islower(first);
    }
  return false;
}

bool is_theme_label(std::string_view text, std::string* theme) {
  std::string label;
  std::string_view rest = strip_label(text, &label);
  if (rest.size() == text.size() || rest.empty()) return false;
  if (std::find(kThemeLabels.begin(), kThemeLabels.end(), label) == kThemeLabels.end()) return false;
  if (theme) *theme = strip_quotes(rest).value_or(std::string(rest));
  return true;
}

bool announces_pending_date(const std::vector<Block>& blocks) {
  for (const Block& b : blocks) {
    if (b.is_separator || b.text.empty()) continue;
    // The notice opens the item: its first text, before any description.
    std::string folded = " " + analyzer().fold(b.text.substr(0, 160)) + " ";
    for (char& c : folded)
      if (c == '.' || c == ',' || c == ':' || c == ';' || c == '(' || c == ')') c = ' ';
    return phrase_at(folded, kPendingDates) != std::string::npos;
  }
  return false;
}

bool is_more_link_text(std::string_view text) {
  std::string folded = analyzer().fold(text);
  // Trim arrows, ellipses and punctuation around the words: "More information »".
  auto is_trim = [](char c) { return c == ' ' || c == '.' || c == ':' || c == '>' || c == '-' || c == '!' || c == '(' || c == ')' || c == '[' || c == ']'; };
  while (!folded.empty() && (is_trim(folded.back()) || static_cast<unsigned char>(folded.back()) >= 0x80)) {
    // Drop a whole trailing non-ASCII symbol (», →, …) but not letters of other scripts.
    if (static_cast<unsigned char>(folded.back()) < 0x80) {
      folded.pop_back();
      continue;
    }
    std::size_t start = folded.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(folded[start]) & 0xC0) == 0x80) --start;
    std::string_view last(folded.data() + start, folded.size() - start);
    if (last == "»" || last == "→" || last == "…" || last == "›" || last == "▸" || last == "►") folded.erase(start);
    else break;
  }
  while (!folded.empty() && is_trim(folded.front())) folded.erase(0, 1);
  // The phrases are folded like the text, so they may be written with their accents.
  static const std::set<std::string> kFolded = [] {
    std::set<std::string> out;
    for (std::string_view phrase : kMoreLinkTexts) out.insert(analyzer().fold(phrase));
    return out;
  }();
  return kFolded.count(folded) > 0;
}

std::optional<std::string> strip_quotes(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kPairs = {{
      {"“", "”"}, {"„", "“"}, {"„", "”"}, {"«", "»"}, {"»", "«"}, {"\"", "\""},
      {"‘", "’"}, {"「", "」"}, {"『", "』"}, {"‹", "›"}, {"“", "“"}}};
  for (auto [open, close] : kPairs) {
    if (text.size() > open.size() + close.size() && text.starts_with(open) && text.ends_with(close)) {
      std::string_view inner = text.substr(open.size(), text.size() - open.size() - close.size());
      // A quotation mark inside means the text is not one quoted theme.
      if (inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos) continue;
      std::string out = normalize_space(inner);
      if (!out.empty()) return out;
    }
  }
  return std::nullopt;
}

}  // namespace almanac::index
