// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/VendorSigning.h"

#include "core/plist/Plist.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A signed request is a few KB; a certificate file a few more.
constexpr qsizetype MaxFileSize = qsizetype{1024} * 1024;
// Vendor certificate, WWDR intermediate, root: anything much longer is not Apple's chain.
constexpr int MaxChainLength = 8;
constexpr qint64 SoonDays = 30;

QString dateText(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

QString nameOf(const Certificate &certificate)
{
    const QString commonName = certificate.subject().commonName;
    return commonName.isEmpty() ? certificate.subjectText() : commonName;
}

QByteArray withoutWhitespace(QByteArrayView data)
{
    QByteArray compact;
    compact.reserve(data.size());
    for (char c : data) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            compact.append(c);
    }
    return compact;
}

bool looksLikePlist(QByteArrayView data)
{
    return Plist::detectFormat(data.toByteArray()).has_value();
}

tl::unexpected<Error> notASignedRequest(const QString &detail)
{
    return fail(Error::Code::InvalidInput,
                VendorSigning::tr("This file is not a signed push certificate request."),
                detail);
}

} // namespace

Result<Pkcs12::Identity> VendorSigning::readIdentity(QByteArrayView p12, const QString &password)
{
    Result<Pkcs12::Identity> identity = Pkcs12::parse(p12, password);
    if (!identity) {
        Error error = identity.error();
        error.message = tr("The MDM vendor identity could not be opened: %1").arg(error.message);
        return fail(std::move(error));
    }
    return identity;
}

Result<QList<Certificate>> VendorSigning::readCertificates(QByteArrayView file)
{
    if (file.trimmed().isEmpty() || file.size() > MaxFileSize)
        return fail(Error::Code::InvalidInput, tr("The file holds no certificate."));
    if (file.contains("-----BEGIN")) {
        Result<QList<Certificate>> certificates = Certificate::chainFromPem(file);
        if (!certificates) {
            return fail(Error::Code::InvalidInput,
                        tr("The file holds no certificate."),
                        certificates.error().detail);
        }
        return certificates;
    }
    Result<Certificate> certificate = Certificate::fromDer(file);
    if (!certificate) {
        return fail(Error::Code::InvalidInput,
                    tr("The file holds no certificate."),
                    certificate.error().detail);
    }
    return QList<Certificate>{*certificate};
}

Result<QList<Certificate>> VendorSigning::chain(const Certificate &vendor,
                                                const QList<Certificate> &candidates)
{
    if (vendor.isNull())
        return fail(Error::Code::InvalidInput, tr("There is no MDM vendor certificate."));
    QList<Certificate> ordered{vendor};
    Certificate current = vendor;
    while (!current.isSelfSigned()) {
        if (ordered.size() >= MaxChainLength) {
            return fail(Error::Code::InvalidInput,
                        tr("The chain of the MDM vendor certificate is too long to be Apple's."));
        }
        const auto issuer = std::find_if(
            candidates.cbegin(), candidates.cend(), [&](const Certificate &candidate) {
                return !candidate.isNull() && !ordered.contains(candidate)
                       && current.verifySignedBy(candidate);
            });
        if (issuer == candidates.cend()) {
            return fail(Error::Code::InvalidInput,
                        tr("The chain of the MDM vendor certificate is incomplete: the "
                           "certificate of \"%1\", which issued \"%2\", is missing. Apple's "
                           "portal needs the whole chain up to the root: add Apple's WWDR "
                           "intermediate certificate (AppleWWDRCAG3.cer) and the Apple Inc. Root "
                           "certificate (AppleIncRootCertificate.cer), both from "
                           "apple.com/certificateauthority.")
                            .arg(current.issuer().commonName, nameOf(current)),
                        u"no issuer for %1"_s.arg(current.subjectText()));
        }
        ordered.append(*issuer);
        current = *issuer;
    }
    return ordered;
}

VendorSigning::Findings VendorSigning::check(const Pkcs12::Identity &identity,
                                             const QList<Certificate> &extraCertificates,
                                             const QDateTime &now)
{
    Findings findings;
    const Certificate &vendor = identity.certificate;
    if (vendor.isNull() || identity.key.isNull()) {
        findings.problems.append(tr("The file holds no certificate with its private key."));
        return findings;
    }
    if (!identity.key.matches(vendor)) {
        findings.problems.append(tr("The private key in the file does not belong to its "
                                    "certificate."));
    }
    if (vendor.notAfter() <= now) {
        findings.problems.append(
            tr("The MDM vendor certificate \"%1\" expired on %2. Create a new one (MDM CSR) in "
               "your Apple Developer account, and export it with its key as a .p12 file.")
                .arg(nameOf(vendor), dateText(vendor.notAfter())));
    } else if (vendor.notBefore() > now) {
        findings.problems.append(tr("The MDM vendor certificate \"%1\" is not valid until %2. "
                                    "Check that this computer's date and time are right.")
                                     .arg(nameOf(vendor), dateText(vendor.notBefore())));
    } else if (now.msecsTo(vendor.notAfter()) < SoonDays * 24 * 60 * 60 * 1000) {
        findings.warnings.append(
            tr("The MDM vendor certificate expires on %1. Renew it in your Apple Developer "
               "account soon; requests it signed stay valid.")
                .arg(dateText(vendor.notAfter())));
    }
    if (identity.key.algorithm() != KeyAlgorithm::Rsa) {
        findings.problems.append(tr("Apple's portal accepts only requests signed with an RSA key, "
                                    "and this vendor key is not RSA."));
    }
    if (vendor.isCa()) {
        findings.problems.append(tr("\"%1\" is the certificate of a certificate authority, not "
                                    "an MDM vendor certificate.")
                                     .arg(nameOf(vendor)));
    }
    const KeyUsages usage = vendor.keyUsage();
    if (usage && !usage.testFlag(KeyUsage::DigitalSignature)) {
        findings.problems.append(
            tr("The certificate \"%1\" may not be used for signatures.").arg(nameOf(vendor)));
    }
    if (!vendor.subject().commonName.startsWith(u"MDM Vendor"_s, Qt::CaseInsensitive)) {
        findings.warnings.append(
            tr("\"%1\" does not look like an MDM vendor certificate: Apple names those \"MDM "
               "Vendor: <company>\". Apple's portal refuses requests signed with any other kind "
               "of certificate, such as a developer or push certificate.")
                .arg(nameOf(vendor)));
    }

    Result<QList<Certificate>> chain = VendorSigning::chain(vendor,
                                                            identity.chain + extraCertificates);
    if (!chain) {
        findings.problems.append(chain.error().message);
        return findings;
    }
    for (qsizetype i = 1; i < chain->size(); ++i) {
        const Certificate &link = chain->at(i);
        if (link.notAfter() <= now || link.notBefore() > now) {
            findings.problems.append(
                tr("The certificate \"%1\" in the chain is not valid now (it is valid from %2 to "
                   "%3). Download the current one from apple.com/certificateauthority.")
                    .arg(nameOf(link), dateText(link.notBefore()), dateText(link.notAfter())));
        }
    }
    return findings;
}

Result<VendorSigning::Signed> VendorSigning::sign(const CertificateRequest &csr,
                                                  const Pkcs12::Identity &identity,
                                                  const QList<Certificate> &extraCertificates,
                                                  const QDateTime &now)
{
    if (csr.isNull() || !csr.verifySignature()) {
        return fail(Error::Code::InvalidInput,
                    tr("The push certificate request is damaged; start a new one."));
    }
    const Findings findings = check(identity, extraCertificates, now);
    if (!findings.canSign()) {
        return fail(Error::Code::InvalidInput,
                    findings.problems.join(u'\n'),
                    u"vendor %1"_s.arg(identity.certificate.subjectText()));
    }
    Result<QList<Certificate>> chain = VendorSigning::chain(identity.certificate,
                                                            identity.chain + extraCertificates);
    if (!chain)
        return fail(chain.error());
    const QByteArray csrDer = csr.toDer();
    Result<QByteArray> signature = identity.key.signSha256(csrDer);
    if (!signature)
        return fail(signature.error());
    QByteArray chainPem;
    for (const Certificate &certificate : std::as_const(*chain))
        chainPem += certificate.toPem();
    const QVariantMap request{
        {CsrKey.toString(), QString::fromLatin1(csrDer.toBase64())},
        {ChainKey.toString(), QString::fromLatin1(chainPem)},
        {SignatureKey.toString(), QString::fromLatin1(signature->toBase64())},
    };
    Result<QByteArray> plist = Plist::toXml(request);
    if (!plist)
        return fail(plist.error());
    return Signed{plist->toBase64(), findings.warnings};
}

Result<VendorSigning::SignedRequest> VendorSigning::read(QByteArrayView file)
{
    if (file.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("The file is empty."));
    if (file.size() > MaxFileSize)
        return notASignedRequest(u"%1 bytes"_s.arg(file.size()));
    QByteArray plist;
    if (looksLikePlist(file)) {
        plist = file.toByteArray();
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(
            withoutWhitespace(file), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !looksLikePlist(decoded.decoded))
            return notASignedRequest(u"neither a plist nor base64 of one"_s);
        plist = decoded.decoded;
    }
    Result<QVariant> parsed = Plist::parse(plist);
    if (!parsed)
        return notASignedRequest(parsed.error().detail);
    const QVariantMap map = parsed->toMap();
    const auto text = [&map](QStringView key) -> std::optional<QByteArray> {
        const QVariant value = map.value(key.toString());
        if (value.typeId() != QMetaType::QString)
            return std::nullopt;
        return value.toString().toLatin1();
    };
    const std::optional<QByteArray> csrText = text(CsrKey);
    const std::optional<QByteArray> chainText = text(ChainKey);
    const std::optional<QByteArray> signatureText = text(SignatureKey);
    if (!csrText || !chainText || !signatureText)
        return notASignedRequest(u"a key is missing or not a string"_s);

    SignedRequest request;
    const auto csrDer = QByteArray::fromBase64Encoding(withoutWhitespace(*csrText),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    const auto signature = QByteArray::fromBase64Encoding(withoutWhitespace(*signatureText),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!csrDer || !signature || signature.decoded.isEmpty())
        return notASignedRequest(u"CSR or signature is not base64"_s);
    Result<CertificateRequest> csr = CertificateRequest::fromDer(csrDer.decoded);
    if (!csr || !csr->verifySignature())
        return notASignedRequest(u"the CSR does not parse or verify"_s);
    Result<QList<Certificate>> chain = Certificate::chainFromPem(*chainText);
    if (!chain)
        return notASignedRequest(u"no certificate chain: %1"_s.arg(chain.error().detail));
    for (qsizetype i = 0; i + 1 < chain->size(); ++i) {
        if (!chain->at(i).verifySignedBy(chain->at(i + 1))) {
            return fail(Error::Code::InvalidInput,
                        tr("The certificate chain in the signed request is out of order or "
                           "broken; Apple's portal would refuse it."),
                        u"chain link %1 not signed by %2"_s.arg(i).arg(i + 1));
        }
    }
    if (!chain->constFirst().publicKey().verifySha256(csrDer.decoded, signature.decoded)) {
        return fail(Error::Code::Crypto,
                    tr("The signature in the signed request does not match its certificate "
                       "request: the file was changed, or signed with another key."),
                    u"signature by %1"_s.arg(chain->constFirst().subjectText()));
    }
    request.csr = *csr;
    request.csrDer = csrDer.decoded;
    request.chain = *chain;
    request.signature = signature.decoded;
    return request;
}

QByteArray VendorSigning::normalizedUploadFile(QByteArrayView file)
{
    if (looksLikePlist(file))
        return file.toByteArray().toBase64();
    return withoutWhitespace(file);
}

} // namespace Espalier
