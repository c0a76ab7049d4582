// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendFactory.h"

#include "LocalBackend.h"
#include "RestBackend.h"
#include "RestErrors.h"

namespace keydesk {

Result<std::unique_ptr<Backend>> openBackend(const StoreUrl& url, const QString& postgresPassword)
{
    if (url.kind == StoreUrl::Kind::Server) {
        auto remote = RestBackend::open(url);
        if (!remote)
            return std::unexpected(remote.error());
        return std::unique_ptr<Backend>(std::move(*remote));
    }
    auto local = LocalBackend::open(url, postgresPassword);
    if (!local)
        return std::unexpected(local.error());
    return std::unique_ptr<Backend>(std::move(*local));
}

bool isConnectionProblem(const Error& error)
{
    return RestErrors::isConnectionProblem(error);
}

} // namespace keydesk
