// SPDX-License-Identifier: GPL-3.0-or-later
// The device detail and the action dialogs over a real store, without an engine: the tabs show
// what the store holds, Clear Passcode is disabled with its reason when no unlock token was
// escrowed, raw requests are one click away, and an action the engine can't take is reported
// per device instead of vanishing.
#include "core/common/AppIdentity.h"
#include "core/devices/DeviceActions.h"
#include "tests/core/devices/DeviceStoreFixture.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/devices/DeviceActionController.h"
#include "ui/devices/DeviceActionResultDialog.h"
#include "ui/devices/DeviceDetailWidget.h"
#include "ui/devices/DeviceLockDialog.h"
#include "ui/devices/DeviceLostModeDialog.h"
#include "ui/devices/DeviceWipeDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *child(const QObject &parent, const QString &objectName)
{
    auto *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

} // namespace

class tst_DeviceDetailWidget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DeviceStoreFixture> m_store;
    QString m_lockUuid;
    RecordingPrompter m_prompter;
    QWidget m_window;
    ErrorPresenter *m_errors = nullptr;
    DeviceActions *m_actions = nullptr;
    DeviceActionController *m_controller = nullptr;

    std::unique_ptr<DeviceDetailWidget> open(const QString &udid)
    {
        auto widget = std::make_unique<DeviceDetailWidget>(
            *m_actions, *m_controller, *m_errors, udid, &m_window);
        return widget;
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"espalier.sqlite"_s);
        m_store = std::make_unique<DeviceStoreFixture>(path);
        QVERIFY(m_store->isValid());
        DeviceStoreFixture::DeviceSpec phone;
        phone.udid = u"PHONE-NO-TOKEN"_s;
        phone.name = u"Loaner iPhone"_s;
        phone.serial = u"F2LPHONE"_s;
        phone.unlockToken = false;
        QVERIFY_RESULT(m_store->addDevice(phone));
        DeviceStoreFixture::DeviceSpec withToken = phone;
        withToken.udid = u"PHONE-TOKEN"_s;
        withToken.name = u"Sales iPhone"_s;
        withToken.unlockToken = true;
        QVERIFY_RESULT(m_store->addDevice(withToken));
        DeviceStoreFixture::DeviceSpec curly = phone;
        curly.udid = u"PHONE-CURLY"_s;
        curly.name = u"Jo\u2019s iPhone"_s;
        QVERIFY_RESULT(m_store->addDevice(curly));
        Result<QString> lock = m_store->enqueue(
            u"PHONE-NO-TOKEN"_s,
            MdmCommand{u"DeviceLock"_s, {{u"Message"_s, u"Return me"_s}}},
            u"ann"_s);
        QVERIFY_RESULT(lock);
        m_lockUuid = *lock;

        m_errors = new ErrorPresenter(m_prompter, nullptr, &m_window, &m_window);
        m_actions = new DeviceActions(nullptr, path, u"ann"_s, &m_window);
        m_controller = new DeviceActionController(*m_actions, m_prompter, *m_errors, &m_window);
        m_window.resize(900, 600);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void clearPasscodeWaitsForAnUnlockToken()
    {
        auto widget = open(u"PHONE-NO-TOKEN"_s);
        QSignalSpy loaded(widget.get(), &DeviceDetailWidget::loaded);
        QTRY_COMPARE(loaded.size(), 1);
        auto *clear = child<QPushButton>(*widget, u"clearPasscodeButton"_s);
        QVERIFY(!clear->isEnabled());
        QVERIFY2(clear->toolTip().contains(u"unlock token"_s), qPrintable(clear->toolTip()));
        // The other actions stay available.
        QVERIFY(child<QPushButton>(*widget, u"lockButton"_s)->isEnabled());
        QVERIFY(child<QToolButton>(*widget, u"lostModeButton"_s)->isEnabled());

        auto token = open(u"PHONE-TOKEN"_s);
        QSignalSpy tokenLoaded(token.get(), &DeviceDetailWidget::loaded);
        QTRY_COMPARE(tokenLoaded.size(), 1);
        QVERIFY(child<QPushButton>(*token, u"clearPasscodeButton"_s)->isEnabled());
    }

    void showsTheStoreAndTheRawRequest()
    {
        auto widget = open(u"PHONE-NO-TOKEN"_s);
        QSignalSpy loaded(widget.get(), &DeviceDetailWidget::loaded);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(child<QLabel>(*widget, u"deviceNameLabel"_s)->text(), u"Loaner iPhone"_s);
        QVERIFY(child<QLabel>(*widget, u"deviceStatusLabel"_s)->text().contains(u"Lock pending"_s));
        auto *tabs = child<QTabWidget>(*widget, u"detailTabWidget"_s);
        QCOMPARE(tabs->count(), 7);
        widget->showTab(DeviceDetailWidget::Tab::Commands);
        auto *commands = child<QTableView>(*widget, u"commandsTableView"_s);
        QCOMPARE(commands->model()->rowCount(), 1);
        commands->setCurrentIndex(commands->model()->index(0, 0));
        auto *request = child<QPlainTextEdit>(*widget, u"commandRequestTextEdit"_s);
        QVERIFY(request->toPlainText().contains(u"<string>Return me</string>"_s));
        QVERIFY(request->toPlainText().contains(m_lockUuid));
        QVERIFY(child<QPushButton>(*widget, u"cancelCommandButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(*widget, u"retryCommandButton"_s)->isEnabled());
    }

    void anEngineThatIsNotThereIsReportedPerDevice()
    {
        auto widget = open(u"PHONE-TOKEN"_s);
        QSignalSpy loaded(widget.get(), &DeviceDetailWidget::loaded);
        QTRY_COMPARE(loaded.size(), 1);
        QSignalSpy submitted(m_controller, &DeviceActionController::submitted);
        QTest::mouseClick(child<QPushButton>(*widget, u"lockButton"_s), Qt::LeftButton);
        DeviceLockDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<DeviceLockDialog *>(m_controller->openDialog())));
        QVERIFY(!child<QLabel>(*dialog, u"lockPinNoteLabel"_s)->isVisibleTo(dialog));
        QTest::mouseClick(child<QPushButton>(*dialog, u"lockButton"_s), Qt::LeftButton);
        QTRY_COMPARE(submitted.size(), 1);
        auto *results = m_window.findChild<DeviceActionResultDialog *>();
        QVERIFY(results);
        auto *table = child<QTableWidget>(*results, u"actionResultTableWidget"_s);
        QVERIFY(table->item(0, DeviceActionResultDialog::ResultColumn)
                    ->text()
                    .contains(u"engine is not running"_s));
        results->close();
    }

    void wipeTakesTheNameWithAPlainApostrophe()
    {
        QTRY_VERIFY(!m_controller->isBusy());
        m_controller->run(DeviceAction::Wipe, {u"PHONE-CURLY"_s});
        DeviceWipeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<DeviceWipeDialog *>(m_controller->openDialog())));
        auto *wipe = child<QPushButton>(*dialog, u"wipeButton"_s);
        auto *confirm = child<QLineEdit>(*dialog, u"wipeConfirmLineEdit"_s);
        QVERIFY(!wipe->isEnabled());
        // What a keyboard types for the name iOS gave the phone.
        QTest::keyClicks(confirm, u"Jo's iPhone"_s);
        QVERIFY(wipe->isEnabled());
        confirm->setText(u"jo's iphone"_s);
        QVERIFY(!wipe->isEnabled());
        confirm->setText(u"Jo's iPhone "_s);
        QVERIFY(!wipe->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!m_controller->isBusy());
    }

    void lostModeNeedsAMessageOrANumber()
    {
        auto widget = open(u"PHONE-TOKEN"_s);
        QSignalSpy loaded(widget.get(), &DeviceDetailWidget::loaded);
        QTRY_COMPARE(loaded.size(), 1);
        QTRY_VERIFY(!m_controller->isBusy());
        m_controller->run(DeviceAction::EnableLostMode, {u"PHONE-TOKEN"_s});
        DeviceLostModeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<DeviceLostModeDialog *>(m_controller->openDialog())));
        auto *enable = child<QPushButton>(*dialog, u"enableLostModeButton"_s);
        QVERIFY(!enable->isEnabled());
        QTest::keyClicks(child<QLineEdit>(*dialog, u"lostModePhoneLineEdit"_s), u"+1 555"_s);
        QVERIFY(enable->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!m_controller->isBusy());
    }
};

QTEST_MAIN(tst_DeviceDetailWidget)
#include "tst_DeviceDetailWidget.moc"
