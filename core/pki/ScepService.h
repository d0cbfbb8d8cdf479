// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Certificate.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/ScepMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Espalier {

class CertificateRequest;
class Clock;
class EnrollmentLinkService;

// The SCEP endpoint (RFC 8894, mdm-protocol.md §11), without the HTTP: the engine's /scep route
// turns the request into a Request and writes the Response back as it is. Devices get their MDM
// identity here while they install the enrollment profile; a PKCSReq must carry a one-time
// challenge from an enrollment link, and a RenewalReq must be signed by a valid identity we
// issued. A request that can be parsed is always answered with a signed CertRep, FAILURE
// included; only unreadable ones get an HTTP error.
//
// Lives on the engine thread, the thread of the EnrollmentLinkService's Database; handle() does
// one RSA decryption and two or three RSA signatures, a few milliseconds.
class ScepService final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::ScepService)

public:
    struct Request
    {
        // "GET" or "POST".
        QByteArray method{};
        // The `operation` query parameter.
        QString operation{};
        // The `message` query parameter, percent-decoded, with '+' left as '+' (never a space).
        QString message{};
        QByteArray body{};
    };

    struct Response
    {
        int httpStatus = 200;
        QByteArray contentType{};
        QByteArray body{};

        // For PKIOperation answered with a CertRep: its status, and why it failed.
        std::optional<ScepMessage::PkiStatus> pkiStatus{};
        std::optional<ScepMessage::FailInfo> failInfo{};
        QString transactionId{};
        // On success: the identity issued, for the engine to bind at Authenticate.
        Certificate issuedCertificate{};
        // PKCSReq: the enrollment link whose challenge was used.
        QString enrollmentLinkId{};
        // PKCSReq: a resent request, answered with the identity issued the first time.
        bool reissued = false;
        // RenewalReq: the identity that signed the request and is being replaced.
        Certificate renewedCertificate{};
        // What happened, for logs. Never a challenge or a key.
        QString logDetail{};
    };

    struct Options
    {
        int identityValidityDays = CertificateAuthority::DefaultIdentityValidityDays;
        // Smallest RSA key accepted in a request.
        int minimumKeyBits = CertificateAuthority::MinimumRsaBits;
        // RenewalReq lets any current identity of ours mint another without a challenge, bound
        // to no enrollment, so it is off: devices renew by installing a fresh enrollment profile
        // (mdm-protocol.md §11), which goes through a one-time challenge again.
        bool acceptRenewal = false;
    };

    // A body or decoded message larger than this is refused with 413.
    static constexpr qsizetype MaxMessageSize = ScepMessage::MaxMessageSize;
    // The base64 of MaxMessageSize bytes, with room for line breaks.
    static constexpr qsizetype MaxMessageParameterLength = (MaxMessageSize / 3 + 1) * 4 + 4096;

    ScepService(CertificateAuthority authority,
                EnrollmentLinkService &links,
                const Clock &clock,
                Options options);
    ScepService(CertificateAuthority authority, EnrollmentLinkService &links, const Clock &clock);

    [[nodiscard]] Response handle(const Request &request);

    // The GetCACaps answer, one capability per line.
    [[nodiscard]] QByteArray capabilities() const;

    // The binary message of a GET PKIOperation: base64 (or base64url), tolerating line breaks,
    // leftover %-escapes and a '+' that a form decoder turned into a space. Empty when it is
    // not base64.
    [[nodiscard]] static QByteArray decodeMessageParameter(QStringView message);

private:
    [[nodiscard]] Response pkiOperation(const QByteArray &message);
    [[nodiscard]] Response pkcsReq(const ScepMessage::Request &request,
                                   const ScepMessage::Decrypted &decrypted,
                                   const CertificateRequest &csr);
    [[nodiscard]] Response renewalReq(const ScepMessage::Request &request,
                                      const ScepMessage::Decrypted &decrypted,
                                      const CertificateRequest &csr);
    // The CSR checks both request types share; a failure's message says why.
    [[nodiscard]] Result<void> checkRequest(const CertificateRequest &csr) const;

    // A signed CertRep.
    [[nodiscard]] Response reply(const ScepMessage::Request &request,
                                 ScepMessage::Reply reply,
                                 const QString &logDetail);
    [[nodiscard]] Response failure(const ScepMessage::Request &request,
                                   ScepMessage::FailInfo failInfo,
                                   const QString &logDetail);
    [[nodiscard]] Response success(const ScepMessage::Request &request,
                                   const ScepMessage::Decrypted &decrypted,
                                   const Certificate &issued,
                                   const QString &logDetail);

    [[nodiscard]] static Response httpError(int status, const QString &logDetail);

    CertificateAuthority m_authority;
    EnrollmentLinkService &m_links;
    const Clock &m_clock;
    Options m_options;
};

} // namespace Espalier
