// SPDX-License-Identifier: GPL-3.0-or-later
// The console's server settings in a real SQLite store: defaults, a round trip, what the
// admin's typing becomes, refusals, and a damaged value reported instead of served.
#include "core/common/Clock.h"
#include "core/engine/EngineConfig.h"
#include "core/engine/ServerSettings.h"
#include "core/store/Database.h"
#include "core/store/SettingsRepository.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_ServerSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
    int m_files = 0;

    std::unique_ptr<Database> newStore()
    {
        Result<std::unique_ptr<Database>> db = Database::openWriter(
            m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_files)));
        return db ? std::move(*db) : nullptr;
    }

private Q_SLOTS:

    void emptyStoreGivesDefaults()
    {
        std::unique_ptr<Database> db = newStore();
        QVERIFY(db);
        Result<ServerSettings> loaded = ServerSettings::load(*db);
        QVERIFY_RESULT(loaded);
        QVERIFY(!loaded->isConfigured());
        QCOMPARE(*loaded, ServerSettings());
        QCOMPARE(loaded->listenPort, quint16(8443));
        QCOMPARE(loaded->repushInterval, 60min);
        QCOMPARE(loaded->inventoryRefreshInterval, 24h);
    }

    void savedSettingsReadBackThroughAReader()
    {
        std::unique_ptr<Database> db = newStore();
        QVERIFY(db);
        ServerSettings settings;
        settings.listenAddress = QHostAddress(u"127.0.0.1"_s);
        settings.listenPort = 9443;
        settings.publicUrl = QUrl(u"https://mdm.example.com:9443"_s);
        settings.apnsSandbox = true;
        settings.inventoryRefreshInterval = 6h;
        settings.repushInterval = 20min;
        QVERIFY_RESULT(settings.save(*db, m_clock));
        Result<ServerSettings> loaded = ServerSettings::load(*db);
        QVERIFY_RESULT(loaded);
        QCOMPARE(*loaded, settings);

        // The console's pages read through their own connection on the worker pool.
        QFuture<Result<ServerSettings::Overview>> overview = ServerSettings::loadOverview(
            db->path());
        QTRY_VERIFY(overview.isFinished());
        QVERIFY_RESULT(overview.result());
        QCOMPARE(overview.result()->settings, settings);
        QCOMPARE(overview.result()->enrolledDevices, 0);
        QVERIFY(overview.result()->certificateAuthority.isNull());

        EngineConfig config = EngineConfig::console(db->path());
        QVERIFY(config.settingsFromStore);
        loaded->applyTo(config);
        QCOMPARE(config.publicUrl, settings.publicUrl);
        QCOMPARE(config.listenPort, quint16(9443));
        QVERIFY(config.apnsSandbox);
        QCOMPARE(config.repushInterval, 20min);
        QCOMPARE(config.inventoryRefreshInterval, 6h);

        // Saving again replaces, never duplicates.
        settings.repushInterval = 30min;
        QVERIFY_RESULT(settings.save(*db, m_clock));
        QCOMPARE(ServerSettings::load(*db)->repushInterval, 30min);
    }

    void everyNetworkIsWrittenAsZeros()
    {
        std::unique_ptr<Database> db = newStore();
        QVERIFY(db);
        ServerSettings settings;
        QCOMPARE(ServerSettings::addressText(settings.listenAddress), u"0.0.0.0"_s);
        QCOMPARE(ServerSettings::parseAddress(u" 0.0.0.0 "_s), QHostAddress(QHostAddress::Any));
        QCOMPARE(ServerSettings::parseAddress(u"::1"_s), QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY(!ServerSettings::parseAddress(u"everywhere"_s));
        QVERIFY_RESULT(settings.save(*db, m_clock));
        QCOMPARE(ServerSettings::load(*db)->listenAddress, QHostAddress(QHostAddress::Any));
    }

    void publicUrlFromWhatWasTyped_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("url"); // empty: refused
        QTest::newRow("name and port")
            << u"mdm.example.com"_s << 8443 << u"https://mdm.example.com:8443"_s;
        QTest::newRow("default port")
            << u"mdm.example.com"_s << 443 << u"https://mdm.example.com"_s;
        QTest::newRow("address") << u"127.0.0.1"_s << 8443 << u"https://127.0.0.1:8443"_s;
        QTest::newRow("spaces trimmed")
            << u"  mdm.example.com "_s << 443 << u"https://mdm.example.com"_s;
        QTest::newRow("empty") << QString() << 443 << QString();
        QTest::newRow("scheme") << u"https://mdm.example.com"_s << 443 << QString();
        QTest::newRow("path") << u"mdm.example.com/mdm"_s << 443 << QString();
        QTest::newRow("port zero") << u"mdm.example.com"_s << 0 << QString();
    }

    void publicUrlFromWhatWasTyped()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, url);
        Result<QUrl> made = ServerSettings::publicUrlFor(host, port);
        if (url.isEmpty()) {
            QVERIFY(!made);
            QVERIFY(!made.error().message.isEmpty());
            return;
        }
        QVERIFY_RESULT(made);
        QCOMPARE(made->toString(), url);
    }

    void invalidSettingsAreNotSaved()
    {
        std::unique_ptr<Database> db = newStore();
        QVERIFY(db);
        ServerSettings settings;
        settings.repushInterval = 1min;
        QVERIFY_FAILS_WITH(settings.save(*db, m_clock), Error::Code::InvalidInput);
        settings = ServerSettings();
        settings.publicUrl = QUrl(u"http://mdm.example.com"_s);
        QVERIFY_FAILS_WITH(settings.save(*db, m_clock), Error::Code::InvalidInput);
        QCOMPARE(*ServerSettings::load(*db), ServerSettings());
    }

    void aDamagedValueIsReported()
    {
        std::unique_ptr<Database> db = newStore();
        QVERIFY(db);
        QVERIFY_RESULT(
            SettingsRepository(*db).set({{u"server/listen_port"_s, u"eighty"_s}}, m_clock.now()));
        Result<ServerSettings> loaded = ServerSettings::load(*db);
        QVERIFY_FAILS_WITH(loaded, Error::Code::Database);
        QVERIFY(loaded.error().message.contains(u"server/listen_port"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ServerSettings)
#include "tst_ServerSettings.moc"
