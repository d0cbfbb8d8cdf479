// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/ApnsResult.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

bool isOneOf(QStringView reason, std::initializer_list<QStringView> reasons)
{
    for (QStringView candidate : reasons) {
        if (reason == candidate)
            return true;
    }
    return false;
}

} // namespace

ApnsResult::Disposition ApnsResult::dispositionFor(int status, QStringView reason)
{
    if (status == 200)
        return Disposition::Delivered;
    if (status == 0) {
        return reason == CertificateRejectedReason ? Disposition::CertificateProblem
                                                   : Disposition::RetryLater;
    }
    // Topic reasons mean the certificate in use is not the one the devices enrolled with; they
    // arrive as 400 or 403 depending on the reason, so they are matched before the status.
    if (isOneOf(reason, {u"BadTopic", u"MissingTopic", u"TopicDisallowed"}))
        return Disposition::CertificateProblem;
    if (isOneOf(reason, {u"BadDeviceToken", u"DeviceTokenNotForTopic"}))
        return Disposition::TokenBad;
    if (status == 403)
        return Disposition::CertificateProblem;
    if (status == 410 || isOneOf(reason, {u"Unregistered", u"ExpiredToken"}))
        return Disposition::TokenDead;
    if (status == 429 || status >= 500 || reason == u"IdleTimeout")
        return Disposition::RetryLater;
    return Disposition::Rejected;
}

QString ApnsResult::describe(int status, QStringView reason)
{
    if (status == 200)
        return tr("Apple accepted the push.");
    if (reason == TimeoutReason)
        return tr("Apple's push service did not answer in time. The push will be sent again.");
    if (reason == ConnectionFailedReason) {
        return tr("Could not connect to Apple's push service. The firewall must allow outbound "
                  "connections to 17.0.0.0/8 on port 443 or 2197. The push will be sent again.");
    }
    if (reason == ConnectionLostReason) {
        return tr("The connection to Apple's push service broke before it answered. The push "
                  "will be sent again.");
    }
    if (reason == CertificateRejectedReason) {
        return tr("Apple's push service refused the push certificate when connecting: it may have "
                  "expired or been revoked. Renew the push certificate.");
    }
    if (reason == u"BadDeviceToken") {
        return tr("The device's push token is not valid. It will be used again after the device "
                  "sends a new one.");
    }
    if (reason == u"DeviceTokenNotForTopic") {
        return tr("The device's push token belongs to another push certificate. The device must "
                  "enroll again.");
    }
    if (reason == u"BadTopic" || reason == u"MissingTopic" || reason == u"TopicDisallowed") {
        return tr("Apple refused the push topic: the push certificate in use is not the one the "
                  "devices enrolled with.");
    }
    if (reason == u"BadCertificate") {
        return tr("Apple refused the push certificate: it may have expired or been revoked. "
                  "Renew the push certificate.");
    }
    if (reason == u"BadCertificateEnvironment") {
        return tr("The push certificate belongs to the other Apple push environment "
                  "(production or sandbox).");
    }
    if (reason == u"Forbidden" || status == 403) {
        return tr("Apple refused to take pushes with this push certificate. Renew the push "
                  "certificate.");
    }
    if (reason == u"Unregistered" || status == 410) {
        return tr("The device no longer accepts pushes from this server: it was removed from "
                  "management or erased.");
    }
    if (reason == u"ExpiredToken")
        return tr("The device's push token has expired. The device must send a new one.");
    if (reason == u"TooManyRequests" || status == 429) {
        return tr("Too many pushes went to this device in a short time. The push will be sent "
                  "again later.");
    }
    if (reason == u"Shutdown")
        return tr("Apple's push server is shutting down. The push will be sent again.");
    if (reason == u"ServiceUnavailable" || status == 503) {
        return tr("Apple's push service is unavailable for the moment. The push will be sent "
                  "again later.");
    }
    if (reason == u"InternalServerError" || status >= 500) {
        return tr("Apple's push service had an internal error. The push will be sent again "
                  "later.");
    }
    if (reason.isEmpty())
        return tr("Apple refused the push (HTTP status %1).").arg(status);
    return tr("Apple refused the push as malformed (%1). This is a fault in Espalier; please "
              "report it.")
        .arg(reason);
}

QString ApnsResult::dispositionName(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Delivered:
        return u"Delivered"_s;
    case Disposition::TokenBad:
        return u"TokenBad"_s;
    case Disposition::TokenDead:
        return u"TokenDead"_s;
    case Disposition::CertificateProblem:
        return u"CertificateProblem"_s;
    case Disposition::RetryLater:
        return u"RetryLater"_s;
    case Disposition::Rejected:
        return u"Rejected"_s;
    }
    return u"Unknown"_s;
}

} // namespace Espalier
