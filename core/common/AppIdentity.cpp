// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Espalier {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Espalier"_s);
    QCoreApplication::setApplicationName(u"espalier"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ESPALIER_VERSION));
}

QString databasePath(const QString &dataDir)
{
    const QString dir = dataDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : dataDir;
    return QDir(dir).filePath(u"espalier.sqlite"_s);
}

QString systemAccountName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"console"_s;
}

} // namespace Espalier
