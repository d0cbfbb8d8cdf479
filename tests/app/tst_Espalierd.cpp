// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real espalierd binary: it opens and migrates the store, serves until SIGTERM, and
// stops cleanly; a store it cannot open makes it exit with an error, not hang.
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class tst_Espalierd : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void opensTheStoreAndStopsOnSigterm()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral(ESPALIERD_PATH), {u"--data-dir"_s, dataDir.path()});
        QVERIFY(daemon.waitForStarted());

        QByteArray output;
        while (!output.contains("Engine running")) {
            QVERIFY2(daemon.waitForReadyRead(20000), output.constData());
            output += daemon.readAll();
        }
        const QString databaseFile = dataDir.filePath(u"espalier.sqlite"_s);
        QVERIFY2(QFile::exists(databaseFile), output.constData());

        ::kill(static_cast<pid_t>(daemon.processId()), SIGTERM);
        QVERIFY(daemon.waitForFinished(20000));
        output += daemon.readAll();
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 0);
        QVERIFY2(output.contains("Engine stopped"), output.constData());

        // The store it left behind is a migrated SQLite database.
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(databaseFile);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void failsClearlyWhenTheStoreCannotBeOpened()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        // Not a database: espalierd must refuse it and leave it as it was.
        const QString databaseFile = dataDir.filePath(u"espalier.sqlite"_s);
        const QByteArray notADatabase(4096, 'x');
        {
            QFile file(databaseFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(notADatabase);
        }
        QProcess daemon;
        daemon.setProcessChannelMode(QProcess::MergedChannels);
        daemon.start(QStringLiteral(ESPALIERD_PATH), {u"--data-dir"_s, dataDir.path()});
        QVERIFY(daemon.waitForFinished(20000));
        QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.exitCode(), 1);
        QVERIFY(daemon.readAll().contains("engine failed"));
        QFile file(databaseFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), notADatabase);
    }
};

QTEST_GUILESS_MAIN(tst_Espalierd)
#include "tst_Espalierd.moc"
