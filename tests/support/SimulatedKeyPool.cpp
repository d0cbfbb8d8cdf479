// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatedKeyPool.h"

#include <QtConcurrentMap>

#include <numeric>
#include <vector>

namespace Espalier {

SimulatedKeyPool::SimulatedKeyPool(QList<PrivateKey> keys)
    : m_keys(std::move(keys))
{
    Q_ASSERT(!m_keys.isEmpty());
}

Result<std::shared_ptr<SimulatedKeyPool>> SimulatedKeyPool::generate(int count, int bits)
{
    std::vector<int> slots(std::size_t(qMax(count, 1)));
    std::iota(slots.begin(), slots.end(), 0);
    const QList<Result<PrivateKey>> generated
        = QtConcurrent::blockingMapped<QList<Result<PrivateKey>>>(
            slots, [bits](int) { return PrivateKey::generateRsa(bits); });
    QList<PrivateKey> keys;
    for (const Result<PrivateKey> &key : generated) {
        if (!key)
            return fail(key.error());
        keys.append(*key);
    }
    return std::make_shared<SimulatedKeyPool>(std::move(keys));
}

PrivateKey SimulatedKeyPool::next()
{
    return m_keys.at(qsizetype(m_next.fetch_add(1) % quint64(m_keys.size())));
}

} // namespace Espalier
