// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/PushCertificateRepository.h"
#include "core/store/PushCertificateRequestRepository.h"
#include "tests/support/TestHelpers.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QString s_topic = u"com.apple.mgmt.External.1d2c"_s;

PushCertificateRequestRecord request(
    const QString &id, PushCertificateRequestKind kind = PushCertificateRequestKind::Create)
{
    PushCertificateRequestRecord r;
    r.id = id;
    r.kind = kind;
    r.expectedTopic = kind == PushCertificateRequestKind::Renew ? s_topic : QString();
    r.keyRef = u"push/request/"_s + id + u"/key"_s;
    r.csrDer = "csr-der-" + id.toLatin1();
    return r;
}

} // namespace

class tst_PushCertificateRequestRepository : public QObject
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
        m_repository = std::make_unique<PushCertificateRequestRepository>(*m_db, m_clock);
    }

    void cleanup()
    {
        m_repository.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Every step is stored at once, so a wizard closed after any of them resumes there.
    void walksTheStepsAndResumes()
    {
        Result<PushCertificateRequestRecord> added = m_repository->add(
            request(u"r1"_s, PushCertificateRequestKind::Renew));
        QVERIFY_RESULT(added);
        QCOMPARE(added->state, PushCertificateRequestState::CsrCreated);
        QCOMPARE(added->kind, PushCertificateRequestKind::Renew);
        QCOMPARE(added->expectedTopic, s_topic);
        QCOMPARE(added->createdAt, s_start);
        QCOMPARE(added->updatedAt, s_start);
        QVERIFY(added->isOpen());

        m_clock.advance(1000);
        Result<PushCertificateRequestRecord> step = m_repository->setAppleId(u"r1"_s,
                                                                             u" it@example.com "_s);
        QVERIFY_RESULT(step);
        QCOMPARE(step->appleId, u"it@example.com"_s);
        QCOMPARE(step->updatedAt, s_start.addMSecs(1000));

        step = m_repository->setEncryption(u"r1"_s, u"push/request/r1/encryption-key"_s, "cert");
        QVERIFY_RESULT(step);
        QCOMPARE(step->state, PushCertificateRequestState::AwaitingReply);
        QCOMPARE(step->encryptionKeyRef, u"push/request/r1/encryption-key"_s);
        QCOMPARE(step->encryptionCertificateDer, QByteArray("cert"));

        step = m_repository->setSignedRequest(u"r1"_s, "PD94bWw=");
        QVERIFY_RESULT(step);
        QCOMPARE(step->state, PushCertificateRequestState::Signed);

        // After a restart: a fresh repository over the same file finds it where it was.
        PushCertificateRequestRepository reopened(*m_db, m_clock);
        Result<std::optional<PushCertificateRequestRecord>> open = reopened.open();
        QVERIFY_RESULT(open);
        QVERIFY(open->has_value());
        QCOMPARE((*open)->id, u"r1"_s);
        QCOMPARE((*open)->state, PushCertificateRequestState::Signed);
        QCOMPARE((*open)->signedRequest, QByteArray("PD94bWw="));
        QCOMPARE((*open)->appleId, u"it@example.com"_s);
        QCOMPARE((*open)->csrDer, QByteArray("csr-der-r1"));

        // Completing needs the certificate it produced.
        PushCertificateRepository certificates(*m_db, m_clock);
        PushCertificateRecord certificate;
        certificate.id = QString(64, u'a');
        certificate.topic = s_topic;
        certificate.serial = u"01"_s;
        certificate.subject = u"UID="_s + s_topic;
        certificate.issuer = u"CN=Test"_s;
        certificate.der = "der";
        certificate.keyRef = (*open)->keyRef;
        certificate.notBefore = s_start;
        certificate.notAfter = s_start.addDays(365);
        QVERIFY_RESULT(certificates.add(certificate));
        QVERIFY_FAILS_WITH(m_repository->complete(u"r1"_s, QString(64, u'b')),
                           Error::Code::Database);
        step = m_repository->complete(u"r1"_s, certificate.id);
        QVERIFY_RESULT(step);
        QCOMPARE(step->state, PushCertificateRequestState::Completed);
        QCOMPARE(step->certificateId, certificate.id);
        QVERIFY(!step->isOpen());
        open = m_repository->open();
        QVERIFY_RESULT(open);
        QVERIFY(!open->has_value());

        // Finished is final.
        QVERIFY_FAILS_WITH(m_repository->setAppleId(u"r1"_s, u"x"_s), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(m_repository->discard(u"r1"_s), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(m_repository->setAppleId(u"nope"_s, u"x"_s), Error::Code::NotFound);
    }

    void oneOpenRequestAtATime()
    {
        QVERIFY_RESULT(m_repository->add(request(u"r1"_s)));
        const Result<PushCertificateRequestRecord> second = m_repository->add(request(u"r2"_s));
        QVERIFY_FAILS_WITH(second, Error::Code::Conflict);
        QVERIFY(second.error().message.contains(u"in progress"_s));
        m_clock.advance(1000);
        Result<PushCertificateRequestRecord> discarded = m_repository->discard(u"r1"_s);
        QVERIFY_RESULT(discarded);
        QCOMPARE(discarded->state, PushCertificateRequestState::Discarded);
        QVERIFY_RESULT(m_repository->add(request(u"r2"_s)));
        Result<QList<PushCertificateRequestRecord>> all = m_repository->list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, u"r2"_s);
    }

    void refusesInconsistentRequests()
    {
        PushCertificateRequestRecord renewWithoutTopic = request(u"r1"_s,
                                                                 PushCertificateRequestKind::Renew);
        renewWithoutTopic.expectedTopic.clear();
        QVERIFY_FAILS_WITH(m_repository->add(renewWithoutTopic), Error::Code::InvalidInput);
        PushCertificateRequestRecord createWithTopic = request(u"r1"_s);
        createWithTopic.expectedTopic = s_topic;
        QVERIFY_FAILS_WITH(m_repository->add(createWithTopic), Error::Code::InvalidInput);
        PushCertificateRequestRecord noCsr = request(u"r1"_s);
        noCsr.csrDer.clear();
        QVERIFY_FAILS_WITH(m_repository->add(noCsr), Error::Code::InvalidInput);
        QVERIFY_RESULT(m_repository->add(request(u"r1"_s)));
        QVERIFY_FAILS_WITH(m_repository->setSignedRequest(u"r1"_s, {}), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_repository->setEncryption(u"r1"_s, {}, "cert"),
                           Error::Code::InvalidInput);
    }

private:
    ManualClock m_clock{s_start};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PushCertificateRequestRepository> m_repository;
};

QTEST_GUILESS_MAIN(tst_PushCertificateRequestRepository)
#include "tst_PushCertificateRequestRepository.moc"
