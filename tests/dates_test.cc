// Table-driven tests of the date-expression finder (indexer/fields/dates.h). Each row is one line
// of input and what the finder must make of it.
#include "fields/dates.h"

#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace almanac::index {
namespace {

// A line that is one date expression from its first byte to its last.
struct Whole {
  const char* text;
  const char* start;
  const char* end;
};

// A line with a date expression inside: the part the finder must cut out.
struct Span {
  const char* text;
  const char* expression;
};

// A date printed without a year, read against an issue date.
struct Yearless {
  const char* issue;
  const char* text;
  const char* start;
  const char* end;
};

// A line with several dates, as "start..end;start..end".
struct Many {
  const char* text;
  const char* ranges;
};

struct Negative {
  const char* text;
};

std::string ranges(const std::vector<DateMatch>& found) {
  std::string out;
  for (const DateMatch& m : found) {
    if (!out.empty()) out += ';';
    out += m.range.start.iso() + ".." + m.range.end.iso();
  }
  return out;
}

DateContext issued(const char* iso) {
  DateContext context;
  context.issue_date = Date::from_iso(iso);
  return context;
}

// Checks that the whole line is read as exactly one expression, start..end.
void check_whole(const Whole& c, const DateContext& context = {}) {
  INFO("text: " << c.text);
  std::string text = c.text;
  std::vector<DateMatch> found = date_finder().find_all(text, context);
  REQUIRE(ranges(found) == std::string(c.start) + ".." + c.end);
  CHECK(found[0].begin == 0);
  CHECK(found[0].end == text.size());
  CHECK(found[0].has_year);
}

template <typename Table>
auto rows(const Table& table) {
  return Catch::Generators::from_range(std::begin(table), std::end(table));
}

constexpr Whole kSingleDays[] = {
    // en
    {"23 May 2018", "2018-05-23", "2018-05-23"},
    {"May 23, 2018", "2018-05-23", "2018-05-23"},
    {"May 23 2018", "2018-05-23", "2018-05-23"},
    {"Wednesday, 23 May 2018", "2018-05-23", "2018-05-23"},
    {"Wednesday 23 May 2018", "2018-05-23", "2018-05-23"},
    {"Wed, 23 May 2018", "2018-05-23", "2018-05-23"},
    {"Wed. 23 May 2018", "2018-05-23", "2018-05-23"},
    {"Thursday, September 6, 2018", "2018-09-06", "2018-09-06"},
    {"1st June 2018", "2018-06-01", "2018-06-01"},
    {"2nd June 2018", "2018-06-02", "2018-06-02"},
    {"3rd June 2018", "2018-06-03", "2018-06-03"},
    {"4th June 2018", "2018-06-04", "2018-06-04"},
    {"June 1st, 2018", "2018-06-01", "2018-06-01"},
    {"6th of June 2018", "2018-06-06", "2018-06-06"},
    {"6 June, 2018", "2018-06-06", "2018-06-06"},
    {"23 MAY 2018", "2018-05-23", "2018-05-23"},
    {"23 may 2018", "2018-05-23", "2018-05-23"},
    {"Sept. 6, 2018", "2018-09-06", "2018-09-06"},
    {"Sept 6, 2018", "2018-09-06", "2018-09-06"},
    {"Sep 6, 2018", "2018-09-06", "2018-09-06"},
    {"Dec. 6, 2018", "2018-12-06", "2018-12-06"},
    {"6 Dec 2018", "2018-12-06", "2018-12-06"},
    {"29 February 2020", "2020-02-29", "2020-02-29"},
    // fr
    {"23 mai 2018", "2018-05-23", "2018-05-23"},
    {"le 1er juin 2018", "2018-06-01", "2018-06-01"},
    {"le 2e juin 2018", "2018-06-02", "2018-06-02"},
    {"mercredi 6 juin 2018", "2018-06-06", "2018-06-06"},
    {"le mercredi 6 juin 2018", "2018-06-06", "2018-06-06"},
    {"6 février 2018", "2018-02-06", "2018-02-06"},
    {"6 fevrier 2018", "2018-02-06", "2018-02-06"},
    {"6 FÉVRIER 2018", "2018-02-06", "2018-02-06"},
    {"6 févr. 2018", "2018-02-06", "2018-02-06"},
    {"6 août 2018", "2018-08-06", "2018-08-06"},
    {"6 aout 2018", "2018-08-06", "2018-08-06"},
    {"6 décembre 2018", "2018-12-06", "2018-12-06"},
    {"à partir du 6 juin 2018", "2018-06-06", "2018-06-06"},
    // es
    {"6 de junio de 2018", "2018-06-06", "2018-06-06"},
    {"6 de junio del 2018", "2018-06-06", "2018-06-06"},
    {"miércoles 6 de junio de 2018", "2018-06-06", "2018-06-06"},
    {"miercoles, 6 de junio de 2018", "2018-06-06", "2018-06-06"},
    {"el 6 de junio de 2018", "2018-06-06", "2018-06-06"},
    {"1º de junio de 2018", "2018-06-01", "2018-06-01"},
    {"6 de setiembre de 2018", "2018-09-06", "2018-09-06"},
    {"6 de sept. de 2018", "2018-09-06", "2018-09-06"},
    {"6 jun. 2018", "2018-06-06", "2018-06-06"},
    // de
    {"6. Juni 2018", "2018-06-06", "2018-06-06"},
    {"Mittwoch, 6. Juni 2018", "2018-06-06", "2018-06-06"},
    {"Mi., 6. Juni 2018", "2018-06-06", "2018-06-06"},
    {"am 6. Juni 2018", "2018-06-06", "2018-06-06"},
    {"6. März 2018", "2018-03-06", "2018-03-06"},
    {"6. MÄRZ 2018", "2018-03-06", "2018-03-06"},
    {"6. Jänner 2018", "2018-01-06", "2018-01-06"},
    {"6. Sept. 2018", "2018-09-06", "2018-09-06"},
    {"6. Okt. 2018", "2018-10-06", "2018-10-06"},
    {"6. Dezember 2018", "2018-12-06", "2018-12-06"},
    // pt
    {"6 de junho de 2018", "2018-06-06", "2018-06-06"},
    {"1º de junho de 2018", "2018-06-01", "2018-06-01"},
    {"quarta-feira, 6 de junho de 2018", "2018-06-06", "2018-06-06"},
    {"Quarta, 6 de junho de 2018", "2018-06-06", "2018-06-06"},  // the weekday without "-feira"
    {"terça 5 de junho de 2018", "2018-06-05", "2018-06-05"},
    {"6 de março de 2018", "2018-03-06", "2018-03-06"},
    {"6 de set. de 2018", "2018-09-06", "2018-09-06"},
    {"6 de outubro de 2018", "2018-10-06", "2018-10-06"},
    {"6 mai. 2018", "2018-05-06", "2018-05-06"},
    // it
    {"6 giugno 2018", "2018-06-06", "2018-06-06"},
    {"1° giugno 2018", "2018-06-01", "2018-06-01"},
    {"1º giugno 2018", "2018-06-01", "2018-06-01"},
    {"il 6 giugno 2018", "2018-06-06", "2018-06-06"},
    {"mercoledì 6 giugno 2018", "2018-06-06", "2018-06-06"},
    {"6 gen 2018", "2018-01-06", "2018-01-06"},
    {"6 settembre 2018", "2018-09-06", "2018-09-06"},
    // nl
    {"6 juni 2018", "2018-06-06", "2018-06-06"},
    {"zaterdag 6 juni 2018", "2018-06-06", "2018-06-06"},
    {"za. 6 juni 2018", "2018-06-06", "2018-06-06"},
    {"6 maart 2018", "2018-03-06", "2018-03-06"},
    {"6 mrt 2018", "2018-03-06", "2018-03-06"},
    {"6 mei 2018", "2018-05-06", "2018-05-06"},
    {"1e juni 2018", "2018-06-01", "2018-06-01"},
    // ru
    {"6 июня 2018", "2018-06-06", "2018-06-06"},
    {"6 июня 2018 г.", "2018-06-06", "2018-06-06"},
    {"6 июня 2018 года", "2018-06-06", "2018-06-06"},
    {"6-го июня 2018 года", "2018-06-06", "2018-06-06"},
    {"6 ИЮНЯ 2018", "2018-06-06", "2018-06-06"},
    {"6 сент. 2018 г.", "2018-09-06", "2018-09-06"},
    {"6 марта 2018 г.", "2018-03-06", "2018-03-06"},
    {"среда, 6 июня 2018 г.", "2018-06-06", "2018-06-06"},
    {"6 янв. 2018", "2018-01-06", "2018-01-06"},
    // ar
    {"6 يونيو 2018", "2018-06-06", "2018-06-06"},
    {"6 حزيران 2018", "2018-06-06", "2018-06-06"},
    {"6 يونيو/حزيران 2018", "2018-06-06", "2018-06-06"},
    {"6 أبريل 2018", "2018-04-06", "2018-04-06"},
    {"6 إبريل 2018", "2018-04-06", "2018-04-06"},
    {"6 كانون الثاني 2018", "2018-01-06", "2018-01-06"},
    {"6 كانون الأول 2018", "2018-12-06", "2018-12-06"},
    {"6 جوان 2018", "2018-06-06", "2018-06-06"},
    {"6 يونيه 2018", "2018-06-06", "2018-06-06"},
    {"الأربعاء 6 يونيو 2018", "2018-06-06", "2018-06-06"},
    {"6 يونيو 2018م", "2018-06-06", "2018-06-06"},
    {"٦ يونيو ٢٠١٨", "2018-06-06", "2018-06-06"},
    // zh, ja
    {"2018年6月6日", "2018-06-06", "2018-06-06"},
    {"2018年6月6日(水)", "2018-06-06", "2018-06-06"},
    {"2018年6月6日（水）", "2018-06-06", "2018-06-06"},
    {"2018年六月6日", "2018-06-06", "2018-06-06"},
    {"2018 年 6 月 6 日", "2018-06-06", "2018-06-06"},
    {"２０１８年６月６日", "2018-06-06", "2018-06-06"},
    {"2018年6月6号", "2018-06-06", "2018-06-06"},
};

constexpr Whole kNumericDates[] = {
    {"23.05.2018", "2018-05-23", "2018-05-23"},
    {"23/05/2018", "2018-05-23", "2018-05-23"},
    {"23-05-2018", "2018-05-23", "2018-05-23"},
    {"5.6.2018", "2018-06-05", "2018-06-05"},
    {"2018-05-23", "2018-05-23", "2018-05-23"},
    {"2018/05/23", "2018-05-23", "2018-05-23"},
    {"2018/5/23", "2018-05-23", "2018-05-23"},
    {"2018.05.23", "2018-05-23", "2018-05-23"},
    {"23.05.2018 г.", "2018-05-23", "2018-05-23"},
    {"２０１８-０５-２３", "2018-05-23", "2018-05-23"},
    {"٢٣/٠٥/٢٠١٨", "2018-05-23", "2018-05-23"},
};

constexpr Whole kRangesInOneMonth[] = {
    {"6-8 June 2018", "2018-06-06", "2018-06-08"},
    {"6 and 7 June 2018", "2018-06-06", "2018-06-07"},
    {"Les 4 et 5 novembre 2022", "2022-11-04", "2022-11-05"},
    {"6 y 7 de junio de 2018", "2018-06-06", "2018-06-07"},
    {"6. und 7. Juni 2018", "2018-06-06", "2018-06-07"},
    {"6 и 7 июня 2018 г.", "2018-06-06", "2018-06-07"},
    {"6–8 June 2018", "2018-06-06", "2018-06-08"},
    {"6—8 June 2018", "2018-06-06", "2018-06-08"},
    {"6 - 8 June 2018", "2018-06-06", "2018-06-08"},
    {"6 – 8 June 2018", "2018-06-06", "2018-06-08"},
    {"6~8 June 2018", "2018-06-06", "2018-06-08"},
    {"6 to 8 June 2018", "2018-06-06", "2018-06-08"},
    {"from 6 to 8 June 2018", "2018-06-06", "2018-06-08"},
    {"6 until 8 June 2018", "2018-06-06", "2018-06-08"},
    {"6 through 8 June 2018", "2018-06-06", "2018-06-08"},
    {"6th–8th June 2018", "2018-06-06", "2018-06-08"},
    {"6 June–8 June 2018", "2018-06-06", "2018-06-08"},
    {"6 June 2018 to 8 June 2018", "2018-06-06", "2018-06-08"},
    {"June 6-8, 2018", "2018-06-06", "2018-06-08"},
    {"June 6 - 8, 2018", "2018-06-06", "2018-06-08"},
    {"June 6–8 2018", "2018-06-06", "2018-06-08"},
    {"June 6 to 8, 2018", "2018-06-06", "2018-06-08"},
    {"June 6 through 8, 2018", "2018-06-06", "2018-06-08"},
    {"from June 6 to 8, 2018", "2018-06-06", "2018-06-08"},
    {"June 6th-8th, 2018", "2018-06-06", "2018-06-08"},
    {"Wednesday 6 to Friday 8 June 2018", "2018-06-06", "2018-06-08"},
    {"du 6 au 8 juin 2018", "2018-06-06", "2018-06-08"},
    {"6-8 juin 2018", "2018-06-06", "2018-06-08"},
    {"6 au 8 juin 2018", "2018-06-06", "2018-06-08"},
    {"du mercredi 6 au vendredi 8 juin 2018", "2018-06-06", "2018-06-08"},
    {"du 6 jusqu'au 8 juin 2018", "2018-06-06", "2018-06-08"},
    {"du 6 jusqu’au 8 juin 2018", "2018-06-06", "2018-06-08"},
    {"del 6 al 8 de junio de 2018", "2018-06-06", "2018-06-08"},
    {"6-8 de junio de 2018", "2018-06-06", "2018-06-08"},
    {"6 al 8 de junio de 2018", "2018-06-06", "2018-06-08"},
    {"desde el 6 hasta el 8 de junio de 2018", "2018-06-06", "2018-06-08"},
    {"6. bis 8. Juni 2018", "2018-06-06", "2018-06-08"},
    {"6.–8. Juni 2018", "2018-06-06", "2018-06-08"},
    {"6.-8. Juni 2018", "2018-06-06", "2018-06-08"},
    {"vom 6. bis 8. Juni 2018", "2018-06-06", "2018-06-08"},
    {"vom 6. bis zum 8. Juni 2018", "2018-06-06", "2018-06-08"},
    {"6.-8.6.2018", "2018-06-06", "2018-06-08"},
    {"06.06.-08.06.2018", "2018-06-06", "2018-06-08"},
    {"06. - 08.06.2018", "2018-06-06", "2018-06-08"},
    {"6 a 8 de junho de 2018", "2018-06-06", "2018-06-08"},
    {"de 6 a 8 de junho de 2018", "2018-06-06", "2018-06-08"},
    {"6 até 8 de junho de 2018", "2018-06-06", "2018-06-08"},
    {"dal 6 all'8 giugno 2018", "2018-06-06", "2018-06-08"},
    {"dal 6 all’8 giugno 2018", "2018-06-06", "2018-06-08"},
    {"6-8 giugno 2018", "2018-06-06", "2018-06-08"},
    {"dal 6 al 8 giugno 2018", "2018-06-06", "2018-06-08"},
    {"dall'11 al 13 giugno 2018", "2018-06-11", "2018-06-13"},
    {"6 t/m 8 juni 2018", "2018-06-06", "2018-06-08"},
    {"6 tot 8 juni 2018", "2018-06-06", "2018-06-08"},
    {"6 tot en met 8 juni 2018", "2018-06-06", "2018-06-08"},
    {"van 6 tot 8 juni 2018", "2018-06-06", "2018-06-08"},
    {"6-8 juni 2018", "2018-06-06", "2018-06-08"},
    {"6–8 июня 2018 г.", "2018-06-06", "2018-06-08"},
    {"с 6 по 8 июня 2018 года", "2018-06-06", "2018-06-08"},
    {"С 6 ПО 8 ИЮНЯ 2018 ГОДА", "2018-06-06", "2018-06-08"},
    {"6-8 июня 2018", "2018-06-06", "2018-06-08"},
    {"с 6 до 8 июня 2018 года", "2018-06-06", "2018-06-08"},
    {"6 — 8 июня 2018 г.", "2018-06-06", "2018-06-08"},
    {"6-8 يونيو 2018", "2018-06-06", "2018-06-08"},
    {"٦-٨ يونيو ٢٠١٨", "2018-06-06", "2018-06-08"},
    {"۶-۸ يونيو ۲۰۱۸", "2018-06-06", "2018-06-08"},
    {"من 6 إلى 8 يونيو 2018", "2018-06-06", "2018-06-08"},
    {"من ٦ إلى ٨ يونيو ٢٠١٨", "2018-06-06", "2018-06-08"},
    {"6 - 8 حزيران 2018", "2018-06-06", "2018-06-08"},
    {"2018年6月6日至8日", "2018-06-06", "2018-06-08"},
    {"2018年6月6日-8日", "2018-06-06", "2018-06-08"},
    {"2018年6月6日～6月8日", "2018-06-06", "2018-06-08"},
    {"2018年6月6日〜8日", "2018-06-06", "2018-06-08"},
    {"２０１８年６月６日〜８日", "2018-06-06", "2018-06-08"},
    {"2018年6月6日至2018年6月8日", "2018-06-06", "2018-06-08"},
    {"2018年6月6日到8日", "2018-06-06", "2018-06-08"},
    {"从2018年6月6日至8日", "2018-06-06", "2018-06-08"},
    {"2018年6月6日から8日まで", "2018-06-06", "2018-06-08"},
    {"2018年6月6日（水）～8日（金）", "2018-06-06", "2018-06-08"},
    // The first day without its marker, the range's closing one serving both.
    {"2018年6月6-8日", "2018-06-06", "2018-06-08"},
    {"2018 年 6 月 6–8 日", "2018-06-06", "2018-06-08"},
    {"2018年6月6〜8日", "2018-06-06", "2018-06-08"},
    {"2018-06-06/2018-06-08", "2018-06-06", "2018-06-08"},
    {"2018-06-06 – 2018-06-08", "2018-06-06", "2018-06-08"},
    {"06.06.2018 - 08.06.2018", "2018-06-06", "2018-06-08"},
    {"6/6/2018 - 8/6/2018", "2018-06-06", "2018-06-08"},
};

constexpr Whole kRangesAcrossMonths[] = {
    {"30 November – 2 December 2018", "2018-11-30", "2018-12-02"},
    {"30 November - 2 December 2018", "2018-11-30", "2018-12-02"},
    {"November 30 – December 2, 2018", "2018-11-30", "2018-12-02"},
    {"from 30 November to 2 December 2018", "2018-11-30", "2018-12-02"},
    {"6 June–8 July 2018", "2018-06-06", "2018-07-08"},
    {"June 6 – July 8, 2018", "2018-06-06", "2018-07-08"},
    {"du 30 novembre au 2 décembre 2018", "2018-11-30", "2018-12-02"},
    {"6 févr. – 8 mars 2018", "2018-02-06", "2018-03-08"},
    {"del 30 de noviembre al 2 de diciembre de 2018", "2018-11-30", "2018-12-02"},
    {"vom 30. November bis 2. Dezember 2018", "2018-11-30", "2018-12-02"},
    {"30 ноября – 2 декабря 2018 г.", "2018-11-30", "2018-12-02"},
    {"с 30 ноября по 2 декабря 2018 года", "2018-11-30", "2018-12-02"},
    {"30 novembre - 2 dicembre 2018", "2018-11-30", "2018-12-02"},
    {"30 november t/m 2 december 2018", "2018-11-30", "2018-12-02"},
    {"30 de novembro a 2 de dezembro de 2018", "2018-11-30", "2018-12-02"},
    {"30 نوفمبر - 2 ديسمبر 2018", "2018-11-30", "2018-12-02"},
    {"30 تشرين الثاني - 2 كانون الأول 2018", "2018-11-30", "2018-12-02"},
    {"2018年11月30日至12月2日", "2018-11-30", "2018-12-02"},
    {"2018年11月30-12月2日", "2018-11-30", "2018-12-02"},
    {"30.11.-02.12.2018", "2018-11-30", "2018-12-02"},
};

constexpr Whole kRangesAcrossYears[] = {
    {"30 November 2018 – 2 January 2019", "2018-11-30", "2019-01-02"},
    {"30 December 2018 – 2 January 2019", "2018-12-30", "2019-01-02"},
    {"30 December – 2 January 2019", "2018-12-30", "2019-01-02"},
    {"December 30, 2018 – January 2, 2019", "2018-12-30", "2019-01-02"},
    {"du 30 décembre 2018 au 2 janvier 2019", "2018-12-30", "2019-01-02"},
    {"30 décembre 2018 – 2 janvier 2019", "2018-12-30", "2019-01-02"},
    {"30.12.2018 - 02.01.2019", "2018-12-30", "2019-01-02"},
    {"2018-12-30/2019-01-02", "2018-12-30", "2019-01-02"},
    {"2018年12月30日至2019年1月2日", "2018-12-30", "2019-01-02"},
    {"с 30 декабря 2018 по 2 января 2019 года", "2018-12-30", "2019-01-02"},
};

constexpr Whole kWholeMonths[] = {
    {"June 2018", "2018-06-01", "2018-06-30"},
    {"juin 2018", "2018-06-01", "2018-06-30"},
    {"junio de 2018", "2018-06-01", "2018-06-30"},
    {"Juni 2018", "2018-06-01", "2018-06-30"},
    {"junho de 2018", "2018-06-01", "2018-06-30"},
    {"giugno 2018", "2018-06-01", "2018-06-30"},
    {"juni 2018", "2018-06-01", "2018-06-30"},
    {"июнь 2018", "2018-06-01", "2018-06-30"},
    {"июнь 2018 г.", "2018-06-01", "2018-06-30"},
    {"يونيو 2018", "2018-06-01", "2018-06-30"},
    {"2018年6月", "2018-06-01", "2018-06-30"},
    {"February 2020", "2020-02-01", "2020-02-29"},
    {"February 2019", "2019-02-01", "2019-02-28"},
    {"Feb. 2019", "2019-02-01", "2019-02-28"},
    {"Jänner 2018", "2018-01-01", "2018-01-31"},
    {"كانون الثاني 2018", "2018-01-01", "2018-01-31"},
    {"December 2018", "2018-12-01", "2018-12-31"},
    {"June–August 2018", "2018-06-01", "2018-08-31"},
    {"juin-août 2018", "2018-06-01", "2018-08-31"},
    {"June 2018 – March 2019", "2018-06-01", "2019-03-31"},
};

constexpr Span kSpans[] = {
    {"The conference will take place on 6-8 June 2018 in Brussels, Belgium.", "6-8 June 2018"},
    {"from 6 to 8 June 2018, Brussels", "from 6 to 8 June 2018"},
    {"Bruxelles, du 6 au 8 juin 2018 (Belgique)", "du 6 au 8 juin 2018"},
    {"Réunion le 1er juin 2018 à Paris", "le 1er juin 2018"},
    {"Wednesday, 23 May 2018 – Geneva, Switzerland", "Wednesday, 23 May 2018"},
    {"Tagung vom 6. bis 8. Juni 2018 in Berlin", "vom 6. bis 8. Juni 2018"},
    {"Семинар с 6 по 8 июня 2018 года, Москва", "с 6 по 8 июня 2018 года"},
    {"Congreso del 6 al 8 de junio de 2018, Madrid", "del 6 al 8 de junio de 2018"},
    {"Convegno dal 6 all'8 giugno 2018, Roma", "dal 6 all'8 giugno 2018"},
    {"Congresso de 6 a 8 de junho de 2018, Lisboa", "de 6 a 8 de junho de 2018"},
    {"Congres van 6 tot 8 juni 2018, Amsterdam", "van 6 tot 8 juni 2018"},
    {"会议于2018年6月6日至8日在北京举行", "2018年6月6日至8日"},
    {"東京で2018年6月6日〜8日に開催", "2018年6月6日〜8日"},
    {"مؤتمر من 6 إلى 8 يونيو 2018 في القاهرة", "من 6 إلى 8 يونيو 2018"},
    {"(6-8 June 2018)", "6-8 June 2018"},
    {"Geneva, 23.05.2018, Palais des Nations", "23.05.2018"},
    {"Due by 2018-05-23.", "2018-05-23"},
    {"COVID-19 update, June 2020", "June 2020"},
    {"日時: 2025-06-29 13:30-17:30", "2025-06-29"},  // a numeric date, then a range of times
    {"Tinkercamp: Sa/So 12. und 13. Oktober 2013", "Sa/So 12. und 13. Oktober 2013"},  // the weekdays of a range
    {"Fri/Sat 5-6 May 2018, Leeds", "Fri/Sat 5-6 May 2018"},
    {"sáb/dom 12 y 13 de octubre de 2013", "sáb/dom 12 y 13 de octubre de 2013"},
    {"30C3: Freitag den 27. bis Montag den 30. Dezember 2013", "Freitag den 27. bis Montag den 30. Dezember 2013"},
    {"Datum: 29.06.2025 13:30-17:30", "29.06.2025"},
    {"Bitcoin Summit-2019年1月26日，华沙", "2019年1月26日"},  // a dash glued to a title, then a CJK date
    {"Perl入学式-2019年2月10日", "2019年2月10日"},
    {"G20 summit 30 November – 1 December 2018, Buenos Aires", "30 November – 1 December 2018"},
    {"Room 3 - 23.05.2018", "23.05.2018"},
    {"10am 6 June 2018", "6 June 2018"},
    {"za 6 juni 2018", "6 juni 2018"},
    {"Meeting 23 May 2018.", "23 May 2018"},
    {"Meeting on 6 févr. 2018 at noon", "6 févr. 2018"},
    {"6 June 2018 - 2019 budget", "6 June 2018"},
    {"Resolution 2018/05 adopted on 23 May 2018", "23 May 2018"},
    {"Doors open 2018-06-06T10:00 UTC", "2018-06-06"},
};

constexpr Yearless kYearless[] = {
    {"2018-11-20", "6 February", "2019-02-06", "2019-02-06"},
    {"2018-03-01", "23 May", "2018-05-23", "2018-05-23"},
    {"2018-03-01", "6-8 June", "2018-06-06", "2018-06-08"},
    {"2018-11-20", "30 November – 2 December", "2018-11-30", "2018-12-02"},
    {"2018-11-20", "30 December – 2 January", "2018-12-30", "2019-01-02"},
    {"2018-11-20", "Dec 30 - Jan 2", "2018-12-30", "2019-01-02"},
    {"2018-06-07", "6-8 June", "2018-06-06", "2018-06-08"},
    // Up to six weeks before the issue date: the recent past, of the same year.
    {"2018-06-09", "6-8 June", "2018-06-06", "2018-06-08"},
    {"2019-01-07", "12月5日", "2018-12-05", "2018-12-05"},

    {"2019-01-07", "5 декабря", "2018-12-05", "2018-12-05"},
    {"2018-06-07", "7 June", "2018-06-07", "2018-06-07"},
    {"2018-06-07", "6 June", "2018-06-06", "2018-06-06"},
    {"2018-01-05", "28 December", "2017-12-28", "2017-12-28"},
    {"2018-08-09", "6-8 June", "2019-06-06", "2019-06-08"},
    {"2018-12-31", "1 January", "2019-01-01", "2019-01-01"},
    {"2015-03-01", "29 February", "2016-02-29", "2016-02-29"},
    {"2018-03-01", "23 mai", "2018-05-23", "2018-05-23"},
    {"2018-03-01", "le 23 mai", "2018-05-23", "2018-05-23"},
    {"2018-03-01", "du 6 au 8 juin", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "6 de junio", "2018-06-06", "2018-06-06"},
    {"2018-03-01", "del 6 al 8 de junio", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "6. Juni", "2018-06-06", "2018-06-06"},
    {"2018-03-01", "6. bis 8. Juni", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "6 de junho", "2018-06-06", "2018-06-06"},
    {"2018-03-01", "dal 6 all'8 giugno", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "6 t/m 8 juni", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "6 июня", "2018-06-06", "2018-06-06"},
    {"2018-03-01", "с 6 по 8 июня", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "6 يونيو", "2018-06-06", "2018-06-06"},
    {"2018-03-01", "6月6日", "2018-06-06", "2018-06-06"},
    {"2018-03-01", "6月6日～8日", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "May 23", "2018-05-23", "2018-05-23"},
    {"2018-03-01", "June 6-8", "2018-06-06", "2018-06-08"},
    {"2018-03-01", "Wednesday, 6 June", "2018-06-06", "2018-06-06"},
};

constexpr Whole kMonthFirst[] = {
    {"05/23/2018", "2018-05-23", "2018-05-23"},
    {"5/23/2018", "2018-05-23", "2018-05-23"},
    {"05-23-2018", "2018-05-23", "2018-05-23"},
    {"06/06/2018 - 06/08/2018", "2018-06-06", "2018-06-08"},
    {"23.05.2018", "2018-05-23", "2018-05-23"},
    {"2018-05-23", "2018-05-23", "2018-05-23"},
    {"May 23, 2018", "2018-05-23", "2018-05-23"},
};

constexpr Many kMany[] = {
    {"Meeting, Geneva, 23 May 2018; Workshop, Paris, 6–8 June 2018.",
     "2018-05-23..2018-05-23;2018-06-06..2018-06-08"},
    {"23.05.2018 and 2018-06-06", "2018-05-23..2018-05-23;2018-06-06..2018-06-06"},
    {"Lettre n° 27 – 20 novembre 2017", "2017-11-20..2017-11-20"},
    {"6 June 2018, 8 July 2018", "2018-06-06..2018-06-06;2018-07-08..2018-07-08"},
    {"du 6 au 8 juin 2018 et du 10 au 12 juillet 2018",
     "2018-06-06..2018-06-08;2018-07-10..2018-07-12"},
    {"Call +32 2 209 92 11 before 30 April 2018 for the 6–8 June 2018 meeting",
     "2018-04-30..2018-04-30;2018-06-06..2018-06-08"},
    {"2018年6月6日至8日、2018年7月1日", "2018-06-06..2018-06-08;2018-07-01..2018-07-01"},
    {"31 June 2018, 1 July 2018", "2018-07-01..2018-07-01"},
};

constexpr Negative kNotDates[] = {
    {"n° 27"},
    {"+32 2 209 92 11"},
    {"02 209 92 11"},
    {"Tel. +32 2 209 92 11"},
    {"0032 2 209 92 11"},
    {"+33 6 12 34 56 78"},
    {"Resolution 2018/05"},
    {"No. 12/2018"},
    {"No. 12/05/2018"},
    {"Resolution 2018/05/12"},
    {"ref 2018-05-23"},
    {"№ 12.05.2018"},
    {"10:30"},
    {"14h30"},
    {"10:30-12:00"},
    {"from 10:30 to 12:00"},
    {"14h30-16h"},
    {"COVID-19"},
    {"Ubuntu, 16.04, release notes"},  // two numbers between commas, no time after them
    {"COVID-19 2020"},
    {"USD 2,018"},
    {"€1.500"},
    {"€ 2.018,00"},
    {"1.500 €"},
    {"ISBN 978-3-16-148410-0"},
    {"ISSN 2018-0523"},
    {"2018"},
    {"in 2018"},
    {"2017-2018"},
    {"2017–2018"},
    {"from 2018 to 2019"},
    {"2018/05"},
    {"12/2018"},
    {"Art. 6-8"},
    {"pages 6-8"},
    {"192.168.1.10"},
    {"1.2.3.4"},
    {"version 2.3.2018"},
    {"12.5"},
    {"23.05"},
    {"06.06."},
    {"3rd edition"},
    {"May"},
    {"in May"},
    {"June"},
    {"6月"},
    {"6日"},
    {"2018年"},
    {"第6届"},
    {"G20"},
    {"10am"},
    {"5km"},
    {"Mayo Clinic 2018"},
    {"June 2500"},
    {"12.05.1234"},
};

constexpr Negative kInvalid[] = {
    {"31 June 2018"},
    {"32.05.2018"},
    {"31/06/2018"},
    {"29 February 2019"},
    {"0 June 2018"},
    {"00.05.2018"},
    {"2018-13-01"},
    {"2018-02-30"},
    {"2018年0月6日"},
    {"2018年6月31日"},
    {"45 June 2018"},
    {"8-6 June 2018"},
    {"8 - 6 juin 2018"},
    {"8 June 2018 - 6 June 2018"},
    {"2018-06-08/2018-06-06"},
    {"2018年6月8日至6日"},
    {"30 November 2019 – 2 December 2018"},
    {"с 8 по 6 июня 2018 года"},
};

constexpr Negative kYearlessWithoutIssue[] = {
    {"6-8 June"},
    {"23 mai"},
    {"6 February"},
    {"June 6-8"},
    {"6月6日"},
    {"du 6 au 8 juin"},
    {"6. Juni"},
    {"6 июня"},
};

TEST_CASE("a single day reads in every language with its weekday and ordinal") {
  check_whole(GENERATE(rows(kSingleDays)));
}

TEST_CASE("numeric dates read day first and ISO dates year first") {
  check_whole(GENERATE(rows(kNumericDates)));
}

TEST_CASE("a range within one month lends its month and year to the first day") {
  check_whole(GENERATE(rows(kRangesInOneMonth)));
}

TEST_CASE("a range across two months keeps both months") {
  check_whole(GENERATE(rows(kRangesAcrossMonths)));
}

TEST_CASE("a range across two years keeps both years") {
  check_whole(GENERATE(rows(kRangesAcrossYears)));
}

TEST_CASE("a month alone covers the whole month") {
  check_whole(GENERATE(rows(kWholeMonths)));
}

TEST_CASE("US bulletins read numeric dates month first and nothing else changes") {
  DateContext context;
  context.month_first = true;
  check_whole(GENERATE(rows(kMonthFirst)), context);
  CHECK(date_finder().find_all("23/05/2018", context).empty());
}

TEST_CASE("the expression is cut out of its line with its leading word") {
  Span c = GENERATE(rows(kSpans));
  INFO("text: " << c.text);
  std::string text = c.text;
  std::vector<DateMatch> found = date_finder().find_all(text);
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == c.expression);
}

TEST_CASE("a date without a year takes the nearest year on or after the issue date, or of the six weeks before it") {
  Yearless c = GENERATE(rows(kYearless));
  INFO("issue: " << c.issue << ", text: " << c.text);
  std::string text = c.text;
  std::vector<DateMatch> found = date_finder().find_all(text, issued(c.issue));
  REQUIRE(ranges(found) == std::string(c.start) + ".." + c.end);
  CHECK_FALSE(found[0].has_year);
  CHECK(found[0].begin == 0);
  CHECK(found[0].end == text.size());
}

TEST_CASE("a date without a year is not reported when no issue date is known") {
  Negative c = GENERATE(rows(kYearlessWithoutIssue));
  INFO("text: " << c.text);
  CHECK(ranges(date_finder().find_all(c.text)).empty());
}

TEST_CASE("phone and document numbers and times and money and bare years are no dates") {
  Negative c = GENERATE(rows(kNotDates));
  INFO("text: " << c.text);
  CHECK(ranges(date_finder().find_all(c.text)).empty());
  CHECK(ranges(date_finder().find_all(c.text, issued("2018-03-01"))).empty());
}

TEST_CASE("impossible days and backward ranges are not reported even in part") {
  Negative c = GENERATE(rows(kInvalid));
  INFO("text: " << c.text);
  CHECK(ranges(date_finder().find_all(c.text, issued("2018-03-01"))).empty());
}

TEST_CASE("an issue's number before its date opens no range, in every language") {
  auto [text, start] = GENERATE(table<const char*, const char*>({
      {"Issue 17 – 11 July 2019", "2019-07-11"},
      {"Newsletter No. 17 - 11 July 2019", "2019-07-11"},
      {"Numéro 17 – 11 juillet 2019", "2019-07-11"},
      {"Bulletin n° 17 – 11 juillet 2019", "2019-07-11"},
      {"Número 17 – 11 de julio de 2019", "2019-07-11"},
      {"Boletín n.º 17 – 11 de julio de 2019", "2019-07-11"},
      {"Boletim nº 17 – 11 de julho de 2019", "2019-07-11"},
      {"Ausgabe 17 – 11. Juli 2019", "2019-07-11"},
      {"Número 17 – 11 de julho de 2019", "2019-07-11"},
      {"Выпуск 17 – 11 июля 2019 г.", "2019-07-11"},
      {"№ 17 – 11 июля 2019 г.", "2019-07-11"},
      {"العدد 17 – 11 يوليو 2019", "2019-07-11"},
      {"第17期 – 2019年7月11日", "2019-07-11"},
  }));
  INFO("text: " << text);
  auto found = date_finder().find_first(text);
  REQUIRE(found);
  CHECK(found->range.start.iso() == start);
  CHECK(found->range.end.iso() == start);
}

TEST_CASE("a day and month of two digits each between commas, a time of day after them, is a date in a listed line") {
  for (auto [text, date] : {std::pair{"Spieleabend, 26.07, ab 17 Uhr, Raum 25.12", "2024-07-26"},
                            std::pair{"Karaokeabend, 05.07 (diesen Freitag), ab 18 Uhr", "2024-07-05"},
                            std::pair{"Encontro, 26.07, às 18h, sala 3", "2024-07-26"},
                            std::pair{"Встреча, 26.07, в 18:00, ауд. 25", "2024-07-26"}}) {
    CAPTURE(text);
    auto found = date_finder().find_all(text, issued("2024-07-04"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].range.start.iso() == date);
  }
  // No time of day after them: a version, not a date.
  CHECK(date_finder().find_all("Ubuntu, 16.04, release notes", issued("2024-07-04")).empty());
}

TEST_CASE("a year-less 29 February without a leap year within a year is not reported") {
  CHECK(date_finder().find_all("29 February", issued("2016-05-01")).empty());
  // Within the six weeks before the issue date it is the recent past.
  CHECK(date_finder().find_first("29 February", issued("2016-04-01"))->range.start.iso() == "2016-02-29");
}

TEST_CASE("several dates in one text come out in text order") {
  Many c = GENERATE(rows(kMany));
  INFO("text: " << c.text);
  std::string text = c.text;
  std::vector<DateMatch> found = date_finder().find_all(text);
  CHECK(ranges(found) == c.ranges);
  for (std::size_t k = 1; k < found.size(); ++k) CHECK(found[k - 1].end <= found[k].begin);
}

TEST_CASE("find_first returns the first expression or nothing") {
  auto first = date_finder().find_first("Held on 23 May 2018 and on 6 June 2018");
  REQUIRE(first);
  CHECK(first->range.start == Date{2018, 5, 23});
  CHECK(first->begin == 8);
  CHECK(first->end == 19);
  CHECK_FALSE(date_finder().find_first("No date in this line, only 2018 and +32 2 209 92 11"));
  CHECK_FALSE(date_finder().find_first(""));
}

TEST_CASE("has_year is true when any end of the range prints the year") {
  auto found = date_finder().find_all("6 June - 8 June 2018", issued("2019-01-01"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].has_year);
  CHECK(found[0].range.start == Date{2018, 6, 6});
}

TEST_CASE("invalid UTF-8 and odd bytes around a date do not disturb it") {
  std::string text = "\xff\xfe 6 June 2018 \xe2\x82";
  std::vector<DateMatch> found = date_finder().find_all(text);
  REQUIRE(ranges(found) == "2018-06-06..2018-06-06");
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "6 June 2018");
}

TEST_CASE("a long paragraph gives its dates in order without overlap") {
  std::string paragraph;
  for (int k = 0; k < 12; ++k)
    paragraph += "The meeting will take place from 6 to 8 June 2018 in Brussels; call +32 2 209 92 11 "
                 "or see Resolution 2018/05. Le colloque aura lieu du 12 au 14 septembre 2018. ";
  std::vector<DateMatch> found = date_finder().find_all(paragraph);
  REQUIRE(found.size() == 24);
  for (std::size_t k = 1; k < found.size(); ++k) CHECK(found[k - 1].end <= found[k].begin);
  CHECK(found[1].range == DateRange{{2018, 9, 12}, {2018, 9, 14}});
}

TEST_CASE("the shared finder is built once") { CHECK(&date_finder() == &date_finder()); }


// Dates as digests print them in listed lines; the first match of the text.
constexpr Yearless kListedLineDates[] = {
    {"2022-06-01", "13.06.: Kommunales Open-Data-Netzwerktreffen", "2022-06-13", "2022-06-13"},
    {"2017-11-30", "Fablic.vim #4 が 12/04 (月) に東京で開催予定です", "2017-12-04", "2017-12-04"},
    {"2024-09-11", "網路自由小聚 09/19（四）台北", "2024-09-19", "2024-09-19"},
    {"2025-03-24", "Member Days 2026 in Kassel (06.02 - 07.02.2026)", "2026-02-06", "2026-02-07"},
    {"2024-01-31", "Freitag, 02.02.2024, bis Samstag, 03.02.2024, Berlin", "2024-02-02", "2024-02-03"},
    {"2014-01-01", "Feb 3th Stuttgart, Germany Pferdle-JavaScript Meetup", "2014-02-03", "2014-02-03"},
    {"2018-06-18", "HighLoad++ Siberia в Новосибирске 25–26 июня", "2018-06-25", "2018-06-26"},
    {"2020-03-05", "12-13 مارس - قمة سلسلة الكتل بلاتام - مدينة بنما، بنما.", "2020-03-12", "2020-03-13"},
    {"2017-01-16", "Meetup sur Kubernetes et Traefik le 23 janvier", "2017-01-23", "2017-01-23"},
    {"2018-09-21", "Terça-feira, 25 de Setembro", "2018-09-25", "2018-09-25"},
    {"2015-04-02", "Jueves 9 de abril, 18:00, Medialab-Prado", "2015-04-09", "2015-04-09"},
    {"2025-03-24", "📅   25.-27.03.  Peering Days, Split, Kroatien", "2025-03-25", "2025-03-27"},
    {"2023-11-20", "• 12/03 – Lyon : Atelier", "2024-03-12", "2024-03-12"},
    {"2023-11-20", "12/03: Taller de datos", "2024-03-12", "2024-03-12"},
    {"2023-11-20", "12.03. - Kommunales Treffen", "2024-03-12", "2024-03-12"},
    {"2015-05-21", "22.05. 20:00 LUG Reutlingen", "2015-05-22", "2015-05-22"},
    {"2015-05-21", "04.06 bis 07.06.  Gulaschprogrammiernacht", "2015-06-04", "2015-06-07"},
    {"2016-03-10", "26.05. bis 29.05. Gulaschprogrammiernacht", "2016-05-26", "2016-05-29"},
    {"2016-03-10", "30.04. Linux Presentation Day", "2016-04-30", "2016-04-30"},
    {"2021-06-19", "Lundi 21/06 (17h30-19h) : Atelier musique", "2021-06-21", "2021-06-21"},
    {"2009-02-12", "Tutorial I 18/03 - 19h - PUCRS", "2009-03-18", "2009-03-18"},
    {"2009-02-12", "JUGDAY 24/10 - todo o dia", "2009-10-24", "2009-10-24"},
    {"2021-06-19", "Vendredi 2/07 (17h30-19h) : e-sport éducatif", "2021-07-02", "2021-07-02"},
    {"2021-06-19", "sábado 3/7: Taller de radio", "2021-07-03", "2021-07-03"},
    {"2021-06-19", "Donnerstag, 24.06. Stammtisch", "2021-06-24", "2021-06-24"},
    {"2021-06-19", "суббота 26/06 — Субботник", "2021-06-26", "2021-06-26"},
    // ISO dates with a weekday, a time and brackets, as org-mode timestamps print them.
    {"2015-04-02", "<2015-04-15 mié>–<2015-04-19 dom>", "2015-04-15", "2015-04-19"},
    {"2015-04-02", "<2015-04-08 mié 17:00>–<2015-04-08 mié 20:30>", "2015-04-08", "2015-04-08"},
    {"2015-04-02", "<2015-04-15 Wed>--<2015-04-19 Sun>", "2015-04-15", "2015-04-19"},
    {"2015-04-02", "[2015-04-15 Mi.]–[2015-04-17 Fr.]", "2015-04-15", "2015-04-17"},
    {"2015-04-02", "<2015-04-15 mer.> – <2015-04-17 ven.>", "2015-04-15", "2015-04-17"},
    {"2015-04-02", "<2015-04-15 qua>–<2015-04-17 sex>", "2015-04-15", "2015-04-17"},
    {"2015-04-02", "<2015-04-15 ср>–<2015-04-17 пт>", "2015-04-15", "2015-04-17"},
};

TEST_CASE("digests' listed lines: a day and month before a colon, a day before a CJK weekday, a comma before a range word, org-mode timestamps") {
  Yearless c = GENERATE(rows(kListedLineDates));
  INFO("issue: " << c.issue << ", text: " << c.text);
  std::vector<DateMatch> found = date_finder().find_all(c.text, issued(c.issue));
  REQUIRE_FALSE(found.empty());
  CHECK(found[0].range.start.iso() == c.start);
  CHECK(found[0].range.end.iso() == c.end);
}

TEST_CASE("Japanese era years are read as ICU's Japanese calendar dates them, alone or beside the Western year") {
  auto [text, start] = GENERATE(table<const char*, const char*>({
      {"令和元年5月18日（土）", "2019-05-18"},
      {"令和2年1月10日", "2020-01-10"},
      {"平成31年4月20日", "2019-04-20"},
      {"昭和64年1月7日", "1989-01-07"},
      {"2019年（令和元年）6月1日", "2019-06-01"},
      {"令和元年（2019年）7月6日", "2019-07-06"},
      {"令和元年6月15日（土）14:00〜17:00", "2019-06-15"},
  }));
  INFO("text: " << text);
  // No issue date: the era gives the year.
  auto found = date_finder().find_first(text);
  REQUIRE(found);
  CHECK(found->has_year);
  CHECK(found->range.start.iso() == start);
}

TEST_CASE("a weekday and a day of the month alone are the next such day from the week before the issue, in every language") {
  auto [text, start] = GENERATE(table<const char*, const char*>({
      {"Lunes 11 - 19H00", "2019-11-11"},
      {"Monday 11th", "2019-11-11"},
      {"lundi 11", "2019-11-11"},
      {"Montag, 11.", "2019-11-11"},
      {"segunda-feira 11", "2019-11-11"},
      {"понедельник 11", "2019-11-11"},
      {"الإثنين 11", "2019-11-11"},
      {"Saturday 2nd", "2019-11-02"},
      {"Sunday 1st", "2019-12-01"},
  }));
  INFO("text: " << text);
  auto found = date_finder().find_first(text, issued("2019-11-06"));
  REQUIRE(found);
  CHECK(found->range.start.iso() == start);
  CHECK(found->range.end.iso() == start);
  // A weekday that the day never has within two months is no date.
  CHECK_FALSE(date_finder().find_first("Tuesday 11", issued("2019-11-06")));
}

TEST_CASE("days since the epoch go both ways and give ICU's weekday") {
  for (const char* iso : {"1970-01-01", "2019-11-11", "2000-02-29", "1899-12-31", "2100-03-01"}) {
    Date date = *Date::from_iso(iso);
    CHECK(Date::from_days_since_epoch(date.days_since_epoch()) == date);
  }
  CHECK(Date::from_iso("1970-01-01")->weekday() == 5);  // Thursday
  CHECK(Date::from_iso("2019-11-11")->weekday() == 2);  // Monday
  CHECK(Date::from_iso("2019-11-10")->weekday() == 1);  // Sunday
  CHECK(Date::from_iso("1969-12-27")->weekday() == 7);  // Saturday
}

TEST_CASE("a day and month alone are no date without the colon of a listed line") {
  for (const char* text : {"06.06.", "siehe Abschnitt 1.2.", "12/04", "score 3/4 (final)", "1/2 - moitié", "Kapitel 12/03 - Text", "1.2. Einleitung", "siehe 30.04. Termin", "score 12/03 final", "Seite 3/12 - Text"}) {
    INFO("text: " << text);
    CHECK(date_finder().find_all(text, issued("2018-03-01")).empty());
  }
}

TEST_CASE("the page's numeric dates tell whether it writes the month first") {
  CHECK(writes_month_first("Group Hike (11/06) · Potluck (01/22) · Social (08/16)"));
  CHECK(writes_month_first("Deadline 12/25/2024, meetup 10/31/2024"));
  // One date that only reads month first is not enough; one that reads day first vetoes.
  CHECK_FALSE(writes_month_first("Social (08/16) · Hike (11/06)"));
  CHECK_FALSE(writes_month_first("Social (08/16) · Hike (11/26) · Rencontre 25/12/2024"));
  // Dots join versions as often as dates: "Python 3.12", "Go 1.21" say nothing.
  CHECK_FALSE(writes_month_first("Python 3.12 and Go 1.21 and Rust 1.75 are out"));
}

TEST_CASE("a day and month in brackets that close a listed line date it, in the order the numbers or the page allow") {
  auto day_first = date_finder().find_all("Group Hike (11/06)", issued("2024-08-16"));
  REQUIRE(day_first.size() == 1);
  CHECK(day_first[0].range.start.iso() == "2025-06-11");
  DateContext us = issued("2024-08-16");
  us.month_first = true;
  auto month_first = date_finder().find_all("Group Hike (11/06)", us);
  REQUIRE(month_first.size() == 1);
  CHECK(month_first[0].range.start.iso() == "2024-11-06");
  // One number over 12 decides whatever the page writes.
  auto decided = date_finder().find_all("Lightning Talks Workshop (12/25)", issued("2024-08-16"));
  REQUIRE(decided.size() == 1);
  CHECK(decided[0].range.start.iso() == "2024-12-25");
  // Not in the middle of a line: "(3/4) of the members".
  CHECK(date_finder().find_all("score (3/4) of the members", issued("2024-08-16")).empty());
}
}  // namespace
}  // namespace almanac::index
