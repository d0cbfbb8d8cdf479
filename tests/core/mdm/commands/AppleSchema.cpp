// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/mdm/commands/AppleSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QVariantList>
#include <QVariantMap>

#include <string>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Espalier::AppleSchema {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Throws YAML::Exception on anything unexpected; load() catches it.
QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return fromStd(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &entry : node) {
            const QString key = fromStd(entry.first.as<std::string>());
            if (map.contains(key)) {
                throw YAML::ParserException(entry.first.Mark(),
                                            "duplicate key " + entry.first.as<std::string>());
            }
            map.insert(key, toVariant(entry.second));
        }
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

} // namespace

QString commandsDirectory()
{
    const QString sourceDir = qEnvironmentVariable("ESPALIER_SOURCE_DIR");
    if (sourceDir.isEmpty())
        return {};
    const QDir dir(sourceDir + u"/../shared/reference/apple-device-management/mdm/commands"_s);
    return dir.exists() ? dir.canonicalPath() : QString();
}

Result<QVariantMap> load(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return fail(Error::Code::NotFound, u"Apple schema file missing"_s, path);
    }
    try {
        const YAML::Node document = YAML::LoadFile(QFile::encodeName(path).toStdString());
        if (!document.IsMap())
            return fail(Error::Code::InvalidInput, u"Apple schema is not a mapping"_s, path);
        return toVariant(document).toMap();
    } catch (const YAML::Exception &error) {
        // mark is 0-based; editors count from 1.
        return fail(Error::Code::InvalidInput,
                    u"Apple schema does not parse as YAML"_s,
                    u"%1:%2:%3: %4"_s.arg(path)
                        .arg(error.mark.line + 1)
                        .arg(error.mark.column + 1)
                        .arg(fromStd(error.msg)));
    } catch (const std::exception &error) {
        return fail(Error::Code::InvalidInput,
                    u"Apple schema could not be read"_s,
                    u"%1: %2"_s.arg(path, QString::fromLocal8Bit(error.what())));
    }
}

Result<QVariantMap> loadCommand(const QString &fileName)
{
    const QString dir = commandsDirectory();
    if (dir.isEmpty())
        return fail(Error::Code::NotFound, u"Apple schema folder missing"_s);
    return load(dir + u'/' + fileName);
}

} // namespace Espalier::AppleSchema
