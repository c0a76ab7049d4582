// SPDX-License-Identifier: GPL-3.0-or-later
#include "S3ObjectStore.h"

#include "ServerLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

namespace keydesk::server::s3 {

namespace {
constexpr qint64 kMinPartSize = 5 * 1024 * 1024; // S3's floor for every part but the last

const char* const kSchema[] = {
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
    "CREATE TABLE IF NOT EXISTS objects (key TEXT PRIMARY KEY, size INTEGER NOT NULL, "
    "etag TEXT NOT NULL, modified INTEGER NOT NULL, content_type TEXT NOT NULL, "
    "blob TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, key TEXT NOT NULL, "
    "owner TEXT NOT NULL, content_type TEXT NOT NULL, created INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS parts (upload_id TEXT NOT NULL, number INTEGER NOT NULL, "
    "size INTEGER NOT NULL, etag TEXT NOT NULL, blob TEXT NOT NULL, "
    "PRIMARY KEY (upload_id, number))",
};

std::unexpected<S3Error> internal(const QString& what)
{
    qCWarning(lcS3).noquote() << "object store:" << what;
    return fail("InternalError", QStringLiteral("We encountered an internal error. Please try "
                                                "again."));
}

QString randomName()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

ObjectInfo objectFrom(const QSqlQuery& q)
{
    return ObjectInfo{q.value(0).toString(),
                      q.value(1).toLongLong(),
                      q.value(2).toString().toLatin1(),
                      QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC),
                      q.value(4).toString().toLatin1(),
                      q.value(5).toString()};
}

// Text columns are NOT NULL: an absent header is an empty string, not SQL NULL.
QVariant text(const QByteArray& bytes)
{
    return QVariant(bytes.isEmpty() ? QString(QLatin1String("")) : QString::fromLatin1(bytes));
}

// Whether `key` sorts after `after`, where an `after` ending in the delimiter stands for a
// whole common prefix already returned.
bool isPast(const QString& key, const ListQuery& query)
{
    if (query.after.isEmpty())
        return true;
    if (!query.delimiter.isEmpty() && query.after.endsWith(query.delimiter) &&
        key.startsWith(query.after))
        return false;
    return key.toUtf8() > query.after.toUtf8();
}
} // namespace

struct ObjectStore::Site {
    QString dir;
    QString connection;
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    QString blobPath(const QString& blob) const { return dir + QStringLiteral("/blobs/") + blob; }
    ~Site()
    {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
};

ObjectStore::ObjectStore(QString root)
    : m_root(std::move(root))
{}

ObjectStore::~ObjectStore() = default;

S3Result<void> ObjectStore::prepare()
{
    QDir dir(m_root);
    if (!dir.exists() && !QDir().mkpath(m_root))
        return fail("InternalError", QStringLiteral("cannot create %1").arg(m_root));
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!QFileInfo(m_root).isWritable())
        return fail("InternalError", QStringLiteral("%1 is not writable").arg(m_root));
    return {};
}

S3Result<ObjectStore::Site*> ObjectStore::site(qint64 siteId)
{
    if (auto it = m_sites.find(siteId); it != m_sites.end())
        return it->get();
    auto s = std::make_shared<Site>();
    s->dir = m_root + QStringLiteral("/site-") + QString::number(siteId);
    s->connection = QStringLiteral("keydesk-s3-") + QString::number(siteId);
    for (const char* sub : {"/blobs", "/tmp"}) {
        if (!QDir().mkpath(s->dir + QLatin1String(sub)))
            return internal(QStringLiteral("cannot create %1").arg(s->dir));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->connection);
    db.setDatabaseName(s->dir + QStringLiteral("/index.sqlite"));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return internal(db.lastError().text());
    QSqlQuery q(db);
    for (const char* statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement)))
            return internal(q.lastError().text());
    }
    m_sites.insert(siteId, s);
    return s.get();
}

S3Result<std::unique_ptr<QTemporaryFile>> ObjectStore::newBody(qint64 siteId)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    auto file = std::make_unique<QTemporaryFile>((*s)->dir + QStringLiteral("/tmp/body-XXXXXX"));
    if (!file->open())
        return internal(file->errorString());
    return file;
}

S3Result<QString> ObjectStore::adoptBlob(Site& site, QTemporaryFile& body)
{
    if (!body.flush() || ::fsync(body.handle()) != 0)
        return internal(QStringLiteral("cannot write a received body: ") + body.errorString());
    const QString name = randomName();
    if (!body.rename(site.blobPath(name)))
        return internal(QStringLiteral("cannot move a received body: ") + body.errorString());
    body.setAutoRemove(false);
    return name;
}

void ObjectStore::removeBlob(Site& site, const QString& blob)
{
    if (!blob.isEmpty() && !QFile::remove(site.blobPath(blob)))
        qCWarning(lcS3) << "could not remove blob" << blob;
}

S3Result<ObjectInfo> ObjectStore::put(qint64 siteId, const QString& key, QTemporaryFile& body,
                                      const QByteArray& md5Hex, const QByteArray& contentType)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    ObjectInfo info{key, body.size(), md5Hex, QDateTime::currentDateTimeUtc(), contentType, {}};
    auto blob = adoptBlob(**s, body);
    if (!blob)
        return std::unexpected(blob.error());
    info.blob = *blob;
    QSqlDatabase db = (*s)->db();
    QString old;
    if (!db.transaction())
        return internal(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT blob FROM objects WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        old = q.value(0).toString();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO objects VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(key), QVariant(info.size), text(md5Hex),
          QVariant(info.modified.toMSecsSinceEpoch()), text(contentType), QVariant(info.blob)})
        q.addBindValue(v);
    if (!q.exec() || !db.commit()) {
        const QString why = q.lastError().text() + db.lastError().text();
        db.rollback();
        removeBlob(**s, info.blob);
        return internal(why);
    }
    removeBlob(**s, old);
    return info;
}

S3Result<std::optional<ObjectInfo>> ObjectStore::find(qint64 siteId, const QString& key)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    QSqlQuery q((*s)->db());
    q.prepare(QStringLiteral("SELECT key, size, etag, modified, content_type, blob FROM objects "
                             "WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return internal(q.lastError().text());
    if (!q.next())
        return std::optional<ObjectInfo>();
    return std::optional<ObjectInfo>(objectFrom(q));
}

S3Result<std::shared_ptr<QFile>> ObjectStore::open(qint64 siteId, const ObjectInfo& object)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    auto file = std::make_shared<QFile>((*s)->blobPath(object.blob));
    if (!file->open(QIODevice::ReadOnly)) // replaced or deleted since the lookup
        return fail("NoSuchKey", QStringLiteral("The specified key does not exist."));
    return file;
}

S3Result<bool> ObjectStore::remove(qint64 siteId, const QString& key)
{
    auto found = find(siteId, key);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return false;
    Site& s = **site(siteId);
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("DELETE FROM objects WHERE key = ? AND blob = ?"));
    q.addBindValue(key);
    q.addBindValue((*found)->blob);
    if (!q.exec())
        return internal(q.lastError().text());
    if (q.numRowsAffected() > 0)
        removeBlob(s, (*found)->blob);
    return true;
}

S3Result<ListPage> ObjectStore::list(qint64 siteId, const ListQuery& query)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    ListPage page;
    QSqlQuery q((*s)->db());
    q.setForwardOnly(true);
    // Keys in byte order from the first one that can match; the prefix ends the scan.
    q.prepare(QStringLiteral("SELECT key, size, etag, modified, content_type, blob FROM objects "
                             "WHERE key >= ? ORDER BY key"));
    q.addBindValue(query.after.toUtf8() > query.prefix.toUtf8() ? query.after : query.prefix);
    if (!q.exec())
        return internal(q.lastError().text());
    while (q.next()) {
        ObjectInfo o = objectFrom(q);
        if (!o.key.startsWith(query.prefix)) {
            if (o.key.toUtf8() > query.prefix.toUtf8())
                break;
            continue;
        }
        if (!isPast(o.key, query))
            continue;
        QString common;
        if (!query.delimiter.isEmpty()) {
            const qsizetype at = o.key.indexOf(query.delimiter, query.prefix.size());
            if (at >= 0)
                common = o.key.left(at + query.delimiter.size());
        }
        if (!common.isEmpty() && !page.commonPrefixes.isEmpty() &&
            page.commonPrefixes.last() == common)
            continue;
        if (page.objects.size() + page.commonPrefixes.size() >= query.maxKeys) {
            page.truncated = true;
            break;
        }
        page.last = common.isEmpty() ? o.key : common;
        if (common.isEmpty())
            page.objects.append(std::move(o));
        else
            page.commonPrefixes.append(common);
    }
    return page;
}

S3Result<QString> ObjectStore::createUpload(qint64 siteId, const QString& key, const QString& owner,
                                            const QByteArray& contentType)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    const QString id = randomName();
    QSqlQuery q((*s)->db());
    q.prepare(QStringLiteral("INSERT INTO uploads VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(id), QVariant(key), QVariant(owner), text(contentType),
                              QVariant(QDateTime::currentMSecsSinceEpoch())})
        q.addBindValue(v);
    if (!q.exec())
        return internal(q.lastError().text());
    return id;
}

S3Result<Upload> ObjectStore::upload(qint64 siteId, const QString& uploadId)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    QSqlQuery q((*s)->db());
    q.prepare(QStringLiteral("SELECT id, key, owner, content_type FROM uploads WHERE id = ?"));
    q.addBindValue(uploadId);
    if (!q.exec())
        return internal(q.lastError().text());
    if (!q.next())
        return fail("NoSuchUpload",
                    QStringLiteral("The specified upload does not exist. The upload ID may be "
                                   "invalid, or the upload may have been aborted or completed."));
    return Upload{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString().toLatin1()};
}

S3Result<QByteArray> ObjectStore::putPart(qint64 siteId, const QString& uploadId, int number,
                                          QTemporaryFile& body, const QByteArray& md5Hex)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    const qint64 size = body.size();
    auto blob = adoptBlob(**s, body);
    if (!blob)
        return std::unexpected(blob.error());
    QSqlDatabase db = (*s)->db();
    QString old;
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT blob FROM parts WHERE upload_id = ? AND number = ?"));
    q.addBindValue(uploadId);
    q.addBindValue(number);
    if (q.exec() && q.next())
        old = q.value(0).toString();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO parts VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(uploadId), QVariant(number), QVariant(size), text(md5Hex), QVariant(*blob)})
        q.addBindValue(v);
    if (!q.exec() || !db.commit()) {
        const QString why = q.lastError().text();
        db.rollback();
        removeBlob(**s, *blob);
        return internal(why);
    }
    removeBlob(**s, old);
    return md5Hex;
}

S3Result<ObjectInfo> ObjectStore::complete(qint64 siteId, const Upload& upload,
                                           const QList<std::pair<int, QByteArray>>& parts)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    Site& site = **s;
    QSqlDatabase db = site.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT number, size, etag, blob FROM parts WHERE upload_id = ?"));
    q.addBindValue(upload.id);
    if (!q.exec())
        return internal(q.lastError().text());
    struct Part {
        qint64 size;
        QByteArray etag;
        QString blob;
    };
    QHash<int, Part> stored;
    while (q.next())
        stored.insert(
            q.value(0).toInt(),
            Part{q.value(1).toLongLong(), q.value(2).toString().toLatin1(), q.value(3).toString()});
    // Validate the whole list first (order, then each part), as S3 does, then assemble.
    int previous = 0;
    for (const auto& part : parts) {
        if (part.first <= previous)
            return fail("InvalidPartOrder",
                        QStringLiteral("The list of parts was not in ascending order."));
        previous = part.first;
    }
    for (const auto& [number, etag] : parts) {
        const auto it = stored.constFind(number);
        if (it == stored.constEnd() || it->etag != etag)
            return fail("InvalidPart", QStringLiteral("Part %1 was not uploaded, or its ETag "
                                                      "does not match.")
                                           .arg(number));
    }
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (stored.value(parts[i].first).size < kMinPartSize)
            return fail("EntityTooSmall",
                        QStringLiteral("Your proposed upload is smaller than the minimum "
                                       "allowed object size."));
    }
    auto body = newBody(siteId);
    if (!body)
        return std::unexpected(body.error());
    QCryptographicHash etags(QCryptographicHash::Md5);
    for (const auto& [number, etag] : parts) {
        QFile part(site.blobPath(stored.value(number).blob));
        if (!part.open(QIODevice::ReadOnly))
            return internal(QStringLiteral("part blob missing: ") + part.errorString());
        while (!part.atEnd()) {
            const QByteArray chunk = part.read(1024 * 1024);
            if (chunk.isEmpty() || (*body)->write(chunk) != chunk.size())
                return internal(QStringLiteral("cannot assemble an upload"));
        }
        etags.addData(QByteArray::fromHex(etag));
    }
    const QByteArray etag = etags.result().toHex() + '-' + QByteArray::number(parts.size());
    auto info = put(siteId, upload.key, **body, etag, upload.contentType);
    if (!info)
        return info;
    if (auto aborted = abort(siteId, upload.id); !aborted)
        qCWarning(lcS3) << "completed upload" << upload.id << "left parts behind";
    return info;
}

S3Result<void> ObjectStore::abort(qint64 siteId, const QString& uploadId)
{
    auto s = site(siteId);
    if (!s)
        return std::unexpected(s.error());
    QSqlDatabase db = (*s)->db();
    QSqlQuery q(db);
    QStringList blobs;
    db.transaction();
    q.prepare(QStringLiteral("SELECT blob FROM parts WHERE upload_id = ?"));
    q.addBindValue(uploadId);
    if (q.exec()) {
        while (q.next())
            blobs << q.value(0).toString();
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM parts WHERE upload_id = ?"));
    del.addBindValue(uploadId);
    const bool partsGone = del.exec();
    del.prepare(QStringLiteral("DELETE FROM uploads WHERE id = ?"));
    del.addBindValue(uploadId);
    if (!partsGone || !del.exec() || !db.commit()) {
        db.rollback();
        return internal(del.lastError().text());
    }
    for (const QString& blob : blobs)
        removeBlob(**s, blob);
    return {};
}

int ObjectStore::sweep(const QDateTime& now, std::chrono::seconds uploadAge)
{
    int removed = 0;
    const QStringList sites = QDir(m_root).entryList({QStringLiteral("site-*")}, QDir::Dirs);
    for (const QString& name : sites) {
        bool ok = false;
        const qint64 id = name.mid(5).toLongLong(&ok);
        if (ok)
            removed += sweepSite(id, now, uploadAge);
    }
    if (removed > 0)
        qCInfo(lcS3) << "swept" << removed << "abandoned upload(s) and file(s)";
    return removed;
}

int ObjectStore::sweepSite(qint64 siteId, const QDateTime& now, std::chrono::seconds uploadAge)
{
    auto s = site(siteId);
    if (!s)
        return 0;
    Site& site = **s;
    int removed = 0;
    QSqlQuery q(site.db());
    q.prepare(QStringLiteral("SELECT id FROM uploads WHERE created < ?"));
    q.addBindValue(now.toMSecsSinceEpoch() - qint64(uploadAge.count()) * 1000);
    QStringList stale;
    if (q.exec()) {
        while (q.next())
            stale << q.value(0).toString();
    }
    for (const QString& id : stale)
        removed += abort(siteId, id).has_value() ? 1 : 0;

    QSet<QString> named; // every blob an object or a part points at
    for (const char* sql : {"SELECT blob FROM objects", "SELECT blob FROM parts"}) {
        if (q.exec(QString::fromLatin1(sql))) {
            while (q.next())
                named.insert(q.value(0).toString());
        }
    }
    const QDateTime dayAgo = now.addDays(-1);
    for (const QString& sub : {QStringLiteral("/tmp"), QStringLiteral("/blobs")}) {
        const QFileInfoList files = QDir(site.dir + sub).entryInfoList(QDir::Files);
        for (const QFileInfo& file : files) {
            const bool orphan = sub == QLatin1String("/tmp") || !named.contains(file.fileName());
            if (orphan && file.lastModified() < dayAgo && QFile::remove(file.filePath()))
                ++removed;
        }
    }
    return removed;
}

} // namespace keydesk::server::s3
