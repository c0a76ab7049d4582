// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyOutput.h"

#include "JsonFormat.h"
#include "TextFormat.h"

#include <QJsonArray>

namespace keydesk::cli {

void printKey(Cli& cli, const ApiKey& key)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cli.json())
        cli.printJson(JsonFormat::key(key, now));
    else
        cli.writeRaw(TextFormat::keyDetails(key, now).toStdString());
}

void printKeys(Cli& cli, const QList<ApiKey>& keys)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cli.json()) {
        QJsonArray array;
        for (const ApiKey& k : keys)
            array.append(JsonFormat::key(k, now));
        cli.printJson(array);
    } else {
        cli.writeRaw(TextFormat::keyTable(keys, now).toStdString());
    }
}

} // namespace keydesk::cli
