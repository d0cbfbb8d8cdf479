// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/PushCertificateRepository.h"
#include "tests/support/TestHelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QString s_topic = u"com.apple.mgmt.External.1d2c"_s;
const QString s_otherTopic = u"com.apple.mgmt.External.7a8b"_s;

// The repository stores what it is given; the bytes stand in for a certificate's DER.
PushCertificateRecord record(const QString &topic, const QByteArray &der)
{
    PushCertificateRecord r;
    r.id = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
    r.topic = topic;
    r.serial = u"0A1B"_s;
    r.subject = u"UID="_s + topic + u",CN=APSP:1d2c,C=US"_s;
    r.issuer = u"CN=Apple Application Integration 2 Certification Authority"_s;
    r.notBefore = s_start.addDays(-1);
    r.notAfter = s_start.addDays(364);
    r.der = der;
    r.keyRef = u"push/request/"_s + r.id.left(8) + u"/key"_s;
    r.appleId = u"it@example.com"_s;
    r.notes = u"front office"_s;
    return r;
}

} // namespace

class tst_PushCertificateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(s_start);
        auto opened = Database::openWriter(m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        m_repository = std::make_unique<PushCertificateRepository>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_repository.reset();
        m_db.reset();
        m_dir.reset();
    }

    void addsInactiveAndActivates()
    {
        const PushCertificateRecord first = record(s_topic, "first");
        const Result<PushCertificateRecord> added = m_repository->add(first);
        QVERIFY_RESULT(added);
        QCOMPARE(added->id, first.id);
        QCOMPARE(added->topic, s_topic);
        QCOMPARE(added->serial, first.serial);
        QCOMPARE(added->subject, first.subject);
        QCOMPARE(added->issuer, first.issuer);
        QCOMPARE(added->notBefore, first.notBefore);
        QCOMPARE(added->notAfter, first.notAfter);
        QCOMPARE(added->der, first.der);
        QCOMPARE(added->keyRef, first.keyRef);
        QCOMPARE(added->appleId, first.appleId);
        QCOMPARE(added->notes, first.notes);
        QCOMPARE(added->createdAt, s_start);
        QVERIFY(!added->isActive());
        QVERIFY(!added->isRetired());
        Result<std::optional<PushCertificateRecord>> current = m_repository->current();
        QVERIFY_RESULT(current);
        QVERIFY(!current->has_value());

        m_clock.advance(1000);
        const Result<PushCertificateRecord> activated = m_repository->activate(first.id);
        QVERIFY_RESULT(activated);
        QVERIFY(activated->isActive());
        QCOMPARE(activated->activatedAt, s_start.addMSecs(1000));
        // Again: nothing changes.
        m_clock.advance(1000);
        const Result<PushCertificateRecord> again = m_repository->activate(first.id);
        QVERIFY_RESULT(again);
        QCOMPARE(again->activatedAt, s_start.addMSecs(1000));
        current = m_repository->current();
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->id, first.id);
        Result<std::optional<PushCertificateRecord>> active = m_repository->active(s_topic);
        QVERIFY_RESULT(active);
        QCOMPARE((*active)->id, first.id);

        // The same certificate twice is refused.
        QVERIFY_FAILS_WITH(m_repository->add(first), Error::Code::Conflict);
    }

    void renewalRetiresThePredecessorOfItsTopicOnly()
    {
        const PushCertificateRecord first = record(s_topic, "first");
        const PushCertificateRecord other = record(s_otherTopic, "other");
        const PushCertificateRecord renewal = record(s_topic, "renewal");
        for (const PushCertificateRecord &r : {first, other, renewal})
            QVERIFY_RESULT(m_repository->add(r));
        QVERIFY_RESULT(m_repository->activate(first.id));
        m_clock.advance(1000);
        QVERIFY_RESULT(m_repository->activate(other.id));
        m_clock.advance(1000);
        QVERIFY_RESULT(m_repository->activate(renewal.id));

        Result<std::optional<PushCertificateRecord>> old = m_repository->find(first.id);
        QVERIFY_RESULT(old);
        QVERIFY((*old)->isRetired());
        QCOMPARE((*old)->retiredAt, s_start.addMSecs(2000));
        QCOMPARE((*old)->replacedBy, renewal.id);
        // Rows are never overwritten: the old certificate is all still there.
        QCOMPARE((*old)->der, first.der);
        QCOMPARE((*old)->appleId, first.appleId);

        Result<QList<PushCertificateRecord>> active = m_repository->listActive();
        QVERIFY_RESULT(active);
        QCOMPARE(active->size(), 2);
        QCOMPARE(active->at(0).id, renewal.id);
        QCOMPARE(active->at(1).id, other.id);
        Result<std::optional<PushCertificateRecord>> current = m_repository->current();
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->id, renewal.id);
        Result<QList<PushCertificateRecord>> all = m_repository->list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 3);

        // A retired certificate does not come back.
        QVERIFY_FAILS_WITH(m_repository->activate(first.id), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(m_repository->activate(QString(64, u'0')), Error::Code::NotFound);
    }

    void currentIsTheLastActivatedWithinOneMillisecond()
    {
        const PushCertificateRecord first = record(s_topic, "first");
        const PushCertificateRecord other = record(s_otherTopic, "other");
        QVERIFY_RESULT(m_repository->add(first));
        QVERIFY_RESULT(m_repository->add(other));
        QVERIFY_RESULT(m_repository->activate(first.id));
        const Result<PushCertificateRecord> second = m_repository->activate(other.id);
        QVERIFY_RESULT(second);
        QCOMPARE(second->activatedAt, s_start.addMSecs(1));
        const Result<std::optional<PushCertificateRecord>> current = m_repository->current();
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->id, other.id);
    }

    void retiresByHand()
    {
        const PushCertificateRecord other = record(s_otherTopic, "other");
        QVERIFY_RESULT(m_repository->add(other));
        QVERIFY_RESULT(m_repository->activate(other.id));
        m_clock.advance(5000);
        QVERIFY_RESULT(m_repository->retire(other.id));
        m_clock.advance(5000);
        QVERIFY_RESULT(m_repository->retire(other.id));
        Result<std::optional<PushCertificateRecord>> found = m_repository->find(other.id);
        QVERIFY_RESULT(found);
        QCOMPARE((*found)->retiredAt, s_start.addMSecs(5000));
        QVERIFY((*found)->replacedBy.isEmpty());
        Result<std::optional<PushCertificateRecord>> active = m_repository->active(s_otherTopic);
        QVERIFY_RESULT(active);
        QVERIFY(!active->has_value());
        QVERIFY_FAILS_WITH(m_repository->retire(QString(64, u'0')), Error::Code::NotFound);
    }

    void refusesIncompleteRecords()
    {
        PushCertificateRecord noKey = record(s_topic, "a");
        noKey.keyRef.clear();
        QVERIFY_FAILS_WITH(m_repository->add(noKey), Error::Code::InvalidInput);
        PushCertificateRecord notMdm = record(u"com.example.app"_s, "b");
        const Result<PushCertificateRecord> refused = m_repository->add(notMdm);
        QVERIFY_FAILS_WITH(refused, Error::Code::InvalidInput);
        QVERIFY(refused.error().message.contains(u"com.example.app"_s));
        PushCertificateRecord noSerial = record(s_topic, "d");
        noSerial.serial.clear();
        QVERIFY_FAILS_WITH(m_repository->add(noSerial), Error::Code::InvalidInput);
        PushCertificateRecord noValidity = record(s_topic, "c");
        noValidity.notAfter = {};
        QVERIFY_FAILS_WITH(m_repository->add(noValidity), Error::Code::InvalidInput);
        Result<QList<PushCertificateRecord>> all = m_repository->list();
        QVERIFY_RESULT(all);
        QVERIFY(all->isEmpty());
    }

    void theSchemaHoldsTheRules()
    {
        const PushCertificateRecord first = record(s_topic, "first");
        const PushCertificateRecord second = record(s_topic, "second");
        QVERIFY_RESULT(m_repository->add(first));
        QVERIFY_RESULT(m_repository->add(second));
        QVERIFY_RESULT(m_repository->activate(first.id));
        const auto write = [this](const QString &sql, const QVariantList &bindings) {
            return m_db->transaction([&]() -> Result<void> {
                Result<QSqlQuery> done = m_db->exec(sql, bindings);
                if (!done)
                    return fail(done.error());
                return {};
            });
        };
        // Two active certificates for one topic.
        QVERIFY_FAILS_WITH(write(u"UPDATE push_certificates SET activated_at = ? WHERE id = ?"_s,
                                 {s_start.toMSecsSinceEpoch(), second.id}),
                           Error::Code::Database);
        // Replaced but not retired.
        QVERIFY_FAILS_WITH(write(u"UPDATE push_certificates SET replaced_by = ? WHERE id = ?"_s,
                                 {second.id, first.id}),
                           Error::Code::Database);
        // Valid for no time at all.
        QVERIFY_FAILS_WITH(write(u"UPDATE push_certificates SET not_after = not_before "
                                 "WHERE id = ?"_s,
                                 {first.id}),
                           Error::Code::Database);
    }

private:
    ManualClock m_clock{s_start};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PushCertificateRepository> m_repository;
};

QTEST_GUILESS_MAIN(tst_PushCertificateRepository)
#include "tst_PushCertificateRepository.moc"
