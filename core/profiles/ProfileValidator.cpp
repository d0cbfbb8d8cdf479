// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileValidator.h"

#include "core/profiles/PayloadSchemaRegistry.h"
#include "core/profiles/PayloadValuePath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Espalier::ProfileValidator {

namespace {

using Path = PayloadValuePath::Path;

QString tr(const char *text)
{
    return QCoreApplication::translate("Espalier::ProfileValidator", text);
}

bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

bool hasType(const QVariant &value, PayloadValueType type)
{
    switch (type) {
    case PayloadValueType::String:
        return value.typeId() == QMetaType::QString;
    case PayloadValueType::Integer:
        return isInteger(value);
    case PayloadValueType::Real:
        return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float
               || isInteger(value);
    case PayloadValueType::Boolean:
        return value.typeId() == QMetaType::Bool;
    case PayloadValueType::Date:
        return value.typeId() == QMetaType::QDateTime || value.typeId() == QMetaType::QDate;
    case PayloadValueType::Data:
        return value.typeId() == QMetaType::QByteArray;
    case PayloadValueType::Array:
        return value.typeId() == QMetaType::QVariantList
               || value.typeId() == QMetaType::QStringList;
    case PayloadValueType::Dictionary:
        return value.typeId() == QMetaType::QVariantMap
               || value.typeId() == QMetaType::QVariantHash;
    case PayloadValueType::Any:
        return true;
    }
    return false;
}

QString typeOf(const QVariant &value)
{
    for (const PayloadValueType type : {PayloadValueType::Boolean,
                                        PayloadValueType::Integer,
                                        PayloadValueType::Real,
                                        PayloadValueType::String,
                                        PayloadValueType::Date,
                                        PayloadValueType::Data,
                                        PayloadValueType::Array,
                                        PayloadValueType::Dictionary}) {
        if (hasType(value, type))
            return describeType(type);
    }
    return tr("an unsupported value");
}

QString shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if ((isInteger(a) || a.typeId() == QMetaType::Double)
        && (isInteger(b) || b.typeId() == QMetaType::Double)) {
        return a.toDouble() == b.toDouble();
    }
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.typeId() == b.typeId() && a.toBool() == b.toBool();
    return a.toString() == b.toString();
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

class Checker
{
public:
    Checker(int payloadIndex, const ProfileValidationOptions &options)
        : m_payloadIndex(payloadIndex)
        , m_options(options)
    {}

    void keys(const QList<PayloadKey> &keys, const QVariantMap &values, const Path &at)
    {
        const PayloadKey *wildcard = nullptr;
        QHash<QString, const PayloadKey *> named;
        for (const PayloadKey &key : keys) {
            if (key.isWildcard())
                wildcard = &key;
            else
                named.insert(key.name, &key);
        }
        for (const PayloadKey &key : keys) {
            if (key.isWildcard())
                continue;
            const auto found = values.constFind(key.name);
            if (found == values.cend()) {
                if (key.required)
                    add(ProfileIssue::Severity::Error,
                        at + Path{key.name},
                        tr("Required, but not set."));
                continue;
            }
            value(key, *found, at + Path{key.name});
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (named.contains(it.key()))
                continue;
            if (wildcard) {
                value(*wildcard, it.value(), at + Path{it.key()});
                continue;
            }
            add(ProfileIssue::Severity::Info,
                at + Path{it.key()},
                tr("Not in the schema; kept as it is."));
        }
    }

    void value(const PayloadKey &key, const QVariant &value, const Path &at)
    {
        if (!hasType(value, key.type)) {
            add(ProfileIssue::Severity::Error,
                at,
                tr("Should be %1, but is %2.").arg(describeType(key.type), typeOf(value)));
            return;
        }
        platform(key, at);
        switch (key.type) {
        case PayloadValueType::Array: {
            const QVariantList items = value.toList();
            const PayloadKey *item = key.subkeys.size() == 1 ? &key.subkeys.first() : nullptr;
            for (int i = 0; i < items.size(); ++i) {
                const Path itemPath = at + Path{i};
                if (item && !key.recursive) {
                    this->value(*item, items.at(i), itemPath);
                    if (item->allowedValues.isEmpty())
                        allowed(key, items.at(i), itemPath);
                } else {
                    allowed(key, items.at(i), itemPath);
                }
            }
            return;
        }
        case PayloadValueType::Dictionary:
            if (!key.subkeys.isEmpty() && !key.recursive)
                keys(key.subkeys, value.toMap(), at);
            return;
        case PayloadValueType::Integer:
        case PayloadValueType::Real:
            range(key, value.toDouble(), at);
            break;
        case PayloadValueType::String:
            if (!key.format.isEmpty()) {
                const QRegularExpression pattern(QRegularExpression::anchoredPattern(key.format));
                if (pattern.isValid() && !pattern.match(value.toString()).hasMatch()) {
                    add(ProfileIssue::Severity::Error,
                        at,
                        tr("Does not have the expected form (%1).").arg(key.format));
                }
            }
            break;
        default:
            break;
        }
        allowed(key, value, at);
    }

    void payloadPlatforms(const QList<PayloadPlatform> &platforms, const QString &title)
    {
        PayloadKey whole;
        whole.name = title;
        whole.platforms = platforms;
        const qsizetype before = issues.size();
        platform(whole, {});
        // Keys inherit the payload's platforms; saying it again for each key adds nothing.
        m_platformReported = issues.size() > before;
    }

    QList<ProfileIssue> issues;

private:
    void add(ProfileIssue::Severity severity, const Path &at, const QString &message)
    {
        issues.append(
            ProfileIssue{severity, m_payloadIndex, PayloadValuePath::toString(at), message});
    }

    void allowed(const PayloadKey &key, const QVariant &value, const Path &at)
    {
        if (key.allowedValues.isEmpty())
            return;
        for (const QVariant &candidate : key.allowedValues) {
            if (sameValue(candidate, value))
                return;
        }
        QStringList choices;
        for (const QVariant &candidate : key.allowedValues)
            choices.append(shown(candidate));
        add(ProfileIssue::Severity::Error,
            at,
            tr("“%1” is not one of the allowed values: %2.")
                .arg(shown(value), choices.join(u", "_s)));
    }

    void range(const PayloadKey &key, double value, const Path &at)
    {
        const bool low = key.minimum && value < *key.minimum;
        const bool high = key.maximum && value > *key.maximum;
        if (!low && !high)
            return;
        QString message;
        if (key.minimum && key.maximum)
            message
                = tr("Must be between %1 and %2.").arg(number(*key.minimum), number(*key.maximum));
        else if (key.minimum)
            message = tr("Must be at least %1.").arg(number(*key.minimum));
        else
            message = tr("Must be at most %1.").arg(number(*key.maximum));
        add(ProfileIssue::Severity::Error, at, message);
    }

    void platform(const PayloadKey &key, const Path &at)
    {
        if (key.platforms.isEmpty() || m_platformReported)
            return;
        QStringList targets = m_options.platforms;
        if (!targets.isEmpty()) {
            QStringList missing;
            for (const QString &target : std::as_const(targets)) {
                const PayloadPlatform *entry = findPlatform(key.platforms, target);
                if (!entry || !entry->isAvailable())
                    missing.append(target);
            }
            if (missing.size() == targets.size()) {
                add(ProfileIssue::Severity::Warning,
                    at,
                    tr("Not available on %1.").arg(missing.join(u", "_s)));
                return;
            }
        } else {
            for (const PayloadPlatform &entry : key.platforms) {
                if (entry.isAvailable())
                    targets.append(entry.name);
            }
        }
        if (m_options.supervised.value_or(true) || targets.isEmpty())
            return;
        const bool everywhere = std::all_of(
            targets.cbegin(), targets.cend(), [&key](const auto &t) {
                const PayloadPlatform *entry = findPlatform(key.platforms, t);
                return !entry || !entry->isAvailable() || entry->supervised;
            });
        if (everywhere)
            add(ProfileIssue::Severity::Warning, at, tr("Works only on supervised devices."));
    }

    int m_payloadIndex;
    const ProfileValidationOptions &m_options;
    bool m_platformReported = false;
};

QList<PayloadKey> withoutKey(QList<PayloadKey> keys, const QString &name)
{
    keys.removeIf([&name](const PayloadKey &key) { return key.name == name; });
    return keys;
}

} // namespace

QString describeType(PayloadValueType type)
{
    switch (type) {
    case PayloadValueType::String:
        return tr("text");
    case PayloadValueType::Integer:
        return tr("a whole number");
    case PayloadValueType::Real:
        return tr("a number");
    case PayloadValueType::Boolean:
        return tr("true or false");
    case PayloadValueType::Date:
        return tr("a date");
    case PayloadValueType::Data:
        return tr("data");
    case PayloadValueType::Array:
        return tr("a list");
    case PayloadValueType::Dictionary:
        return tr("a dictionary");
    case PayloadValueType::Any:
        return tr("any value");
    }
    return {};
}

QStringList platformsForTargetDeviceType(int targetDeviceType)
{
    switch (targetDeviceType) {
    case 1:
        return {u"iOS"_s};
    case 2:
        return {u"watchOS"_s};
    case 4:
        return {u"tvOS"_s};
    case 5:
        return {u"macOS"_s};
    case 6:
        return {u"visionOS"_s};
    default:
        return {};
    }
}

QList<ProfileIssue> validateKeys(const QList<PayloadKey> &keys,
                                 const QVariantMap &values,
                                 int payloadIndex,
                                 const ProfileValidationOptions &options)
{
    Checker checker(payloadIndex, options);
    checker.keys(keys, values, {});
    return checker.issues;
}

QList<ProfileIssue> validatePayload(const PayloadSchemaRegistry &registry,
                                    const QVariantMap &payload,
                                    int payloadIndex,
                                    const ProfileValidationOptions &options)
{
    const QString type = payload.value(u"PayloadType"_s).toString();
    const PayloadSchema *schema = type.isEmpty() ? nullptr : registry.find(type);
    QList<PayloadKey> keys = registry.commonKeys();
    Checker checker(payloadIndex, options);
    if (schema) {
        // A payload's own key wins over the common one of the same name.
        for (const PayloadKey &key : schema->keys)
            keys = withoutKey(keys, key.name);
        keys += schema->keys;
        checker.payloadPlatforms(schema->platforms, schema->displayTitle());
    } else if (!type.isEmpty()) {
        checker.issues.append(
            ProfileIssue{ProfileIssue::Severity::Info,
                         payloadIndex,
                         {},
                         tr("No schema describes %1; its keys are kept as they are.").arg(type)});
        // Without a schema only the common keys can be checked; the rest are the payload's own.
        QVariantMap common;
        for (const PayloadKey &key : std::as_const(keys)) {
            if (payload.contains(key.name))
                common.insert(key.name, payload.value(key.name));
        }
        checker.keys(keys, common, {});
        return checker.issues;
    }
    checker.keys(keys, payload, {});
    return checker.issues;
}

QList<ProfileIssue> validateDocument(const PayloadSchemaRegistry &registry,
                                     const ProfileDocument &document,
                                     const ProfileValidationOptions &options)
{
    ProfileValidationOptions effective = options;
    if (effective.platforms.isEmpty()) {
        effective.platforms = platformsForTargetDeviceType(
            document.topLevel.value(u"TargetDeviceType"_s).toInt());
    }
    QList<ProfileIssue> issues;
    if (const PayloadSchema *topLevel = registry.topLevel()) {
        // The document keeps its payloads apart; PayloadContent is written from them.
        issues += validateKeys(
            withoutKey(topLevel->keys, u"PayloadContent"_s), document.topLevel, -1, effective);
    }
    QHash<QString, int> uuids;
    QHash<QString, int> identifiers;
    const QString profileUuid = document.uuid();
    for (int i = 0; i < document.payloads.size(); ++i) {
        const QVariantMap &payload = document.payloads.at(i);
        issues += validatePayload(registry, payload, i, effective);
        const QString uuid = payload.value(u"PayloadUUID"_s).toString();
        if (!uuid.isEmpty()) {
            if (uuid.compare(profileUuid, Qt::CaseInsensitive) == 0) {
                issues.append(ProfileIssue{ProfileIssue::Severity::Error,
                                           i,
                                           u"PayloadUUID"_s,
                                           tr("The profile itself uses this UUID.")});
            } else if (uuids.contains(uuid.toUpper())) {
                issues.append(ProfileIssue{
                    ProfileIssue::Severity::Error,
                    i,
                    u"PayloadUUID"_s,
                    tr("Payload %1 uses the same UUID.").arg(uuids.value(uuid.toUpper()) + 1)});
            } else {
                uuids.insert(uuid.toUpper(), i);
            }
        }
        const QString identifier = payload.value(u"PayloadIdentifier"_s).toString();
        if (!identifier.isEmpty()) {
            if (identifiers.contains(identifier)) {
                issues.append(ProfileIssue{ProfileIssue::Severity::Error,
                                           i,
                                           u"PayloadIdentifier"_s,
                                           tr("Payload %1 uses the same identifier.")
                                               .arg(identifiers.value(identifier) + 1)});
            } else {
                identifiers.insert(identifier, i);
            }
        }
    }
    return issues;
}

} // namespace Espalier::ProfileValidator
