// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <expected>
#include <optional>

namespace keydesk::server {

// Exit statuses of keydesk-server (documented in --help).
enum ExitCode {
    ExitOk = 0,      // stopped by SIGTERM/SIGINT after draining; --help; --version
    ExitFailure = 1, // internal error, or a second signal cut the drain short
    ExitUsage = 2,   // bad flags, environment values or TLS files
    ExitStore = 3,   // the store cannot be opened or is not initialised
    ExitListen = 4,  // an address cannot be listened on
};

struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;

    // "127.0.0.1:8080", "[::1]:8080"; with `port` replacing the configured one when given.
    QString text(std::optional<quint16> port = std::nullopt) const;
    static std::optional<ListenAddress> parse(const QString& text);
};

struct ServerOptions {
    QString store; // store URL, as given
    ListenAddress listen;
    QString domain; // empty: every Host is the primary site
    std::optional<ListenAddress> s3Listen;
    QString dataDir;
    QString tlsCert;
    QString tlsKey;
    int authFailLimit = 20; // failed authentications per client and window; 0 = no limit
    int authFailWindowSeconds = 60;
    int drainTimeoutSeconds = 30;
    bool help = false;
    bool version = false;

    bool tls() const { return !tlsCert.isEmpty(); }
};

// Flags win over their KEYDESK_SERVER_* environment variables. The error is one line.
std::expected<ServerOptions, QString> parseOptions(const QStringList& arguments,
                                                   const QProcessEnvironment& environment);
QString helpText();

} // namespace keydesk::server
