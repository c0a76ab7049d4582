// SPDX-License-Identifier: GPL-3.0-or-later
// keydesk-server: KeyDesk's REST API over a store.
#include "Hardening.h"
#include "KekCommand.h"
#include "ServerApp.h"
#include "ServerLogging.h"
#include "ServerOptions.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    using namespace keydesk::server;
    keydesk::Hardening::disableCoreDumps();
    installLogFormat();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keydesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYDESK_VERSION));
    if (isKekCommand(QCoreApplication::arguments()))
        return runKekCommand(QCoreApplication::arguments(),
                             QProcessEnvironment::systemEnvironment());
    auto options =
        parseOptions(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    if (!options) {
        QTextStream(stderr) << "keydesk-server: " << options.error() << " (see --help)" << Qt::endl;
        return ExitUsage;
    }
    if (options->help || options->version) {
        QTextStream(stdout) << (options->help
                                    ? helpText()
                                    : QStringLiteral("keydesk-server " KEYDESK_VERSION "\n"));
        return ExitOk;
    }
    ServerApp server(std::move(*options));
    if (const auto failed = server.start())
        return *failed;
    return QCoreApplication::exec();
}
