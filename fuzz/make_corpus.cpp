// SPDX-License-Identifier: GPL-3.0-or-later
// Writes fuzz/data (the fuzz CA and a device identity it issued, made once and then kept) and
// the seed corpus of every target under fuzz/corpus, from the project's own code and test data:
//   build/<dir>/fuzz/fuzz_make_corpus <source dir>
// Rerun it when an input format changes; it replaces the files it writes and leaves others.
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Cms.h"
#include "core/engine/AdminCommandFactory.h"
#include "core/pki/EnrollmentProfileBuilder.h"
#include "core/plist/Plist.h"
#include "core/profiles/MobileConfig.h"
#include "core/profiles/ProfileTemplates.h"
#include "fuzz/FuzzSupport.h"
#include "tests/support/SimulatedScepMessage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

QDir s_source;

void write(const QString &relativePath, const QByteArray &content)
{
    const QString path = s_source.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        FuzzSupport::fatal("cannot write a corpus file");
}

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        FuzzSupport::fatal("cannot read test data");
    return file.readAll();
}

template<typename T>
T check(Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.error().toString()));
        FuzzSupport::fatal(what);
    }
    return std::move(*result);
}

QFileInfoList files(const QString &relativeDir)
{
    return QDir(s_source.filePath(relativeDir)).entryInfoList(QDir::Files, QDir::Name);
}

void makeFixtures()
{
    if (QFile::exists(s_source.filePath(u"fuzz/data/ca.pem"_s)))
        return;
    const QDateTime issued(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const CertificateAuthority authority = check(
        CertificateAuthority::generate(
            {.subject = {.commonName = u"Espalier Fuzz CA"_s, .organization = u"Espalier"_s},
             .keyBits = 2048,
             .validityDays = 7300},
            issued),
        "the CA");
    const PrivateKey key = check(PrivateKey::generateRsa(2048), "the device key");
    const CertificateRequest csr = check(
        CertificateRequest::create({.subject = {.commonName = u"Espalier Fuzz Device"_s}}, key),
        "the device request");
    const Certificate identity = check(authority.issueDeviceIdentity(csr, issued, 1825),
                                       "the device identity");
    write(u"fuzz/data/ca.pem"_s, authority.certificate().toPem());
    write(u"fuzz/data/ca.key.pem"_s, check(authority.key().toPem(), "the CA key"));
    write(u"fuzz/data/device.pem"_s, identity.toPem());
    write(u"fuzz/data/device.key.pem"_s, check(key.toPem(), "the device key"));
}

// Check-ins and reports of the MDM tests, as the fuzz device: its UDID, so they reach past the
// enrollment lookup.
QList<QPair<QString, QByteArray>> mdmMessages()
{
    QList<QPair<QString, QByteArray>> messages;
    for (const QString &dir :
         {u"tests/core/mdm/data/checkin"_s, u"tests/core/mdm/data/reports"_s}) {
        for (const QFileInfo &info : files(dir)) {
            QVariantMap dict = check(Plist::parse(read(info.filePath())), "a test plist").toMap();
            if (dict.contains(u"UDID"_s))
                dict.insert(u"UDID"_s, QString::fromUtf16(FuzzSupport::Udid));
            messages.append({info.completeBaseName(), check(Plist::toXml(dict), "XML")});
        }
    }
    return messages;
}

void plistCorpus(const QList<QPair<QString, QByteArray>> &messages)
{
    for (const auto &[name, xml] : messages) {
        write(u"fuzz/corpus/plist/%1.xml"_s.arg(name), xml);
        const QVariant value = check(Plist::parse(xml), "a message");
        write(u"fuzz/corpus/plist/%1.bin"_s.arg(name), check(Plist::toBinary(value), "binary"));
    }
    // The plist tests' malformed inputs: every way of being wrong they thought of.
    for (const QFileInfo &info : files(u"tests/core/plist/data/malformed"_s))
        write(u"fuzz/corpus/plist/malformed-%1"_s.arg(info.fileName()), read(info.filePath()));
    const QVariantMap everyType{
        {u"string"_s, u"caf\u00e9 \U0001F34E"_s},
        {u"integer"_s, qint64(-42)},
        {u"big"_s, quint64(18446744073709551615ULL)},
        {u"real"_s, 2.5},
        {u"true"_s, true},
        {u"date"_s, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC)},
        {u"data"_s, QByteArray("\x00\x01\xfe\xff", 4)},
        {u"uid"_s, QVariant::fromValue(PlistUid{7})},
        {u"array"_s, QVariantList{QVariant(QVariantList{QVariantMap{{u"k"_s, u"v"_s}}})}},
    };
    write(u"fuzz/corpus/plist/every-type.xml"_s, check(Plist::toXml(everyType), "XML"));
    write(u"fuzz/corpus/plist/every-type.bin"_s, check(Plist::toBinary(everyType), "binary"));
}

void checkinCorpus(const QList<QPair<QString, QByteArray>> &messages)
{
    for (const auto &[name, xml] : messages) {
        write(u"fuzz/corpus/checkin/%1.xml"_s.arg(name), xml);
        const QVariant value = check(Plist::parse(xml), "a message");
        write(u"fuzz/corpus/checkin/%1.bin"_s.arg(name), check(Plist::toBinary(value), "binary"));
    }
}

QByteArray signatureInput(const QByteArray &signature, const QByteArray &body)
{
    QByteArray input;
    input.append(char(signature.size() >> 8 & 0xff));
    input.append(char(signature.size() & 0xff));
    return input + signature + body;
}

void mdmSignatureCorpus(const QList<QPair<QString, QByteArray>> &messages)
{
    const Certificate &identity = FuzzSupport::deviceIdentity();
    const PrivateKey &key = FuzzSupport::deviceKey();
    int count = 0;
    for (const auto &[name, body] : messages) {
        if (++count > 6)
            break;
        const QByteArray signature = check(Cms::signDetached(body, identity, key), "signing");
        write(u"fuzz/corpus/mdm_signature/%1"_s.arg(name), signatureInput(signature, body));
    }
    const QByteArray body = messages.constFirst().second;
    // With the CA in the chain, as some devices send it.
    const QByteArray chained = check(
        Cms::signDetached(body, identity, key, {FuzzSupport::certificateAuthority().certificate()}),
        "signing");
    write(u"fuzz/corpus/mdm_signature/with-chain"_s, signatureInput(chained, body));
    // Edge cases: the body changed after signing, and a signer we did not issue.
    write(u"fuzz/corpus/mdm_signature/changed-body"_s,
          signatureInput(check(Cms::signDetached(body, identity, key), "signing"), body + ' '));
    const CertificateAuthority &authority = FuzzSupport::certificateAuthority();
    write(u"fuzz/corpus/mdm_signature/ca-signed"_s,
          signatureInput(
              check(Cms::signDetached(body, authority.certificate(), authority.key()), "signing"),
              body));
    write(u"fuzz/corpus/mdm_signature/empty"_s, QByteArray(2, '\0'));
}

void scepCorpus()
{
    const Certificate &ca = FuzzSupport::certificateAuthority().certificate();
    const PrivateKey &key = FuzzSupport::deviceKey();
    const Certificate &signer = FuzzSupport::deviceIdentity();

    struct Variant
    {
        QString name;
        SimulatedScepMessage::Cipher cipher;
        SimulatedOpenSsl::DigestAlgorithm digest;
        QString challenge;
        int keyUsage;
    };

    const QList<Variant> variants{
        {u"aes256-sha256"_s,
         SimulatedScepMessage::Cipher::Aes256Cbc,
         SimulatedOpenSsl::DigestAlgorithm::Sha256,
         u"3f9a1c7e5b2d4f60"_s,
         5},
        {u"des3-sha1"_s,
         SimulatedScepMessage::Cipher::TripleDesCbc,
         SimulatedOpenSsl::DigestAlgorithm::Sha1,
         u"0123456789abcdef"_s,
         1},
        {u"no-challenge"_s,
         SimulatedScepMessage::Cipher::Aes256Cbc,
         SimulatedOpenSsl::DigestAlgorithm::Sha256,
         QString(),
         0},
    };
    for (const Variant &variant : variants) {
        const QByteArray csr = check(
            SimulatedScepMessage::createCsr(
                {.subject = {{{u"CN"_s, u"Espalier Fuzz Device"_s}}, {{u"O"_s, u"Espalier"_s}}},
                 .challengePassword = variant.challenge,
                 .keyUsage = variant.keyUsage,
                 .dnsNames = {},
                 .emailAddresses = {},
                 .uris = {}},
                key,
                variant.digest),
            "a CSR");
        const SimulatedScepMessage::PkcsReq pkcsReq = check(
            SimulatedScepMessage::createPkcsReq(
                csr, key, signer, ca, variant.cipher, variant.digest),
            "a PKCSReq");
        write(u"fuzz/corpus/scep/post-%1"_s.arg(variant.name), '\0' + pkcsReq.der);
        write(u"fuzz/corpus/scep/get-%1"_s.arg(variant.name), '\1' + pkcsReq.der.toBase64());
        write(u"fuzz/corpus/scep/csr-%1"_s.arg(variant.name), '\2' + csr);
    }
    write(u"fuzz/corpus/scep/get-url-safe"_s, "\1AAEC-_8%2B%0A==");
}

QByteArray request(const QByteArray &line, const QJsonObject &body = {})
{
    return line + '\n' + (body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
}

void adminApiCorpus()
{
    const QString udid = QString::fromUtf16(FuzzSupport::Udid);
    write(u"fuzz/corpus/admin_api/devices"_s, request("GET /v1/devices"));
    write(u"fuzz/corpus/admin_api/enrollments"_s, request("GET /v1/enrollments"));
    write(u"fuzz/corpus/admin_api/command-types"_s, request("GET /v1/command-types"));
    write(u"fuzz/corpus/admin_api/commands-query"_s,
          request("GET /v1/commands?state=queued&limit=10&enrollment=" + udid.toLatin1()));
    write(u"fuzz/corpus/admin_api/command-show"_s,
          request("GET /v1/commands/6F2C8A4E-0B1D-4E3F-9A7C-5D6E7F809A1B"));
    write(u"fuzz/corpus/admin_api/command-cancel"_s,
          request("DELETE /v1/commands/6F2C8A4E-0B1D-4E3F-9A7C-5D6E7F809A1B"));
    write(u"fuzz/corpus/admin_api/command-retry"_s,
          request("POST /v1/commands/6F2C8A4E-0B1D-4E3F-9A7C-5D6E7F809A1B/retry"));
    write(u"fuzz/corpus/admin_api/links"_s, request("GET /v1/enrollment-links"));
    write(u"fuzz/corpus/admin_api/link-create"_s,
          request("POST /v1/enrollment-links",
                  {{u"label"_s, u"Front desk"_s},
                   {u"max_uses"_s, 3},
                   {u"expires_at"_s, u"2027-07-01T12:00:00Z"_s}}));
    write(u"fuzz/corpus/admin_api/link-revoke"_s, request("DELETE /v1/enrollment-links/1"));
    const QByteArray raw = check(
        Plist::toXml(QVariantMap{{u"RequestType"_s, u"ProfileList"_s}, {u"ManagedOnly"_s, true}}),
        "a raw command");
    write(u"fuzz/corpus/admin_api/raw"_s,
          request("POST /v1/commands",
                  {{u"enrollments"_s, QJsonArray{udid}},
                   {u"raw"_s, QString::fromLatin1(raw.toBase64())},
                   {u"expires_at"_s, u"2027-07-01T12:00:00Z"_s}}));
    // One typed request per command type, every parameter filled in.
    for (const AdminCommandFactory::CommandType &type : AdminCommandFactory::types()) {
        QJsonObject params;
        for (const AdminCommandFactory::Parameter &parameter : type.parameters) {
            switch (parameter.kind) {
            case AdminCommandFactory::Kind::String:
                params.insert(parameter.name,
                              parameter.choices.isEmpty() ? u"123456"_s
                                                          : parameter.choices.constFirst());
                break;
            case AdminCommandFactory::Kind::Boolean:
                params.insert(parameter.name, true);
                break;
            case AdminCommandFactory::Kind::StringList:
                params.insert(parameter.name, QJsonArray{u"com.example.app"_s});
                break;
            case AdminCommandFactory::Kind::Data:
                params.insert(parameter.name, u"AAECAw=="_s);
                break;
            }
        }
        write(u"fuzz/corpus/admin_api/type-%1"_s.arg(type.type),
              QJsonDocument(QJsonObject{{u"enrollments"_s, QJsonArray{udid}},
                                        {u"type"_s, type.type},
                                        {u"params"_s, params}})
                  .toJson(QJsonDocument::Compact));
    }
}

void mobileconfigCorpus()
{
    const CertificateAuthority &authority = FuzzSupport::certificateAuthority();
    int index = 0;
    for (const ProfileTemplates::Kind kind : ProfileTemplates::all()) {
        const ProfileDocument document = ProfileTemplates::create(kind);
        const QString name = u"fuzz/corpus/mobileconfig/template-%1"_s.arg(++index);
        const QByteArray xml = check(MobileConfig::write(document, Plist::Format::Xml), "XML");
        write(name + u".mobileconfig"_s, xml);
        write(name + u"-binary.mobileconfig"_s,
              check(MobileConfig::write(document, Plist::Format::Binary), "binary"));
        if (index == 1) {
            write(name + u"-signed.mobileconfig"_s,
                  check(MobileConfig::sign(xml, authority.certificate(), authority.key()),
                        "signing"));
        }
    }
    // The enrollment profile the engine serves, signed and bare.
    EnrollmentProfileBuilder::Settings settings;
    settings.profileIdentifier = u"com.example.espalier.enrollment"_s;
    settings.displayName = u"Espalier Enrollment"_s;
    settings.organization = u"Example Org"_s;
    settings.serverUrl = QUrl(u"https://mdm.example.com:8443/mdm/connect"_s);
    settings.checkInUrl = QUrl(u"https://mdm.example.com:8443/mdm/checkin"_s);
    settings.topic = QString::fromUtf16(FuzzSupport::Topic);
    settings.scepUrl = QUrl(u"https://mdm.example.com:8443/scep"_s);
    settings.scepName = u"Espalier"_s;
    settings.identitySubject = {.commonName = u"Espalier Device"_s};
    settings.caCertificate = authority.certificate();
    settings.includeCaRootPayload = true;
    const EnrollmentProfileBuilder bare(settings);
    write(u"fuzz/corpus/mobileconfig/enrollment.mobileconfig"_s,
          check(bare.build(u"3f9a1c7e5b2d4f60"_s), "the enrollment profile").body);
    settings.signer = authority.certificate();
    settings.signerKey = authority.key();
    const EnrollmentProfileBuilder signedBuilder(settings);
    write(u"fuzz/corpus/mobileconfig/enrollment-signed.mobileconfig"_s,
          check(signedBuilder.build(u"3f9a1c7e5b2d4f60"_s), "the signed enrollment profile").body);
}

} // namespace

int main(int argc, char **argv)
{
    FuzzSupport::initialize();
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <source dir>\n", argv[0]);
        return 2;
    }
    s_source = QDir(QString::fromLocal8Bit(argv[1]));
    makeFixtures();
    const QList<QPair<QString, QByteArray>> messages = mdmMessages();
    plistCorpus(messages);
    checkinCorpus(messages);
    mdmSignatureCorpus(messages);
    scepCorpus();
    adminApiCorpus();
    mobileconfigCorpus();
    std::printf("corpus written under %s\n", qPrintable(s_source.filePath(u"fuzz/corpus"_s)));
    return 0;
}
