// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <initializer_list>
#include <memory>
#include <optional>

namespace keydesk::clitest {

// What one run of keydeskctl produced.
struct CliResult {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    // Exit code and stderr with anything that looks like a secret masked: safe to print.
    QString describe() const;
    // Errors are one clear line: stdout empty, stderr exactly one non-empty line without
    // control characters (user input echoed raw could break the line or drive the terminal).
    bool isOneErrorLine() const;
    QJsonDocument json() const;
    // The same without "last_use_at" at any depth: what may differ between two runs that read
    // the same keys (each run's key is used).
    QJsonValue jsonWithoutLastUse() const;
    bool mentions(const QByteArray& secret) const
    {
        return out.contains(secret) || err.contains(secret);
    }
};

// A key as `key create --json` reported it. The secrets never reach test output.
struct CreatedKey {
    qint64 id = 0;
    QByteArray key;
    QByteArray s3Secret;
    QString accessKeyId;
    QJsonObject json;
    bool ok() const { return id > 0 && !key.isEmpty(); }
};

// Runs the real keydeskctl binary (path in $KEYDESK_CTL) against a fresh SQLite store in a
// temporary directory. API keys travel in KEYDESK_API_KEY, never on the command line.
class CliRunner {
public:
    CliRunner();

    static QString binary();
    bool isValid() const { return m_dir->isValid() && !binary().isEmpty(); }
    QString dir() const { return m_dir->path(); }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("kd.sqlite")); }
    QString storeUrl() const { return QStringLiteral("sqlite:") + dbPath(); }

    // Runs from now on in this locale (LANG=<locale>, no LC_ALL/LC_MESSAGES/LANGUAGE); empty:
    // the test's own environment (English under CTest).
    void setLocale(const QString& locale) { m_locale = locale; }

    // keydeskctl --store <url> ARGS; apiKey unset when nullopt.
    CliResult run(const QStringList& args, const std::optional<QByteArray>& apiKey = std::nullopt,
                  const QByteArray& input = {}) const;
    // keydeskctl ARGS, without --store.
    CliResult runBare(const QStringList& args,
                      const std::optional<QByteArray>& apiKey = std::nullopt,
                      const QByteArray& input = {}) const;

    // init --site-name Acme --subdomain acme --admin admin; the admin key, or empty on failure.
    QByteArray init(CliResult* result = nullptr) const;
    // key create --json ARGS as actor; id 0 on failure (result tells why).
    CreatedKey createKey(const QByteArray& actor, const QStringList& args,
                         CliResult* result = nullptr) const;
    CliResult verify(const QByteArray& key, const QString& site) const;
    // The parsed array of `ARGS --json`, or an empty array with *ok false.
    QJsonArray jsonArray(const QByteArray& actor, const QStringList& args, bool* ok) const;
    // Lengths of `key list --json` and `audit list --json --limit 100000`; -1 on failure.
    int keyCount(const QByteArray& actor) const;
    int auditCount(const QByteArray& actor) const;

    // The bytes of every file in the store directory (the .sqlite, -wal, -shm, ...).
    QByteArray storeBytes(QStringList* files = nullptr) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_locale;
};

// Names of the elements of a JSON array of objects, in order.
QStringList names(const QJsonArray& array);

// Command-line words from UTF-8 literals.
QStringList args(std::initializer_list<const char*> words);

} // namespace keydesk::clitest
