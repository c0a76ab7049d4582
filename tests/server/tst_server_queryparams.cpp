// SPDX-License-Identifier: GPL-3.0-or-later
// core/QueryParams: the list parameters the server parses are the ones a client writes.
#include "QueryParams.h"

#include <QTest>

using namespace keydesk;

class tst_server_queryparams : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyQueryRoundTrip()
    {
        KeyQuery q;
        q.siteId = 7;
        q.userId = 0;
        q.kind = KeyKindFilter::S3;
        q.status = KeyStatus::Expiring;
        q.text = QStringLiteral("deploy & co=1");
        q.sortBy = KeySortField::ExpiresAt;
        q.descending = true;
        q.limit = 25;
        q.cursor = QStringLiteral("abc_-");
        const QUrlQuery wire(QueryParams::fromKeyQuery(q).toString(QUrl::FullyEncoded));
        auto back = QueryParams::keyQuery(wire);
        QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->siteId, q.siteId);
        QCOMPARE(back->userId, q.userId);
        QCOMPARE(back->kind, q.kind);
        QCOMPARE(back->status, q.status);
        QCOMPARE(back->text, q.text);
        QCOMPARE(back->sortBy, q.sortBy);
        QCOMPARE(back->descending, q.descending);
        QCOMPARE(back->limit, q.limit);
        QCOMPARE(back->cursor, q.cursor);
    }

    void defaults()
    {
        auto q = QueryParams::keyQuery(QUrlQuery());
        QVERIFY(q.has_value());
        QCOMPARE(q->limit, QueryParams::kDefaultPerPage);
        QCOMPARE(q->siteId, 0);
        QVERIFY(!q->userId);
        KeyQuery helpdesk;
        helpdesk.userKeysOnly = true;
        QCOMPARE(QueryParams::fromKeyQuery(helpdesk).queryItemValue(QStringLiteral("filter[kind]")),
                 QStringLiteral("user"));
    }

    void auditQueryRoundTrip()
    {
        AuditQuery q;
        q.siteId = 3;
        q.keyId = 9;
        q.limit = 50;
        q.cursor = QStringLiteral("xyz");
        auto back = QueryParams::auditQuery(QueryParams::fromAuditQuery(q));
        QVERIFY(back.has_value());
        QCOMPARE(back->siteId, 3);
        QCOMPARE(back->keyId, std::optional<qint64>(9));
        QCOMPARE(back->limit, 50);
        QCOMPARE(back->cursor, QStringLiteral("xyz"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("type");
        QTest::newRow("sort field") << QStringLiteral("sort_by[key]=asc")
                                    << QStringLiteral("bad-request/invalid-sort-field");
        QTest::newRow("filter field") << QStringLiteral("filter[owner]=1")
                                      << QStringLiteral("bad-request/invalid-filter-field");
        QTest::newRow("user id") << QStringLiteral("user_id=-1")
                                 << QStringLiteral("bad-request/user-id-invalid");
        QTest::newRow("per page") << QStringLiteral("per_page=1e3")
                                  << QStringLiteral("bad-request/invalid-parameter");
        QTest::newRow("twice") << QStringLiteral("cursor=a&cursor=b")
                               << QStringLiteral("bad-request/invalid-parameter");
        QTest::newRow("pasted key")
            << QStringLiteral("kdu_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=1")
            << QStringLiteral("bad-request/invalid-parameter");
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(QString, type);
        auto q = QueryParams::keyQuery(QUrlQuery(query));
        QVERIFY(!q.has_value());
        QCOMPARE(q.error().type, type);
        QVERIFY(!q.error().message.contains(QStringLiteral("kdu_"))); // never echoed
    }
};

QTEST_GUILESS_MAIN(tst_server_queryparams)
#include "tst_server_queryparams.moc"
