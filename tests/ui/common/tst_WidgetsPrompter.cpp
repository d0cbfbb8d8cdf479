// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/WidgetsPrompter.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_WidgetsPrompter : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void showErrorDoesNotBlock()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WidgetsPrompter prompter;

        // Returning at all shows that no modal loop ran.
        prompter.showError(&window, u"Cannot Save"_s, u"The disk is full."_s, u"ENOSPC"_s);

        QPointer<QMessageBox> box = window.findChild<QMessageBox *>(u"errorMessageBox"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->windowTitle(), u"Cannot Save"_s);
        QCOMPARE(box->text(), u"The disk is full."_s);
        QCOMPARE(box->detailedText(), u"ENOSPC"_s);
        QCOMPARE(box->icon(), QMessageBox::Critical);

        box->button(QMessageBox::Close)->click();
        QTRY_VERIFY(box.isNull());
    }

    void showErrorWithoutDetailHasNoDetailsButton()
    {
        QWidget window;
        WidgetsPrompter prompter;
        prompter.showError(&window, u"Cannot Save"_s, u"The disk is full."_s, {});
        auto *box = window.findChild<QMessageBox *>(u"errorMessageBox"_s);
        QVERIFY(box);
        QVERIFY(box->detailedText().isEmpty());
        box->close();
    }

    void confirmAnswersWhatWasClicked_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::newRow("accept") << true;
        QTest::newRow("cancel") << false;
    }

    void confirmAnswersWhatWasClicked()
    {
        QFETCH(bool, accept);
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WidgetsPrompter prompter;

        // confirm() waits in its own loop; answer from inside it, as the admin would.
        QString acceptText;
        bool cancelIsDefault = false;
        QTimer::singleShot(0, &window, [&] {
            auto *box = window.findChild<QMessageBox *>(u"confirmMessageBox"_s);
            auto *acceptButton = box ? box->findChild<QPushButton *>(u"confirmAcceptPushButton"_s)
                                     : nullptr;
            if (!acceptButton) {
                // Not the box we expect: end the modal loop anyway so the test fails, not hangs.
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
                return;
            }
            acceptText = acceptButton->text();
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            if (accept)
                acceptButton->click();
            else
                box->button(QMessageBox::Cancel)->click();
        });
        const bool answer = prompter.confirm(
            &window, u"Erase iPad?"_s, u"All content on the iPad will be erased."_s, u"Erase"_s);

        QCOMPARE(answer, accept);
        QCOMPARE(acceptText, u"Erase"_s);
        QVERIFY(cancelIsDefault);
    }
};

QTEST_MAIN(tst_WidgetsPrompter)
#include "tst_WidgetsPrompter.moc"
