// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyOutput.h"

#include "JsonFormat.h"
#include "SecretJson.h"
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

void printCreated(Cli& cli, const CreatedKey& created)
{
    const ApiKey& k = created.key;
    if (cli.json()) {
        const SecretBytes none;
        printCreatedJson(
            cli, JsonFormat::key(k, QDateTime::currentDateTimeUtc()),
            {{"key", &created.secret}, {"aws_secret_key", k.isS3() ? &created.s3Secret : &none}});
        return;
    }
    cli.note(Tr::tr("Created %1.").arg(k.displayLabel()));
    cli.note(Tr::tr("Key (shown once; store it now, it cannot be recovered):"));
    cli.printSecretLine(created.secret);
    if (k.isS3()) {
        cli.note(Tr::tr("Access Key ID:"));
        cli.print(k.s3AccessKeyId);
        cli.note(Tr::tr("Secret Key (shown once):"));
        cli.printSecretLine(created.s3Secret);
    }
}

} // namespace keydesk::cli
