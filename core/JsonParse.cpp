// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonParse.h"

#include "PermissionSet.h"
#include "RestErrors.h"
#include "Role.h"

#include <QJsonDocument>
#include <QStringList>
#include <cstring>

namespace keydesk::JsonParse {

namespace {
// Reads the fields of one object and remembers which ones were missing or mistyped.
class Reader {
public:
    explicit Reader(const QJsonObject& o)
        : m_o(o)
    {}

    QJsonValue value(const char* name) const { return m_o.value(QLatin1String(name)); }

    qint64 id(const char* name)
    {
        const QJsonValue v = value(name);
        if (!v.isDouble()) {
            missing(name);
            return 0;
        }
        return v.toInteger();
    }
    std::optional<qint64> optionalId(const char* name)
    {
        const QJsonValue v = value(name);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return id(name);
    }
    QString text(const char* name)
    {
        const QJsonValue v = value(name);
        if (!v.isString())
            missing(name);
        return v.toString();
    }
    QString optionalText(const char* name)
    {
        const QJsonValue v = value(name);
        return v.isNull() || v.isUndefined() ? QString() : text(name);
    }
    bool flag(const char* name)
    {
        const QJsonValue v = value(name);
        if (!v.isBool())
            missing(name);
        return v.toBool();
    }
    QDateTime time(const char* name)
    {
        QDateTime t = QDateTime::fromString(text(name), Qt::ISODate);
        if (!t.isValid())
            missing(name);
        return t.toUTC();
    }
    std::optional<QDateTime> optionalTime(const char* name)
    {
        const QJsonValue v = value(name);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return time(name);
    }
    PermissionSet permission(const char* name)
    {
        const auto set = parsePermissionSet(text(name));
        if (!set)
            missing(name);
        return set.value_or(PermissionSet::None);
    }
    void missing(const char* name) { m_missing << QString::fromLatin1(name); }

    template <typename T> Result<T> done(T value, const char* what, const QString& server) const
    {
        if (m_missing.isEmpty())
            return value;
        return std::unexpected(RestErrors::badAnswer(
            server, QStringLiteral("%1 without a valid %2")
                        .arg(QLatin1String(what), m_missing.join(QStringLiteral(", ")))));
    }

private:
    const QJsonObject& m_o;
    QStringList m_missing;
};

// Index of the closing quote of the string starting at `open`, or -1.
qsizetype stringEnd(const char* p, qsizetype n, qsizetype open)
{
    for (qsizetype i = open + 1; i < n; ++i) {
        if (p[i] == '\\')
            ++i;
        else if (p[i] == '"')
            return i;
    }
    return -1;
}

qsizetype skipSpace(const char* p, qsizetype n, qsizetype i)
{
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r'))
        ++i;
    return i;
}
} // namespace

Result<QJsonObject> object(const QByteArray& body, const QString& server)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(RestErrors::badAnswer(server, QStringLiteral("not a JSON object")));
    return doc.object();
}

Result<QJsonArray> array(const QByteArray& body, const QString& server)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::unexpected(RestErrors::badAnswer(server, QStringLiteral("not a JSON array")));
    return doc.array();
}

Result<ApiKey> key(const QJsonObject& o, const QString& server)
{
    Reader r(o);
    ApiKey k;
    k.id = r.id("id");
    k.siteId = r.id("site_id");
    k.userId = r.optionalId("user_id");
    k.name = r.text("name");
    k.description = r.optionalText("description");
    k.permissionSet = r.permission("permission_set");
    if (!r.value("previous_permission_set").isUndefined() &&
        !r.value("previous_permission_set").isNull())
        k.previousPermissionSet = r.permission("previous_permission_set");
    k.createdAt = r.time("created_at");
    k.expiresAt = r.optionalTime("expires_at");
    k.lastUseAt = r.optionalTime("last_use_at");
    k.prefix = r.optionalText("prefix");
    if (r.value("aws_style_credentials").toBool())
        k.s3AccessKeyId = r.text("aws_access_key_id");
    if (k.userId)
        k.ownerName = r.optionalText("username");
    k.replacedBy = r.optionalId("replaced_by");
    return r.done(std::move(k), "API key", server);
}

Result<Site> site(const QJsonObject& o, const QString& server)
{
    Reader r(o);
    Site s;
    s.id = r.id("id");
    s.name = r.text("name");
    s.subdomain = r.text("subdomain");
    s.parentId = r.optionalId("parent_site_id");
    s.settings.usersCanCreateApiKeys = r.flag("users_can_create_api_keys");
    if (const auto days = r.optionalId("max_key_lifetime_days"))
        s.settings.maxKeyLifetimeDays = static_cast<int>(*days);
    s.settings.requireKeyExpiry = r.flag("require_key_expiry");
    s.createdAt = r.time("created_at");
    return r.done(std::move(s), "site", server);
}

Result<User> user(const QJsonObject& o, const QString& server)
{
    Reader r(o);
    User u;
    u.id = r.id("id");
    u.siteId = r.id("site_id");
    u.username = r.text("username");
    u.displayName = r.optionalText("name");
    const auto role = parseRole(r.text("role"));
    if (!role)
        r.missing("role");
    u.role = role.value_or(Role::User);
    u.disabled = r.flag("disabled");
    u.createdAt = r.time("created_at");
    return r.done(std::move(u), "user", server);
}

Result<AuditEvent> auditEvent(const QJsonObject& o, const QString& server)
{
    Reader r(o);
    AuditEvent e;
    e.id = r.id("id");
    e.at = r.time("at");
    e.siteId = r.id("site_id");
    e.actorUserId = r.optionalId("actor_user_id");
    e.actorKeyId = r.optionalId("actor_key_id");
    e.action = r.text("action");
    e.targetKeyId = r.optionalId("api_key_id");
    const QString kind = r.optionalText("key_kind");
    if (kind == nameOf(KeyKind::SiteWide))
        e.keyKind = KeyKind::SiteWide;
    else if (kind == nameOf(KeyKind::User))
        e.keyKind = KeyKind::User;
    else if (!kind.isEmpty())
        r.missing("key_kind");
    e.keyOwnerId = r.optionalId("key_owner_id");
    e.details = r.value("details").toObject();
    return r.done(std::move(e), "audit event", server);
}

SecretBytes takeSecret(QByteArray& raw, std::string_view name)
{
    char* p = raw.data();
    const qsizetype n = raw.size();
    int depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] == '{' || p[i] == '[') {
            ++depth;
        } else if (p[i] == '}' || p[i] == ']') {
            --depth;
        } else if (p[i] == '"') {
            const qsizetype end = stringEnd(p, n, i);
            if (end < 0)
                return {};
            const std::string_view member(p + i + 1, static_cast<size_t>(end - i - 1));
            const qsizetype colon = skipSpace(p, n, end + 1);
            i = end;
            if (depth != 1 || colon >= n || p[colon] != ':' || member != name)
                continue;
            const qsizetype open = skipSpace(p, n, colon + 1);
            const qsizetype close = open < n && p[open] == '"' ? stringEnd(p, n, open) : -1;
            if (close < 0)
                return {};
            const std::string_view value(p + open + 1, static_cast<size_t>(close - open - 1));
            if (value.find('\\') != std::string_view::npos)
                return {}; // keys and secrets are base62; an escaped value is none of them
            SecretBytes secret = SecretBytes::copyOf(value);
            std::memset(p + open + 1, '*', value.size());
            return secret;
        }
    }
    return {};
}

} // namespace keydesk::JsonParse
