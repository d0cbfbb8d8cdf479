// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"

namespace Espalier {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_msecsSinceEpoch(start.toMSecsSinceEpoch())
{}

QDateTime ManualClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecsSinceEpoch.load(), Qt::UTC);
}

void ManualClock::setNow(const QDateTime &now)
{
    m_msecsSinceEpoch.store(now.toMSecsSinceEpoch());
}

void ManualClock::advance(qint64 milliseconds)
{
    m_msecsSinceEpoch.fetch_add(milliseconds);
}

} // namespace Espalier
