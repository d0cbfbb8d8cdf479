// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/PayloadSchemaRegistry.h"

#include "core/profiles/PayloadSchemaLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

PayloadSchemaRegistry PayloadSchemaRegistry::builtIn(LoadReport *report)
{
    PayloadSchemaRegistry registry;
    LoadReport loaded = registry.addFolder(QString::fromLatin1(BuiltInFolder));
    if (report)
        *report = std::move(loaded);
    return registry;
}

PayloadSchemaRegistry::LoadReport PayloadSchemaRegistry::addFolder(const QString &folder)
{
    LoadReport report;
    const QDir dir(folder);
    if (!dir.exists()) {
        report.errors.append(Error{Error::Code::NotFound,
                                   QCoreApplication::translate("Espalier::PayloadSchemaRegistry",
                                                               "The schema folder %1 does not "
                                                               "exist.")
                                       .arg(QDir::toNativeSeparators(folder)),
                                   folder});
        return report;
    }
    const QStringList files = dir.entryList(
        {u"*.yaml"_s, u"*.yml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    QHash<QString, PayloadSchema> merged;
    QStringList order;
    for (const QString &name : files) {
        Result<PayloadSchema> schema = PayloadSchemaLoader::loadFile(dir.filePath(name));
        if (!schema) {
            report.errors.append(schema.error());
            continue;
        }
        ++report.loaded;
        const QString type = schema->payloadType;
        auto found = merged.find(type);
        if (found == merged.end()) {
            order.append(type);
            merged.emplace(type, std::move(*schema));
            continue;
        }
        for (PayloadKey &key : schema->keys) {
            if (!found->key(key.name))
                found->keys.append(std::move(key));
        }
    }
    for (const QString &type : std::as_const(order))
        insert(merged.take(type));
    return report;
}

void PayloadSchemaRegistry::insert(PayloadSchema schema)
{
    const QString type = schema.payloadType;
    m_schemas.emplace(type, std::move(schema));
}

const PayloadSchema *PayloadSchemaRegistry::find(const QString &payloadType) const
{
    const auto found = m_schemas.constFind(payloadType);
    return found == m_schemas.cend() ? nullptr : &*found;
}

QStringList PayloadSchemaRegistry::payloadTypes() const
{
    QList<const PayloadSchema *> schemas;
    for (const PayloadSchema &schema : m_schemas) {
        if (schema.payloadType != QLatin1StringView(TopLevelType)
            && schema.payloadType != QLatin1StringView(CommonKeysType)) {
            schemas.append(&schema);
        }
    }
    std::sort(schemas.begin(), schemas.end(), [](const auto *a, const auto *b) {
        const int byTitle = QString::localeAwareCompare(a->displayTitle(), b->displayTitle());
        return byTitle != 0 ? byTitle < 0 : a->payloadType < b->payloadType;
    });
    QStringList types;
    for (const PayloadSchema *schema : std::as_const(schemas))
        types.append(schema->payloadType);
    return types;
}

const PayloadSchema *PayloadSchemaRegistry::topLevel() const
{
    return find(QString::fromLatin1(TopLevelType));
}

QList<PayloadKey> PayloadSchemaRegistry::commonKeys() const
{
    const PayloadSchema *common = find(QString::fromLatin1(CommonKeysType));
    return common ? common->keys : QList<PayloadKey>{};
}

} // namespace Espalier
