// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/ServerSettings.h"

#include "core/common/Clock.h"
#include "core/engine/EngineConfig.h"
#include "core/store/CertificateRecordRepository.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/SettingsRepository.h"

#include <QHash>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// The keys of the settings table; stable, never translated.
const QString ListenAddressKey = u"server/listen_address"_s;
const QString ListenPortKey = u"server/listen_port"_s;
const QString PublicUrlKey = u"server/public_url"_s;
const QString ApnsEnvironmentKey = u"push/environment"_s;
const QString RepushKey = u"push/repush_minutes"_s;
const QString InventoryRefreshKey = u"inventory/refresh_minutes"_s;

bool inRange(std::chrono::minutes interval)
{
    return interval >= ServerSettings::MinInterval && interval <= ServerSettings::MaxInterval;
}

} // namespace

Result<QUrl> ServerSettings::publicUrlFor(const QString &host, int port)
{
    const QString trimmed = host.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::InvalidInput,
                    tr("Enter the host name devices use to reach this server, for example "
                       "mdm.example.com."));
    if (trimmed.contains(u"://"_s) || trimmed.contains(u'/') || trimmed.contains(u' '))
        return fail(Error::Code::InvalidInput,
                    tr("Enter only the host name, such as mdm.example.com, without https:// or "
                       "a path."));
    if (port < 1 || port > 65535)
        return fail(Error::Code::InvalidInput, tr("The port must be a number from 1 to 65535."));
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(
            Error::Code::InvalidInput,
            tr("%1 is not a valid host name. Use letters, digits, dots and hyphens.").arg(trimmed));
    if (port != 443)
        url.setPort(port);
    return url;
}

QString ServerSettings::addressText(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) ? u"0.0.0.0"_s : address.toString();
}

std::optional<QHostAddress> ServerSettings::parseAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == u"0.0.0.0"_s)
        return QHostAddress(QHostAddress::Any);
    QHostAddress address;
    if (!address.setAddress(trimmed))
        return std::nullopt;
    return address;
}

Result<void> ServerSettings::validate() const
{
    if (listenAddress.isNull())
        return fail(Error::Code::InvalidInput,
                    tr("The listen address must be an IP address, such as 0.0.0.0 for every "
                       "network."));
    if (listenPort == 0)
        return fail(Error::Code::InvalidInput,
                    tr("The listen port must be a number from 1 to 65535."));
    if (!publicUrl.isEmpty()
        && (!publicUrl.isValid() || publicUrl.scheme() != u"https"_s || publicUrl.host().isEmpty()
            || !publicUrl.path().isEmpty()))
        return fail(Error::Code::InvalidInput,
                    tr("The public URL must be an https:// address with a host name and no path, "
                       "such as https://mdm.example.com:8443."));
    if (!inRange(inventoryRefreshInterval) || !inRange(repushInterval))
        return fail(Error::Code::InvalidInput,
                    tr("Intervals must be between %1 minutes and %2 days.")
                        .arg(MinInterval.count())
                        .arg(std::chrono::duration_cast<std::chrono::days>(MaxInterval).count()));
    return {};
}

Result<ServerSettings> ServerSettings::load(Database &database)
{
    Result<QHash<QString, QString>> stored = SettingsRepository(database).all();
    if (!stored)
        return fail(stored.error());
    const QHash<QString, QString> &values = *stored;

    auto damaged = [](const QString &key) {
        return fail(Error::Code::Database,
                    tr("The stored server settings are damaged (%1). Set them again under "
                       "Settings.")
                        .arg(key));
    };
    ServerSettings settings;
    if (const QString value = values.value(ListenAddressKey); !value.isEmpty()) {
        const std::optional<QHostAddress> address = parseAddress(value);
        if (!address)
            return damaged(ListenAddressKey);
        settings.listenAddress = *address;
    }
    auto number = [&values](const QString &key, qint64 fallback) -> std::optional<qint64> {
        if (!values.contains(key))
            return fallback;
        bool ok = false;
        const qint64 parsed = values.value(key).toLongLong(&ok);
        return ok ? std::optional<qint64>(parsed) : std::nullopt;
    };
    const std::optional<qint64> port = number(ListenPortKey, settings.listenPort);
    if (!port || *port < 1 || *port > 65535)
        return damaged(ListenPortKey);
    settings.listenPort = quint16(*port);
    if (const QString value = values.value(PublicUrlKey); !value.isEmpty())
        settings.publicUrl = QUrl(value, QUrl::StrictMode);
    if (const QString value = values.value(ApnsEnvironmentKey); !value.isEmpty()) {
        if (value != u"production"_s && value != u"sandbox"_s)
            return damaged(ApnsEnvironmentKey);
        settings.apnsSandbox = value == u"sandbox"_s;
    }
    const std::optional<qint64> inventory = number(InventoryRefreshKey,
                                                   DefaultInventoryRefresh.count());
    const std::optional<qint64> repush = number(RepushKey, DefaultRepush.count());
    if (!inventory)
        return damaged(InventoryRefreshKey);
    if (!repush)
        return damaged(RepushKey);
    settings.inventoryRefreshInterval = std::chrono::minutes(*inventory);
    settings.repushInterval = std::chrono::minutes(*repush);
    if (Result<void> valid = settings.validate(); !valid)
        return fail(Error::Code::Database, valid.error().message);
    return settings;
}

Result<void> ServerSettings::save(Database &database, const Clock &clock) const
{
    if (Result<void> valid = validate(); !valid)
        return valid;
    const QList<std::pair<QString, QString>> values{
        {ListenAddressKey, addressText(listenAddress)},
        {ListenPortKey, QString::number(listenPort)},
        {PublicUrlKey, publicUrl.toString()},
        {ApnsEnvironmentKey, apnsSandbox ? u"sandbox"_s : u"production"_s},
        {InventoryRefreshKey, QString::number(inventoryRefreshInterval.count())},
        {RepushKey, QString::number(repushInterval.count())},
    };
    return SettingsRepository(database).set(values, clock.now());
}

QFuture<Result<ServerSettings::Overview>> ServerSettings::loadOverview(const QString &databasePath)
{
    return QtConcurrent::run([databasePath]() -> Result<Overview> {
        Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
        if (!database)
            return fail(database.error());
        Overview overview;
        Result<ServerSettings> settings = load(**database);
        if (!settings)
            return fail(settings.error());
        overview.settings = *settings;
        const SystemClock clock;
        Result<QMap<QString, int>> enrolled
            = EnrollmentRepository(**database, clock).deviceCountByTopic();
        if (!enrolled)
            return fail(enrolled.error());
        for (const int count : std::as_const(*enrolled))
            overview.enrolledDevices += count;
        CertificateRecordRepository records(**database);
        Result<std::optional<CertificateRecord>> ca = records.current(CertificateKind::Ca);
        Result<std::optional<CertificateRecord>> tls = records.current(CertificateKind::Tls);
        if (!ca)
            return fail(ca.error());
        if (!tls)
            return fail(tls.error());
        if (*ca) {
            Result<Certificate> certificate = Certificate::fromDer((*ca)->der);
            if (certificate)
                overview.certificateAuthority = *certificate;
        }
        if (*tls) {
            Result<Certificate> certificate = Certificate::fromDer((*tls)->der);
            if (certificate)
                overview.serverCertificate = *certificate;
        }
        return overview;
    });
}

void ServerSettings::applyTo(EngineConfig &config) const
{
    config.listenAddress = listenAddress;
    config.listenPort = listenPort;
    config.publicUrl = publicUrl;
    config.apnsSandbox = apnsSandbox;
    config.inventoryRefreshInterval = inventoryRefreshInterval;
    config.repushInterval = repushInterval;
}

} // namespace Espalier
