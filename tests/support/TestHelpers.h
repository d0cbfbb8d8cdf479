// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "tests/support/WaitFor.h"

#include <QTest>

// Verifies a Result and, only when it failed, prints its error with the detail.
#define QVERIFY_RESULT(expr)                                                                       \
    do {                                                                                           \
        const auto &espalierResult_ = (expr);                                                      \
        if (!espalierResult_) {                                                                    \
            QVERIFY2(false, qPrintable(espalierResult_.error().toString()));                       \
        }                                                                                          \
    } while (false)

// Verifies a Result failed with the given code.
#define QVERIFY_FAILS_WITH(expr, errorCode)                                                        \
    do {                                                                                           \
        const auto &espalierResult_ = (expr);                                                      \
        QVERIFY2(!espalierResult_, "expected a failure, got success");                             \
        QCOMPARE(espalierResult_.error().code, (errorCode));                                       \
    } while (false)
