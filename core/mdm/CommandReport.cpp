// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/CommandReport.h"

#include "core/mdm/MessageFields.h"

#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr std::array s_allStatuses{
    CommandReport::Status::Idle,
    CommandReport::Status::Acknowledged,
    CommandReport::Status::Error,
    CommandReport::Status::CommandFormatError,
    CommandReport::Status::NotNow,
};

QString itemText(const QVariant &item)
{
    if (item.metaType().id() != QMetaType::QVariantMap)
        return u"(an item that is not a dictionary)"_s;
    const QVariantMap error = item.toMap();
    const auto text = [&error](const QString &key) {
        const QVariant value = error.value(key);
        return value.metaType().id() == QMetaType::QString ? value.toString() : QString();
    };
    QString code;
    const QVariant codeValue = error.value(u"ErrorCode"_s);
    if (codeValue.metaType().id() == QMetaType::LongLong
        || codeValue.metaType().id() == QMetaType::ULongLong)
        code = codeValue.toString();
    QString description = text(u"USEnglishDescription"_s);
    const QString localized = text(u"LocalizedDescription"_s);
    if (description.isEmpty())
        description = localized;
    else if (!localized.isEmpty() && localized != description)
        description += u" ("_s + localized + u')';
    QString head = text(u"ErrorDomain"_s);
    if (!code.isEmpty())
        head += (head.isEmpty() ? u""_s : u" "_s) + code;
    if (head.isEmpty())
        return description.isEmpty() ? u"(no details)"_s : description;
    return description.isEmpty() ? head : head + u": "_s + description;
}

} // namespace

Result<CommandReport> CommandReport::parse(const QByteArray &body, const Plist::Limits &limits)
{
    Result<QVariant> parsed = Plist::parse(body, limits);
    if (!parsed)
        return MessageFields::malformed(u"not a property list: %1"_s.arg(parsed.error().detail));
    if (parsed->metaType().id() != QMetaType::QVariantMap)
        return MessageFields::malformed(u"the property list is not a dictionary"_s);

    CommandReport report;
    report.fields = parsed->toMap();
    report.raw = body;
    Result<ChannelIdentity> channel = ChannelIdentity::fromMessage(report.fields);
    if (!channel)
        return fail(channel.error());
    report.channel = std::move(*channel);

    // From here on the report is kept whatever it says.
    using Presence = MessageFields::Presence;
    const MessageFields fields(report.fields);
    QStringList problems;
    Result<QString> uuid = fields.string(
        u"CommandUUID"_s, Presence::Optional, MessageFields::MaxIdentifierLength);
    if (uuid)
        report.commandUuid = *uuid;
    else
        problems.append(uuid.error().detail);
    Result<QString> status = fields.string(
        u"Status"_s, Presence::Required, MessageFields::MaxIdentifierLength);
    if (status) {
        report.statusText = *status;
        report.status = statusFromName(*status);
        if (!report.status)
            problems.append(u"unknown Status"_s);
    } else {
        problems.append(status.error().detail);
    }
    if (report.status && *report.status != Status::Idle && report.commandUuid.isEmpty() && uuid) {
        problems.append(u"a %1 report without CommandUUID"_s.arg(report.statusText));
    }
    Result<QVariantList> chain = fields.array(u"ErrorChain"_s, Presence::Optional);
    if (chain)
        report.errorChain = *chain;
    // A malformed ErrorChain does not make the report unusable: the status still holds.
    report.problem = problems.join(u"; "_s);
    return report;
}

QString CommandReport::errorChainText(const QVariantList &errorChain)
{
    QStringList lines;
    for (const QVariant &item : errorChain)
        lines.append(itemText(item));
    return lines.join(u'\n');
}

QString CommandReport::statusName(Status status)
{
    switch (status) {
    case Status::Idle:
        return u"Idle"_s;
    case Status::Acknowledged:
        return u"Acknowledged"_s;
    case Status::Error:
        return u"Error"_s;
    case Status::CommandFormatError:
        return u"CommandFormatError"_s;
    case Status::NotNow:
        return u"NotNow"_s;
    }
    return {};
}

std::optional<CommandReport::Status> CommandReport::statusFromName(const QString &name)
{
    for (Status status : s_allStatuses) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace Espalier
