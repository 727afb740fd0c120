// The errors Almanac's libraries throw. Every one derives from almanac::Error, so a caller
// that embeds a library can catch that one type; the programs map each kind to an exit
// code (INTERFACE.md): a bad query or option is 2, an unreadable input or index is 1.
// Messages name the file, field or option at fault and the reason, in one line.
#pragma once

#include <stdexcept>
#include <string>

namespace almanac {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A query, option or request parameter that cannot be understood. Exit code 2.
class QueryError : public Error {
 public:
  using Error::Error;
};

// An index that is missing, unreadable, locked by another writer or damaged. Exit code 1.
class IndexError : public Error {
 public:
  using Error::Error;
};

// A bulletin (or other input file) that cannot be read or parsed. Exit code 1.
class InputError : public Error {
 public:
  using Error::Error;
};

}  // namespace almanac
