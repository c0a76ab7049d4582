// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestFramer.h"

#include <QList>

namespace keydesk::server {

namespace {
// End of the head: the first empty line ("\n\n" or "\n\r\n"); -1 while not there yet.
qsizetype headLength(const QByteArray& head, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < head.size(); ++i) {
        if (head.at(i) != '\n')
            continue;
        if (i + 1 < head.size() && head.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < head.size() && head.at(i + 1) == '\r' && head.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}
} // namespace

RequestFramer::RequestFramer(Limits limits)
    : m_limits(limits)
{}

bool RequestFramer::takeContinue()
{
    const bool pending = m_expectContinue;
    m_expectContinue = false;
    return pending;
}

RequestFramer::Verdict RequestFramer::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        if (m_state == State::Head) {
            if (Verdict v = feedHead(bytes); v != Verdict::Ok)
                return v;
            continue;
        }
        const qsizetype take = qMin<qint64>(m_remaining, bytes.size());
        m_remaining -= take;
        bytes = bytes.sliced(take);
        if (m_remaining == 0)
            finishRequest();
    }
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::feedHead(QByteArrayView& bytes)
{
    while (m_head.isEmpty() && !bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
        bytes = bytes.sliced(1); // empty lines between requests are allowed (RFC 9112 2.2)
    if (bytes.isEmpty())
        return Verdict::Ok;
    const qsizetype before = m_head.size();
    const qsizetype room = qMax<qsizetype>(m_limits.maxHead + 3 - before, 0);
    m_head.append(bytes.first(qMin(bytes.size(), room)));
    const qsizetype length = headLength(m_head, before - 2);
    if (length < 0) {
        bytes = {};
        return m_head.size() > m_limits.maxHead ? Verdict::HeadTooLarge : Verdict::Ok;
    }
    bytes = bytes.sliced(length - before);
    m_head.truncate(length);
    const Verdict v = parseHead();
    if (v == Verdict::BodyTooLarge)
        m_remaining -= qMin<qint64>(m_remaining, bytes.size());
    return v;
}

RequestFramer::Verdict RequestFramer::parseHead()
{
    if (m_head.size() > m_limits.maxHead)
        return Verdict::HeadTooLarge;
    const QList<QByteArray> lines = m_head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Verdict::Malformed;
    m_method = requestLine.at(0);
    m_target = requestLine.at(1);
    m_expectContinue = false;
    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (Verdict v = parseHeader(lines.at(i), length); v != Verdict::Ok)
            return v;
    }
    m_remaining = qMax<qint64>(length, 0);
    if (m_remaining > m_limits.maxBody) {
        m_expectContinue = false;
        return Verdict::BodyTooLarge;
    }
    m_state = State::Body;
    if (m_remaining == 0)
        finishRequest();
    return Verdict::Ok;
}

RequestFramer::Verdict RequestFramer::parseHeader(QByteArrayView line, qint64& length)
{
    if (line.trimmed().isEmpty())
        return Verdict::Ok;
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return Verdict::Malformed;
    const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (name == "transfer-encoding")
        return Verdict::LengthRequired;
    if (name == "expect")
        m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
    if (name != "content-length")
        return Verdict::Ok;
    if (!isDigits(value))
        return Verdict::Malformed;
    const qint64 parsed = value.toLongLong();
    if (length >= 0 && parsed != length)
        return Verdict::Malformed; // two different lengths: request smuggling territory
    length = parsed;
    return Verdict::Ok;
}

void RequestFramer::finishRequest()
{
    ++m_completed;
    m_state = State::Head;
    m_head.clear();
    m_remaining = 0;
    m_expectContinue = false;
}

} // namespace keydesk::server
