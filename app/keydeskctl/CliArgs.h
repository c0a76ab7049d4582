// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace keydesk::cli {

struct OptionSpec {
    QString name; // without dashes, e.g. "name"
    bool takesValue = true;
    QString valueName; // for help, e.g. "NAME"
    QString help;
};

// The options and positionals of one command, after the command words.
struct ParsedArgs {
    QStringList positionals;
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString& name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString& name) const { return values.value(name); }
};

// "--name value", "--name=value", "--flag"; "--" ends options. Unknown or repeated options,
// missing values and wrong positional counts are usage errors.
Result<ParsedArgs> parseArgs(const QStringList& args, const QList<OptionSpec>& specs,
                             int minPositionals, int maxPositionals);

} // namespace keydesk::cli
