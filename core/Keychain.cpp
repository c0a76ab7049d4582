// SPDX-License-Identifier: GPL-3.0-or-later
#include "Keychain.h"

#include "Logging.h"

#include <QEventLoop>
#include <algorithm>
#include <cstring>
#include <qt6keychain/keychain.h>

namespace keydesk {

namespace {
// No session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: ..."),
// no Secret Service on it, or a Secret Service without a usable (login) collection.
bool isUnreachable(const QString& error)
{
    static const QLatin1String markers[] = {
        QLatin1String("org.freedesktop.secrets"), QLatin1String("/org/freedesktop/secrets"),
        QLatin1String("D-Bus"), QLatin1String("Could not connect")};
    return std::any_of(std::begin(markers), std::end(markers),
                       [&](QLatin1String m) { return error.contains(m); });
}

Keychain::Outcome outcome(Keychain::Status status, const Text& text)
{
    return {status, englishText(text), text};
}

Keychain::Outcome outcomeOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {Keychain::Status::Ok, {}};
    case QKeychain::EntryNotFound:
        return outcome(Keychain::Status::NotFound,
                       translatable(QT_TRANSLATE_NOOP("keydesk::Error", "No such keychain entry")));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return outcome(
            Keychain::Status::Unavailable,
            translatable(QT_TRANSLATE_NOOP("keydesk::Error", "No keychain is available")));
    default:
        // QtKeychain reports an unreachable Secret Service (or no session bus at all) as
        // OtherError; only its text tells.
        return outcome(isUnreachable(job.errorString()) ? Keychain::Status::Unavailable
                                                        : Keychain::Status::Failed,
                       translatable(QT_TRANSLATE_NOOP("keydesk::Error", "Keychain error: %1"),
                                    job.errorString()));
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

QString Keychain::profilePasswordEntry(const QString& profileName)
{
    return QStringLiteral("profile/") + profileName + QStringLiteral("/postgres-password");
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
