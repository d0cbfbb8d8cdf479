// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PushCertificateSteps.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CertificateRequest.h"
#include "core/engine/Engine.h"
#include "core/push/PushCertificateStore.h"
#include "tests/support/WaitFor.h"

using namespace Qt::StringLiterals;

namespace Espalier::PushCertificateSteps {

namespace {

constexpr int StepTimeoutMs = 60000;

[[nodiscard]] Error timedOut(const QString &step)
{
    return Error{Error::Code::Cancelled, u"test: no answer to %1 within a minute"_s.arg(step), {}};
}

} // namespace

Result<QByteArray> portalCertificate(const ApnsStandIn::Pki &pki,
                                     const PushCertificateRequestRecord &request,
                                     const QString &topic)
{
    Result<CertificateRequest> csr = CertificateRequest::fromDer(request.csrDer);
    if (!csr)
        return fail(csr.error());
    DistinguishedName subject;
    subject.userId = topic;
    subject.commonName = u"APSP:"_s + topic.section(u'.', -1);
    subject.country = u"US"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<Certificate> issued = CertificateBuilder()
                                     .setSubject(subject)
                                     .setValidity(now.addDays(-1), now.addDays(365))
                                     .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
                                     .issue(*csr, pki.pushCa, pki.pushCaKey);
    if (!issued)
        return fail(issued.error());
    return issued->toPem();
}

Result<void> install(Engine &engine, const ApnsStandIn::Pki &pki, PushCertificateRequestKind kind)
{
    // The newest push state the engine reports. The engine drops the answers of superseded
    // identity loads, so the newest report is the state now.
    std::optional<bool> pushing;
    QString detail;
    QObject receiver;
    QObject::connect(&engine,
                     &Engine::pushStateChanged,
                     &receiver,
                     [&pushing, &detail](bool now, const QString &why) {
                         pushing = now;
                         detail = why;
                     });

    PushCertificateStore &store = *engine.pushCertificates();
    QFuture<Result<PushCertificateRequestRecord>> started = store.startRequest(kind);
    if (!waitFor(started, StepTimeoutMs))
        return fail(timedOut(u"the request"_s));
    if (!started.result())
        return fail(started.result().error());
    Result<QByteArray> pem = portalCertificate(pki, *started.result(), engine.config().pushTopic);
    if (!pem)
        return fail(pem.error());
    PushCertificateStore::ImportOptions options;
    options.appleId = u"mdm@example.com"_s;
    QFuture<Result<PushCertificateStore::Imported>> imported = store.importCertificate(
        started.result()->id, *pem, options);
    if (!waitFor(imported, StepTimeoutMs))
        return fail(timedOut(u"the import"_s));
    if (!imported.result())
        return fail(imported.result().error());
    // The engine takes the certificate over by itself, perhaps already while the import was
    // awaited: until its newest report says it pushes.
    if (!waitUntil([&pushing] { return pushing.value_or(false); }, StepTimeoutMs)) {
        return fail(Error::Code::Cancelled,
                    u"test: the engine does not push with the imported certificate: %1"_s.arg(
                        detail.isEmpty() ? u"no push state reported"_s : detail));
    }
    return {};
}

} // namespace Espalier::PushCertificateSteps
