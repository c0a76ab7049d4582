// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliArgs.h"
#include "CliText.h"
#include "Error.h"
#include "LocalBackend.h"
#include "SecretBytes.h"
#include "Session.h"

#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace keydesk::cli {

// Stable exit codes (documented in README and `keydeskctl --help`).
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,          // the store failed, or the request is not supported here
    ExitUsage = 2,            // bad command line
    ExitNotAuthenticated = 3, // missing, malformed, unknown, expired or disabled key
    ExitNotAuthorized = 4,    // the policy refuses
    ExitNotFound = 5,
    ExitInvalidInput = 6,
    ExitConflict = 7, // already exists / already initialised
};

int exitCodeFor(ErrorCode code);
QString codeWords(ErrorCode code); // "not found", in the user's language

// What every command shares: the store, the signed-in session, output in text or JSON.
class Cli {
public:
    Cli(QString storeText, bool json);

    bool json() const { return m_json; }
    Result<StoreUrl> storeUrl() const;
    // The store of --store, local or a KeyDesk server (openBackend), opened once.
    Result<Backend*> backend();
    // The same when it is a store this process opens itself; nullptr for a server.
    LocalBackend* localBackend() const { return dynamic_cast<LocalBackend*>(m_backend.get()); }
    void adoptBackend(std::unique_ptr<Backend> backend) { m_backend = std::move(backend); }
    // The session of the key in KEYDESK_API_KEY, on the key's own site.
    Result<Session*> session();
    // --site SUB (the principal's site or one of its child sites), else the principal's site.
    Result<Site> targetSite(const ParsedArgs& args);
    Result<qint64> userId(qint64 siteId, const QString& username);

    int report(const Error& error);    // one line on stderr; returns the exit code
    int usage(const QString& message); // exit 2
    void print(const QString& line);   // stdout, newline added
    void note(const QString& line);    // stderr, for humans
    void printJson(const QJsonValue& value);
    void printSecretLine(const SecretBytes& secret); // stdout, straight from wiped memory
    void writeRaw(std::string_view bytes);

private:
    QString m_storeText;
    bool m_json;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<Session> m_session;
};

} // namespace keydesk::cli
