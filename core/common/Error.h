// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <tl/expected.hpp>

namespace Espalier {

// A failure as a value: a translated message for people and an untranslated detail for logs.
// Private keys, PINs and tokens never go into either text.
struct Error
{
    enum class Code {
        Database,
        Network,
        Tls,
        Crypto,
        InvalidInput,
        NotFound,
        Conflict,
        Keychain,
        Io,
        Unsupported,
        Cancelled,
    };

    Code code = Code::InvalidInput;
    QString message;
    QString detail;

    // "message (detail)" for logs and test failures.
    [[nodiscard]] QString toString() const;
};

[[nodiscard]] QString errorCodeName(Error::Code code);

[[nodiscard]] inline tl::unexpected<Error> fail(Error::Code code,
                                                QString message,
                                                QString detail = {})
{
    return tl::unexpected<Error>(Error{code, std::move(message), std::move(detail)});
}

[[nodiscard]] inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace Espalier

Q_DECLARE_METATYPE(Espalier::Error)
