// SPDX-License-Identifier: GPL-3.0-or-later
// The reachability self-check against real sockets on 127.0.0.1: a closed port and a port where
// something other than an HTTPS server listens, each explained in plain words.
#include "core/server/ReachabilityCheck.h"
#include "tests/support/Ports.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_ReachabilityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { qRegisterMetaType<Espalier::ReachabilityCheck::Step>(); }

    void aClosedPortIsExplained()
    {
        const RefusingPort refusing;
        QVERIFY(refusing.isValid());
        const quint16 port = refusing.port();
        ReachabilityCheck check;
        QSignalSpy passed(&check, &ReachabilityCheck::stepPassed);
        QSignalSpy finished(&check, &ReachabilityCheck::finished);
        check.start({QUrl(u"https://127.0.0.1:%1"_s.arg(port))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).value<ReachabilityCheck::Step>(),
                 ReachabilityCheck::Step::Connect);
        const QString message = finished.at(0).at(2).toString();
        QVERIFY2(message.contains(u"Nothing accepts connections on port %1"_s.arg(port)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"firewall"_s), qPrintable(message));
        // The name needed no lookup; that step passed.
        QCOMPARE(passed.size(), 1);
        QCOMPARE(passed.at(0).at(0).value<ReachabilityCheck::Step>(),
                 ReachabilityCheck::Step::Resolve);
        QVERIFY(!check.isRunning());
    }

    void somethingOtherThanHttpsIsExplained()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                socket->write("220 mail.example.com ESMTP ready\r\n");
                socket->disconnectFromHost();
            }
        });
        ReachabilityCheck check;
        QSignalSpy finished(&check, &ReachabilityCheck::finished);
        check.start({QUrl(u"https://127.0.0.1:%1"_s.arg(plain.serverPort()))});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).value<ReachabilityCheck::Step>(),
                 ReachabilityCheck::Step::Handshake);
        const QString message = finished.at(0).at(2).toString();
        QVERIFY2(message.contains(u"secure connection (TLS)"_s), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_ReachabilityCheck)
#include "tst_ReachabilityCheck.moc"
