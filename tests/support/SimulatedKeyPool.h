// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/PrivateKey.h"

#include <QList>

#include <atomic>
#include <memory>

namespace Espalier {

// RSA keys made once and handed out in turn, so a benchmark of a thousand simulated devices
// does not spend minutes generating keys. Devices that share a key still get certificates of
// their own; a server binding certificates (not keys) to enrollments tells them apart. Share
// one pool through a std::shared_ptr; next() is thread-safe.
class SimulatedKeyPool final
{
public:
    explicit SimulatedKeyPool(QList<PrivateKey> keys);

    // count keys of bits each, made on the global thread pool; blocks until they are all made,
    // so call it while setting a benchmark up, not from a running simulation.
    [[nodiscard]] static Result<std::shared_ptr<SimulatedKeyPool>> generate(int count,
                                                                            int bits = 2048);

    [[nodiscard]] PrivateKey next();

    [[nodiscard]] qsizetype size() const { return m_keys.size(); }

private:
    const QList<PrivateKey> m_keys;
    std::atomic<quint64> m_next{0};
};

} // namespace Espalier
