// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogging.h"

Q_LOGGING_CATEGORY(lcServer, "keydesk.server")
Q_LOGGING_CATEGORY(lcConnection, "keydesk.server.connection")
Q_LOGGING_CATEGORY(lcRequest, "keydesk.server.request")
