// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/crypto/Cms.h"
#include "core/crypto/Pkcs12.h"
#include "core/push/PushCertificateRequest.h"
#include "core/push/PushCertificateStore.h"
#include "core/push/VendorSigning.h"
#include "core/push/VendorSigningService.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/SecretStore.h"
#include "tests/core/push/PushCertificateTestPki.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// Keychain jobs take milliseconds and key generation under a second; the bound only keeps a
// broken keyring from hanging the run.
constexpr int JobTimeoutMs = 60000;

template<typename T>
[[nodiscard]] Result<T> settle(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, JobTimeoutMs))
        return fail(Error::Code::Cancelled, u"test: no answer"_s);
    if (future.isCanceled() || future.resultCount() == 0)
        return fail(Error::Code::Cancelled, u"test: the future was cancelled"_s);
    return future.result();
}

} // namespace

class tst_PushCertificateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        Result<PushCertificateTestPki> pki = PushCertificateTestPki::create(s_start);
        QVERIFY_RESULT(pki);
        m_pki = *pki;
        Result<QByteArray> p12 = Pkcs12::create(
            m_pki->vendor.key, m_pki->vendor.certificate, m_pki->vendor.chain, u"vendor-secret"_s);
        QVERIFY_RESULT(p12);
        m_vendorP12 = *p12;
    }

    void init()
    {
        m_clock.setNow(s_start);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(database);
        m_database = std::move(*database);
        m_secrets = std::make_unique<SecretStore>(
            u"espalier-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        m_store = std::make_unique<PushCertificateStore>(*m_database, *m_secrets, m_clock);
        m_enrollments = std::make_unique<EnrollmentRepository>(
            *m_database, m_clock, &Testing::testTokenBox());
    }

    void cleanup()
    {
        m_enrollments.reset();
        m_store.reset();
        m_secrets.reset();
        m_database.reset();
        m_dir.reset();
    }

    // First certificate: CSR, vendor signing with the admin's .p12, Apple's portal, import.
    void createsTheFirstCertificate()
    {
        QSignalSpy activated(m_store.get(), &PushCertificateStore::certificateActivated);
        Result<PushCertificateRequestRecord> started = settle(
            m_store->startRequest(PushCertificateRequestKind::Create, {}, u"Example Shop"_s));
        QVERIFY_RESULT(started);
        QCOMPARE(started->state, PushCertificateRequestState::CsrCreated);
        QCOMPARE(started->keyRef, PushCertificateRequest::keyRef(started->id));
        QVERIFY(started->expectedTopic.isEmpty());

        // The key is in the keychain and belongs to the CSR; the database holds no key.
        Result<CertificateRequest> csr = CertificateRequest::fromDer(started->csrDer);
        QVERIFY_RESULT(csr);
        QCOMPARE(csr->subject().organization, u"Example Shop"_s);
        Result<QByteArray> secret = settle(m_secrets->read(started->keyRef));
        QVERIFY_RESULT(secret);
        Result<PrivateKey> key = PrivateKey::fromPem(*secret);
        QVERIFY_RESULT(key);
        QVERIFY(key->publicKey() == csr->publicKey());
        QVERIFY(!databaseFiles().contains("PRIVATE KEY"));

        // Left and resumed: a fresh store (as after a restart) finds the request.
        auto resumed = std::make_unique<PushCertificateStore>(*m_database, *m_secrets, m_clock);
        Result<std::optional<PushCertificateRequestRecord>> open = resumed->openRequest();
        QVERIFY_RESULT(open);
        QVERIFY(open->has_value());
        QCOMPARE((*open)->id, started->id);

        Result<PushCertificateStore::VendorSigned> signedRequest = settle(
            resumed->signWithVendorIdentity(
                started->id, m_vendorP12, u"vendor-secret"_s, {m_pki->root}));
        QVERIFY_RESULT(signedRequest);
        QCOMPARE(signedRequest->request.state, PushCertificateRequestState::Signed);
        QVERIFY(signedRequest->warnings.isEmpty());
        Result<VendorSigning::SignedRequest> upload = VendorSigning::read(
            signedRequest->request.signedRequest);
        QVERIFY_RESULT(upload);
        QCOMPARE(upload->csrDer, started->csrDer);

        QVERIFY_RESULT(m_store->setAppleId(started->id, u"  it@example.com "_s));
        Result<QString> appleId = m_store->suggestedAppleId(started->id);
        QVERIFY_RESULT(appleId);
        QCOMPARE(*appleId, u"it@example.com"_s);

        // Apple's portal issues the certificate for the uploaded CSR.
        const QString topic = PushCertificateTestPki::newTopic();
        Result<Certificate> issued = m_pki->issuePush(
            upload->csr, topic, s_start.addSecs(-60), s_start.addDays(365));
        QVERIFY_RESULT(issued);
        m_clock.advance(60000);
        Result<PushCertificateStore::Inspection> inspection = settle(
            m_store->inspectCertificate(started->id, issued->toPem()));
        QVERIFY_RESULT(inspection);
        QVERIFY(!inspection->topicChanges);
        QVERIFY(!inspection->needsReenrollConfirmation);
        QCOMPARE(inspection->certificate.topic(), topic);
        QCOMPARE(inspection->expiryWarning, PushCertificate::ExpiryWarning::None);

        Result<PushCertificateStore::Imported> imported = settle(
            m_store->importCertificate(started->id,
                                       issued->toPem(),
                                       {.appleId = {},
                                        .notes = u"Espalier, front office"_s,
                                        .confirmReenrollAll = false,
                                        .actor = u"admin"_s}));
        QVERIFY_RESULT(imported);
        const PushCertificateRecord &record = imported->certificate;
        QCOMPARE(record.topic, topic);
        QCOMPARE(record.id, issued->sha256Fingerprint());
        QCOMPARE(record.serial, issued->serialNumber());
        QCOMPARE(record.notAfter, issued->notAfter());
        QCOMPARE(record.appleId, u"it@example.com"_s);
        QCOMPARE(record.notes, u"Espalier, front office"_s);
        QCOMPARE(record.keyRef, started->keyRef);
        QCOMPARE(record.activatedAt, m_clock.now());
        QVERIFY(record.isActive());
        QVERIFY(!imported->replaced);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), topic);
        QCOMPARE(activated.at(0).at(1).toString(), record.id);

        Result<PushCertificateRequestRecord> completed = m_store->request(started->id);
        QVERIFY_RESULT(completed);
        QCOMPARE(completed->state, PushCertificateRequestState::Completed);
        QCOMPARE(completed->certificateId, record.id);
        Result<std::optional<PushCertificateRequestRecord>> none = m_store->openRequest();
        QVERIFY_RESULT(none);
        QVERIFY(!none->has_value());

        // The push client gets certificate and key.
        Result<PushCertificateStore::Identity> identity = settle(m_store->loadIdentity());
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate.certificate(), *issued);
        QVERIFY(identity->key.matches(*issued));
        QVERIFY_RESULT(settle(m_store->loadIdentity(topic)));
        QVERIFY_FAILS_WITH(settle(m_store->loadIdentity(PushCertificateTestPki::newTopic())),
                           Error::Code::NotFound);

        // The import is in the audit log.
        AuditLog audit(*m_database, m_clock);
        Result<QList<AuditEntry>> entries = audit.list();
        QVERIFY_RESULT(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().actor, u"admin"_s);
        QCOMPARE(entries->constFirst().action, u"push.certificate.import"_s);
        QCOMPARE(entries->constFirst().target, topic);

        // A finished request takes no more steps.
        QVERIFY_FAILS_WITH(settle(m_store->importCertificate(started->id, issued->toPem(), {})),
                           Error::Code::Conflict);
    }

    // Renewal through a CSR-signing service; the topic stays, and the devices keep working.
    void renewsThroughASigningService()
    {
        const QString topic = PushCertificateTestPki::newTopic();
        const PushCertificateRecord first = createCertificate(topic, u"it@example.com"_s);
        QVERIFY(!QTest::currentTestFailed());
        enroll(u"UDID-1"_s, topic);
        enroll(u"UDID-2"_s, topic);

        m_clock.advance(qint64{300} * 24 * 60 * 60 * 1000);
        Result<PushCertificateRequestRecord> renewal = settle(
            m_store->startRequest(PushCertificateRequestKind::Renew));
        QVERIFY_RESULT(renewal);
        QCOMPARE(renewal->expectedTopic, topic);
        // Renewal must be done with the Apple ID that created the certificate.
        QCOMPARE(renewal->appleId, u"it@example.com"_s);

        Result<VendorSigningService::Submission> submission = settle(
            m_store->prepareServiceSubmission(renewal->id));
        QVERIFY_RESULT(submission);
        Result<PushCertificateRequestRecord> waiting = m_store->request(renewal->id);
        QVERIFY_RESULT(waiting);
        QCOMPARE(waiting->state, PushCertificateRequestState::AwaitingReply);
        // Asking again (the wizard was closed and reopened) hands out the same certificate.
        Result<VendorSigningService::Submission> again = settle(
            m_store->prepareServiceSubmission(renewal->id));
        QVERIFY_RESULT(again);
        QCOMPARE(again->encryptionCertificatePem, submission->encryptionCertificatePem);
        QCOMPARE(again->csrPem, submission->csrPem);

        // The service signs and encrypts its reply to our certificate.
        const QByteArray reply = serviceReply(*submission);
        QVERIFY(!reply.isEmpty());
        Result<PushCertificateRequestRecord> signedRequest = settle(
            m_store->importServiceReply(renewal->id, reply));
        QVERIFY_RESULT(signedRequest);
        QCOMPARE(signedRequest->state, PushCertificateRequestState::Signed);
        Result<VendorSigning::SignedRequest> upload = VendorSigning::read(
            signedRequest->signedRequest);
        QVERIFY_RESULT(upload);

        Result<Certificate> renewed = m_pki->issuePush(
            upload->csr, topic, m_clock.now().addSecs(-60), m_clock.now().addDays(365));
        QVERIFY_RESULT(renewed);
        QSignalSpy activated(m_store.get(), &PushCertificateStore::certificateActivated);
        Result<PushCertificateStore::Imported> imported = settle(
            m_store->importCertificate(renewal->id, renewed->toDer(), {}));
        QVERIFY_RESULT(imported);
        QCOMPARE(imported->certificate.topic, topic);
        QCOMPARE(imported->certificate.appleId, u"it@example.com"_s);
        QVERIFY(imported->replaced);
        QCOMPARE(imported->replaced->id, first.id);
        QCOMPARE(imported->replaced->replacedBy, imported->certificate.id);
        QCOMPARE(imported->replaced->retiredAt, m_clock.now());
        QCOMPARE(imported->strandedDevices, 0);
        QCOMPARE(activated.count(), 1);

        // History keeps both; the topic now pushes with the new one.
        Result<QList<PushCertificateRecord>> all = m_store->certificates();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 2);
        Result<PushCertificateStore::Identity> identity = settle(m_store->loadIdentity(topic));
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate.certificate(), *renewed);
        QVERIFY(identity->key.matches(*renewed));

        // The encryption key has served its purpose and leaves the keychain.
        const QString encryptionRef = PushCertificateRequest::encryptionKeyRef(renewal->id);
        const auto gone = [this, encryptionRef] {
            const Result<QByteArray> read = settle(m_secrets->read(encryptionRef));
            return !read && read.error().code == Error::Code::NotFound;
        };
        QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000);
        // The push key stays: the certificate needs it.
        QVERIFY_RESULT(settle(m_secrets->read(renewal->keyRef)));
    }

    void refusesATopicChangeUnlessConfirmed()
    {
        const QString topic = PushCertificateTestPki::newTopic();
        const PushCertificateRecord first = createCertificate(topic, u"it@example.com"_s);
        QVERIFY(!QTest::currentTestFailed());
        enroll(u"UDID-1"_s, topic);
        enroll(u"UDID-2"_s, topic);
        enroll(u"UDID-3"_s, topic);
        QVERIFY_RESULT(m_enrollments->checkOut(u"UDID-3"_s));

        Result<PushCertificateRequestRecord> renewal = settle(
            m_store->startRequest(PushCertificateRequestKind::Renew, topic));
        QVERIFY_RESULT(renewal);
        // The admin pressed Create in the portal: a certificate for a new topic.
        const QString otherTopic = PushCertificateTestPki::newTopic();
        Result<Certificate> wrong = issueFor(*renewal, otherTopic);
        QVERIFY_RESULT(wrong);

        Result<PushCertificateStore::Inspection> inspection = settle(
            m_store->inspectCertificate(renewal->id, wrong->toPem()));
        QVERIFY_RESULT(inspection);
        QVERIFY(inspection->topicChanges);
        QVERIFY(inspection->needsReenrollConfirmation);
        QCOMPARE(inspection->expectedTopic, topic);
        QCOMPARE(inspection->strandedDevices, 2); // the checked-out device does not count
        QVERIFY2(inspection->topicChangeText.contains(u"re-enrolled"_s),
                 qPrintable(inspection->topicChangeText));
        QVERIFY(inspection->topicChangeText.contains(u"Renew"_s));
        QVERIFY(inspection->topicChangeText.contains(topic));

        QSignalSpy activated(m_store.get(), &PushCertificateStore::certificateActivated);
        const Result<PushCertificateStore::Imported> refused = settle(
            m_store->importCertificate(renewal->id, wrong->toPem(), {}));
        QVERIFY_FAILS_WITH(refused, Error::Code::Conflict);
        QCOMPARE(refused.error().message, inspection->topicChangeText);
        QCOMPARE(activated.count(), 0);
        // Nothing changed: the request is still open, the old certificate still current.
        Result<PushCertificateRequestRecord> still = m_store->request(renewal->id);
        QVERIFY_RESULT(still);
        QVERIFY(still->isOpen());
        Result<std::optional<PushCertificateRecord>> current = m_store->currentCertificate();
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->id, first.id);
        Result<QList<PushCertificateRecord>> all = m_store->certificates();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 1);

        // The admin typed the confirmation: every device will be re-enrolled.
        Result<PushCertificateStore::Imported> imported = settle(m_store->importCertificate(
            renewal->id,
            wrong->toPem(),
            {.appleId = {}, .notes = {}, .confirmReenrollAll = true, .actor = u"admin"_s}));
        QVERIFY_RESULT(imported);
        QCOMPARE(imported->certificate.topic, otherTopic);
        QCOMPARE(imported->strandedDevices, 2);
        QVERIFY(!imported->replaced);
        QCOMPARE(activated.count(), 1);
        // New enrollments get the new topic; the old certificate keeps serving the devices
        // still bound to its topic until they are re-enrolled.
        current = m_store->currentCertificate();
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->topic, otherTopic);
        QVERIFY_RESULT(settle(m_store->loadIdentity(topic)));
        AuditLog audit(*m_database, m_clock);
        Result<QList<AuditEntry>> entries = audit.list();
        QVERIFY_RESULT(entries);
        QVERIFY2(entries->constLast().detail.contains(u"topic change confirmed"_s),
                 qPrintable(entries->constLast().detail));
    }

    void refusesANewTopicWhileDevicesAreEnrolled()
    {
        // Devices enrolled (migrated, say) with a topic whose certificate is not here.
        const QString enrolledTopic = PushCertificateTestPki::newTopic();
        enroll(u"UDID-1"_s, enrolledTopic);
        Result<PushCertificateRequestRecord> request = settle(
            m_store->startRequest(PushCertificateRequestKind::Create));
        QVERIFY_RESULT(request);
        Result<Certificate> certificate = issueFor(*request, PushCertificateTestPki::newTopic());
        QVERIFY_RESULT(certificate);
        const Result<PushCertificateStore::Imported> refused = settle(
            m_store->importCertificate(request->id, certificate->toPem(), {}));
        QVERIFY_FAILS_WITH(refused, Error::Code::Conflict);
        QVERIFY2(refused.error().message.contains(enrolledTopic),
                 qPrintable(refused.error().message));
        // Its own topic is fine.
        Result<Certificate> same = issueFor(*request, enrolledTopic);
        QVERIFY_RESULT(same);
        Result<PushCertificateStore::Imported> imported = settle(
            m_store->importCertificate(request->id, same->toPem(), {}));
        QVERIFY_RESULT(imported);
        QCOMPARE(imported->strandedDevices, 0);
    }

    void refusesACertificateForAnotherKey()
    {
        Result<PushCertificateRequestRecord> request = settle(
            m_store->startRequest(PushCertificateRequestKind::Create));
        QVERIFY_RESULT(request);
        // Issued for some other request's CSR.
        Result<PushCertificateRequest> other = PushCertificateRequest::generate();
        QVERIFY_RESULT(other);
        Result<Certificate> foreign = m_pki->issuePush(other->csr(),
                                                       PushCertificateTestPki::newTopic(),
                                                       s_start.addDays(-1),
                                                       s_start.addDays(364));
        QVERIFY_RESULT(foreign);
        const Result<PushCertificateStore::Imported> refused = settle(
            m_store->importCertificate(request->id, foreign->toPem(), {}));
        QVERIFY_FAILS_WITH(refused, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"issued for another key"_s),
                 qPrintable(refused.error().message));

        // The CSR matches, but the key in the keychain was replaced by another one.
        Result<Certificate> ours = issueFor(*request, PushCertificateTestPki::newTopic());
        QVERIFY_RESULT(ours);
        Result<QByteArray> otherPem = other->key().toPem();
        QVERIFY_RESULT(otherPem);
        QVERIFY_RESULT(settle(m_secrets->write(request->keyRef, *otherPem)));
        const Result<PushCertificateStore::Imported> mismatch = settle(
            m_store->importCertificate(request->id, ours->toPem(), {}));
        QVERIFY_FAILS_WITH(mismatch, Error::Code::InvalidInput);
        QVERIFY2(mismatch.error().message.contains(u"does not match the push key"_s),
                 qPrintable(mismatch.error().message));

        // And without any key in the keychain.
        QVERIFY_RESULT(settle(m_secrets->remove(request->keyRef)));
        const Result<PushCertificateStore::Imported> missing = settle(
            m_store->importCertificate(request->id, ours->toPem(), {}));
        QVERIFY_FAILS_WITH(missing, Error::Code::NotFound);
        QVERIFY2(missing.error().message.contains(u"not in the keychain"_s),
                 qPrintable(missing.error().message));
        Result<QList<PushCertificateRecord>> all = m_store->certificates();
        QVERIFY_RESULT(all);
        QVERIFY(all->isEmpty());
    }

    void refusesExpiredAndDamagedFiles()
    {
        Result<PushCertificateRequestRecord> request = settle(
            m_store->startRequest(PushCertificateRequestKind::Create));
        QVERIFY_RESULT(request);
        Result<CertificateRequest> csr = CertificateRequest::fromDer(request->csrDer);
        QVERIFY_RESULT(csr);
        Result<Certificate> expired = m_pki->issuePush(
            *csr, PushCertificateTestPki::newTopic(), s_start.addDays(-400), s_start.addDays(-35));
        QVERIFY_RESULT(expired);
        const Result<PushCertificateStore::Imported> old = settle(
            m_store->importCertificate(request->id, expired->toPem(), {}));
        QVERIFY_FAILS_WITH(old, Error::Code::InvalidInput);
        QVERIFY2(old.error().message.contains(u"expired"_s), qPrintable(old.error().message));

        QByteArray truncated = expired->toPem();
        truncated.chop(120);
        for (const QByteArray &garbage : {QByteArray("garbage"),
                                          QByteArray(),
                                          truncated,
                                          csr->toPem(),
                                          QByteArray(4096, '\xff')}) {
            const Result<PushCertificateStore::Inspection> refused = settle(
                m_store->inspectCertificate(request->id, garbage));
            QVERIFY_FAILS_WITH(refused, Error::Code::InvalidInput);
            QVERIFY(!refused.error().message.isEmpty());
        }
        Result<PushCertificateRequestRecord> still = m_store->request(request->id);
        QVERIFY_RESULT(still);
        QVERIFY(still->isOpen());
    }

    void vendorSigningProblemsLeaveTheRequestAsItWas()
    {
        Result<PushCertificateRequestRecord> request = settle(
            m_store->startRequest(PushCertificateRequestKind::Create));
        QVERIFY_RESULT(request);
        const Result<PushCertificateStore::VendorSigned> wrongPassword = settle(
            m_store->signWithVendorIdentity(request->id, m_vendorP12, u"guess"_s, {m_pki->root}));
        QVERIFY_FAILS_WITH(wrongPassword, Error::Code::Crypto);
        QVERIFY(wrongPassword.error().message.contains(u"password is wrong"_s));
        const Result<PushCertificateStore::VendorSigned> incomplete = settle(
            m_store->signWithVendorIdentity(request->id, m_vendorP12, u"vendor-secret"_s));
        QVERIFY_FAILS_WITH(incomplete, Error::Code::InvalidInput);
        QVERIFY(incomplete.error().message.contains(u"incomplete"_s));
        Result<PushCertificateRequestRecord> still = m_store->request(request->id);
        QVERIFY_RESULT(still);
        QCOMPARE(still->state, PushCertificateRequestState::CsrCreated);
        QVERIFY(still->signedRequest.isEmpty());
        // A reply for a request that never went to a service.
        QVERIFY_FAILS_WITH(settle(m_store->importServiceReply(request->id, QByteArray("00"))),
                           Error::Code::InvalidInput);
    }

    void oneOpenRequestAtATimeAndDiscard()
    {
        QVERIFY_FAILS_WITH(settle(m_store->startRequest(PushCertificateRequestKind::Renew)),
                           Error::Code::NotFound);
        Result<PushCertificateRequestRecord> request = settle(
            m_store->startRequest(PushCertificateRequestKind::Create));
        QVERIFY_RESULT(request);
        QVERIFY_FAILS_WITH(settle(m_store->startRequest(PushCertificateRequestKind::Create)),
                           Error::Code::Conflict);
        QVERIFY_RESULT(settle(m_store->prepareServiceSubmission(request->id)));
        const QString encryptionRef = PushCertificateRequest::encryptionKeyRef(request->id);
        QVERIFY_RESULT(settle(m_secrets->read(encryptionRef)));

        QVERIFY_RESULT(settle(m_store->discardRequest(request->id)));
        Result<PushCertificateRequestRecord> discarded = m_store->request(request->id);
        QVERIFY_RESULT(discarded);
        QCOMPARE(discarded->state, PushCertificateRequestState::Discarded);
        QVERIFY_FAILS_WITH(settle(m_secrets->read(request->keyRef)), Error::Code::NotFound);
        QVERIFY_FAILS_WITH(settle(m_secrets->read(encryptionRef)), Error::Code::NotFound);
        const Result<PushCertificateStore::VendorSigned> late = settle(
            m_store->signWithVendorIdentity(request->id, m_vendorP12, u"vendor-secret"_s));
        QVERIFY_FAILS_WITH(late, Error::Code::Conflict);
        QVERIFY(late.error().message.contains(u"discarded"_s));
        QVERIFY_FAILS_WITH(settle(m_store->discardRequest(request->id)), Error::Code::Conflict);

        // Now a new one may start.
        QVERIFY_RESULT(settle(m_store->startRequest(PushCertificateRequestKind::Create)));
    }

private:
    // Apple's portal, issuing a certificate for what was uploaded for the request.
    Result<Certificate> issueFor(const PushCertificateRequestRecord &request, const QString &topic)
    {
        Result<CertificateRequest> csr = CertificateRequest::fromDer(request.csrDer);
        if (!csr)
            return fail(csr.error());
        return m_pki->issuePush(
            *csr, topic, m_clock.now().addSecs(-60), m_clock.now().addDays(365));
    }

    PushCertificateRecord createCertificate(const QString &topic, const QString &appleId)
    {
        Result<PushCertificateRequestRecord> request = settle(
            m_store->startRequest(PushCertificateRequestKind::Create));
        [&] { QVERIFY_RESULT(request); }();
        if (!request)
            return {};
        Result<Certificate> certificate = issueFor(*request, topic);
        Result<PushCertificateStore::Imported> imported = settle(m_store->importCertificate(
            request->id,
            certificate ? certificate->toPem() : QByteArray(),
            {.appleId = appleId, .notes = {}, .confirmReenrollAll = false, .actor = {}}));
        [&] { QVERIFY_RESULT(imported); }();
        return imported ? imported->certificate : PushCertificateRecord();
    }

    void enroll(const QString &udid, const QString &topic)
    {
        Enrollment e;
        e.id = udid;
        e.topic = topic;
        QVERIFY_RESULT(m_enrollments->recordAuthenticate(e));
        e.pushTokenHex = u"a1b2c3d4"_s;
        e.pushMagic = u"magic-"_s + udid;
        QVERIFY_RESULT(m_enrollments->recordTokenUpdate(e));
    }

    // What a CSR-signing service sends back for a submission: hex of EnvelopedData.
    QByteArray serviceReply(const VendorSigningService::Submission &submission)
    {
        Result<CertificateRequest> csr = CertificateRequest::fromPem(submission.csrPem);
        Result<Certificate> recipient = Certificate::fromPem(submission.encryptionCertificatePem);
        if (!csr || !recipient)
            return {};
        Result<VendorSigning::Signed> made = VendorSigning::sign(
            *csr, m_pki->vendor, {m_pki->root}, m_clock.now());
        if (!made)
            return {};
        Result<QByteArray> envelope = Cms::encrypt(made->uploadFile, {*recipient});
        return envelope ? envelope->toHex() : QByteArray();
    }

    QByteArray databaseFiles() const
    {
        QByteArray all;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(m_dir->filePath(u"store.sqlite"_s + suffix));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    std::optional<PushCertificateTestPki> m_pki;
    QByteArray m_vendorP12;
    ManualClock m_clock{s_start};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PushCertificateStore> m_store;
    std::unique_ptr<EnrollmentRepository> m_enrollments;
};

QTEST_GUILESS_MAIN(tst_PushCertificateStore)
#include "tst_PushCertificateStore.moc"
