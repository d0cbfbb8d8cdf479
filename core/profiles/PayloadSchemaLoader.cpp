// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/PayloadSchemaLoader.h"

#include <QCoreApplication>
#include <QFile>

#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Espalier::PayloadSchemaLoader {

namespace {

// Deeper nesting than any real payload; stops a hostile file from exhausting the stack.
constexpr int MaxKeyDepth = 32;
constexpr qsizetype MaxFileBytes = 8 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Espalier::PayloadSchemaLoader", text);
}

// Thrown only inside this file and caught in parse(), next to yaml-cpp's own exceptions.
struct SchemaFault
{
    QString detail;
};

QString text(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.Scalar()).trimmed();
}

QString where(const YAML::Node &node)
{
    return u"line %1"_s.arg(node.Mark().line + 1);
}

std::optional<bool> boolean(const YAML::Node &node)
{
    const QString value = text(node).toLower();
    if (value == "true"_L1 || value == "yes"_L1)
        return true;
    if (value == "false"_L1 || value == "no"_L1)
        return false;
    return std::nullopt;
}

QVariant generic(const YAML::Node &node, int depth)
{
    if (depth > MaxKeyDepth)
        throw SchemaFault{u"value nested too deeply at %1"_s.arg(where(node))};
    if (node.IsSequence()) {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(generic(item, depth + 1));
        return list;
    }
    if (node.IsMap()) {
        QVariantMap map;
        for (const auto &entry : node)
            map.insert(text(entry.first), generic(entry.second, depth + 1));
        return map;
    }
    return text(node);
}

QVariant typedScalar(const YAML::Node &node, PayloadValueType type)
{
    if (!node.IsScalar())
        return generic(node, 0);
    const QString value = text(node);
    switch (type) {
    case PayloadValueType::Boolean:
        if (const std::optional<bool> flag = boolean(node))
            return *flag;
        break;
    case PayloadValueType::Integer: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (ok)
            return number;
        break;
    }
    case PayloadValueType::Real: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            return number;
        break;
    }
    default:
        break;
    }
    return value;
}

QList<PayloadPlatform> mergedPlatforms(QList<PayloadPlatform> inherited, const YAML::Node &node)
{
    if (!node || !node.IsMap())
        return inherited;
    for (const auto &entry : node) {
        const QString name = text(entry.first);
        const YAML::Node &fields = entry.second;
        if (name.isEmpty() || !fields.IsMap())
            continue;
        auto found = std::find_if(
            inherited.begin(), inherited.end(), [&name](const auto &p) { return p.name == name; });
        if (found == inherited.end()) {
            inherited.append(PayloadPlatform{name, {}, {}, {}, false});
            found = inherited.end() - 1;
        }
        if (const YAML::Node introduced = fields["introduced"])
            found->introduced = text(introduced);
        if (const YAML::Node deprecated = fields["deprecated"])
            found->deprecated = text(deprecated);
        if (const YAML::Node removed = fields["removed"])
            found->removed = text(removed);
        if (const YAML::Node supervised = fields["supervised"])
            found->supervised = boolean(supervised).value_or(false);
    }
    return inherited;
}

QList<PayloadKey> keyList(const YAML::Node &node,
                          const QList<PayloadPlatform> &inherited,
                          std::vector<YAML::Node> &open,
                          int depth);

PayloadKey keyFrom(const YAML::Node &node,
                   const QList<PayloadPlatform> &inherited,
                   std::vector<YAML::Node> &open,
                   int depth)
{
    if (!node.IsMap())
        throw SchemaFault{u"a key entry is not a mapping at %1"_s.arg(where(node))};
    PayloadKey key;
    key.name = text(node["key"]);
    if (key.name.isEmpty())
        throw SchemaFault{u"a key entry has no 'key' at %1"_s.arg(where(node))};
    const QString typeName = text(node["type"]);
    const std::optional<PayloadValueType> type = payloadValueTypeFromName(typeName);
    if (!type) {
        throw SchemaFault{
            u"key '%1' has the unknown type '%2' at %3"_s.arg(key.name, typeName, where(node))};
    }
    key.type = *type;
    key.title = text(node["title"]);
    key.description = text(node["content"]);
    key.subtype = text(node["subtype"]);
    key.format = text(node["format"]);
    key.required = text(node["presence"]) == "required"_L1;
    key.platforms = mergedPlatforms(inherited, node["supportedOS"]);

    const YAML::Node subkeys = node["subkeys"];
    // An array's rangelist and range describe its items; use the item type to read them.
    PayloadValueType scalarType = key.type;
    if (key.type == PayloadValueType::Array && subkeys && subkeys.IsSequence()
        && subkeys.size() == 1) {
        scalarType
            = payloadValueTypeFromName(text(subkeys[0]["type"])).value_or(PayloadValueType::String);
    }
    if (const YAML::Node fallback = node["default"])
        key.defaultValue = typedScalar(fallback, key.type);
    if (const YAML::Node allowed = node["rangelist"]) {
        if (!allowed.IsSequence())
            throw SchemaFault{
                u"'rangelist' of '%1' is not a list at %2"_s.arg(key.name, where(allowed))};
        for (const YAML::Node &item : allowed)
            key.allowedValues.append(typedScalar(item, scalarType));
    }
    if (const YAML::Node range = node["range"]; range && range.IsMap()) {
        bool ok = false;
        if (const double minimum = text(range["min"]).toDouble(&ok); ok)
            key.minimum = minimum;
        if (const double maximum = text(range["max"]).toDouble(&ok); ok)
            key.maximum = maximum;
    }
    if (subkeys) {
        const bool repeats = std::any_of(
            open.cbegin(), open.cend(), [&subkeys](const auto &n) { return n.is(subkeys); });
        if (repeats) {
            key.recursive = true;
        } else {
            open.push_back(subkeys);
            key.subkeys = keyList(subkeys, key.platforms, open, depth + 1);
            open.pop_back();
        }
    }
    return key;
}

QList<PayloadKey> keyList(const YAML::Node &node,
                          const QList<PayloadPlatform> &inherited,
                          std::vector<YAML::Node> &open,
                          int depth)
{
    if (depth > MaxKeyDepth)
        throw SchemaFault{u"keys nested too deeply at %1"_s.arg(where(node))};
    if (!node.IsSequence())
        throw SchemaFault{u"a key list is not a list at %1"_s.arg(where(node))};
    QList<PayloadKey> keys;
    for (const YAML::Node &item : node)
        keys.append(keyFrom(item, inherited, open, depth));
    return keys;
}

} // namespace

Result<PayloadSchema> parse(const QByteArray &yaml, const QString &sourceName)
{
    const auto invalid = [&sourceName](const QString &detail) {
        return fail(
            Error::Code::InvalidInput,
            tr("The payload schema %1 cannot be read. Fix or remove the file.").arg(sourceName),
            sourceName + u": "_s + detail);
    };
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return invalid(u"the document is not a mapping"_s);
        const YAML::Node payload = root["payload"];
        if (!payload || !payload.IsMap())
            return invalid(u"no 'payload' mapping"_s);
        PayloadSchema schema;
        schema.sourcePath = sourceName;
        schema.payloadType = text(payload["payloadtype"]);
        if (schema.payloadType.isEmpty())
            return invalid(u"no 'payload.payloadtype'"_s);
        schema.title = text(root["title"]);
        schema.description = text(root["description"]);
        if (schema.description.isEmpty())
            schema.description = text(payload["content"]);
        schema.platforms = mergedPlatforms({}, payload["supportedOS"]);
        if (const YAML::Node keys = root["payloadkeys"]; keys && !keys.IsNull()) {
            std::vector<YAML::Node> open{keys};
            schema.keys = keyList(keys, schema.platforms, open, 0);
        }
        return schema;
    } catch (const SchemaFault &fault) {
        return invalid(fault.detail);
    } catch (const YAML::Exception &exception) {
        return invalid(QString::fromStdString(exception.what()));
    } catch (const std::exception &exception) {
        return invalid(QString::fromLocal8Bit(exception.what()));
    }
}

Result<PayloadSchema> loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
                    tr("The payload schema %1 cannot be opened: %2").arg(path, file.errorString()),
                    path);
    }
    if (file.size() > MaxFileBytes) {
        return fail(Error::Code::InvalidInput,
                    tr("The payload schema %1 is too large to be a schema.").arg(path),
                    u"%1: %2 bytes"_s.arg(path).arg(file.size()));
    }
    return parse(file.readAll(), path);
}

} // namespace Espalier::PayloadSchemaLoader
