// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/EngineConfig.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_EngineConfig : public QObject
{
    Q_OBJECT

private:
    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(u"espalierd.ini"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(text);
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:

    void readsEveryKey()
    {
        const QString path = write("[store]\ndatabase = data/espalier.sqlite\n"
                                   "[server]\nlisten = 127.0.0.1\nport = 9443\n"
                                   "public_url = https://mdm.example.com:9443\n"
                                   "[push]\ntopic = com.apple.mgmt.External.1234\n"
                                   "repush_minutes = 20\n"
                                   "[inventory]\nrefresh_minutes = 720\n"
                                   "[admin]\nport = 9444\n"
                                   "[keychain]\nservice = Espalier-Test\n");
        const Result<EngineConfig> config = EngineConfig::fromIniFile(path);
        QVERIFY_RESULT(config);
        QCOMPARE(config->databasePath, QDir(m_dir.path()).filePath(u"data/espalier.sqlite"_s));
        QCOMPARE(config->listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(config->listenPort, quint16(9443));
        QCOMPARE(config->publicUrl, QUrl(u"https://mdm.example.com:9443"_s));
        QCOMPARE(config->pushTopic, u"com.apple.mgmt.External.1234"_s);
        QCOMPARE(config->adminPort, quint16(9444));
        // Without token_file the token sits beside the database.
        QCOMPARE(config->adminTokenFile, QDir(m_dir.path()).filePath(u"data/admin.token"_s));
        QCOMPARE(config->keychainService, u"Espalier-Test"_s);
        QCOMPARE(config->repushInterval, std::chrono::minutes(20));
        QCOMPARE(config->inventoryRefreshInterval, std::chrono::minutes(720));
        QVERIFY(!config->settingsFromStore);
    }

    void defaultsWhereSilent()
    {
        const Result<EngineConfig> config = EngineConfig::fromIniFile(
            write("[store]\ndatabase = /var/lib/espalier/espalier.sqlite\n"));
        QVERIFY_RESULT(config);
        QCOMPARE(config->listenPort, quint16(8443));
        QCOMPARE(config->listenAddress, QHostAddress(QHostAddress::Any));
        QVERIFY(config->publicUrl.isEmpty());
        QCOMPARE(config->adminPort, quint16(0));
        QCOMPARE(config->keychainService, u"Espalier"_s);
        QCOMPARE(config->repushInterval, std::chrono::minutes(60));
        QCOMPARE(config->inventoryRefreshInterval, std::chrono::minutes(0));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("no database") << QByteArray("[server]\nport = 8443\n");
        QTest::newRow("unknown key") << QByteArray("[store]\ndatabase = x\ndatabse = y\n");
        QTest::newRow("port too big")
            << QByteArray("[store]\ndatabase = x\n[server]\nport = 70000\n");
        QTest::newRow("port not a number")
            << QByteArray("[store]\ndatabase = x\n[admin]\nport = eight\n");
        QTest::newRow("listen not an address")
            << QByteArray("[store]\ndatabase = x\n[server]\nlisten = mdm.example.com\n");
        QTest::newRow("plain http url")
            << QByteArray("[store]\ndatabase = x\n[server]\npublic_url = http://mdm.example.com\n");
        QTest::newRow("re-push too often")
            << QByteArray("[store]\ndatabase = x\n[push]\nrepush_minutes = 1\n");
        QTest::newRow("refresh not a number")
            << QByteArray("[store]\ndatabase = x\n[inventory]\nrefresh_minutes = daily\n");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, text);
        QVERIFY_FAILS_WITH(EngineConfig::fromIniFile(write(text)), Error::Code::InvalidInput);
    }

    void refusesAMissingFile()
    {
        QVERIFY_FAILS_WITH(EngineConfig::fromIniFile(m_dir.filePath(u"absent.ini"_s)),
                           Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(tst_EngineConfig)
#include "tst_EngineConfig.moc"
