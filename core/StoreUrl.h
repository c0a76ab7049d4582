// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>
#include <QUrl>

namespace keydesk {

// Where a store lives: "sqlite:PATH" (or a plain path), "postgresql://user@host:port/db"
// (optionally "?schema=NAME": the store's tables live in that schema), "https://host[:port]" or
// "http://" to a loopback host only.
struct StoreUrl {
    enum class Kind { SQLite, PostgreSQL, Server };

    Kind kind = Kind::SQLite;
    QString path; // SQLite: absolute file path
    QUrl url;     // PostgreSQL and Server

    QString toString() const;
    // PostgreSQL: the database name, and the schema of ?schema= (empty: the search_path's).
    QString postgresDatabase() const;
    QString postgresSchema() const;
    static Result<StoreUrl> parse(const QString& text);
    static QString defaultSqlitePath(); // GenericDataLocation/keydesk/keydesk.sqlite
};

} // namespace keydesk
