// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <expected>

namespace keydesk {

// What went wrong, in categories every front end maps to its own vocabulary: exit codes
// (keydeskctl), HTTP statuses (server), dialogs (console).
enum class ErrorCode {
    InvalidInput,     // the request itself is wrong; nothing was written
    NotAuthenticated, // no key, or the key does not authenticate
    NotAuthorized,    // authenticated, but the policy says no
    NotFound,         // no such object, or not visible to this principal
    Conflict,         // clashes with existing state (duplicate subdomain, store initialised)
    StoreFailure,     // the store could not be read or written
    Unsupported,      // a valid request this build cannot serve (yet)
};

// An error never carries a secret: messages are built from names, ids and limits only.
struct Error {
    ErrorCode code = ErrorCode::StoreFailure;
    QString message; // one English sentence, no trailing period
    QString type;    // Files.com error type, e.g. "not-authorized/site-admin-required"
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString& message, const QString& type = {})
{
    return std::unexpected(Error{code, message, type});
}

QString errorCodeName(ErrorCode code);

} // namespace keydesk
