// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SecretScanner.h"

#include "core/crypto/PrivateKey.h"
#include "core/store/Database.h"
#include "core/store/SecretStore.h"
#include "tests/support/WaitFor.h"

#include <QFile>
#include <QFuture>
#include <QSqlQuery>
#include <QStringList>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Slices this long cannot turn up by chance, and most of them sit whole inside one page.
constexpr qsizetype SliceLength = 24;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArray utf16(const QByteArray &utf8)
{
    const QString text = QString::fromUtf8(utf8);
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QByteArray bignumParam(const EVP_PKEY *key, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &number) != 1 || !number)
        return {};
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_clear_free(number);
    return bytes;
}

} // namespace

void SecretScanner::addForms(const QString &name, const QString &form, const QByteArray &encoded)
{
    if (encoded.isEmpty())
        return;
    m_needles.append(Needle{name, form, encoded, false});
    if (encoded.size() < SliceLength * 2)
        return;
    const qsizetype slices = encoded.size() / SliceLength;
    for (qsizetype i = 0; i < slices; ++i) {
        m_needles.append(Needle{name,
                                u"slice %1 of %2 (%3)"_s.arg(i + 1).arg(slices).arg(form),
                                encoded.mid(i * SliceLength, SliceLength),
                                false});
    }
}

void SecretScanner::addSecret(const QString &name, const QByteArray &secret, Kind kind)
{
    if (secret.isEmpty())
        return;
    m_names.append(name);
    switch (kind) {
    case Kind::Digits:
        m_needles.append(Needle{name, u"digits"_s, secret, true});
        m_needles.append(Needle{name, u"utf-16"_s, utf16(secret), false});
        return;
    case Kind::Text:
        addForms(name, u"utf-8"_s, secret);
        addForms(name, u"utf-16"_s, utf16(secret));
        return;
    case Kind::Bytes:
        addForms(name, u"raw"_s, secret);
        addForms(name, u"hex"_s, secret.toHex());
        addForms(name, u"HEX"_s, secret.toHex().toUpper());
        addForms(name, u"base64"_s, secret.toBase64(QByteArray::OmitTrailingEquals));
        addForms(name,
                 u"base64url"_s,
                 secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        return;
    }
}

Result<void> SecretScanner::addPrivateKeyPem(const QString &name, const QByteArray &pem)
{
    Result<PrivateKey> key = PrivateKey::fromPem(pem);
    if (!key)
        return fail(key.error());
    Result<QByteArray> der = key->toDer();
    if (!der)
        return fail(der.error());
    m_names.append(name);
    // Whole, and otherwise only the private numbers: the public ones are in certificates,
    // which may be stored anywhere.
    m_needles.append(Needle{name, u"PEM"_s, pem.trimmed(), false});
    m_needles.append(Needle{name, u"DER"_s, *der, false});
    m_needles.append(Needle{name, u"DER as base64"_s, der->toBase64(), false});

    const auto *bytes = reinterpret_cast<const unsigned char *>(der->constData());
    EVP_PKEY *pkey = d2i_AutoPrivateKey(nullptr, &bytes, long(der->size()));
    if (!pkey)
        return fail(Error::Code::Crypto, u"the key's DER does not parse"_s);
    const QList<std::pair<QString, const char *>> numbers{
        {u"RSA d"_s, OSSL_PKEY_PARAM_RSA_D},
        {u"RSA p"_s, OSSL_PKEY_PARAM_RSA_FACTOR1},
        {u"RSA q"_s, OSSL_PKEY_PARAM_RSA_FACTOR2},
        {u"EC private scalar"_s, OSSL_PKEY_PARAM_PRIV_KEY},
    };
    const QByteArray base64 = der->toBase64();
    int found = 0;
    for (const auto &[label, param] : numbers) {
        const QByteArray number = bignumParam(pkey, param);
        if (number.isEmpty())
            continue;
        ++found;
        addForms(name, label, number);
        addForms(name, label + u" hex"_s, number.toHex());
        // The number inside the key's base64 (a PEM file, or a PEM stored as text): every
        // 24-character run that encodes only its bytes, at every 3-byte alignment, so some of
        // them sit between two line breaks of a PEM.
        const qsizetype start = der->indexOf(number);
        if (start < 0)
            continue;
        const qsizetype end = start + number.size();
        for (qsizetype at = (start + 2) / 3 * 3; at + 18 <= end; at += 3) {
            m_needles.append(Needle{name,
                                    label + u" in base64 at DER byte %1"_s.arg(at),
                                    base64.mid(at / 3 * 4, SliceLength),
                                    false});
        }
    }
    EVP_PKEY_free(pkey);
    if (found == 0)
        return fail(Error::Code::Crypto, u"no private numbers in the key"_s);
    return {};
}

Result<int> SecretScanner::addKeychainSecrets(const QString &databasePath,
                                              const QString &keychainService)
{
    Result<std::unique_ptr<Database>> db = Database::openReader(databasePath);
    if (!db)
        return fail(db.error());
    QStringList refs{u"engine/data-key"_s};
    for (const QString &sql : {
             u"SELECT key_ref FROM certificates WHERE key_ref IS NOT NULL"_s,
             u"SELECT key_ref FROM push_certificates"_s,
             u"SELECT key_ref FROM push_certificate_requests"_s,
             u"SELECT encryption_key_ref FROM push_certificate_requests "
             "WHERE encryption_key_ref IS NOT NULL"_s,
             u"SELECT secret_ref FROM lock_pins"_s,
         }) {
        Result<QSqlQuery> rows = (*db)->exec(sql);
        if (!rows)
            return fail(rows.error());
        while (rows->next())
            refs.append(rows->value(0).toString());
    }
    db->reset();
    refs.removeDuplicates();
    SecretStore keychain(keychainService);
    int keys = 0;
    for (const QString &ref : std::as_const(refs)) {
        QFuture<Result<QByteArray>> read = keychain.read(ref);
        if (!waitFor(read, 30000))
            return fail(Error::Code::Keychain, u"keychain read timed out"_s, ref);
        if (!read.result()) {
            // A push request's key goes once its certificate is imported.
            if (read.result().error().code == Error::Code::NotFound)
                continue;
            return fail(read.result().error());
        }
        const QByteArray secret = *read.result();
        if (secret.contains("PRIVATE KEY-----")) {
            if (Result<void> added = addPrivateKeyPem(u"keychain "_s + ref, secret); !added)
                return fail(added.error());
            ++keys;
        } else {
            bool digits = !secret.isEmpty();
            for (char c : secret)
                digits = digits && isDigit(c);
            addSecret(u"keychain "_s + ref, secret, digits ? Kind::Digits : Kind::Bytes);
        }
    }
    return keys;
}

QList<SecretScanner::Finding> SecretScanner::scan(const QByteArray &haystack,
                                                  const QString &where) const
{
    QList<Finding> findings;
    for (const Needle &needle : m_needles) {
        for (qsizetype at = haystack.indexOf(needle.bytes); at >= 0;
             at = haystack.indexOf(needle.bytes, at + 1)) {
            if (needle.digitBoundaries) {
                const qsizetype end = at + needle.bytes.size();
                if ((at > 0 && isDigit(haystack.at(at - 1)))
                    || (end < haystack.size() && isDigit(haystack.at(end))))
                    continue;
            }
            findings.append(Finding{needle.secret, needle.form, where, at});
            break;
        }
    }
    return findings;
}

QList<SecretScanner::Finding> SecretScanner::scanFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return scan(file.readAll(), path);
}

QString SecretScanner::describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        lines.append(u"%1 (%2) in %3 at byte %4"_s.arg(
            finding.secret, finding.form, finding.where, QString::number(finding.offset)));
    }
    return lines.join(u'\n');
}

} // namespace Espalier
