// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <deque>
#include <functional>

namespace keydesk::server {

// Failed authentications per client address in a sliding window. A client with `limit`
// failures inside the last `window` is refused (429) until the oldest of them leaves the
// window, whatever key it presents, so a blocked client cannot keep guessing. Successful
// requests are neither counted nor limited.
class RateLimiter {
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    RateLimiter(int limit, qint64 windowMs, Clock clock = {});

    // Seconds until `client` may authenticate again; 0 when it may now.
    int retryAfterSeconds(const QHostAddress& client);
    void recordFailure(const QHostAddress& client);
    bool enabled() const { return m_limit > 0; }
    qsizetype trackedClients() const { return m_failures.size(); }

    // IPv4-mapped IPv6 addresses count as their IPv4 address.
    static QString clientKey(const QHostAddress& address);

private:
    void prune(std::deque<qint64>& times, qint64 now) const;
    void pruneAll(qint64 now);

    int m_limit;
    qint64 m_windowMs;
    Clock m_clock;
    QHash<QString, std::deque<qint64>> m_failures;
    qint64 m_lastSweep = 0;
};

} // namespace keydesk::server
