// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "keydesk.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "keydesk.core.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "keydesk.core.service", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "keydesk.core.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSigV4, "keydesk.core.sigv4", QtInfoMsg)
