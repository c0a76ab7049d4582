// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace keydesk::server {

// "keydesk-server rotate-kek ...": rotates the key-encryption key that seals the S3 secrets of
// a store (KekRotation), prints a one-line summary on stdout and returns an exit status of
// ExitCode. `arguments` start with the program name, then "rotate-kek".
bool isKekCommand(const QStringList& arguments);
int runKekCommand(const QStringList& arguments, const QProcessEnvironment& environment);
QString kekCommandHelp();

} // namespace keydesk::server
