// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/CheckinMessage.h"
#include "tests/core/mdm/MdmTestSupport.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace MdmTestSupport;

Q_DECLARE_METATYPE(Espalier::CheckinMessage::Type)
Q_DECLARE_METATYPE(Espalier::EnrollmentType)

namespace {

Result<CheckinMessage> parseFixture(const QString &name, const QVariantMap &changes = {})
{
    return CheckinMessage::parse(changes.isEmpty() ? fixture(name) : patched(name, changes));
}

} // namespace

class tst_CheckinMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("ESPALIER_SOURCE_DIR"),
                 "run through ctest, which points ESPALIER_SOURCE_DIR at the sources");
    }

    void parsesEveryMessageType_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CheckinMessage::Type>("type");
        QTest::addColumn<QString>("channelId");
        QTest::newRow("Authenticate")
            << u"checkin/authenticate-mac.plist"_s << CheckinMessage::Type::Authenticate << MacUdid;
        QTest::newRow("TokenUpdate") << u"checkin/tokenupdate-iphone.plist"_s
                                     << CheckinMessage::Type::TokenUpdate << IphoneUdid;
        QTest::newRow("CheckOut") << u"checkin/checkout.plist"_s << CheckinMessage::Type::CheckOut
                                  << IphoneUdid;
        QTest::newRow("UserAuthenticate")
            << u"checkin/userauthenticate.plist"_s << CheckinMessage::Type::UserAuthenticate
            << MacUdid + u":C3D4E5F6-0718-4293-A4B5-C6D7E8F90A1B"_s;
        QTest::newRow("SetBootstrapToken") << u"checkin/setbootstraptoken.plist"_s
                                           << CheckinMessage::Type::SetBootstrapToken << MacUdid;
        QTest::newRow("GetBootstrapToken") << u"checkin/getbootstraptoken.plist"_s
                                           << CheckinMessage::Type::GetBootstrapToken << MacUdid;
        QTest::newRow("DeclarativeManagement")
            << u"checkin/declarativemanagement.plist"_s
            << CheckinMessage::Type::DeclarativeManagement << MacUdid;
        QTest::newRow("GetToken") << u"checkin/gettoken.plist"_s << CheckinMessage::Type::GetToken
                                  << IphoneUdid;
    }

    void parsesEveryMessageType()
    {
        QFETCH(QString, file);
        QFETCH(CheckinMessage::Type, type);
        QFETCH(QString, channelId);
        const Result<CheckinMessage> message = parseFixture(file);
        QVERIFY_RESULT(message);
        QCOMPARE(message->type, type);
        QCOMPARE(message->channel.id, channelId);
        QCOMPARE(CheckinMessage::typeFromName(CheckinMessage::typeName(type)), type);
    }

    void readsAuthenticate()
    {
        const Result<CheckinMessage> mac = parseFixture(u"checkin/authenticate-mac.plist"_s);
        QVERIFY_RESULT(mac);
        QCOMPARE(mac->topic, Topic);
        QCOMPARE(mac->deviceName, u"Front Desk iMac"_s);
        QCOMPARE(mac->model, u"iMac21,1"_s);
        QCOMPARE(mac->modelName, u"iMac"_s);
        QCOMPARE(mac->serialNumber, u"C02FK1ABQ6X4"_s);
        QCOMPARE(mac->osVersion, u"14.7"_s);
        QCOMPARE(mac->buildVersion, u"23H124"_s);

        const Result<CheckinMessage> phone = parseFixture(u"checkin/authenticate-iphone.plist"_s);
        QVERIFY_RESULT(phone);
        QCOMPARE(phone->productName, u"iPhone15,2"_s);
        QCOMPARE(phone->imei, u"35 345678 901234 5"_s);
        QCOMPARE(phone->meid, u"35345678901234"_s);
        QVERIFY(phone->deviceName.isEmpty());
        QCOMPARE(phone->channel.type, EnrollmentType::Device);
        QVERIFY(!phone->channel.userEnrollment);
    }

    void readsTokenUpdate()
    {
        const Result<CheckinMessage> m = parseFixture(u"checkin/tokenupdate-iphone.plist"_s);
        QVERIFY_RESULT(m);
        QCOMPARE(m->token.toHex(),
                 QByteArray("a1b2c3d4e5f60718293a4b5c6d7e8f900112233445566778899aabbccddeeff0"));
        QCOMPARE(m->pushMagic, u"6C4D2E1F-0A9B-4C8D-B7E6-F5A4B3C2D1E0"_s);
        QCOMPARE(m->unlockToken.size(), 160);
        QVERIFY(!m->awaitingConfiguration);
        QCOMPARE(m->notOnConsole, std::optional<bool>());

        const Result<CheckinMessage> user = parseFixture(u"checkin/tokenupdate-mac-user.plist"_s);
        QVERIFY_RESULT(user);
        QVERIFY(user->unlockToken.isEmpty());
        QCOMPARE(user->notOnConsole, std::optional<bool>(false));
        QCOMPARE(user->channel.userLongName, u"Example User"_s);
    }

    void readsTheOtherTypes()
    {
        const Result<CheckinMessage> set = parseFixture(u"checkin/setbootstraptoken.plist"_s);
        QVERIFY_RESULT(set);
        QCOMPARE(set->bootstrapToken.size(), 128);
        const Result<CheckinMessage> dm = parseFixture(u"checkin/declarativemanagement.plist"_s);
        QVERIFY_RESULT(dm);
        QCOMPARE(dm->endpoint, u"tokens"_s);
        QVERIFY(dm->data.isEmpty());
        const Result<CheckinMessage> token = parseFixture(u"checkin/gettoken.plist"_s);
        QVERIFY_RESULT(token);
        QCOMPARE(token->tokenServiceType, u"com.apple.watch.pairing"_s);
        QCOMPARE(token->tokenParameters.value(u"PhoneUDID"_s).toString(), IphoneUdid);
        const Result<CheckinMessage> ua = parseFixture(u"checkin/userauthenticate.plist"_s);
        QVERIFY_RESULT(ua);
        QVERIFY(ua->digestResponse.isEmpty());
    }

    // The channel id rules of §4 of the protocol notes.
    void resolvesChannels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("deviceChannelId");
        QTest::addColumn<EnrollmentType>("type");
        QTest::addColumn<bool>("userEnrollment");
        QTest::addColumn<bool>("sharedIPad");
        QTest::newRow("device UDID") << u"checkin/tokenupdate-mac.plist"_s << MacUdid << MacUdid
                                     << EnrollmentType::Device << false << false;
        QTest::newRow("macOS user UDID:UserID")
            << u"checkin/tokenupdate-mac-user.plist"_s << MacUdid + u':' + MacUserId << MacUdid
            << EnrollmentType::User << false << false;
        QTest::newRow("Shared iPad UDID:UserShortName")
            << u"checkin/tokenupdate-shared-ipad-user.plist"_s << IpadUdid + u':' + SharedIpadUser
            << IpadUdid << EnrollmentType::User << false << true;
        QTest::newRow("User Enrollment EnrollmentID")
            << u"checkin/tokenupdate-user-enrollment.plist"_s << EnrollmentId << EnrollmentId
            << EnrollmentType::Device << true << false;
        QTest::newRow("User Enrollment EnrollmentID:EnrollmentUserID")
            << u"checkin/tokenupdate-user-enrollment-user.plist"_s
            << EnrollmentId + u':' + EnrollmentUserId << EnrollmentId << EnrollmentType::User
            << true << false;
    }

    void resolvesChannels()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, deviceChannelId);
        QFETCH(EnrollmentType, type);
        QFETCH(bool, userEnrollment);
        QFETCH(bool, sharedIPad);
        const Result<CheckinMessage> m = parseFixture(file);
        QVERIFY_RESULT(m);
        QCOMPARE(m->channel.id, id);
        QCOMPARE(m->channel.deviceChannelId, deviceChannelId);
        QCOMPARE(m->channel.type, type);
        QCOMPARE(m->channel.userEnrollment, userEnrollment);
        QCOMPARE(m->channel.sharedIPad, sharedIPad);
        const Enrollment e = m->channel.toEnrollment();
        QCOMPARE(e.id, id);
        QCOMPARE(e.parentId, type == EnrollmentType::User ? deviceChannelId : QString());
        QCOMPARE(e.userEnrollment, userEnrollment);
    }

    // Every one is refused with InvalidInput, and no detail repeats a value the device sent.
    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QString tokenUpdate = u"checkin/tokenupdate-iphone.plist"_s;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a plist") << QByteArray("MessageType=TokenUpdate&UDID=x");
        QTest::newRow("JSON") << QByteArray("{\"MessageType\":\"Authenticate\"}");
        QTest::newRow("array root")
            << QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><plist version=\"1.0\"><array>"
                          "<string>Authenticate</string></array></plist>");
        QTest::newRow("truncated") << fixture(tokenUpdate).left(200);
        QTest::newRow("no MessageType") << patched(tokenUpdate, {{u"MessageType"_s, {}}});
        QTest::newRow("unknown MessageType")
            << patched(tokenUpdate, {{u"MessageType"_s, u"Enroll"_s}});
        QTest::newRow("MessageType integer") << patched(tokenUpdate, {{u"MessageType"_s, 3}});
        QTest::newRow("no identifiers") << patched(tokenUpdate, {{u"UDID"_s, {}}});
        QTest::newRow("empty UDID") << patched(tokenUpdate, {{u"UDID"_s, u""_s}});
        QTest::newRow("UDID integer") << patched(tokenUpdate, {{u"UDID"_s, 42}});
        QTest::newRow("UDID too long") << patched(tokenUpdate, {{u"UDID"_s, QString(300, u'A')}});
        // A colon would let a UDID name another device's user channel (UDID:UserID).
        QTest::newRow("UDID with a colon")
            << patched(tokenUpdate, {{u"UDID"_s, u"0000-AAAA:12345678-USER"_s}});
        QTest::newRow("UserID with a colon")
            << patched(tokenUpdate, {{u"UserID"_s, u"1234:5678"_s}});
        QTest::newRow("UserID data")
            << patched(u"checkin/tokenupdate-mac-user.plist"_s, {{u"UserID"_s, QByteArray("x")}});
        QTest::newRow("Token as string") << patched(tokenUpdate, {{u"Token"_s, u"a1b2c3d4"_s}});
        QTest::newRow("Token missing") << patched(tokenUpdate, {{u"Token"_s, {}}});
        QTest::newRow("Token empty") << patched(tokenUpdate, {{u"Token"_s, QByteArray()}});
        QTest::newRow("PushMagic missing") << patched(tokenUpdate, {{u"PushMagic"_s, {}}});
        QTest::newRow("PushMagic as data")
            << patched(tokenUpdate, {{u"PushMagic"_s, QByteArray("magic")}});
        QTest::newRow("Topic missing") << patched(tokenUpdate, {{u"Topic"_s, {}}});
        QTest::newRow("UnlockToken as string")
            << patched(tokenUpdate, {{u"UnlockToken"_s, u"secret"_s}});
        QTest::newRow("AwaitingConfiguration as string")
            << patched(tokenUpdate, {{u"AwaitingConfiguration"_s, u"true"_s}});
        QTest::newRow("Authenticate without Topic")
            << patched(u"checkin/authenticate-mac.plist"_s, {{u"Topic"_s, {}}});
        QTest::newRow("Authenticate SerialNumber integer")
            << patched(u"checkin/authenticate-mac.plist"_s, {{u"SerialNumber"_s, 12345}});
        QTest::newRow("Authenticate from a user channel")
            << patched(u"checkin/authenticate-mac.plist"_s, {{u"UserID"_s, MacUserId}});
        QTest::newRow("CheckOut from a user channel")
            << patched(u"checkin/checkout.plist"_s, {{u"UserID"_s, MacUserId}});
        QTest::newRow("CheckOut without Topic")
            << patched(u"checkin/checkout.plist"_s, {{u"Topic"_s, {}}});
        QTest::newRow("SetBootstrapToken as string")
            << patched(u"checkin/setbootstraptoken.plist"_s, {{u"BootstrapToken"_s, u"token"_s}});
        QTest::newRow("Shared iPad user without UserShortName")
            << patched(u"checkin/tokenupdate-shared-ipad-user.plist"_s, {{u"UserShortName"_s, {}}});
        QTest::newRow("UserAuthenticate without UserID")
            << patched(u"checkin/userauthenticate.plist"_s, {{u"UserID"_s, {}}});
        QTest::newRow("DeclarativeManagement without Endpoint")
            << patched(u"checkin/declarativemanagement.plist"_s, {{u"Endpoint"_s, {}}});
        QTest::newRow("DeclarativeManagement Data as string")
            << patched(u"checkin/declarativemanagement.plist"_s, {{u"Data"_s, u"{}"_s}});
        QTest::newRow("GetToken without TokenServiceType")
            << patched(u"checkin/gettoken.plist"_s, {{u"TokenServiceType"_s, {}}});
        QTest::newRow("GetToken TokenParameters as array")
            << patched(u"checkin/gettoken.plist"_s, {{u"TokenParameters"_s, QVariantList{1}}});
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, body);
        const Result<CheckinMessage> message = CheckinMessage::parse(body);
        QVERIFY_FAILS_WITH(message, Error::Code::InvalidInput);
        QVERIFY(!message.error().detail.contains(u"secret"_s));
        QVERIFY(!message.error().detail.contains(u"a1b2c3d4"_s));
    }

    void ignoresUnknownKeys()
    {
        const Result<CheckinMessage> m = parseFixture(
            u"checkin/tokenupdate-iphone.plist"_s,
            {{u"SomethingNew"_s, QVariantMap{{u"Nested"_s, true}}},
             {u"Model"_s, 7}}); // Model is not a TokenUpdate key: its type does not matter
        QVERIFY_RESULT(m);
        QCOMPARE(m->type, CheckinMessage::Type::TokenUpdate);
    }

    void acceptsBinaryPlists()
    {
        const Result<QByteArray> binary = Plist::toBinary(
            fixtureMap(u"checkin/authenticate-iphone.plist"_s));
        QVERIFY_RESULT(binary);
        const Result<CheckinMessage> m = CheckinMessage::parse(*binary);
        QVERIFY_RESULT(m);
        QCOMPARE(m->serialNumber, u"F4GZK1ABN72Q"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CheckinMessage)
#include "tst_CheckinMessage.moc"
