// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

// The server's error JSON ({"error","http-code","title","type"}) back to core errors, and the
// errors of a server that cannot be reached or answers nonsense. No message ever carries a key:
// anything shaped like one is masked, whoever sent it.
namespace keydesk::RestErrors {

// Error::type of a request that never got an HTTP answer (refused, timed out, TLS failed).
QString unreachableType();

// The core error of a non-2xx answer, by its HTTP status (the server's mapping of
// docs/rest-api.md, read backwards), keeping the server's message and Files.com type.
Error fromReply(int status, const QByteArray& body, const QString& server);
// StoreFailure "Cannot reach the KeyDesk server at SERVER (REASON)".
Error unreachable(const QString& server, const QString& reason);
// StoreFailure: the answer is not what the REST contract promises.
Error badAnswer(const QString& server, const QString& what);

// True for errors that mean "the connection is lost" rather than "the server said no": no
// answer at all, or the server cannot reach its store (503).
bool isConnectionProblem(const Error& error);

// Masks anything shaped like a KeyDesk key or S3 secret in text from the network.
QString redactSecrets(QString text);

} // namespace keydesk::RestErrors
