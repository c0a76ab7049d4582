// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace keydesk::clitest {

namespace {
constexpr int kTimeoutMs = 60000;

QString redact(const QByteArray& bytes)
{
    // Keys (kdu_/kds_ + 46 base62) and S3 secrets (40 base62) are long alphanumeric runs.
    static const QRegularExpression secretish(QStringLiteral("[A-Za-z0-9]{20,}"));
    QString text = QString::fromUtf8(bytes).trimmed();
    text.replace(secretish, QStringLiteral("<redacted>"));
    QString shown; // control characters made visible, so a failure message stays one line
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}
} // namespace

QString CliResult::describe() const
{
    return QStringLiteral("exit %1%2, stderr: %3")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"))
        .arg(redact(err));
}

bool CliResult::isOneErrorLine() const
{
    if (!out.isEmpty() || !err.endsWith('\n') || err.trimmed().isEmpty())
        return false;
    for (qsizetype i = 0; i + 1 < err.size(); ++i) { // no newline, escape or other control
        const auto c = static_cast<unsigned char>(err.at(i));
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

QJsonDocument CliResult::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    return error.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

namespace {
QJsonValue withoutLastUse(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(withoutLastUse(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("last_use_at"))
            out.insert(it.key(), withoutLastUse(it.value()));
    }
    return out;
}
} // namespace

QJsonValue CliResult::jsonWithoutLastUse() const
{
    const QJsonDocument doc = json();
    return withoutLastUse(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
}

CliRunner::CliRunner()
    : m_dir(std::make_unique<QTemporaryDir>())
{}

QString CliRunner::binary()
{
    const QString fromEnv = qEnvironmentVariable("KEYDESK_CTL");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef KEYDESK_CTL_PATH
    return QStringLiteral(KEYDESK_CTL_PATH);
#else
    return {};
#endif
}

CliResult CliRunner::run(const QStringList& args, const std::optional<QByteArray>& apiKey,
                         const QByteArray& input) const
{
    return runBare(QStringList{QStringLiteral("--store"), storeUrl()} + args, apiKey, input);
}

CliResult CliRunner::runBare(const QStringList& args, const std::optional<QByteArray>& apiKey,
                             const QByteArray& input) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"KEYDESK_API_KEY", "KEYDESK_STORE", "KEYDESK_KEK"})
        env.remove(QString::fromLatin1(name));
    if (apiKey)
        env.insert(QStringLiteral("KEYDESK_API_KEY"), QString::fromLatin1(*apiKey));
    if (!m_locale.isEmpty()) {
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), m_locale);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir());
    process.start(binary(), args);
    CliResult result;
    if (!process.waitForStarted(kTimeoutMs))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished =
        process.waitForFinished(kTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(kTimeoutMs);
    }
    result.exitCode = result.finished ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray CliRunner::init(CliResult* result) const
{
    const CliResult r =
        run({QStringLiteral("init"), QStringLiteral("--site-name"), QStringLiteral("Acme"),
             QStringLiteral("--subdomain"), QStringLiteral("acme"), QStringLiteral("--admin"),
             QStringLiteral("admin")});
    if (result)
        *result = r;
    if (r.exitCode != 0 || !r.out.endsWith('\n') || r.out.count('\n') != 1)
        return {};
    return r.out.chopped(1);
}

CreatedKey CliRunner::createKey(const QByteArray& actor, const QStringList& args,
                                CliResult* result) const
{
    const CliResult r =
        run(QStringList{QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("create")} +
                args,
            actor);
    if (result)
        *result = r;
    CreatedKey k;
    if (r.exitCode != 0 || !r.json().isObject())
        return k;
    k.json = r.json().object();
    k.id = k.json.value(QStringLiteral("id")).toInteger();
    k.key = k.json.value(QStringLiteral("key")).toString().toLatin1();
    k.s3Secret = k.json.value(QStringLiteral("aws_secret_key")).toString().toLatin1();
    k.accessKeyId = k.json.value(QStringLiteral("aws_access_key_id")).toString();
    return k;
}

CliResult CliRunner::verify(const QByteArray& key, const QString& site) const
{
    return run({QStringLiteral("key"), QStringLiteral("verify"), QStringLiteral("--site"), site},
               std::nullopt, key + '\n');
}

QJsonArray CliRunner::jsonArray(const QByteArray& actor, const QStringList& args, bool* ok) const
{
    const CliResult r = run(QStringList{QStringLiteral("--json")} + args, actor);
    const QJsonDocument doc = r.json();
    *ok = r.exitCode == 0 && doc.isArray();
    return *ok ? doc.array() : QJsonArray();
}

int CliRunner::keyCount(const QByteArray& actor) const
{
    bool ok = false;
    const QJsonArray keys = jsonArray(actor, {QStringLiteral("key"), QStringLiteral("list")}, &ok);
    return ok ? int(keys.size()) : -1;
}

int CliRunner::auditCount(const QByteArray& actor) const
{
    bool ok = false;
    const QJsonArray events = jsonArray(actor,
                                        {QStringLiteral("audit"), QStringLiteral("list"),
                                         QStringLiteral("--limit"), QStringLiteral("100000")},
                                        &ok);
    return ok ? int(events.size()) : -1;
}

QByteArray CliRunner::storeBytes(QStringList* files) const
{
    QByteArray all;
    const QDir d(dir());
    for (const QString& name : d.entryList(QDir::Files | QDir::Hidden)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        all += f.readAll();
        if (files)
            *files << name;
    }
    return all;
}

QStringList args(std::initializer_list<const char*> words)
{
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

QStringList names(const QJsonArray& array)
{
    QStringList out;
    for (const QJsonValue& v : array)
        out << v.toObject().value(QStringLiteral("name")).toString();
    return out;
}

} // namespace keydesk::clitest
