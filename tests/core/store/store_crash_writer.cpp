// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_Database: writes numbered batches into a store until it is killed. Each batch
// is one transaction of commands and audit entries plus the batch counter; after each COMMIT
// the batch number goes to stdout, so the parent knows what was committed.
// Usage: store_crash_writer <database file> <rows per batch> [maximum batches]
#include "core/common/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/TestSecretBox.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

int failWith(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool rowsOk = false;
    const int rows = args.value(2).toInt(&rowsOk);
    bool maximumOk = false;
    qint64 maximum = args.value(3).toLongLong(&maximumOk);
    if (args.size() < 3 || !rowsOk || rows <= 0) {
        std::fprintf(stderr, "usage: store_crash_writer <database> <rows per batch> [maximum]\n");
        return 1;
    }
    if (!maximumOk)
        maximum = 100000; // a writer the parent forgot about still ends

    const SystemClock clock;
    Result<std::unique_ptr<Database>> opened = Database::openWriter(args.at(1));
    if (!opened)
        return failWith(opened.error());
    Database &database = **opened;
    EnrollmentRepository enrollments(database, clock, &Testing::testTokenBox());
    CommandRepository commands(database, clock);
    AuditLog audit(database, clock);

    Enrollment device;
    device.id = u"CRASH-DEVICE"_s;
    device.topic = u"com.apple.mgmt.External.crash"_s;
    device.pushTokenHex = u"00ff"_s;
    device.pushMagic = u"magic"_s;
    if (Result<Enrollment> enrolled = enrollments.recordTokenUpdate(device); !enrolled)
        return failWith(enrolled.error());

    qint64 first = 1;
    {
        Result<QSqlQuery> last = database.exec(
            u"SELECT value FROM settings WHERE key = 'crash.last_batch'"_s);
        if (!last)
            return failWith(last.error());
        if (last->next())
            first = last->value(0).toLongLong() + 1;
    }

    for (qint64 batch = first; batch < first + maximum; ++batch) {
        const QString label = u"batch:%1"_s.arg(batch);
        Result<void> written = database.transaction([&]() -> Result<void> {
            for (int row = 0; row < rows; ++row) {
                Command command;
                command.uuid = u"%1-%2"_s.arg(batch).arg(row);
                command.enrollmentId = device.id;
                command.requestType = u"DeviceInformation"_s;
                command.payload = QByteArray(512, 'p');
                command.createdBy = label;
                if (Result<Command> queued = commands.insert(command); !queued)
                    return fail(queued.error());
                if (Result<AuditEntry> logged = audit.append(
                        u"crash-writer"_s, u"command.queued"_s, label, command.uuid);
                    !logged)
                    return fail(logged.error());
            }
            return database
                .exec(u"INSERT INTO settings (key, value, updated_at) VALUES ('crash.last_batch', "
                      u"?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                      "updated_at = excluded.updated_at"_s,
                      {QString::number(batch), clock.now().toMSecsSinceEpoch()})
                .map([](const QSqlQuery &) {});
        });
        if (!written)
            return failWith(written.error());
        std::printf("%lld\n", static_cast<long long>(batch));
        std::fflush(stdout);
    }
    return 0;
}
