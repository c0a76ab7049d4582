// SPDX-License-Identifier: GPL-3.0-or-later
// SigV4: URI encoding and the canonical request (see SigV4.h). The canonical request is written
// through a cursor into one buffer sized for the worst case: it is built on every request.
#include "SigV4.h"
#include "SigV4Detail.h"

#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cstring>

namespace keydesk::sigv4 {

namespace detail {

namespace {
constexpr char kHexUpper[] = "0123456789ABCDEF";

constexpr std::array<bool, 256> makeUnreservedTable()
{
    std::array<bool, 256> table{};
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    table['-'] = table['_'] = table['.'] = table['~'] = true;
    return table;
}
constexpr std::array<bool, 256> kUnreserved = makeUnreservedTable();

char* putEncoded(char* out, unsigned char c)
{
    if (kUnreserved[c]) {
        *out = static_cast<char>(c);
        return out + 1;
    }
    out[0] = '%';
    out[1] = kHexUpper[c >> 4];
    out[2] = kHexUpper[c & 15];
    return out + 3;
}

// The byte at raw[i] (a valid %XX escape decoded); moves `i` past it. True if it was escaped.
bool nextByte(std::string_view raw, size_t& i, unsigned char& byte)
{
    if (raw[i] == '%' && i + 2 < raw.size()) {
        const int high = hexValue(raw[i + 1]);
        const int low = high < 0 ? -1 : hexValue(raw[i + 2]);
        if (low >= 0) {
            byte = static_cast<unsigned char>(high << 4 | low);
            i += 3;
            return true;
        }
    }
    byte = static_cast<unsigned char>(raw[i]);
    ++i;
    return false;
}
} // namespace

bool isUnreserved(unsigned char c)
{
    return kUnreserved[c];
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

bool headerNameIs(std::string_view received, std::string_view lowerName)
{
    if (received.size() != lowerName.size())
        return false;
    for (size_t i = 0; i < received.size(); ++i) {
        char c = received[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
        if (c != lowerName[i])
            return false;
    }
    return true;
}

QByteArray percentDecode(std::string_view raw)
{
    QByteArray out(static_cast<qsizetype>(raw.size()), Qt::Uninitialized);
    char* p = out.data();
    unsigned char byte = 0;
    for (size_t i = 0; i < raw.size();) {
        nextByte(raw, i, byte);
        *p++ = static_cast<char>(byte);
    }
    out.truncate(p - out.constData());
    return out;
}

char* writeReencoded(char* out, std::string_view raw, bool keepSlash)
{
    unsigned char byte = 0;
    for (size_t i = 0; i < raw.size();) {
        const bool escaped = nextByte(raw, i, byte);
        if (byte == '/' && keepSlash && !escaped)
            *out++ = '/';
        else
            out = putEncoded(out, byte);
    }
    return out;
}

} // namespace detail

namespace {

using detail::view;

char* put(char* out, std::string_view text)
{
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

char* put(char* out, const QByteArray& text)
{
    return put(out, view(text));
}

// ---- Canonical URI

char* writeS3Path(char* out, std::string_view rawPath)
{
    if (rawPath.empty() || rawPath.front() != '/')
        *out++ = '/';
    return detail::writeReencoded(out, rawPath, true);
}

// The segments RFC 3986 5.2.4 keeps, as AWS applies it (botocore's remove_dot_segments):
// empty and "." segments dropped, ".." drops the one before.
QVarLengthArray<std::string_view, 16> keptSegments(std::string_view path)
{
    QVarLengthArray<std::string_view, 16> kept;
    for (size_t pos = 0; pos <= path.size();) {
        size_t slash = path.find('/', pos);
        if (slash == std::string_view::npos)
            slash = path.size();
        const std::string_view segment = path.substr(pos, slash - pos);
        pos = slash + 1;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
        } else if (!segment.empty() && segment != ".") {
            kept.append(segment);
        }
    }
    return kept;
}

// The generic services' rule: the once-encoded path normalised (a trailing '/' survives when a
// segment remains), then each '%' encoded again.
char* writeNormalizedPath(char* out, std::string_view rawPath)
{
    QVarLengthArray<char, 512> once(3 * static_cast<qsizetype>(rawPath.size()) + 1);
    const char* end = writeS3Path(once.data(), rawPath);
    const std::string_view path(once.data(), static_cast<size_t>(end - once.data()));
    const QVarLengthArray<std::string_view, 16> kept = keptSegments(path);
    *out++ = '/';
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (i > 0)
            *out++ = '/';
        for (char c : kept[i]) {
            if (c == '%')
                out = put(out, std::string_view("%25"));
            else
                *out++ = c;
        }
    }
    if (!kept.isEmpty() && path.back() == '/')
        *out++ = '/';
    return out;
}

// ---- Canonical query string

struct QueryParam {
    std::string_view name; // encoded, in the caller's buffer
    std::string_view value;
};

// Each parameter encoded into `buffer` (3 bytes per raw byte at most); empty pieces skipped.
QVarLengthArray<QueryParam, 16> encodedParams(std::string_view rawQuery, char* buffer,
                                              bool dropSignature)
{
    QVarLengthArray<QueryParam, 16> params;
    for (size_t pos = 0; pos < rawQuery.size();) {
        size_t amp = rawQuery.find('&', pos);
        if (amp == std::string_view::npos)
            amp = rawQuery.size();
        const std::string_view piece = rawQuery.substr(pos, amp - pos);
        pos = amp + 1;
        if (piece.empty())
            continue;
        const size_t eq = piece.find('=');
        char* const name = buffer;
        char* const value = detail::writeReencoded(name, piece.substr(0, eq), false);
        buffer = eq == std::string_view::npos
                     ? value
                     : detail::writeReencoded(value, piece.substr(eq + 1), false);
        const QueryParam param{{name, size_t(value - name)}, {value, size_t(buffer - value)}};
        if (dropSignature && param.name == "X-Amz-Signature")
            buffer = name;
        else
            params.append(param);
    }
    return params;
}

char* writeCanonicalQuery(char* out, std::string_view rawQuery, bool dropSignature)
{
    QVarLengthArray<char, 1024> buffer(3 * static_cast<qsizetype>(rawQuery.size()));
    QVarLengthArray<QueryParam, 16> params = encodedParams(rawQuery, buffer.data(), dropSignature);
    std::sort(params.begin(), params.end(), [](const QueryParam& a, const QueryParam& b) {
        return a.name != b.name ? a.name < b.name : a.value < b.value;
    });
    for (qsizetype i = 0; i < params.size(); ++i) {
        if (i > 0)
            *out++ = '&';
        out = put(out, params[i].name);
        *out++ = '=';
        out = put(out, params[i].value);
    }
    return out;
}

// ---- Canonical headers

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Trimmed, inner whitespace runs collapsed to one space.
char* writeTrimmed(char* out, std::string_view value)
{
    char* const start = out;
    bool pendingSpace = false;
    for (char c : value) {
        if (isSpace(c)) {
            pendingSpace = out != start;
            continue;
        }
        if (pendingSpace)
            *out++ = ' ';
        pendingSpace = false;
        *out++ = c;
    }
    return out;
}

// "name:value1,value2\n" per signed header; `complete` is cleared when one was not received.
char* writeCanonicalHeaders(char* out, const HttpRequest& request, const Authorization& auth,
                            bool& complete)
{
    for (const QByteArray& name : auth.signedHeaders) {
        out = put(out, name);
        *out++ = ':';
        bool first = true;
        for (const auto& [received, value] : request.headers) {
            if (!detail::headerNameIs(view(received), view(name)))
                continue;
            if (!first)
                *out++ = ',';
            out = writeTrimmed(out, view(value));
            first = false;
        }
        complete = complete && !first;
        *out++ = '\n';
    }
    return out;
}

char* writeSignedHeaders(char* out, const Authorization& auth)
{
    for (qsizetype i = 0; i < auth.signedHeaders.size(); ++i) {
        if (i > 0)
            *out++ = ';';
        out = put(out, auth.signedHeaders[i]);
    }
    return out;
}

// No canonical request is longer: the path grows 3x (9x normalised), the query 3x plus an '='
// and an '&' per parameter, each received value appears once per signed name it matches (once
// when the names are unique), trimmed.
qsizetype canonicalBound(const HttpRequest& request, const Authorization& auth)
{
    const QList<QByteArray>& names = auth.signedHeaders;
    const bool unique = std::adjacent_find(names.begin(), names.end(),
                                           [](const QByteArray& a, const QByteArray& b) {
                                               return !(a < b);
                                           }) == names.end();
    qsizetype values = 0;
    for (const auto& header : request.headers)
        values += header.second.size() + 1;
    qsizetype size = request.method.size() + 9 * request.rawPath.size() +
                     5 * request.rawQuery.size() + request.payloadHash.size() + 16;
    for (const QByteArray& name : names)
        size += 2 * name.size() + 3;
    return size + values * (unique ? 1 : qMax<qsizetype>(1, names.size()));
}

} // namespace

QByteArray detail::buildCanonicalRequest(const HttpRequest& request, const Authorization& auth,
                                         PathMode mode, bool& complete)
{
    QByteArray text(canonicalBound(request, auth), Qt::Uninitialized);
    char* out = put(text.data(), request.method);
    *out++ = '\n';
    out = mode == PathMode::S3 ? writeS3Path(out, view(request.rawPath))
                               : writeNormalizedPath(out, view(request.rawPath));
    *out++ = '\n';
    out = writeCanonicalQuery(out, view(request.rawQuery), auth.presigned);
    *out++ = '\n';
    complete = true;
    out = writeCanonicalHeaders(out, request, auth, complete);
    *out++ = '\n';
    out = writeSignedHeaders(out, auth);
    *out++ = '\n';
    out = put(out, request.payloadHash);
    text.truncate(out - text.constData());
    return text;
}

QByteArray canonicalRequest(const HttpRequest& request, const Authorization& auth, PathMode mode)
{
    bool complete = true;
    return detail::buildCanonicalRequest(request, auth, mode, complete);
}

} // namespace keydesk::sigv4
