// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roles/AdminPassword.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/Random.h"

#include <QCoreApplication>
#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace Espalier::AdminPassword {

namespace {

constexpr auto Scheme = "pbkdf2-sha256";
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

Result<QByteArray> derive(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray secret = password.toUtf8();
    QByteArray out(HashBytes, Qt::Uninitialized);
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(),
                                     int(secret.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     int(salt.size()),
                                     iterations,
                                     EVP_sha256(),
                                     HashBytes,
                                     reinterpret_cast<unsigned char *>(out.data()));
    OpenSsl::cleanse(secret);
    if (ok != 1)
        return OpenSsl::failure(Error::Code::Crypto,
                                QCoreApplication::translate("Espalier::AdminPassword",
                                                            "The password could not be hashed."));
    return out;
}

tl::unexpected<Error> badRecord(const QString &why)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate(
                    "Espalier::AdminPassword",
                    "The stored admin password is damaged. Remove it from the system "
                    "keyring and set a new one."),
                why);
}

} // namespace

Result<void> checkAcceptable(const QString &password)
{
    if (password.size() < MinimumLength) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::AdminPassword",
                                                "The admin password needs at least %n characters.",
                                                nullptr,
                                                MinimumLength),
                    u"password too short"_s);
    }
    if (password.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::AdminPassword",
                                                "The admin password cannot be only spaces."),
                    u"blank password"_s);
    }
    return {};
}

Result<QByteArray> hash(const QString &password, int iterations)
{
    if (iterations < MinimumIterations) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::AdminPassword",
                                                "The password could not be hashed."),
                    u"%1 iterations is below the minimum"_s.arg(iterations));
    }
    Result<QByteArray> salt = Random::bytes(SaltBytes);
    if (!salt)
        return fail(salt.error());
    Result<QByteArray> derived = derive(password, *salt, iterations);
    if (!derived)
        return fail(derived.error());
    QByteArray record = QByteArray(Scheme) + '$' + QByteArray::number(iterations) + '$'
                        + salt->toBase64() + '$' + derived->toBase64();
    OpenSsl::cleanse(*derived);
    return record;
}

Result<bool> verify(const QString &password, const QByteArray &record)
{
    const QList<QByteArray> parts = record.split('$');
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return badRecord(u"not a %1 record"_s.arg(QLatin1String(Scheme)));
    bool numeric = false;
    const int iterations = parts.at(1).toInt(&numeric);
    if (!numeric || iterations < MinimumIterations)
        return badRecord(u"bad iteration count"_s);
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts.at(3),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.size() < SaltBytes
        || expected.decoded.size() != HashBytes) {
        return badRecord(u"bad salt or hash"_s);
    }
    Result<QByteArray> derived = derive(password, salt.decoded, iterations);
    if (!derived)
        return fail(derived.error());
    const bool same = CRYPTO_memcmp(derived->constData(), expected.decoded.constData(), HashBytes)
                      == 0;
    OpenSsl::cleanse(*derived);
    return same;
}

} // namespace Espalier::AdminPassword
