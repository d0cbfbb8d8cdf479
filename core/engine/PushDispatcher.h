// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBox.h"
#include "core/push/ApnsClient.h"
#include "core/push/PushScheduler.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QStringList>

#include <memory>
#include <optional>

class QTimer;

namespace Espalier {

class Clock;
class Database;
struct ApnsResult;

// Wakes devices through APNs when the engine has work for them. Requests are turned into pushes
// by PushScheduler (one push per device however many commands, re-pushes for devices that stay
// silent), sent by ApnsClient, and each answer is recorded: the commands waiting for a woken
// device go from Queued to Pushed, a refused token is marked bad or dead on its enrollment (and
// is not pushed again until the device sends a new one), and a refused push certificate stops
// all pushing until a new one is set. Lives on the engine thread, beside the store writer.
class PushDispatcher final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        ApnsClient::Options apns{};
        PushScheduler::Options schedule{};
        // The data key the store's push tokens are sealed with; without it nothing is pushed.
        std::optional<SecretBox> tokenBox{};
    };

    PushDispatcher(Database &database,
                   const Clock &clock,
                   const Options &options,
                   QObject *parent = nullptr);
    ~PushDispatcher() override;

    // The push certificate to push with; takes effect at once (pushes held back by a refused
    // certificate go again).
    [[nodiscard]] Result<void> setIdentity(const Certificate &certificate,
                                           const PrivateKey &key,
                                           const QList<Certificate> &chain = {});
    [[nodiscard]] bool hasIdentity() const;
    [[nodiscard]] QString topic() const;

    // These enrollments have commands waiting: push them at notBefore (invalid: now).
    void request(const QStringList &enrollmentIds, const QDateTime &notBefore = {});
    // The device fetched its commands: no re-push needed.
    void checkedIn(const QString &enrollmentId);

    // Pushes the enrollment now, outside the schedule, to see what APNs says; the answer is
    // recorded like any other. Fails at once when the enrollment cannot be pushed at all.
    [[nodiscard]] QFuture<Result<ApnsResult>> testPush(const QString &enrollmentId);

    [[nodiscard]] ApnsClient::Statistics statistics() const;

Q_SIGNALS:
    // After each recorded answer, what it changed.
    void enrollmentsChanged(const QStringList &enrollmentIds);
    void commandsChanged(const QStringList &commandUuids);
    // Every answer APNs gave (or its absence), for diagnostics and tests.
    void pushFinished(const Espalier::ApnsResult &result);
    // APNs refused the push certificate; nothing is pushed until setIdentity().
    void certificateProblem(const QString &reason, const QString &message);

private:
    void wake();
    void schedule();
    // The push for the enrollment, or why there can be none.
    [[nodiscard]] Result<ApnsPush> pushFor(const QString &enrollmentId);
    void sendOne(const QString &enrollmentId);
    void record(const ApnsResult &result);

    Database &m_database;
    const Clock &m_clock;
    const std::optional<SecretBox> m_tokenBox;
    ApnsClient *m_client = nullptr;
    PushScheduler m_scheduler;
    QTimer *m_timer = nullptr;
    // Test pushes in flight, by push id.
    QHash<quint64, std::shared_ptr<QPromise<Result<ApnsResult>>>> m_tests;
};

} // namespace Espalier
