// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/common/ErrorPresenter.h"

#include <QStatusBar>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_ErrorPresenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_prompter = std::make_unique<RecordingPrompter>();
        m_window = std::make_unique<QWidget>();
        m_statusBar = new QStatusBar(m_window.get());
        m_presenter = std::make_unique<ErrorPresenter>(*m_prompter, m_statusBar, m_window.get());
    }

    void cleanup()
    {
        m_presenter.reset();
        m_window.reset();
        m_prompter.reset();
    }

    void blockingErrorGoesToThePrompter()
    {
        const Error error{Error::Code::Tls,
                          u"The push certificate has expired."_s,
                          u"X509_V_ERR_CERT_HAS_EXPIRED"_s};
        m_presenter->showBlocking(u"Cannot Send Push Notifications"_s, error);

        QCOMPARE(m_prompter->errors.size(), 1);
        const RecordingPrompter::ShownError &shown = m_prompter->errors.first();
        QCOMPARE(shown.parent, m_window.get());
        QCOMPARE(shown.title, u"Cannot Send Push Notifications"_s);
        QCOMPARE(shown.text, error.message);
        QCOMPARE(shown.detail, error.detail);
        QVERIFY(m_statusBar->currentMessage().isEmpty());
        QCOMPARE(m_prompter->confirmations, 0);
    }

    void passingErrorGoesToTheStatusBar()
    {
        const Error error{Error::Code::Network, u"The device did not answer."_s, u"timeout"_s};
        m_presenter->showPassing(error);

        QCOMPARE(m_statusBar->currentMessage(), error.message);
        QVERIFY(m_prompter->errors.isEmpty());
    }

    void cancelledIsNotAnError_data()
    {
        QTest::addColumn<bool>("blocking");
        QTest::newRow("passing") << false;
        QTest::newRow("blocking") << true;
    }

    void cancelledIsNotAnError()
    {
        QFETCH(bool, blocking);
        const Error error{Error::Code::Cancelled, u"Cancelled."_s, {}};
        if (blocking)
            m_presenter->showBlocking(u"Import"_s, error);
        else
            m_presenter->showPassing(error);

        QVERIFY(m_prompter->errors.isEmpty());
        QVERIFY(m_statusBar->currentMessage().isEmpty());
    }

    void emptyMessageStillSaysSomething()
    {
        const Error error{Error::Code::Database, {}, u"SQLITE_CORRUPT"_s};
        m_presenter->showBlocking(u"Cannot Open the Database"_s, error);
        m_presenter->showPassing(error);

        QCOMPARE(m_prompter->errors.size(), 1);
        QVERIFY(!m_prompter->errors.first().text.isEmpty());
        QCOMPARE(m_prompter->errors.first().detail, error.detail);
        QCOMPARE(m_statusBar->currentMessage(), m_prompter->errors.first().text);
    }

    void goneWidgetsAreNotUsed()
    {
        // The window is torn down first at shutdown; a late error must not touch it.
        m_window.reset();
        const Error error{Error::Code::Io, u"The file could not be written."_s, {}};
        m_presenter->showPassing(error);
        m_presenter->showBlocking(u"Cannot Save"_s, error);

        QVERIFY(m_prompter->errors.isEmpty());
    }

private:
    std::unique_ptr<RecordingPrompter> m_prompter;
    std::unique_ptr<QWidget> m_window;
    QStatusBar *m_statusBar = nullptr; // owned by m_window
    std::unique_ptr<ErrorPresenter> m_presenter;
};

QTEST_MAIN(tst_ErrorPresenter)
#include "tst_ErrorPresenter.moc"
