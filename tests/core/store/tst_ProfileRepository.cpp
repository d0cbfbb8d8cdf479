// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/Command.h"
#include "core/store/Database.h"
#include "core/store/InventoryRepository.h"
#include "core/store/ProfileRepository.h"
#include "tests/support/TestHelpers.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Espalier;

using Status = ProfileAssignment::Status;

class tst_ProfileRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock.setNow(QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC));
        auto opened = Database::openWriter(m_dir.filePath(u"store-%1.db"_s.arg(++m_run)));
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        const qint64 t = m_clock.now().toMSecsSinceEpoch();
        for (const QString &udid : {u"UDID-A"_s, u"UDID-B"_s}) {
            QVERIFY_RESULT(write(u"INSERT INTO devices (udid, device_name, created_at) "
                                 "VALUES (?, ?, ?)"_s,
                                 {udid, QString(u"Mac "_s + udid.right(1)), t}));
            QVERIFY_RESULT(write(u"INSERT INTO enrollments (id, type, device_id, topic, enabled, "
                                 "enrolled_at) VALUES (?, 'device', ?, 'com.apple.mgmt.x', 1, ?)"_s,
                                 {udid, udid, t}));
        }
    }

    void cleanup() { m_db.reset(); }

    // Every command change looks its assignments up by either command column; neither lookup
    // may read the whole table.
    void commandLookupsUseIndexes()
    {
        QStringList plan;
        QVERIFY_RESULT(m_db->query(u"EXPLAIN QUERY PLAN SELECT profile_id FROM profile_assignments "
                                   "WHERE command_uuid IN (?) OR list_command_uuid IN (?)"_s,
                                   {u"a"_s, u"b"_s},
                                   [&plan](const QSqlQuery &row) {
                                       plan.append(row.value(3).toString());
                                       return Result<void>();
                                   }));
        const QString text = plan.join(u'\n');
        QVERIFY2(text.contains(u"profile_assignments_command_idx"_s), qPrintable(text));
        QVERIFY2(text.contains(u"profile_assignments_list_command_idx"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"SCAN"_s), qPrintable(text));
    }

    void savesNewVersions()
    {
        ProfileRepository profiles(*m_db, m_clock);
        Result<ProfileRecord> first = profiles.save(request({}, "v1"));
        QVERIFY_RESULT(first);
        QCOMPARE(first->currentVersion, 1);
        QCOMPARE(first->identifier, u"org.example.orchard.wifi"_s);
        QCOMPARE(first->payloadTypes, QStringList({u"com.apple.wifi.managed"_s}));
        QCOMPARE(first->createdBy, u"alex"_s);

        m_clock.advance(60'000);
        ProfileRepository::SaveRequest second = request(first->id, "v2");
        second.displayName = u"Orchard Wi-Fi (5 GHz)"_s;
        second.payloadTypes.append(u"com.apple.security.root"_s);
        second.actor = u"sam"_s;
        Result<ProfileRecord> saved = profiles.save(second);
        QVERIFY_RESULT(saved);
        QCOMPARE(saved->id, first->id);
        QCOMPARE(saved->currentVersion, 2);
        QCOMPARE(saved->displayName, u"Orchard Wi-Fi (5 GHz)"_s);
        QCOMPARE(saved->payloadTypes.size(), 2);

        Result<QList<ProfileVersion>> versions = profiles.versions(first->id);
        QVERIFY_RESULT(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).version, 2);
        QCOMPARE(versions->at(0).createdBy, u"sam"_s);
        QCOMPARE(versions->at(1).version, 1);
        QCOMPARE(versions->at(1).createdAt, m_clock.now().addSecs(-60));

        // Every version keeps its own bytes; 0 means the current one.
        Result<ProfileVersion> current = profiles.version(first->id);
        QVERIFY_RESULT(current);
        QCOMPARE(current->plist, QByteArray("plist v2"));
        Result<ProfileVersion> old = profiles.version(first->id, 1);
        QVERIFY_RESULT(old);
        QCOMPARE(old->plist, QByteArray("plist v1"));
        QVERIFY_FAILS_WITH(profiles.version(first->id, 3), Error::Code::NotFound);

        Result<QList<ProfileRecord>> all = profiles.profiles();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 1);
    }

    void refusesDuplicateIdentifierAndUnknownProfile()
    {
        ProfileRepository profiles(*m_db, m_clock);
        QVERIFY_RESULT(profiles.save(request({}, "one")));
        QVERIFY_FAILS_WITH(profiles.save(request({}, "two")), Error::Code::Conflict);
        ProfileRepository::SaveRequest unknown = request(u"no-such-id"_s, "three");
        unknown.identifier = u"org.example.orchard.other"_s;
        QVERIFY_FAILS_WITH(profiles.save(unknown), Error::Code::NotFound);
        ProfileRepository::SaveRequest empty = request({}, "");
        empty.plist.clear();
        QVERIFY_FAILS_WITH(profiles.save(empty), Error::Code::InvalidInput);
        Result<QList<ProfileRecord>> all = profiles.profiles();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 1);
    }

    // pending -> installed (acknowledged and listed) -> drifted (a later list lacks it) ->
    // installed again (listed again).
    void installStatusFollowsCommandsAndProfileList()
    {
        ProfileRepository profiles(*m_db, m_clock);
        Result<ProfileRecord> profile = profiles.save(request({}, "v1"));
        QVERIFY_RESULT(profile);
        QVERIFY_RESULT(profiles.recordRequest(assignment(profile->id, u"UDID-A"_s, 1)));
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Pending);

        setState(u"CMD-1-install"_s, CommandState::Sent);
        QVERIFY_RESULT(profiles.reconcile({u"UDID-A"_s}));
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Pending);

        // Acknowledged, and the list has not come back yet: still pending.
        setState(u"CMD-1-install"_s, CommandState::Acknowledged);
        Result<QStringList> changed = profiles.reconcile({}, {u"CMD-1-install"_s});
        QVERIFY_RESULT(changed);
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Pending);

        setState(u"CMD-1-list"_s, CommandState::Acknowledged);
        listProfiles(u"UDID-A"_s, {u"org.example.orchard.wifi"_s, u"other"_s});
        changed = profiles.reconcile({u"UDID-A"_s});
        QVERIFY_RESULT(changed);
        QCOMPARE(*changed, QStringList({profile->id}));
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Installed);
        Result<std::optional<ProfileRecord>> counted = profiles.profile(profile->id);
        QVERIFY_RESULT(counted);
        QCOMPARE((*counted)->installed, 1);

        // Nothing changed: nothing announced.
        changed = profiles.reconcile({u"UDID-A"_s});
        QVERIFY_RESULT(changed);
        QVERIFY(changed->isEmpty());

        // The user removed it on the device; the next ProfileList no longer has it.
        listProfiles(u"UDID-A"_s, {u"other"_s});
        QVERIFY_RESULT(profiles.reconcile({u"UDID-A"_s}));
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Drifted);
        counted = profiles.profile(profile->id);
        QCOMPARE((*counted)->drifted, 1);
        QCOMPARE((*counted)->installed, 0);
        QVERIFY(assignmentOf(profile->id, u"UDID-A"_s).detail.contains(u"removed"_s));

        listProfiles(u"UDID-A"_s, {u"org.example.orchard.wifi"_s});
        QVERIFY_RESULT(profiles.reconcile({u"UDID-A"_s}));
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Installed);
    }

    void failedInstallCarriesTheDevicesError()
    {
        ProfileRepository profiles(*m_db, m_clock);
        Result<ProfileRecord> profile = profiles.save(request({}, "v1"));
        QVERIFY_RESULT(profile);
        QVERIFY_RESULT(profiles.recordRequest(assignment(profile->id, u"UDID-B"_s, 1)));
        setState(u"CMD-1-install"_s,
                 CommandState::Error,
                 u"MCProfileErrorDomain 1009: The profile is malformed."_s);
        QVERIFY_RESULT(profiles.reconcile({}, {u"CMD-1-install"_s}));
        const ProfileAssignment failed = assignmentOf(profile->id, u"UDID-B"_s);
        QCOMPARE(failed.status, Status::Failed);
        QCOMPARE(failed.detail, u"MCProfileErrorDomain 1009: The profile is malformed."_s);
        QCOMPARE(failed.deviceName, u"Mac B"_s);

        setState(u"CMD-1-install"_s, CommandState::Expired);
        QVERIFY_RESULT(profiles.reconcile({u"UDID-B"_s}));
        QCOMPARE(statusOf(profile->id, u"UDID-B"_s), Status::Failed);
        QVERIFY(assignmentOf(profile->id, u"UDID-B"_s).detail.contains(u"expired"_s));
    }

    void removalIsTracked()
    {
        ProfileRepository profiles(*m_db, m_clock);
        Result<ProfileRecord> profile = profiles.save(request({}, "v1"));
        QVERIFY_RESULT(profile);
        ProfileAssignment remove = assignment(profile->id, u"UDID-A"_s, 2);
        remove.action = ProfileAssignment::Action::Remove;
        QVERIFY_RESULT(profiles.recordRequest(remove));
        QVERIFY_RESULT(profiles.reconcile());
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Pending);
        setState(u"CMD-2-install"_s, CommandState::Acknowledged);
        QVERIFY_RESULT(profiles.reconcile());
        QCOMPARE(statusOf(profile->id, u"UDID-A"_s), Status::Removed);
        QCOMPARE(assignmentOf(profile->id, u"UDID-A"_s).action, ProfileAssignment::Action::Remove);
    }

    void deletingRemovesVersionsAndAssignments()
    {
        ProfileRepository profiles(*m_db, m_clock);
        Result<ProfileRecord> profile = profiles.save(request({}, "v1"));
        QVERIFY_RESULT(profile);
        QVERIFY_RESULT(profiles.save(request(profile->id, "v2")));
        QVERIFY_RESULT(profiles.recordRequest(assignment(profile->id, u"UDID-A"_s, 1)));
        QVERIFY_RESULT(profiles.remove(profile->id));
        Result<std::optional<ProfileRecord>> gone = profiles.profile(profile->id);
        QVERIFY_RESULT(gone);
        QVERIFY(!gone->has_value());
        for (const QString &table : {u"profile_versions"_s, u"profile_assignments"_s}) {
            Result<QSqlQuery> count = m_db->exec(u"SELECT COUNT(*) FROM "_s + table);
            QVERIFY_RESULT(count);
            QVERIFY(count->next());
            QCOMPARE(count->value(0).toInt(), 0);
        }
        // The identifier is free again.
        QVERIFY_RESULT(profiles.save(request({}, "again")));
    }

private:
    Result<QSqlQuery> write(const QString &sql, const QVariantList &bindings)
    {
        return m_db->transaction([&] { return m_db->exec(sql, bindings); });
    }

    ProfileRepository::SaveRequest request(const QString &id, const char *tag)
    {
        ProfileRepository::SaveRequest r;
        r.profileId = id;
        r.identifier = u"org.example.orchard.wifi"_s;
        r.displayName = u"Orchard Wi-Fi"_s;
        r.plist = QByteArray("plist ") + tag;
        r.payloadTypes = {u"com.apple.wifi.managed"_s};
        r.actor = u"alex"_s;
        return r;
    }

    // The install (or remove) command CMD-<n>-install and its ProfileList CMD-<n>-list, queued.
    ProfileAssignment assignment(const QString &profileId, const QString &udid, int n)
    {
        const qint64 t = m_clock.now().toMSecsSinceEpoch();
        for (const QString &kind : {u"install"_s, u"list"_s}) {
            const QString uuid = u"CMD-%1-%2"_s.arg(n).arg(kind);
            const bool added
                = write(u"INSERT INTO commands (uuid, seq, enrollment_id, request_type, "
                        "payload, state, created_at, updated_at, next_attempt_at, created_by) "
                        "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, 'alex')"_s,
                        {uuid,
                         ++m_seq,
                         udid,
                         kind == u"list"_s ? u"ProfileList"_s : u"InstallProfile"_s,
                         QByteArray("payload"),
                         t,
                         t,
                         t})
                      .has_value();
            if (!added)
                qFatal("command not inserted");
        }
        ProfileAssignment a;
        a.profileId = profileId;
        a.deviceUdid = udid;
        a.enrollmentId = udid;
        a.version = 1;
        a.commandUuid = u"CMD-%1-install"_s.arg(n);
        a.listCommandUuid = u"CMD-%1-list"_s.arg(n);
        a.requestedBy = u"alex"_s;
        return a;
    }

    void setState(const QString &uuid, CommandState state, const QString &errorChain = {})
    {
        QVERIFY_RESULT(write(u"UPDATE commands SET state = ?, error_chain = ? WHERE uuid = ?"_s,
                             {int(state), errorChain.isEmpty() ? QVariant() : errorChain, uuid}));
    }

    void listProfiles(const QString &udid, const QStringList &identifiers)
    {
        QList<DeviceProfile> list;
        for (const QString &identifier : identifiers)
            list.append(DeviceProfile{identifier, {}, {}, {}, {}, {}, {}});
        QVERIFY_RESULT(InventoryRepository(*m_db, m_clock)
                           .storeProfiles(udid, list, InventoryRepository::Scope::Complete));
    }

    ProfileAssignment assignmentOf(const QString &profileId, const QString &udid)
    {
        Result<QList<ProfileAssignment>> all
            = ProfileRepository(*m_db, m_clock).assignments(profileId);
        if (all) {
            for (const ProfileAssignment &a : std::as_const(*all)) {
                if (a.deviceUdid == udid)
                    return a;
            }
        }
        return {};
    }

    Status statusOf(const QString &profileId, const QString &udid)
    {
        return assignmentOf(profileId, udid).status;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    int m_run = 0;
    int m_seq = 0;
};

QTEST_GUILESS_MAIN(tst_ProfileRepository)
#include "tst_ProfileRepository.moc"
