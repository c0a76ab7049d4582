// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalDrain.h"

#include "ServerLogging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace keydesk::server {

namespace {
int g_pipe[2] = {-1, -1};

extern "C" void onSignal(int signalNumber)
{
    const int saved = errno;
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

bool installHandler(int signalNumber)
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(signalNumber, &action, nullptr) == 0;
}
} // namespace

SignalDrain::SignalDrain(QObject* parent)
    : QObject(parent)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCCritical(lcServer) << "cannot create the signal pipe:" << strerror(errno);
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalDrain::onReadable);
    if (!installHandler(SIGTERM) || !installHandler(SIGINT) || !installHandler(SIGHUP)) {
        qCCritical(lcServer) << "cannot install signal handlers:" << strerror(errno);
        delete m_notifier;
        m_notifier = nullptr;
    }
}

SignalDrain::~SignalDrain()
{
    delete m_notifier;
    m_notifier = nullptr;
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void SignalDrain::onReadable()
{
    char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1) {
        const int signalNumber = static_cast<unsigned char>(byte);
        if (signalNumber == SIGHUP)
            Q_EMIT reloadRequested();
        else
            Q_EMIT stopRequested(signalNumber, ++m_count);
    }
}

} // namespace keydesk::server
