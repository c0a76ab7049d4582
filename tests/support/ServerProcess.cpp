// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <csignal>

namespace keydesk::test {

namespace {
constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 30000;
} // namespace

ServerProcess::ServerProcess()
    : m_dir(std::make_unique<QTemporaryDir>())
{}

ServerProcess::~ServerProcess()
{
    if (isRunning() && !stop())
        qWarning("keydesk-server did not stop cleanly: %s", qPrintable(m_error));
}

QString ServerProcess::binary()
{
    const QString path = qEnvironmentVariable("KEYDESK_SERVER");
    return !path.isEmpty() && QFileInfo(path).isExecutable() ? path : QString();
}

QString ServerProcess::url(const QString& scheme) const
{
    return QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port);
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString ServerProcess::logTail() const
{
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = log.readAll();
    return QString::fromUtf8(all.right(2000));
}

bool ServerProcess::start(const QString& store, const QString& domain, const QStringList& extra,
                          const QProcessEnvironment& environment)
{
    if (binary().isEmpty()) {
        m_error = QStringLiteral("KEYDESK_SERVER does not name the keydesk-server binary");
        return false;
    }
    QStringList args{QStringLiteral("--store"), store, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_port)};
    if (!domain.isEmpty())
        args << QStringLiteral("--domain") << domain;
    args << extra;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment);
    m_process->setStandardErrorFile(m_dir->filePath(QStringLiteral("server.log")),
                                    QIODevice::Append);
    m_process->start(binary(), args);
    static const QRegularExpression ready(
        QStringLiteral("^rest listening on 127\\.0\\.0\\.1:(\\d+)\\s*$"));
    QByteArray seen;
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(200))
            continue;
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine());
            seen += line.toUtf8();
            if (const auto m = ready.match(line); m.hasMatch()) {
                m_port = static_cast<quint16>(m.captured(1).toUInt());
                return true;
            }
        }
    }
    m_error = QStringLiteral("keydesk-server did not report its listener (stdout: %1) %2")
                  .arg(QString::fromUtf8(seen), logTail());
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    return false;
}

bool ServerProcess::stop()
{
    if (!isRunning())
        return m_process && m_process->exitStatus() == QProcess::NormalExit &&
               m_process->exitCode() == 0;
    ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        m_error = QStringLiteral("keydesk-server ignored SIGTERM. %1").arg(logTail());
        return false;
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        m_error = QStringLiteral("keydesk-server exited with %1 after SIGTERM. %2")
                      .arg(m_process->exitCode())
                      .arg(logTail());
        return false;
    }
    return true;
}

} // namespace keydesk::test
