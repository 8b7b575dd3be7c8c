#pragma once

// Connections to a catalog on a PostgreSQL server (issue 12; docs/postgresql.md), by a libpq URL:
// postgresql://user@host:port/db?sslmode=…, postgres://…, or the socket form
// postgresql:///db?host=/run/postgresql. libpq parses the URL itself (PQconninfoParse), so every
// form and keyword it documents works and a malformed one is refused with its reason; QtSql's
// QPSQL driver carries the connection for the stores' SQL.
//
// Threading: reentrant; a connection belongs to the thread that opened it (a QtSql rule).

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace Postgres {

// The connection keywords and values of a libpq URL (host, port, dbname, user, password,
// sslmode …), those it sets only. nullopt with libpq's reason when it is not one.
std::optional<QList<std::pair<QString, QString>>> parameters(const QString &url, QString &error);

// Opens `url` as QtSql connection `name` for the calling thread. `readOnly`: every transaction of
// the session is read-only (the server refuses writes). `schema`: the session's search path (the
// thumbnail store's own). Invalid and `error` set on failure; the message never holds the
// password.
QSqlDatabase open(const QString &url, const QString &name, bool readOnly, QString &error,
                  const QString &schema = {});

// Whether the server of `url` asks for a password that the URL and libpq's password file do not
// give: a connection is tried (within connect_timeout, 10 s unless the URL sets one) and closed.
// False when it connects, or fails for another reason (which opening the catalog then reports).
// The desktop asks its keyring only then, so that a login that needs none is never told about a
// keyring it did not need. Blocking: not on the GUI thread.
bool asksForPassword(const QString &url);

// The schema of the thumbnail store in a catalog's database.
inline constexpr char kThumbnailSchema[] = "reelatlas_thumbnails";

// This program's name on the server (its sessions' application_name): "ReelAtlas" and the
// process id, so that a window knows the changes it made itself among those announced.
QString programName();

// A viewer of the catalog (reelatlas-cli users add … --role viewer) reads the tables that hold
// confidential fields through views of the same names in a schema of their own: this session's
// search path begins with it when its user is a viewer and nothing more (004_roles.sql). Nothing
// for other users, or a database without a catalog yet.
void takeRole(const QSqlDatabase &db);

} // namespace Postgres
