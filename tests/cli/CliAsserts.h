// SPDX-License-Identifier: GPL-3.0-or-later
// Assertions on a CliResult that print the exit code and a redacted stderr, never a secret.
#pragma once

#include "CliRunner.h"

#include <QTest>

#define CLI_EXPECT_EXIT(result, code)                                                              \
    QVERIFY2(                                                                                      \
        (result).exitCode == (code),                                                               \
        qPrintable(QStringLiteral("expected exit %1; got %2").arg(code).arg((result).describe())))

#define CLI_EXPECT_OK(result) CLI_EXPECT_EXIT(result, 0)

// The expected exit code, stdout empty and exactly one line on stderr.
#define CLI_EXPECT_ERROR(result, code)                                                             \
    do {                                                                                           \
        CLI_EXPECT_EXIT(result, code);                                                             \
        QVERIFY2((result).isOneErrorLine(), qPrintable((result).describe()));                      \
    } while (false)
