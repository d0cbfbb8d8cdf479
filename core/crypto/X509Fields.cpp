// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/X509Fields.h"

#include "core/crypto/OpenSsl.h"

#include <QCoreApplication>
#include <QUrl>

#include <openssl/err.h>

#include <array>
#include <ctime>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// RFC 5280 bit positions, in the order of the KeyUsage enum.
constexpr std::array<std::pair<KeyUsage, int>, 9> KeyUsageBits{{
    {KeyUsage::DigitalSignature, 0},
    {KeyUsage::NonRepudiation, 1},
    {KeyUsage::KeyEncipherment, 2},
    {KeyUsage::DataEncipherment, 3},
    {KeyUsage::KeyAgreement, 4},
    {KeyUsage::KeyCertSign, 5},
    {KeyUsage::CrlSign, 6},
    {KeyUsage::EncipherOnly, 7},
    {KeyUsage::DecipherOnly, 8},
}};

constexpr std::array<std::pair<ExtendedKeyUsage, int>, 7> ExtendedKeyUsageNids{{
    {ExtendedKeyUsage::ServerAuth, NID_server_auth},
    {ExtendedKeyUsage::ClientAuth, NID_client_auth},
    {ExtendedKeyUsage::CodeSigning, NID_code_sign},
    {ExtendedKeyUsage::EmailProtection, NID_email_protect},
    {ExtendedKeyUsage::TimeStamping, NID_time_stamp},
    {ExtendedKeyUsage::OcspSigning, NID_OCSP_sign},
    {ExtendedKeyUsage::Any, NID_anyExtendedKeyUsage},
}};

QString firstEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    return X509Fields::toQString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

// An IA5String's bytes, or nothing if they hold a NUL.
std::optional<QString> ia5Text(const ASN1_IA5STRING *string)
{
    const auto *data = reinterpret_cast<const char *>(ASN1_STRING_get0_data(string));
    const int length = ASN1_STRING_length(string);
    if (!data || length < 0)
        return std::nullopt;
    const QByteArrayView bytes(data, length);
    if (bytes.contains('\0'))
        return std::nullopt;
    return QString::fromUtf8(bytes);
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Adds one GeneralName of IA5String kind (DNS, email, URI).
bool pushIa5(GENERAL_NAMES *names, int type, const QByteArray &value)
{
    GENERAL_NAME *name = GENERAL_NAME_new();
    ASN1_IA5STRING *string = ASN1_IA5STRING_new();
    if (!name || !string
        || !ASN1_STRING_set(string, value.constData(), static_cast<int>(value.size()))) {
        GENERAL_NAME_free(name);
        ASN1_IA5STRING_free(string);
        return false;
    }
    GENERAL_NAME_set0_value(name, type, string);
    if (!sk_GENERAL_NAME_push(names, name)) {
        GENERAL_NAME_free(name);
        return false;
    }
    return true;
}

bool pushIp(GENERAL_NAMES *names, const QByteArray &address)
{
    GENERAL_NAME *name = GENERAL_NAME_new();
    ASN1_OCTET_STRING *octets = ASN1_OCTET_STRING_new();
    if (!name || !octets
        || !ASN1_OCTET_STRING_set(octets,
                                  reinterpret_cast<const unsigned char *>(address.constData()),
                                  static_cast<int>(address.size()))) {
        GENERAL_NAME_free(name);
        ASN1_OCTET_STRING_free(octets);
        return false;
    }
    GENERAL_NAME_set0_value(name, GEN_IPADD, octets);
    if (!sk_GENERAL_NAME_push(names, name)) {
        GENERAL_NAME_free(name);
        return false;
    }
    return true;
}

QByteArray ipBytes(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol: {
        const quint32 v4 = address.toIPv4Address();
        const char bytes[4] = {static_cast<char>(v4 >> 24),
                               static_cast<char>(v4 >> 16),
                               static_cast<char>(v4 >> 8),
                               static_cast<char>(v4)};
        return QByteArray(bytes, 4);
    }
    case QAbstractSocket::IPv6Protocol: {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    }
    default:
        return {};
    }
}

} // namespace

QDateTime X509Fields::toDateTime(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime clock(tm.tm_hour, tm.tm_min, tm.tm_sec);
    if (!date.isValid() || !clock.isValid())
        return {};
    return QDateTime(date, clock, Qt::UTC);
}

bool X509Fields::setTime(ASN1_TIME *time, const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return false;
    const int year = dateTime.toUTC().date().year();
    if (year < 1950 || year > 9999)
        return false;
    return ASN1_TIME_set(time, static_cast<time_t>(dateTime.toSecsSinceEpoch())) != nullptr;
}

QString X509Fields::toQString(const ASN1_STRING *string)
{
    if (!string)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8),
                                     static_cast<qsizetype>(length));
    OPENSSL_free(utf8);
    return text;
}

DistinguishedName X509Fields::toDistinguishedName(const X509_NAME *name)
{
    DistinguishedName dn;
    if (!name)
        return dn;
    dn.commonName = firstEntry(name, NID_commonName);
    dn.organization = firstEntry(name, NID_organizationName);
    dn.organizationalUnit = firstEntry(name, NID_organizationalUnitName);
    dn.country = firstEntry(name, NID_countryName);
    dn.userId = firstEntry(name, NID_userId);
    return dn;
}

QString X509Fields::toText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 order and escaping, but UTF-8 kept as UTF-8 rather than \XX escapes.
    if (!name || !bio
        || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        ERR_clear_error();
        return {};
    }
    return QString::fromUtf8(OpenSslHandles::bioContents(bio.get()));
}

Result<X509NamePtr> X509Fields::toX509Name(const DistinguishedName &dn)
{
    if (!dn.country.isEmpty()
        && (dn.country.size() != 2 || !dn.country.at(0).isLetter() || !dn.country.at(1).isLetter()
            || !isAscii(dn.country))) {
        return fail(Error::Code::InvalidInput,
                    tr("The country must be a two-letter code such as \"US\"."));
    }
    X509NamePtr name(X509_NAME_new());
    if (!name)
        return OpenSsl::failure(Error::Code::Crypto, tr("The name could not be built."));
    // Broad to narrow, the usual order; Apple's own certificates read the other way round,
    // and both are valid.
    const std::array<std::pair<int, const QString *>, 5> fields{{
        {NID_countryName, &dn.country},
        {NID_organizationName, &dn.organization},
        {NID_organizationalUnitName, &dn.organizationalUnit},
        {NID_commonName, &dn.commonName},
        {NID_userId, &dn.userId},
    }};
    for (const auto &[nid, value] : fields) {
        if (value->isEmpty())
            continue;
        const QByteArray utf8 = value->toUtf8();
        // OpenSSL's string table enforces X.520's lengths (64 for a common name) and types.
        if (!X509_NAME_add_entry_by_NID(name.get(),
                                        nid,
                                        MBSTRING_UTF8,
                                        reinterpret_cast<const unsigned char *>(utf8.constData()),
                                        static_cast<int>(utf8.size()),
                                        -1,
                                        0)) {
            return OpenSsl::failure(Error::Code::InvalidInput,
                                    tr("The name field \"%1\" is too long or not allowed there.")
                                        .arg(QString::fromLatin1(OBJ_nid2sn(nid))));
        }
    }
    return name;
}

SubjectAltNames X509Fields::toSubjectAltNames(const GENERAL_NAMES *names)
{
    SubjectAltNames result;
    const int count = names ? sk_GENERAL_NAME_num(names) : 0;
    for (int i = 0; i < count; ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        int type = 0;
        const void *value = GENERAL_NAME_get0_value(name, &type);
        if (!value)
            continue;
        switch (type) {
        case GEN_DNS:
        case GEN_EMAIL:
        case GEN_URI: {
            const std::optional<QString> text = ia5Text(static_cast<const ASN1_IA5STRING *>(value));
            if (!text)
                break;
            QStringList &list = type == GEN_DNS     ? result.dnsNames
                                : type == GEN_EMAIL ? result.emailAddresses
                                                    : result.uris;
            list.append(*text);
            break;
        }
        case GEN_IPADD: {
            const auto *octets = static_cast<const ASN1_OCTET_STRING *>(value);
            const int length = ASN1_STRING_length(octets);
            const unsigned char *data = ASN1_STRING_get0_data(octets);
            if (length == 4) {
                result.ipAddresses.append(QHostAddress(quint32(data[0]) << 24
                                                       | quint32(data[1]) << 16
                                                       | quint32(data[2]) << 8 | quint32(data[3])));
            } else if (length == 16) {
                result.ipAddresses.append(QHostAddress(data));
            }
            break;
        }
        default:
            break;
        }
    }
    return result;
}

KeyUsages X509Fields::toKeyUsages(const ASN1_BIT_STRING *bits)
{
    KeyUsages usages;
    if (!bits)
        return usages;
    for (const auto &[usage, bit] : KeyUsageBits) {
        if (ASN1_BIT_STRING_get_bit(bits, bit))
            usages |= usage;
    }
    return usages;
}

ExtendedKeyUsages X509Fields::toExtendedKeyUsages(const EXTENDED_KEY_USAGE *usages)
{
    ExtendedKeyUsages result;
    const int count = usages ? sk_ASN1_OBJECT_num(usages) : 0;
    for (int i = 0; i < count; ++i) {
        const int nid = OBJ_obj2nid(sk_ASN1_OBJECT_value(usages, i));
        for (const auto &[usage, usageNid] : ExtendedKeyUsageNids) {
            if (nid == usageNid)
                result |= usage;
        }
    }
    return result;
}

Result<ExtensionPtr> X509Fields::subjectAltNameExtension(const SubjectAltNames &names)
{
    const auto failed = [] {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The alternative names could not be built."));
    };
    GeneralNamesPtr general(GENERAL_NAMES_new());
    if (!general)
        return failed();
    for (const QString &dns : names.dnsNames) {
        // toAce() turns unicode labels into punycode and refuses what no DNS name can be; a
        // leading "*." wildcard is kept as it is.
        const bool wildcard = dns.startsWith(u"*."_s);
        const QByteArray ace = QUrl::toAce(wildcard ? dns.mid(2) : dns);
        if (ace.isEmpty() || ace.contains(' ') || ace.contains('*'))
            return fail(Error::Code::InvalidInput, tr("\"%1\" is not a valid DNS name.").arg(dns));
        if (!pushIa5(general.get(), GEN_DNS, wildcard ? QByteArrayLiteral("*.") + ace : ace))
            return failed();
    }
    for (const QHostAddress &address : names.ipAddresses) {
        const QByteArray bytes = ipBytes(address);
        if (bytes.isEmpty()) {
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not a valid IP address.").arg(address.toString()));
        }
        if (!pushIp(general.get(), bytes))
            return failed();
    }
    for (const QString &email : names.emailAddresses) {
        if (!isAscii(email) || email.count(u'@') != 1 || email.startsWith(u'@')
            || email.endsWith(u'@')) {
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not a valid e-mail address.").arg(email));
        }
        if (!pushIa5(general.get(), GEN_EMAIL, email.toLatin1()))
            return failed();
    }
    for (const QString &uri : names.uris) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!isAscii(uri) || !url.isValid() || url.scheme().isEmpty())
            return fail(Error::Code::InvalidInput, tr("\"%1\" is not a valid URI.").arg(uri));
        if (!pushIa5(general.get(), GEN_URI, uri.toLatin1()))
            return failed();
    }
    ExtensionPtr extension(X509V3_EXT_i2d(NID_subject_alt_name, 0, general.get()));
    if (!extension)
        return failed();
    return extension;
}

Result<ExtensionPtr> X509Fields::keyUsageExtension(KeyUsages usages)
{
    const auto failed = [] {
        return OpenSsl::failure(Error::Code::Crypto, tr("The key usage could not be built."));
    };
    std::unique_ptr<ASN1_BIT_STRING, OpenSslDeleter<&ASN1_BIT_STRING_free>> bits(
        ASN1_BIT_STRING_new());
    if (!bits)
        return failed();
    for (const auto &[usage, bit] : KeyUsageBits) {
        if (usages.testFlag(usage) && !ASN1_BIT_STRING_set_bit(bits.get(), bit, 1))
            return failed();
    }
    // Critical, as RFC 5280 recommends for keyUsage.
    ExtensionPtr extension(X509V3_EXT_i2d(NID_key_usage, 1, bits.get()));
    if (!extension)
        return failed();
    return extension;
}

Result<ExtensionPtr> X509Fields::extendedKeyUsageExtension(ExtendedKeyUsages usages)
{
    const auto failed = [] {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The extended key usage could not be built."));
    };
    std::unique_ptr<EXTENDED_KEY_USAGE, OpenSslDeleter<&EXTENDED_KEY_USAGE_free>> objects(
        EXTENDED_KEY_USAGE_new());
    if (!objects)
        return failed();
    for (const auto &[usage, nid] : ExtendedKeyUsageNids) {
        // OBJ_nid2obj returns a static object; the stack's free function leaves those alone.
        if (usages.testFlag(usage) && !sk_ASN1_OBJECT_push(objects.get(), OBJ_nid2obj(nid)))
            return failed();
    }
    ExtensionPtr extension(X509V3_EXT_i2d(NID_ext_key_usage, 0, objects.get()));
    if (!extension)
        return failed();
    return extension;
}

Result<ExtensionStackPtr> X509Fields::usageExtensions(const SubjectAltNames &names,
                                                      KeyUsages keyUsage,
                                                      ExtendedKeyUsages extendedKeyUsage)
{
    ExtensionStackPtr stack(sk_X509_EXTENSION_new_null());
    if (!stack)
        return OpenSsl::failure(Error::Code::Crypto, tr("The extensions could not be built."));
    const auto push = [&stack](Result<ExtensionPtr> extension) -> Result<void> {
        if (!extension)
            return fail(extension.error());
        X509_EXTENSION *raw = extension->release();
        if (!sk_X509_EXTENSION_push(stack.get(), raw)) {
            X509_EXTENSION_free(raw);
            return OpenSsl::failure(Error::Code::Crypto, tr("The extensions could not be built."));
        }
        return {}; // the stack owns it now
    };
    if (!names.isEmpty()) {
        if (Result<void> pushed = push(subjectAltNameExtension(names)); !pushed)
            return fail(pushed.error());
    }
    if (keyUsage) {
        if (Result<void> pushed = push(keyUsageExtension(keyUsage)); !pushed)
            return fail(pushed.error());
    }
    if (extendedKeyUsage) {
        if (Result<void> pushed = push(extendedKeyUsageExtension(extendedKeyUsage)); !pushed)
            return fail(pushed.error());
    }
    return stack;
}

} // namespace Espalier
