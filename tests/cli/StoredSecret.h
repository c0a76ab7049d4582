// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace keydesk::clitest {

// An S3 secret as the store holds it, opened through core (LocalBackend's KEKs for the store,
// S3Secret::open): what an S3 listener on that store would recover.
struct StoredSecret {
    QByteArray secret; // empty on failure
    QString kekId;     // the KEK it is sealed under
    QString error;     // why it did not open; never secret material
};

StoredSecret openStoredSecret(const QString& storeUrl, const QString& accessKeyId);

} // namespace keydesk::clitest
