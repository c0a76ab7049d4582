// SPDX-License-Identifier: GPL-3.0-or-later
#include "S3Http.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QStringDecoder>

namespace keydesk::server::s3 {

namespace {
bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

bool parseRequestLine(QByteArrayView line, HttpHead& head)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last <= first)
        return false;
    head.method = line.first(first).toByteArray();
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    head.version = line.sliced(last + 1).toByteArray();
    if (!isToken(head.method) || !target.startsWith('/') || target.contains(' ') ||
        (head.version != "HTTP/1.1" && head.version != "HTTP/1.0"))
        return false;
    const qsizetype q = target.indexOf('?');
    head.rawPath = (q < 0 ? target : target.first(q)).toByteArray();
    head.rawQuery = q < 0 ? QByteArray() : target.sliced(q + 1).toByteArray();
    return true;
}

bool parseHeaderLine(QByteArrayView line, HttpHead& head)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return false;
    head.headers.append(
        {line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    return true;
}

HeadStatus interpret(HttpHead& head)
{
    if (head.hasHeader("transfer-encoding"))
        return HeadStatus::LengthRequired;
    const QByteArray length = head.header("content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        head.contentLength = length.toLongLong(&ok);
        if (!ok || head.contentLength < 0 || length.contains(','))
            return HeadStatus::Malformed;
    }
    head.expectContinue = head.header("expect").toLower() == "100-continue";
    const QByteArray connection = head.header("connection").toLower();
    head.keepAlive = head.version == "HTTP/1.1" ? !connection.contains("close")
                                                : connection.contains("keep-alive");
    return head.hasHeader("host") ? HeadStatus::Complete : HeadStatus::Malformed;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QByteArray> percentDecode(QByteArrayView raw, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '%') {
            if (i + 2 >= raw.size())
                return std::nullopt;
            const int hi = hexValue(raw[i + 1]);
            const int lo = hexValue(raw[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out.append(char(hi * 16 + lo));
            i += 2;
        } else {
            out.append(plusIsSpace && c == '+' ? ' ' : c);
        }
    }
    return out;
}

std::optional<QString> utf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}
} // namespace

QByteArray HttpHead::header(QByteArrayView lowerName) const
{
    QByteArray value;
    bool found = false;
    for (const auto& [name, v] : headers) {
        if (name.compare(lowerName, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            value += ',';
        value += v;
        found = true;
    }
    return value;
}

bool HttpHead::hasHeader(QByteArrayView lowerName) const
{
    for (const auto& header : headers) {
        if (header.first.compare(lowerName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HeadStatus takeHead(QByteArray& buffer, HttpHead& head, qsizetype maxHead)
{
    // Tolerate the empty lines some clients send between requests (RFC 9112 2.2).
    while (buffer.startsWith("\r\n"))
        buffer.remove(0, 2);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > maxHead ? HeadStatus::TooLarge : HeadStatus::Incomplete;
    if (end + 4 > maxHead)
        return HeadStatus::TooLarge;
    head = HttpHead{};
    const QByteArrayView text(buffer.constData(), end);
    qsizetype start = 0;
    bool first = true;
    while (start <= text.size()) {
        qsizetype eol = text.indexOf("\r\n", start);
        if (eol < 0)
            eol = text.size();
        const QByteArrayView line = text.sliced(start, eol - start);
        if (first ? !parseRequestLine(line, head) : !parseHeaderLine(line, head))
            return HeadStatus::Malformed;
        first = false;
        start = eol + 2;
    }
    buffer.remove(0, end + 4);
    return interpret(head);
}

QueryItems parseQuery(QByteArrayView rawQuery)
{
    QueryItems items;
    if (rawQuery.isEmpty())
        return items;
    for (QByteArrayView part : QByteArrayView(rawQuery).toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const auto name = percentDecode(eq < 0 ? part : part.first(eq), true);
        const auto value = percentDecode(eq < 0 ? QByteArrayView() : part.sliced(eq + 1), true);
        if (!name || !value)
            continue; // a broken escape matches nothing; the signature still covers it
        items.append({QString::fromUtf8(*name), QString::fromUtf8(*value)});
    }
    return items;
}

bool hasQueryItem(const QueryItems& items, QStringView name)
{
    for (const auto& item : items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString queryValue(const QueryItems& items, QStringView name)
{
    for (const auto& item : items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

std::optional<QString> decodePath(QByteArrayView rawPath)
{
    const auto bytes = percentDecode(rawPath, false);
    if (!bytes)
        return std::nullopt;
    return utf8(*bytes);
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray serializeHead(const HttpResponse& response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.contentLength()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    return out;
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace keydesk::server::s3
