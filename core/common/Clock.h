// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <atomic>

namespace Espalier {

// The time source for everything that stamps or expires records; tests inject a ManualClock.
// Implementations are thread-safe.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start);

    [[nodiscard]] QDateTime now() const override;
    void setNow(const QDateTime &now);
    void advance(qint64 milliseconds);

private:
    std::atomic<qint64> m_msecsSinceEpoch;
};

} // namespace Espalier
