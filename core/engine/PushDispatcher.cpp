// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/PushDispatcher.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/push/ApnsResult.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Espalier {

PushDispatcher::PushDispatcher(Database &database,
                               const Clock &clock,
                               const Options &options,
                               QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_tokenBox(options.tokenBox)
    , m_client(new ApnsClient(clock, options.apns, this))
    , m_scheduler(clock, options.schedule)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PushDispatcher::wake);
    connect(m_client, &ApnsClient::pushFinished, this, &PushDispatcher::record);
    connect(m_client, &ApnsClient::certificateProblem, this, &PushDispatcher::certificateProblem);
}

PushDispatcher::~PushDispatcher() = default;

Result<void> PushDispatcher::setIdentity(const Certificate &certificate,
                                         const PrivateKey &key,
                                         const QList<Certificate> &chain)
{
    Result<void> set = m_client->setIdentity(certificate, key, chain);
    if (!set)
        return set;
    qCInfo(lcEngine).noquote() << "pushing with the certificate for" << m_client->topic();
    m_scheduler.resume();
    schedule();
    return {};
}

bool PushDispatcher::hasIdentity() const
{
    return m_client->hasIdentity();
}

QString PushDispatcher::topic() const
{
    return m_client->topic();
}

ApnsClient::Statistics PushDispatcher::statistics() const
{
    return m_client->statistics();
}

void PushDispatcher::request(const QStringList &enrollmentIds, const QDateTime &notBefore)
{
    for (const QString &id : enrollmentIds)
        m_scheduler.request(id, notBefore);
    schedule();
}

void PushDispatcher::checkedIn(const QString &enrollmentId)
{
    m_scheduler.notifyCheckedIn(enrollmentId);
    schedule();
}

void PushDispatcher::schedule()
{
    const QDateTime next = m_scheduler.nextWakeUp();
    if (!next.isValid() || !m_client->hasIdentity()) {
        m_timer->stop();
        return;
    }
    const qint64 waitMs = qBound(qint64{0}, m_clock.now().msecsTo(next), qint64{24 * 3600 * 1000});
    m_timer->start(int(waitMs));
}

void PushDispatcher::wake()
{
    for (const QString &id : m_scheduler.due())
        sendOne(id);
    schedule();
}

Result<ApnsPush> PushDispatcher::pushFor(const QString &enrollmentId)
{
    EnrollmentRepository enrollments(m_database, m_clock, m_tokenBox ? &*m_tokenBox : nullptr);
    Result<std::optional<Enrollment>> found = enrollments.find(enrollmentId);
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::Code::NotFound,
                    tr("The device or user is not enrolled."),
                    u"no enrollment %1"_s.arg(enrollmentId));
    if (!(*found)->canPush()) {
        return fail(Error::Code::Conflict,
                    tr("The device cannot be woken: it has sent no usable push token since it "
                       "enrolled, or Apple refused its token. It is pushed again after it sends "
                       "a new one."),
                    u"enrollment %1 cannot be pushed"_s.arg(enrollmentId));
    }
    if ((*found)->pushTokenHex.isEmpty()) {
        return fail(Error::Code::Crypto,
                    tr("The device's push token cannot be read with this server's data key. It "
                       "is pushed again after it sends a new one."),
                    u"the push token of %1 does not open"_s.arg(enrollmentId));
    }
    ApnsPush push;
    push.enrollmentId = enrollmentId;
    push.deviceToken = QByteArray::fromHex((*found)->pushTokenHex.toLatin1());
    push.pushMagic = (*found)->pushMagic;
    return push;
}

void PushDispatcher::sendOne(const QString &enrollmentId)
{
    Result<ApnsPush> push = pushFor(enrollmentId);
    Result<quint64> sent = push ? m_client->send(*push) : Result<quint64>(fail(push.error()));
    if (!sent) {
        // Gone, checked out, or without a usable token: the next TokenUpdate asks again.
        qCInfo(lcEngine).noquote()
            << "push to" << enrollmentId << "not sent:" << sent.error().detail;
        m_scheduler.forget(enrollmentId);
    }
}

QFuture<Result<ApnsResult>> PushDispatcher::testPush(const QString &enrollmentId)
{
    auto promise = std::make_shared<QPromise<Result<ApnsResult>>>();
    promise->start();
    QFuture<Result<ApnsResult>> future = promise->future();
    Result<ApnsPush> push = pushFor(enrollmentId);
    Result<quint64> sent = push ? m_client->send(*push) : Result<quint64>(fail(push.error()));
    if (!sent) {
        promise->addResult(fail(sent.error()));
        promise->finish();
        return future;
    }
    m_tests.insert(*sent, promise);
    return future;
}

void PushDispatcher::record(const ApnsResult &result)
{
    const std::shared_ptr<QPromise<Result<ApnsResult>>> test = m_tests.take(result.pushId);
    if (!test)
        m_scheduler.notifyPushed(result.enrollmentId, result.disposition, result.retryAfter);
    QStringList changedCommands;
    bool enrollmentChanged = false;
    Result<void> stored = m_database.transaction([&]() -> Result<void> {
        EnrollmentRepository enrollments(m_database, m_clock);
        switch (result.disposition) {
        case ApnsResult::Disposition::Delivered: {
            if (Result<void> recorded = enrollments.recordPush(result.enrollmentId, result.apnsId);
                !recorded)
                return recorded;
            Result<QStringList> pushed
                = CommandRepository(m_database, m_clock).markPushed(result.enrollmentId);
            if (!pushed)
                return fail(pushed.error());
            changedCommands = *pushed;
            enrollmentChanged = true;
            return {};
        }
        case ApnsResult::Disposition::TokenBad:
            enrollmentChanged = true;
            return enrollments.setPushTokenState(result.enrollmentId, PushTokenState::Bad);
        case ApnsResult::Disposition::TokenDead:
            enrollmentChanged = true;
            return enrollments.markPushTokenUnregistered(result.enrollmentId, result.timestamp);
        case ApnsResult::Disposition::CertificateProblem:
        case ApnsResult::Disposition::RetryLater:
        case ApnsResult::Disposition::Rejected:
            return {};
        }
        return {};
    });
    if (!stored) {
        // The enrollment may have gone meanwhile; the push itself needs nothing more.
        qCWarning(lcEngine).noquote()
            << "push result for" << result.enrollmentId << "not recorded:" << stored.error().detail;
    } else {
        if (enrollmentChanged)
            Q_EMIT enrollmentsChanged({result.enrollmentId});
        if (!changedCommands.isEmpty())
            Q_EMIT commandsChanged(changedCommands);
    }
    if (result.disposition != ApnsResult::Disposition::Delivered) {
        qCInfo(lcEngine).noquote()
            << "push to" << result.enrollmentId << "answered" << result.status << result.reason;
    }
    if (test) {
        test->addResult(result);
        test->finish();
    }
    Q_EMIT pushFinished(result);
    schedule();
}

} // namespace Espalier
