// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliArgs.h"

#include "CliText.h"

#include "Validation.h"

namespace keydesk::cli {

namespace {
std::unexpected<Error> usage(const QString& message)
{
    return fail(ErrorCode::InvalidInput, message, QStringLiteral("usage"));
}

const OptionSpec* findSpec(const QList<OptionSpec>& specs, const QString& name)
{
    for (const OptionSpec& s : specs) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}
} // namespace

Result<ParsedArgs> parseArgs(const QStringList& args, const QList<OptionSpec>& specs,
                             int minPositionals, int maxPositionals)
{
    ParsedArgs parsed;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            parsed.positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec* spec = findSpec(specs, name);
        if (!spec)
            return usage(
                Tr::tr("unknown option %1").arg(Validation::echo(QStringLiteral("--") + name)));
        if (parsed.has(name))
            return usage(Tr::tr("--%1 given twice").arg(name));
        if (!spec->takesValue) {
            if (eq >= 0)
                return usage(Tr::tr("--%1 takes no value").arg(name));
            parsed.flags.insert(name);
            continue;
        }
        if (eq >= 0) {
            parsed.values.insert(name, arg.mid(eq + 1));
        } else if (i + 1 < args.size()) {
            parsed.values.insert(name, args.at(++i));
        } else {
            return usage(Tr::tr("--%1 needs a value").arg(name));
        }
    }
    if (parsed.positionals.size() < minPositionals)
        return usage(Tr::tr("missing argument"));
    if (parsed.positionals.size() > maxPositionals)
        return usage(Tr::tr("unexpected argument"));
    return parsed;
}

} // namespace keydesk::cli
