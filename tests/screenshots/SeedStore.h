// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalBackend.h"

#include <memory>

namespace keydesk::test {

// A demo store that looks like a real one: site "Acme Corporation" with a child site, an
// admin, a help-desk agent and users, and keys in every state (site-wide, user, S3, disabled,
// expiring, expired, used and never used). The session is the admin's.
struct SeededStore {
    std::unique_ptr<LocalBackend> backend;
    std::unique_ptr<Session> session;
    Site site;
    QList<User> users;
    CreateKeyRequest s3Request; // one more key to create, for a reveal dialog
};

Result<SeededStore> seedStore(const QString& path, int extraKeys = 0);

} // namespace keydesk::test
