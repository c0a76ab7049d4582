// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyText.h"

#include "RestErrors.h"

#include <QCoreApplication>

namespace keydesk::ui {

namespace {
QString errorWords(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("Policy", "The input was not accepted");
    case ErrorCode::NotAuthenticated:
        return QCoreApplication::translate("Policy", "The API key was not accepted");
    case ErrorCode::NotAuthorized:
        return QCoreApplication::translate("Policy", "You are not allowed to do this");
    case ErrorCode::NotFound:
        return QCoreApplication::translate(
            "Policy", "Not found: it may have been deleted, or you cannot see it");
    case ErrorCode::Conflict:
        return QCoreApplication::translate("Policy",
                                           "This clashes with something that already exists");
    case ErrorCode::StoreFailure:
        return QCoreApplication::translate("Policy", "The key store could not be read or written");
    case ErrorCode::Unsupported:
        return QCoreApplication::translate("Policy", "This store does not support that");
    }
    return QCoreApplication::translate("Policy", "Something went wrong");
}
} // namespace

QString reasonText(DenyReason reason)
{
    switch (reason) {
    case DenyReason::None:
        return {};
    case DenyReason::KeyDisabled:
        return QCoreApplication::translate("Policy", "The API key you signed in with is disabled");
    case DenyReason::KeyNotForManagement:
        return QCoreApplication::translate(
            "Policy", "The API key you signed in with cannot manage keys (its permission set is "
                      "limited)");
    case DenyReason::OtherSite:
        return QCoreApplication::translate("Policy", "You have no access to this site");
    case DenyReason::SiteAdminRequired:
        return QCoreApplication::translate("Policy", "Only site administrators can do this");
    case DenyReason::UserKeysOnly:
        return QCoreApplication::translate("Policy",
                                           "Help-desk staff cannot see or change site-wide keys");
    case DenyReason::OwnKeysOnly:
        return QCoreApplication::translate("Policy", "You can only do this with your own keys");
    case DenyReason::SettingOff:
        return QCoreApplication::translate(
            "Policy", "This site does not let users manage their own API keys");
    case DenyReason::CantActForOtherUser:
        return QCoreApplication::translate(
            "Policy", "Only site administrators can create keys for other users");
    }
    return {};
}

QString createKeyReasonText(DenyReason reason, KeyKind kind)
{
    switch (reason) {
    case DenyReason::SiteAdminRequired:
        return kind == KeyKind::SiteWide
                   ? QCoreApplication::translate(
                         "Policy", "Only site administrators can create site-wide keys")
                   : QCoreApplication::translate("Policy",
                                                 "Only site administrators can create keys here");
    case DenyReason::SettingOff:
        return QCoreApplication::translate(
            "Policy", "This site does not let users create their own API keys; ask a site "
                      "administrator");
    default:
        return reasonText(reason);
    }
}

QString roleText(Role role)
{
    switch (role) {
    case Role::SiteAdmin:
        return QCoreApplication::translate("Policy", "site admin");
    case Role::Helpdesk:
        return QCoreApplication::translate("Policy", "help desk");
    case Role::User:
        return QCoreApplication::translate("Policy", "user");
    }
    return nameOf(role);
}

QString errorText(const Error& error)
{
    if (error.type == RestErrors::unreachableType())
        return QCoreApplication::translate("Policy", "Connection lost: %1")
            .arg(localizedMessage(error));
    if (error.type == QLatin1String("service-unavailable/store-unavailable"))
        return QCoreApplication::translate("Policy", "The database cannot be reached: %1")
            .arg(localizedMessage(error));
    const QString words = errorWords(error.code);
    const QString message = localizedMessage(error);
    if (message.isEmpty())
        return words;
    return QCoreApplication::translate("Policy", "%1: %2").arg(words, message);
}

} // namespace keydesk::ui
