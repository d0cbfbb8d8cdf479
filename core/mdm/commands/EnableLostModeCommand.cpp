// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/EnableLostModeCommand.h"

#include "core/mdm/commands/CommandText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Espalier {

QString EnableLostModeCommand::requestType()
{
    return u"EnableLostMode"_s;
}

QString EnableLostModeCommand::displayName()
{
    return QCoreApplication::translate("Espalier::EnableLostModeCommand", "Enable Lost Mode");
}

const SchemaAvailability &EnableLostModeCommand::availability()
{
    // device.lostmode.enable.yaml
    static const SchemaAvailability table = {
        {.platform = Platform::IOS, .introduced = {9, 3}, .supervised = true},
    };
    return table;
}

Result<MdmCommand> EnableLostModeCommand::build(const CommandTarget &target) const
{
    if (Result<void> available = availability().checkCommand(
            target,
            displayName(),
            QCoreApplication::translate("Espalier::EnableLostModeCommand",
                                        "Lost Mode needs a supervised iPhone or iPad."));
        !available)
        return fail(available.error());

    // Whitespace alone would put an empty Lock Screen in front of whoever finds the device.
    const bool hasMessage = !message.trimmed().isEmpty();
    const bool hasPhoneNumber = !phoneNumber.trimmed().isEmpty();
    if (!hasMessage && !hasPhoneNumber) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("Espalier::EnableLostModeCommand",
                                                "Lost Mode needs a message or a phone number to "
                                                "show on the Lock Screen."),
                    u"no Message and no PhoneNumber"_s);
    }

    QVariantMap fields;
    if (hasMessage) {
        if (Result<void> text = CommandText::checkPlainText(
                message,
                QCoreApplication::translate("Espalier::EnableLostModeCommand",
                                            "The Lost Mode message"),
                CommandText::Lines::Multiple);
            !text)
            return fail(text.error());
        fields.insert(u"Message"_s, message);
    }
    if (hasPhoneNumber) {
        if (Result<void> text = CommandText::checkPlainText(
                phoneNumber,
                QCoreApplication::translate("Espalier::EnableLostModeCommand",
                                            "The Lost Mode phone number"));
            !text)
            return fail(text.error());
        fields.insert(u"PhoneNumber"_s, phoneNumber);
    }
    if (!footnote.trimmed().isEmpty()) {
        if (Result<void> text = CommandText::checkPlainText(
                footnote,
                QCoreApplication::translate("Espalier::EnableLostModeCommand",
                                            "The Lost Mode footnote"));
            !text)
            return fail(text.error());
        fields.insert(u"Footnote"_s, footnote);
    }
    return MdmCommand{requestType(), fields};
}

} // namespace Espalier
