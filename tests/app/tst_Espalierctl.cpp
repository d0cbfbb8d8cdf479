// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real espalierctl binary against an admin API served by this test process over a real
// store with an enrolled iPhone. The CLI runs asynchronously and the event loop keeps serving
// while it talks to the API; checks its output and exit statuses.
#include "core/common/Clock.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/SecretBox.h"
#include "core/engine/AdminApi.h"
#include "core/mdm/MdmService.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/plist/Plist.h"
#include "core/server/HttpServer.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "tests/support/Ports.h"
#include "tests/support/TestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QString Topic = u"com.apple.mgmt.External.0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a"_s;
const QString Udid = u"00008110-000A1B2C3D4E801E"_s;

// Of the iPhone's identity certificate: 64 lower-case hex digits.
QString fingerprint()
{
    return QString(64, u'c');
}

QByteArray xml(const QVariantMap &dict)
{
    Result<QByteArray> bytes = Plist::toXml(dict);
    Q_ASSERT(bytes);
    return *bytes;
}

QVariantMap parsePlist(const QByteArray &bytes)
{
    Result<QVariant> parsed = Plist::parse(bytes);
    return parsed ? parsed->toMap() : QVariantMap();
}

} // namespace

class tst_Espalierctl : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        bool finished = false;
        int exitCode = -1;
        QString out;
        QString err;
    };

    [[nodiscard]] QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ESPALIER_TOKEN"_s);
        environment.remove(u"ESPALIER_URL"_s);
        environment.insert(u"TZ"_s, u"UTC"_s);
        return environment;
    }

    [[nodiscard]] QStringList connection() const
    {
        return {u"--url"_s,
                u"http://127.0.0.1:%1"_s.arg(m_api->serverPort()),
                u"--token-file"_s,
                m_tokenFile};
    }

    // Starts espalierctl; the caller waits for it with the event loop running.
    std::unique_ptr<QProcess> start(const QStringList &arguments,
                                    const QProcessEnvironment &environment)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(ESPALIERCTL_PATH), arguments);
        return process;
    }

    Run finish(QProcess &process)
    {
        Run run;
        QSignalSpy finished(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning && !finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.finished = process.exitStatus() == QProcess::NormalExit
                       && process.error() != QProcess::FailedToStart;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run ctl(const QStringList &arguments,
            const std::optional<QProcessEnvironment> &env = std::nullopt)
    {
        std::unique_ptr<QProcess> process = start(arguments, env.value_or(environment()));
        return finish(*process);
    }

    Run ctlConnected(const QStringList &arguments) { return ctl(connection() + arguments); }

    // Hands the iPhone its queued commands and answers them all (inventory commands with data).
    void answerCommands()
    {
        const DeviceIdentity identity{Certificate(), fingerprint()};
        MdmResponse response = m_mdm->handleConnect(
            identity, xml({{u"Status"_s, u"Idle"_s}, {u"UDID"_s, Udid}}));
        for (int round = 0; round < 50 && !response.body.isEmpty(); ++round) {
            const QVariantMap command = parsePlist(response.body);
            const QString type
                = command.value(u"Command"_s).toMap().value(u"RequestType"_s).toString();
            QVariantMap report{{u"CommandUUID"_s, command.value(u"CommandUUID"_s)},
                               {u"UDID"_s, Udid},
                               {u"Status"_s, u"Acknowledged"_s}};
            if (type == u"DeviceInformation"_s) {
                report.insert(u"QueryResponses"_s,
                              QVariantMap{{u"DeviceName"_s, u"Reception iPhone"_s},
                                          {u"SerialNumber"_s, u"F4GZK1ABN72Q"_s},
                                          {u"ProductName"_s, u"iPhone15,2"_s},
                                          {u"ModelName"_s, u"iPhone"_s},
                                          {u"OSVersion"_s, u"17.6.1"_s},
                                          {u"IsSupervised"_s, false}});
            } else if (type == u"SecurityInfo"_s) {
                report.insert(u"SecurityInfo"_s, QVariantMap{{u"PasscodePresent"_s, true}});
            } else if (type == u"InstalledApplicationList"_s || type == u"ProfileList"_s
                       || type == u"CertificateList"_s) {
                report.insert(type, QVariantList());
            }
            response = m_mdm->handleConnect(identity, xml(report));
        }
    }

    [[nodiscard]] Command storedCommand(const QString &uuid)
    {
        Result<std::optional<Command>> command = CommandRepository(*m_database, m_clock).find(uuid);
        return command && *command ? **command : Command();
    }

    [[nodiscard]] QVariantMap storedFields(const QString &uuid)
    {
        return parsePlist(storedCommand(uuid).payload).value(u"Command"_s).toMap();
    }

    [[nodiscard]] qsizetype commandCount()
    {
        Result<QList<Command>> all = CommandRepository(*m_database, m_clock).listAll();
        return all ? all->size() : -1;
    }

    // A queued command only the test answers.
    [[nodiscard]] QString queueSecurityInfo()
    {
        Result<QStringList> queued = m_mdm->enqueue(
            {Udid}, MdmCommand{u"SecurityInfo"_s, {}}, u"test"_s);
        return queued ? queued->constFirst() : QString();
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EnrollmentLinkService> m_links;
    std::unique_ptr<MdmService> m_mdm;
    std::unique_ptr<AdminApi> m_api;
    QString m_tokenFile;
    QString m_acknowledged;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY_RESULT(OpenSsl::initialize());
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            m_dir.filePath(u"espalier.sqlite"_s));
        QVERIFY_RESULT(database);
        m_database = std::move(*database);
        Result<SecretBox> box = SecretBox::fromKey(QByteArray(SecretBox::KeySize, '\x33'));
        QVERIFY_RESULT(box);
        m_links = std::make_unique<EnrollmentLinkService>(*m_database, m_clock);
        m_mdm = std::make_unique<MdmService>(*m_database, m_clock, *box, Topic);

        const DeviceIdentity identity{Certificate(), fingerprint()};
        QCOMPARE(m_mdm
                     ->handleCheckin(identity,
                                     xml({{u"MessageType"_s, u"Authenticate"_s},
                                          {u"UDID"_s, Udid},
                                          {u"Topic"_s, Topic},
                                          {u"ProductName"_s, u"iPhone15,2"_s},
                                          {u"OSVersion"_s, u"17.6.1"_s}}))
                     .httpStatus,
                 200);
        QCOMPARE(
            m_mdm
                ->handleCheckin(identity,
                                xml({{u"MessageType"_s, u"TokenUpdate"_s},
                                     {u"UDID"_s, Udid},
                                     {u"Topic"_s, Topic},
                                     {u"Token"_s, QByteArray(32, '\x11')},
                                     {u"PushMagic"_s, u"8A3F5D2C-1B4E-4F6A-9C7D-0E1F2A3B4C5D"_s}}))
                .httpStatus,
            200);
        answerCommands();

        m_tokenFile = m_dir.filePath(u"admin.token"_s);
        AdminApi::Settings settings;
        settings.tokenFile = m_tokenFile;
        settings.publicUrl = QUrl(u"https://mdm.example.com:8443"_s);
        m_api = std::make_unique<AdminApi>(*m_database, *m_mdm, *m_links, m_clock, settings);
        QVERIFY_RESULT(m_api->start());
    }

    void listsDevices()
    {
        const Run run = ctlConnected({u"devices"_s});
        QVERIFY2(run.finished, qPrintable(run.err));
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"UDID"_s));
        QVERIFY2(lines.at(1).startsWith(Udid), qPrintable(run.out));
        QVERIFY(lines.at(1).contains(u"F4GZK1ABN72Q"_s));
        QVERIFY(lines.at(1).contains(u"Reception iPhone"_s));
        QVERIFY(lines.at(1).contains(u"iOS 17.6.1"_s));
        QVERIFY(lines.at(1).contains(u"%1 (enrolled)"_s.arg(Udid)));
        QVERIFY(run.err.isEmpty());
    }

    void listsDevicesAsJson()
    {
        const Run run = ctlConnected({u"--json"_s, u"devices"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray devices = document[u"devices"_s].toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0)[u"udid"_s].toString(), Udid);
        QCOMPARE(devices.at(0)[u"name"_s].toString(), u"Reception iPhone"_s);
    }

    void createsAnEnrollmentLink()
    {
        const Run run = ctlConnected(
            {u"link"_s, u"create"_s, u"--label"_s, u"Lobby kiosk"_s, u"--max-uses"_s, u"2"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QUrl url(lines.at(1));
        QCOMPARE(url.host(), u"mdm.example.com"_s);
        QVERIFY(url.path().startsWith(u"/enroll/"_s));
        Result<EnrollmentLink> link = m_links->findByToken(url.path().mid(8));
        QVERIFY_RESULT(link);
        QVERIFY(lines.at(0).contains(link->id));
        QCOMPARE(link->label, u"Lobby kiosk"_s);
        QCOMPARE(link->maxUses, std::optional<int>(2));

        const Run list = ctlConnected({u"links"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"Lobby kiosk"_s));
        QVERIFY(list.out.contains(u"0/2"_s));
        QVERIFY(!list.out.contains(url.path().mid(8)));
    }

    void queuesACommand()
    {
        const Run run = ctlConnected(
            {u"command"_s, u"DeviceLock"_s, Udid, u"message=Please call IT on 555 0100"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString uuid = run.out.trimmed();
        QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(run.out));
        const Command command = storedCommand(uuid);
        QCOMPARE(command.requestType, u"DeviceLock"_s);
        QCOMPARE(command.createdBy, u"api"_s);
        QCOMPARE(storedFields(uuid).value(u"Message"_s).toString(),
                 u"Please call IT on 555 0100"_s);
    }

    void convertsParameterValues()
    {
        // A boolean and a list, as the API describes the parameters.
        Run run = ctlConnected({u"command"_s, u"ProfileList"_s, Udid, u"managed_only=yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(storedFields(run.out.trimmed()).value(u"ManagedOnly"_s), QVariant(true));

        run = ctlConnected(
            {u"command"_s, u"DeviceInformation"_s, Udid, u"queries=DeviceName, OSVersion"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(storedFields(run.out.trimmed()).value(u"Queries"_s).toStringList(),
                 (QStringList{u"DeviceName"_s, u"OSVersion"_s}));

        // A value that is not a boolean is a usage error, found before anything is sent.
        const qsizetype before = commandCount();
        run = ctlConnected({u"command"_s, u"ProfileList"_s, Udid, u"managed_only=perhaps"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"true or false"_s));
        QCOMPARE(commandCount(), before);
    }

    void reportsARefusedCommand()
    {
        const qsizetype before = commandCount();
        const Run run = ctlConnected(
            {u"command"_s, u"EnableLostMode"_s, Udid, u"message=Lost phone"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"supervised"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"HTTP 422"_s));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(commandCount(), before);

        const Run unknown = ctlConnected({u"command"_s, u"SecurityInfo"_s, u"NO-SUCH-DEVICE"_s});
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY(unknown.err.contains(u"NO-SUCH-DEVICE"_s));
    }

    void showsACommand()
    {
        const Run list = ctlConnected(
            {u"--json"_s, u"commands"_s, u"--state"_s, u"acknowledged"_s, u"--enrollment"_s, Udid});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray commands
            = QJsonDocument::fromJson(list.out.toUtf8())[u"commands"_s].toArray();
        for (const QJsonValue command : commands) {
            if (command[u"type"_s].toString() == u"DeviceInformation"_s)
                m_acknowledged = command[u"uuid"_s].toString();
        }
        QVERIFY(!m_acknowledged.isEmpty());

        const Run run = ctlConnected({u"show"_s, m_acknowledged});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(m_acknowledged));
        QVERIFY(run.out.contains(u"acknowledged"_s));
        QVERIFY(run.out.contains(u"by engine"_s));
        QVERIFY(run.out.contains(u"Result:"_s));
        QVERIFY2(run.out.contains(u"\"DeviceName\": \"Reception iPhone\""_s), qPrintable(run.out));

        const Run missing = ctlConnected({u"show"_s, u"no-such-command"_s});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains(u"does not exist"_s));
    }

    void cancelsACommand()
    {
        const QString uuid = queueSecurityInfo();
        QVERIFY(!uuid.isEmpty());
        Run run = ctlConnected({u"cancel"_s, uuid});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"Cancelled "_s + uuid);
        QCOMPARE(storedCommand(uuid).state, CommandState::Cancelled);

        run = ctlConnected({u"cancel"_s, uuid});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"already finished"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"HTTP 409"_s));

        // wait on it: finished, but not acknowledged.
        run = ctlConnected({u"wait"_s, uuid});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out.trimmed(), u"cancelled"_s);
    }

    void retriesACommand()
    {
        const Run list = ctlConnected({u"--json"_s, u"commands"_s, u"--state"_s, u"cancelled"_s});
        const QString cancelled
            = QJsonDocument::fromJson(list.out.toUtf8())[u"commands"_s][0][u"uuid"_s].toString();
        QVERIFY(!cancelled.isEmpty());
        const Run run = ctlConnected({u"retry"_s, cancelled});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString retry = run.out.trimmed();
        QCOMPARE(storedCommand(retry).requestType, u"SecurityInfo"_s);
        QCOMPARE(storedCommand(retry).state, CommandState::Queued);
    }

    void waitsUntilTheCommandIsAcknowledged()
    {
        Run run = ctlConnected({u"wait"_s, m_acknowledged});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), u"acknowledged"_s);

        // Still queued when the time is up.
        const QString uuid = queueSecurityInfo();
        run = ctlConnected({u"wait"_s, uuid, u"--timeout"_s, u"0.5"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"still queued"_s), qPrintable(run.err));

        // Answered while espalierctl polls: it sees the change and succeeds.
        auto *server = m_api->findChild<HttpServer *>();
        QVERIFY(server);
        const quint64 served = server->statistics().requestsServed;
        std::unique_ptr<QProcess> waiting = start(
            connection() + QStringList{u"wait"_s, uuid, u"--timeout"_s, u"60"_s}, environment());
        QTRY_VERIFY_WITH_TIMEOUT(server->statistics().requestsServed > served, 20000);
        QCOMPARE(waiting->state(), QProcess::Running);
        answerCommands();
        QCOMPARE(storedCommand(uuid).state, CommandState::Acknowledged);
        run = finish(*waiting);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), u"acknowledged"_s);
    }

    void reportsAConnectionError()
    {
        // A port nothing listens on.
        const RefusingPort refusing;
        QVERIFY(refusing.isValid());
        const quint16 port = refusing.port();
        const Run run = ctl({u"--url"_s,
                             u"http://127.0.0.1:%1"_s.arg(port),
                             u"--token-file"_s,
                             m_tokenFile,
                             u"devices"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"Cannot reach the admin API"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void reportsAWrongToken()
    {
        QProcessEnvironment env = environment();
        env.insert(u"ESPALIER_TOKEN"_s, u"not-the-token"_s);
        env.insert(u"ESPALIER_URL"_s, u"http://127.0.0.1:%1"_s.arg(m_api->serverPort()));
        const Run run = ctl({u"devices"_s}, env);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"HTTP 401"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"ESPALIER_TOKEN"_s));
    }

    void reportsUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no verb") << QStringList() << u"No verb"_s;
        QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s} << u"Unknown verb"_s;
        QTest::newRow("missing uuid") << QStringList{u"show"_s} << u"Wrong number"_s;
        QTest::newRow("command without target")
            << QStringList{u"command"_s, u"DeviceLock"_s, u"message=x"_s}
            << u"at least one enrollment"_s;
        QTest::newRow("option of another verb")
            << QStringList{u"devices"_s, u"--label"_s, u"x"_s} << u"does not apply"_s;
        QTest::newRow("bad max uses")
            << QStringList{u"link"_s, u"create"_s, u"--max-uses"_s, u"none"_s} << u"--max-uses"_s;
        QTest::newRow("bad url") << QStringList{u"--url"_s, u"ftp://x"_s, u"devices"_s}
                                 << u"http://"_s;
    }

    void reportsUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = ctl(QStringList{u"--token-file"_s, m_tokenFile} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void needsAToken()
    {
        const Run run = ctl({u"devices"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"ESPALIER_TOKEN"_s));
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_mdm.reset();
        m_links.reset();
        m_database.reset();
    }
};

QTEST_GUILESS_MAIN(tst_Espalierctl)
#include "tst_Espalierctl.moc"
