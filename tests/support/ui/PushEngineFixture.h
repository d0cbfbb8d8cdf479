// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/crypto/CertificateRequest.h"
#include "core/engine/EngineHost.h"
#include "core/mdm/MdmCommand.h"
#include "core/store/Command.h"
#include "tests/core/push/PushCertificateTestPki.h"
#include "tests/support/ApnsStandIn.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/WaitFor.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Espalier {

struct PushCertificateRecord;

// What the push certificate GUI tests run against: the engine on its own thread serving on
// 127.0.0.1 (keys in the test's keyring), the APNs stand-in that trusts the test's "Apple push
// CA", Apple's side made in the test (root, WWDR intermediate, a vendor identity, the push CA
// that plays the Push Certificates Portal), and simulated devices that check in when the
// stand-in delivers their push. Test thread only.
class PushEngineFixture final
{
public:
    PushEngineFixture();
    ~PushEngineFixture();
    Q_DISABLE_COPY_MOVE(PushEngineFixture)

    // Starts everything and waits until the engine serves; name tells keyrings apart.
    [[nodiscard]] Result<void> start(const QString &name);
    void stop();

    [[nodiscard]] Engine &engine() const { return *m_host->engine(); }

    [[nodiscard]] EngineHost &host() const { return *m_host; }

    [[nodiscard]] ApnsStandIn &apns() { return m_apns; }

    [[nodiscard]] const PushCertificateTestPki &pki() const { return m_pki; }

    // The topic enrolled devices are bound to (the engine's configured topic).
    [[nodiscard]] QString topic() const { return m_topic; }

    [[nodiscard]] QString path(const QString &fileName) const;

    // The admin's MDM vendor identity as a .p12 with Apple's intermediate and root.
    [[nodiscard]] Result<QByteArray> vendorP12(const QString &password) const;

    // Plays Apple's portal: checks the vendor-signed upload file as Apple would (the vendor
    // signature over the CSR, the chain) and issues a push certificate for its CSR, PEM.
    [[nodiscard]] Result<QByteArray> portalCertificate(const QByteArray &uploadFile,
                                                       const QString &topic,
                                                       int validDays = 365) const;
    [[nodiscard]] Result<QByteArray> certificateForCsr(const CertificateRequest &csr,
                                                       const QString &topic,
                                                       int validDays = 365) const;

    // Plays a CSR-signing service: signs the CSR with the vendor identity and answers with
    // the hex of an envelope encrypted to the encryption certificate.
    [[nodiscard]] Result<QByteArray> serviceReply(const QByteArray &csrPem,
                                                  const QByteArray &encryptionCertificatePem) const;

    // Enrolls count simulated devices through enrollment links.
    [[nodiscard]] Result<void> enroll(int count);

    [[nodiscard]] SimulatorFleet &fleet() { return m_fleet; }

    // Queues the command for the enrollment and waits until it reaches a final state.
    [[nodiscard]] std::optional<CommandState> deliver(const QString &enrollmentId,
                                                      const MdmCommand &command);

    // The active push certificate as the store has it.
    [[nodiscard]] std::optional<PushCertificateRecord> currentCertificate() const;

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    ApnsStandIn::Pki m_apnsPki;
    ApnsStandIn m_apns;
    PushCertificateTestPki m_pki;
    QString m_topic;
    std::unique_ptr<EngineHost> m_host;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    SimulatorFleet m_fleet;
};

} // namespace Espalier
