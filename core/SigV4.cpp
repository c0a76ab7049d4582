// SPDX-License-Identifier: GPL-3.0-or-later
// SigV4: finding and checking the authorization, and verify() (see SigV4.h).
#include "SigV4.h"

#include "Logging.h"
#include "SigV4Detail.h"

#include <algorithm>
#include <array>
#include <openssl/crypto.h>
#include <optional>

namespace keydesk::sigv4 {

namespace {

using detail::view;
using Parsed = std::expected<Authorization, VerifyError>;
using Check = std::expected<void, VerifyError>;

std::unexpected<VerifyError> refuse(Failure failure, const QString& message)
{
    qCDebug(lcSigV4).noquote() << "refused:" << failureName(failure) << message;
    return std::unexpected(VerifyError{failure, message});
}

std::unexpected<VerifyError> malformed(const QString& message)
{
    return refuse(Failure::Malformed, message);
}

std::string_view trimmed(std::string_view text)
{
    const auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

QByteArray bytes(std::string_view text)
{
    return {text.data(), static_cast<qsizetype>(text.size())};
}

// ---- Shared by both forms

bool allDigits(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits)
{
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

std::optional<QDate> scopeDate(std::string_view yyyymmdd)
{
    if (yyyymmdd.size() != 8 || !allDigits(yyyymmdd))
        return std::nullopt;
    const QDate date(number(yyyymmdd.substr(0, 4)), number(yyyymmdd.substr(4, 2)),
                     number(yyyymmdd.substr(6, 2)));
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// YYYYMMDD'T'HHMMSS'Z', the only form X-Amz-Date takes.
Check setAmzDate(std::string_view text, Authorization& auth)
{
    text = trimmed(text);
    const bool shaped = text.size() == 16 && text[8] == 'T' && text[15] == 'Z';
    const std::optional<QDate> date = shaped ? scopeDate(text.substr(0, 8)) : std::nullopt;
    const std::string_view clock = shaped ? text.substr(9, 6) : std::string_view();
    const QTime time = allDigits(clock)
                           ? QTime(number(clock.substr(0, 2)), number(clock.substr(2, 2)),
                                   number(clock.substr(4, 2)))
                           : QTime();
    if (!date || !time.isValid())
        return malformed(QStringLiteral("X-Amz-Date must be a valid YYYYMMDD'T'HHMMSS'Z' time"));
    auth.requestTime = QDateTime(*date, time, Qt::UTC);
    auth.amzDate = bytes(text);
    return {};
}

// The HTTP Date header, used when X-Amz-Date is absent: RFC 7231's IMF-fixdate ("... GMT")
// or RFC 2822 with a numeric zone (botocore sends "-0000"). Qt 6.4 parses only the latter.
Check setHttpDate(std::string_view text, Authorization& auth)
{
    QString value = QString::fromLatin1(bytes(trimmed(text)));
    if (value.endsWith(QLatin1String(" GMT")) || value.endsWith(QLatin1String(" UTC")))
        value = value.chopped(3) + QLatin1String("+0000");
    const QDateTime time = QDateTime::fromString(value, Qt::RFC2822Date);
    if (!time.isValid())
        return malformed(QStringLiteral("The Date header is not a valid HTTP date"));
    auth.requestTime = time.toUTC();
    auth.amzDate = auth.requestTime.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    return {};
}

bool isScopePart(std::string_view part)
{
    return !part.empty() &&
           std::all_of(part.begin(), part.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

// <access key id>/<YYYYMMDD>/<region>/<service>/aws4_request
Check setCredential(std::string_view credential, Authorization& auth)
{
    std::array<std::string_view, 5> parts;
    size_t count = 0;
    for (size_t pos = 0; pos <= credential.size() && count <= parts.size(); ++count) {
        size_t slash = credential.find('/', pos);
        if (slash == std::string_view::npos)
            slash = credential.size();
        if (count < parts.size())
            parts[count] = credential.substr(pos, slash - pos);
        pos = slash + 1;
    }
    if (count != parts.size())
        return malformed(QStringLiteral("The Credential must be <access key id>/<YYYYMMDD>/"
                                        "<region>/<service>/aws4_request"));
    if (parts[4] != "aws4_request")
        return malformed(QStringLiteral("The Credential scope must end with aws4_request"));
    if (!std::all_of(parts.begin(), parts.end(), isScopePart))
        return malformed(QStringLiteral("The Credential has an empty or invalid part"));
    if (!scopeDate(parts[1]))
        return malformed(QStringLiteral("The Credential scope date must be a valid YYYYMMDD"));
    auth.accessKeyId = bytes(parts[0]);
    auth.date = bytes(parts[1]);
    auth.region = bytes(parts[2]);
    auth.service = bytes(parts[3]);
    return {};
}

// RFC 9110 token characters, letters lower-case only.
constexpr std::array<bool, 256> makeLowerTokenTable()
{
    std::array<bool, 256> table{};
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (char c : std::string_view("!#$%&'*+-.^_`|~"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 256> kLowerToken = makeLowerTokenTable();

bool isLowerToken(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return kLowerToken[static_cast<unsigned char>(c)];
    });
}

Check setSignedHeaders(std::string_view list, Authorization& auth)
{
    std::string_view previous;
    bool host = false;
    auth.signedHeaders.reserve(std::count(list.begin(), list.end(), ';') + 1);
    for (size_t pos = 0; pos <= list.size();) {
        size_t semicolon = list.find(';', pos);
        if (semicolon == std::string_view::npos)
            semicolon = list.size();
        const std::string_view name = list.substr(pos, semicolon - pos);
        pos = semicolon + 1;
        if (!isLowerToken(name))
            return malformed(
                QStringLiteral("SignedHeaders must list lower-case header names separated by ';'"));
        if (!auth.signedHeaders.isEmpty() && name <= previous)
            return malformed(QStringLiteral("SignedHeaders must be sorted and name each header "
                                            "once"));
        host = host || name == "host";
        auth.signedHeaders.append(bytes(name));
        previous = view(auth.signedHeaders.constLast());
    }
    if (!host)
        return malformed(QStringLiteral("The host header must be signed"));
    return {};
}

Check setSignature(std::string_view signature, Authorization& auth)
{
    const bool hex = std::all_of(signature.begin(), signature.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
    if (signature.size() != 64 || !hex)
        return malformed(QStringLiteral("The signature must be 64 lower-case hex digits"));
    auth.signature = bytes(signature);
    return {};
}

Check checkScopeDay(const Authorization& auth)
{
    if (auth.amzDate.left(8) != auth.date)
        return malformed(QStringLiteral("The Credential scope date is not the request's date"));
    return {};
}

// ---- The Authorization header form

Check setHeaderTime(const HttpRequest& request, Authorization& auth)
{
    const QByteArray* amzDate = nullptr;
    const QByteArray* date = nullptr;
    for (const auto& [name, value] : request.headers) {
        if (detail::headerNameIs(view(name), "x-amz-date")) {
            if (amzDate)
                return malformed(QStringLiteral("The request has more than one X-Amz-Date"));
            amzDate = &value;
        } else if (!date && detail::headerNameIs(view(name), "date")) {
            date = &value;
        }
    }
    if (amzDate)
        return setAmzDate(view(*amzDate), auth);
    if (date)
        return setHttpDate(view(*date), auth);
    return malformed(QStringLiteral("The request has neither an X-Amz-Date nor a Date header"));
}

struct HeaderFields {
    std::optional<std::string_view> credential, signedHeaders, signature;
};

// "Credential=..., SignedHeaders=..., Signature=..." in any order, spaces optional.
std::expected<HeaderFields, VerifyError> headerFields(std::string_view text)
{
    HeaderFields fields;
    for (size_t pos = 0; pos <= text.size();) {
        size_t comma = text.find(',', pos);
        if (comma == std::string_view::npos)
            comma = text.size();
        const std::string_view field = trimmed(text.substr(pos, comma - pos));
        pos = comma + 1;
        const size_t eq = field.find('=');
        const std::string_view key = field.substr(0, eq);
        std::optional<std::string_view>* slot = key == "Credential"      ? &fields.credential
                                                : key == "SignedHeaders" ? &fields.signedHeaders
                                                : key == "Signature"     ? &fields.signature
                                                                         : nullptr;
        if (!slot || eq == std::string_view::npos || slot->has_value())
            return malformed(QStringLiteral("The Authorization header must hold Credential, "
                                            "SignedHeaders and Signature once each"));
        *slot = field.substr(eq + 1);
    }
    if (!fields.credential || !fields.signedHeaders || !fields.signature)
        return malformed(QStringLiteral("The Authorization header must hold Credential, "
                                        "SignedHeaders and Signature"));
    return fields;
}

Parsed parseHeaderForm(const HttpRequest& request, std::string_view value)
{
    value = trimmed(value);
    const size_t space = value.find(' ');
    const std::string_view algorithm = value.substr(0, space);
    if (algorithm.empty())
        return malformed(QStringLiteral("The Authorization header is empty"));
    if (algorithm != kAlgorithm)
        return refuse(Failure::UnsupportedAlgorithm,
                      QStringLiteral("Only AWS4-HMAC-SHA256 signatures are supported"));
    if (space == std::string_view::npos)
        return malformed(QStringLiteral("The Authorization header must hold Credential, "
                                        "SignedHeaders and Signature"));
    const auto fields = headerFields(value.substr(space + 1));
    if (!fields)
        return std::unexpected(fields.error());
    Authorization auth;
    Check step = setCredential(*fields->credential, auth);
    if (step)
        step = setSignedHeaders(*fields->signedHeaders, auth);
    if (step)
        step = setSignature(*fields->signature, auth);
    if (step)
        step = setHeaderTime(request, auth);
    if (step)
        step = checkScopeDay(auth);
    if (!step)
        return std::unexpected(step.error());
    return auth;
}

// ---- The presigned (query) form

enum QueryField { Algorithm, Credential, Date, Expires, SignedHeaders, Signature, FieldCount };
constexpr std::array<std::string_view, FieldCount> kQueryNames = {
    "X-Amz-Algorithm", "X-Amz-Credential",    "X-Amz-Date",
    "X-Amz-Expires",   "X-Amz-SignedHeaders", "X-Amz-Signature"};

struct QueryAuth {
    std::array<std::optional<QByteArray>, FieldCount> values; // percent-decoded
    bool repeated = false;
    bool sigV2 = false; // AWSAccessKeyId=...: a Signature Version 2 presigned URL

    bool attempted() const { return values[Algorithm] || values[Credential] || values[Signature]; }
};

void noteQueryParameter(QueryAuth& found, std::string_view name, std::string_view value)
{
    QByteArray decoded;
    if (name.find('%') != std::string_view::npos) {
        decoded = detail::percentDecode(name);
        name = view(decoded);
    }
    if (name == "AWSAccessKeyId")
        found.sigV2 = true;
    const auto known = std::find(kQueryNames.begin(), kQueryNames.end(), name);
    if (known == kQueryNames.end())
        return;
    std::optional<QByteArray>& slot = found.values[size_t(known - kQueryNames.begin())];
    found.repeated = found.repeated || slot.has_value();
    slot = detail::percentDecode(value);
}

QueryAuth scanQuery(std::string_view query)
{
    QueryAuth found;
    for (size_t pos = 0; pos < query.size();) {
        size_t amp = query.find('&', pos);
        if (amp == std::string_view::npos)
            amp = query.size();
        const std::string_view piece = query.substr(pos, amp - pos);
        pos = amp + 1;
        const size_t eq = piece.find('=');
        noteQueryParameter(found, piece.substr(0, eq),
                           eq == std::string_view::npos ? std::string_view()
                                                        : piece.substr(eq + 1));
    }
    return found;
}

Check setExpires(std::string_view text, Authorization& auth)
{
    if (text.size() > 7 || !allDigits(text) || number(text) < 1 ||
        number(text) > kMaxExpiresSeconds)
        return malformed(QStringLiteral("X-Amz-Expires must be between 1 and 604800 seconds"));
    auth.expiresSeconds = number(text);
    return {};
}

Parsed parseQueryForm(const QueryAuth& query)
{
    if (query.repeated)
        return malformed(QStringLiteral("A presigned URL parameter appears more than once"));
    for (size_t i = 0; i < FieldCount; ++i) {
        if (!query.values[i])
            return malformed(
                QStringLiteral("The presigned URL lacks %1")
                    .arg(QLatin1String(kQueryNames[i].data(), qsizetype(kQueryNames[i].size()))));
    }
    if (*query.values[Algorithm] != kAlgorithm)
        return refuse(Failure::UnsupportedAlgorithm,
                      QStringLiteral("Only AWS4-HMAC-SHA256 signatures are supported"));
    Authorization auth;
    auth.presigned = true;
    Check step = setCredential(view(*query.values[Credential]), auth);
    if (step)
        step = setSignedHeaders(view(*query.values[SignedHeaders]), auth);
    if (step)
        step = setSignature(view(*query.values[Signature]), auth);
    if (step)
        step = setAmzDate(view(*query.values[Date]), auth);
    if (step)
        step = setExpires(view(*query.values[Expires]), auth);
    if (step)
        step = checkScopeDay(auth);
    if (!step)
        return std::unexpected(step.error());
    return auth;
}

// ---- verify()

Check checkTime(const Authorization& auth, const QDateTime& now, std::chrono::seconds maxSkew)
{
    if (!auth.requestTime.isValid() || !now.isValid())
        return malformed(QStringLiteral("The request time is unknown"));
    const qint64 elapsedMs = auth.requestTime.msecsTo(now);
    const qint64 skewMs = qint64(maxSkew.count()) * 1000;
    if (!auth.presigned) {
        if (elapsedMs > skewMs || elapsedMs < -skewMs)
            return refuse(Failure::RequestTimeTooSkewed,
                          QStringLiteral("The difference between the request time and the "
                                         "server's time is too large"));
        return {};
    }
    if (elapsedMs < -skewMs || elapsedMs > auth.expiresSeconds * 1000)
        return refuse(Failure::Expired,
                      QStringLiteral("The presigned URL has expired or is not valid yet"));
    return {};
}

// The first signed header the request lacks, for the refusal.
Check missingSignedHeader(const HttpRequest& request, const Authorization& auth)
{
    for (const QByteArray& name : auth.signedHeaders) {
        const bool present =
            std::any_of(request.headers.begin(), request.headers.end(), [&](const auto& header) {
                return detail::headerNameIs(view(header.first), view(name));
            });
        if (!present)
            return malformed(QStringLiteral("The signed header %1 is missing from the request")
                                 .arg(QString::fromLatin1(name)));
    }
    return malformed(QStringLiteral("A signed header is missing from the request"));
}

} // namespace

Parsed parseAuthorization(const HttpRequest& request)
{
    const QByteArray* header = nullptr;
    int headerCount = 0;
    for (const auto& [name, value] : request.headers) {
        if (detail::headerNameIs(view(name), "authorization")) {
            header = &value;
            ++headerCount;
        }
    }
    const QueryAuth query = scanQuery(view(request.rawQuery));
    if (headerCount > 0 && query.attempted())
        return malformed(QStringLiteral("Use either the Authorization header or a presigned URL, "
                                        "not both"));
    if (headerCount > 1)
        return malformed(QStringLiteral("The request has more than one Authorization header"));
    if (header)
        return parseHeaderForm(request, view(*header));
    if (query.attempted())
        return parseQueryForm(query);
    if (query.sigV2)
        return refuse(Failure::UnsupportedAlgorithm,
                      QStringLiteral("Only AWS4-HMAC-SHA256 signatures are supported"));
    return refuse(Failure::MissingAuthentication, QStringLiteral("The request is not signed"));
}

std::expected<void, VerifyError> verify(const HttpRequest& request, const Authorization& auth,
                                        const SecretBytes& secret, const QDateTime& now,
                                        std::chrono::seconds maxSkew, PathMode mode)
{
    if (Check timely = checkTime(auth, now, maxSkew); !timely)
        return timely;
    bool complete = false;
    const QByteArray canonical = detail::buildCanonicalRequest(request, auth, mode, complete);
    if (!complete)
        return missingSignedHeader(request, auth);
    const QByteArray toSign = stringToSign(auth, canonical);
    char computed[64];
    const bool matches =
        !toSign.isEmpty() && detail::signatureHex(secret, auth, view(toSign), computed) &&
        auth.signature.size() == 64 && CRYPTO_memcmp(computed, auth.signature.constData(), 64) == 0;
    if (!matches)
        return refuse(Failure::SignatureDoesNotMatch,
                      QStringLiteral("The request signature does not match the signature "
                                     "computed with the key's secret"));
    return {};
}

QList<QByteArray> unsignedAmzHeaders(const HttpRequest& request, const Authorization& auth)
{
    QList<QByteArray> found;
    for (const auto& [name, value] : request.headers) {
        if (name.size() < 6 || !detail::headerNameIs(view(name).substr(0, 6), "x-amz-"))
            continue;
        const QByteArray lower = name.toLower();
        if (!auth.signedHeaders.contains(lower) && !found.contains(lower))
            found.append(lower);
    }
    return found;
}

QString failureName(Failure failure)
{
    switch (failure) {
    case Failure::MissingAuthentication:
        return QStringLiteral("MissingAuthentication");
    case Failure::Malformed:
        return QStringLiteral("Malformed");
    case Failure::UnsupportedAlgorithm:
        return QStringLiteral("UnsupportedAlgorithm");
    case Failure::RequestTimeTooSkewed:
        return QStringLiteral("RequestTimeTooSkewed");
    case Failure::Expired:
        return QStringLiteral("Expired");
    case Failure::SignatureDoesNotMatch:
        return QStringLiteral("SignatureDoesNotMatch");
    }
    return QStringLiteral("Unknown");
}

} // namespace keydesk::sigv4
