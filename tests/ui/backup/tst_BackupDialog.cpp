// SPDX-License-Identifier: GPL-3.0-or-later
// The backup and restore dialogs on a real engine: the passphrase is asked twice with a strength
// hint, the backup runs with progress while the engine keeps running, and a restore asks first,
// refuses a wrong passphrase or a changed file with a clear message and changes nothing, and
// brings a good backup back.
#include "core/backup/BackupFile.h"
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/store/SecretStore.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/RestoreDialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QString s_passphrase = u"seven tall ferns by the quiet river"_s;

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

void type(const QWidget &dialog, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_BackupDialog : public QObject
{
    Q_OBJECT

private:
    QString backupPath() const { return m_dir.filePath(u"state.espalier-backup"_s); }

    Result<QByteArray> dataKey()
    {
        QFuture<Result<QByteArray>> read = m_secrets->read(u"engine/data-key"_s);
        if (!waitFor(read, 30000))
            return fail(Error::Code::Keychain, u"test: the keychain did not answer"_s);
        return read.result();
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SecretStore> m_secrets;
    RecordingPrompter m_prompter;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"data/espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_BackupDialog-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_secrets = std::make_unique<SecretStore>(config.keychainService);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);
    }

    void cleanupTestCase()
    {
        if (m_engine)
            m_engine->stop();
        QSettings().clear();
    }

    void strengthHint_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<BackupDialog::Strength>("strength");
        QTest::newRow("short") << u"abc123"_s << BackupDialog::Strength::TooShort;
        QTest::newRow("one word") << u"password"_s << BackupDialog::Strength::Weak;
        QTest::newRow("repeated") << u"aaaaaaaaaaaaaaaaaaaa"_s << BackupDialog::Strength::Weak;
        QTest::newRow("mixed") << u"Tr0ub4dor&3"_s << BackupDialog::Strength::Fair;
        QTest::newRow("words") << s_passphrase << BackupDialog::Strength::Strong;
    }

    void strengthHint()
    {
        QFETCH(QString, passphrase);
        QFETCH(BackupDialog::Strength, strength);
        QCOMPARE(BackupDialog::strength(passphrase), strength);

        BackupDialog dialog(*m_engine, m_prompter);
        type(dialog, u"backupPassphraseLineEdit"_s, passphrase);
        QCOMPARE(child<QLabel>(dialog, u"passphraseStrengthLabel"_s)->text(),
                 BackupDialog::strengthText(strength));
    }

    void backUpNeedsTheSamePassphraseTwice()
    {
        BackupDialog dialog(*m_engine, m_prompter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = child<QPushButton>(dialog, u"backupButton"_s);
        type(dialog, u"backupPathLineEdit"_s, backupPath());
        QVERIFY(!button->isEnabled());
        type(dialog, u"backupPassphraseLineEdit"_s, s_passphrase);
        type(dialog, u"backupRepeatLineEdit"_s, s_passphrase + u'x');
        QVERIFY(!button->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"passphraseStrengthLabel"_s)->text().contains(u"differ"_s));
        type(dialog, u"backupRepeatLineEdit"_s, s_passphrase);
        QVERIFY(button->isEnabled());
        type(dialog, u"backupPassphraseLineEdit"_s, u"short"_s);
        type(dialog, u"backupRepeatLineEdit"_s, u"short"_s);
        QVERIFY(!button->isEnabled());
    }

    void backUpRunsWithProgress()
    {
        BackupDialog dialog(*m_engine, m_prompter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, u"backupPathLineEdit"_s, backupPath());
        type(dialog, u"backupPassphraseLineEdit"_s, s_passphrase);
        type(dialog, u"backupRepeatLineEdit"_s, s_passphrase);
        QSignalSpy written(&dialog, &BackupDialog::backupWritten);
        QSignalSpy progress(child<QProgressBar>(dialog, u"backupProgressBar"_s),
                            &QProgressBar::valueChanged);
        QTest::mouseClick(child<QPushButton>(dialog, u"backupButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        // Closing while it runs would hide how it went: refused.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(written.wait(60000));
        QVERIFY(!dialog.isRunning());
        QCOMPARE(child<QProgressBar>(dialog, u"backupProgressBar"_s)->value(), 100);
        QVERIFY(progress.size() >= 2);
        QVERIFY(m_prompter.errors.isEmpty());
        QVERIFY(child<QLabel>(dialog, u"backupStatusLabel"_s)->text().contains(u"Saved"_s));
        QCOMPARE(m_engine->state(), Engine::State::Running);

        QFile file(backupPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<BackupContents> contents = BackupFile::open(file.readAll(), s_passphrase);
        QVERIFY_RESULT(contents);
        QVERIFY(!contents->database.isEmpty());
        Result<QByteArray> key = dataKey();
        QVERIFY_RESULT(key);
        bool hasDataKey = false;
        for (const BackupSecret &secret : std::as_const(contents->secrets))
            hasDataKey = hasDataKey
                         || (secret.name == u"engine/data-key"_s && secret.value == *key);
        QVERIFY(hasDataKey);
        // The passphrase is not kept in the dialog once it is done.
        QVERIFY(child<QLineEdit>(dialog, u"backupPassphraseLineEdit"_s)->text().isEmpty());
    }

    void restoreAsksFirst()
    {
        RestoreDialog dialog(*m_engine, m_prompter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(dialog, u"restoreWarningLabel"_s)->text().contains(u"replaces"_s));
        auto *button = child<QPushButton>(dialog, u"restoreButton"_s);
        QVERIFY(!button->isEnabled());
        type(dialog, u"restorePathLineEdit"_s, backupPath());
        type(dialog, u"restorePassphraseLineEdit"_s, s_passphrase);
        QVERIFY(button->isEnabled());
        QSignalSpy states(m_engine.get(), &Engine::stateChanged);
        m_prompter.confirmations = 0;
        m_prompter.confirmAnswer = false;
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_prompter.confirmations, 1);
        QVERIFY(!dialog.isRunning());
        QTest::qWait(0);
        QVERIFY(states.isEmpty());
    }

    void badRestoreIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("damage");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong passphrase")
            << u"seven tall ferns by the quiet sea"_s << false << u"passphrase is wrong"_s;
        QTest::newRow("changed byte") << s_passphrase << true << u"changed or damaged"_s;
    }

    void badRestoreIsRefusedAndChangesNothing()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, damage);
        QFETCH(QString, message);
        QString path = backupPath();
        if (damage) {
            QFile original(backupPath());
            QVERIFY(original.open(QIODevice::ReadOnly));
            QByteArray bytes = original.readAll();
            bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
            path = m_dir.filePath(u"damaged.espalier-backup"_s);
            QFile damaged(path);
            QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
            damaged.write(bytes);
        }
        Result<QByteArray> keyBefore = dataKey();
        QVERIFY_RESULT(keyBefore);
        RestoreDialog dialog(*m_engine, m_prompter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, u"restorePathLineEdit"_s, path);
        type(dialog, u"restorePassphraseLineEdit"_s, passphrase);
        m_prompter.confirmAnswer = true;
        m_prompter.errors.clear();
        QSignalSpy failed(&dialog, &RestoreDialog::restoreFailed);
        QSignalSpy states(m_engine.get(), &Engine::stateChanged);
        QTest::mouseClick(child<QPushButton>(dialog, u"restoreButton"_s), Qt::LeftButton);
        QVERIFY(failed.wait(60000));
        QCOMPARE(m_prompter.errors.size(), 1);
        QCOMPARE(m_prompter.errors.first().title, u"Cannot Restore"_s);
        QVERIFY2(m_prompter.errors.first().text.contains(message),
                 qPrintable(m_prompter.errors.first().text));
        QVERIFY(child<QLabel>(dialog, u"restoreStatusLabel"_s)->text().contains(u"Nothing"_s));
        QVERIFY(states.isEmpty());
        QCOMPARE(m_engine->state(), Engine::State::Running);
        Result<QByteArray> keyAfter = dataKey();
        QVERIFY_RESULT(keyAfter);
        QCOMPARE(*keyAfter, *keyBefore);
    }

    void goodRestoreBringsTheStateBack()
    {
        RestoreDialog dialog(*m_engine, m_prompter);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, u"restorePathLineEdit"_s, backupPath());
        type(dialog, u"restorePassphraseLineEdit"_s, s_passphrase);
        m_prompter.confirmAnswer = true;
        m_prompter.errors.clear();
        QSignalSpy restored(&dialog, &RestoreDialog::restored);
        QTest::mouseClick(child<QPushButton>(dialog, u"restoreButton"_s), Qt::LeftButton);
        QVERIFY(restored.wait(60000));
        QVERIFY(m_prompter.errors.isEmpty());
        QCOMPARE(child<QProgressBar>(dialog, u"restoreProgressBar"_s)->value(), 100);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Running, 30000);
    }
};

QTEST_MAIN(tst_BackupDialog)
#include "tst_BackupDialog.moc"
