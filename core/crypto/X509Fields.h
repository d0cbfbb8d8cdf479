// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/crypto: conversions between our certificate field types and OpenSSL's,
// shared by Certificate, CertificateRequest and CertificateBuilder. Includes OpenSSL.

#include "core/common/Result.h"
#include "core/crypto/DistinguishedName.h"
#include "core/crypto/ExtendedKeyUsage.h"
#include "core/crypto/KeyUsage.h"
#include "core/crypto/OpenSslHandles.h"
#include "core/crypto/SubjectAltNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Espalier {

class X509Fields final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::X509Fields)

public:
    X509Fields() = delete;

    // Invalid for an unreadable time.
    [[nodiscard]] static QDateTime toDateTime(const ASN1_TIME *time);
    // UTCTime through 2049, GeneralizedTime after, as RFC 5280 asks.
    [[nodiscard]] static bool setTime(ASN1_TIME *time, const QDateTime &dateTime);

    // Any ASN.1 string type, as UTF-8 text.
    [[nodiscard]] static QString toQString(const ASN1_STRING *string);

    [[nodiscard]] static DistinguishedName toDistinguishedName(const X509_NAME *name);
    [[nodiscard]] static QString toText(const X509_NAME *name);
    // InvalidInput when a field breaks X.520's rules (length, country code).
    [[nodiscard]] static Result<X509NamePtr> toX509Name(const DistinguishedName &name);

    // Entries with an embedded NUL or an IP address of the wrong length are dropped: they are
    // malformed, and a NUL could make one name read as another.
    [[nodiscard]] static SubjectAltNames toSubjectAltNames(const GENERAL_NAMES *names);
    [[nodiscard]] static KeyUsages toKeyUsages(const ASN1_BIT_STRING *bits);
    [[nodiscard]] static ExtendedKeyUsages toExtendedKeyUsages(const EXTENDED_KEY_USAGE *usages);

    // Extensions built from typed values, never from OpenSSL's config strings, so no value can
    // smuggle in another entry. InvalidInput for a name that cannot be encoded.
    [[nodiscard]] static Result<ExtensionPtr> subjectAltNameExtension(const SubjectAltNames &names);
    [[nodiscard]] static Result<ExtensionPtr> keyUsageExtension(KeyUsages usages);
    [[nodiscard]] static Result<ExtensionPtr> extendedKeyUsageExtension(ExtendedKeyUsages usages);
    // The requested extensions of a CSR, or of an issued certificate: SAN, keyUsage and EKU when
    // set, in that order.
    [[nodiscard]] static Result<ExtensionStackPtr> usageExtensions(
        const SubjectAltNames &names, KeyUsages keyUsage, ExtendedKeyUsages extendedKeyUsage);
};

} // namespace Espalier
