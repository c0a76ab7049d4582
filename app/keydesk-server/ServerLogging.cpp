// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogging.h"

#include <QDateTime>
#include <cstdio>
#include <ctime>

Q_LOGGING_CATEGORY(lcServer, "keydesk.server")
Q_LOGGING_CATEGORY(lcConnection, "keydesk.server.connection")
Q_LOGGING_CATEGORY(lcRequest, "keydesk.server.request")
Q_LOGGING_CATEGORY(lcS3, "keydesk.server.s3")

namespace keydesk::server {

namespace {
const char* severity(QtMsgType type)
{
    switch (type) {
    case QtWarningMsg:
        return "warning: ";
    case QtCriticalMsg:
        return "critical: ";
    case QtFatalMsg:
        return "fatal: ";
    default:
        return "";
    }
}

void writeLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static qint64 cachedSecond = -1;
    static char stamp[32] = {};
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms / 1000 != cachedSecond) {
        cachedSecond = ms / 1000;
        const std::time_t seconds = static_cast<std::time_t>(cachedSecond);
        std::tm utc{};
        gmtime_r(&seconds, &utc);
        std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
    }
    QByteArray line;
    line.reserve(96 + message.size());
    line += stamp;
    line += '.';
    line += QByteArray::number(ms % 1000).rightJustified(3, '0');
    line += "Z ";
    if (context.category && *context.category)
        line.append(context.category).append(": ");
    line += severity(type);
    line += message.toUtf8();
    line += '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void installLogFormat()
{
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qInstallMessageHandler(writeLine);
}

} // namespace keydesk::server
