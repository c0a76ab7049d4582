// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace keydesk::server {

struct FramingLimits {
    qint64 maxBody = 1024 * 1024; // bodies over 1 MiB: 413
    qint64 maxHead = 64 * 1024;   // request line + headers: 431 beyond
};

// Frames the HTTP/1.1 requests of one connection from the bytes it receives, ahead of
// QHttpServer. Qt 6.4's QHttpServer buffers a request body whole, without any size limit,
// before a handler sees it; this framer reads the request line and headers itself so that an
// oversized body is refused as soon as its Content-Length is known, and it tells whether a
// request is in flight (partly received), which draining on SIGTERM needs.
class RequestFramer {
public:
    using Limits = FramingLimits;

    enum class Verdict {
        Ok,             // nothing wrong so far
        BodyTooLarge,   // Content-Length over the limit: 413
        HeadTooLarge,   // 431
        LengthRequired, // Transfer-Encoding (chunked) bodies are not accepted: 411
        Malformed,      // unparsable request line or Content-Length: 400
    };

    explicit RequestFramer(Limits limits = {});

    // Feeds newly received bytes; stops at the first violation (the connection is then done).
    Verdict feed(QByteArrayView bytes);

    bool inFlight() const { return m_state == State::Body || !m_head.isEmpty(); }
    int completed() const { return m_completed; }
    // True once per request that sent "Expect: 100-continue" with an acceptable length.
    bool takeContinue();
    // Body bytes of the current request not received yet (after a violation: still to come).
    qint64 remainingBody() const { return m_remaining; }
    // Of the request being received, or the last one: for the access log.
    const QByteArray& method() const { return m_method; }
    const QByteArray& target() const { return m_target; }

private:
    enum class State { Head, Body };

    Verdict feedHead(QByteArrayView& bytes);
    Verdict parseHead();
    Verdict parseHeader(QByteArrayView line, qint64& length);
    void finishRequest();

    Limits m_limits;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_remaining = 0;
    int m_completed = 0;
    bool m_expectContinue = false;
    QByteArray m_method;
    QByteArray m_target;
};

} // namespace keydesk::server
