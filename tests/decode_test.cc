// decode_bulletin(): charset from BOM, XML declaration, <meta>, UTF-8 validity, detection.
// The legacy-encoded texts below are real bytes (made with Python's codecs, not with ICU).
#include "read/decode.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <tuple>

using almanac::index::decode_bulletin;
using almanac::index::DecodedText;
using namespace std::string_literals;

namespace {

// cp1252, 337 bytes
const std::string kFrench1252 =
    "Le festival d'\xE9t\xE9 de Montr\xE9" "al pr\xE9sente \xAB Les Mis\xE9rables \xBB au"
    " th\xE9\xE2tre municipal. Entr\xE9" "e : 15 \x80. Les r\xE9servations sont ouvertes "
    "d\xE8s aujourd'hui \x97 n'h\xE9sitez pas ! Le programme complet inclut des concerts,"
    " des expositions et des ateliers pour enfants. O\xF9 \x3F Place de la Cath\xE9" "dra"
    "le, pr\xE8s du march\xE9. Quand \x3F Du 12 au 18 ao\xFBt, \xE0 partir de 20 h. ";
// koi8_r, 289 bytes
const std::string kRussianKoi8r =
    "\xE7\xCF\xD2\xCF\xC4\xD3\xCB\xCF\xCA \xC6\xC5\xD3\xD4\xC9\xD7\xC1\xCC\xD8 \xCE\xC1"
    "\xD2\xCF\xC4\xCE\xCF\xCA \xCD\xD5\xDA\xD9\xCB\xC9 \xD0\xD2\xCF\xCA\xC4\xA3\xD4 \xD7 "
    "\xD0\xC1\xD2\xCB\xC5 \xCB\xD5\xCC\xD8\xD4\xD5\xD2\xD9 \xD3 \xC4\xD7\xC5\xCE\xC1\xC4"
    "\xC3\xC1\xD4\xCF\xC7\xCF \xD0\xCF \xD7\xCF\xD3\xC5\xCD\xCE\xC1\xC4\xC3\xC1\xD4\xCF"
    "\xC5 \xC1\xD7\xC7\xD5\xD3\xD4\xC1. \xF7\xC8\xCF\xC4 \xD3\xD7\xCF\xC2\xCF\xC4\xCE\xD9"
    "\xCA, \xCE\xC1\xDE\xC1\xCC\xCF \xCB\xCF\xCE\xC3\xC5\xD2\xD4\xCF\xD7 \xD7 \xD7\xCF"
    "\xD3\xC5\xCD\xD8 \xDE\xC1\xD3\xCF\xD7 \xD7\xC5\xDE\xC5\xD2\xC1. \xF7 \xD0\xD2\xCF"
    "\xC7\xD2\xC1\xCD\xCD\xC5 \xD7\xD9\xD3\xD4\xD5\xD0\xCC\xC5\xCE\xC9\xD1 \xC8\xCF\xD2"
    "\xCF\xD7, \xC1\xCE\xD3\xC1\xCD\xC2\xCC\xC5\xCA \xC9 \xD3\xCF\xCC\xC9\xD3\xD4\xCF\xD7"
    " \xC9\xDA \xD2\xC1\xDA\xCE\xD9\xC8 \xCF\xC2\xCC\xC1\xD3\xD4\xC5\xCA \xD3\xD4\xD2\xC1"
    "\xCE\xD9, \xC1 \xD4\xC1\xCB\xD6\xC5 \xD7\xD9\xD3\xD4\xC1\xD7\xCB\xC1 \xD2\xC5\xCD"
    "\xA3\xD3\xC5\xCC \xC9 \xCD\xC1\xD3\xD4\xC5\xD2-\xCB\xCC\xC1\xD3\xD3\xD9 \xC4\xCC\xD1"
    " \xC4\xC5\xD4\xC5\xCA. ";
// cp1251, 289 bytes
const std::string kRussian1251 =
    "\xC3\xEE\xF0\xEE\xE4\xF1\xEA\xEE\xE9 \xF4\xE5\xF1\xF2\xE8\xE2\xE0\xEB\xFC \xED\xE0"
    "\xF0\xEE\xE4\xED\xEE\xE9 \xEC\xF3\xE7\xFB\xEA\xE8 \xEF\xF0\xEE\xE9\xE4\xB8\xF2 \xE2 "
    "\xEF\xE0\xF0\xEA\xE5 \xEA\xF3\xEB\xFC\xF2\xF3\xF0\xFB \xF1 \xE4\xE2\xE5\xED\xE0\xE4"
    "\xF6\xE0\xF2\xEE\xE3\xEE \xEF\xEE \xE2\xEE\xF1\xE5\xEC\xED\xE0\xE4\xF6\xE0\xF2\xEE"
    "\xE5 \xE0\xE2\xE3\xF3\xF1\xF2\xE0. \xC2\xF5\xEE\xE4 \xF1\xE2\xEE\xE1\xEE\xE4\xED\xFB"
    "\xE9, \xED\xE0\xF7\xE0\xEB\xEE \xEA\xEE\xED\xF6\xE5\xF0\xF2\xEE\xE2 \xE2 \xE2\xEE"
    "\xF1\xE5\xEC\xFC \xF7\xE0\xF1\xEE\xE2 \xE2\xE5\xF7\xE5\xF0\xE0. \xC2 \xEF\xF0\xEE"
    "\xE3\xF0\xE0\xEC\xEC\xE5 \xE2\xFB\xF1\xF2\xF3\xEF\xEB\xE5\xED\xE8\xFF \xF5\xEE\xF0"
    "\xEE\xE2, \xE0\xED\xF1\xE0\xEC\xE1\xEB\xE5\xE9 \xE8 \xF1\xEE\xEB\xE8\xF1\xF2\xEE\xE2"
    " \xE8\xE7 \xF0\xE0\xE7\xED\xFB\xF5 \xEE\xE1\xEB\xE0\xF1\xF2\xE5\xE9 \xF1\xF2\xF0\xE0"
    "\xED\xFB, \xE0 \xF2\xE0\xEA\xE6\xE5 \xE2\xFB\xF1\xF2\xE0\xE2\xEA\xE0 \xF0\xE5\xEC"
    "\xB8\xF1\xE5\xEB \xE8 \xEC\xE0\xF1\xF2\xE5\xF0-\xEA\xEB\xE0\xF1\xF1\xFB \xE4\xEB\xFF"
    " \xE4\xE5\xF2\xE5\xE9. ";
// gb18030, 214 bytes
const std::string kChineseGb18030 =
    "\xB1\xBE\xCA\xD0\xBD\xAB\xD3\xDA\xB0\xCB\xD4\xC2\xCA\xAE\xB6\xFE\xC8\xD5\xD6\xC1\xCA"
    "\xAE\xB0\xCB\xC8\xD5\xD4\xDA\xCE\xC4\xBB\xAF\xB9\xAB\xD4\xB0\xBE\xD9\xB0\xEC\xC3\xF1"
    "\xBC\xE4\xD2\xF4\xC0\xD6\xBD\xDA\xA1\xA3\xC8\xEB\xB3\xA1\xC3\xE2\xB7\xD1\xA3\xAC\xC3"
    "\xBF\xCD\xED\xB0\xCB\xB5\xE3\xBF\xAA\xCA\xBC\xD1\xDD\xB3\xF6\xA1\xA3\xBD\xDA\xC4\xBF"
    "\xB0\xFC\xC0\xA8\xC0\xB4\xD7\xD4\xC8\xAB\xB9\xFA\xB8\xF7\xB5\xD8\xB5\xC4\xBA\xCF\xB3"
    "\xAA\xCD\xC5\xA1\xA2\xC0\xD6\xB6\xD3\xBA\xCD\xB6\xC0\xB3\xAA\xD1\xDD\xD4\xB1\xB5\xC4"
    "\xB1\xED\xD1\xDD\xA3\xAC\xD2\xD4\xBC\xB0\xCA\xD6\xB9\xA4\xD2\xD5\xC6\xB7\xD5\xB9\xC0"
    "\xC0\xBA\xCD\xB6\xF9\xCD\xAF\xB9\xA4\xD7\xF7\xB7\xBB\xA1\xA3\xBB\xB6\xD3\xAD\xB9\xE3"
    "\xB4\xF3\xCA\xD0\xC3\xF1\xBA\xCD\xD3\xCE\xBF\xCD\xC7\xB0\xC0\xB4\xB2\xCE\xBC\xD3\xA3"
    "\xAC\xC7\xEB\xCC\xE1\xC7\xB0\xB5\xBD\xB3\xA1\xD2\xD4\xB1\xE3\xD5\xD2\xB5\xBD\xD7\xF9"
    "\xCE\xBB\xA1\xA3";
// shift_jis, 236 bytes
const std::string kJapaneseShiftJis =
    "\x8Es\x96\xAF\x95\xB6\x89\xBB\x89\xEF\x8A\xD9\x82\xC5\x82\xCD\x94\xAA\x8C\x8E\x8F"
    "\x5C\x93\xF1\x93\xFA\x82\xA9\x82\xE7\x8F\x5C\x94\xAA\x93\xFA\x82\xDC\x82\xC5\x89\xC4"
    "\x8D\xD5\x82\xE8\x82\xF0\x8AJ\x8D\xC3\x82\xB5\x82\xDC\x82\xB7\x81" "B\x93\xFC\x8F"
    "\xEA\x82\xCD\x96\xB3\x97\xBF\x82\xC5\x81" "A\x96\x88\x94\xD3\x94\xAA\x8E\x9E\x82\xA9"
    "\x82\xE7\x89\x89\x91t\x89\xEF\x82\xAA\x8En\x82\xDC\x82\xE8\x82\xDC\x82\xB7\x81" "B"
    "\x83v\x83\x8D\x83O\x83\x89\x83\x80\x82\xC9\x82\xCD\x91S\x8D\x91\x8A" "e\x92n\x82\xCC"
    "\x8D\x87\x8F\xA5\x92" "c\x82\xE2\x8Ay\x92" "c\x82\xCC\x8C\xF6\x89\x89\x81" "A\x8DH"
    "\x8C|\x95i\x82\xCC\x93W\x8E\xA6\x81" "A\x8Eq\x82\xC7\x82\xE0\x8C\xFC\x82\xAF\x82\xCC"
    "\x91\xCC\x8C\xB1\x8B\xB3\x8E\xBA\x82\xAA\x8A\xDC\x82\xDC\x82\xEA\x82\xC4\x82\xA2\x82"
    "\xDC\x82\xB7\x81" "B\x8A" "F\x97l\x82\xCC\x82\xB2\x97\x88\x8F\xEA\x82\xF0\x82\xA8"
    "\x91\xD2\x82\xBF\x82\xB5\x82\xC4\x82\xA8\x82\xE8\x82\xDC\x82\xB7\x81" "B";

const std::string kFrench =
    "Le festival d'été de Montréal présente « Les Misérables » au théâtre municipal. Entrée : "
    "15 €. Les réservations sont ouvertes dès aujourd'hui — n'hésitez pas ! Le programme "
    "complet inclut des concerts, des expositions et des ateliers pour enfants. Où ? Place de "
    "la Cathédrale, près du marché. Quand ? Du 12 au 18 août, à partir de 20 h. ";
const std::string kRussian =
    "Городской фестиваль народной музыки пройдёт в парке культуры с двенадцатого по "
    "восемнадцатое августа. Вход свободный, начало концертов в восемь часов вечера. В "
    "программе выступления хоров, ансамблей и солистов из разных областей страны, а также "
    "выставка ремёсел и мастер-классы для детей. ";
const std::string kChinese =
    "本市将于八月十二日至十八日在文化公园举办民间音乐节。入场免费，每晚八点开始演出。"
    "节目包括来自全国各地的合唱团、乐队和独唱演员的表演，以及手工艺品展览和儿童工作坊。"
    "欢迎广大市民和游客前来参加，请提前到场以便找到座位。";
const std::string kJapanese =
    "市民文化会館では八月十二日から十八日まで夏祭りを開催します。入場は無料で、毎晩八時から"
    "演奏会が始まります。プログラムには全国各地の合唱団や楽団の公演、工芸品の展示、子ども向けの"
    "体験教室が含まれています。皆様のご来場をお待ちしております。";

const std::string kReplacement = "\xEF\xBF\xBD";

bool is_valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (length == 0 || c > 0xF4 || i + length > s.size()) return false;
    std::uint32_t code = length == 1 ? c : c & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(s[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3Fu);
    }
    const std::uint32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < minimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

}  // namespace

TEST_CASE("a byte-order mark decides the charset and is not kept", "[decode]") {
  const auto [bytes, charset] = GENERATE(table<std::string, std::string>({
      {"\xEF\xBB\xBF" "caf\xC3\xA9 \xE2\x82\xAC"s, "UTF-8"},
      {"\xFF\xFE" "c\0a\0f\0\xE9\0 \0\xAC\x20"s, "UTF-16LE"},
      {"\xFE\xFF" "\0c\0a\0f\0\xE9\0 \x20\xAC"s, "UTF-16BE"},
      {"\xFF\xFE\0\0" "c\0\0\0a\0\0\0f\0\0\0\xE9\0\0\0 \0\0\0\xAC\x20\0\0"s, "UTF-32LE"},
      {"\0\0\xFE\xFF" "\0\0\0c\0\0\0a\0\0\0f\0\0\0\xE9\0\0\0 \0\0\x20\xAC"s, "UTF-32BE"},
  }));
  CAPTURE(charset);
  const DecodedText decoded = decode_bulletin(bytes);
  CHECK(decoded.utf8 == "café €");
  CHECK(decoded.charset == charset);
  CHECK(decoded.source == "bom");
}

TEST_CASE("a byte-order mark wins over a declaration that contradicts it", "[decode]") {
  const DecodedText decoded =
      decode_bulletin("\xEF\xBB\xBF<meta charset=\"windows-1251\"><p>caf\xC3\xA9");
  CHECK(decoded.utf8 == "<meta charset=\"windows-1251\"><p>café");
  CHECK(decoded.source == "bom");
}

TEST_CASE("the XML declaration names the charset", "[decode]") {
  SECTION("ISO-8859-15, where 0xA4 is the euro sign") {
    const DecodedText decoded = decode_bulletin(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n"
        "<bulletin>Entr\xE9" "e 5 \xA4</bulletin>");
    CHECK(decoded.utf8 ==
          "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n<bulletin>Entrée 5 €</bulletin>");
    CHECK(decoded.charset == "ISO-8859-15");
    CHECK(decoded.source == "xml");
  }
  SECTION("single quotes and spaces around '='") {
    const DecodedText decoded =
        decode_bulletin("<?xml version='1.0' encoding = 'KOI8-R' ?><r>" + kRussianKoi8r + "</r>");
    CHECK(decoded.utf8 == "<?xml version='1.0' encoding = 'KOI8-R' ?><r>" + kRussian + "</r>");
    CHECK(decoded.charset == "KOI8-R");
  }
  SECTION("UTF-16 without a byte-order mark") {
    const DecodedText decoded =
        decode_bulletin("<\0?\0x\0m\0l\0 \0?\0>\0<\0r\0>\0\xE9\0<\0/\0r\0>\0"s);
    CHECK(decoded.utf8 == "<?xml ?><r>é</r>");
    CHECK(decoded.charset == "UTF-16LE");
    CHECK(decoded.source == "xml");
  }
}

TEST_CASE("an HTML <meta> names the charset", "[decode]") {
  using Row = std::tuple<std::string, std::string, std::string, std::string>;
  const auto [head, body, charset, text] = GENERATE(values<Row>({
      {"<meta charset=\"koi8-r\">", kRussianKoi8r, "KOI8-R", kRussian},
      {"<META CHARSET=windows-1251>", kRussian1251, "windows-1251", kRussian},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">",
       kJapaneseShiftJis, "Shift_JIS", kJapanese},
      {"<meta content='text/html;charset = \"gb2312\"' http-equiv='content-type' />",
       kChineseGb18030, "GB18030", kChinese},
      {"<!-- <meta charset=koi8-r> --><meta name=x content=\"<meta charset=koi8-r>\">"
       "<meta charset=windows-1252>", kFrench1252, "windows-1252", kFrench},
  }));
  CAPTURE(head);
  const std::string html = "<html><head>" + head + "</head><body><p>";
  const DecodedText decoded = decode_bulletin(html + body);
  CHECK(decoded.utf8 == html + text);
  CHECK(decoded.charset == charset);
  CHECK(decoded.source == "meta");
}

TEST_CASE("a declared charset is believed even when the bytes say otherwise", "[decode]") {
  // UTF-8 bytes declared as windows-1252 read as mojibake, as in a browser.
  const DecodedText decoded = decode_bulletin("<meta charset=windows-1252><p>caf\xC3\xA9");
  CHECK(decoded.utf8 == "<meta charset=windows-1252><p>cafÃ©");
  CHECK(decoded.source == "meta");
}

TEST_CASE("declared ISO-8859-1 and US-ASCII are read as windows-1252", "[decode]") {
  const auto label = GENERATE("iso-8859-1", "ISO_8859-1", "latin1", "us-ascii");
  CAPTURE(label);
  const DecodedText decoded =
      decode_bulletin(std::string("<meta charset=") + label + "><p>\x93" "caf\xE9\x94 \x80");
  CHECK(decoded.utf8 == std::string("<meta charset=") + label + "><p>“café” €");
  CHECK(decoded.charset == "windows-1252");
}

TEST_CASE("a declared charset ICU does not know falls back to the bytes", "[decode]") {
  SECTION("valid UTF-8") {
    const DecodedText decoded = decode_bulletin("<meta charset=x-klingon><p>caf\xC3\xA9");
    CHECK(decoded.utf8 == "<meta charset=x-klingon><p>café");
    CHECK(decoded.source == "utf-8");
  }
  SECTION("legacy bytes go to the detector") {
    const DecodedText decoded = decode_bulletin("<meta charset=x-klingon><p>" + kFrench1252);
    CHECK(decoded.utf8 == "<meta charset=x-klingon><p>" + kFrench);
    CHECK(decoded.charset == "windows-1252");
    CHECK(decoded.source == "detected");
  }
}

TEST_CASE("a UTF-16 declaration in ASCII bytes is ignored", "[decode]") {
  const DecodedText decoded = decode_bulletin("<meta charset=utf-16><p>caf\xC3\xA9");
  CHECK(decoded.utf8 == "<meta charset=utf-16><p>café");
  CHECK(decoded.charset == "UTF-8");
  CHECK(decoded.source == "utf-8");
}

TEST_CASE("undeclared valid UTF-8 is taken as is", "[decode]") {
  const std::string text = "<p>" + kRussian + kChinese + " 🎉</p>";
  const DecodedText decoded = decode_bulletin(text);
  CHECK(decoded.utf8 == text);
  CHECK(decoded.charset == "UTF-8");
  CHECK(decoded.source == "utf-8");
}

TEST_CASE("undeclared legacy text is recognised by the detector", "[decode]") {
  const auto [bytes, charset, text] = GENERATE(table<std::string, std::string, std::string>({
      {kFrench1252, "windows-1252", kFrench},
      {kRussianKoi8r, "KOI8-R", kRussian},
      {kRussian1251, "windows-1251", kRussian},
      {kChineseGb18030, "GB18030", kChinese},
      {kJapaneseShiftJis, "Shift_JIS", kJapanese},
  }));
  CAPTURE(charset);
  const DecodedText decoded = decode_bulletin("<html><body><p>" + bytes + "</p></body></html>");
  CHECK(decoded.utf8 == "<html><body><p>" + text + "</p></body></html>");
  CHECK(decoded.charset == charset);
  CHECK(decoded.source == "detected");
}

TEST_CASE("a short Latin text the detector is unsure of reads as windows-1252", "[decode]") {
  const DecodedText decoded = decode_bulletin("caf\xE9 \x80 na\xEFve");
  CHECK(decoded.utf8 == "café € naïve");
  CHECK(decoded.charset == "windows-1252");
}

TEST_CASE("invalid UTF-8 under a UTF-8 declaration becomes U+FFFD", "[decode]") {
  const auto [bytes, text] = GENERATE(table<std::string, std::string>({
      {"a\xFF" "b", "a" + kReplacement + "b"},
      {"a\xC0\xAF" "b", "a" + kReplacement + kReplacement + "b"},      // overlong '/'
      {"a\xED\xA0\x80" "b", "a" + kReplacement + kReplacement + kReplacement + "b"},  // surrogate
      {"end\xE2\x82", "end" + kReplacement},                             // truncated at the end
  }));
  const std::string prefix = "<meta charset=\"utf-8\">";
  const DecodedText decoded = decode_bulletin(prefix + bytes);
  CHECK(decoded.utf8 == prefix + text);
  CHECK(decoded.charset == "UTF-8");
}

TEST_CASE("empty input decodes to empty text", "[decode]") {
  const DecodedText decoded = decode_bulletin("");
  CHECK(decoded.utf8.empty());
  CHECK(decoded.charset == "UTF-8");
}

TEST_CASE("binary junk decodes to valid UTF-8 without a BOM", "[decode]") {
  std::mt19937 random(20240601);
  const auto size = GENERATE(1, 2, 3, 7, 64, 1000, 70000);
  CAPTURE(size);
  for (int round = 0; round < 8; ++round) {
    std::string bytes(static_cast<std::size_t>(size), '\0');
    for (char& c : bytes) c = static_cast<char>(random() & 0xFF);
    if (round == 1) bytes.insert(0, "\xFF\xFE");      // a UTF-16LE BOM, then an odd tail
    if (round == 2) bytes.insert(0, "\0\0\xFE\xFF"s);  // a UTF-32BE BOM
    if (round == 3) bytes.insert(0, "<meta charset=utf-8>");
    DecodedText decoded;
    REQUIRE_NOTHROW(decoded = decode_bulletin(bytes));
    CHECK(is_valid_utf8(decoded.utf8));
    CHECK(decoded.utf8.rfind("\xEF\xBB\xBF", 0) != 0);
    CHECK_FALSE(decoded.charset.empty());
  }
}
