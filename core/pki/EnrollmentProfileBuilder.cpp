// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/EnrollmentProfileBuilder.h"

#include "core/crypto/Cms.h"
#include "core/crypto/Digest.h"
#include "core/plist/Plist.h"

#include <QUuid>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString freshUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

bool isReverseDns(const QString &identifier)
{
    if (identifier.isEmpty() || identifier.size() > 255 || !identifier.contains(u'.')
        || identifier.startsWith(u'.') || identifier.endsWith(u'.')
        || identifier.contains(u".."_s)) {
        return false;
    }
    for (QChar c : identifier) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')
                        || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

// The SCEP payload's Subject: an X.500 name as an array of RDNs, each an array of one
// [type, value] pair (com.apple.security.scep.yaml).
QVariantList scepSubject(const DistinguishedName &name)
{
    QVariantList subject;
    const auto add = [&subject](const QString &type, const QString &value) {
        if (!value.isEmpty())
            subject.append(QVariant(QVariantList{QVariant(QVariantList{type, value})}));
    };
    add(u"C"_s, name.country);
    add(u"O"_s, name.organization);
    add(u"OU"_s, name.organizationalUnit);
    add(u"CN"_s, name.commonName);
    add(u"0.9.2342.19200300.100.1.1"_s, name.userId); // UID
    return subject;
}

const QStringList &knownServerCapabilities()
{
    static const QStringList capabilities{u"com.apple.mdm.per-user-connections"_s,
                                          u"com.apple.mdm.bootstraptoken"_s,
                                          u"com.apple.mdm.token"_s};
    return capabilities;
}

} // namespace

EnrollmentProfileBuilder::EnrollmentProfileBuilder(Settings settings)
    : m_settings(std::move(settings))
{}

QByteArray EnrollmentProfileBuilder::contentType()
{
    return QByteArrayLiteral("application/x-apple-aspen-config");
}

Result<void> EnrollmentProfileBuilder::validate() const
{
    const Settings &s = m_settings;
    if (!isReverseDns(s.profileIdentifier)) {
        return fail(Error::Code::InvalidInput,
                    tr("The profile identifier must be reverse-DNS, such as "
                       "com.example.mdm.enrollment."),
                    s.profileIdentifier);
    }
    const auto isHttps = [](const QUrl &url) {
        return url.isValid() && url.scheme() == u"https"_s && !url.host().isEmpty();
    };
    if (!isHttps(s.serverUrl)) {
        return fail(Error::Code::InvalidInput,
                    tr("The MDM server URL must be an https:// URL."),
                    s.serverUrl.toString());
    }
    if (!s.checkInUrl.isEmpty() && !isHttps(s.checkInUrl)) {
        return fail(Error::Code::InvalidInput,
                    tr("The check-in URL must be an https:// URL."),
                    s.checkInUrl.toString());
    }
    if (!s.scepUrl.isValid() || s.scepUrl.host().isEmpty()
        || (s.scepUrl.scheme() != u"https"_s && s.scepUrl.scheme() != u"http"_s)) {
        return fail(Error::Code::InvalidInput,
                    tr("The SCEP URL must be an http:// or https:// URL."),
                    s.scepUrl.toString());
    }
    if (!s.topic.startsWith(u"com.apple.mgmt."_s) || s.topic.size() <= 15) {
        return fail(Error::Code::InvalidInput,
                    tr("The push topic must start with com.apple.mgmt.; it comes from the push "
                       "certificate."),
                    s.topic);
    }
    // Apple: never 0; 2 needs 1, 128 needs 64.
    if (s.accessRights < 1 || s.accessRights > AllAccessRights
        || ((s.accessRights & 2) && !(s.accessRights & 1))
        || ((s.accessRights & 128) && !(s.accessRights & 64))) {
        return fail(Error::Code::InvalidInput,
                    tr("The access rights are not a valid combination."),
                    u"AccessRights %1"_s.arg(s.accessRights));
    }
    for (qsizetype i = 0; i < s.serverCapabilities.size(); ++i) {
        const QString &capability = s.serverCapabilities.at(i);
        if (!knownServerCapabilities().contains(capability)
            || s.serverCapabilities.indexOf(capability) != i) {
            return fail(
                Error::Code::InvalidInput,
                tr("\"%1\" is not a server capability, or is listed twice.").arg(capability));
        }
    }
    if (s.identitySubject.commonName.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput, tr("The device identity needs a common name."));
    }
    if (s.caCertificate.isNull()) {
        return fail(Error::Code::InvalidInput,
                    tr("The enrollment profile needs the CA certificate."));
    }
    if (!s.signer.isNull() && (s.signerKey.isNull() || !s.signerKey.matches(s.signer))) {
        return fail(Error::Code::InvalidInput,
                    tr("The key does not belong to the profile signing certificate."));
    }
    return {};
}

Result<QVariantMap> EnrollmentProfileBuilder::payload(const QString &challenge) const
{
    if (Result<void> valid = validate(); !valid)
        return fail(valid.error());
    if (challenge.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The enrollment profile needs the link's SCEP challenge."));
    }
    const Settings &s = m_settings;
    const QString scepUuid = freshUuid();

    QVariantMap scepContent{
        {u"URL"_s, s.scepUrl.toString(QUrl::FullyEncoded)},
        {u"Subject"_s, scepSubject(s.identitySubject)},
        {u"Challenge"_s, challenge},
        {u"Keysize"_s, ScepKeySize},
        {u"Key Type"_s, u"RSA"_s},
        {u"Key Usage"_s, ScepKeyUsage},
        // SHA-1 because that is the fingerprint length every iOS and macOS release accepts; it
        // pins the certificate GetCACert returns and signs nothing.
        {u"CAFingerprint"_s, Digest::sha1(s.caCertificate.toDer())},
    };
    if (!s.scepName.isEmpty())
        scepContent.insert(u"Name"_s, s.scepName);
    const QVariantMap scep{
        {u"PayloadType"_s, u"com.apple.security.scep"_s},
        {u"PayloadVersion"_s, 1},
        {u"PayloadIdentifier"_s, QString(s.profileIdentifier + u".scep"_s)},
        {u"PayloadUUID"_s, scepUuid},
        {u"PayloadDisplayName"_s, tr("Device identity")},
        {u"PayloadContent"_s, scepContent},
    };

    QVariantMap mdm{
        {u"PayloadType"_s, u"com.apple.mdm"_s},
        {u"PayloadVersion"_s, 1},
        {u"PayloadIdentifier"_s, QString(s.profileIdentifier + u".mdm"_s)},
        {u"PayloadUUID"_s, freshUuid()},
        {u"PayloadDisplayName"_s, tr("Device management")},
        {u"ServerURL"_s, s.serverUrl.toString(QUrl::FullyEncoded)},
        {u"Topic"_s, s.topic},
        {u"IdentityCertificateUUID"_s, scepUuid},
        {u"SignMessage"_s, true},
        {u"CheckOutWhenRemoved"_s, true},
        {u"AccessRights"_s, s.accessRights},
        {u"ServerCapabilities"_s, s.serverCapabilities},
        {u"UseDevelopmentAPNS"_s, false},
    };
    if (!s.checkInUrl.isEmpty())
        mdm.insert(u"CheckInURL"_s, s.checkInUrl.toString(QUrl::FullyEncoded));

    QVariantList content{scep, mdm};
    if (s.includeCaRootPayload) {
        // Honoured by macOS. iOS ignores a root inside the enrollment profile: there the CA
        // must be installed (and fully trusted) on its own first (mdm-protocol.md §8.4).
        content.append(QVariantMap{
            {u"PayloadType"_s, u"com.apple.security.root"_s},
            {u"PayloadVersion"_s, 1},
            {u"PayloadIdentifier"_s, QString(s.profileIdentifier + u".ca"_s)},
            {u"PayloadUUID"_s, freshUuid()},
            {u"PayloadDisplayName"_s, s.caCertificate.subject().commonName},
            {u"PayloadCertificateFileName"_s, u"ca.cer"_s},
            {u"PayloadContent"_s, s.caCertificate.toDer()},
        });
    }

    QVariantMap profile{
        {u"PayloadType"_s, u"Configuration"_s},
        {u"PayloadVersion"_s, 1},
        {u"PayloadIdentifier"_s, s.profileIdentifier},
        {u"PayloadUUID"_s, freshUuid()},
        {u"PayloadDisplayName"_s,
         s.displayName.isEmpty() ? tr("Device management") : s.displayName},
        {u"PayloadContent"_s, content},
    };
    if (!s.organization.isEmpty())
        profile.insert(u"PayloadOrganization"_s, s.organization);
    if (!s.description.isEmpty())
        profile.insert(u"PayloadDescription"_s, s.description);
    return profile;
}

Result<EnrollmentProfileBuilder::Profile> EnrollmentProfileBuilder::build(
    const QString &challenge) const
{
    Result<QVariantMap> map = payload(challenge);
    if (!map)
        return fail(map.error());
    Result<QByteArray> xml = Plist::toXml(*map);
    if (!xml)
        return fail(xml.error());
    Profile profile;
    profile.contentType = contentType();
    profile.profileUuid = map->value(u"PayloadUUID"_s).toString();
    if (m_settings.signer.isNull()) {
        profile.body = *xml;
        return profile;
    }
    Result<QByteArray> signedProfile = Cms::signAttached(
        *xml, m_settings.signer, m_settings.signerKey, m_settings.signerChain);
    if (!signedProfile)
        return fail(signedProfile.error());
    profile.body = *signedProfile;
    profile.isSigned = true;
    return profile;
}

} // namespace Espalier
