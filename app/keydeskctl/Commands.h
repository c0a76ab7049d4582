// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"
#include "CliArgs.h"

namespace keydesk::cli {

using Handler = int (*)(Cli&, const ParsedArgs&);

struct Command {
    QStringList words; // e.g. {"key", "create"}
    QList<OptionSpec> options;
    int minPositionals = 0;
    int maxPositionals = 0;
    QString synopsis; // what follows the words in the usage line
    QString summary;
    Handler run = nullptr;
};

const QList<Command>& commands();
int dispatch(const QStringList& args); // everything after the program name
QString helpText();

// Handlers, by file.
int runInit(Cli&, const ParsedArgs&);
int siteShow(Cli&, const ParsedArgs&);
int siteSet(Cli&, const ParsedArgs&);
int childSiteCreate(Cli&, const ParsedArgs&);
int childSiteList(Cli&, const ParsedArgs&);
int userCreate(Cli&, const ParsedArgs&);
int userList(Cli&, const ParsedArgs&);
int userDisable(Cli&, const ParsedArgs&);
int userEnable(Cli&, const ParsedArgs&);
int keyCreate(Cli&, const ParsedArgs&);
int keyList(Cli&, const ParsedArgs&);
int keyShow(Cli&, const ParsedArgs&);
int keyUpdate(Cli&, const ParsedArgs&);
int keyDisable(Cli&, const ParsedArgs&);
int keyEnable(Cli&, const ParsedArgs&);
int keyRevoke(Cli&, const ParsedArgs&);
int keyVerify(Cli&, const ParsedArgs&);
int auditList(Cli&, const ParsedArgs&);
int keyRotate(Cli&, const ParsedArgs&);
int reportKeys(Cli&, const ParsedArgs&);
// BulkCommands.cpp: key disable|revoke with several ids or --user U --all.
bool isBulk(const ParsedArgs& args);
int keyBulk(Cli&, const ParsedArgs&, BulkAction action);
int siteViolations(Cli&, const ParsedArgs&); // PolicyCommands.cpp

} // namespace keydesk::cli
