// SPDX-License-Identifier: GPL-3.0-or-later
// The access-policy table of DESIGN.md section 4, every cell, plus the rules around it:
// site-wide keys act as admins, non-full keys manage nothing, E3 across sites.
#include "AccessPolicy.h"

#include <QTest>

using namespace keydesk;

namespace {
constexpr qint64 kSite = 10;
constexpr qint64 kChild = 11;
constexpr qint64 kOtherSite = 20;
constexpr qint64 kMe = 100;
constexpr qint64 kSomeoneElse = 101;

enum class On { SiteWide, Own, Other, Site };

// One row of the table: the expected answer for each of the six principals.
struct Row {
    const char* name;
    Action action;
    On on;
    // admin(on) admin(off) helpdesk(on) helpdesk(off) user(on) user(off)
    bool expected[6];
};

// clang-format off
const Row kTable[] = {
    {"list/view site-wide keys",        Action::ViewKey,    On::SiteWide, {1, 1, 0, 0, 0, 0}},
    {"list/view own user key",          Action::ViewKey,    On::Own,      {1, 1, 1, 1, 1, 1}},
    {"list/view another user's key",    Action::ViewKey,    On::Other,    {1, 1, 1, 1, 0, 0}},
    {"create site-wide key",            Action::CreateKey,  On::SiteWide, {1, 1, 0, 0, 0, 0}},
    {"create own user key",             Action::CreateKey,  On::Own,      {1, 1, 1, 0, 1, 0}},
    {"create key for another user",     Action::CreateKey,  On::Other,    {1, 1, 0, 0, 0, 0}},
    {"edit site-wide key",              Action::EditKey,    On::SiteWide, {1, 1, 0, 0, 0, 0}},
    {"edit own key",                    Action::EditKey,    On::Own,      {1, 1, 0, 0, 1, 0}},
    {"edit another user's key",         Action::EditKey,    On::Other,    {1, 1, 0, 0, 0, 0}},
    {"disable site-wide key",           Action::DisableKey, On::SiteWide, {1, 1, 0, 0, 0, 0}},
    {"disable own key",                 Action::DisableKey, On::Own,      {1, 1, 1, 1, 1, 1}},
    {"disable another user's key",      Action::DisableKey, On::Other,    {1, 1, 1, 1, 0, 0}},
    {"re-enable site-wide key",         Action::EnableKey,  On::SiteWide, {1, 1, 0, 0, 0, 0}},
    {"re-enable own key",               Action::EnableKey,  On::Own,      {1, 1, 1, 1, 1, 0}},
    {"re-enable another user's key",    Action::EnableKey,  On::Other,    {1, 1, 1, 1, 0, 0}},
    {"revoke site-wide key",            Action::RevokeKey,  On::SiteWide, {1, 1, 0, 0, 0, 0}},
    {"revoke own key",                  Action::RevokeKey,  On::Own,      {1, 1, 1, 1, 1, 0}},
    {"revoke another user's key",       Action::RevokeKey,  On::Other,    {1, 1, 1, 1, 0, 0}},
    {"site settings, users, children",  Action::ManageSite, On::Site,     {1, 1, 0, 0, 0, 0}},
    {"audit of site-wide key events",   Action::ReadAudit,  On::SiteWide, {1, 1, 0, 0, 0, 0}},
    {"audit of own key events",         Action::ReadAudit,  On::Own,      {1, 1, 1, 1, 1, 1}},
    {"audit of another user's events",  Action::ReadAudit,  On::Other,    {1, 1, 1, 1, 0, 0}},
};
// clang-format on

struct Column {
    const char* name;
    Role role;
    bool settingOn;
};
const Column kColumns[] = {{"site_admin, setting on", Role::SiteAdmin, true},
                           {"site_admin, setting off", Role::SiteAdmin, false},
                           {"helpdesk, setting on", Role::Helpdesk, true},
                           {"helpdesk, setting off", Role::Helpdesk, false},
                           {"user, setting on", Role::User, true},
                           {"user, setting off", Role::User, false}};

Principal member(Role role, qint64 site = kSite, PermissionSet set = PermissionSet::Full)
{
    return Principal{site, kMe, 1, role, set, QStringLiteral("me")};
}

Target target(On on, bool settingOn, qint64 site = kSite)
{
    Target t{site, site == kChild ? std::optional<qint64>(kSite) : std::nullopt, settingOn,
             KeyKind::User, std::nullopt};
    if (on == On::SiteWide)
        t.keyKind = KeyKind::SiteWide;
    if (on == On::Own)
        t.ownerUserId = kMe;
    if (on == On::Other)
        t.ownerUserId = kSomeoneElse;
    return t;
}

const Action kAllActions[] = {Action::ViewKey,    Action::CreateKey, Action::EditKey,
                              Action::DisableKey, Action::EnableKey, Action::RevokeKey,
                              Action::ManageSite, Action::ReadAudit, Action::ViewSite,
                              Action::ViewUsers};
} // namespace

class TestAccessPolicy : public QObject {
    Q_OBJECT

private slots:
    void policyTable_data();
    void policyTable();
    void deniedCellsExplainThemselves_data();
    void deniedCellsExplainThemselves();
    void R1_siteWideKeyActsAsSiteAdmin();
    void keyWithoutFullPermissionManagesNothing_data();
    void keyWithoutFullPermissionManagesNothing();
    void E3_parentAdminAdministersChildSite();
    void E3_nobodyElseCrossesSites_data();
    void E3_nobodyElseCrossesSites();
    void everyMemberSeesTheSite();
    void usersSeeOnlyThemselvesInTheUserList();
};

void TestAccessPolicy::policyTable_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("on");
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("settingOn");
    QTest::addColumn<bool>("expected");
    for (const Row& row : kTable) {
        for (int c = 0; c < 6; ++c) {
            const Column& col = kColumns[c];
            QTest::addRow("%s | %s", row.name, col.name)
                << int(row.action) << int(row.on) << int(col.role) << col.settingOn
                << row.expected[c];
        }
    }
}

void TestAccessPolicy::policyTable()
{
    QFETCH(int, action);
    QFETCH(int, on);
    QFETCH(int, role);
    QFETCH(bool, settingOn);
    QFETCH(bool, expected);
    const Decision d =
        AccessPolicy::check(member(Role(role)), Action(action), target(On(on), settingOn));
    QCOMPARE(d.allowed, expected);
    QCOMPARE(d.reason == DenyReason::None, expected);
    QCOMPARE(d.reasonText().isEmpty(), expected);
}

void TestAccessPolicy::deniedCellsExplainThemselves_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("on");
    QTest::addColumn<bool>("settingOn");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("type");
    const QString adminRequired = QStringLiteral("not-authorized/site-admin-required");
    QTest::newRow("user creates site-wide key")
        << int(Role::User) << int(Action::CreateKey) << int(On::SiteWide) << true
        << int(DenyReason::SiteAdminRequired) << adminRequired;
    QTest::newRow("helpdesk views site-wide key")
        << int(Role::Helpdesk) << int(Action::ViewKey) << int(On::SiteWide) << true
        << int(DenyReason::UserKeysOnly) << adminRequired;
    QTest::newRow("user creates own key, setting off")
        << int(Role::User) << int(Action::CreateKey) << int(On::Own) << false
        << int(DenyReason::SettingOff)
        << QStringLiteral("not-authorized/insufficient-permission-for-site");
    QTest::newRow("user creates key for another")
        << int(Role::User) << int(Action::CreateKey) << int(On::Other) << true
        << int(DenyReason::CantActForOtherUser)
        << QStringLiteral("not-authorized/cant-act-for-other-user");
    QTest::newRow("user revokes another's key")
        << int(Role::User) << int(Action::RevokeKey) << int(On::Other) << true
        << int(DenyReason::OwnKeysOnly)
        << QStringLiteral("not-authorized/insufficient-permission-for-site");
    QTest::newRow("helpdesk changes settings")
        << int(Role::Helpdesk) << int(Action::ManageSite) << int(On::Site) << true
        << int(DenyReason::SiteAdminRequired) << adminRequired;
}

void TestAccessPolicy::deniedCellsExplainThemselves()
{
    QFETCH(int, role);
    QFETCH(int, action);
    QFETCH(int, on);
    QFETCH(bool, settingOn);
    QFETCH(int, reason);
    QFETCH(QString, type);
    const Decision d =
        AccessPolicy::check(member(Role(role)), Action(action), target(On(on), settingOn));
    QVERIFY(!d.allowed);
    QCOMPARE(int(d.reason), reason);
    QCOMPARE(d.filesComType(), type);
    QVERIFY(!d.reasonText().isEmpty());
}

void TestAccessPolicy::R1_siteWideKeyActsAsSiteAdmin()
{
    const Principal siteWide{kSite, std::nullopt, 7, Role::SiteAdmin, PermissionSet::Full, {}};
    for (Action a : kAllActions) {
        for (On on : {On::SiteWide, On::Other, On::Site})
            QVERIFY(AccessPolicy::check(siteWide, a, target(on, false)).allowed);
    }
}

void TestAccessPolicy::keyWithoutFullPermissionManagesNothing_data()
{
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("reason");
    for (const QString& name : permissionSetNames()) {
        const PermissionSet set = *parsePermissionSet(name);
        if (set == PermissionSet::Full)
            continue;
        QTest::newRow(qPrintable(name))
            << int(set)
            << int(set == PermissionSet::None ? DenyReason::KeyDisabled
                                              : DenyReason::KeyNotForManagement);
    }
}

void TestAccessPolicy::keyWithoutFullPermissionManagesNothing()
{
    QFETCH(int, set);
    QFETCH(int, reason);
    for (Action a : kAllActions) {
        const Decision d = AccessPolicy::check(member(Role::SiteAdmin, kSite, PermissionSet(set)),
                                               a, target(On::Own, true));
        QVERIFY(!d.allowed);
        QCOMPARE(int(d.reason), reason);
    }
}

void TestAccessPolicy::E3_parentAdminAdministersChildSite()
{
    const Principal parentAdmin = member(Role::SiteAdmin, kSite);
    for (Action a : kAllActions) {
        for (On on : {On::SiteWide, On::Other, On::Site})
            QVERIFY(AccessPolicy::check(parentAdmin, a, target(on, false, kChild)).allowed);
    }
    QVERIFY(AccessPolicy::effectiveRole(parentAdmin, target(On::Site, false, kChild)) ==
            Role::SiteAdmin);
}

void TestAccessPolicy::E3_nobodyElseCrossesSites_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("child admin on parent") << int(Role::SiteAdmin) << kChild << kSite;
    QTest::newRow("parent helpdesk on child") << int(Role::Helpdesk) << kSite << kChild;
    QTest::newRow("parent user on child") << int(Role::User) << kSite << kChild;
    QTest::newRow("admin on unrelated site") << int(Role::SiteAdmin) << kOtherSite << kSite;
    QTest::newRow("admin on unrelated child") << int(Role::SiteAdmin) << kOtherSite << kChild;
}

void TestAccessPolicy::E3_nobodyElseCrossesSites()
{
    QFETCH(int, role);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    for (Action a : kAllActions) {
        const Decision d =
            AccessPolicy::check(member(Role(role), from), a, target(On::Own, true, to));
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, DenyReason::OtherSite);
    }
}

void TestAccessPolicy::everyMemberSeesTheSite()
{
    for (const Column& c : kColumns)
        QVERIFY(AccessPolicy::check(member(c.role), Action::ViewSite, target(On::Site, c.settingOn))
                    .allowed);
}

void TestAccessPolicy::usersSeeOnlyThemselvesInTheUserList()
{
    QVERIFY(
        AccessPolicy::check(member(Role::User), Action::ViewUsers, target(On::Own, false)).allowed);
    QVERIFY(!AccessPolicy::check(member(Role::User), Action::ViewUsers, target(On::Other, true))
                 .allowed);
    QVERIFY(AccessPolicy::check(member(Role::Helpdesk), Action::ViewUsers, target(On::Other, false))
                .allowed);
    QVERIFY(
        AccessPolicy::check(member(Role::SiteAdmin), Action::ViewUsers, target(On::Other, false))
            .allowed);
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_AccessPolicy.moc"
