// SPDX-License-Identifier: GPL-3.0-or-later
// The Certificates page and the main window's expiry banner over the real engine on 127.0.0.1:
// its CA and server certificate, and a push certificate made through CertificateService with
// Apple's portal played by the test.
#include "core/certificates/CertificateService.h"
#include "core/certificates/CredentialTableModel.h"
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Pkcs12.h"
#include "core/push/PushCertificate.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/PushEngineFixture.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/certificates/CredentialExpiryDelegate.h"
#include "ui/certificates/Pkcs12ExportDialog.h"
#include "ui/certificates/PushExpiryBanner.h"
#include "ui/common/ErrorPresenter.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int PushValidDays = 40;
const QString ExportPassword = u"correct horse battery"_s;

} // namespace

class tst_CertificatesPage : public QObject
{
    Q_OBJECT

private:
    int rowOf(CredentialKind kind) const
    {
        for (int row = 0; row < m_page->model()->rowCount(); ++row) {
            if (m_page->model()->credentialAt(row).kind == kind)
                return row;
        }
        return -1;
    }

    // Selects the credential's row in the view, as the admin clicks it.
    void select(CredentialKind kind)
    {
        QTableView *table = m_page->tableView();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(CredentialTableModel::KindRole).toInt() == static_cast<int>(kind)) {
                table->selectRow(row);
                return;
            }
        }
    }

    // Export… as the admin does it: the file, then the password twice.
    QString exportIdentity(CredentialKind kind, const QString &fileName)
    {
        select(kind);
        auto *button = m_page->findChild<QPushButton *>(u"exportIdentityPushButton"_s);
        if (!button->isEnabled())
            return {};
        m_prompter.saveFileAnswer = m_engine.path(fileName);
        QSignalSpy exported(m_page.get(), &CertificatesPage::exported);
        QTest::mouseClick(button, Qt::LeftButton);
        Pkcs12ExportDialog *dialog = nullptr;
        for (Pkcs12ExportDialog *candidate : m_page->findChildren<Pkcs12ExportDialog *>()) {
            if (candidate->isVisible())
                dialog = candidate;
        }
        if (!dialog)
            return {};
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"exportPasswordLineEdit"_s),
                         ExportPassword);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"exportRepeatLineEdit"_s), u"correct"_s);
        if (ok->isEnabled()) // the two passwords differ
            return {};
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"exportRepeatLineEdit"_s),
                         u" horse battery"_s);
        if (!ok->isEnabled())
            return {};
        QTest::mouseClick(ok, Qt::LeftButton);
        if (!exported.wait(30000))
            return {};
        return exported.first().at(0).toString();
    }

    PushEngineFixture m_engine;
    std::unique_ptr<CertificateService> m_service;
    RecordingPrompter m_prompter;
    QStatusBar m_statusBar;
    std::unique_ptr<ErrorPresenter> m_errors;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CertificatesPage> m_page;
    QDateTime m_pushNotAfter;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY_RESULT(m_engine.start(u"tst_CertificatesPage"_s));
        m_service = std::make_unique<CertificateService>(m_engine.engine());
        m_errors = std::make_unique<ErrorPresenter>(m_prompter, &m_statusBar, nullptr);

        // A push certificate with 40 days to go, through the service the wizard uses.
        QFuture<Result<PushCertificateRequestRecord>> started = m_service->startRequest(
            PushCertificateRequestKind::Create);
        QVERIFY(waitFor(started));
        QVERIFY_RESULT(started.result());
        Result<CertificateRequest> csr = CertificateRequest::fromDer(started.result()->csrDer);
        QVERIFY_RESULT(csr);
        Result<QByteArray> pem = m_engine.certificateForCsr(*csr, m_engine.topic(), PushValidDays);
        QVERIFY_RESULT(pem);
        PushCertificateStore::ImportOptions options;
        options.appleId = u"mdm@example.com"_s;
        QFuture<Result<PushCertificateStore::Imported>> imported = m_service->importCertificate(
            started.result()->id, *pem, options);
        QVERIFY(waitFor(imported));
        QVERIFY_RESULT(imported.result());
        m_pushNotAfter = imported.result()->certificate.notAfter;

        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        m_page = std::make_unique<CertificatesPage>(*m_service, m_prompter, *m_errors, *m_clock);
        QSignalSpy loaded(m_page.get(), &CertificatesPage::loaded);
        m_page->resize(1100, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // The first load may already have finished while the window was being exposed.
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_service.reset();
        m_engine.stop();
        QSettings().clear();
    }

    void listsEveryCredential()
    {
        QAbstractItemModelTester tester(m_page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CredentialTableModel &model = *m_page->model();
        QCOMPARE(model.rowCount(), 3);
        const int push = rowOf(CredentialKind::PushCertificate);
        const int ca = rowOf(CredentialKind::DeviceCa);
        const int tls = rowOf(CredentialKind::ServerTls);
        QVERIFY(push >= 0 && ca >= 0 && tls >= 0);

        const auto text = [&model](int row, CredentialTableModel::Column column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(push, CredentialTableModel::KindColumn), u"Push certificate"_s);
        QCOMPARE(text(push, CredentialTableModel::TopicColumn), m_engine.topic());
        QCOMPARE(text(push, CredentialTableModel::AppleIdColumn), u"mdm@example.com"_s);
        QVERIFY(text(push, CredentialTableModel::SubjectColumn).contains(u"APSP:"_s));
        QVERIFY(text(ca, CredentialTableModel::SubjectColumn).contains(u"Espalier Device CA"_s));
        QVERIFY(!text(tls, CredentialTableModel::SubjectColumn).isEmpty());
        QVERIFY(text(ca, CredentialTableModel::TopicColumn).isEmpty());
        QCOMPARE(model.index(push, CredentialTableModel::ExpiresColumn)
                     .data(CredentialTableModel::SortRole)
                     .toDateTime(),
                 m_pushNotAfter);
        // The CA and the push identity may be exported, the server certificate not.
        QVERIFY(model.index(push, 0).data(CredentialTableModel::CanExportRole).toBool());
        QVERIFY(model.index(ca, 0).data(CredentialTableModel::CanExportRole).toBool());
        QVERIFY(!model.index(tls, 0).data(CredentialTableModel::CanExportRole).toBool());
        // A push certificate exists: the button renews it.
        QCOMPARE(m_page->findChild<QPushButton *>(u"pushCertificatePushButton"_s)->text(),
                 u"Renew Push Certificate…"_s);
    }

    void daysLeftFollowTheClock_data()
    {
        QTest::addColumn<qint64>("secondsBeforeExpiry");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        constexpr qint64 Day = 24 * 60 * 60;
        QTest::newRow("90 days") << 90 * Day + 60 << int(ExpiryState::Valid) << u"90 day(s) left"_s;
        QTest::newRow("39 days") << 39 * Day + 60 << int(ExpiryState::Soon) << u"39 day(s) left"_s;
        QTest::newRow("5 days") << 5 * Day + 60 << int(ExpiryState::Urgent) << u"5 day(s) left"_s;
        QTest::newRow("hours") << qint64(3 * 3600) << int(ExpiryState::Urgent)
                               << u"Expires today"_s;
        QTest::newRow("expired") << -3 * Day - 60 << int(ExpiryState::Expired)
                                 << u"Expired 3 day(s) ago"_s;
    }

    void daysLeftFollowTheClock()
    {
        QFETCH(qint64, secondsBeforeExpiry);
        QFETCH(int, state);
        QFETCH(QString, text);
        m_clock->setNow(m_pushNotAfter.addSecs(-secondsBeforeExpiry));
        QSignalSpy changed(m_page->model(), &QAbstractItemModel::dataChanged);
        m_page->model()->refreshExpiry();
        QCOMPARE(changed.size(), 1);
        const QModelIndex days = m_page->model()->index(rowOf(CredentialKind::PushCertificate),
                                                        CredentialTableModel::DaysLeftColumn);
        QCOMPARE(days.data(CredentialTableModel::ExpiryStateRole).toInt(), state);
        QCOMPARE(days.data().toString(), text);
        // The delegate gives every state but Valid a colour of its own.
        QCOMPARE(CredentialExpiryDelegate::color(static_cast<ExpiryState>(state)).isValid(),
                 state != int(ExpiryState::Valid));
        // The CA, valid for years, stays calm.
        const QModelIndex ca = m_page->model()->index(rowOf(CredentialKind::DeviceCa),
                                                      CredentialTableModel::DaysLeftColumn);
        QCOMPARE(ca.data(CredentialTableModel::ExpiryStateRole).toInt(), int(ExpiryState::Valid));
        m_clock->setNow(QDateTime::currentDateTimeUtc());
    }

    void exportsTheCaIntoPkcs12()
    {
        const Credential ca = m_page->model()->credentialAt(rowOf(CredentialKind::DeviceCa));
        const QString path = exportIdentity(CredentialKind::DeviceCa, u"device-ca.p12"_s);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray p12 = file.readAll();
        Result<Pkcs12::Identity> identity = Pkcs12::parse(p12, ExportPassword);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate.sha256Fingerprint(), ca.id);
        QVERIFY(identity->key.matches(identity->certificate));
        QVERIFY_FAILS_WITH(Pkcs12::parse(p12, u"correct horse"_s), Error::Code::Crypto);
        QVERIFY(m_page->findChild<QLabel *>(u"certificatesNoticeLabel"_s)
                    ->text()
                    .contains(u"device-ca.p12"_s));
    }

    void exportsThePushIdentityIntoPkcs12()
    {
        const Credential push = m_page->model()->credentialAt(
            rowOf(CredentialKind::PushCertificate));
        const QString path = exportIdentity(CredentialKind::PushCertificate, u"push.p12"_s);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray p12 = file.readAll();
        Result<Pkcs12::Identity> identity = Pkcs12::parse(p12, ExportPassword);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate.sha256Fingerprint(), push.id);
        QVERIFY(identity->key.matches(identity->certificate));
        Result<PushCertificate> certificate = PushCertificate::fromCertificate(
            identity->certificate);
        QVERIFY_RESULT(certificate);
        QCOMPARE(certificate->topic(), m_engine.topic());
        QVERIFY_FAILS_WITH(Pkcs12::parse(p12, u"wrong"_s), Error::Code::Crypto);
    }

    void serverCertificateIsNotExported()
    {
        select(CredentialKind::ServerTls);
        QVERIFY(!m_page->findChild<QPushButton *>(u"exportIdentityPushButton"_s)->isEnabled());
    }

    void bannerFromSixtyDaysBeforeExpiry()
    {
        ManualClock clock(m_pushNotAfter.addDays(-90));
        PushExpiryBanner banner(*m_service, clock);
        QSignalSpy updated(&banner, &PushExpiryBanner::updated);
        QVERIFY(updated.wait(30000));
        QCOMPARE(banner.state(), ExpiryState::Valid);
        QVERIFY(banner.isHidden());

        clock.setNow(m_pushNotAfter.addDays(-20).addSecs(-60));
        banner.updateState();
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.state(), ExpiryState::Soon);
        QVERIFY2(banner.text().contains(u"expires in 20 day(s)"_s), qPrintable(banner.text()));
        QCOMPARE(banner.property("urgent").toBool(), false);

        clock.setNow(m_pushNotAfter.addDays(-9));
        banner.updateState();
        QCOMPARE(banner.state(), ExpiryState::Urgent);
        QCOMPARE(banner.property("urgent").toBool(), true);
        QVERIFY2(banner.text().contains(u"9 day(s)"_s), qPrintable(banner.text()));

        clock.setNow(m_pushNotAfter.addDays(2));
        banner.updateState();
        QCOMPARE(banner.state(), ExpiryState::Expired);
        QCOMPARE(banner.property("urgent").toBool(), true);
        QVERIFY2(banner.text().contains(u"expired"_s), qPrintable(banner.text()));

        QSignalSpy renew(&banner, &PushExpiryBanner::renewRequested);
        QTest::mouseClick(banner.findChild<QPushButton *>(u"renewPushCertificatePushButton"_s),
                          Qt::LeftButton);
        QCOMPARE(renew.size(), 1);

        clock.setNow(m_pushNotAfter.addDays(-61));
        banner.updateState();
        QVERIFY(banner.isHidden());
    }

    void renewButtonOpensTheWizard()
    {
        PushCertificateWizard::Hooks hooks;
        hooks.openUrl = [](const QUrl &) { return true; };
        hooks.chooseOnCancel = [](QWidget *) {
            return PushCertificateWizard::CancelChoice::KeepForLater;
        };
        m_page->setWizardHooks(hooks);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"pushCertificatePushButton"_s),
                          Qt::LeftButton);
        QPointer<PushCertificateWizard> wizard = m_page->wizard();
        QVERIFY(wizard);
        QVERIFY(waitUntil([&wizard] { return wizard->isReady(); }));
        QCOMPARE(wizard->kind(), PushCertificateRequestKind::Renew);
        QCOMPARE(wizard->renewedTopic(), m_engine.topic());
        wizard->reject();
        QTRY_VERIFY(!wizard);
    }
};

QTEST_MAIN(tst_CertificatesPage)
#include "tst_CertificatesPage.moc"
