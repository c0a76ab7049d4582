// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace keydesk::server {

// SIGTERM and SIGINT (stop), SIGHUP (reload) as Qt signals. The handler only writes the signal
// number to a pipe (async-signal-safe); a QSocketNotifier on the pipe's read end emits
// stopRequested() from the event loop. One instance per process.
class SignalDrain final : public QObject {
    Q_OBJECT
public:
    explicit SignalDrain(QObject* parent = nullptr);
    ~SignalDrain() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber, int count); // count: 1 for the first signal, 2, ...
    void reloadRequested();                          // SIGHUP

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
    int m_count = 0;
};

} // namespace keydesk::server
