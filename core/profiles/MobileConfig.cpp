// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/MobileConfig.h"

#include "core/crypto/Cms.h"
#include "core/crypto/PrivateKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Espalier::MobileConfig {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Espalier::MobileConfig", text);
}

ProfileFault fault(ProfileFault::Kind kind, QString location, QString message)
{
    return ProfileFault{kind, std::move(location), std::move(message)};
}

QString profileLocation()
{
    return translate("profile");
}

QString payloadLocation(qsizetype index, const QVariantMap &payload)
{
    const QString type = payload.value(u"PayloadType"_s).toString();
    if (type.isEmpty())
        return translate("payload %1").arg(index + 1);
    return translate("payload %1 (%2)").arg(index + 1).arg(type);
}

// The operating system's trusted roots, converted once per process.
const QList<Certificate> &systemRoots()
{
    static const QList<Certificate> roots = [] {
        QList<Certificate> converted;
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        for (const QSslCertificate &certificate : system) {
            if (Result<Certificate> one = Certificate::fromDer(certificate.toDer()))
                converted.append(*one);
        }
        return converted;
    }();
    return roots;
}

// Both PayloadVersion and the integer keys arrive as qint64 (or quint64 when huge).
bool isInteger(const QVariant &value)
{
    const int type = value.typeId();
    return type == QMetaType::LongLong || type == QMetaType::ULongLong || type == QMetaType::Int
           || type == QMetaType::UInt;
}

void checkRequired(const QVariantMap &dict, const QString &location, QList<ProfileFault> &faults)
{
    for (const QString &key :
         {u"PayloadIdentifier"_s, u"PayloadUUID"_s, u"PayloadType"_s, u"PayloadVersion"_s}) {
        const auto it = dict.constFind(key);
        if (it == dict.cend()) {
            faults.append(fault(ProfileFault::Kind::MissingKey,
                                location,
                                translate("The required key %1 is missing.").arg(key)));
            continue;
        }
        const bool ok = key == u"PayloadVersion"_s
                            ? isInteger(*it)
                            : it->typeId() == QMetaType::QString && !it->toString().isEmpty();
        if (!ok) {
            faults.append(fault(ProfileFault::Kind::WrongType,
                                location,
                                key == u"PayloadVersion"_s
                                    ? translate("%1 must be an integer.").arg(key)
                                    : translate("%1 must be a non-empty string.").arg(key)));
        }
    }
}

ProfileSignature checkSignature(const QByteArray &data,
                                const ReadOptions &options,
                                QByteArray &content,
                                QList<ProfileFault> &faults)
{
    ProfileSignature signature;
    if (Result<Cms::Verified> verified = Cms::verify(data)) {
        content = verified->content;
        signature.signers = verified->signers;
        signature.certificates = verified->certificates;
    } else {
        Result<Cms::Contents> contents = Cms::inspect(data);
        if (contents) {
            content = contents->content;
            signature.signers = contents->signers;
            signature.certificates = contents->certificates;
        }
        if (verified.error().code == Error::Code::InvalidInput) {
            signature.state = ProfileSignature::State::Unverifiable;
            faults.append(fault(
                ProfileFault::Kind::BadSignature,
                profileLocation(),
                translate("The signature cannot be checked: %1").arg(verified.error().message)));
        } else {
            signature.state = ProfileSignature::State::Tampered;
            faults.append(fault(ProfileFault::Kind::BadSignature,
                                profileLocation(),
                                translate("The signature does not match the content: the profile "
                                          "was changed after it was signed. Do not install it "
                                          "unless you know why.")));
        }
        signature.trustProblem = translate("The signature is not valid.");
        return signature;
    }

    const auto chainsTo = [&](const QList<Certificate> &roots, QString &problem) {
        if (roots.isEmpty())
            return false;
        for (const Certificate &signer : std::as_const(signature.signers)) {
            Result<void> chained = signer.verifyChain(roots, options.at, signature.certificates);
            if (!chained) {
                problem = chained.error().message;
                return false;
            }
        }
        return true;
    };
    QString problem = translate("The signer does not chain to a trusted root.");
    if (chainsTo(options.trustedRoots, problem))
        signature.trust = ProfileSignature::Trust::GivenRoots;
    else if (options.useSystemRoots && chainsTo(systemRoots(), problem))
        signature.trust = ProfileSignature::Trust::SystemRoots;
    else
        signature.trustProblem = problem;
    return signature;
}

} // namespace

QList<ProfileFault> check(const ProfileDocument &document)
{
    QList<ProfileFault> faults;
    checkRequired(document.topLevel, profileLocation(), faults);
    const auto content = document.topLevel.constFind(u"PayloadContent"_s);
    if (content != document.topLevel.cend()) {
        // Only a malformed PayloadContent stays in the top level (see fromPlistValue).
        if (content->typeId() != QMetaType::QVariantList) {
            faults.append(fault(ProfileFault::Kind::PayloadContentNotArray,
                                profileLocation(),
                                translate("PayloadContent must be an array of payload "
                                          "dictionaries.")));
        } else {
            const QVariantList items = content->toList();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (items.at(i).typeId() != QMetaType::QVariantMap) {
                    faults.append(fault(ProfileFault::Kind::PayloadNotDictionary,
                                        translate("payload %1").arg(i + 1),
                                        translate("Each payload must be a dictionary.")));
                }
            }
        }
    }

    QHash<QString, QString> seen; // PayloadUUID -> where it was first seen
    const auto noteUuid = [&](const QVariantMap &dict, const QString &location) {
        const QString uuid = dict.value(u"PayloadUUID"_s).toString();
        if (uuid.isEmpty())
            return;
        const QString key = uuid.toUpper();
        if (const auto first = seen.constFind(key); first != seen.cend()) {
            faults.append(fault(ProfileFault::Kind::DuplicateUuid,
                                location,
                                translate("The PayloadUUID %1 is also used by the %2; every "
                                          "payload needs its own.")
                                    .arg(uuid, *first)));
        } else {
            seen.insert(key, location);
        }
    };
    noteUuid(document.topLevel, profileLocation());
    for (qsizetype i = 0; i < document.payloads.size(); ++i) {
        const QVariantMap &payload = document.payloads.at(i);
        const QString location = payloadLocation(i, payload);
        checkRequired(payload, location, faults);
        noteUuid(payload, location);
    }
    return faults;
}

ProfileDocument fromPlistValue(const QVariantMap &value)
{
    ProfileDocument document;
    document.topLevel = value;
    const auto content = value.constFind(u"PayloadContent"_s);
    if (content == value.cend() || content->typeId() != QMetaType::QVariantList)
        return document;
    const QVariantList items = content->toList();
    QList<QVariantMap> payloads;
    payloads.reserve(items.size());
    for (const QVariant &item : items) {
        // A PayloadContent that holds anything but dictionaries stays in the top level as it
        // is, so it is written back unchanged; check() reports it.
        if (item.typeId() != QMetaType::QVariantMap)
            return document;
        payloads.append(item.toMap());
    }
    document.topLevel.remove(u"PayloadContent"_s);
    document.payloads = payloads;
    return document;
}

QVariantMap toPlistValue(const ProfileDocument &document)
{
    QVariantMap value = document.topLevel;
    if (!value.contains(u"PayloadContent"_s) || !document.payloads.isEmpty()) {
        QVariantList content;
        content.reserve(document.payloads.size());
        for (const QVariantMap &payload : document.payloads)
            content.append(payload);
        value.insert(u"PayloadContent"_s, content);
    }
    return value;
}

QStringList payloadTypes(const ProfileDocument &document)
{
    QStringList types;
    for (const QVariantMap &payload : document.payloads) {
        const QString type = payload.value(u"PayloadType"_s).toString();
        if (!type.isEmpty() && !types.contains(type))
            types.append(type);
    }
    return types;
}

Imported read(const QByteArray &data, const ReadOptions &options)
{
    Imported imported;
    if (data.isEmpty()) {
        imported.faults.append(
            fault(ProfileFault::Kind::Empty, profileLocation(), translate("The file is empty.")));
        return imported;
    }
    if (data.size() > options.maxBytes) {
        imported.faults.append(fault(ProfileFault::Kind::TooLarge,
                                     profileLocation(),
                                     translate("The file is %1, larger than the %2 a profile may "
                                               "take.")
                                         .arg(QLocale().formattedDataSize(data.size()),
                                              QLocale().formattedDataSize(options.maxBytes))));
        return imported;
    }

    QByteArray plist = data;
    if (!Plist::detectFormat(data)) {
        // Not a bare plist: a signed profile is CMS SignedData (DER) with the plist inside.
        if (!Cms::inspect(data)) {
            imported.faults.append(
                fault(ProfileFault::Kind::NotPropertyList,
                      profileLocation(),
                      translate("The file is neither a property list nor a signed profile.")));
            return imported;
        }
        plist.clear();
        imported.signature = checkSignature(data, options, plist, imported.faults);
        if (plist.isEmpty()) {
            imported.faults.append(fault(ProfileFault::Kind::UnreadableSignature,
                                         profileLocation(),
                                         translate("The signed file carries no profile.")));
            return imported;
        }
    }

    const std::optional<Plist::Format> format = Plist::detectFormat(plist);
    Plist::Limits limits;
    limits.maxBytes = options.maxBytes;
    Result<QVariant> parsed = format ? Plist::parse(plist, limits) : Result<QVariant>();
    if (!format || !parsed) {
        imported.faults.append(
            fault(ProfileFault::Kind::NotPropertyList,
                  profileLocation(),
                  format ? translate("The property list is damaged: %1").arg(parsed.error().message)
                         : translate("The file is not a property list.")));
        return imported;
    }
    imported.format = *format;
    if (parsed->typeId() != QMetaType::QVariantMap) {
        imported.faults.append(fault(ProfileFault::Kind::NotDictionary,
                                     profileLocation(),
                                     translate("A profile is a dictionary at the top level; "
                                               "this property list is not.")));
        return imported;
    }
    imported.readable = true;
    imported.document = fromPlistValue(parsed->toMap());
    if (!parsed->toMap().contains(u"PayloadContent"_s)) {
        imported.faults.append(fault(ProfileFault::Kind::MissingKey,
                                     profileLocation(),
                                     translate("The required key PayloadContent is missing.")));
    }
    imported.faults += check(imported.document);
    return imported;
}

Imported readFile(const QString &path, const ReadOptions &options)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.exists() && info.size() > options.maxBytes) {
        Imported imported;
        imported.faults.append(fault(ProfileFault::Kind::TooLarge,
                                     profileLocation(),
                                     translate("The file is %1, larger than the %2 a profile may "
                                               "take.")
                                         .arg(QLocale().formattedDataSize(info.size()),
                                              QLocale().formattedDataSize(options.maxBytes))));
        return imported;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        Imported imported;
        imported.faults.append(
            fault(ProfileFault::Kind::NotPropertyList,
                  profileLocation(),
                  translate("The file could not be opened: %1").arg(file.errorString())));
        return imported;
    }
    return read(file.read(options.maxBytes + 1), options);
}

Result<QByteArray> write(const ProfileDocument &document, Plist::Format format)
{
    return Plist::serialize(toPlistValue(document), format);
}

Result<QByteArray> sign(const QByteArray &plist,
                        const Certificate &signer,
                        const PrivateKey &key,
                        const QList<Certificate> &chain)
{
    return Cms::signAttached(plist, signer, key, chain);
}

QString describeSigner(const Certificate &signer)
{
    if (signer.isNull())
        return translate("unknown signer");
    QString name = signer.subject().commonName;
    if (name.isEmpty())
        name = signer.subjectText();
    QString issuer = signer.issuer().commonName;
    if (issuer.isEmpty())
        issuer = signer.issuerText();
    const QLocale locale;
    return translate("%1, issued by %2, valid from %3 to %4")
        .arg(name,
             issuer,
             locale.toString(signer.notBefore().toLocalTime().date(), QLocale::ShortFormat),
             locale.toString(signer.notAfter().toLocalTime().date(), QLocale::ShortFormat));
}

} // namespace Espalier::MobileConfig
