// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
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

// Waits until the newest emission of a state signal carries `state` as its first argument. A
// spy made after start-up may still see an older state arrive first: waiting for any emission
// would take that one for the answer.
inline bool waitForState(QSignalSpy &spy, const QVariant &state, int timeoutMs = 30000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (spy.isEmpty() || spy.last().at(0) != state) {
        if (deadline.hasExpired() || !spy.wait(int(deadline.remainingTime())))
            return false;
    }
    return true;
}
