// SPDX-License-Identifier: GPL-3.0-or-later
#include "KekRotation.h"

#include "Bootstrap.h"
#include "KekFile.h"
#include "Logging.h"
#include "S3Secret.h"
#include "ServiceSupport.h"

#include <QJsonArray>

namespace keydesk {

namespace {
// An event of the whole store: on the primary site, without actor or target key.
Result<void> writeStoreAudit(Store& store, const QDateTime& at, const QString& action,
                             const QJsonObject& details)
{
    auto primary = Bootstrap::primarySiteId(store);
    if (!primary)
        return std::unexpected(primary.error());
    if (!*primary)
        return fail(ErrorCode::NotFound,
                    translatable(QT_TRANSLATE_NOOP(
                        "keydesk::Error", "The store is not initialised (run keydeskctl init)")));
    AuditEvent e;
    e.at = at;
    e.siteId = **primary;
    e.action = action;
    e.details = details;
    return ServiceSupport::writeAudit(store, e);
}

Result<void> resealOne(Store& store, const KekRing& ring, const ApiKey& key)
{
    auto secret = S3Secret::open(ring, key);
    if (!secret)
        return fail(
            secret.error().code,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error",
                                           "Cannot re-seal the S3 secret of API key #%1: %2"),
                         key.id, secret.error().message),
            secret.error().type);
    auto sealed = S3Secret::seal(ring, key, *secret);
    if (!sealed)
        return std::unexpected(sealed.error());
    return store.updateS3Secret(key.id, sealed->sealed, sealed->kekId);
}

QJsonObject rotationDetails(const KekRotationSummary& s)
{
    return QJsonObject{{QStringLiteral("kek_id"), s.currentKekId},
                       {QStringLiteral("new_key"), s.newKey},
                       {QStringLiteral("resealed"), s.resealed},
                       {QStringLiteral("already_current"), s.alreadyCurrent}};
}

Result<KekRotationSummary> resealUnder(Store& store, const KekRing& ring, bool newKey,
                                       const Clock& clock,
                                       const std::function<Result<void>()>& beforeCommit)
{
    const Kek* current = ring.current();
    if (!current)
        return fail(ErrorCode::InvalidInput,
                    translatable(
                        QT_TRANSLATE_NOOP("keydesk::Error", "No key-encryption key is configured")),
                    QStringLiteral("bad-request/invalid-kek"));
    KekRotationSummary summary;
    summary.currentKekId = current->id;
    summary.newKey = newKey;
    summary.keptKekIds = ring.ids().mid(1);
    StoreTransaction tx(store);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto keys = store.listS3Keys();
    if (!keys)
        return std::unexpected(keys.error());
    for (const ApiKey& key : *keys) {
        if (key.s3KekId == current->id) {
            ++summary.alreadyCurrent;
            continue;
        }
        if (auto r = resealOne(store, ring, key); !r)
            return std::unexpected(r.error());
        ++summary.resealed;
    }
    if (auto a =
            writeStoreAudit(store, clock(), QStringLiteral("kek.rotate"), rotationDetails(summary));
        !a)
        return std::unexpected(a.error());
    if (beforeCommit) {
        if (auto r = beforeCommit(); !r)
            return std::unexpected(r.error());
    }
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcCrypto) << "re-sealed" << summary.resealed << "S3 secrets under KEK"
                     << summary.currentKekId;
    return summary;
}

// A new KEK whose id the ring does not hold yet.
Kek freshKek(const KekRing& ring)
{
    Kek kek = KekRing::generate();
    while (ring.find(kek.id))
        kek = KekRing::generate();
    return kek;
}
} // namespace

Result<KekRotationSummary> KekRotation::reseal(Store& store, const KekRing& ring, Clock clock,
                                               const std::function<Result<void>()>& beforeCommit)
{
    return resealUnder(store, ring, false, clock, beforeCommit);
}

Result<KekRotationSummary> KekRotation::rotateFile(Store& store, const QString& kekFile,
                                                   FileOptions options, Clock clock)
{
    auto ring = KekFile::load(kekFile);
    if (!ring)
        return std::unexpected(ring.error());
    if (options.newKey)
        ring->makeCurrent(freshKek(*ring));
    const auto writeFile = [&]() -> Result<void> {
        return options.newKey ? KekFile::replace(kekFile, *ring) : Result<void>{};
    };
    auto summary = resealUnder(store, *ring, options.newKey, clock, writeFile);
    if (!summary || !options.retireOld)
        return summary;
    auto retired = retireUnused(store, kekFile, clock);
    if (!retired)
        return fail(retired.error().code,
                    translatable(QT_TRANSLATE_NOOP(
                                     "keydesk::Error",
                                     "The S3 secrets were re-sealed under %1, but retiring the "
                                     "older keys failed: %2"),
                                 summary->currentKekId, retired.error().message),
                    retired.error().type);
    summary->retiredKekIds = *retired;
    for (const QString& id : *retired)
        summary->keptKekIds.removeAll(id);
    return summary;
}

Result<QStringList> KekRotation::retireUnused(Store& store, const QString& kekFile, Clock clock)
{
    StoreTransaction tx(store);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto ring = KekFile::load(kekFile); // under the store's write lock: the file as it is now
    if (!ring)
        return std::unexpected(ring.error());
    auto keys = store.listS3Keys();
    if (!keys)
        return std::unexpected(keys.error());
    QSet<QString> inUse;
    for (const ApiKey& key : *keys)
        inUse.insert(key.s3KekId);
    const QStringList retired = ring->retireAllBut(inUse);
    if (retired.isEmpty())
        return retired; // nothing written; the transaction rolls back unchanged
    if (auto a = writeStoreAudit(
            store, clock(), QStringLiteral("kek.retire"),
            QJsonObject{{QStringLiteral("retired_kek_ids"), QJsonArray::fromStringList(retired)},
                        {QStringLiteral("kek_id"), ring->current()->id}});
        !a)
        return std::unexpected(a.error());
    if (auto w = KekFile::replace(kekFile, *ring); !w)
        return std::unexpected(w.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    qCInfo(lcCrypto) << "retired" << retired.size() << "KEKs no S3 secret uses";
    return retired;
}

} // namespace keydesk
