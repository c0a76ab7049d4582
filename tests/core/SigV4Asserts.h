// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Assertions shared by the SigV4 suites (tst_SigV4, tst_SigV4Refusals).

#include "SigV4.h"

#include <QTest>

Q_DECLARE_METATYPE(keydesk::sigv4::HttpRequest)
Q_DECLARE_METATYPE(keydesk::sigv4::Failure)

#define SIGV4_EXPECT_OK(expr)                                                                      \
    do {                                                                                           \
        const auto& sigv4_result = (expr);                                                         \
        QVERIFY2(sigv4_result.has_value(),                                                         \
                 sigv4_result.has_value() ? "" : qPrintable(sigv4_result.error().message));        \
    } while (false)

#define SIGV4_EXPECT_FAILURE(expr, expected)                                                       \
    do {                                                                                           \
        const auto& sigv4_result = (expr);                                                         \
        QVERIFY2(!sigv4_result.has_value(), "expected a refusal, got success");                    \
        QCOMPARE(failureName(sigv4_result.error().failure), failureName(expected));                \
        QVERIFY(!sigv4_result.error().message.isEmpty());                                          \
    } while (false)
