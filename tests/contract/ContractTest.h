// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContractWorld.h"

#include <QObject>

// The contract suite: one set of cases written against Backend/Session only, run against the
// four stores (ContractWorld). tst_Contract.cpp: the access-policy table of DESIGN.md section
// 4, every cell; ContractRules.cpp: R1-R12; ContractExtensions.cpp: E1-E3 and lists.
class TestContract : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void policyTable_data();
    void policyTable();

    void R1_siteWideKeyActsAsAdminUserKeyAsItsUser();
    void R2_onlyAdminKeysAdministerTheSite();
    void R3_onlySiteAdminsCreateSiteWideKeys();
    void R4_keyShownOnceAtCreation();
    void R5_userKeysForAnyoneByAdminsForThemselvesBySetting();
    void R6_s3CredentialsOnUserKeysOnly();
    void R7_disableAndReEnableWithThePreviousSet();
    void R8_revokeIsPermanentAndImmediate();
    void R9_noRecoveryOfALostKey();
    void R10_keyWorksOnlyOnItsOwnSite();
    void R11_userKeyNeedsAnEnabledUserOfItsSite();
    void R12_expiryBounds();
    void R12_expiredKeyAuthenticatesNothing();

    void E1_helpdeskManagesUserKeysOnly();
    void E2_auditVisibilityPerRole();
    void E3_parentAdminAdministersChildSite();
    void E3_nobodyElseCrossesSites();
    void limitedKeyManagesNothing();
    void listsArePagedAndSorted();
    void listsAreFilteredByTheStore();
    void unknownIdsAreNotFound();

    void rotation_replacementKeepsTheKeyAndTheOldOneExpiresAfterTheGrace();
    void rotation_rolledKeyCannotBeRolledAgain();
    void rotation_graceNowEndsTheOldKeyAtOnce();
    void rotation_disabledKeyIsRefused();
    void rotation_onlyWhoMayCreateAndRevoke_data();
    void rotation_onlyWhoMayCreateAndRevoke();
    void expiringKeysAreFilteredOnExpiresAt();
    void unusedKeysCountFromLastUseOrCreation();
    void inventoryReportHoldsWhatTheCallerMayList();

    // ContractBulk.cpp: bulk disable and revoke (issue 6).
    void bulk_helpdeskRevokesEveryKeyOfAUserInOneAction();
    void bulk_disableByIdsWritesOneEventPerChangedKey();
    void bulk_oneRefusedKeyFailsTheWholeBatch();
    void bulk_usersActOnlyOnTheirOwnKeysAsThePolicySays();

    // ContractAuditFilters.cpp: the audit viewer's filters (issue 6).
    void auditFilters_byActorKeyActionAndTime();
    void policyViolations_listedForAdminsNeverChanged();

private:
    keydesk::contract::ContractWorld w;
};
