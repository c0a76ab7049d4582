// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>
#include <string_view>

class QNetworkAccessManager;
class QNetworkRequest;

namespace keydesk {

// How the client talks to a KeyDesk server.
struct RestOptions {
    int timeoutMs = 15000;     // one try of one request
    int maxTries = 3;          // 429 and 503 are tried again, honouring Retry-After
    int retryBudgetMs = 30000; // one call, its tries and waits included
    QString caFile;            // extra trusted CA certificates (PEM) beside the system store
    QString domain;            // the server's --domain: site SUB is reached as host SUB.DOMAIN

    // KEYDESK_CA_FILE, KEYDESK_SERVER_DOMAIN and KEYDESK_SERVER_TIMEOUT (seconds).
    static RestOptions fromEnvironment();
};

// Query parameters in order; keys are sent as written (e.g. "sort_by[name]"), values encoded.
using QueryItems = QList<QPair<QString, QString>>;

enum class HttpMethod { Get, Post, Patch, Delete };

// A 2xx answer of the server.
struct RestReply {
    int status = 0;
    QByteArray body;    // raw; a caller whose answer holds a secret wipes it (wipe())
    QString nextCursor; // X-Files-Cursor, empty on the last page

    void wipe(); // best effort: overwrites the body in place when no one else shares it
};

// The HTTP mechanics of the REST store: one QNetworkAccessManager, requests under
// /api/rest/v1, asynchronous underneath and waited for in a local event loop (user input is
// held back meanwhile), a timeout per try, bounded retries on 429/503, TLS with the system CA
// store plus an optional CA file, no redirects (the key header must never follow one), and the
// server's error JSON mapped to core errors (RestErrors.h).
class RestClient {
public:
    // `server` is scheme://host[:port]. Fails when the CA file cannot be read.
    static Result<std::unique_ptr<RestClient>> create(const QUrl& server,
                                                      const RestOptions& options);
    ~RestClient();
    RestClient(const RestClient&) = delete;
    RestClient& operator=(const RestClient&) = delete;

    // The key of the session, sent only in X-FilesAPI-Key (and never logged).
    void setKey(std::string_view key);
    // The Host header, e.g. "acme-eu.keydesk.example:8443"; empty: the server URL's host.
    void setHost(const QString& host);
    QString host() const { return m_host; }
    const QUrl& server() const { return m_server; }
    const RestOptions& options() const { return m_options; }
    QString serverText() const; // for messages: "https://host:port"

    Result<RestReply> send(HttpMethod method, const QString& path, const QueryItems& query = {},
                           const std::optional<QJsonObject>& body = std::nullopt);

private:
    struct Attempt;
    RestClient(QUrl server, RestOptions options, QSslConfiguration ssl);
    QNetworkRequest request(const QString& path, const QueryItems& query, bool hasBody) const;
    Attempt once(HttpMethod method, const QNetworkRequest& request, const QByteArray& body,
                 int timeoutMs);
    Result<RestReply> finish(Attempt& attempt);
    static void pause(int ms);

    QUrl m_server;
    RestOptions m_options;
    QSslConfiguration m_ssl;
    QString m_host;
    QByteArray m_keyHeader; // wiped in the destructor, after the manager is gone
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace keydesk
