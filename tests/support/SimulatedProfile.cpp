// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatedProfile.h"

#include "core/crypto/Cms.h"
#include "core/plist/Plist.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Espalier::SimulatedProfile", text);
}

} // namespace

Result<SimulatedProfile> SimulatedProfile::parse(const QByteArray &bytes)
{
    SimulatedProfile profile;
    QByteArray plist = bytes;
    if (!Plist::detectFormat(bytes)) {
        Result<Cms::Verified> verified = Cms::verify(bytes);
        if (!verified) {
            return fail(verified.error().code,
                        tr("The profile is neither a property list nor validly signed."),
                        verified.error().detail);
        }
        plist = verified->content;
        profile.isSigned = true;
        profile.signers = verified->signers;
    }
    Result<QVariant> parsed = Plist::parse(plist);
    if (!parsed)
        return fail(parsed.error());
    if (parsed->typeId() != QMetaType::QVariantMap)
        return fail(Error::Code::InvalidInput, tr("The profile is not a dictionary."));
    profile.content = parsed->toMap();
    if (profile.content.value(u"PayloadType"_s).toString() != u"Configuration"_s)
        return fail(Error::Code::InvalidInput, tr("The profile is not a Configuration profile."));
    if (profile.content.contains(u"EncryptedPayloadContent"_s))
        return fail(Error::Code::Unsupported, tr("Encrypted profiles are not simulated."));
    if (profile.identifier().isEmpty() || profile.uuid().isEmpty()
        || profile.content.value(u"PayloadContent"_s).typeId() != QMetaType::QVariantList) {
        return fail(Error::Code::InvalidInput,
                    tr("The profile lacks PayloadIdentifier, PayloadUUID or PayloadContent."));
    }
    return profile;
}

QString SimulatedProfile::identifier() const
{
    return content.value(u"PayloadIdentifier"_s).toString();
}

QString SimulatedProfile::uuid() const
{
    return content.value(u"PayloadUUID"_s).toString();
}

QVariantList SimulatedProfile::payloads() const
{
    return content.value(u"PayloadContent"_s).toList();
}

QList<QVariantMap> SimulatedProfile::payloadsOfType(const QString &type) const
{
    QList<QVariantMap> found;
    for (const QVariant &payload : payloads()) {
        const QVariantMap map = payload.toMap();
        if (map.value(u"PayloadType"_s).toString() == type)
            found.append(map);
    }
    return found;
}

QVariantMap SimulatedProfile::payloadWithUuid(const QString &uuid) const
{
    for (const QVariant &payload : payloads()) {
        QVariantMap map = payload.toMap();
        if (map.value(u"PayloadUUID"_s).toString() == uuid)
            return map;
    }
    return {};
}

} // namespace Espalier
