// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "S3Xml.h"

#include <QHash>
#include <QTemporaryFile>
#include <chrono>
#include <memory>
#include <optional>

namespace keydesk::server::s3 {

struct ObjectInfo {
    QString key;
    qint64 size = 0;
    QByteArray etag; // hex MD5, or "<hex>-<parts>" after a multipart upload
    QDateTime modified;
    QByteArray contentType;
    QString blob; // file name under the site's blobs/
};

struct ListQuery {
    QString prefix;
    QString delimiter;
    QString after; // exclusive: a key, or a common prefix whose keys are all skipped
    int maxKeys = 1000;
};

struct ListPage {
    QList<ObjectInfo> objects;
    QStringList commonPrefixes;
    bool truncated = false;
    QString last; // the last key or common prefix returned: where the next page starts
};

struct Upload {
    QString id;
    QString key;
    QString owner; // the access key id that started it
    QByteArray contentType;
};

// The objects of each site's bucket, in the server's data directory:
//   <data-dir>/site-<id>/index.sqlite   keys, sizes, ETags, multipart uploads (WAL)
//   <data-dir>/site-<id>/blobs/<random>  one file per object version or uploaded part
//   <data-dir>/site-<id>/tmp/            bodies being received
// Object keys never become file names, so any key (even "../x") is safe. A PUT writes its
// body to tmp/, moves it into blobs/ and switches the index row in one transaction; readers
// holding the old blob open keep reading it. Several server processes on one host may share
// the directory (SQLite WAL on a local disk); not over NFS or between hosts.
class ObjectStore {
public:
    explicit ObjectStore(QString root);
    ~ObjectStore();

    S3Result<void> prepare(); // creates the directory (0700) or says why it cannot
    const QString& root() const { return m_root; }

    // A file for an incoming body, in the site's tmp/ (so the final rename stays on one disk).
    S3Result<std::unique_ptr<QTemporaryFile>> newBody(qint64 siteId);

    S3Result<ObjectInfo> put(qint64 siteId, const QString& key, QTemporaryFile& body,
                             const QByteArray& md5Hex, const QByteArray& contentType);
    S3Result<std::optional<ObjectInfo>> find(qint64 siteId, const QString& key);
    S3Result<std::shared_ptr<QFile>> open(qint64 siteId, const ObjectInfo& object);
    S3Result<bool> remove(qint64 siteId, const QString& key); // false: there was none
    S3Result<ListPage> list(qint64 siteId, const ListQuery& query);

    S3Result<QString> createUpload(qint64 siteId, const QString& key, const QString& owner,
                                   const QByteArray& contentType);
    S3Result<Upload> upload(qint64 siteId, const QString& uploadId);
    S3Result<QByteArray> putPart(qint64 siteId, const QString& uploadId, int number,
                                 QTemporaryFile& body, const QByteArray& md5Hex);
    S3Result<ObjectInfo> complete(qint64 siteId, const Upload& upload,
                                  const QList<std::pair<int, QByteArray>>& parts);
    S3Result<void> abort(qint64 siteId, const QString& uploadId);

    // What crashes and abandoned clients leave behind, as of `now`: bodies in tmp/ and blobs
    // no index row names, untouched for a day, and multipart uploads started more than
    // `uploadAge` ago (with their parts). Returns how many files and uploads went.
    int sweep(const QDateTime& now, std::chrono::seconds uploadAge = std::chrono::hours(24 * 7));

private:
    struct Site;
    S3Result<Site*> site(qint64 siteId);
    S3Result<QString> adoptBlob(Site& site, QTemporaryFile& body);
    void removeBlob(Site& site, const QString& blob);
    int sweepSite(qint64 siteId, const QDateTime& now, std::chrono::seconds uploadAge);

    QString m_root;
    QHash<qint64, std::shared_ptr<Site>> m_sites;
};

} // namespace keydesk::server::s3
