// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per module. Nothing logged here may contain a key, an S3 secret or a KEK.
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // keydesk.core.store
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // keydesk.core.auth
Q_DECLARE_LOGGING_CATEGORY(lcService) // keydesk.core.service
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)  // keydesk.core.crypto
Q_DECLARE_LOGGING_CATEGORY(lcSigV4)   // keydesk.core.sigv4
