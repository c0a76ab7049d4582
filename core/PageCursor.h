// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QString>
#include <QVariant>

namespace keydesk {

// Keyset-pagination position: the sort field and direction it belongs to, the last row's sort
// value and id. Opaque to clients (base64url JSON), validated on the way back in.
struct PageCursor {
    QString field;
    bool descending = false;
    QVariant value; // qint64 or QString
    qint64 id = 0;

    QString encode() const;
    static Result<PageCursor> decode(const QString& text, const QString& expectedField,
                                     bool expectedDescending);
};

} // namespace keydesk
