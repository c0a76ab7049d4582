// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageCursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keydesk {

namespace {
Error invalidCursor(const Text& why)
{
    return makeError(ErrorCode::InvalidInput, why, QStringLiteral("bad-request/invalid-cursor"));
}

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString PageCursor::encode() const
{
    QJsonObject o{{QStringLiteral("f"), field},
                  {QStringLiteral("d"), descending},
                  {QStringLiteral("i"), QString::number(id)}};
    if (value.typeId() == QMetaType::QString)
        o.insert(QStringLiteral("s"), value.toString());
    else
        o.insert(QStringLiteral("n"), QString::number(value.toLongLong()));
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kBase64));
}

Result<PageCursor> PageCursor::decode(const QString& encoded, const QString& expectedField,
                                      bool expectedDescending)
{
    if (encoded.size() > 2048)
        return std::unexpected(invalidCursor(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Invalid cursor: too long"))));
    auto bytes = QByteArray::fromBase64Encoding(encoded.toLatin1(),
                                                kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::unexpected(invalidCursor(
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Invalid cursor: not base64url"))));
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    const QJsonObject o = doc.object();
    PageCursor c;
    c.field = o.value(QStringLiteral("f")).toString();
    c.descending = o.value(QStringLiteral("d")).toBool();
    bool idOk = false;
    c.id = o.value(QStringLiteral("i")).toString().toLongLong(&idOk);
    if (!doc.isObject() || !idOk)
        return std::unexpected(invalidCursor(translatable(
            QT_TRANSLATE_NOOP("keydesk::Error", "Invalid cursor: not a KeyDesk cursor"))));
    if (c.field != expectedField || c.descending != expectedDescending)
        return std::unexpected(invalidCursor(translatable(QT_TRANSLATE_NOOP(
            "keydesk::Error", "Invalid cursor: it belongs to another sort order"))));
    if (o.contains(QStringLiteral("s"))) {
        const QString s = o.value(QStringLiteral("s")).toString();
        if (s.contains(QChar(0))) // never encoded: no stored name contains NUL
            return std::unexpected(invalidCursor(translatable(
                QT_TRANSLATE_NOOP("keydesk::Error", "Invalid cursor: not a KeyDesk cursor"))));
        c.value = s;
    } else {
        bool ok = false;
        c.value = o.value(QStringLiteral("n")).toString().toLongLong(&ok);
        if (!ok)
            return std::unexpected(invalidCursor(translatable(
                QT_TRANSLATE_NOOP("keydesk::Error", "Invalid cursor: not a KeyDesk cursor"))));
    }
    return c;
}

} // namespace keydesk
