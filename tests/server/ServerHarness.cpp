// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerHarness.h"

#include "LocalBackend.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>

#include <csignal>

namespace keydesk::servertest {

QByteArray hostOf(const QString& subdomain)
{
    return subdomain.toUtf8() + '.' + ServerHarness::kDomain;
}

ServerHarness::ServerHarness() = default;

ServerHarness::~ServerHarness()
{
    if (isRunning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString ServerHarness::storeUrl() const
{
    return m_storeUrl.isEmpty()
               ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("kd.sqlite"))
               : m_storeUrl;
}

QString ServerHarness::binary()
{
    return qEnvironmentVariable("KEYDESK_SERVER");
}

bool ServerHarness::initStore()
{
    auto url = StoreUrl::parse(storeUrl());
    if (!url) {
        m_lastError = url.error().message;
        return false;
    }
    auto init = LocalBackend::initialize(
        *url, InitRequest{QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("admin")});
    if (!init) {
        m_lastError = init.error().message;
        return false;
    }
    m_adminKey =
        QByteArray(init->second.adminKey.secret.data(), init->second.adminKey.secret.size());
    rememberSecret(m_adminKey);
    return true; // the backend closes here: the server opens the store itself
}

bool ServerHarness::start(const QStringList& extraArguments)
{
    m_process = std::make_unique<QProcess>();
    QStringList args{QStringLiteral("--store"),  storeUrl(),
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--domain"), QString::fromLatin1(kDomain)};
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.err")));
    m_process->start(binary(), args + extraArguments);
    QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!deadline.hasExpired() && !out.contains('\n')) {
        if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
            break;
        out += m_process->readAllStandardOutput();
    }
    m_output += out;
    const QByteArray prefix = "rest listening on 127.0.0.1:";
    const qsizetype at = out.indexOf(prefix);
    const qsizetype from = at + prefix.size();
    const qsizetype end = out.indexOf('\n', from);
    m_port = at < 0 ? 0 : static_cast<quint16>(out.mid(from, end - from).trimmed().toUInt());
    if (m_port == 0)
        m_lastError =
            QStringLiteral("no listening line; stderr: ") + QString::fromUtf8(serverOutput());
    return m_port != 0;
}

int ServerHarness::stop(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() == QProcess::Running) {
        ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            return -1;
        }
    }
    serverOutput();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QString ServerHarness::baseUrl(const QString& scheme) const
{
    return QStringLiteral("%1://127.0.0.1:%2/api/rest/v1").arg(scheme).arg(m_port);
}

QByteArray ServerHarness::serverOutput()
{
    if (m_process)
        m_output += m_process->readAllStandardOutput();
    QFile err(m_dir.filePath(QStringLiteral("server.err")));
    return m_output + (err.open(QIODevice::ReadOnly) ? err.readAll() : QByteArray());
}

QStringList ServerHarness::leakedSecrets()
{
    const QByteArray output = serverOutput();
    QStringList leaked;
    for (const QByteArray& secret : std::as_const(m_secrets)) {
        if (!secret.isEmpty() && output.contains(secret))
            leaked << QString::fromLatin1(secret.left(8)) + QStringLiteral("...");
    }
    return leaked;
}

QProcess* ServerHarness::runToEnd(const QStringList& arguments, const QStringList& environment,
                                  int timeoutMs)
{
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process->setProcessEnvironment(env);
    process->start(binary(), arguments);
    if (!process->waitForFinished(timeoutMs))
        process->kill();
    process->waitForFinished(2000);
    return process;
}

} // namespace keydesk::servertest
