// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace Espalier {

// What became of one push: APNs' answer (status, apns-id, reason) or, when APNs never answered,
// a local reason, and what the caller should do about it. A plain value; crosses threads.
struct ApnsResult
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::ApnsResult)

public:
    enum class Disposition {
        // 200: APNs accepted the push (it will deliver it when it can).
        Delivered,
        // The token will never work for this topic: stop pushing until a new TokenUpdate.
        TokenBad,
        // 410: the device left (unenrolled or erased) at `timestamp`; same as TokenBad.
        TokenDead,
        // The push certificate was refused (in the handshake, 403, or a topic mismatch). Every
        // push fails the same way until the identity is replaced.
        CertificateProblem,
        // 429, 5xx or no answer at all: push again, not before `retryAfter`.
        RetryLater,
        // Any other refusal: the request itself was wrong; retrying will not help.
        Rejected,
    };

    // Reasons set here when APNs gave none because it never answered.
    static constexpr QStringView TimeoutReason = u"Timeout";
    static constexpr QStringView ConnectionFailedReason = u"ConnectionFailed";
    static constexpr QStringView ConnectionLostReason = u"ConnectionLost";
    static constexpr QStringView CertificateRejectedReason = u"CertificateRejected";

    quint64 pushId = 0;
    QString enrollmentId{};
    QByteArray deviceToken{};
    // The HTTP status; 0 when APNs never answered (see reason).
    int status = 0;
    QString apnsId{};
    // APNs' reason ("BadDeviceToken"), one of the local reasons above, or empty for a 200.
    QString reason{};
    Disposition disposition = Disposition::RetryLater;
    // TokenDead: when APNs last knew the token to be valid. Invalid otherwise.
    QDateTime timestamp{};
    // RetryLater: the earliest time to push again. Invalid otherwise.
    QDateTime retryAfter{};

    // The disposition Apple's documentation gives a status and reason.
    [[nodiscard]] static Disposition dispositionFor(int status, QStringView reason);
    // The reason in plain words for the console, translated.
    [[nodiscard]] static QString describe(int status, QStringView reason);

    [[nodiscard]] QString text() const { return describe(status, reason); }

    [[nodiscard]] static QString dispositionName(Disposition disposition);
};

} // namespace Espalier

Q_DECLARE_METATYPE(Espalier::ApnsResult)
