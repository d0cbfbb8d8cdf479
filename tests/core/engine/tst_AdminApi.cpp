// SPDX-License-Identifier: GPL-3.0-or-later
// The admin API on 127.0.0.1 over a real store, with devices enrolled through the MDM service the
// way real ones enroll: the token file and bearer checks, every endpoint with its refusals, and
// the audit entries its writes leave.
#include "core/common/Clock.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/SecretBox.h"
#include "core/engine/AdminApi.h"
#include "core/engine/AdminJson.h"
#include "core/engine/AdminTokenFile.h"
#include "core/mdm/MdmService.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/plist/Plist.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "tests/support/TestHelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QString Topic = u"com.apple.mgmt.External.6a1f0c3e-7d2b-4e59-9c1a-2b3d4e5f6a7b"_s;
const QString IphoneUdid = u"00008110-000A1B2C3D4E801E"_s;
const QString MacUdid = u"5E7A1C3B-9D2F-4A6E-8B1C-0F2D3E4A5B6C"_s;

QByteArray unlockToken()
{
    return QByteArray("unlock-token-of-the-iphone-").repeated(4);
}

// A device as the test enrolls it: what it says at check-in and in its inventory answers.
struct FakeDevice
{
    QString udid;
    QString fingerprint; // of its identity certificate, 64 lower-case hex digits
    QString productName;
    QString osVersion;
    QString serialNumber;
    QString name;
    QVariantMap extraAnswers{}; // more DeviceInformation answers
    QByteArray unlockToken{};
};

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

class tst_AdminApi : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QByteArray contentType;
        QByteArray wwwAuthenticate;
        QByteArray allow;
    };

    // authorization: the whole header value; a null one sends no header.
    Answer call(const QByteArray &authorization,
                const QByteArray &verb,
                const QString &path,
                const QByteArray &body = {},
                quint16 port = 0)
    {
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1%2"_s.arg(port ? port : m_api->serverPort()).arg(path)));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!authorization.isNull())
            request.setRawHeader("Authorization"_ba, authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return {};
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.wwwAuthenticate = reply->rawHeader("WWW-Authenticate"_ba);
        answer.allow = reply->rawHeader("Allow"_ba);
        reply->deleteLater();
        return answer;
    }

    Answer call(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return call("Bearer "_ba + m_token, verb, path, body);
    }

    Answer post(const QString &path, const QJsonObject &body)
    {
        return call("POST"_ba, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    MdmResponse checkin(const FakeDevice &device, const QVariantMap &message)
    {
        return m_mdm->handleCheckin(DeviceIdentity{Certificate(), device.fingerprint},
                                    xml(message));
    }

    // Delivers the device's queued commands and answers each: Acknowledged with what the
    // inventory commands report, or the status statusByType names.
    void answerCommands(const FakeDevice &device, const QHash<QString, QString> &statusByType = {})
    {
        const DeviceIdentity identity{Certificate(), device.fingerprint};
        MdmResponse response = m_mdm->handleConnect(
            identity, xml({{u"Status"_s, u"Idle"_s}, {u"UDID"_s, device.udid}}));
        for (int round = 0; round < 50 && !response.body.isEmpty(); ++round) {
            QCOMPARE(response.httpStatus, 200);
            const QVariantMap command = parsePlist(response.body);
            const QString uuid = command.value(u"CommandUUID"_s).toString();
            const QString type
                = command.value(u"Command"_s).toMap().value(u"RequestType"_s).toString();
            QVariantMap report{{u"CommandUUID"_s, uuid},
                               {u"UDID"_s, device.udid},
                               {u"Status"_s, statusByType.value(type, u"Acknowledged"_s)}};
            if (report.value(u"Status"_s) == u"Error"_s) {
                report.insert(u"ErrorChain"_s,
                              QVariantList{QVariantMap{
                                  {u"ErrorCode"_s, qint64(12021)},
                                  {u"ErrorDomain"_s, u"MCMDMErrorDomain"_s},
                                  {u"LocalizedDescription"_s, u"The device refused it."_s}}});
            } else if (type == u"DeviceInformation"_s) {
                QVariantMap answers{{u"DeviceName"_s, device.name},
                                    {u"SerialNumber"_s, device.serialNumber},
                                    {u"ProductName"_s, device.productName},
                                    {u"OSVersion"_s, device.osVersion},
                                    {u"IsSupervised"_s, false},
                                    {u"UDID"_s, device.udid}};
                answers.insert(device.extraAnswers);
                report.insert(u"QueryResponses"_s, answers);
            } else if (type == u"SecurityInfo"_s) {
                report.insert(u"SecurityInfo"_s, QVariantMap{{u"PasscodePresent"_s, true}});
            } else if (type == u"InstalledApplicationList"_s || type == u"ProfileList"_s
                       || type == u"CertificateList"_s) {
                report.insert(type, QVariantList());
            }
            response = m_mdm->handleConnect(identity, xml(report));
        }
        QVERIFY(response.body.isEmpty());
    }

    void enroll(const FakeDevice &device)
    {
        MdmResponse response = checkin(device,
                                       {{u"MessageType"_s, u"Authenticate"_s},
                                        {u"UDID"_s, device.udid},
                                        {u"Topic"_s, Topic},
                                        {u"SerialNumber"_s, device.serialNumber},
                                        {u"ProductName"_s, device.productName},
                                        {u"OSVersion"_s, device.osVersion}});
        QCOMPARE(response.httpStatus, 200);
        QVariantMap tokenUpdate{
            {u"MessageType"_s, u"TokenUpdate"_s},
            {u"UDID"_s, device.udid},
            {u"Topic"_s, Topic},
            {u"Token"_s, QByteArray(32, '\x2a')},
            {u"PushMagic"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"AwaitingConfiguration"_s, false}};
        if (!device.unlockToken.isEmpty())
            tokenUpdate.insert(u"UnlockToken"_s, device.unlockToken);
        response = checkin(device, tokenUpdate);
        QCOMPARE(response.httpStatus, 200);
        answerCommands(device);
    }

    [[nodiscard]] Command storedCommand(const QString &uuid)
    {
        Result<std::optional<Command>> command = CommandRepository(*m_database, m_clock).find(uuid);
        return command && *command ? **command : Command();
    }

    // The Command dict as the device will receive it (commands with a secret are stored sealed).
    [[nodiscard]] QVariantMap storedFields(const QString &uuid)
    {
        Result<QByteArray> payload = m_mdm->commandQueue().deliverablePayload(storedCommand(uuid));
        return payload ? parsePlist(*payload).value(u"Command"_s).toMap() : QVariantMap();
    }

    [[nodiscard]] qsizetype commandCount()
    {
        Result<QList<Command>> all = CommandRepository(*m_database, m_clock).listAll();
        return all ? all->size() : -1;
    }

    [[nodiscard]] QList<AuditEntry> audited(const QString &action)
    {
        AuditLog::Filter filter;
        filter.actor = AdminApi::actor();
        filter.action = action;
        Result<QList<AuditEntry>> entries = AuditLog(*m_database, m_clock).list(filter);
        return entries ? *entries : QList<AuditEntry>();
    }

    [[nodiscard]] AdminApi::Settings settings(const QString &tokenFile) const
    {
        AdminApi::Settings settings;
        settings.tokenFile = tokenFile;
        settings.publicUrl = QUrl(u"https://mdm.example.com:8443"_s);
        return settings;
    }

    const FakeDevice m_iphone{IphoneUdid,
                              QString(64, u'a'),
                              u"iPhone15,2"_s,
                              u"17.6.1"_s,
                              u"F4GZK1ABN72Q"_s,
                              u"Reception iPhone"_s,
                              {},
                              unlockToken()};
    const FakeDevice m_mac{MacUdid,
                           QString(64, u'b'),
                           u"Mac14,2"_s,
                           u"14.4.1"_s,
                           u"C02XK0AAJG5H"_s,
                           u"Design Mac"_s,
                           {{u"IsAppleSilicon"_s, true}, {u"PINRequiredForDeviceLock"_s, true}}};

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    QNetworkAccessManager m_network;
    // Destroyed in reverse: the API before the services before the store.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EnrollmentLinkService> m_links;
    std::unique_ptr<MdmService> m_mdm;
    std::unique_ptr<AdminApi> m_api;
    std::optional<SecretBox> m_box;
    QString m_tokenFile;
    QByteArray m_token;
    QString m_acknowledgedUuid;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY_RESULT(OpenSsl::initialize());
        m_network.setProxy(QNetworkProxy::NoProxy);
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            m_dir.filePath(u"espalier.sqlite"_s));
        QVERIFY_RESULT(database);
        m_database = std::move(*database);
        Result<SecretBox> box = SecretBox::fromKey(QByteArray(SecretBox::KeySize, '\x5a'));
        QVERIFY_RESULT(box);
        m_box = *box;
        m_links = std::make_unique<EnrollmentLinkService>(*m_database, m_clock);
        m_mdm = std::make_unique<MdmService>(*m_database, m_clock, *box, Topic);
        enroll(m_iphone);
        enroll(m_mac);

        // The token file does not exist yet: the API makes it.
        m_tokenFile = m_dir.filePath(u"secrets/admin.token"_s);
        AdminApi::Settings config = settings(m_tokenFile);
        config.unlockTokenBox = m_box;
        m_api = std::make_unique<AdminApi>(*m_database, *m_mdm, *m_links, m_clock, config);
        QVERIFY_RESULT(m_api->start());
        QVERIFY(m_api->isListening());
        QVERIFY(m_api->serverPort() != 0);

        QFile file(m_tokenFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_token = file.readAll().trimmed();
    }

    void createsAPrivateTokenFile()
    {
        const QFileInfo info(m_tokenFile);
        QVERIFY(info.isFile());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(info.permissions() & others, QFileDevice::Permissions());
        QVERIFY(info.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // 32 random bytes as base64url without padding.
        QCOMPARE(m_token.size(), 43);
        QVERIFY(QByteArray::fromBase64Encoding(
            m_token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors));

        // A second start reads the same token instead of making another.
        Result<QByteArray> again = AdminTokenFile::loadOrCreate(m_tokenFile);
        QVERIFY_RESULT(again);
        QCOMPARE(*again, m_token);
    }

    void refusesATokenFileOthersCanRead()
    {
        const QString path = m_dir.filePath(u"shared.token"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_token + '\n');
        }
        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        AdminApi api(*m_database, *m_mdm, *m_links, m_clock, settings(path));
        Result<void> started = api.start();
        QVERIFY_FAILS_WITH(started, Error::Code::InvalidInput);
        QVERIFY2(started.error().message.contains(u"chmod 600"_s),
                 qPrintable(started.error().message));
        QVERIFY(!api.isListening());

        // Fixed as the message says, it starts.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY_RESULT(api.start());
        QVERIFY(api.isListening());
    }

    void refusesAMalformedTokenFile()
    {
        const QString path = m_dir.filePath(u"short.token"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        file.write("short\n");
        file.close();
        AdminApi api(*m_database, *m_mdm, *m_links, m_clock, settings(path));
        QVERIFY_FAILS_WITH(api.start(), Error::Code::InvalidInput);
    }

    void refusesANonLoopbackAddress()
    {
        AdminApi::Settings config = settings(m_tokenFile);
        config.address = QHostAddress(QHostAddress::AnyIPv4);
        AdminApi api(*m_database, *m_mdm, *m_links, m_clock, config);
        Result<void> started = api.start();
        QVERIFY_FAILS_WITH(started, Error::Code::InvalidInput);
        QVERIFY(started.error().message.contains(u"loopback"_s));
        QVERIFY(!api.isListening());
    }

    void requiresTheToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("empty") << ""_ba;
        QTest::newRow("no token") << "Bearer "_ba;
        QTest::newRow("wrong token") << "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_ba;
        QTest::newRow("token with more") << "Bearer "_ba + m_token + "x"_ba;
        QTest::newRow("token cut short") << "Bearer "_ba + m_token.chopped(1);
        QTest::newRow("basic scheme") << "Basic "_ba + m_token;
        QTest::newRow("token alone") << m_token;
    }

    void requiresTheToken()
    {
        QFETCH(QByteArray, authorization);
        for (const QString &path : {u"/v1/devices"_s, u"/v1/commands"_s, u"/v1/no-such-thing"_s}) {
            const Answer answer = call(authorization, "GET"_ba, path);
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.contentType, "application/json"_ba);
            QVERIFY(!answer.json.value(u"error"_s).toString().isEmpty());
            QVERIFY(answer.wwwAuthenticate.startsWith("Bearer"));
            QVERIFY(!answer.body.contains("devices"));
        }
        // Nothing is written without the token.
        const qsizetype before = commandCount();
        const Answer write = call(
            authorization,
            "POST"_ba,
            u"/v1/commands"_s,
            QJsonDocument(QJsonObject{{u"enrollments"_s, QJsonArray{IphoneUdid}},
                                      {u"type"_s, u"SecurityInfo"_s}})
                .toJson());
        QCOMPARE(write.status, 401);
        QCOMPARE(commandCount(), before);
    }

    void acceptsTheSchemeInAnyCase()
    {
        QCOMPARE(call("bearer "_ba + m_token, "GET"_ba, u"/v1/devices"_s).status, 200);
        QCOMPARE(call("BEARER  "_ba + m_token, "GET"_ba, u"/v1/devices"_s).status, 200);
    }

    void listsDevicesWithTheirEnrollments()
    {
        const Answer answer = call("GET"_ba, u"/v1/devices"_s);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.contentType, "application/json"_ba);
        const QJsonArray devices = answer.json.value(u"devices"_s).toArray();
        QCOMPARE(devices.size(), 2);
        QJsonObject iphone;
        for (const QJsonValue device : devices) {
            if (device[u"udid"_s].toString() == IphoneUdid)
                iphone = device.toObject();
        }
        QCOMPARE(iphone.value(u"name"_s).toString(), u"Reception iPhone"_s);
        QCOMPARE(iphone.value(u"serial_number"_s).toString(), u"F4GZK1ABN72Q"_s);
        QCOMPARE(iphone.value(u"platform"_s).toString(), u"iOS"_s);
        QCOMPARE(iphone.value(u"os_version"_s).toString(), u"17.6.1"_s);
        QCOMPARE(iphone.value(u"supervised"_s), QJsonValue(false));
        QCOMPARE(iphone.value(u"passcode_present"_s), QJsonValue(true));
        // Never reported: null, not a made-up value.
        QVERIFY(iphone.value(u"file_vault_enabled"_s).isNull());
        QVERIFY(!iphone.value(u"inventory_updated_at"_s).toString().isEmpty());
        const QJsonArray enrollments = iphone.value(u"enrollments"_s).toArray();
        QCOMPARE(enrollments.size(), 1);
        QCOMPARE(enrollments.at(0)[u"id"_s].toString(), IphoneUdid);
        QCOMPARE(enrollments.at(0)[u"type"_s].toString(), u"device"_s);
        QCOMPARE(enrollments.at(0)[u"state"_s].toString(), u"enrolled"_s);
    }

    void listsEnrollments()
    {
        const Answer answer = call("GET"_ba, u"/v1/enrollments"_s);
        QCOMPARE(answer.status, 200);
        const QJsonArray enrollments = answer.json.value(u"enrollments"_s).toArray();
        QCOMPARE(enrollments.size(), 2);
        for (const QJsonValue value : enrollments) {
            const QJsonObject enrollment = value.toObject();
            QCOMPARE(enrollment.value(u"type"_s).toString(), u"device"_s);
            QCOMPARE(enrollment.value(u"enabled"_s).toBool(), true);
            QCOMPARE(enrollment.value(u"state"_s).toString(), u"enrolled"_s);
            QCOMPARE(enrollment.value(u"push_token_state"_s).toString(), u"ok"_s);
            QCOMPARE(enrollment.value(u"can_push"_s).toBool(), true);
            QCOMPARE(enrollment.value(u"last_seen_at"_s).toString(), u"2026-03-01T09:00:00Z"_s);
        }
        // The push token and PushMagic are secrets of the device channel.
        QVERIFY(!answer.body.contains("push_magic"));
        QVERIFY(!answer.body.contains(QByteArray(32, '\x2a').toBase64()));
    }

    void listsCommandTypes()
    {
        const Answer answer = call("GET"_ba, u"/v1/command-types"_s);
        QCOMPARE(answer.status, 200);
        QStringList types;
        QJsonObject deviceLock;
        const QJsonArray list = answer.json.value(u"command_types"_s).toArray();
        for (const QJsonValue value : list) {
            types.append(value[u"type"_s].toString());
            if (value[u"type"_s].toString() == u"DeviceLock"_s)
                deviceLock = value.toObject();
        }
        for (const QString &type : {u"DeviceInformation"_s,
                                    u"SecurityInfo"_s,
                                    u"InstalledApplicationList"_s,
                                    u"ProfileList"_s,
                                    u"CertificateList"_s,
                                    u"DeviceLock"_s,
                                    u"EraseDevice"_s,
                                    u"RestartDevice"_s,
                                    u"ShutDownDevice"_s,
                                    u"ClearPasscode"_s,
                                    u"EnableLostMode"_s,
                                    u"DisableLostMode"_s,
                                    u"PlayLostModeSound"_s,
                                    u"DeviceLocation"_s,
                                    u"Settings"_s,
                                    u"RemoveProfile"_s,
                                    u"InstallProfile"_s}) {
            QVERIFY2(types.contains(type), qPrintable(type));
        }
        QCOMPARE(deviceLock.value(u"name"_s).toString(), u"Device Lock"_s);
        const QJsonArray params = deviceLock.value(u"params"_s).toArray();
        QCOMPARE(params.size(), 3);
        QCOMPARE(params.at(2)[u"name"_s].toString(), u"pin"_s);
        QCOMPARE(params.at(2)[u"kind"_s].toString(), u"string"_s);
    }

    void queuesATypedCommand()
    {
        QSignalSpy changed(m_api.get(), &AdminApi::commandsChanged);
        QSignalSpy push(m_api.get(), &AdminApi::pushRequested);
        const qsizetype auditedBefore = audited(u"command.queued"_s).size();
        const Answer answer = post(
            u"/v1/commands"_s,
            {{u"enrollments"_s, QJsonArray{IphoneUdid}},
             {u"type"_s, u"DeviceLock"_s},
             {u"params"_s, QJsonObject{{u"message"_s, u"Please return to IT"_s}}}});
        QCOMPARE(answer.status, 201);
        const QJsonArray uuids = answer.json.value(u"commands"_s).toArray();
        QCOMPARE(uuids.size(), 1);
        const QString uuid = uuids.at(0).toString();
        QCOMPARE(answer.json.value(u"queued"_s).toArray().at(0)[u"enrollment"_s].toString(),
                 IphoneUdid);

        const Command command = storedCommand(uuid);
        QCOMPARE(command.requestType, u"DeviceLock"_s);
        QCOMPARE(command.enrollmentId, IphoneUdid);
        QCOMPARE(command.createdBy, u"api"_s);
        QCOMPARE(command.state, CommandState::Queued);
        const QVariantMap fields = storedFields(uuid);
        QCOMPARE(fields.value(u"Message"_s).toString(), u"Please return to IT"_s);
        // An iPhone is never sent a PIN.
        QVERIFY(!fields.contains(u"PIN"_s));

        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{uuid});
        QCOMPARE(push.size(), 1);
        QCOMPARE(push.at(0).at(0).toStringList(), QStringList{IphoneUdid});
        QCOMPARE(audited(u"command.queued"_s).size(), auditedBefore + 1);
        QCOMPARE(audited(u"command.queued"_s).constLast().target, IphoneUdid);
    }

    void buildsTheCommandForEachTarget()
    {
        // One request, two devices: the Mac gets the PIN it needs, the iPhone none.
        const Answer answer = post(u"/v1/commands"_s,
                                   {{u"enrollments"_s, QJsonArray{MacUdid, IphoneUdid, MacUdid}},
                                    {u"type"_s, u"DeviceLock"_s},
                                    {u"params"_s, QJsonObject{{u"pin"_s, u"204816"_s}}}});
        QCOMPARE(answer.status, 201);
        const QJsonArray uuids = answer.json.value(u"commands"_s).toArray();
        QCOMPARE(uuids.size(), 2); // the repeated Mac counts once
        QCOMPARE(storedCommand(uuids.at(0).toString()).enrollmentId, MacUdid);
        QCOMPARE(storedFields(uuids.at(0).toString()).value(u"PIN"_s).toString(), u"204816"_s);
        QCOMPARE(storedCommand(uuids.at(1).toString()).enrollmentId, IphoneUdid);
        QVERIFY(!storedFields(uuids.at(1).toString()).contains(u"PIN"_s));
    }

    void convertsParameterKinds()
    {
        const Answer answer = post(
            u"/v1/commands"_s,
            {{u"enrollments"_s, QJsonArray{MacUdid}},
             {u"type"_s, u"InstalledApplicationList"_s},
             {u"params"_s,
              QJsonObject{
                  {u"identifiers"_s, QJsonArray{u"com.apple.Safari"_s, u"org.example.App"_s}},
                  {u"managed_apps_only"_s, true}}}});
        QCOMPARE(answer.status, 201);
        const QVariantMap fields = storedFields(answer.json[u"commands"_s][0].toString());
        QCOMPARE(fields.value(u"Identifiers"_s).toStringList(),
                 (QStringList{u"com.apple.Safari"_s, u"org.example.App"_s}));
        QCOMPARE(fields.value(u"ManagedAppsOnly"_s).toBool(), true);
    }

    void refusesBadCommandRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");

        auto typed = [](const QString &type, const QJsonObject &params, const QString &target) {
            return QJsonDocument(QJsonObject{{u"enrollments"_s, QJsonArray{target}},
                                             {u"type"_s, type},
                                             {u"params"_s, params}})
                .toJson(QJsonDocument::Compact);
        };
        auto raw = [](const QByteArray &bytes) {
            return QJsonDocument(QJsonObject{{u"enrollments"_s, QJsonArray{IphoneUdid}},
                                             {u"raw"_s, QString::fromLatin1(bytes.toBase64())}})
                .toJson(QJsonDocument::Compact);
        };
        QTest::newRow("unknown type")
            << typed(u"Frobnicate"_s, {}, IphoneUdid) << 422 << u"not a command type"_s;
        QTest::newRow("unknown parameter")
            << typed(u"DeviceLock"_s, {{u"colour"_s, u"red"_s}}, IphoneUdid) << 422
            << u"has no parameter \"colour\""_s;
        QTest::newRow("parameter of the wrong kind")
            << typed(u"DeviceLock"_s, {{u"message"_s, 5}}, IphoneUdid) << 422
            << u"must be a string"_s;
        QTest::newRow("not one of the choices")
            << typed(u"EraseDevice"_s, {{u"obliteration_behavior"_s, u"Sometimes"_s}}, MacUdid)
            << 422 << u"must be one of"_s;
        QTest::newRow("mac without its pin")
            << typed(u"DeviceLock"_s, {}, MacUdid) << 422 << u"six-digit PIN"_s;
        QTest::newRow("pin too short") << typed(u"DeviceLock"_s, {{u"pin"_s, u"12"_s}}, MacUdid)
                                       << 422 << u"exactly six digits"_s;
        QTest::newRow("lost mode needs supervision")
            << typed(u"EnableLostMode"_s, {{u"message"_s, u"Lost"_s}}, IphoneUdid) << 422
            << u"supervised"_s;
        QTest::newRow("settings without a setting")
            << typed(u"Settings"_s, {}, MacUdid) << 422 << u"at least one setting"_s;
        QTest::newRow("clear passcode on a mac")
            << typed(u"ClearPasscode"_s, {}, MacUdid) << 422 << u"Clear Passcode"_s;
        QTest::newRow("unknown enrollment")
            << typed(u"SecurityInfo"_s, {}, u"NO-SUCH-DEVICE"_s) << 404 << u"NO-SUCH-DEVICE"_s;
        QTest::newRow("bad json") << "{\"enrollments\": ["_ba << 400 << u"not valid JSON"_s;
        QTest::newRow("not an object") << "[1, 2]"_ba << 400 << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << 400 << u"JSON object"_s;
        QTest::newRow("no enrollments")
            << "{\"enrollments\": [], \"type\": \"SecurityInfo\"}"_ba << 400 << u"non-empty list"_s;
        QTest::newRow("enrollment not a string")
            << "{\"enrollments\": [7], \"type\": \"SecurityInfo\"}"_ba << 400
            << u"non-empty list"_s;
        QTest::newRow("both type and raw")
            << "{\"enrollments\": [\"x\"], \"type\": \"SecurityInfo\", \"raw\": \"\"}"_ba << 400
            << u"either"_s;
        QTest::newRow("neither type nor raw")
            << "{\"enrollments\": [\"x\"]}"_ba << 400 << u"either"_s;
        QTest::newRow("unknown field")
            << "{\"enrollments\": [\"x\"], \"typo\": 1}"_ba << 400 << u"unknown field \"typo\""_s;
        QTest::newRow("params not an object")
            << "{\"enrollments\": [\"x\"], \"type\": \"SecurityInfo\", \"params\": 3}"_ba << 400
            << u"\"params\""_s;
        QTest::newRow("bad expiry")
            << "{\"enrollments\": [\"x\"], \"type\": \"SecurityInfo\", \"expires_at\": \"soon\"}"_ba
            << 400 << u"ISO 8601"_s;
        QTest::newRow("raw not base64")
            << "{\"enrollments\": [\"x\"], \"raw\": \"@@@\"}"_ba << 400 << u"base64"_s;
        QTest::newRow("raw not a plist") << raw("hello") << 422 << u"property list"_s;
        QTest::newRow("raw without RequestType")
            << raw(xml({{u"Queries"_s, QStringList{u"DeviceName"_s}}})) << 422 << u"RequestType"_s;
        QTest::newRow("raw envelope")
            << raw(xml({{u"CommandUUID"_s, u"x"_s},
                        {u"Command"_s, QVariantMap{{u"RequestType"_s, u"SecurityInfo"_s}}}}))
            << 422 << u"CommandUUID"_s;
    }

    void refusesBadCommandRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        QSignalSpy changed(m_api.get(), &AdminApi::commandsChanged);
        const qsizetype before = commandCount();
        const Answer answer = call("POST"_ba, u"/v1/commands"_s, body);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.contentType, "application/json"_ba);
        const QString message = answer.json.value(u"error"_s).toString();
        QVERIFY2(message.contains(error, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(answer.json.contains(u"detail"_s));
        QCOMPARE(commandCount(), before);
        QCOMPARE(changed.size(), 0);
    }

    void queuesNothingWhenOneTargetRefuses()
    {
        // The iPhone could take it; the Mac without a PIN cannot, so neither gets it.
        const qsizetype before = commandCount();
        const Answer answer = post(
            u"/v1/commands"_s,
            {{u"enrollments"_s, QJsonArray{IphoneUdid, MacUdid}}, {u"type"_s, u"DeviceLock"_s}});
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.json.value(u"enrollment"_s).toString(), MacUdid);
        QCOMPARE(commandCount(), before);
    }

    void refusesAnOversizeBody()
    {
        // Exactly the limit is read (and refused for what it says)...
        QByteArray body = "{\"enrollments\": []}"_ba;
        body.append(QByteArray(AdminApi::MaxBodyBytes - body.size(), ' '));
        QCOMPARE(call("POST"_ba, u"/v1/commands"_s, body).status, 400);
        // ...one byte more is not read at all.
        body.append(' ');
        QCOMPARE(call("POST"_ba, u"/v1/commands"_s, body).status, 413);
    }

    void queuesARawCommand()
    {
        const QByteArray plist = xml({{u"RequestType"_s, u"DeviceInformation"_s},
                                      {u"Queries"_s, QStringList{u"DeviceName"_s, u"Battery"_s}}});
        const Answer answer = post(u"/v1/commands"_s,
                                   {{u"enrollments"_s, QJsonArray{IphoneUdid}},
                                    {u"raw"_s, QString::fromLatin1(plist.toBase64())},
                                    {u"expires_at"_s, u"2026-03-02T09:00:00Z"_s}});
        QCOMPARE(answer.status, 201);
        const QString uuid = answer.json[u"commands"_s][0].toString();
        const Command command = storedCommand(uuid);
        QCOMPARE(command.requestType, u"DeviceInformation"_s);
        QCOMPARE(command.expiresAt, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        // Raw means raw: the builder would not have let "Battery" through.
        QCOMPARE(storedFields(uuid).value(u"Queries"_s).toStringList(),
                 (QStringList{u"DeviceName"_s, u"Battery"_s}));
        QCOMPARE(command.createdBy, u"api"_s);
    }

    void listsCommands()
    {
        Answer answer = call("GET"_ba, u"/v1/commands"_s);
        QCOMPARE(answer.status, 200);
        const qsizetype total = commandCount();
        QCOMPARE(answer.json.value(u"commands"_s).toArray().size(), total);
        QCOMPARE(answer.json.value(u"total"_s).toInteger(), total);
        QCOMPARE(answer.json.value(u"truncated"_s).toBool(), false);

        answer = call("GET"_ba, u"/v1/commands?enrollment=%1&state=queued"_s.arg(MacUdid));
        QCOMPARE(answer.status, 200);
        const QJsonArray queued = answer.json.value(u"commands"_s).toArray();
        QCOMPARE(queued.size(), 2); // DeviceLock with its PIN, InstalledApplicationList
        for (const QJsonValue command : queued) {
            QCOMPARE(command[u"enrollment"_s].toString(), MacUdid);
            QCOMPARE(command[u"state"_s].toString(), u"queued"_s);
        }
        // The Mac's five inventory commands were answered.
        answer = call("GET"_ba,
                      u"/v1/commands?enrollment=%1&state=acknowledged,error"_s.arg(MacUdid));
        QCOMPARE(answer.json.value(u"commands"_s).toArray().size(), 5);

        // limit keeps the newest.
        answer = call("GET"_ba, u"/v1/commands?limit=1"_s);
        QCOMPARE(answer.json.value(u"commands"_s).toArray().size(), 1);
        QCOMPARE(answer.json.value(u"truncated"_s).toBool(), true);
        QCOMPARE(answer.json[u"commands"_s][0][u"type"_s].toString(), u"DeviceInformation"_s);

        QCOMPARE(call("GET"_ba, u"/v1/commands?state=lost"_s).status, 400);
        QCOMPARE(call("GET"_ba, u"/v1/commands?limit=0"_s).status, 400);
        QCOMPARE(call("GET"_ba, u"/v1/commands?colour=red"_s).status, 400);
        QCOMPARE(call("GET"_ba, u"/v1/commands?enrollment=NOPE"_s).status, 404);
    }

    void showsACommandWithItsResult()
    {
        Answer answer = call("GET"_ba,
                             u"/v1/commands?enrollment=%1&state=acknowledged"_s.arg(IphoneUdid));
        QString uuid;
        const QJsonArray acknowledged = answer.json.value(u"commands"_s).toArray();
        for (const QJsonValue command : acknowledged) {
            if (command[u"type"_s].toString() == u"DeviceInformation"_s)
                uuid = command[u"uuid"_s].toString();
        }
        QVERIFY(!uuid.isEmpty());
        m_acknowledgedUuid = uuid;

        answer = call("GET"_ba, u"/v1/commands/"_s + uuid);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"uuid"_s).toString(), uuid);
        QCOMPARE(answer.json.value(u"state"_s).toString(), u"acknowledged"_s);
        QCOMPARE(answer.json.value(u"final"_s).toBool(), true);
        QCOMPARE(answer.json.value(u"attempts"_s).toInt(), 1);
        QCOMPARE(answer.json.value(u"created_by"_s).toString(), u"engine"_s);
        QCOMPARE(answer.json.value(u"completed_at"_s).toString(), u"2026-03-01T09:00:00Z"_s);
        QVERIFY(answer.json.value(u"error_chain"_s).isNull());
        const QJsonObject result = answer.json.value(u"result"_s).toObject();
        QCOMPARE(result.value(u"Status"_s).toString(), u"Acknowledged"_s);
        QCOMPARE(result[u"QueryResponses"_s][u"DeviceName"_s].toString(), u"Reception iPhone"_s);
        QCOMPARE(result[u"QueryResponses"_s][u"IsSupervised"_s], QJsonValue(false));
        // The payload (which could hold a PIN or an unlock token) is never shown.
        QVERIFY(!answer.json.contains(u"payload"_s));

        const Answer missing = call("GET"_ba,
                                    u"/v1/commands/6F1C4E52-0000-4000-8000-000000000000"_s);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json.value(u"error"_s).toString().contains(u"does not exist"_s));
    }

    void showsTheErrorChainOfAFailedCommand()
    {
        const Answer queued = post(u"/v1/commands"_s,
                                   {{u"enrollments"_s, QJsonArray{IphoneUdid}},
                                    {u"type"_s, u"ProfileList"_s},
                                    {u"params"_s, QJsonObject{{u"managed_only"_s, true}}}});
        QCOMPARE(queued.status, 201);
        const QString uuid = queued.json[u"commands"_s][0].toString();
        // The iPhone's earlier DeviceLock and raw query are answered too.
        answerCommands(m_iphone, {{u"ProfileList"_s, u"Error"_s}});
        const Answer answer = call("GET"_ba, u"/v1/commands/"_s + uuid);
        QCOMPARE(answer.json.value(u"state"_s).toString(), u"error"_s);
        QVERIFY2(answer.json.value(u"error_chain"_s).toString().contains(u"12021"_s),
                 answer.body.constData());
        const QJsonArray chain = answer.json[u"result"_s][u"ErrorChain"_s].toArray();
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain.at(0)[u"ErrorCode"_s].toInt(), 12021);
    }

    void cancelsACommand()
    {
        const Answer queued = post(
            u"/v1/commands"_s,
            {{u"enrollments"_s, QJsonArray{MacUdid}}, {u"type"_s, u"RestartDevice"_s}});
        QCOMPARE(queued.status, 201);
        const QString uuid = queued.json[u"commands"_s][0].toString();
        const qsizetype auditedBefore = audited(u"command.cancelled"_s).size();

        Answer answer = call("DELETE"_ba, u"/v1/commands/"_s + uuid);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(storedCommand(uuid).state, CommandState::Cancelled);
        QCOMPARE(audited(u"command.cancelled"_s).size(), auditedBefore + 1);

        answer = call("DELETE"_ba, u"/v1/commands/"_s + uuid);
        QCOMPARE(answer.status, 409);
        QVERIFY(answer.json.value(u"error"_s).toString().contains(u"already finished"_s));
        QCOMPARE(call("DELETE"_ba, u"/v1/commands/"_s + m_acknowledgedUuid).status, 409);
        QCOMPARE(call("DELETE"_ba, u"/v1/commands/no-such-command"_s).status, 404);
    }

    void retriesAFailedCommand()
    {
        Answer answer = call("GET"_ba, u"/v1/commands?state=cancelled"_s);
        const QString cancelled = answer.json[u"commands"_s][0][u"uuid"_s].toString();
        QVERIFY(!cancelled.isEmpty());
        const qsizetype auditedBefore = audited(u"command.retried"_s).size();

        answer = call("POST"_ba, u"/v1/commands/%1/retry"_s.arg(cancelled));
        QCOMPARE(answer.status, 201);
        const QString retry = answer.json.value(u"uuid"_s).toString();
        QCOMPARE(answer.json.value(u"retry_of"_s).toString(), cancelled);
        QVERIFY(retry != cancelled);
        QCOMPARE(storedCommand(retry).requestType, u"RestartDevice"_s);
        QCOMPARE(storedCommand(retry).state, CommandState::Queued);
        QCOMPARE(storedCommand(retry).createdBy, u"api"_s);
        QCOMPARE(audited(u"command.retried"_s).size(), auditedBefore + 1);

        // Nothing to retry in an acknowledged command, nor in one still queued.
        QCOMPARE(call("POST"_ba, u"/v1/commands/%1/retry"_s.arg(m_acknowledgedUuid)).status, 409);
        QCOMPARE(call("POST"_ba, u"/v1/commands/%1/retry"_s.arg(retry)).status, 409);
        QCOMPARE(call("POST"_ba, u"/v1/commands/no-such-command/retry"_s).status, 404);
    }

    void clearsAPasscodeWithTheEscrowedToken()
    {
        const Answer answer = post(
            u"/v1/commands"_s,
            {{u"enrollments"_s, QJsonArray{IphoneUdid}}, {u"type"_s, u"ClearPasscode"_s}});
        QCOMPARE(answer.status, 201);
        const QString uuid = answer.json[u"commands"_s][0].toString();
        const QVariantMap fields = storedFields(uuid);
        QCOMPARE(fields.value(u"UnlockToken"_s).toByteArray(), unlockToken());
        // At rest the token is sealed.
        QVERIFY(!storedCommand(uuid).payload.contains(unlockToken()));
        QVERIFY(!storedCommand(uuid).payload.contains(unlockToken().toBase64()));

        // An API that was given no way to open unlock tokens says so.
        AdminApi locked(*m_database, *m_mdm, *m_links, m_clock, settings(m_tokenFile));
        QVERIFY_RESULT(locked.start());
        const Answer refused = call(
            "Bearer "_ba + m_token,
            "POST"_ba,
            u"/v1/commands"_s,
            QJsonDocument(QJsonObject{{u"enrollments"_s, QJsonArray{IphoneUdid}},
                                      {u"type"_s, u"ClearPasscode"_s}})
                .toJson(),
            locked.serverPort());
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.json.value(u"error"_s).toString().contains(u"unlock tokens"_s));
    }

    void createsEnrollmentLinks()
    {
        const qsizetype auditedBefore = audited(u"enrollment-link.created"_s).size();
        const Answer answer = post(u"/v1/enrollment-links"_s,
                                   {{u"label"_s, u"Front desk iPads"_s},
                                    {u"max_uses"_s, 3},
                                    {u"expires_at"_s, u"2026-04-01T00:00:00Z"_s}});
        QCOMPARE(answer.status, 201);
        const QString id = answer.json.value(u"id"_s).toString();
        const QUrl url(answer.json.value(u"url"_s).toString());
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.host(), u"mdm.example.com"_s);
        QCOMPARE(url.port(), 8443);
        QVERIFY(url.path().startsWith(u"/enroll/"_s));
        const QString token = url.path().mid(8);
        QVERIFY(EnrollmentLinkService::isWellFormedToken(token));
        // The URL's token is the link's.
        Result<EnrollmentLink> link = m_links->findByToken(token);
        QVERIFY_RESULT(link);
        QCOMPARE(link->id, id);
        QCOMPARE(link->label, u"Front desk iPads"_s);
        QCOMPARE(link->maxUses, std::optional<int>(3));
        QCOMPARE(link->createdBy, u"api"_s);
        QCOMPARE(answer.json.value(u"expires_at"_s).toString(), u"2026-04-01T00:00:00Z"_s);
        QCOMPARE(audited(u"enrollment-link.created"_s).size(), auditedBefore + 1);
        QVERIFY(!audited(u"enrollment-link.created"_s).constLast().detail.contains(token));

        // Listed, without the token.
        const Answer list = call("GET"_ba, u"/v1/enrollment-links"_s);
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(token.toLatin1()));
        QVERIFY(!list.body.contains("url"));
        const QJsonArray links = list.json.value(u"enrollment_links"_s).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.at(0)[u"id"_s].toString(), id);
        QCOMPARE(links.at(0)[u"state"_s].toString(), u"active"_s);
        QCOMPARE(links.at(0)[u"max_uses"_s].toInt(), 3);
        QCOMPARE(links.at(0)[u"use_count"_s].toInt(), 0);

        // An empty body makes a link with no limits.
        const Answer plain = call("POST"_ba, u"/v1/enrollment-links"_s);
        QCOMPARE(plain.status, 201);
        QVERIFY(plain.json.value(u"max_uses"_s).isNull());
        QVERIFY(plain.json.value(u"expires_at"_s).isNull());
    }

    void refusesBadEnrollmentLinks_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("zero uses") << "{\"max_uses\": 0}"_ba << 422;
        QTest::newRow("fractional uses") << "{\"max_uses\": 1.5}"_ba << 400;
        QTest::newRow("uses as text") << "{\"max_uses\": \"3\"}"_ba << 400;
        QTest::newRow("past expiry") << "{\"expires_at\": \"2026-02-01T00:00:00Z\"}"_ba << 422;
        QTest::newRow("label not text") << "{\"label\": []}"_ba << 400;
        QTest::newRow("unknown field") << "{\"token\": \"mine\"}"_ba << 400;
        QTest::newRow("bad json") << "{label"_ba << 400;
    }

    void refusesBadEnrollmentLinks()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const qsizetype before = m_links->list().value().size();
        const Answer answer = call("POST"_ba, u"/v1/enrollment-links"_s, body);
        QCOMPARE(answer.status, status);
        QVERIFY(!answer.json.value(u"error"_s).toString().isEmpty());
        QCOMPARE(m_links->list().value().size(), before);
    }

    void revokesAnEnrollmentLink()
    {
        const QString id = m_links->list().value().constFirst().id;
        const Answer answer = call("DELETE"_ba, u"/v1/enrollment-links/"_s + id);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"state"_s).toString(), u"revoked"_s);
        QCOMPARE(call("GET"_ba, u"/v1/enrollment-links/"_s + id).json[u"state"_s].toString(),
                 u"revoked"_s);
        const QList<AuditEntry> entries = audited(u"enrollment-link.revoked"_s);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().target, id);
        QCOMPARE(call("DELETE"_ba, u"/v1/enrollment-links/no-such-link"_s).status, 404);
    }

    void answersUnknownRoutesAndMethods()
    {
        Answer answer = call("GET"_ba, u"/v1/nothing-here"_s);
        QCOMPARE(answer.status, 404);
        QVERIFY(!answer.json.value(u"error"_s).toString().isEmpty());
        QCOMPARE(call("GET"_ba, u"/v1/devices/extra/segments"_s).status, 404);

        answer = call("PUT"_ba, u"/v1/devices"_s, "{}"_ba);
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.allow, "GET, HEAD"_ba);
        answer = call("PATCH"_ba, u"/v1/commands"_s, "{}"_ba);
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.allow, "GET, POST, HEAD"_ba);
    }

    void convertsPropertyListValuesToJson()
    {
        const QVariantMap plist{
            {u"Data"_s, QByteArray("\x00\x01binary")},
            {u"Date"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15), Qt::UTC)},
            {u"Precise"_s, QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC)},
            {u"Big"_s, qint64(9007199254740993)},
            {u"Real"_s, 0.5},
            {u"Flag"_s, true},
            {u"List"_s, QVariantList{u"a"_s, qint64(1)}},
        };
        const QJsonObject json = AdminJson::fromPlist(plist).toObject();
        QCOMPARE(json.value(u"Data"_s).toString(),
                 QString::fromLatin1(QByteArray("\x00\x01binary").toBase64()));
        QCOMPARE(json.value(u"Date"_s).toString(), u"2026-03-01T09:30:15Z"_s);
        QCOMPARE(json.value(u"Precise"_s).toString(), u"2026-03-01T09:30:15.250Z"_s);
        QCOMPARE(json.value(u"Big"_s).toInteger(), qint64(9007199254740993));
        QCOMPARE(json.value(u"Real"_s).toDouble(), 0.5);
        QCOMPARE(json.value(u"Flag"_s).toBool(), true);
        QCOMPARE(json.value(u"List"_s).toArray(), (QJsonArray{u"a"_s, 1}));
    }

    void leavesAnIntactAuditChain()
    {
        Result<AuditLog::Verification> chain = AuditLog(*m_database, m_clock).verify();
        QVERIFY_RESULT(chain);
        QVERIFY2(chain->isIntact(), qPrintable(chain->description));
        QVERIFY(!audited(u"command.queued"_s).isEmpty());
    }

    void cleanupTestCase()
    {
        m_api.reset();
        m_mdm.reset();
        m_links.reset();
        m_database.reset();
    }
};

QTEST_GUILESS_MAIN(tst_AdminApi)
#include "tst_AdminApi.moc"
