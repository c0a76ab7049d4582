// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keychain.h"

#include "Logging.h"

#include <QEventLoop>
#include <cstring>
#include <qt6keychain/keychain.h>

namespace keydesk {

namespace {
Keychain::Outcome outcomeOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {Keychain::Status::Ok, {}};
    case QKeychain::EntryNotFound:
        return {Keychain::Status::NotFound, QStringLiteral("No such keychain entry")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Keychain::Status::Unavailable, QStringLiteral("No keychain is available")};
    default:
        // QtKeychain reports an unreachable Secret Service as OtherError.
        return {job.errorString().contains(QLatin1String("org.freedesktop.secrets"))
                    ? Keychain::Status::Unavailable
                    : Keychain::Status::Failed,
                QStringLiteral("Keychain error: ") + job.errorString()};
    }
}

void run(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// Best effort: overwrite our copy; QtKeychain's own buffers are beyond reach.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        std::memset(bytes.data(), 0, static_cast<size_t>(bytes.size()));
}
} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service))
{}

QString Keychain::profileKeyEntry(const QString& profileName)
{
    return QStringLiteral("profile/") + profileName + QStringLiteral("/api-key");
}

QString Keychain::profileKekEntry(const QString& profileName)
{
    return QStringLiteral("profile/") + profileName + QStringLiteral("/kek");
}

Keychain::Outcome Keychain::write(const QString& key, const SecretBytes& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    QByteArray data(secret.data(), secret.size());
    job.setBinaryData(data);
    wipe(data);
    run(job);
    const Outcome o = outcomeOf(job);
    if (o.status != Status::Ok)
        qCWarning(lcStore) << "keychain write failed:" << o.message;
    return o;
}

Keychain::Outcome Keychain::read(const QString& key, SecretBytes& out)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    run(job);
    const Outcome o = outcomeOf(job);
    if (o.status == Status::Ok) {
        QByteArray data = job.binaryData();
        out = SecretBytes::copyOf(
            std::string_view(data.constData(), static_cast<size_t>(data.size())));
        wipe(data);
    }
    return o;
}

Keychain::Outcome Keychain::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    run(job);
    return outcomeOf(job);
}

} // namespace keydesk
