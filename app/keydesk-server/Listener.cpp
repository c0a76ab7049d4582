// SPDX-License-Identifier: GPL-3.0-or-later
#include "Listener.h"

#include "ConnectionTracker.h"

#include <QSslSocket>

namespace keydesk::server {

Listener::Listener(ConnectionTracker& tracker, std::optional<QSslConfiguration> tls,
                   QObject* parent)
    : QTcpServer(parent)
    , m_tracker(tracker)
    , m_tls(std::move(tls))
{}

void Listener::incomingConnection(qintptr descriptor)
{
    QSslSocket* tls = m_tls ? new QSslSocket(this) : nullptr;
    QTcpSocket* socket = tls ? tls : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_tracker.adopt(socket);
    addPendingConnection(socket);
    if (tls) {
        tls->setSslConfiguration(*m_tls);
        tls->startServerEncryption();
    }
}

} // namespace keydesk::server
