// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Error.h"
#include "Principal.h"
#include "Store.h"

#include <expected>
#include <string_view>

namespace keydesk {

enum class AuthFailure {
    Malformed,    // shape or checksum wrong: rejected before any store access
    Unknown,      // no key with that digest (never issued, or revoked: R8)
    WrongSite,    // the key belongs to another site (R10)
    Disabled,     // permission_set none (R7)
    Expired,      // R12
    UserDisabled, // R11
    UserNotInSite,
    StoreFailure,
};

struct AuthError {
    AuthFailure failure;
    Error error;
};

// Key -> principal. One indexed digest lookup joined with the owner; last_use_at is written at
// most once per `coalesceMs` per key.
class Authenticator {
public:
    static constexpr qint64 kDefaultCoalesceMs = 60 * 1000;

    Authenticator(Store& store, Clock clock = systemClock(),
                  qint64 coalesceMs = kDefaultCoalesceMs);

    // `siteId` is the site the key is presented to; nullopt accepts the key's own site (a
    // local session that names no site).
    // `row`, when given, receives the key's stored metadata as this lookup read it (last use
    // updated when it was recorded), so a caller can answer "which key is this" without
    // reading it again.
    std::expected<Principal, AuthError>
    authenticate(std::string_view key, std::optional<qint64> siteId, ApiKey* row = nullptr);

    // Checks an already signed-in principal again (a session's every call): its key may have
    // been revoked (R8), disabled (R7), expired (R12) or its user disabled (R11) since. One
    // lookup by id; the role is refreshed from the user.
    std::expected<Principal, AuthError> recheck(const Principal& principal);

    static Text describeText(AuthFailure failure); // translatable
    static QString describe(AuthFailure failure);  // English

    // The checks every presented key passes (R7, R10-R12), for callers that found the key by
    // other means (an S3 access key id); then noteUse() records its use, coalesced.
    std::expected<Principal, AuthError> check(const KeyWithOwner& found,
                                              std::optional<qint64> siteId);
    void noteUse(ApiKey& stored);

private:
    Store& m_store;
    Clock m_clock;
    qint64 m_coalesceMs;
};

} // namespace keydesk
