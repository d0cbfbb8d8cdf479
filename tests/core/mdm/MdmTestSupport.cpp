// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/mdm/MdmTestSupport.h"

#include "core/plist/Plist.h"
#include "core/store/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace MdmTestSupport {

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("ESPALIER_SOURCE_DIR") + u"/tests/core/mdm/data/"_s + relative;
}

QByteArray fixture(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read fixture" << file.fileName();
        return {};
    }
    return file.readAll();
}

QVariantMap fixtureMap(const QString &relative)
{
    const Espalier::Result<QVariant> parsed = Espalier::Plist::parse(fixture(relative));
    if (!parsed) {
        qWarning() << "fixture" << relative << "is not a plist:" << parsed.error().toString();
        return {};
    }
    return parsed->toMap();
}

QByteArray patched(const QString &relative, const QVariantMap &changes)
{
    QVariantMap dict = fixtureMap(relative);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it->isValid())
            dict.insert(it.key(), *it);
        else
            dict.remove(it.key());
    }
    return xml(dict);
}

QByteArray xml(const QVariantMap &dict)
{
    const Espalier::Result<QByteArray> written = Espalier::Plist::toXml(dict);
    if (!written) {
        qWarning() << "cannot write plist:" << written.error().toString();
        return {};
    }
    return *written;
}

QStringList dumpStore(Espalier::Database &database)
{
    QStringList rows;
    Espalier::Result<QSqlQuery> tables = database.exec(
        u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    if (!tables)
        return {u"error: "_s + tables.error().toString()};
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    for (const QString &table : std::as_const(names)) {
        if (table == u"audit_log"_s || table == u"audit_head"_s)
            continue;
        Espalier::Result<QSqlQuery> query = database.exec(u"SELECT * FROM "_s + table);
        if (!query)
            return {u"error: "_s + query.error().toString()};
        while (query->next()) {
            QStringList values;
            const QSqlRecord record = query->record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                values.append(record.fieldName(i) + u'='
                              + (value.isNull() ? u"NULL"_s
                                 : value.metaType().id() == QMetaType::QByteArray
                                     ? QString::fromLatin1(value.toByteArray().toHex())
                                     : value.toString()));
            }
            rows.append(table + u": "_s + values.join(u", "_s));
        }
    }
    rows.sort();
    return rows;
}

} // namespace MdmTestSupport
