// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestContext.h"

#include "LocalBackend.h"
#include "RateLimiter.h"
#include "ServerLogging.h"
#include "SiteResolver.h"
#include "Validation.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace keydesk::server {

namespace {
const QByteArray kKeyHeader = QByteArrayLiteral("x-filesapi-key");

ApiError rateLimited(int seconds)
{
    ApiError e = ErrorResponse::make(
        429, QStringLiteral("rate-limited/too-many-requests"),
        QStringLiteral("Too many failed authentications from this address; retry in %1 s")
            .arg(seconds));
    e.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return e;
}

QString permissionType(PermissionSet set)
{
    switch (set) {
    case PermissionSet::DesktopApp:
    case PermissionSet::SyncApp:
        return QStringLiteral("not-authorized/api-key-only-for-desktop-app");
    case PermissionSet::MobileApp:
        return QStringLiteral("not-authorized/api-key-only-for-mobile-app");
    case PermissionSet::OfficeIntegration:
        return QStringLiteral("not-authorized/api-key-only-for-office-integration");
    case PermissionSet::None:
        return QStringLiteral("not-authorized/api-key-is-disabled");
    case PermissionSet::FilesOnly:
    case PermissionSet::Full:
        break;
    }
    return QStringLiteral("not-authorized/api-key-only-for-file-operations");
}

bool isCount(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(text).hasMatch();
}

QString queryTypeError(const Field& field, const QString& value)
{
    switch (field.type) {
    case FieldType::Integer:
        return isCount(value) ? QString()
                              : QStringLiteral("%1 must be a non-negative integer").arg(field.name);
    case FieldType::Boolean:
        return value == QLatin1String("true") || value == QLatin1String("false")
                   ? QString()
                   : QStringLiteral("%1 must be true or false").arg(field.name);
    default:
        return JsonInput::typeError(field, QJsonValue(value));
    }
}

ApiError invalidParameter(const QString& message)
{
    return ErrorResponse::make(400, QStringLiteral("bad-request/invalid-parameter"), message);
}
} // namespace

RequestContext::RequestContext(ServerServices& services, const QHttpServerRequest& request,
                               const Route& route, QString pathArgument)
    : m_services(services)
    , m_request(request)
    , m_route(route)
    , m_pathArgument(std::move(pathArgument))
    , m_query(request.query())
    , m_now(QDateTime::currentDateTimeUtc())
{}

std::expected<void, ApiError> RequestContext::authenticate()
{
    const QHostAddress client = m_request.remoteAddress();
    if (const int wait = m_services.limiter.retryAfterSeconds(client); wait > 0)
        return std::unexpected(rateLimited(wait));
    auto site = m_services.sites.siteFor(m_request.value(QByteArrayLiteral("host")));
    if (!site)
        return std::unexpected(site.error());
    const QByteArray key = m_request.value(kKeyHeader).trimmed();
    if (key.isEmpty()) {
        m_services.limiter.recordFailure(client);
        return std::unexpected(
            ErrorResponse::make(401, QStringLiteral("not-authenticated/authentication-required"),
                                QStringLiteral("Send your API key in the X-FilesAPI-Key header")));
    }
    auto principal = m_services.backend.authenticator().authenticate(
        std::string_view(key.constData(), static_cast<size_t>(key.size())), *site, &m_callingKey);
    if (!principal) {
        if (principal.error().failure != AuthFailure::StoreFailure) {
            m_services.limiter.recordFailure(client);
            qCInfo(lcRequest).noquote()
                << client.toString()
                << "authentication failed:" << Authenticator::describe(principal.error().failure);
        }
        return std::unexpected(ErrorResponse::fromCore(principal.error().error));
    }
    if (auto ok = checkKeyPermission(*principal); !ok)
        return ok;
    m_principal = *principal;
    return {};
}

std::expected<void, ApiError> RequestContext::checkKeyPermission(const Principal& p) const
{
    if (p.keyPermission == PermissionSet::Full)
        return {};
    return std::unexpected(ErrorResponse::make(
        403, permissionType(p.keyPermission),
        QStringLiteral("This API key (permission set %1) cannot use the key-management API")
            .arg(nameOf(p.keyPermission))));
}

std::expected<void, ApiError> RequestContext::checkQuery() const
{
    if (m_route.ownQueryCheck)
        return {};
    QSet<QString> seen;
    for (const auto& [name, value] : m_query.queryItems(QUrl::FullyDecoded)) {
        const auto field = std::find_if(m_route.query.cbegin(), m_route.query.cend(),
                                        [&](const Field& f) { return f.name == name; });
        if (field == m_route.query.cend())
            return std::unexpected(invalidParameter(
                QStringLiteral("Unknown parameter %1").arg(Validation::echo(name))));
        if (seen.contains(name))
            return std::unexpected(
                invalidParameter(QStringLiteral("Parameter %1 is given twice").arg(name)));
        seen.insert(name);
        if (const QString e = queryTypeError(*field, value); !e.isEmpty())
            return std::unexpected(invalidParameter(e));
    }
    return {};
}

std::expected<void, ApiError> RequestContext::parseBody()
{
    auto body =
        JsonInput::parse(m_route.takesBody() ? m_request.body() : QByteArray(), m_route.body);
    if (!body)
        return std::unexpected(body.error());
    m_body = std::move(*body);
    return {};
}

std::optional<qint64> RequestContext::queryInteger(const QString& name) const
{
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    return isCount(value) ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
}

std::expected<qint64, ApiError> RequestContext::pathId(const QString& notFoundType,
                                                       const QString& what) const
{
    if (isCount(m_pathArgument) && m_pathArgument.toLongLong() > 0)
        return m_pathArgument.toLongLong();
    return std::unexpected(
        ErrorResponse::make(404, notFoundType, QStringLiteral("%1 not found").arg(what)));
}

qint64 RequestContext::siteId() const
{
    const std::optional<qint64> given = m_route.takesBody()
                                            ? m_body->integer(QStringLiteral("site_id"))
                                            : queryInteger(QStringLiteral("site_id"));
    return given.value_or(m_principal ? m_principal->siteId : 0);
}

} // namespace keydesk::server
