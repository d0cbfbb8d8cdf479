// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/EngineConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Espalier {

Result<EngineConfig> EngineConfig::fromIniFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return fail(
            Error::Code::Io,
            tr("Cannot read the configuration file %1.").arg(QDir::toNativeSeparators(path)));

    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return fail(Error::Code::InvalidInput,
                    tr("The configuration file %1 is not a valid INI file.")
                        .arg(QDir::toNativeSeparators(path)));

    static const QSet<QString> known = {
        u"store/database"_s,
        u"server/listen"_s,
        u"server/port"_s,
        u"server/public_url"_s,
        u"push/topic"_s,
        u"push/environment"_s,
        u"push/host"_s,
        u"push/port"_s,
        u"push/ca_file"_s,
        u"push/repush_minutes"_s,
        u"inventory/refresh_minutes"_s,
        u"admin/port"_s,
        u"admin/token_file"_s,
        u"keychain/service"_s,
    };
    for (const QString &key : ini.allKeys()) {
        if (!known.contains(key))
            return fail(Error::Code::InvalidInput,
                        tr("Unknown setting %1 in %2.").arg(key, QDir::toNativeSeparators(path)));
    }

    const QDir base = info.absoluteDir();
    auto absolute = [&base](const QString &value) {
        return value.isEmpty() ? value : QDir::cleanPath(base.absoluteFilePath(value));
    };
    auto port = [&ini, &path](const QString &key, quint16 fallback) -> Result<quint16> {
        const QVariant value = ini.value(key);
        if (!value.isValid())
            return fallback;
        bool ok = false;
        const uint number = value.toString().toUInt(&ok);
        if (!ok || number > 65535)
            return fail(Error::Code::InvalidInput,
                        tr("%1 in %2 must be a port number from 0 to 65535.")
                            .arg(key, QDir::toNativeSeparators(path)));
        return quint16(number);
    };

    EngineConfig config;
    config.databasePath = absolute(ini.value(u"store/database"_s).toString());
    if (config.databasePath.isEmpty())
        return fail(Error::Code::InvalidInput,
                    tr("%1 does not say where the database is (store/database).")
                        .arg(QDir::toNativeSeparators(path)));

    if (const QString listen = ini.value(u"server/listen"_s).toString(); !listen.isEmpty()) {
        if (!config.listenAddress.setAddress(listen))
            return fail(Error::Code::InvalidInput,
                        tr("server/listen in %1 is not an IP address: %2")
                            .arg(QDir::toNativeSeparators(path), listen));
    }
    Result<quint16> listenPort = port(u"server/port"_s, config.listenPort);
    if (!listenPort)
        return fail(listenPort.error());
    config.listenPort = *listenPort;

    if (const QString url = ini.value(u"server/public_url"_s).toString(); !url.isEmpty()) {
        config.publicUrl = QUrl(url, QUrl::StrictMode);
        if (!config.publicUrl.isValid() || config.publicUrl.scheme() != u"https"_s
            || config.publicUrl.host().isEmpty())
            return fail(Error::Code::InvalidInput,
                        tr("server/public_url in %1 must be an https:// address devices can reach.")
                            .arg(QDir::toNativeSeparators(path)));
    }

    config.pushTopic = ini.value(u"push/topic"_s).toString();
    if (const QString environment = ini.value(u"push/environment"_s).toString();
        !environment.isEmpty()) {
        if (environment != u"production"_s && environment != u"sandbox"_s)
            return fail(Error::Code::InvalidInput,
                        tr("push/environment in %1 must be production or sandbox.")
                            .arg(QDir::toNativeSeparators(path)));
        config.apnsSandbox = environment == u"sandbox"_s;
    }
    config.apnsHost = ini.value(u"push/host"_s).toString();
    Result<quint16> apnsPort = port(u"push/port"_s, config.apnsPort);
    if (!apnsPort)
        return fail(apnsPort.error());
    config.apnsPort = *apnsPort;
    if (const QString caFile = absolute(ini.value(u"push/ca_file"_s).toString());
        !caFile.isEmpty()) {
        QFile file(caFile);
        Result<QList<Certificate>> roots = file.open(QIODevice::ReadOnly)
                                               ? Certificate::chainFromPem(file.readAll())
                                               : Result<QList<Certificate>>(
                                                   fail(Error::Code::Io, file.errorString()));
        if (!roots || roots->isEmpty())
            return fail(Error::Code::InvalidInput,
                        tr("push/ca_file in %1 must name a PEM file of certificates: %2")
                            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(caFile)));
        config.apnsTrustedRoots = *roots;
    }
    auto minutes = [&ini, &path](const QString &key,
                                 std::chrono::minutes fallback,
                                 qint64 least) -> Result<std::chrono::minutes> {
        const QVariant value = ini.value(key);
        if (!value.isValid())
            return fallback;
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        constexpr qint64 Most = 30 * 24 * 60;
        if (!ok || number < least || number > Most)
            return fail(Error::Code::InvalidInput,
                        tr("%1 in %2 must be a number of minutes from %3 to %4.")
                            .arg(key, QDir::toNativeSeparators(path))
                            .arg(least)
                            .arg(Most));
        return std::chrono::minutes(number);
    };
    Result<std::chrono::minutes> repush = minutes(
        u"push/repush_minutes"_s, config.repushInterval, 5);
    if (!repush)
        return fail(repush.error());
    config.repushInterval = *repush;
    Result<std::chrono::minutes> refresh = minutes(
        u"inventory/refresh_minutes"_s, config.inventoryRefreshInterval, 0);
    if (!refresh)
        return fail(refresh.error());
    config.inventoryRefreshInterval = *refresh;
    Result<quint16> adminPort = port(u"admin/port"_s, 0);
    if (!adminPort)
        return fail(adminPort.error());
    config.adminPort = *adminPort;
    config.adminTokenFile = absolute(ini.value(u"admin/token_file"_s).toString());
    if (config.adminPort != 0 && config.adminTokenFile.isEmpty())
        config.adminTokenFile
            = QFileInfo(config.databasePath).absoluteDir().filePath(u"admin.token"_s);
    if (const QString service = ini.value(u"keychain/service"_s).toString(); !service.isEmpty())
        config.keychainService = service;
    return config;
}

EngineConfig EngineConfig::storeOnly(const QString &databasePath)
{
    EngineConfig config;
    config.databasePath = databasePath;
    return config;
}

EngineConfig EngineConfig::console(const QString &databasePath)
{
    EngineConfig config = storeOnly(databasePath);
    config.settingsFromStore = true;
    return config;
}

} // namespace Espalier
