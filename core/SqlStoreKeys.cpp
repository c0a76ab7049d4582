// SPDX-License-Identifier: GPL-3.0-or-later
// API keys of SqlStore (listing is in SqlKeyListing.cpp).
#include "Logging.h"
#include "SqlRows.h"
#include "SqlStore.h"
#include "SqliteKeyLookup.h"

#include <QSqlDriver>

namespace keydesk {

using namespace SqlRows;

namespace {
QString keySelect(const char* where)
{
    return QStringLiteral("SELECT ") + QLatin1String(kKeyColumns) +
           QStringLiteral(" FROM api_keys k JOIN sites s ON s.id = k.site_id LEFT JOIN users u ON "
                          "u.id = k.user_id WHERE ") +
           QLatin1String(where);
}

QVariant optionalPermission(const std::optional<PermissionSet>& set)
{
    return set ? QVariant(nameOf(*set)) : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant optionalBytes(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}
} // namespace

Result<qint64> SqlStore::insertKey(const ApiKey& k)
{
    return insertReturningId(
        QStringLiteral(
            "INSERT INTO api_keys (site_id, user_id, name, description, permission_set, "
            "previous_permission_set, permission_ceiling, created_at, created_by, expires_at, "
            "last_use_at, prefix, key_digest, s3_access_key_id, s3_secret_sealed, s3_kek_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {k.siteId, optionalId(k.userId), text(k.name), text(k.description), nameOf(k.permissionSet),
         optionalPermission(k.previousPermissionSet), nameOf(k.permissionCeiling),
         toMs(k.createdAt), optionalId(k.createdBy), optionalTime(k.expiresAt),
         optionalTime(k.lastUseAt), text(k.prefix), k.digest, optionalText(k.s3AccessKeyId),
         optionalBytes(k.s3SecretSealed), optionalText(k.s3KekId)});
}

Result<QList<ApiKey>> SqlStore::fetchKeys(QSqlQuery& q)
{
    QList<ApiKey> keys;
    while (q.next())
        keys << readKey(q);
    return keys;
}

Result<std::optional<ApiKey>> SqlStore::key(qint64 id)
{
    auto q = exec(keySelect("k.id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ApiKey>{};
    return std::optional<ApiKey>{readKey(*q)};
}

// On SQLite the raw statement of SqliteKeyLookup (QtSql's per-exec overhead was most of the
// cost of a verification); on PostgreSQL, or with a Qt that bundles its own SQLite, QtSql with
// a statement prepared once per connection.
Result<std::optional<KeyWithOwner>> SqlStore::keyByDigest(const QByteArray& digest)
{
    if (m_dialect == SqlDialect::SQLite && !m_sqliteLookupTried) {
        auto version = exec(QStringLiteral("SELECT sqlite_version()"));
        if (!version)
            return std::unexpected(version.error());
        const QString driverVersion = version->next() ? version->value(0).toString() : QString();
        auto lookup = SqliteKeyLookup::create(m_db.driver()->handle(), driverVersion);
        if (!lookup)
            return std::unexpected(lookup.error());
        m_sqliteByDigest = std::move(*lookup);
        m_sqliteLookupTried = true;
    }
    if (m_sqliteByDigest)
        return m_sqliteByDigest->find(digest);
    return qtKeyByDigest(digest);
}

Result<std::optional<KeyWithOwner>> SqlStore::qtKeyByDigest(const QByteArray& digest)
{
    bool reopened = false;
    if (auto r = ensureConnected(reopened); !r)
        return std::unexpected(r.error());
    auto found = lookupDigest(digest);
    if (!found && retryAfterLostConnection(reopened, true))
        found = lookupDigest(digest);
    return found;
}

Result<std::optional<KeyWithOwner>> SqlStore::lookupDigest(const QByteArray& digest)
{
    if (!m_byDigest) {
        m_byDigest = std::make_unique<QSqlQuery>(m_db);
        m_byDigest->setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT ") + QLatin1String(kKeyColumns) +
                            QStringLiteral(", ") + QLatin1String(kOwnerColumns) +
                            QStringLiteral(" FROM api_keys k JOIN sites s ON s.id = k.site_id LEFT "
                                           "JOIN users u ON u.id = k.user_id "
                                           "WHERE k.key_digest = ?");
        if (!m_byDigest->prepare(sql)) {
            Error e = queryError(*m_byDigest, QStringLiteral("prepare key lookup"));
            m_byDigest.reset();
            return std::unexpected(e);
        }
    }
    QSqlQuery& q = *m_byDigest;
    q.bindValue(0, digest);
    if (!q.exec())
        return std::unexpected(queryError(q, QStringLiteral("key lookup")));
    std::optional<KeyWithOwner> found;
    if (q.next()) {
        found = KeyWithOwner{readKey(q), std::nullopt};
        if (!q.value(keyColumnCount()).isNull())
            found->owner = readUser(q, keyColumnCount());
    }
    q.finish();
    return found;
}

Result<std::optional<ApiKey>> SqlStore::keyByAccessKeyId(const QString& accessKeyId)
{
    if (accessKeyId.contains(QChar(0))) // no stored id has one (PostgreSQL text cannot)
        return std::optional<ApiKey>{};
    auto q = exec(keySelect("k.s3_access_key_id = ?"), {accessKeyId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ApiKey>{};
    return std::optional<ApiKey>{readKey(*q)};
}

Result<void> SqlStore::updateKey(const ApiKey& k)
{
    auto q =
        exec(QStringLiteral("UPDATE api_keys SET name = ?, description = ?, permission_set = ?, "
                            "previous_permission_set = ?, permission_ceiling = ?, expires_at = ?, "
                            "replaced_by = ? WHERE id = ?"),
             {text(k.name), text(k.description), nameOf(k.permissionSet),
              optionalPermission(k.previousPermissionSet), nameOf(k.permissionCeiling),
              optionalTime(k.expiresAt), optionalId(k.replacedBy), k.id});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(
            ErrorCode::NotFound,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "API key #%1 does not exist"), k.id),
            QStringLiteral("not-found/api-key-not-found"));
    return {};
}

Result<void> SqlStore::deleteKey(qint64 id)
{
    auto q = exec(QStringLiteral("DELETE FROM api_keys WHERE id = ?"), {id});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(
            ErrorCode::NotFound,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "API key #%1 does not exist"), id),
            QStringLiteral("not-found/api-key-not-found"));
    return {};
}

Result<QList<ApiKey>> SqlStore::listS3Keys()
{
    auto q = exec(keySelect("k.s3_access_key_id IS NOT NULL ORDER BY k.id"));
    if (!q)
        return std::unexpected(q.error());
    return fetchKeys(*q);
}

Result<void> SqlStore::updateS3Secret(qint64 keyId, const QByteArray& sealed, const QString& kekId)
{
    auto q = exec(QStringLiteral("UPDATE api_keys SET s3_secret_sealed = ?, s3_kek_id = ? WHERE id "
                                 "= ? AND s3_access_key_id IS NOT NULL"),
                  {sealed, kekId, keyId});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(
            ErrorCode::NotFound,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                           "API key #%1 does not exist or has no S3 credentials"),
                         keyId),
            QStringLiteral("not-found/api-key-not-found"));
    return {};
}

Result<bool> SqlStore::touchLastUse(qint64 keyId, const QDateTime& at, qint64 coalesceMs)
{
    const qint64 ms = toMs(at);
    auto q = exec(QStringLiteral("UPDATE api_keys SET last_use_at = ? WHERE id = ? AND "
                                 "(last_use_at IS NULL OR last_use_at <= ?)"),
                  {ms, keyId, ms - coalesceMs});
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() > 0;
}

} // namespace keydesk
