// SPDX-License-Identifier: GPL-3.0-or-later
// The lock PIN history read back from sealed DeviceLock and EraseDevice commands, newest first,
// with the viewing audited.
#include "core/mdm/LockPinHistory.h"
#include "core/store/AuditLog.h"
#include "tests/core/devices/DeviceStoreFixture.h"
#include "tests/support/TestHelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_LockPinHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeviceStoreFixture> m_store;

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<DeviceStoreFixture>(m_dir.filePath(u"espalier.sqlite"_s));
        QVERIFY(m_store->isValid());
        DeviceStoreFixture::DeviceSpec mac;
        mac.udid = u"MAC-1"_s;
        mac.name = u"Studio Mac"_s;
        mac.platform = u"macOS"_s;
        QVERIFY_RESULT(m_store->addDevice(mac));
        DeviceStoreFixture::DeviceSpec phone;
        phone.udid = u"PHONE-1"_s;
        phone.name = u"Phone"_s;
        QVERIFY_RESULT(m_store->addDevice(phone));
    }

    void keepsEveryPinNewestFirst()
    {
        Result<QString> first = m_store->enqueue(
            u"MAC-1"_s, MdmCommand{u"DeviceLock"_s, {{u"PIN"_s, u"111111"_s}}}, u"ann"_s);
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(m_store->finish(*first, CommandState::Acknowledged));
        m_store->clock().advance(1000);
        Result<QString> second = m_store->enqueue(
            u"MAC-1"_s, MdmCommand{u"DeviceLock"_s, {{u"PIN"_s, u"222222"_s}}}, u"ben"_s);
        QVERIFY_RESULT(second);
        m_store->clock().advance(1000);
        Result<QString> erase = m_store->enqueue(
            u"MAC-1"_s, MdmCommand{u"EraseDevice"_s, {{u"PIN"_s, u"333333"_s}}}, u"ann"_s);
        QVERIFY_RESULT(erase);
        // Another device's and a PIN-less lock stay out.
        QVERIFY_RESULT(m_store->enqueue(
            u"PHONE-1"_s, MdmCommand{u"DeviceLock"_s, {{u"Message"_s, u"Hi"_s}}}, u"ann"_s));

        // The PINs are not in the file in the clear.
        Result<QSqlQuery> raw = m_store->database().exec(
            u"SELECT COUNT(*) FROM commands WHERE CAST(payload AS TEXT) LIKE '%111111%'"_s);
        QVERIFY_RESULT(raw);
        QVERIFY(raw->next());
        QCOMPARE(raw->value(0).toInt(), 0);

        CommandQueue queue = m_store->commandQueue();
        Result<QList<LockPinRecord>> pins = LockPinHistory(
                                                m_store->database(), m_store->clock(), queue)
                                                .read(u"MAC-1"_s, u"helpdesk"_s);
        QVERIFY_RESULT(pins);
        QCOMPARE(pins->size(), 3);
        QCOMPARE(pins->at(0).pin, u"333333"_s);
        QCOMPARE(pins->at(0).requestType, u"EraseDevice"_s);
        QCOMPARE(pins->at(1).pin, u"222222"_s);
        QCOMPARE(pins->at(1).createdBy, u"ben"_s);
        QCOMPARE(pins->at(2).pin, u"111111"_s);
        QCOMPARE(pins->at(2).state, CommandState::Acknowledged);

        AuditLog::Filter filter;
        filter.action = LockPinHistory::auditAction();
        Result<QList<AuditEntry>> audit
            = AuditLog(m_store->database(), m_store->clock()).list(filter);
        QVERIFY_RESULT(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->constFirst().actor, u"helpdesk"_s);
        QCOMPARE(audit->constFirst().target, u"MAC-1"_s);
        QVERIFY(!audit->constFirst().detail.contains(u"111111"_s));
    }

    void anotherKeyCannotOpenThem()
    {
        Result<QByteArray> key = SecretBox::generateKey();
        QVERIFY_RESULT(key);
        CommandQueue foreign(
            m_store->database(), m_store->clock(), SecretBox::fromKey(*key).value());
        Result<QList<LockPinRecord>> pins = LockPinHistory(
                                                m_store->database(), m_store->clock(), foreign)
                                                .read(u"MAC-1"_s, u"helpdesk"_s);
        QVERIFY_RESULT(pins);
        QCOMPARE(pins->size(), 3);
        for (const LockPinRecord &pin : *pins) {
            QVERIFY(pin.pin.isEmpty());
            QVERIFY(!pin.problem.isEmpty());
        }
    }

    void needsADeviceAndAnActor()
    {
        CommandQueue queue = m_store->commandQueue();
        QVERIFY_FAILS_WITH(LockPinHistory(m_store->database(), m_store->clock(), queue)
                               .read(u"MAC-1"_s, QString()),
                           Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_LockPinHistory)
#include "tst_LockPinHistory.moc"
