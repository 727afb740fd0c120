#include "almanac/format.h"

#include <ctime>
#include <sstream>

namespace almanac {
namespace {

std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// RFC 5545 TEXT escaping.
std::string ics_text(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// Folds a content line at 75 octets without splitting a UTF-8 sequence.
std::string ics_line(const std::string& line) {
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t len = 1;
    auto c = static_cast<unsigned char>(line[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, len);
    width += len;
    i += len;
  }
  return out + "\r\n";
}

std::string plain_snippet(const std::string& snippet, bool is_colour) {
  std::string out;
  for (std::size_t i = 0; i < snippet.size();) {
    if (snippet.compare(i, 6, "<mark>") == 0) {
      out += is_colour ? "\x1b[1;33m" : "";
      i += 6;
    } else if (snippet.compare(i, 7, "</mark>") == 0) {
      out += is_colour ? "\x1b[0m" : "";
      i += 7;
    } else if (snippet.compare(i, 4, "&lt;") == 0) {
      out += '<';
      i += 4;
    } else if (snippet.compare(i, 4, "&gt;") == 0) {
      out += '>';
      i += 4;
    } else if (snippet.compare(i, 5, "&amp;") == 0) {
      out += '&';
      i += 5;
    } else {
      out += snippet[i++];
    }
  }
  return out;
}

std::string date_span(const Event& e) {
  if (!e.start) return "(no date)";
  if (!e.end || *e.end == *e.start) return e.start->iso();
  return e.start->iso() + " – " + e.end->iso();
}

}  // namespace

std::string format_text(const SearchResponse& response, bool is_colour) {
  std::ostringstream out;
  const char* bold = is_colour ? "\x1b[1m" : "";
  const char* dim = is_colour ? "\x1b[2m" : "";
  const char* reset = is_colour ? "\x1b[0m" : "";
  std::size_t shown_from = response.results.empty() ? 0 : response.offset + 1;
  out << response.total << (response.total == 1 ? " event" : " events");
  if (!response.results.empty()) out << ", showing " << shown_from << "–" << response.offset + response.results.size();
  out << '\n';
  if (response.suggestion) out << "Did you mean: " << bold << *response.suggestion << reset << " ?\n";
  for (const SearchHit& hit : response.results) {
    const Event& e = hit.event;
    out << '\n' << date_span(e) << "  " << bold << e.title << reset << '\n';
    if (e.subtitle) out << "  " << *e.subtitle << '\n';
    std::string place = e.location.value_or("");
    if (e.country && (!e.location || e.location->find(*e.country) == std::string::npos)) {
      if (!place.empty()) place += ' ';
      place.append("[").append(*e.country).append("]");
    }
    if (!place.empty()) out << "  " << place << '\n';
    if (!hit.snippet.empty()) out << "  " << plain_snippet(hit.snippet, is_colour) << '\n';
    out << dim << "  ";
    if (e.url) out << *e.url << "  ";
    out << e.bulletin;
    if (hit.mentions > 1) out << " (+" << hit.mentions - 1 << " more)";
    out << "  id " << e.id << reset << '\n';
  }
  if (response.facets) {
    auto line = [&](const char* name, const std::map<std::string, std::size_t>& counts) {
      out << name;
      for (const auto& [k, n] : counts) out << ' ' << k << ':' << n;
      out << '\n';
    };
    out << '\n';
    line("year:   ", response.facets->year);
    line("country:", response.facets->country);
    line("lang:   ", response.facets->lang);
    line("city:   ", response.facets->city);
  }
  return out.str();
}

std::string format_csv(const SearchResponse& response) {
  std::string out = "id,title,start,end,location,city,country,lang,url,bulletin\r\n";
  for (const SearchHit& hit : response.results) {
    const Event& e = hit.event;
    std::string fields[] = {e.id, e.title, e.start ? e.start->iso() : "", e.end ? e.end->iso() : "",
                            e.location.value_or(""), e.city.value_or(""), e.country.value_or(""),
                            e.lang, e.url.value_or(""), e.bulletin};
    for (std::size_t i = 0; i < std::size(fields); ++i) {
      if (i > 0) out += ',';
      out += csv_field(fields[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string format_ics(const SearchResponse& response) {
  std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", std::gmtime(&now));
  std::string out = ics_line("BEGIN:VCALENDAR") + ics_line("VERSION:2.0") +
                    ics_line("PRODID:-//Almanac//almanac-search//EN") + ics_line("CALSCALE:GREGORIAN");
  for (const SearchHit& hit : response.results) {
    const Event& e = hit.event;
    if (!e.start) continue;
    Date end = e.end.value_or(*e.start);
    out += ics_line("BEGIN:VEVENT");
    out += ics_line("UID:" + e.id + "@almanac");
    out += ics_line(std::string("DTSTAMP:") + stamp);
    out += ics_line("DTSTART;VALUE=DATE:" + e.start->yyyymmdd());
    out += ics_line("DTEND;VALUE=DATE:" + end.next_day().yyyymmdd());
    out += ics_line("SUMMARY:" + ics_text(e.title));
    if (e.location) out += ics_line("LOCATION:" + ics_text(*e.location));
    if (e.url) out += ics_line("URL:" + *e.url);
    std::string description = e.subtitle ? *e.subtitle + "\n\n" + e.description : e.description;
    if (!description.empty()) out += ics_line("DESCRIPTION:" + ics_text(description));
    out += ics_line("END:VEVENT");
  }
  out += ics_line("END:VCALENDAR");
  return out;
}

}  // namespace almanac
