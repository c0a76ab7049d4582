// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace keydesk {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid input");
    case ErrorCode::NotAuthenticated:
        return QStringLiteral("not authenticated");
    case ErrorCode::NotAuthorized:
        return QStringLiteral("not authorized");
    case ErrorCode::NotFound:
        return QStringLiteral("not found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::StoreFailure:
        return QStringLiteral("store failure");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    }
    return QStringLiteral("error");
}

} // namespace keydesk
