// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/PushCertificateRequestRecord.h"
#include "tests/support/ApnsStandIn.h"

namespace Espalier {

class Engine;

// The push certificate steps the certificate wizard walks, played against a running engine on
// this thread, with the APNs stand-in's test CA in the part of Apple's portal.
namespace PushCertificateSteps {

// Plays the portal: a push certificate (PEM) for the request's CSR, issued by the test push CA
// for `topic`, valid from yesterday for a year.
[[nodiscard]] Result<QByteArray> portalCertificate(const ApnsStandIn::Pki &pki,
                                                   const PushCertificateRequestRecord &request,
                                                   const QString &topic);

// Starts a request of `kind`, has the portal answer it for the engine's topic, imports the
// answer and waits until the engine pushes with it. Fails with what went wrong.
[[nodiscard]] Result<void> install(Engine &engine,
                                   const ApnsStandIn::Pki &pki,
                                   PushCertificateRequestKind kind
                                   = PushCertificateRequestKind::Create);

} // namespace PushCertificateSteps

} // namespace Espalier
