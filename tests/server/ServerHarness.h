// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpClient.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace keydesk::servertest {

// The real keydesk-server binary ($KEYDESK_SERVER) on 127.0.0.1, port 0, over a fresh SQLite
// store in a temporary directory, bootstrapped with LocalBackend::initialize (site "acme",
// admin "admin"), with --domain keydesk.test. Every secret the tests see is remembered so that
// the server's output can be scanned for them.
class ServerHarness {
public:
    static inline const QByteArray kDomain = QByteArrayLiteral("keydesk.test");

    ServerHarness();
    ~ServerHarness();

    static QString binary();
    bool initStore();                                   // false: see lastError()
    bool start(const QStringList& extraArguments = {}); // waits for "rest listening on"
    int stop(int timeoutMs = 15000);                    // SIGTERM; the exit code, -1 on a crash
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    // sqlite:<temporary dir>/kd.sqlite unless setStoreUrl() chose another (before initStore()).
    QString storeUrl() const;
    void setStoreUrl(const QString& url) { m_storeUrl = url; }
    QString dir() const { return m_dir.path(); }
    quint16 port() const { return m_port; }
    QString baseUrl(const QString& scheme = QStringLiteral("http")) const;
    QByteArray adminKey() const { return m_adminKey; }
    QProcess* process() { return m_process.get(); }
    QString lastError() const { return m_lastError; }

    QByteArray serverOutput(); // stdout and stderr so far
    void rememberSecret(const QByteArray& secret) { m_secrets << secret; }
    // Remembered secrets (their first characters only) that appear in the server's output.
    QStringList leakedSecrets();

    // Runs the binary to completion with these arguments and environment additions.
    static QProcess* runToEnd(const QStringList& arguments, const QStringList& environment = {},
                              int timeoutMs = 15000);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_adminKey;
    QByteArray m_output;
    QList<QByteArray> m_secrets;
    QString m_lastError;
    QString m_storeUrl;
};

// Host header for a site of the harness's domain, e.g. "acme-eu.keydesk.test".
QByteArray hostOf(const QString& subdomain);

} // namespace keydesk::servertest
