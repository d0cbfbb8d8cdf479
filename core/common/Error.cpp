// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

using namespace Qt::StringLiterals;

namespace Espalier {

QString Error::toString() const
{
    if (detail.isEmpty())
        return u"[%1] %2"_s.arg(errorCodeName(code), message);
    return u"[%1] %2 (%3)"_s.arg(errorCodeName(code), message, detail);
}

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Database:
        return u"database"_s;
    case Error::Code::Network:
        return u"network"_s;
    case Error::Code::Tls:
        return u"tls"_s;
    case Error::Code::Crypto:
        return u"crypto"_s;
    case Error::Code::InvalidInput:
        return u"invalid-input"_s;
    case Error::Code::NotFound:
        return u"not-found"_s;
    case Error::Code::Conflict:
        return u"conflict"_s;
    case Error::Code::Keychain:
        return u"keychain"_s;
    case Error::Code::Io:
        return u"io"_s;
    case Error::Code::Unsupported:
        return u"unsupported"_s;
    case Error::Code::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

} // namespace Espalier
