// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/DeviceSimulator.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/Cms.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Pkcs12.h"
#include "core/crypto/Random.h"
#include "core/plist/Plist.h"
#include "tests/support/SimulatedHttpClient.h"
#include "tests/support/SimulatedKeyPool.h"

#include <QDateTime>
#include <QPromise>
#include <QUuid>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

const QString PerUserConnections = u"com.apple.mdm.per-user-connections"_s;
constexpr int AllowPasscodeRemovalAndLock = 4;

template<typename T>
std::shared_ptr<QPromise<Result<T>>> startedPromise()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

template<typename T>
void settle(QPromise<Result<T>> &promise, const Result<T> &result)
{
    promise.addResult(result);
    promise.finish();
}

QByteArray randomBytes(qsizetype count)
{
    Result<QByteArray> bytes = Random::bytes(count);
    Q_ASSERT(bytes);
    return bytes ? *bytes : QByteArray(count, '\0');
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QSslKey sslKey(const PrivateKey &key)
{
    Result<QByteArray> pem = key.toPem();
    if (!pem)
        return {};
    QSslKey sslKey(*pem,
                   key.algorithm() == KeyAlgorithm::Ec ? QSsl::Ec : QSsl::Rsa,
                   QSsl::Pem,
                   QSsl::PrivateKey);
    OpenSsl::cleanse(*pem);
    return sslKey;
}

// Profile variables a device expands in SCEP subjects.
QString expandVariables(QString text, const SimulatedHardware &hardware)
{
    text.replace(u"%ComputerName%"_s, hardware.deviceName);
    text.replace(u"%HardwareUUID%"_s, hardware.udid);
    text.replace(u"%SerialNumber%"_s, hardware.serialNumber);
    text.replace(u"%HostName%"_s, hardware.localHostName);
    text.replace(u"%LocalHostName%"_s, hardware.localHostName);
    return text;
}

QStringList stringOrList(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return {value.toString()};
    QStringList list;
    for (const QVariant &item : value.toList())
        list.append(item.toString());
    return list;
}

bool targetsDevice(const QVariantMap &profile, const SimulatedHardware &hardware)
{
    if (!profile.contains(u"TargetDeviceType"_s))
        return true;
    switch (profile.value(u"TargetDeviceType"_s).toInt()) {
    case 0:
        return true;
    case 1:
        return hardware.isIos();
    case 4:
        return hardware.isTv();
    case 5:
        return hardware.isMac();
    default:
        return false;
    }
}

QString channelName(SimulatedDeviceState::Channel channel)
{
    return channel == SimulatedDeviceState::Channel::User ? u"user"_s : u"device"_s;
}

} // namespace

// One connect(): the commands answered so far and the future to settle.
struct DeviceSimulator::Session
{
    Channel channel = Channel::Device;
    int answered = 0;
    std::shared_ptr<QPromise<Result<int>>> promise;
};

DeviceSimulator::DeviceSimulator(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_device.hardware = m_options.hardware;
    m_device.supervised = m_options.supervised;
    m_device.passcodePresent = m_options.passcodePresent && m_options.hardware.isIos();
    if (m_device.hardware.isMac()) {
        m_device.userId = newUuid();
        m_device.userShortName = m_options.userShortName;
        m_device.userLongName = m_options.userLongName;
    }
    m_http = new SimulatedHttpClient(m_options.tls, this);
    m_http->setRequestTimeout(m_options.requestTimeout);
    m_scep = new ScepClient(*m_http, this);
    QObject::connect(m_scep, &ScepClient::requestFinished, this, &DeviceSimulator::requestFinished);
}

DeviceSimulator::~DeviceSimulator() = default;

QFuture<Result<void>> DeviceSimulator::enroll(const QUrl &enrollmentUrl)
{
    auto promise = startedPromise<void>();
    if (m_state == State::Enrolling || m_state == State::Enrolled) {
        settle<void>(*promise, fail(Error::Code::Conflict, tr("The device is enrolled already.")));
        return promise->future();
    }
    setState(State::Enrolling);
    SimulatedHttpClient::Request request;
    request.url = enrollmentUrl;
    // What Safari asks for when a user opens the enrollment link.
    request.headers.set("Accept", "application/x-apple-aspen-config, text/html;q=0.9, */*;q=0.8");
    request.headers.set("User-Agent", userAgent().toUtf8());
    m_http->send(
        std::move(request), [this, promise](const Result<SimulatedHttpClient::Reply> &reply) {
            Q_EMIT requestFinished(
                u"Enroll"_s, reply ? reply->latencyNs : 0, reply ? reply->status : 0);
            const auto failed = [this, promise](const Error &error) {
                setState(State::Unenrolled);
                reportFailure(error);
                settle<void>(*promise, fail(error));
            };
            if (!reply) {
                failed(reply.error());
                return;
            }
            if (reply->status != 200) {
                failed(Error{Error::Code::Network,
                             tr("The enrollment profile could not be downloaded."),
                             u"HTTP %1"_s.arg(reply->status)});
                return;
            }
            // Safari hands only this type to the profile installer; anything else it displays.
            if (!reply->headers.value("Content-Type")
                     .startsWith("application/x-apple-aspen-config")) {
                failed(Error{Error::Code::InvalidInput,
                             tr("The enrollment URL did not serve a configuration profile."),
                             QString::fromLatin1(reply->headers.value("Content-Type"))});
                return;
            }
            installProfile(reply->body, false, [promise](const Result<void> &result) {
                settle<void>(*promise, result);
            });
        });
    return promise->future();
}

QFuture<Result<void>> DeviceSimulator::installEnrollmentProfile(const QByteArray &profile)
{
    auto promise = startedPromise<void>();
    if (m_state == State::Enrolling || m_state == State::Enrolled) {
        settle<void>(*promise, fail(Error::Code::Conflict, tr("The device is enrolled already.")));
        return promise->future();
    }
    setState(State::Enrolling);
    installProfile(
        profile, false, [promise](const Result<void> &result) { settle<void>(*promise, result); });
    return promise->future();
}

void DeviceSimulator::installProfile(const QByteArray &bytes, bool renewal, Done done)
{
    // A failed first install leaves the device unenrolled; a failed renewal keeps the old one.
    Done finish = [this, renewal, done = std::move(done)](const Result<void> &result) {
        if (!result) {
            if (!renewal)
                forgetEnrollment(State::Unenrolled);
            reportFailure(result.error());
        }
        done(result);
    };
    Result<SimulatedProfile> profile = SimulatedProfile::parse(bytes);
    if (!profile) {
        finish(fail(profile.error()));
        return;
    }
    if (!targetsDevice(profile->content, m_device.hardware)) {
        finish(fail(Error::Code::Unsupported, tr("The profile is not meant for this device.")));
        return;
    }
    const QList<QVariantMap> mdmPayloads = profile->payloadsOfType(u"com.apple.mdm"_s);
    if (mdmPayloads.size() != 1) {
        finish(fail(Error::Code::InvalidInput,
                    tr("An enrollment profile needs exactly one MDM payload.")));
        return;
    }
    const QVariantMap &mdm = mdmPayloads.first();
    const QUrl serverUrl(mdm.value(u"ServerURL"_s).toString());
    if (serverUrl.scheme() != u"https"_s || mdm.value(u"Topic"_s).toString().isEmpty()) {
        finish(fail(Error::Code::InvalidInput,
                    tr("The MDM payload needs an https ServerURL and a Topic.")));
        return;
    }
    if (mdm.contains(u"CheckInURL"_s)
        && QUrl(mdm.value(u"CheckInURL"_s).toString()).scheme() != u"https"_s) {
        finish(fail(Error::Code::InvalidInput, tr("The MDM payload's CheckInURL is not https.")));
        return;
    }
    // Apple: an MDM payload updated in place keeps its topic and URLs.
    if (renewal) {
        for (const QString &key : {u"Topic"_s, u"ServerURL"_s, u"CheckInURL"_s}) {
            if (mdm.value(key) != m_mdmPayload.value(key)) {
                finish(
                    fail(Error::Code::InvalidInput,
                         tr("The new MDM payload changes %1, which must stay the same.").arg(key)));
                return;
            }
        }
    }
    const QVariantMap identityPayload = profile->payloadWithUuid(
        mdm.value(u"IdentityCertificateUUID"_s).toString());
    const QString identityType = identityPayload.value(u"PayloadType"_s).toString();
    if (identityType == u"com.apple.security.scep"_s) {
        const QVariantMap scep = identityPayload.value(u"PayloadContent"_s).toMap();
        const int keySize = scep.value(u"Keysize"_s).toInt();
        const int bits = keySize == 3072 || keySize == 4096 ? keySize : 2048;
        obtainKey(bits, [this, profile = *profile, scep, finish](const Result<PrivateKey> &key) {
            if (!key) {
                finish(fail(key.error()));
                return;
            }
            requestScepIdentity(profile, scep, *key, finish);
        });
        return;
    }
    if (identityType == u"com.apple.security.pkcs12"_s) {
        Result<Pkcs12::Identity> p12 = Pkcs12::parse(
            identityPayload.value(u"PayloadContent"_s).toByteArray(),
            identityPayload.value(u"Password"_s).toString());
        if (!p12) {
            finish(fail(p12.error()));
            return;
        }
        completeEnrollment(*profile, Identity{p12->certificate, p12->key}, finish);
        return;
    }
    finish(fail(Error::Code::InvalidInput,
                tr("The MDM payload's IdentityCertificateUUID names no SCEP or PKCS#12 payload.")));
}

void DeviceSimulator::obtainKey(int bits, std::function<void(const Result<PrivateKey> &)> next)
{
    if (m_options.keyPool) {
        next(m_options.keyPool->next());
        return;
    }
    // Generating an RSA key takes up to a few hundred milliseconds: off this thread.
    QtConcurrent::run([bits] {
        return PrivateKey::generateRsa(bits);
    }).then(this, [next = std::move(next)](const Result<PrivateKey> &key) { next(key); });
}

void DeviceSimulator::requestScepIdentity(const SimulatedProfile &profile,
                                          const QVariantMap &scepPayload,
                                          const PrivateKey &key,
                                          const Done &done)
{
    ScepClient::Request request;
    request.url = QUrl(scepPayload.value(u"URL"_s).toString());
    request.caIdentifier = scepPayload.value(u"Name"_s).toString();
    request.caFingerprint = scepPayload.value(u"CAFingerprint"_s).toByteArray();
    request.key = key;
    request.csr.challengePassword = scepPayload.value(u"Challenge"_s).toString();
    request.csr.keyUsage = scepPayload.value(u"Key Usage"_s).toInt();
    // Subject: [[["O", "Shop"]], [["CN", "Device"]]], one inner array per relative name.
    for (const QVariant &relativeName : scepPayload.value(u"Subject"_s).toList()) {
        QList<QPair<QString, QString>> attributes;
        for (const QVariant &pair : relativeName.toList()) {
            const QVariantList typeAndValue = pair.toList();
            if (typeAndValue.size() == 2) {
                attributes.append(
                    {typeAndValue.at(0).toString(),
                     expandVariables(typeAndValue.at(1).toString(), m_device.hardware)});
            }
        }
        if (!attributes.isEmpty())
            request.csr.subject.append(attributes);
    }
    const QVariantMap altNames = scepPayload.value(u"SubjectAltName"_s).toMap();
    request.csr.dnsNames = stringOrList(altNames.value(u"dNSName"_s));
    request.csr.emailAddresses = stringOrList(altNames.value(u"rfc822Name"_s));
    request.csr.uris = stringOrList(altNames.value(u"uniformResourceIdentifier"_s));
    if (!request.url.isValid() || request.url.host().isEmpty()) {
        done(fail(Error::Code::InvalidInput, tr("The SCEP payload has no usable URL.")));
        return;
    }
    m_scep->enroll(std::move(request),
                   [this, profile, key, done](const Result<ScepClient::Outcome> &outcome) {
                       if (!outcome) {
                           done(fail(outcome.error()));
                           return;
                       }
                       m_scepOutcome = *outcome;
                       m_device.caCertificates = outcome->caCertificates;
                       completeEnrollment(profile, Identity{outcome->certificate, key}, done);
                   });
}

void DeviceSimulator::completeEnrollment(const SimulatedProfile &profile,
                                         const Identity &identity,
                                         const Done &done)
{
    const bool renewal = m_state == State::Enrolled;
    setIdentity(identity);
    m_mdmPayload = profile.payloadsOfType(u"com.apple.mdm"_s).first();
    const int rights = m_mdmPayload.value(u"AccessRights"_s).toInt();
    m_device.accessRights = rights > 0 ? rights : 8191;
    m_device.enrollmentProfileIdentifier = profile.identifier();
    m_userChannel = m_device.hardware.isMac() && m_options.userChannel
                    && m_mdmPayload.value(u"ServerCapabilities"_s)
                           .toStringList()
                           .contains(PerUserConnections);
    if (!renewal) {
        m_pushToken = randomBytes(32);
        m_pushMagic = newUuid();
        m_device.userPushToken = randomBytes(32);
        m_userPushMagic = newUuid();
        // An iOS device hands its unlock token over only when the server may clear the passcode.
        m_device.unlockToken = m_device.hardware.isIos()
                                       && (m_device.accessRights & AllowPasscodeRemovalAndLock)
                                   ? randomBytes(48)
                                   : QByteArray();
    }
    const auto install = [this, profile, done] {
        SimulatedProfile installed = profile;
        installed.installedByMdm = false;
        m_device.profiles.removeIf([&profile](const SimulatedProfile &existing) {
            return existing.identifier() == profile.identifier();
        });
        m_device.profiles.prepend(installed);
        m_enrollmentProfile = installed;
        const bool wasEnrolled = m_state == State::Enrolled;
        setState(State::Enrolled);
        if (!wasEnrolled)
            Q_EMIT enrolled();
        done({});
    };
    QVariantMap tokenUpdate = tokenUpdateMessage(Channel::Device);
    if (!m_device.unlockToken.isEmpty() && !renewal)
        tokenUpdate.insert(u"UnlockToken"_s, m_device.unlockToken);
    checkIn(authenticateMessage(),
            Channel::Device,
            [this, tokenUpdate, install, done](const Result<void> &authenticated) {
                if (!authenticated) {
                    done(authenticated);
                    return;
                }
                checkIn(tokenUpdate,
                        Channel::Device,
                        [this, install, done](const Result<void> &updated) {
                            if (!updated) {
                                done(updated);
                                return;
                            }
                            if (!m_userChannel) {
                                install();
                                return;
                            }
                            checkIn(tokenUpdateMessage(Channel::User),
                                    Channel::User,
                                    [install, done](const Result<void> &userUpdated) {
                                        if (!userUpdated) {
                                            done(userUpdated);
                                            return;
                                        }
                                        install();
                                    });
                        });
            });
}

QFuture<Result<void>> DeviceSimulator::sendTokenUpdate(Channel channel)
{
    auto promise = startedPromise<void>();
    if (m_state != State::Enrolled || (channel == Channel::User && !m_userChannel)) {
        settle<void>(*promise, fail(Error::Code::Conflict, tr("The channel is not enrolled.")));
        return promise->future();
    }
    checkIn(tokenUpdateMessage(channel), channel, [this, promise](const Result<void> &result) {
        if (!result)
            reportFailure(result.error());
        settle<void>(*promise, result);
    });
    return promise->future();
}

void DeviceSimulator::rotatePushToken(Channel channel)
{
    if (channel == Channel::User)
        m_device.userPushToken = randomBytes(32);
    else
        m_pushToken = randomBytes(32);
}

QFuture<Result<void>> DeviceSimulator::unenroll()
{
    auto promise = startedPromise<void>();
    if (m_state != State::Enrolled) {
        settle<void>(*promise, fail(Error::Code::Conflict, tr("The device is not enrolled.")));
        return promise->future();
    }
    if (!m_mdmPayload.value(u"CheckOutWhenRemoved"_s).toBool()) {
        forgetEnrollment(State::Unenrolled);
        settle<void>(*promise, {});
        return promise->future();
    }
    QVariantMap checkOut = channelKeys(Channel::Device);
    checkOut.insert(u"MessageType"_s, u"CheckOut"_s);
    checkOut.insert(u"Topic"_s, topic());
    checkIn(checkOut, Channel::Device, [this, promise](const Result<void> &result) {
        // CheckOut is best effort: the profile is gone whatever the server said.
        forgetEnrollment(State::Unenrolled);
        if (!result)
            reportFailure(result.error());
        settle<void>(*promise, result);
    });
    return promise->future();
}

QFuture<Result<int>> DeviceSimulator::connect(Channel channel)
{
    auto session = std::make_shared<Session>();
    session->channel = channel;
    session->promise = startedPromise<int>();
    QFuture<Result<int>> future = session->promise->future();
    if (m_state != State::Enrolled || (channel == Channel::User && !m_userChannel)) {
        settle<int>(*session->promise,
                    fail(Error::Code::Conflict,
                         tr("The %1 channel is not enrolled.").arg(channelName(channel))));
        return future;
    }
    QVariantMap idle = channelKeys(channel);
    idle.insert(u"Status"_s, u"Idle"_s);
    sendMessage(
        idle, channel, false, [this, session](const Result<SimulatedHttpClient::Reply> &reply) {
            handleServerReply(session, reply);
        });
    return future;
}

void DeviceSimulator::handleServerReply(const std::shared_ptr<Session> &session,
                                        const Result<SimulatedHttpClient::Reply> &reply)
{
    if (!reply) {
        finishSession(session, fail(reply.error()));
        return;
    }
    if (reply->status == 401) {
        // The one answer that makes a device give up its enrollment.
        forgetEnrollment(State::Unenrolled);
        finishSession(
            session,
            fail(Error::Code::Network, tr("The server answered 401; the device unenrolled.")));
        return;
    }
    if (reply->status != 200) {
        finishSession(session,
                      fail(Error::Code::Network,
                           tr("The server refused the report."),
                           u"HTTP %1"_s.arg(reply->status)));
        return;
    }
    if (reply->body.trimmed().isEmpty()) {
        finishSession(session, session->answered);
        return;
    }
    Result<QVariant> envelope = Plist::parse(reply->body);
    if (!envelope || envelope->typeId() != QMetaType::QVariantMap
        || envelope->toMap().value(u"CommandUUID"_s).toString().isEmpty()) {
        finishSession(session,
                      fail(Error::Code::InvalidInput,
                           tr("The server's answer is not a command."),
                           envelope ? QString() : envelope.error().detail));
        return;
    }
    answerCommand(session, envelope->toMap());
}

void DeviceSimulator::answerCommand(const std::shared_ptr<Session> &session,
                                    const QVariantMap &envelope)
{
    CommandRecord record;
    record.channel = session->channel;
    record.commandUuid = envelope.value(u"CommandUUID"_s).toString();
    const QVariant command = envelope.value(u"Command"_s);
    record.command = command.toMap();
    record.requestType = record.command.value(u"RequestType"_s).toString();
    if (command.typeId() != QMetaType::QVariantMap) {
        record.response = SimulatedCommandProcessor::commandFormatError(
            u"The command has no Command dictionary."_s);
        sendReport(session, std::move(record), SimulatedCommandProcessor::Aftermath::None);
        return;
    }
    if (takeNotNow(record.requestType)) {
        record.response = {{u"Status"_s, u"NotNow"_s}};
        sendReport(session, std::move(record), SimulatedCommandProcessor::Aftermath::None);
        return;
    }
    SimulatedCommandProcessor::Outcome outcome = m_processor.process(record.command,
                                                                     session->channel);
    if (outcome.aftermath != SimulatedCommandProcessor::Aftermath::Reenroll) {
        record.response = outcome.response;
        sendReport(session, std::move(record), outcome.aftermath);
        return;
    }
    // A new enrollment profile: get the new identity and check in with it, then answer (signed
    // with the new identity) as the device does.
    installProfile(
        outcome.profile,
        true,
        [this, session, record, response = outcome.response](const Result<void> &renewed) mutable {
            record.response = renewed
                                  ? response
                                  : SimulatedCommandProcessor::error(u"MCInstallationErrorDomain"_s,
                                                                     4001,
                                                                     renewed.error().message);
            sendReport(session, std::move(record), SimulatedCommandProcessor::Aftermath::None);
        });
}

void DeviceSimulator::sendReport(const std::shared_ptr<Session> &session,
                                 CommandRecord record,
                                 SimulatedCommandProcessor::Aftermath aftermath)
{
    QVariantMap report = record.response;
    const QVariantMap keys = channelKeys(session->channel);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        report.insert(it.key(), it.value());
    report.insert(u"CommandUUID"_s, record.commandUuid);
    record.response = report;
    record.status = report.value(u"Status"_s).toString();
    sendMessage(report,
                session->channel,
                false,
                [this, session, record = std::move(record), aftermath](
                    const Result<SimulatedHttpClient::Reply> &reply) mutable {
                    record.serverStatus = reply ? reply->status : 0;
                    ++session->answered;
                    m_commandLog.append(record);
                    Q_EMIT commandHandled(record);
                    switch (aftermath) {
                    case SimulatedCommandProcessor::Aftermath::Erase:
                        // Wiped: whatever the server said next is never read.
                        forgetEnrollment(State::Erased);
                        finishSession(session, session->answered);
                        return;
                    case SimulatedCommandProcessor::Aftermath::EndSession:
                        finishSession(session, session->answered);
                        return;
                    case SimulatedCommandProcessor::Aftermath::Unenroll: {
                        if (!m_mdmPayload.value(u"CheckOutWhenRemoved"_s).toBool()) {
                            forgetEnrollment(State::Unenrolled);
                            finishSession(session, session->answered);
                            return;
                        }
                        QVariantMap checkOut = channelKeys(Channel::Device);
                        checkOut.insert(u"MessageType"_s, u"CheckOut"_s);
                        checkOut.insert(u"Topic"_s, topic());
                        checkIn(checkOut, Channel::Device, [this, session](const Result<void> &) {
                            forgetEnrollment(State::Unenrolled);
                            finishSession(session, session->answered);
                        });
                        return;
                    }
                    case SimulatedCommandProcessor::Aftermath::None:
                    case SimulatedCommandProcessor::Aftermath::Reenroll:
                        handleServerReply(session, reply);
                        return;
                    }
                });
}

void DeviceSimulator::finishSession(const std::shared_ptr<Session> &session,
                                    const Result<int> &result)
{
    if (!result)
        reportFailure(result.error());
    settle<int>(*session->promise, result);
}

void DeviceSimulator::checkIn(const QVariantMap &message, Channel channel, Done done)
{
    sendMessage(message,
                channel,
                true,
                [this, done = std::move(done)](const Result<SimulatedHttpClient::Reply> &reply) {
                    if (!reply) {
                        done(fail(reply.error()));
                        return;
                    }
                    if (reply->status == 401) {
                        if (m_state == State::Enrolled)
                            forgetEnrollment(State::Unenrolled);
                        done(fail(Error::Code::Network,
                                  tr("The server answered 401 to a check-in."),
                                  QString::fromUtf8(reply->body.left(200))));
                        return;
                    }
                    if (reply->status != 200) {
                        done(fail(Error::Code::Network,
                                  tr("The server refused the check-in."),
                                  u"HTTP %1: %2"_s.arg(reply->status)
                                      .arg(QString::fromUtf8(reply->body.left(200)))));
                        return;
                    }
                    done({});
                });
}

void DeviceSimulator::sendMessage(
    const QVariantMap &message,
    Channel channel,
    bool checkIn,
    std::function<void(const Result<SimulatedHttpClient::Reply> &)> done)
{
    const std::optional<Fault> fault = takeFault();
    MessageRecord record;
    record.channel = channel;
    record.checkIn = checkIn;
    record.fault = fault;
    record.messageType = message.value(checkIn ? u"MessageType"_s : u"Status"_s).toString();

    QVariantMap payload = message;
    if (fault == Fault::OversizeBody)
        payload.insert(u"Padding"_s, QByteArray(m_options.oversizeBodyBytes, 'P'));
    Result<QByteArray> xml = Plist::toXml(payload);
    if (!xml) {
        done(fail(xml.error()));
        return;
    }
    QByteArray body = *xml;
    if (fault == Fault::GarbagePlist)
        body = "\x01\x02 not a property list \x7f" + randomBytes(48);

    Identity signer = m_identity;
    if (fault == Fault::ForeignCaCertificate) {
        Result<Identity> foreign = foreignCaIdentity();
        if (!foreign) {
            done(fail(foreign.error()));
            return;
        }
        signer = *foreign;
    } else if (fault == Fault::OtherDeviceCertificate) {
        if (m_otherDeviceIdentity.certificate.isNull()) {
            done(fail(Error::Code::InvalidInput,
                      tr("No other device's identity was given to sign with.")));
            return;
        }
        signer = m_otherDeviceIdentity;
    }

    SimulatedHttpClient::Request request;
    request.method = "PUT";
    request.url = checkIn ? checkInUrl() : serverUrl();
    request.headers.set("User-Agent", userAgent().toUtf8());
    request.headers.set("Accept", "*/*");
    request.headers.set("Content-Type",
                        fault == Fault::WrongContentType ? "text/plain; charset=utf-8"_ba
                        : checkIn ? "application/x-apple-aspen-mdm-checkin"_ba
                                  : "application/x-apple-aspen-mdm"_ba);
    if (m_mdmPayload.value(u"SignMessage"_s).toBool() && fault != Fault::NoSignature) {
        Result<QByteArray> signature
            = m_options.signatureDigest == SimulatedOpenSsl::DigestAlgorithm::Sha256
                  ? Cms::signDetached(body, signer.certificate, signer.key)
                  : SimulatedOpenSsl::signDetached(
                      body, signer.certificate, signer.key, m_options.signatureDigest);
        if (!signature) {
            done(fail(signature.error()));
            return;
        }
        record.signature = signature->toBase64();
        request.headers.set("Mdm-Signature", record.signature);
    }
    if (fault == Fault::BadSignature) {
        // Keep the plist valid and change what matters: whose message it claims to be.
        const QByteArray udid = m_device.hardware.udid.toUtf8();
        QByteArray forged = udid;
        forged[forged.size() - 1] = forged.endsWith('0') ? '1' : '0';
        body.replace(udid, forged);
    }
    if (fault == Fault::TruncatedBody) {
        request.declaredContentLength = body.size();
        body.truncate(body.size() / 2);
        request.closeAfterSending = true;
    }
    if (m_options.presentIdentityInTls && !signer.certificate.isNull()) {
        if (signer.certificate == m_identity.certificate) {
            request.clientCertificate = m_tlsCertificate;
            request.clientKey = m_tlsKey;
        } else {
            request.clientCertificate = QSslCertificate(signer.certificate.toDer(), QSsl::Der);
            request.clientKey = sslKey(signer.key);
        }
    }
    record.body = body;
    request.body = std::move(body);
    m_http->send(std::move(request),
                 [this, record = std::move(record), done = std::move(done)](
                     const Result<SimulatedHttpClient::Reply> &reply) mutable {
                     record.serverStatus = reply ? reply->status : 0;
                     record.serverBody = reply ? reply->body : QByteArray();
                     m_messageLog.append(record);
                     Q_EMIT requestFinished(
                         record.messageType, reply ? reply->latencyNs : 0, record.serverStatus);
                     Q_EMIT messageSent(record);
                     done(reply);
                 });
}

void DeviceSimulator::forgetEnrollment(State state)
{
    if (state == State::Erased) {
        // Everything but the hardware is gone.
        SimulatedDeviceState wiped;
        wiped.hardware = m_options.hardware;
        wiped.supervised = m_options.supervised;
        wiped.passcodePresent = m_options.passcodePresent && m_options.hardware.isIos();
        wiped.userId = m_device.userId;
        wiped.userShortName = m_device.userShortName;
        wiped.userLongName = m_device.userLongName;
        m_device = wiped;
    } else {
        // Removing the MDM profile removes everything MDM installed with it.
        m_device.profiles.removeIf([this](const SimulatedProfile &profile) {
            return profile.installedByMdm
                   || profile.identifier() == m_device.enrollmentProfileIdentifier;
        });
        m_device.identityCertificate = Certificate();
        m_device.caCertificates.clear();
        m_device.enrollmentProfileIdentifier.clear();
        m_device.unlockToken.clear();
        m_device.lostMode = false;
    }
    m_identity = Identity();
    m_foreignIdentity = Identity();
    m_tlsCertificate = QSslCertificate();
    m_tlsKey = QSslKey();
    m_http->setClientIdentity(QSslCertificate(), QSslKey());
    m_http->closeConnection();
    m_userChannel = false;
    const bool wasEnrolled = m_state == State::Enrolled;
    setState(state);
    if (wasEnrolled)
        Q_EMIT unenrolled();
}

QVariantMap DeviceSimulator::channelKeys(Channel channel) const
{
    QVariantMap keys = {{u"UDID"_s, m_device.hardware.udid}};
    if (channel == Channel::User) {
        keys.insert(u"UserID"_s, m_device.userId);
        keys.insert(u"UserShortName"_s, m_device.userShortName);
        keys.insert(u"UserLongName"_s, m_device.userLongName);
    }
    return keys;
}

QVariantMap DeviceSimulator::authenticateMessage() const
{
    const SimulatedHardware &hw = m_device.hardware;
    QVariantMap message = channelKeys(Channel::Device);
    message.insert(u"MessageType"_s, u"Authenticate"_s);
    message.insert(u"Topic"_s, topic());
    message.insert(u"BuildVersion"_s, hw.buildVersion);
    message.insert(u"OSVersion"_s, hw.osVersion);
    message.insert(u"ProductName"_s, hw.productName);
    message.insert(u"SerialNumber"_s, hw.serialNumber);
    // authenticate.yaml: the names and model are macOS-only, IMEI and MEID iOS-only.
    if (hw.isMac()) {
        message.insert(u"DeviceName"_s, hw.deviceName);
        message.insert(u"Model"_s, hw.model);
        message.insert(u"ModelName"_s, hw.modelName);
    }
    if (hw.isIos() && hw.hasCellular()) {
        message.insert(u"IMEI"_s, hw.imei);
        message.insert(u"MEID"_s, hw.meid);
    }
    return message;
}

QVariantMap DeviceSimulator::tokenUpdateMessage(Channel channel) const
{
    QVariantMap message = channelKeys(channel);
    message.insert(u"MessageType"_s, u"TokenUpdate"_s);
    message.insert(u"Topic"_s, topic());
    if (channel == Channel::User) {
        message.insert(u"Token"_s, m_device.userPushToken);
        message.insert(u"PushMagic"_s, m_userPushMagic);
        message.insert(u"NotOnConsole"_s, false);
    } else {
        message.insert(u"Token"_s, m_pushToken);
        message.insert(u"PushMagic"_s, m_pushMagic);
        message.insert(u"AwaitingConfiguration"_s, false);
    }
    return message;
}

bool DeviceSimulator::takeNotNow(const QString &requestType)
{
    if (m_notNowCount > 0) {
        --m_notNowCount;
        return true;
    }
    const auto it = m_notNowFor.find(requestType);
    if (it == m_notNowFor.end())
        return false;
    if (it.value() > 0 && --it.value() == 0)
        m_notNowFor.erase(it);
    return true;
}

std::optional<DeviceSimulator::Fault> DeviceSimulator::takeFault()
{
    if (m_faults.isEmpty())
        return std::nullopt;
    return m_faults.takeFirst();
}

Result<DeviceSimulator::Identity> DeviceSimulator::foreignCaIdentity()
{
    if (!m_foreignIdentity.certificate.isNull())
        return m_foreignIdentity;
    if (m_identity.key.isNull())
        return fail(Error::Code::Conflict, tr("The device has no identity yet."));
    // One CA for the whole process that no server ever trusts. An EC key: made in microseconds.
    static const Result<Identity> foreignCa = []() -> Result<Identity> {
        Result<PrivateKey> key = PrivateKey::generateEcP256();
        if (!key)
            return fail(key.error());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<Certificate> certificate
            = CertificateBuilder()
                  .setSubject({u"Simulated Foreign CA"_s, u"Elsewhere Inc."_s, {}, u"US"_s, {}})
                  .setValidity(now.addDays(-1), now.addYears(10))
                  .issueSelfSignedCa(*key);
        if (!certificate)
            return fail(certificate.error());
        return Identity{*certificate, *key};
    }();
    if (!foreignCa)
        return fail(foreignCa.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<Certificate> certificate
        = CertificateBuilder()
              .setSubject(m_identity.certificate.subject())
              .setValidity(now.addSecs(-3600), now.addYears(1))
              .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
              .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
              .issue(m_identity.key.publicKey(), foreignCa->certificate, foreignCa->key);
    if (!certificate)
        return fail(certificate.error());
    m_foreignIdentity = Identity{*certificate, m_identity.key};
    return m_foreignIdentity;
}

QString DeviceSimulator::userAgent() const
{
    return m_device.hardware.isMac() ? u"MDM-OSX/1.0 mdmclient/1"_s : u"MDM/1.0"_s;
}

void DeviceSimulator::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DeviceSimulator::setIdentity(const Identity &identity)
{
    m_identity = identity;
    m_foreignIdentity = Identity();
    m_device.identityCertificate = identity.certificate;
    m_tlsCertificate = QSslCertificate(identity.certificate.toDer(), QSsl::Der);
    m_tlsKey = sslKey(identity.key);
    if (m_options.presentIdentityInTls)
        m_http->setClientIdentity(m_tlsCertificate, m_tlsKey);
}

void DeviceSimulator::reportFailure(const Error &error)
{
    Q_EMIT errorOccurred(error);
}

void DeviceSimulator::injectFault(Fault fault, int messages)
{
    for (int i = 0; i < messages; ++i)
        m_faults.append(fault);
}

void DeviceSimulator::clearFaults()
{
    m_faults.clear();
    m_notNowCount = 0;
    m_notNowFor.clear();
}

void DeviceSimulator::answerNotNow(int commands)
{
    m_notNowCount = qMax(0, commands);
}

void DeviceSimulator::answerNotNowFor(const QString &requestType, int commands)
{
    if (commands == 0)
        m_notNowFor.remove(requestType);
    else
        m_notNowFor.insert(requestType, commands);
}

void DeviceSimulator::setOtherDeviceIdentity(const Identity &identity)
{
    m_otherDeviceIdentity = identity;
}

QString DeviceSimulator::topic() const
{
    return m_mdmPayload.value(u"Topic"_s).toString();
}

QUrl DeviceSimulator::serverUrl() const
{
    return QUrl(m_mdmPayload.value(u"ServerURL"_s).toString());
}

QUrl DeviceSimulator::checkInUrl() const
{
    const QString checkIn = m_mdmPayload.value(u"CheckInURL"_s).toString();
    return checkIn.isEmpty() ? serverUrl() : QUrl(checkIn);
}

QByteArray DeviceSimulator::pushToken(Channel channel) const
{
    return channel == Channel::User ? m_device.userPushToken : m_pushToken;
}

QString DeviceSimulator::pushMagic(Channel channel) const
{
    return channel == Channel::User ? m_userPushMagic : m_pushMagic;
}

bool DeviceSimulator::removeProfileAsUser(const QString &identifier)
{
    if (identifier == m_device.enrollmentProfileIdentifier)
        return false;
    return m_device.profiles.removeIf([&identifier](const SimulatedProfile &profile) {
        return profile.identifier() == identifier
               && !profile.content.value(u"PayloadRemovalDisallowed"_s).toBool();
    }) > 0;
}

QStringList DeviceSimulator::installedProfileIdentifiers() const
{
    QStringList identifiers;
    for (const SimulatedProfile &profile : m_device.profiles)
        identifiers.append(profile.identifier());
    return identifiers;
}

} // namespace Espalier
