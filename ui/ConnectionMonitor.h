// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QObject>
#include <memory>

namespace keydesk::ui {

// Whether the main window's store still answers. Every call of the window's session reports
// here (WatchedSession): a lost connection (isConnectionProblem: no answer from a KeyDesk
// server, or a server that cannot reach its database) makes it `lost` until a call gets
// through again; refusals and other errors say nothing about the connection.
class ConnectionMonitor : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    bool isLost() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; } // the user's words, empty while connected
    void report(const Error* error);              // nullptr: the call succeeded

signals:
    void lost(const QString& problem);
    void restored();

private:
    QString m_problem;
};

// A Session that forwards every call to another one and reports how it went.
class WatchedSession final : public Session {
public:
    WatchedSession(std::unique_ptr<Session> inner, ConnectionMonitor& monitor);

    const Principal& principal() const override { return m_inner->principal(); }

    Result<Site> site(qint64 siteId) override;
    Result<Site> siteBySubdomain(const QString& subdomain) override;
    Result<Site> updateSettings(qint64 siteId, const SiteSettingsUpdate& update) override;
    Result<Site> createChildSite(const QString& name, const QString& subdomain) override;
    Result<QList<Site>> childSites() override;

    Result<User> createUser(const NewUser& user) override;
    Result<QList<User>> users(qint64 siteId) override;
    Result<User> userByName(qint64 siteId, const QString& username) override;
    Result<User> setUserDisabled(qint64 siteId, const QString& username, bool disabled) override;

    Result<CreatedKey> createKey(const CreateKeyRequest& request) override;
    Result<ApiKey> key(qint64 id) override;
    Result<KeyPage> listKeys(const KeyQuery& query) override;
    Result<ApiKey> updateKey(qint64 id, const KeyUpdate& update) override;
    Result<ApiKey> disableKey(qint64 id) override;
    Result<ApiKey> enableKey(qint64 id, std::optional<PermissionSet> permissionSet) override;
    Result<void> revokeKey(qint64 id) override;
    Result<CreatedKey> rotateKey(qint64 id, RotationGrace grace) override;

    Result<AuditPage> audit(const AuditQuery& query) override;
    Result<BulkResult> bulkChange(BulkAction action, const KeySelection& selection) override;
    Result<QList<PolicyViolation>> policyViolations(qint64 siteId) override;

private:
    template <typename T> Result<T> watch(Result<T> result)
    {
        m_monitor.report(result ? nullptr : &result.error());
        return result;
    }

    std::unique_ptr<Session> m_inner;
    ConnectionMonitor& m_monitor;
};

} // namespace keydesk::ui
