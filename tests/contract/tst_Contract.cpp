// SPDX-License-Identifier: GPL-3.0-or-later
// The contract suite's world and the access-policy table of DESIGN.md section 4, every cell,
// performed through the Session API against the store named by $KEYDESK_CONTRACT_STORE.
#include "ContractTest.h"

#include "Expect.h"

#include <QLoggingCategory>
#include <QTest>

using namespace keydesk;
using namespace keydesk::contract;

namespace {
// The principals of the table's columns. An admin is the same with the setting on or off (the
// core suite proves both); here the admin acts with it off, a site-wide key acts as an admin
// (R1), and the parent admin acts on the child site (E3).
enum class Column { Admin, SiteWide, HelpdeskOn, HelpdeskOff, UserOn, UserOff, ParentOnChild };
constexpr int kColumns = 7;
const char* const kColumnNames[kColumns] = {
    "site_admin",       "site-wide key",     "helpdesk, setting on",      "helpdesk, setting off",
    "user, setting on", "user, setting off", "parent admin on child site"};

enum class Op { View, Create, Edit, Disable, Enable, Revoke, Settings, Users, ChildSites, Audit };
enum class On { SiteWide, Own, Other, Site };

constexpr int NA = -1; // the principal has no such target (a site-wide key owns no user key)

struct Row {
    const char* name;
    Op op;
    On on;
    int expected[kColumns];
};

// clang-format off
const Row kTable[] = {
    {"view site-wide key",            Op::View,       On::SiteWide, {1, 1,  0, 0, 0, 0, 1}},
    {"view own user key",             Op::View,       On::Own,      {1, NA, 1, 1, 1, 1, NA}},
    {"view another user's key",       Op::View,       On::Other,    {1, 1,  1, 1, 0, 0, 1}},
    {"create site-wide key",          Op::Create,     On::SiteWide, {1, 1,  0, 0, 0, 0, 1}},
    {"create own user key",           Op::Create,     On::Own,      {1, NA, 1, 0, 1, 0, NA}},
    {"create key for another user",   Op::Create,     On::Other,    {1, 1,  0, 0, 0, 0, 1}},
    {"edit site-wide key",            Op::Edit,       On::SiteWide, {1, 1,  0, 0, 0, 0, 1}},
    {"edit own key",                  Op::Edit,       On::Own,      {1, NA, 0, 0, 1, 0, NA}},
    {"edit another user's key",       Op::Edit,       On::Other,    {1, 1,  0, 0, 0, 0, 1}},
    {"disable site-wide key",         Op::Disable,    On::SiteWide, {1, 1,  0, 0, 0, 0, 1}},
    {"disable own key",               Op::Disable,    On::Own,      {1, NA, 1, 1, 1, 1, NA}},
    {"disable another user's key",    Op::Disable,    On::Other,    {1, 1,  1, 1, 0, 0, 1}},
    {"re-enable site-wide key",       Op::Enable,     On::SiteWide, {1, 1,  0, 0, 0, 0, 1}},
    {"re-enable own key",             Op::Enable,     On::Own,      {1, NA, 1, 1, 1, 0, NA}},
    {"re-enable another user's key",  Op::Enable,     On::Other,    {1, 1,  1, 1, 0, 0, 1}},
    {"revoke site-wide key",          Op::Revoke,     On::SiteWide, {1, 1,  0, 0, 0, 0, 1}},
    {"revoke own key",                Op::Revoke,     On::Own,      {1, NA, 1, 1, 1, 0, NA}},
    {"revoke another user's key",     Op::Revoke,     On::Other,    {1, 1,  1, 1, 0, 0, 1}},
    {"change site settings",          Op::Settings,   On::Site,     {1, 1,  0, 0, 0, 0, 1}},
    {"add a user",                    Op::Users,      On::Site,     {1, 1,  0, 0, 0, 0, 1}},
    {"list child sites",              Op::ChildSites, On::Site,     {1, 1,  0, 0, 0, 0, NA}},
    {"audit of site-wide key events", Op::Audit,      On::SiteWide, {1, 1,  0, 0, 0, 0, 1}},
    {"audit of own key events",       Op::Audit,      On::Own,      {1, NA, 1, 1, 1, 1, NA}},
    {"audit of another user's events", Op::Audit,     On::Other,    {1, 1,  1, 1, 0, 0, 1}},
};
// clang-format on

// Whether the column's principal sees keys of that kind (the "view" rows): a refused action on
// a key it cannot see is "not found", on one it sees "not authorized".
bool sees(Column column, On on)
{
    for (const Row& row : kTable) {
        if (row.op == Op::View && row.on == on)
            return row.expected[int(column)] == 1;
    }
    return true;
}

struct Cell {
    Member* actor;
    const Site* site;
    const Member* own;
    const Member* other;
    bool settingOn;
};

Cell cellFor(ContractWorld& w, Column c)
{
    switch (c) {
    case Column::Admin:
        return {&w.admin, &w.acme, &w.admin, &w.ben, false};
    case Column::SiteWide:
        return {&w.siteWide, &w.acme, nullptr, &w.ben, false};
    case Column::HelpdeskOn:
    case Column::HelpdeskOff:
        return {&w.desk, &w.acme, &w.desk, &w.ben, c == Column::HelpdeskOn};
    case Column::UserOn:
    case Column::UserOff:
        return {&w.ann, &w.acme, &w.ann, &w.ben, c == Column::UserOn};
    case Column::ParentOnChild:
        return {&w.admin, &w.acmeEu, nullptr, &w.eve, false};
    }
    return {};
}

CreateKeyRequest requestFor(ContractWorld& w, const Cell& c, On on)
{
    CreateKeyRequest r = on == On::SiteWide ? w.siteWideKey(*c.site)
                         : on == On::Own    ? w.userKey(*c.own)
                                            : w.userKey(*c.other);
    r.name = w.uniqueName(QStringLiteral("policy target"));
    return r;
}

template <typename T> Result<void> outcome(const Result<T>& r)
{
    if (!r)
        return std::unexpected(r.error());
    return {};
}

bool listed(Session& s, qint64 siteId, qint64 keyId)
{
    KeyQuery q;
    q.siteId = siteId;
    q.limit = 10000;
    auto page = s.listKeys(q);
    return page && std::any_of(page->keys.begin(), page->keys.end(),
                               [keyId](const ApiKey& k) { return k.id == keyId; });
}

// Performs the row's action as the cell's principal on `target` (0 for creations and site
// actions) and says whether the store shows its effect.
Result<void> perform(ContractWorld& w, const Cell& c, Op op, On on, qint64 target)
{
    Session& s = c.actor->s();
    switch (op) {
    case Op::View:
        return outcome(s.key(target));
    case Op::Create:
        return outcome(s.createKey(requestFor(w, c, on)));
    case Op::Edit:
        return outcome(s.updateKey(target, KeyUpdate{QStringLiteral("renamed"), {}, {}, {}}));
    case Op::Disable:
        return outcome(s.disableKey(target));
    case Op::Enable:
        return outcome(s.enableKey(target, std::nullopt));
    case Op::Revoke:
        return s.revokeKey(target);
    case Op::Settings:
        return outcome(s.updateSettings(c.site->id, SiteSettingsUpdate{c.settingOn, {}, {}}));
    case Op::Users:
        return outcome(s.createUser(
            NewUser{c.site->id, w.uniqueName(QStringLiteral("u")).remove(QLatin1Char(' ')),
                    QStringLiteral("New"), Role::User}));
    case Op::ChildSites:
        return outcome(s.childSites());
    case Op::Audit:
        break;
    }
    return {};
}

// The audit rows: the key's creation event is in the principal's audit log, or nothing of it.
void checkAudit(const Cell& c, qint64 keyId, bool allowed)
{
    AuditQuery q;
    q.siteId = c.site->id;
    q.keyId = keyId;
    auto page = c.actor->s().audit(q);
    KD_EXPECT_OK(page);
    const bool seen =
        std::any_of(page->events.begin(), page->events.end(), [keyId](const AuditEvent& e) {
            return e.action == QLatin1String("key.create") && e.targetKeyId == keyId;
        });
    QCOMPARE(seen, allowed);
    for (const AuditEvent& e : std::as_const(page->events))
        QCOMPARE(e.targetKeyId, std::optional<qint64>(keyId));
}

// The effect, as the admin sees it: done when allowed, nothing changed when refused.
void checkEffect(ContractWorld& w, const Cell& c, Op op, qint64 keyId, bool allowed)
{
    auto after = w.admin.s().key(keyId);
    QVERIFY(after.has_value() || op == Op::Revoke);
    switch (op) {
    case Op::View:
        QCOMPARE(listed(c.actor->s(), c.site->id, keyId), allowed);
        break;
    case Op::Edit:
        QCOMPARE(after->name == QLatin1String("renamed"), allowed);
        break;
    case Op::Disable:
        QCOMPARE(after->permissionSet == PermissionSet::None, allowed);
        break;
    case Op::Enable:
        QCOMPARE(after->permissionSet == PermissionSet::Full, allowed);
        break;
    case Op::Revoke:
        QCOMPARE(!after.has_value(), allowed);
        if (!after)
            QCOMPARE(errorCodeName(after.error().code), errorCodeName(ErrorCode::NotFound));
        break;
    default:
        break;
    }
}
} // namespace

void TestContract::initTestCase()
{
    // The services log every change at info level; the suite's output is its verdicts.
    QLoggingCategory::setFilterRules(QStringLiteral("keydesk.*.info=false"));
    QString error;
    QVERIFY2(w.build(&error), qPrintable(error));
    qInfo("contract store: %s", qPrintable(w.kindName()));
}

void TestContract::init()
{
    QVERIFY(w.resetSettings(false));
}

void TestContract::cleanup()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("R11")) // ben back, whatever failed
        QVERIFY(w.admin.s().setUserDisabled(w.acme.id, QStringLiteral("ben"), false));
}

void TestContract::cleanupTestCase()
{
    if (w.admin.session) // the world may not have been built
        w.resetSettings(false);
    QString error;
    QVERIFY2(w.shutDown(&error), qPrintable(error)); // a server exits 0 on SIGTERM
}

void TestContract::policyTable_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("on");
    QTest::addColumn<bool>("allowed");
    for (const Row& row : kTable) {
        for (int c = 0; c < kColumns; ++c) {
            if (row.expected[c] == NA)
                continue;
            QTest::addRow("%s | %s", row.name, kColumnNames[c])
                << c << int(row.op) << int(row.on) << (row.expected[c] == 1);
        }
    }
}

void TestContract::policyTable()
{
    QFETCH(int, column);
    QFETCH(int, op);
    QFETCH(int, on);
    QFETCH(bool, allowed);
    const Cell c = cellFor(w, Column(column));
    QVERIFY(w.resetSettings(c.settingOn));
    const bool onKey = Op(op) != Op::Create && On(on) != On::Site;
    const ApiKey target = onKey ? w.create(requestFor(w, c, On(on))).key : ApiKey{};
    if (Op(op) == Op::Enable)
        KD_EXPECT_OK(w.admin.s().disableKey(target.id));
    if (Op(op) == Op::Audit)
        return checkAudit(c, target.id, allowed);
    const Result<void> r = perform(w, c, Op(op), On(on), target.id);
    if (allowed) {
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    } else {
        QVERIFY2(!r.has_value(), "the store allowed what the policy refuses");
        const bool visible = !onKey || sees(Column(column), On(on));
        QCOMPARE(errorCodeName(r.error().code),
                 errorCodeName(visible ? ErrorCode::NotAuthorized : ErrorCode::NotFound));
        QVERIFY(!r.error().message.isEmpty());
    }
    if (onKey)
        checkEffect(w, c, Op(op), target.id, allowed);
}

QTEST_GUILESS_MAIN(TestContract)
