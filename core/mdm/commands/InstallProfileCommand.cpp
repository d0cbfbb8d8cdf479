// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/InstallProfileCommand.h"

#include "core/plist/Plist.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A DER SEQUENCE: the outer ContentInfo of a CMS-signed or CMS-encrypted profile.
constexpr char derSequenceTag = 0x30;

Result<void> refuseAsNotAProfile(const QString &detail)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("Espalier::InstallProfileCommand",
                                            "This file isn't a configuration profile. Choose a "
                                            ".mobileconfig file."),
                detail);
}

// An unsigned profile is checked here, so a stray property list is refused at once instead of
// failing on the device; a signed one is the device's to verify.
Result<void> checkLooksLikeProfile(const QByteArray &payload)
{
    if (!Plist::detectFormat(payload)) {
        if (payload.front() == derSequenceTag)
            return {};
        return refuseAsNotAProfile(u"neither a property list nor DER"_s);
    }
    Plist::Limits limits;
    limits.maxBytes = InstallProfileCommand::maxPayloadBytes;
    const Result<QVariant> parsed = Plist::parse(payload, limits);
    if (!parsed)
        return refuseAsNotAProfile(parsed.error().detail);
    if (parsed->typeId() != QMetaType::QVariantMap)
        return refuseAsNotAProfile(u"top level is not a dictionary"_s);
    const QVariantMap profile = parsed->toMap();
    if (profile.value(u"PayloadType"_s).toString() != u"Configuration"_s)
        return refuseAsNotAProfile(u"PayloadType is not Configuration"_s);
    if (profile.value(u"PayloadIdentifier"_s).toString().isEmpty())
        return refuseAsNotAProfile(u"no PayloadIdentifier"_s);
    return {};
}

} // namespace

QString InstallProfileCommand::requestType()
{
    return u"InstallProfile"_s;
}

QString InstallProfileCommand::displayName()
{
    return QCoreApplication::translate("Espalier::InstallProfileCommand", "Install Profile");
}

const SchemaAvailability &InstallProfileCommand::availability()
{
    // profile.install.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::MacOS,
         .introduced = {10, 7},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::IOS,
         .introduced = {4, 0},
         .userChannel = true,
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::TvOS, .introduced = {9, 0}},
        {.platform = Platform::VisionOS,
         .introduced = {1, 1},
         .userEnrollment = SchemaMode::Allowed},
        {.platform = Platform::WatchOS, .introduced = {10, 0}},
    };
    return table;
}

Result<MdmCommand> InstallProfileCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(target, displayName()); !available)
        return fail(available.error());
    if (payload.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::InstallProfileCommand",
                                                "The profile is empty. Choose a .mobileconfig "
                                                "file."),
                    u"empty Payload"_s);
    }
    if (payload.size() > maxPayloadBytes) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::InstallProfileCommand",
                                                "The profile is larger than %1 MiB, too large to "
                                                "send to a device.")
                        .arg(maxPayloadBytes / (qsizetype{1024} * 1024)),
                    u"Payload of %1 bytes"_s.arg(payload.size()));
    }
    if (Result<void> profile = checkLooksLikeProfile(payload); !profile)
        return fail(profile.error());
    return MdmCommand{requestType(), {{u"Payload"_s, payload}}};
}

} // namespace Espalier
