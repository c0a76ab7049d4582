// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QElapsedTimer>

namespace keydesk::server {

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

RateLimiter::RateLimiter(int limit, qint64 windowMs, Clock clock)
    : m_limit(limit)
    , m_windowMs(windowMs)
    , m_clock(clock ? std::move(clock) : Clock(monotonicMs))
{}

QString RateLimiter::clientKey(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void RateLimiter::prune(std::deque<qint64>& times, qint64 now) const
{
    while (!times.empty() && times.front() <= now - m_windowMs)
        times.pop_front();
}

void RateLimiter::pruneAll(qint64 now)
{
    m_lastSweep = now;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        prune(it.value(), now);
        it = it.value().empty() ? m_failures.erase(it) : std::next(it);
    }
}

int RateLimiter::retryAfterSeconds(const QHostAddress& client)
{
    if (!enabled())
        return 0;
    const qint64 now = m_clock();
    auto it = m_failures.find(clientKey(client));
    if (it == m_failures.end())
        return 0;
    prune(it.value(), now);
    if (static_cast<qsizetype>(it.value().size()) < m_limit)
        return 0;
    const qint64 waitMs = it.value().front() + m_windowMs - now;
    return static_cast<int>(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void RateLimiter::recordFailure(const QHostAddress& client)
{
    if (!enabled())
        return;
    const qint64 now = m_clock();
    if (now - m_lastSweep > m_windowMs) // keeps memory bounded by the clients of one window
        pruneAll(now);
    std::deque<qint64>& times = m_failures[clientKey(client)];
    prune(times, now);
    times.push_back(now);
    while (static_cast<qsizetype>(times.size()) > m_limit)
        times.pop_front();
}

} // namespace keydesk::server
