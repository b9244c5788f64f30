// The system's SQLite (public domain); Debian: libsqlite3-dev.
#include <sqlite3.h>
