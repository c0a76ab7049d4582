// SPDX-License-Identifier: GPL-3.0-or-later
// site violations (issue 6): keys breaking the site's key policy, listed for the admin to fix.
#include "Commands.h"
#include "JsonFormat.h"

#include <QJsonArray>

namespace keydesk::cli {

int siteViolations(Cli& cli, const ParsedArgs& args)
{
    auto site = cli.targetSite(args);
    if (!site)
        return cli.report(site.error());
    auto found = (*cli.session())->policyViolations(site->id);
    if (!found)
        return cli.report(found.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cli.json()) {
        QJsonArray array;
        for (const PolicyViolation& v : std::as_const(*found))
            array.append(QJsonObject{{QStringLiteral("violation"), nameOf(v.kind)},
                                     {QStringLiteral("explanation"), v.explanation(site->settings)},
                                     {QStringLiteral("api_key"), JsonFormat::key(v.key, now)}});
        cli.printJson(array);
        return ExitOk;
    }
    if (found->isEmpty())
        cli.print(Tr::tr("Every key of %1 follows the site's key policy.").arg(site->subdomain));
    for (const PolicyViolation& v : std::as_const(*found))
        cli.print(QStringLiteral("#%1\t%2\t%3\t%4")
                      .arg(v.key.id)
                      .arg(v.key.displayLabel(), nameOf(v.kind),
                           localizedText(v.explanationText(site->settings))));
    return ExitOk;
}

} // namespace keydesk::cli
