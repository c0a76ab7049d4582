// SPDX-License-Identifier: GPL-3.0-or-later
// The site key policy report (issue 6): keys that break the current settings, for the admin to
// fix. Read-only: nothing is changed here, ever.
#include "AdminService.h"

#include "ServiceSupport.h"

namespace keydesk {

using namespace ServiceSupport;

namespace {
constexpr int kPage = 1000;
}

Result<QList<PolicyViolation>> AdminService::policyViolations(const Principal& principal,
                                                              qint64 siteId)
{
    auto site = visibleSite(principal, siteId == 0 ? principal.siteId : siteId);
    if (!site)
        return std::unexpected(site.error());
    if (auto ok = require(principal, Action::ManageSite, siteTarget(*site)); !ok)
        return std::unexpected(ok.error());
    KeyQuery q;
    q.siteId = site->id;
    q.limit = kPage;
    q.now = m_clock();
    QList<PolicyViolation> found;
    do {
        auto page = m_store.listKeys(q);
        if (!page)
            return std::unexpected(page.error());
        for (const ApiKey& k : std::as_const(page->keys)) {
            if (const auto kind = violationOf(k, site->settings))
                found.append(PolicyViolation{k, *kind});
        }
        q.cursor = page->nextCursor;
    } while (!q.cursor.isEmpty());
    return found;
}

} // namespace keydesk
