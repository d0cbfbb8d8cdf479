// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/Migrations.h"
#include "core/store/PushCertificateRepository.h"
#include "tests/support/TestHelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList tables(Database &database)
{
    QStringList names;
    Result<QSqlQuery> query = database.exec(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "ORDER BY name"_s);
    while (query && query->next())
        names.append(query->value(0).toString());
    return names;
}

bool hasTable(Database &database, const QString &name)
{
    return tables(database).contains(name);
}

Result<void> execAll(Database &database, const QList<std::pair<QString, QVariantList>> &statements)
{
    return database.transaction([&]() -> Result<void> {
        for (const auto &[sql, bindings] : statements) {
            if (Result<QSqlQuery> done = database.exec(sql, bindings); !done)
                return fail(done.error());
        }
        return {};
    });
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void historyIsContiguous()
    {
        const QList<Migration> &all = Migrations::all();
        QVERIFY(all.size() >= 2);
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, i + 1);
            QVERIFY(!all.at(i).statements.isEmpty());
            QVERIFY(!all.at(i).description.isEmpty());
        }
        QCOMPARE(Migrations::latestVersion(), all.constLast().version);
    }

    // An applied migration is never edited: a schema change is a new migration. These hashes
    // pin the released ones; add a row for each new version, never change an existing row.
    void appliedMigrationsAreFrozen_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("sha256");
        QTest::newRow("1")
            << 1 << QByteArray("f41f4a906d961046afc426a40b6fee8e366dc8d779d1b20f4615e5cb4834a6df");
        QTest::newRow("2")
            << 2 << QByteArray("0d6bb77e1c134cfd6e11224e8d87f36ffb61da6e2c11bd5ffc8d7ea6e36fb773");
        QTest::newRow("3")
            << 3 << QByteArray("45d036a6c578272d8d306f9c6a062a92dd5681ef2ac44a00a8980bf4fc60c284");
        QTest::newRow("4")
            << 4 << QByteArray("3fc663170f3a22d3c60ac99986abe1bc1d36bd1633b27b16ba9559b3ce6f7110");
        QTest::newRow("5")
            << 5 << QByteArray("ac31ba67866f89021bd2585a02d56a1345c2f8d5f3992f7ed917d166ce876792");
        QTest::newRow("6")
            << 6 << QByteArray("d603783da6571d6c3ada67b47eb4745b16b8022fac78cc21e650b2b60656b44d");
        QTest::newRow("7")
            << 7 << QByteArray("c8c33596fbfe3c8f1eefd8ce91bf53a0bf7ac7e4e998b113008fafafdd468247");
        QTest::newRow("8")
            << 8 << QByteArray("9a1c3c3f4c11977366384c34c528cd7d0230e0eb87513dd9ebd2e2c130cbe89e");
    }

    void appliedMigrationsAreFrozen()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, sha256);
        QVERIFY(version <= Migrations::latestVersion());
        const Migration &migration = Migrations::all().at(version - 1);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &statement : migration.statements) {
            hash.addData(statement.toUtf8());
            hash.addData(QByteArrayView("\n;\n"));
        }
        QCOMPARE(hash.result().toHex(), sha256);
    }

    void migratesEmptyFileToLatest()
    {
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;
        QCOMPARE(tables(db),
                 QStringList({u"audit_head"_s,
                              u"audit_log"_s,
                              u"certificates"_s,
                              u"commands"_s,
                              u"device_apps"_s,
                              u"device_certificates"_s,
                              u"device_profiles"_s,
                              u"devices"_s,
                              u"enrollment_challenges"_s,
                              u"enrollment_links"_s,
                              u"enrollments"_s,
                              u"lock_pins"_s,
                              u"profile_assignments"_s,
                              u"profile_versions"_s,
                              u"profiles"_s,
                              u"push_certificate_requests"_s,
                              u"push_certificates"_s,
                              u"schema_migrations"_s,
                              u"settings"_s,
                              u"unmatched_reports"_s}));
        Result<QSqlQuery> versions = db.exec(
            u"SELECT version FROM schema_migrations ORDER BY version"_s);
        QVERIFY_RESULT(versions);
        QList<int> applied;
        while (versions->next())
            applied.append(versions->value(0).toInt());
        QList<int> all;
        for (int version = 1; version <= Migrations::latestVersion(); ++version)
            all.append(version);
        QCOMPARE(applied, all);
    }

    void reopeningChangesNothing()
    {
        {
            auto first = Database::openWriter(path());
            QVERIFY_RESULT(first);
        }
        const QByteArray before = readFile(path());
        auto again = Database::openWriter(path());
        QVERIFY_RESULT(again);
        const Result<int> version = (*again)->schemaVersion();
        QVERIFY_RESULT(version);
        QCOMPARE(*version, Migrations::latestVersion());
        Result<QSqlQuery> count = (*again)->exec(u"SELECT COUNT(*) FROM schema_migrations"_s);
        QVERIFY_RESULT(count);
        QVERIFY(count->next());
        QCOMPARE(count->value(0).toInt(), Migrations::latestVersion());
        again->reset();
        QCOMPARE(readFile(path()), before);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 0; version < Migrations::latestVersion(); ++version)
            QTest::addRow("from %d", version) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        {
            auto old = Database::openWriter(path(), from);
            QVERIFY_RESULT(old);
            const Result<int> version = (*old)->schemaVersion();
            QVERIFY_RESULT(version);
            QCOMPARE(*version, from);
            QCOMPARE(hasTable(**old, u"unmatched_reports"_s), from >= 3);
            insertDataUpTo(**old, from);
            if (QTest::currentTestFailed())
                return;
        }
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        Database &db = **opened;
        const Result<int> version = db.schemaVersion();
        QVERIFY_RESULT(version);
        QCOMPARE(*version, Migrations::latestVersion());
        checkDataFrom(db, from);
    }

    void refusesNewerSchema()
    {
        {
            auto opened = Database::openWriter(path());
            QVERIFY_RESULT(opened);
            QVERIFY_RESULT(
                execAll(**opened,
                        {{u"INSERT INTO schema_migrations (version, description, applied_at) "
                          "VALUES (?, 'from the future', 0)"_s,
                          {Migrations::latestVersion() + 1}}}));
        }
        const QByteArray before = readFile(path());
        const Result<std::unique_ptr<Database>> writer = Database::openWriter(path());
        QVERIFY_FAILS_WITH(writer, Error::Code::Unsupported);
        QVERIFY(writer.error().message.contains(u"newer version"_s));
        QVERIFY_FAILS_WITH(Database::openReader(path()), Error::Code::Unsupported);
        QCOMPARE(readFile(path()), before);
    }

    void failedMigrationRollsBack()
    {
        auto opened = Database::openWriter(path(), 0);
        QVERIFY_RESULT(opened);
        Database &db = **opened;
        const QList<Migration> broken{
            Migrations::all().at(0),
            Migration{2,
                      u"half of it works"_s,
                      {u"CREATE TABLE half_done (x INTEGER)"_s,
                       u"INSERT INTO half_done VALUES (1)"_s,
                       u"CREATE TABLE broken ("_s}},
        };
        const Result<void> migrated = Migrations::migrate(db, broken, 2);
        QVERIFY_FAILS_WITH(migrated, Error::Code::Database);
        QVERIFY(migrated.error().detail.startsWith(u"migration 2:"_s));
        QVERIFY(!db.isInTransaction());
        const Result<int> version = db.schemaVersion();
        QVERIFY_RESULT(version);
        QCOMPARE(*version, 1);
        QVERIFY(hasTable(db, u"commands"_s));
        QVERIFY(!hasTable(db, u"half_done"_s));

        QVERIFY_RESULT(Migrations::migrate(db, Migrations::latestVersion()));
        QVERIFY(hasTable(db, u"device_apps"_s));
    }

    void refusesInconsistentHistory()
    {
        auto opened = Database::openWriter(path(), 0);
        QVERIFY_RESULT(opened);
        const QList<Migration> gap{Migration{2, u"no version 1"_s, {u"CREATE TABLE t (x)"_s}}};
        QVERIFY_FAILS_WITH(Migrations::migrate(**opened, gap, 2), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Migrations::migrate(**opened, Migrations::latestVersion() + 1),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Database::openWriter(m_dir->filePath(u"x.sqlite"_s), 99),
                           Error::Code::InvalidInput);
        const Result<int> version = (*opened)->schemaVersion();
        QVERIFY_RESULT(version);
        QCOMPARE(*version, 0);
    }

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(u"store.sqlite"_s); }

    // Rows written the way each version's code wrote them: plain SQL against that version's
    // tables, not today's repositories.
    void insertDataUpTo(Database &db, int version)
    {
        const qint64 t = s_start.toMSecsSinceEpoch();
        if (version >= 1) {
            QVERIFY_RESULT(execAll(
                db,
                {{u"INSERT INTO devices (udid, serial_number, device_name, model, platform, "
                  "is_supervised, device_information, inventory_updated_at, created_at) "
                  "VALUES ('UDID-1', 'C02XK1', 'Front desk', 'MacBookAir10,1', 'macOS', 1, ?, ?, ?)"_s,
                  {QByteArray("<plist/>"), t, t}},
                 {u"INSERT INTO enrollments (id, type, device_id, topic, push_token_hex, "
                  u"push_magic, "
                  "push_token_state, push_token_state_at, unlock_token_ref, identity_cert_sha256, "
                  "enabled, token_update_count, enrolled_at, last_seen_at, token_updated_at) "
                  "VALUES ('UDID-1', 'device', 'UDID-1', 'com.apple.mgmt.External.x', 'a1b2', "
                  "'magic-1', 'ok', ?, 'unlock-ref', ?, 1, 2, ?, ?, ?)"_s,
                  {t, QString(64, u'c'), t, t, t}},
                 {u"INSERT INTO enrollments (id, type, parent_id, device_id, user_id, "
                  "user_short_name, topic, enabled, enrolled_at) VALUES ('UDID-1:USER-1', 'user', "
                  "'UDID-1', 'UDID-1', 'USER-1', 'sam', 'com.apple.mgmt.External.x', 1, ?)"_s,
                  {t}},
                 {u"INSERT INTO commands (uuid, seq, enrollment_id, request_type, payload, state, "
                  "created_at, updated_at, next_attempt_at, attempts, not_now_count, created_by) "
                  "VALUES ('CMD-1', 1, 'UDID-1', 'DeviceInformation', ?, 6, ?, ?, ?, 1, 1, 'admin')"_s,
                  {QByteArray("<plist>cmd</plist>"), t, t, t}},
                 {u"INSERT INTO settings (key, value, updated_at) "
                  "VALUES ('server.hostname', 'mdm.example.test', ?)"_s,
                  {t}}}));
            ManualClock clock(s_start);
            AuditLog audit(db, clock);
            for (int i = 0; i < 5; ++i)
                QVERIFY_RESULT(
                    audit.append(u"admin"_s, u"test.entry"_s, u"UDID-1"_s, QString::number(i)));
        }
        if (version >= 2) {
            QVERIFY_RESULT(
                execAll(db,
                        {{u"INSERT INTO device_apps (device_udid, identifier, name, updated_at) "
                          "VALUES ('UDID-1', 'com.example.app', 'Example', ?)"_s,
                          {t}}}));
        }
        if (version >= 2 && version < 4) {
            // Version 2's push certificates: one current, one replaced.
            QVERIFY_RESULT(execAll(
                db,
                {{u"INSERT INTO push_certificates (sha256, topic, certificate, key_ref, apple_id, "
                  "notes, not_before, not_after, imported_at, replaced_at) VALUES (?, "
                  "'com.apple.mgmt.External.x', ?, 'push/x/key', 'it@example.com', 'notes', ?, ?, "
                  "?, NULL)"_s,
                  {QString(64, u'a'), QByteArray("der-a"), t, t + 1000, t}},
                 {u"INSERT INTO push_certificates (sha256, topic, certificate, key_ref, "
                  "not_before, not_after, imported_at, replaced_at) "
                  "VALUES (?, 'com.apple.mgmt.External.x', ?, 'push/old/key', ?, ?, ?, ?)"_s,
                  {QString(64, u'b'), QByteArray("der-b"), t - 2000, t - 1000, t - 2000, t}}}));
        }
    }

    // Reads what insertDataUpTo wrote, through today's code.
    void checkDataFrom(Database &db, int version)
    {
        if (version < 1)
            return;
        ManualClock clock(s_start);
        EnrollmentRepository enrollments(db, clock);
        const auto device = enrollments.find(u"UDID-1"_s);
        QVERIFY_RESULT(device);
        QVERIFY(device->has_value());
        QCOMPARE((*device)->pushMagic, u"magic-1"_s);
        QCOMPARE((*device)->unlockTokenRef, u"unlock-ref"_s);
        QCOMPARE((*device)->tokenUpdateCount, 2);
        QCOMPARE((*device)->enrolledAt, s_start);
        QVERIFY((*device)->canPush());
        const auto user = enrollments.find(u"UDID-1:USER-1"_s);
        QVERIFY_RESULT(user);
        QVERIFY(user->has_value());
        QCOMPARE((*user)->type, EnrollmentType::User);
        QCOMPARE((*user)->parentId, u"UDID-1"_s);
        QCOMPARE((*user)->userShortName, u"sam"_s);

        DeviceRepository devices(db, clock);
        const auto inventory = devices.find(u"UDID-1"_s);
        QVERIFY_RESULT(inventory);
        QVERIFY(inventory->has_value());
        QCOMPARE((*inventory)->serialNumber, u"C02XK1"_s);
        QCOMPARE((*inventory)->supervised, std::optional<bool>(true));
        QCOMPARE((*inventory)->fileVaultEnabled, std::optional<bool>());
        QCOMPARE((*inventory)->deviceInformation, QByteArray("<plist/>"));

        CommandRepository commands(db, clock);
        const auto command = commands.find(u"CMD-1"_s);
        QVERIFY_RESULT(command);
        QVERIFY(command->has_value());
        QCOMPARE((*command)->state, CommandState::NotNow);
        QCOMPARE((*command)->payload, QByteArray("<plist>cmd</plist>"));
        // The old row takes part in today's queue.
        const auto next = commands.nextDeliverable(u"UDID-1"_s, s_start);
        QVERIFY_RESULT(next);
        QVERIFY(next->has_value());
        QCOMPARE((*next)->uuid, u"CMD-1"_s);

        AuditLog audit(db, clock);
        const auto chain = audit.verify();
        QVERIFY_RESULT(chain);
        QVERIFY2(chain->isIntact(), qPrintable(chain->description));
        QCOMPARE(chain->entriesChecked, 5);

        Result<QSqlQuery> setting = db.exec(
            u"SELECT value FROM settings WHERE key = 'server.hostname'"_s);
        QVERIFY_RESULT(setting);
        QVERIFY(setting->next());
        QCOMPARE(setting->value(0).toString(), u"mdm.example.test"_s);

        if (version >= 2 && version < 4) {
            PushCertificateRepository certificates(db, clock);
            const auto current = certificates.active(u"com.apple.mgmt.External.x"_s);
            QVERIFY_RESULT(current);
            QVERIFY(current->has_value());
            QCOMPARE((*current)->id, QString(64, u'a'));
            QCOMPARE((*current)->der, QByteArray("der-a"));
            QCOMPARE((*current)->keyRef, u"push/x/key"_s);
            QCOMPARE((*current)->appleId, u"it@example.com"_s);
            QCOMPARE((*current)->createdAt, s_start);
            QCOMPARE((*current)->activatedAt, s_start);
            const auto old = certificates.find(QString(64, u'b'));
            QVERIFY_RESULT(old);
            QVERIFY(old->has_value());
            QVERIFY((*old)->isRetired());
        }
        if (version >= 2) {
            Result<QSqlQuery> app = db.exec(
                u"SELECT name FROM device_apps WHERE device_udid = 'UDID-1'"_s);
            QVERIFY_RESULT(app);
            QVERIFY(app->next());
            QCOMPARE(app->value(0).toString(), u"Example"_s);
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_Migrations.moc"
