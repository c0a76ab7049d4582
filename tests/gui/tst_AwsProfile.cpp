// SPDX-License-Identifier: GPL-3.0-or-later
// R6 in the console: the one-time reveal of an S3 key (and only of an S3 key) offers "Copy as
// AWS Credentials Profile". The copy goes through the ClipboardGuard (password-manager hint,
// cleared after the timeout), and is a ~/.aws/config profile that Python's configparser and
// Debian's AWS CLI read back with the key's Access Key ID and Secret Key. The S3 endpoint comes
// from the console's Settings (s3EndpointEdit); without one the profile says how to get it.
#include "AwsProfile.h"
#include "ClipboardGuard.h"
#include "RevealDialog.h"
#include "SettingsDialog.h"
#include "TestWorld.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace keydesk;
using namespace keydesk::ui;
using keydesk::test::TestWorld;

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kAws = QStringLiteral("/usr/bin/aws");

// Reads an INI text as the AWS CLI's config loader would (sections, keys, # comments) and
// answers the sections and the two keys of the one profile, as JSON on stdout.
const char* const kParse = "import configparser, json, sys\n"
                           "c = configparser.ConfigParser(interpolation=None)\n"
                           "c.read_string(sys.stdin.read())\n"
                           "s = c.sections()\n"
                           "p = c[s[0]] if s else {}\n"
                           "print(json.dumps({'sections': s, 'keys': sorted(p.keys()),\n"
                           "                  'id': p.get('aws_access_key_id'), 'secret': "
                           "p.get('aws_secret_access_key')}))\n";

QJsonObject parseIni(const QByteArray& text)
{
    QProcess python;
    python.start(kPython, {QStringLiteral("-c"), QString::fromLatin1(kParse)});
    python.write(text);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QByteArray clipboardText()
{
    return QGuiApplication::clipboard()->text().toUtf8();
}
} // namespace

class TestAwsProfile : public QObject {
    Q_OBJECT

private slots:
    void init();
    void R6_awsProfileButtonOnlyForS3Keys_data();
    void R6_awsProfileButtonOnlyForS3Keys();
    void R6_copiedProfileParsesWithTheKeysCredentials();
    void R6_copiedProfileNamesTheS3Endpoint_data();
    void R6_copiedProfileNamesTheS3Endpoint();
    void R6_awsCliReadsTheCopiedProfile();
    void R6_copiedProfileLeavesTheClipboardAfterTheTimeout();
    void R6_awsProfileCannotBeCopiedOnceWiped();
    void settingsKeepAValidS3EndpointOnly();

private:
    CreatedKey createS3Key();
    std::unique_ptr<RevealDialog> reveal(CreatedKey created, const QString& endpoint = {});

    std::unique_ptr<TestWorld> m_world;
    std::unique_ptr<ClipboardGuard> m_guard;
    QString m_accessKeyId;
    QByteArray m_secret; // the S3 secret shown at creation; compared, never printed
    qint64 m_keyId = 0;
};

void TestAwsProfile::init()
{
    m_world = std::make_unique<TestWorld>();
    m_guard = std::make_unique<ClipboardGuard>(QGuiApplication::clipboard(),
                                               [this] { return m_world->now; });
    QGuiApplication::clipboard()->clear();
}

CreatedKey TestAwsProfile::createS3Key()
{
    CreateKeyRequest r = m_world->userKey(m_world->ann, QStringLiteral("uploads"));
    r.s3 = true;
    CreatedKey created = m_world->create(m_world->principal(m_world->siteAdmin), r);
    m_accessKeyId = created.key.s3AccessKeyId;
    m_secret = QByteArray(created.s3Secret.data(), created.s3Secret.size());
    m_keyId = created.key.id;
    return created;
}

std::unique_ptr<RevealDialog> TestAwsProfile::reveal(CreatedKey created, const QString& endpoint)
{
    auto dialog = std::make_unique<RevealDialog>(std::move(created), *m_guard);
    dialog->setS3Endpoint(endpoint);
    return dialog;
}

void TestAwsProfile::R6_awsProfileButtonOnlyForS3Keys_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("user key") << 0;
    QTest::newRow("site-wide key") << 1;
    QTest::newRow("S3 key") << 2;
}

void TestAwsProfile::R6_awsProfileButtonOnlyForS3Keys()
{
    QFETCH(int, kind);
    const Principal admin = m_world->principal(m_world->siteAdmin);
    CreatedKey created = kind == 2   ? createS3Key()
                         : kind == 1 ? m_world->create(admin, m_world->siteWideKey(m_world->acme))
                                     : m_world->create(admin, m_world->userKey(m_world->ann));
    const auto dialog = reveal(std::move(created));
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("copyAwsProfileButton"));
    QCOMPARE(button != nullptr, kind == 2);
    if (button) {
        QVERIFY(button->toolTip().contains(QStringLiteral("~/.aws/config")));
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!button->autoDefault());
    }
}

void TestAwsProfile::R6_copiedProfileParsesWithTheKeysCredentials()
{
    const auto dialog = reveal(createS3Key(), QStringLiteral("https://s3.example.com:9000"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyAwsProfileButton")),
                      Qt::LeftButton);
    const QByteArray text = clipboardText();
    QCOMPARE(
        QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArrayLiteral("secret"));
    const QString name = QStringLiteral("keydesk-acme-%1").arg(m_keyId);
    const QRegularExpression shape(
        QStringLiteral("^\\[profile %1\\]\\naws_access_key_id = KDAK[A-Z2-7]{16}\\n"
                       "aws_secret_access_key = [0-9A-Za-z]{40}\\n(#[^\\n]*\\n)+$")
            .arg(name));
    QVERIFY(shape.match(QString::fromUtf8(text)).hasMatch()); // no text shown: it holds a secret
    const QJsonObject parsed = parseIni(text);
    QVERIFY2(!parsed.isEmpty(), "python3 configparser could not read the profile");
    QCOMPARE(parsed.value(u"sections").toVariant().toStringList(),
             QStringList{QStringLiteral("profile ") + name});
    QCOMPARE(parsed.value(u"keys").toVariant().toStringList(),
             (QStringList{QStringLiteral("aws_access_key_id"),
                          QStringLiteral("aws_secret_access_key")}));
    QCOMPARE(parsed.value(u"id").toString(), m_accessKeyId);
    QVERIFY(parsed.value(u"secret").toString().toLatin1() == m_secret);
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("copyStatusLabel"))->text();
    QVERIFY(status.contains(QStringLiteral("~/.aws/config")));
    QVERIFY(status.contains(name));
}

void TestAwsProfile::R6_copiedProfileNamesTheS3Endpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("comment");
    QTest::newRow("known") << QStringLiteral("https://s3.example.com:9000")
                           << QStringLiteral("--endpoint-url https://s3.example.com:9000 s3 ls");
    QTest::newRow("unknown") << QString() << QStringLiteral("--endpoint-url URL s3 ls");
    QTest::newRow("not a URL") << QStringLiteral("s3.example.com; rm -rf ~")
                               << QStringLiteral("--endpoint-url URL s3 ls");
}

void TestAwsProfile::R6_copiedProfileNamesTheS3Endpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, comment);
    const auto dialog = reveal(createS3Key(), endpoint);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyAwsProfileButton")),
                      Qt::LeftButton);
    const QStringList lines = QString::fromUtf8(clipboardText()).split(QLatin1Char('\n'));
    QStringList comments = lines.filter(QRegularExpression(QStringLiteral("^#")));
    QCOMPARE(comments.size(), 2);
    QCOMPARE(
        comments.first(),
        QStringLiteral("# endpoint: aws --profile keydesk-acme-%1 %2").arg(m_keyId).arg(comment));
    QVERIFY(comments.last().contains(QStringLiteral("endpoint_url = ")));
    QVERIFY(comments.last().contains(QStringLiteral("2.13")));
    QVERIFY(!lines.filter(QRegularExpression(QStringLiteral("^endpoint_url"))).size());
}

void TestAwsProfile::R6_awsCliReadsTheCopiedProfile()
{
    if (!QFile::exists(kAws))
        QSKIP("Debian's awscli is not installed");
    const auto dialog = reveal(createS3Key(), QStringLiteral("http://127.0.0.1:9"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyAwsProfileButton")),
                      Qt::LeftButton);
    QTemporaryDir home;
    QFile config(home.filePath(QStringLiteral("config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    config.write(clipboardText());
    config.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home.filePath(QStringLiteral("no")));
    const auto get = [&](const char* name) {
        QProcess aws;
        aws.setProcessEnvironment(env);
        aws.start(kAws,
                  {QStringLiteral("configure"), QStringLiteral("get"), QString::fromLatin1(name),
                   QStringLiteral("--profile"), QStringLiteral("keydesk-acme-%1").arg(m_keyId)});
        aws.waitForFinished(60000);
        return aws.readAllStandardOutput().trimmed();
    };
    QCOMPARE(QString::fromLatin1(get("aws_access_key_id")), m_accessKeyId);
    QVERIFY(get("aws_secret_access_key") == m_secret);
}

void TestAwsProfile::R6_copiedProfileLeavesTheClipboardAfterTheTimeout()
{
    const auto dialog = reveal(createS3Key());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("copyAwsProfileButton")),
                      Qt::LeftButton);
    QVERIFY(clipboardText().contains(m_secret));
    m_world->advance(29);
    m_guard->expireIfDue();
    QVERIFY(clipboardText().contains(m_secret));
    m_world->advance(2); // 31 s after the copy
    m_guard->expireIfDue();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestAwsProfile::R6_awsProfileCannotBeCopiedOnceWiped()
{
    const auto dialog = reveal(createS3Key());
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("copyAwsProfileButton"));
    dialog->findChild<QCheckBox*>(QStringLiteral("storedCheckBox"))->setChecked(true);
    dialog->accept();
    QVERIFY(dialog->isWiped());
    QVERIFY(!button->isEnabled());
    QGuiApplication::clipboard()->clear();
    QMetaObject::invokeMethod(button, "click");
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestAwsProfile::settingsKeepAValidS3EndpointOnly()
{
    QSettings().remove(SettingsDialog::s3EndpointKey());
    {
        SettingsDialog dialog(*m_guard);
        auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("s3EndpointEdit"));
        QVERIFY(edit && edit->text().isEmpty());
        // The field has its label, inside the dialog (a layout added with addItem lost it).
        bool labelled = false;
        for (auto* label : dialog.findChildren<QLabel*>())
            labelled = labelled || (label->buddy() == edit && label->parentWidget() == &dialog);
        QVERIFY(labelled);
        edit->setText(QStringLiteral("not a url"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("s3EndpointErrorLabel"))->isHidden());
        QVERIFY(SettingsDialog::s3Endpoint(QSettings()).isEmpty());
        edit->setText(QStringLiteral(" https://s3.example.com:9000 "));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(SettingsDialog::s3Endpoint(QSettings()),
             QStringLiteral("https://s3.example.com:9000"));
    SettingsDialog again(*m_guard);
    QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("s3EndpointEdit"))->text(),
             QStringLiteral("https://s3.example.com:9000"));
    QSettings().setValue(SettingsDialog::s3EndpointKey(), QStringLiteral("ftp://x"));
    QVERIFY(SettingsDialog::s3Endpoint(QSettings()).isEmpty());
    QSettings().remove(SettingsDialog::s3EndpointKey());
}

QTEST_MAIN(TestAwsProfile)
#include "tst_AwsProfile.moc"
