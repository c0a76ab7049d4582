// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsProfile.h"

#include <QRegularExpression>

namespace keydesk::ui {

namespace {
// Only what is safe inside an INI section name and a shell word.
bool isPlainName(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9-]{1,63}$"));
    return plain.match(text).hasMatch();
}

// A URL fit for a comment line and a shell word: http(s), no spaces or line breaks.
QString endpointText(const QString& endpoint)
{
    static const QRegularExpression url(QStringLiteral("^https?://[^\\s'\"`$;&|<>]+$"));
    return url.match(endpoint.trimmed()).hasMatch() ? endpoint.trimmed() : QString();
}

void appendLine(SecretBytes& out, const QString& line)
{
    out.append(line.toUtf8().toStdString());
    out.append("\n");
}
} // namespace

QString AwsProfile::profileName(const ApiKey& key)
{
    return isPlainName(key.siteSubdomain)
               ? QStringLiteral("keydesk-%1-%2").arg(key.siteSubdomain).arg(key.id)
               : QStringLiteral("keydesk-%1").arg(key.id);
}

SecretBytes AwsProfile::snippet(const ApiKey& key, const SecretBytes& secretKey,
                                const QString& endpoint)
{
    SecretBytes out;
    if (!key.isS3() || secretKey.isEmpty())
        return out;
    const QString name = profileName(key);
    appendLine(out, QStringLiteral("[profile %1]").arg(name));
    appendLine(out, QStringLiteral("aws_access_key_id = %1").arg(key.s3AccessKeyId));
    out.append("aws_secret_access_key = ");
    out.append(secretKey.view());
    out.append("\n");
    const QString url = endpointText(endpoint);
    if (url.isEmpty()) {
        appendLine(
            out, QStringLiteral("# endpoint: aws --profile %1 --endpoint-url URL s3 ls").arg(name));
        appendLine(out, QStringLiteral("# (URL: the S3 endpoint of your KeyDesk server, from its "
                                       "administrator; AWS CLI >= 2.13 also reads endpoint_url = "
                                       "URL in this section)"));
    } else {
        appendLine(
            out,
            QStringLiteral("# endpoint: aws --profile %1 --endpoint-url %2 s3 ls").arg(name, url));
        appendLine(
            out,
            QStringLiteral("# (or endpoint_url = %1 in this section, AWS CLI >= 2.13)").arg(url));
    }
    return out;
}

} // namespace keydesk::ui
