// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/AdminJson.h"

#include "core/common/Logging.h"
#include "core/plist/Plist.h"
#include "core/plist/PlistUid.h"
#include "core/store/Command.h"
#include "core/store/Device.h"
#include "core/store/Enrollment.h"
#include "core/store/EnrollmentLink.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Espalier::AdminJson {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue flag(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    const QDateTime utc = at.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QJsonValue fromPlist(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QVariantMap: {
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.insert(it.key(), fromPlist(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        QJsonArray array;
        const QVariantList list = value.toList();
        for (const QVariant &item : list)
            array.append(fromPlist(item));
        return array;
    }
    case QMetaType::QString:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::ULongLong: {
        const quint64 number = value.toULongLong();
        if (number <= quint64(std::numeric_limits<qint64>::max()))
            return qint64(number);
        return double(number);
    }
    case QMetaType::Double: {
        const double number = value.toDouble();
        return std::isfinite(number) ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::QDateTime:
        return dateTime(value.toDateTime());
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<PlistUid>())
        return qint64(value.value<PlistUid>().value);
    if (!value.isValid())
        return QJsonValue::Null;
    return value.toString();
}

QString enrollmentState(const Enrollment &enrollment)
{
    if (enrollment.isCheckedOut())
        return u"checked-out"_s;
    return enrollment.enabled ? u"enrolled"_s : u"pending"_s;
}

QString enrollmentLinkStateName(const EnrollmentLink &link, const QDateTime &now)
{
    switch (link.state(now)) {
    case EnrollmentLinkState::Active:
        return u"active"_s;
    case EnrollmentLinkState::Revoked:
        return u"revoked"_s;
    case EnrollmentLinkState::Expired:
        return u"expired"_s;
    case EnrollmentLinkState::UsedUp:
        return u"used-up"_s;
    }
    return {};
}

QJsonObject device(const Device &device, const QList<Enrollment> &enrollments)
{
    QJsonArray channels;
    for (const Enrollment &channel : enrollments) {
        channels.append(QJsonObject{
            {u"id"_s, channel.id},
            {u"type"_s, enrollmentTypeName(channel.type)},
            {u"state"_s, enrollmentState(channel)},
        });
    }
    return QJsonObject{
        {u"udid"_s, device.udid},
        {u"serial_number"_s, text(device.serialNumber)},
        {u"name"_s, text(device.name)},
        {u"model"_s, text(device.model)},
        {u"model_name"_s, text(device.modelName)},
        {u"product_name"_s, text(device.productName)},
        {u"platform"_s, text(device.platform)},
        {u"os_version"_s, text(device.osVersion)},
        {u"build_version"_s, text(device.buildVersion)},
        {u"assigned_user"_s, text(device.assignedUser)},
        {u"supervised"_s, flag(device.supervised)},
        {u"file_vault_enabled"_s, flag(device.fileVaultEnabled)},
        {u"system_integrity_protection_enabled"_s, flag(device.systemIntegrityProtectionEnabled)},
        {u"user_approved_enrollment"_s, flag(device.userApprovedEnrollment)},
        {u"activation_lock_enabled"_s, flag(device.activationLockEnabled)},
        {u"passcode_present"_s, flag(device.passcodePresent)},
        {u"inventory_updated_at"_s, dateTime(device.inventoryUpdatedAt)},
        {u"created_at"_s, dateTime(device.createdAt)},
        {u"enrollments"_s, channels},
    };
}

QJsonObject enrollment(const Enrollment &enrollment)
{
    return QJsonObject{
        {u"id"_s, enrollment.id},
        {u"type"_s, enrollmentTypeName(enrollment.type)},
        {u"device"_s, text(enrollment.deviceId)},
        {u"parent"_s, text(enrollment.parentId)},
        {u"user_enrollment"_s, enrollment.userEnrollment},
        {u"user_short_name"_s, text(enrollment.userShortName)},
        {u"user_long_name"_s, text(enrollment.userLongName)},
        {u"state"_s, enrollmentState(enrollment)},
        {u"enabled"_s, enrollment.enabled},
        {u"awaiting_configuration"_s, enrollment.awaitingConfiguration},
        {u"push_token_state"_s, pushTokenStateName(enrollment.pushTokenState)},
        {u"push_token_state_at"_s, dateTime(enrollment.pushTokenStateAt)},
        {u"can_push"_s, enrollment.canPush()},
        {u"enrolled_at"_s, dateTime(enrollment.enrolledAt)},
        {u"last_seen_at"_s, dateTime(enrollment.lastSeenAt)},
        {u"token_updated_at"_s, dateTime(enrollment.tokenUpdatedAt)},
        {u"checked_out_at"_s, dateTime(enrollment.checkedOutAt)},
    };
}

QJsonObject commandSummary(const Command &command)
{
    return QJsonObject{
        {u"uuid"_s, command.uuid},
        {u"enrollment"_s, command.enrollmentId},
        {u"type"_s, command.requestType},
        {u"state"_s, commandStateName(command.state)},
        {u"final"_s, isFinal(command.state)},
        {u"created_at"_s, dateTime(command.createdAt)},
        {u"updated_at"_s, dateTime(command.updatedAt)},
        {u"completed_at"_s, dateTime(command.completedAt)},
        {u"created_by"_s, text(command.createdBy)},
    };
}

QJsonObject commandDetail(const Command &command)
{
    QJsonObject object = commandSummary(command);
    object.insert(u"pushed_at"_s, dateTime(command.pushedAt));
    object.insert(u"sent_at"_s, dateTime(command.sentAt));
    object.insert(u"expires_at"_s, dateTime(command.expiresAt));
    object.insert(u"next_attempt_at"_s, dateTime(command.nextAttemptAt));
    object.insert(u"attempts"_s, command.attempts);
    object.insert(u"not_now_count"_s, command.notNowCount);
    object.insert(u"error_chain"_s, text(command.errorChain));
    QJsonValue result = QJsonValue::Null;
    if (!command.result.isEmpty()) {
        if (Result<QVariant> parsed = Plist::parse(command.result); parsed) {
            result = fromPlist(*parsed);
        } else {
            // Stored as the device sent it; a report we could not read is shown as it is.
            qCWarning(lcEngine).noquote()
                << "stored result of" << command.uuid << "does not parse:" << parsed.error().detail;
            object.insert(u"result_raw"_s, QString::fromLatin1(command.result.toBase64()));
        }
    }
    object.insert(u"result"_s, result);
    return object;
}

QJsonObject enrollmentLink(const EnrollmentLink &link, const QDateTime &now)
{
    return QJsonObject{
        {u"id"_s, link.id},
        {u"label"_s, link.label},
        {u"state"_s, enrollmentLinkStateName(link, now)},
        {u"created_by"_s, text(link.createdBy)},
        {u"created_at"_s, dateTime(link.createdAt)},
        {u"expires_at"_s, dateTime(link.expiresAt)},
        {u"max_uses"_s, link.maxUses ? QJsonValue(*link.maxUses) : QJsonValue(QJsonValue::Null)},
        {u"use_count"_s, link.useCount},
        {u"revoked_at"_s, dateTime(link.revokedAt)},
    };
}

QByteArray serialize(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace Espalier::AdminJson
