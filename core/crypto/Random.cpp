// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Random.h"

#include "core/crypto/OpenSsl.h"

#include <QCoreApplication>

#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace Espalier::Random {

Result<QByteArray> bytes(qsizetype count)
{
    constexpr qsizetype MaxCount = qsizetype{1024} * 1024;
    if (count < 1 || count > MaxCount) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::Random",
                                                "The amount of random data is out of range."),
                    u"count=%1"_s.arg(count));
    }
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), static_cast<int>(count)) != 1) {
        return OpenSsl::failure(
            Error::Code::Crypto,
            QCoreApplication::translate("Espalier::Random", "No random data is available."));
    }
    return out;
}

} // namespace Espalier::Random
