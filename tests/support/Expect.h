// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QTest>

// The one pair of assertion macros for Result<T>: success, or a failure of one ErrorCode.
#define KD_EXPECT_OK(expr)                                                                         \
    do {                                                                                           \
        const auto& kd_result = (expr);                                                            \
        QVERIFY2(kd_result.has_value(),                                                            \
                 kd_result.has_value() ? "" : qPrintable(kd_result.error().message));              \
    } while (false)

#define KD_EXPECT_ERROR(expr, errorCode)                                                           \
    do {                                                                                           \
        const auto& kd_result = (expr);                                                            \
        QVERIFY2(!kd_result.has_value(), "expected a failure, got success");                       \
        QCOMPARE(keydesk::errorCodeName(kd_result.error().code),                                   \
                 keydesk::errorCodeName(errorCode));                                               \
        QVERIFY(!kd_result.error().message.isEmpty());                                             \
    } while (false)
