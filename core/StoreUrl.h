// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>
#include <QUrl>

namespace keydesk {

// Where a store lives: "sqlite:PATH" (or a plain path), "postgresql://user@host:port/db",
// "https://host[:port]" or "http://" to a loopback host only.
struct StoreUrl {
    enum class Kind { SQLite, PostgreSQL, Server };

    Kind kind = Kind::SQLite;
    QString path; // SQLite: absolute file path
    QUrl url;     // PostgreSQL and Server

    QString toString() const;
    static Result<StoreUrl> parse(const QString& text);
    static QString defaultSqlitePath(); // GenericDataLocation/keydesk/keydesk.sqlite
};

} // namespace keydesk
