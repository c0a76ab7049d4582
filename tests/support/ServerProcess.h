// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace keydesk::test {

// The real keydesk-server binary ($KEYDESK_SERVER) on loopback, for tests that talk to it over
// HTTP: started on 127.0.0.1 (port 0 picks one; the port of an earlier start() to come back
// on the same address), ready once it printed "rest listening on ADDR:PORT", stopped with
// SIGTERM. Its stderr (the access log) goes to a file, shown only when something fails.
class ServerProcess {
public:
    ServerProcess();
    ~ServerProcess(); // stops the server if it still runs (SIGTERM, then SIGKILL)

    static QString binary(); // empty when KEYDESK_SERVER is not set or not executable

    // keydesk-server --store STORE --listen 127.0.0.1:PORT [--domain DOMAIN] EXTRA...
    bool start(const QString& store, const QString& domain, const QStringList& extra = {},
               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // SIGTERM and wait; true when it exited with status 0.
    bool stop();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString url(const QString& scheme = QStringLiteral("http")) const; // SCHEME://127.0.0.1:PORT
    QString error() const { return m_error; } // why start() or stop() failed, with the log tail

private:
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace keydesk::test
