// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestClient.h"

#include "RestErrors.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcRest, "keydesk.core.rest", QtInfoMsg)

namespace keydesk {

namespace {
constexpr auto kApiBase = "/api/rest/v1";

QByteArray verb(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return QByteArrayLiteral("GET");
}

// Retry-After: delay-seconds, or an HTTP date; absent or unreadable: one second.
int retryAfterMs(const QByteArray& header)
{
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return std::clamp(seconds, 0, 3600) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (at.isValid())
        return static_cast<int>(
            std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0, 3600 * 1000));
    return 1000;
}

QString reasonFor(QNetworkReply::NetworkError error, const QStringList& sslErrors,
                  const QString& qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the connection was closed");
    case QNetworkReply::SslHandshakeFailedError:
        return sslErrors.isEmpty()
                   ? QStringLiteral("TLS handshake failed")
                   : QStringLiteral("TLS: %1").arg(sslErrors.join(QStringLiteral("; ")));
    default:
        return qtText.section(QStringLiteral(" - "), 0, 0); // Qt appends the URL after " - "
    }
}
} // namespace

RestOptions RestOptions::fromEnvironment()
{
    RestOptions o;
    o.caFile = qEnvironmentVariable("KEYDESK_CA_FILE");
    o.domain = qEnvironmentVariable("KEYDESK_SERVER_DOMAIN");
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("KEYDESK_SERVER_TIMEOUT", &ok);
    if (ok && seconds > 0)
        o.timeoutMs = std::min(seconds, 3600) * 1000;
    return o;
}

void RestReply::wipe()
{
    if (!body.isDetached())
        return; // someone else holds the bytes; overwriting would only copy them
    OPENSSL_cleanse(body.data(), static_cast<size_t>(body.size()));
    body.clear();
}

struct RestClient::Attempt {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray retryAfter;
    QByteArray cursor;
    QString failure; // why there is no answer
};

RestClient::RestClient(QUrl server, RestOptions options, QSslConfiguration ssl)
    : m_server(std::move(server))
    , m_options(std::move(options))
    , m_ssl(std::move(ssl))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager->setAutoDeleteReplies(false);
}

RestClient::~RestClient()
{
    m_manager.reset(); // drops Qt's references to the header, so the wipe below is in place
    if (!m_keyHeader.isEmpty() && m_keyHeader.isDetached())
        OPENSSL_cleanse(m_keyHeader.data(), static_cast<size_t>(m_keyHeader.size()));
}

Result<std::unique_ptr<RestClient>> RestClient::create(const QUrl& server,
                                                       const RestOptions& options)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (extra.isEmpty())
            return fail(
                ErrorCode::InvalidInput,
                translatable(
                    QT_TRANSLATE_NOOP("keydesk::Error",
                                      "No CA certificate could be read from %1 (KEYDESK_CA_FILE)"),
                    options.caFile),
                QStringLiteral("bad-request/invalid-ca-file"));
        ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    }
    QUrl base;
    base.setScheme(server.scheme());
    base.setHost(server.host());
    base.setPort(server.port());
    return std::unique_ptr<RestClient>(new RestClient(base, options, ssl));
}

void RestClient::setKey(std::string_view key)
{
    if (!m_keyHeader.isEmpty() && m_keyHeader.isDetached())
        OPENSSL_cleanse(m_keyHeader.data(), static_cast<size_t>(m_keyHeader.size()));
    m_keyHeader = QByteArray(key.data(), static_cast<qsizetype>(key.size()));
}

void RestClient::setHost(const QString& host)
{
    m_host = host;
}

QString RestClient::serverText() const
{
    return m_server.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
}

QNetworkRequest RestClient::request(const QString& path, const QueryItems& query,
                                    bool hasBody) const
{
    QUrl url = m_server;
    url.setPath(QLatin1String(kApiBase) + path);
    QStringList parts;
    for (const auto& [key, value] : query)
        parts << key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    if (!parts.isEmpty())
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // keeps our Host header
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setRawHeader("Accept", "application/json");
    if (!m_host.isEmpty())
        r.setRawHeader("Host", m_host.toUtf8());
    if (!m_keyHeader.isEmpty())
        r.setRawHeader("X-FilesAPI-Key", m_keyHeader);
    if (hasBody)
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (url.scheme() == QLatin1String("https"))
        r.setSslConfiguration(m_ssl);
    return r;
}

RestClient::Attempt RestClient::once(HttpMethod method, const QNetworkRequest& request,
                                     const QByteArray& body, int timeoutMs)
{
    std::unique_ptr<QNetworkReply> reply(m_manager->sendCustomRequest(request, verb(method), body));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QStringList sslErrors;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop,
                     [&sslErrors](const QList<QSslError>& errors) {
                         for (const QSslError& e : errors)
                             sslErrors << e.errorString();
                     });
    QObject::connect(&timer, &QTimer::timeout, &loop, [&timedOut, &reply] {
        timedOut = true;
        reply->abort();
    });
    timer.start(std::max(timeoutMs, 1));
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    Attempt a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Network-layer errors are below 200; above are HTTP answers, which the status tells.
    if (timedOut || a.status == 0 || (reply->error() > 0 && reply->error() < 200)) {
        a.status = 0;
        a.failure = timedOut ? QStringLiteral("no answer within %1 s").arg((timeoutMs + 999) / 1000)
                             : reasonFor(reply->error(), sslErrors, reply->errorString());
        return a;
    }
    a.body = reply->readAll();
    a.retryAfter = reply->rawHeader("Retry-After");
    a.cursor = reply->rawHeader("X-Files-Cursor");
    return a;
}

void RestClient::pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Result<RestReply> RestClient::finish(Attempt& a)
{
    if (a.status == 0)
        return std::unexpected(RestErrors::unreachable(serverText(), a.failure));
    if (a.status < 200 || a.status > 299) {
        Error e = RestErrors::fromReply(a.status, a.body, serverText());
        OPENSSL_cleanse(a.body.data(), static_cast<size_t>(a.body.size()));
        return std::unexpected(std::move(e));
    }
    RestReply reply;
    reply.status = a.status;
    reply.body = std::move(a.body);
    reply.nextCursor = QString::fromUtf8(a.cursor);
    return reply;
}

Result<RestReply> RestClient::send(HttpMethod method, const QString& path, const QueryItems& query,
                                   const std::optional<QJsonObject>& body)
{
    const QByteArray payload =
        body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    const QNetworkRequest r = request(path, query, body.has_value());
    QElapsedTimer clock;
    clock.start();
    for (int tries = 1;; ++tries) {
        const int left = m_options.retryBudgetMs - static_cast<int>(clock.elapsed());
        Attempt a = once(method, r, payload,
                         tries == 1 ? m_options.timeoutMs : std::min(m_options.timeoutMs, left));
        const bool busy = a.status == 429 || a.status == 503;
        if (busy && tries < m_options.maxTries) {
            const int wait = retryAfterMs(a.retryAfter);
            if (clock.elapsed() + wait < m_options.retryBudgetMs) {
                qCInfo(lcRest).noquote() << verb(method) << path << "answered" << a.status
                                         << "; again in" << wait << "ms";
                pause(wait);
                continue;
            }
        }
        if (a.status == 0)
            qCInfo(lcRest).noquote() << verb(method) << path << "failed:" << a.failure;
        return finish(a);
    }
}

} // namespace keydesk
