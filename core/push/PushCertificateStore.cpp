// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/PushCertificateStore.h"

#include "core/common/Clock.h"
#include "core/common/Futures.h"
#include "core/crypto/OpenSsl.h"
#include "core/push/PushCertificateLogging.h"
#include "core/push/PushCertificateRequest.h"
#include "core/store/Database.h"
#include "core/store/SecretStore.h"

#include <QStringList>
#include <QThread>
#include <QUuid>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

template<typename T>
QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

Result<CertificateRequest> storedCsr(const PushCertificateRequestRecord &request)
{
    Result<CertificateRequest> csr = CertificateRequest::fromDer(request.csrDer);
    if (!csr) {
        return fail(Error::Code::Database,
                    PushCertificateStore::tr("The stored push certificate request is damaged; "
                                             "discard it and start a new one."),
                    u"request %1: %2"_s.arg(request.id, csr.error().detail));
    }
    return csr;
}

} // namespace

PushCertificateStore::PushCertificateStore(Database &database,
                                           SecretStore &secrets,
                                           const Clock &clock,
                                           QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_database(database)
    , m_certificates(database, clock)
    , m_requests(database, clock)
    , m_enrollments(database, clock)
    , m_audit(database, clock)
{}

QFuture<Result<PushCertificateRequestRecord>> PushCertificateStore::startRequest(
    PushCertificateRequestKind kind, const QString &renewTopic, const QString &organization)
{
    Q_ASSERT(QThread::currentThread() == thread());
    using R = PushCertificateRequestRecord;
    // Checked before the key is made; the insert checks again, as the state may change.
    Result<std::optional<R>> pending = m_requests.open();
    if (!pending)
        return ready<R>(fail(pending.error()));
    if (*pending) {
        return ready<R>(fail(Error::Code::Conflict,
                             tr("Another push certificate request is in progress. Resume it, or "
                                "discard it first."),
                             u"open request %1"_s.arg((*pending)->id)));
    }

    R record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = kind;
    record.keyRef = PushCertificateRequest::keyRef(record.id);
    if (kind == PushCertificateRequestKind::Renew) {
        QString topic = renewTopic;
        if (topic.isEmpty()) {
            Result<std::optional<PushCertificateRecord>> current = m_certificates.current();
            if (!current)
                return ready<R>(fail(current.error()));
            if (!*current) {
                return ready<R>(fail(Error::Code::NotFound,
                                     tr("There is no push certificate to renew; create one "
                                        "instead.")));
            }
            topic = (*current)->topic;
        }
        if (!topic.startsWith(PushCertificate::TopicPrefix)) {
            return ready<R>(
                fail(Error::Code::InvalidInput, tr("\"%1\" is not an MDM push topic.").arg(topic)));
        }
        record.expectedTopic = topic;
        // The renewal must be made with the Apple ID that created the certificate.
        Result<QList<PushCertificateRecord>> history = m_certificates.list();
        if (!history)
            return ready<R>(fail(history.error()));
        for (const PushCertificateRecord &previous : std::as_const(*history)) {
            if (previous.topic == topic && !previous.appleId.isEmpty()) {
                record.appleId = previous.appleId;
                break;
            }
        }
    }

    const DistinguishedName subject = PushCertificateRequest::defaultSubject(organization);
    return Futures::then(
        this,
        QtConcurrent::run([subject] { return PushCertificateRequest::generate(subject); }),
        [this, record](const Result<PushCertificateRequest> &generated) mutable {
            if (!generated)
                return ready<R>(fail(generated.error()));
            Result<QByteArray> pem = generated->key().toPem();
            if (!pem)
                return ready<R>(fail(pem.error()));
            record.csrDer = generated->csrDer();
            // The key is in the keychain before the row points at it; a failed row
            // removes it again.
            QByteArray secret = std::move(*pem);
            return Futures::then(
                this,
                m_secrets.write(record.keyRef, secret),
                [this, record, secret](const Result<void> &written) mutable -> Result<R> {
                    OpenSsl::cleanse(secret);
                    if (!written)
                        return fail(written.error());
                    Result<R> added = m_requests.add(record);
                    if (!added) {
                        removeSecret(record.keyRef);
                        return fail(added.error());
                    }
                    qCInfo(lcPushCertificates)
                        << "started push certificate request" << added->id
                        << pushCertificateRequestKindName(added->kind) << added->expectedTopic;
                    return added;
                });
        });
}

Result<std::optional<PushCertificateRequestRecord>> PushCertificateStore::openRequest()
{
    return m_requests.open();
}

Result<PushCertificateRequestRecord> PushCertificateStore::request(const QString &requestId)
{
    Result<std::optional<PushCertificateRequestRecord>> found = m_requests.find(requestId);
    if (!found)
        return fail(found.error());
    if (!*found) {
        return fail(Error::Code::NotFound,
                    tr("The push certificate request does not exist."),
                    u"no request %1"_s.arg(requestId));
    }
    return **found;
}

Result<PushCertificateRequestRecord> PushCertificateStore::openRequestById(const QString &requestId)
{
    Result<PushCertificateRequestRecord> found = request(requestId);
    if (!found)
        return found;
    if (!found->isOpen()) {
        return fail(
            Error::Code::Conflict,
            found->state == PushCertificateRequestState::Completed
                ? tr("This push certificate request is complete: its certificate is "
                     "imported. Start a new request for another one.")
                : tr("This push certificate request was discarded and its key deleted. "
                     "Start a new request."),
            u"request %1 is %2"_s.arg(requestId, pushCertificateRequestStateName(found->state)));
    }
    return found;
}

QFuture<Result<PushCertificateStore::VendorSigned>> PushCertificateStore::signWithVendorIdentity(
    const QString &requestId,
    const QByteArray &p12,
    const QString &password,
    const QList<Certificate> &extraCertificates)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<PushCertificateRequestRecord> request = openRequestById(requestId);
    if (!request)
        return ready<VendorSigned>(fail(request.error()));
    Result<CertificateRequest> csr = storedCsr(*request);
    if (!csr)
        return ready<VendorSigned>(fail(csr.error()));
    const QDateTime now = m_clock.now();
    return Futures::then(
        this,
        QtConcurrent::run(
            [p12, password, extraCertificates, csr = *csr, now]() -> Result<VendorSigning::Signed> {
                Result<Pkcs12::Identity> identity = VendorSigning::readIdentity(p12, password);
                if (!identity)
                    return fail(identity.error());
                return VendorSigning::sign(csr, *identity, extraCertificates, now);
            }),
        [this, requestId](const Result<VendorSigning::Signed> &made) -> Result<VendorSigned> {
            if (!made)
                return fail(made.error());
            Result<PushCertificateRequestRecord> stored = m_requests.setSignedRequest(
                requestId, made->uploadFile);
            if (!stored)
                return fail(stored.error());
            qCInfo(lcPushCertificates) << "vendor-signed push certificate request" << requestId
                                       << "warnings:" << made->warnings.size();
            return VendorSigned{*stored, made->warnings};
        });
}

QFuture<Result<VendorSigningService::Submission>> PushCertificateStore::prepareServiceSubmission(
    const QString &requestId)
{
    Q_ASSERT(QThread::currentThread() == thread());
    using Submission = VendorSigningService::Submission;
    Result<PushCertificateRequestRecord> request = openRequestById(requestId);
    if (!request)
        return ready<Submission>(fail(request.error()));
    Result<CertificateRequest> csr = storedCsr(*request);
    if (!csr)
        return ready<Submission>(fail(csr.error()));
    // Once made, the encryption certificate stays: the service may already hold it.
    if (!request->encryptionCertificateDer.isEmpty()) {
        Result<Certificate> certificate = Certificate::fromDer(request->encryptionCertificateDer);
        if (!certificate) {
            return ready<Submission>(fail(Error::Code::Database,
                                          tr("The stored push certificate request is damaged; "
                                             "discard it and start a new one."),
                                          certificate.error().detail));
        }
        return ready<Submission>(VendorSigningService::submission(*csr, *certificate));
    }
    const QDateTime now = m_clock.now();
    const QString ref = PushCertificateRequest::encryptionKeyRef(requestId);
    return Futures::then(
        this,
        QtConcurrent::run([now] { return VendorSigningService::createEncryptionIdentity(now); }),
        [this, requestId, ref, csr = *csr](
            const Result<VendorSigningService::EncryptionIdentity> &identity) {
            if (!identity)
                return ready<Submission>(fail(identity.error()));
            Result<QByteArray> pem = identity->key.toPem();
            if (!pem)
                return ready<Submission>(fail(pem.error()));
            QByteArray secret = std::move(*pem);
            const Certificate certificate = identity->certificate;
            return Futures::then(
                this,
                m_secrets.write(ref, secret),
                [this, requestId, ref, csr, certificate, secret](
                    const Result<void> &written) mutable -> Result<Submission> {
                    OpenSsl::cleanse(secret);
                    if (!written)
                        return fail(written.error());
                    Result<PushCertificateRequestRecord> stored = m_requests.setEncryption(
                        requestId, ref, certificate.toDer());
                    if (!stored) {
                        removeSecret(ref);
                        return fail(stored.error());
                    }
                    return VendorSigningService::submission(csr, certificate);
                });
        });
}

QFuture<Result<PushCertificateRequestRecord>> PushCertificateStore::importServiceReply(
    const QString &requestId, const QByteArray &reply)
{
    Q_ASSERT(QThread::currentThread() == thread());
    using R = PushCertificateRequestRecord;
    Result<R> request = openRequestById(requestId);
    if (!request)
        return ready<R>(fail(request.error()));
    if (request->encryptionKeyRef.isEmpty()) {
        return ready<R>(fail(Error::Code::InvalidInput,
                             tr("This request was not sent to a CSR-signing service: export it "
                                "for the service first, then import the service's reply.")));
    }
    Result<CertificateRequest> csr = storedCsr(*request);
    if (!csr)
        return ready<R>(fail(csr.error()));
    Result<Certificate> certificate = Certificate::fromDer(request->encryptionCertificateDer);
    if (!certificate) {
        return ready<R>(fail(Error::Code::Database,
                             tr("The stored push certificate request is damaged; discard it and "
                                "start a new one."),
                             certificate.error().detail));
    }
    return Futures::then(
        this,
        readKey(request->encryptionKeyRef, KeyKind::EncryptionKey),
        [this, requestId, reply, csr = *csr, certificate = *certificate](
            const Result<PrivateKey> &key) -> Result<R> {
            if (!key)
                return fail(key.error());
            Result<QByteArray> upload = VendorSigningService::readReply(
                reply, VendorSigningService::EncryptionIdentity{*key, certificate}, csr);
            if (!upload)
                return fail(upload.error());
            Result<R> stored = m_requests.setSignedRequest(requestId, *upload);
            if (stored) {
                qCInfo(lcPushCertificates)
                    << "imported the signing service's reply for request" << requestId;
            }
            return stored;
        });
}

Result<PushCertificateRequestRecord> PushCertificateStore::setAppleId(const QString &requestId,
                                                                      const QString &appleId)
{
    return m_requests.setAppleId(requestId, appleId);
}

Result<QString> PushCertificateStore::suggestedAppleId(const QString &requestId)
{
    Result<PushCertificateRequestRecord> found = request(requestId);
    if (!found)
        return fail(found.error());
    if (!found->appleId.isEmpty() || found->expectedTopic.isEmpty())
        return found->appleId;
    Result<QList<PushCertificateRecord>> history = m_certificates.list();
    if (!history)
        return fail(history.error());
    for (const PushCertificateRecord &previous : std::as_const(*history)) {
        if (previous.topic == found->expectedTopic && !previous.appleId.isEmpty())
            return previous.appleId;
    }
    return QString();
}

Result<PushCertificate> PushCertificateStore::parseForRequest(
    const PushCertificateRequestRecord &request, const QByteArray &file)
{
    Result<PushCertificate> push = PushCertificate::fromFile(file);
    if (!push)
        return push;
    Result<CertificateRequest> csr = storedCsr(request);
    if (!csr)
        return fail(csr.error());
    if (!(push->certificate().publicKey() == csr->publicKey())) {
        return fail(Error::Code::InvalidInput,
                    tr("This certificate (topic %1) was issued for another key, not for this "
                       "request's. It may come from an earlier request or from another server. "
                       "Import the certificate Apple's portal issued for this request's signed "
                       "file, or upload this request's signed file to the portal again.")
                        .arg(push->topic()),
                    u"certificate %1, request %2"_s.arg(push->certificate().sha256Fingerprint(),
                                                        request.id));
    }
    if (Result<void> valid = push->checkValidity(m_clock.now()); !valid)
        return fail(valid.error());
    return push;
}

QFuture<Result<PrivateKey>> PushCertificateStore::readKey(const QString &ref, KeyKind kind)
{
    return Futures::then(
        this, m_secrets.read(ref), [ref, kind](Result<QByteArray> secret) -> Result<PrivateKey> {
            if (!secret) {
                Error error = secret.error();
                switch (kind) {
                case KeyKind::RequestKey:
                    error.message = tr("The push key of this request is not in the keychain (%1). "
                                       "Without it a certificate for this request cannot be used: "
                                       "discard the request and start a new one.")
                                        .arg(error.message);
                    break;
                case KeyKind::EncryptionKey:
                    error.message = tr("The key the service's reply is encrypted to is not in the "
                                       "keychain (%1). Discard this request and start a new one.")
                                        .arg(error.message);
                    break;
                case KeyKind::CertificateKey:
                    error.message
                        = tr("The key of the push certificate is not in the keychain (%1). "
                             "No push can be sent until it is back.")
                              .arg(error.message);
                    break;
                }
                return fail(std::move(error));
            }
            Result<PrivateKey> key = PrivateKey::fromPem(*secret);
            OpenSsl::cleanse(*secret);
            if (!key) {
                return fail(Error::Code::Keychain,
                            tr("A push key in the keychain is damaged."),
                            u"entry %1"_s.arg(ref));
            }
            return key;
        });
}

QFuture<Result<PushCertificateStore::Inspection>> PushCertificateStore::inspect(
    const PushCertificateRequestRecord &request, const PushCertificate &certificate)
{
    return Futures::then(
        this,
        readKey(request.keyRef, KeyKind::RequestKey),
        [this, request, certificate](const Result<PrivateKey> &key) -> Result<Inspection> {
            if (!key)
                return fail(key.error());
            if (!key->matches(certificate.certificate())) {
                return fail(Error::Code::InvalidInput,
                            tr("This certificate does not match the push key in the keychain, so "
                               "it cannot be used. Start a new request and upload its signed "
                               "file to Apple's portal."),
                            u"request %1 key %2"_s.arg(request.id, request.keyRef));
            }
            return guardTopic(request, certificate);
        });
}

Result<PushCertificateStore::Inspection> PushCertificateStore::guardTopic(
    const PushCertificateRequestRecord &request, const PushCertificate &certificate)
{
    Result<QMap<QString, int>> counts = m_enrollments.deviceCountByTopic();
    if (!counts)
        return fail(counts.error());
    Inspection inspection;
    inspection.certificate = certificate;
    inspection.devicesByTopic = *counts;
    inspection.expiryWarning = certificate.expiryWarning(m_clock.now());
    const QString topic = certificate.topic();

    if (request.kind == PushCertificateRequestKind::Renew) {
        inspection.expectedTopic = request.expectedTopic;
        inspection.topicChanges = topic != request.expectedTopic;
        if (inspection.topicChanges) {
            inspection.strandedDevices = counts->value(request.expectedTopic);
            inspection.topicChangeText
                = tr("This certificate is for topic %1, but the certificate being renewed is for "
                     "topic %2, and %n enrolled device(s) are bound to that topic. This "
                     "certificate cannot wake them: every one of them would have to be "
                     "re-enrolled (devices from Apple Business Manager usually have to be "
                     "erased for that). This happens when Create a Certificate is pressed "
                     "instead of Renew, or when the portal is signed in with another Apple "
                     "Account. In Apple's Push Certificates Portal, sign in with the Apple ID "
                     "that created the certificate, press Renew next to the certificate for "
                     "topic %2, and upload the signed request again.",
                     nullptr,
                     inspection.strandedDevices)
                      .arg(topic, request.expectedTopic);
        }
    } else if (!counts->isEmpty() && !counts->contains(topic)) {
        // A new certificate while devices are enrolled: it wakes none of them.
        QStringList others;
        for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
            others.append(it.key());
            inspection.strandedDevices += it.value();
        }
        inspection.topicChanges = true;
        inspection.expectedTopic = others.size() == 1 ? others.constFirst() : QString();
        inspection.topicChangeText
            = tr("This certificate is for topic %1, but %n enrolled device(s) are bound to "
                 "other topics (%2). This certificate cannot wake them: moving them to it means "
                 "re-enrolling every one of them (devices from Apple Business Manager usually "
                 "have to be erased for that). To keep them, renew the certificate of their "
                 "topic instead: start a renewal, and press Renew next to that certificate in "
                 "Apple's Push Certificates Portal.",
                 nullptr,
                 inspection.strandedDevices)
                  .arg(topic, others.join(u", "_s));
    }
    inspection.needsReenrollConfirmation = inspection.topicChanges
                                           && inspection.strandedDevices > 0;
    return inspection;
}

QFuture<Result<PushCertificateStore::Inspection>> PushCertificateStore::inspectCertificate(
    const QString &requestId, const QByteArray &file)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<PushCertificateRequestRecord> request = openRequestById(requestId);
    if (!request)
        return ready<Inspection>(fail(request.error()));
    Result<PushCertificate> certificate = parseForRequest(*request, file);
    if (!certificate)
        return ready<Inspection>(fail(certificate.error()));
    return inspect(*request, *certificate);
}

QFuture<Result<PushCertificateStore::Imported>> PushCertificateStore::importCertificate(
    const QString &requestId, const QByteArray &file, const ImportOptions &options)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<PushCertificateRequestRecord> request = openRequestById(requestId);
    if (!request)
        return ready<Imported>(fail(request.error()));
    Result<PushCertificate> certificate = parseForRequest(*request, file);
    if (!certificate)
        return ready<Imported>(fail(certificate.error()));
    return Futures::then(
        this,
        inspect(*request, *certificate),
        [this, requestId, options](const Result<Inspection> &inspection) -> Result<Imported> {
            if (!inspection)
                return fail(inspection.error());
            if (inspection->needsReenrollConfirmation && !options.confirmReenrollAll) {
                return fail(Error::Code::Conflict,
                            inspection->topicChangeText,
                            u"topic change to %1 refused without confirmation"_s.arg(
                                inspection->certificate.topic()));
            }
            const PushCertificate &push = inspection->certificate;
            const Certificate &x509 = push.certificate();
            Imported imported;
            QString encryptionKeyRef;
            Result<void> done = m_database.transaction([&]() -> Result<void> {
                // Read again inside the transaction: the request may have moved on meanwhile.
                Result<PushCertificateRequestRecord> current = openRequestById(requestId);
                if (!current)
                    return fail(current.error());
                encryptionKeyRef = current->encryptionKeyRef;
                Result<std::optional<PushCertificateRecord>> previous = m_certificates.active(
                    push.topic());
                if (!previous)
                    return fail(previous.error());

                PushCertificateRecord record;
                record.id = x509.sha256Fingerprint();
                record.topic = push.topic();
                record.serial = x509.serialNumber();
                record.subject = x509.subjectText();
                record.issuer = x509.issuerText();
                record.notBefore = x509.notBefore();
                record.notAfter = x509.notAfter();
                record.der = x509.toDer();
                record.keyRef = current->keyRef;
                record.appleId = options.appleId.trimmed().isEmpty() ? current->appleId
                                                                     : options.appleId.trimmed();
                record.notes = options.notes.trimmed();
                Result<PushCertificateRecord> added = m_certificates.add(record);
                if (!added)
                    return fail(added.error());
                Result<PushCertificateRecord> activated = m_certificates.activate(record.id);
                if (!activated)
                    return fail(activated.error());
                Result<PushCertificateRequestRecord> completed = m_requests.complete(requestId,
                                                                                     record.id);
                if (!completed)
                    return fail(completed.error());
                imported.certificate = *activated;
                if (*previous) {
                    Result<std::optional<PushCertificateRecord>> retired = m_certificates.find(
                        (*previous)->id);
                    if (!retired)
                        return fail(retired.error());
                    imported.replaced = *retired;
                }
                imported.strandedDevices = inspection->strandedDevices;

                // The audit log keeps plain, untranslated facts.
                QString detail = u"serial %1, valid until %2"_s.arg(
                    record.serial, record.notAfter.toUTC().toString(Qt::ISODate));
                if (imported.replaced)
                    detail += u"; replaces serial %1"_s.arg(imported.replaced->serial);
                if (inspection->topicChanges) {
                    detail += u"; topic change confirmed, %1 device(s) to re-enroll"_s.arg(
                        inspection->strandedDevices);
                }
                Result<AuditEntry> audited = m_audit.append(options.actor.isEmpty() ? u"console"_s
                                                                                    : options.actor,
                                                            u"push.certificate.import"_s,
                                                            record.topic,
                                                            detail);
                if (!audited)
                    return fail(audited.error());
                return {};
            });
            if (!done)
                return fail(done.error());
            // The reply is in; its encryption key has no use left.
            if (!encryptionKeyRef.isEmpty())
                removeSecret(encryptionKeyRef);
            qCInfo(lcPushCertificates)
                << "imported push certificate" << imported.certificate.id << "for"
                << imported.certificate.topic << "valid until" << imported.certificate.notAfter;
            Q_EMIT certificateActivated(imported.certificate.topic, imported.certificate.id);
            return imported;
        });
}

QFuture<Result<void>> PushCertificateStore::discardRequest(const QString &requestId)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<PushCertificateRequestRecord> discarded = m_requests.discard(requestId);
    if (!discarded)
        return ready<void>(fail(discarded.error()));
    qCInfo(lcPushCertificates) << "discarded push certificate request" << requestId;
    QList<QString> refs{discarded->keyRef};
    if (!discarded->encryptionKeyRef.isEmpty())
        refs.append(discarded->encryptionKeyRef);
    QList<QFuture<Result<void>>> removals;
    for (const QString &ref : std::as_const(refs))
        removals.append(m_secrets.remove(ref));
    return Futures::then(
        this,
        QtFuture::whenAll(removals.begin(), removals.end()),
        [](const QList<QFuture<Result<void>>> &done) -> Result<void> {
            for (const QFuture<Result<void>> &removal : done) {
                if (removal.resultCount() == 0) {
                    return fail(Error::Code::Keychain,
                                tr("The keys of the discarded request could not be deleted from "
                                   "the keychain."));
                }
                if (const Result<void> &result = removal.result(); !result)
                    return fail(result.error());
            }
            return {};
        });
}

QFuture<Result<PushCertificateStore::Identity>> PushCertificateStore::loadIdentity(
    const QString &topic)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<std::optional<PushCertificateRecord>> record = topic.isEmpty()
                                                              ? m_certificates.current()
                                                              : m_certificates.active(topic);
    if (!record)
        return ready<Identity>(fail(record.error()));
    if (!*record) {
        return ready<Identity>(
            fail(Error::Code::NotFound,
                 topic.isEmpty() ? tr("No push certificate has been set up.")
                                 : tr("There is no push certificate for topic %1.").arg(topic)));
    }
    Result<Certificate> x509 = Certificate::fromDer((*record)->der);
    Result<PushCertificate> push = x509 ? PushCertificate::fromCertificate(*x509)
                                        : Result<PushCertificate>(fail(x509.error()));
    if (!push) {
        return ready<Identity>(
            fail(Error::Code::Database,
                 tr("The stored push certificate is damaged."),
                 u"push certificate %1: %2"_s.arg((*record)->id, push.error().detail)));
    }
    return Futures::then(
        this,
        readKey((*record)->keyRef, KeyKind::CertificateKey),
        [record = **record, push = *push](const Result<PrivateKey> &key) -> Result<Identity> {
            if (!key)
                return fail(key.error());
            if (!key->matches(push.certificate())) {
                return fail(Error::Code::Keychain,
                            tr("The push certificate's key in the keychain does not belong to "
                               "it."),
                            u"entry %1"_s.arg(record.keyRef));
            }
            return Identity{record, push, *key};
        });
}

Result<std::optional<PushCertificateRecord>> PushCertificateStore::currentCertificate()
{
    return m_certificates.current();
}

Result<QList<PushCertificateRecord>> PushCertificateStore::certificates()
{
    return m_certificates.list();
}

void PushCertificateStore::removeSecret(const QString &ref)
{
    Futures::then(this, m_secrets.remove(ref), [ref](const Result<void> &removed) {
        if (!removed) {
            qCWarning(lcPushCertificates).noquote() << "could not remove the keychain entry" << ref
                                                    << ':' << removed.error().toString();
        }
    });
}

} // namespace Espalier
