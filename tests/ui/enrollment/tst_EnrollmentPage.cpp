// SPDX-License-Identifier: GPL-3.0-or-later
// The Enrollment page on the real engine: a link made from the form shows its URL and a QR code
// of exactly that URL, copies and mails it, lists the device that enrolls through it, and is
// revoked only after the admin agrees, after which the URL enrolls nothing.
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/enrollment/EnrollmentLinkTableModel.h"
#include "core/roles/ConsoleRole.h"
#include "core/store/SecretStore.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedHttpClient.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/enrollment/EnrollmentPage.h"
#include "ui/enrollment/QrCodeImage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QUuid>
#include <QVBoxLayout>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

} // namespace

class tst_EnrollmentPage : public QObject
{
    Q_OBJECT

private:
    // Fills the form and creates the link; its URL, or an empty one.
    QUrl createFromForm(const QString &label, std::optional<int> uses)
    {
        auto *labelEdit = child<QLineEdit>(*m_page, u"linkLabelLineEdit"_s);
        labelEdit->clear();
        QTest::keyClicks(labelEdit, label);
        child<QCheckBox>(*m_page, u"linkExpiresCheckBox"_s)->setChecked(true);
        child<QCheckBox>(*m_page, u"linkUsesCheckBox"_s)->setChecked(uses.has_value());
        if (uses)
            child<QSpinBox>(*m_page, u"linkUsesSpinBox"_s)->setValue(*uses);
        QSignalSpy created(m_page, &EnrollmentPage::linkCreated);
        QTest::mouseClick(child<QPushButton>(*m_page, u"createLinkButton"_s), Qt::LeftButton);
        if (!created.wait(30000))
            return {};
        // A reload that started before the link existed may finish first: wait for one that
        // lists it.
        const QString id = created.constLast().at(0).toString();
        const auto listed = [this, &id] {
            for (int row = 0; row < m_page->model().rowCount(); ++row) {
                if (m_page->model().linkAt(row).id == id)
                    return true;
            }
            return false;
        };
        return waitUntil(listed, 30000) ? created.constLast().at(1).toUrl() : QUrl();
    }

    int download(const QUrl &url)
    {
        SimulatedHttpClient client(m_tls);
        int status = -1;
        SimulatedHttpClient::Request request;
        request.url = url;
        client.send(request, [&status](const Result<SimulatedHttpClient::Reply> &reply) {
            status = reply ? reply->status : 0;
        });
        waitUntil([&status] { return status >= 0; }, 30000);
        return status;
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConsoleRole> m_role;
    RecordingPrompter m_prompter;
    QSslConfiguration m_tls;
    std::unique_ptr<QWidget> m_window;
    ErrorPresenter *m_errors = nullptr;
    EnrollmentPage *m_page = nullptr;
    QList<QUrl> m_opened;
    bool m_openerAnswer = true;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_EnrollmentPage-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_secrets = std::make_unique<SecretStore>(config.keychainService);
        m_role = std::make_unique<ConsoleRole>(*m_secrets);

        m_window = std::make_unique<QWidget>();
        auto *statusBar = new QStatusBar(m_window.get());
        m_errors = new ErrorPresenter(m_prompter, statusBar, m_window.get(), m_window.get());
        // Built before the engine starts, as in the console: it hears the engine come up.
        m_page = new EnrollmentPage(*m_engine, *m_role, m_prompter, *m_errors, m_window.get());
        m_page->setUrlOpener([this](const QUrl &url) {
            m_opened.append(url);
            return m_openerAnswer;
        });
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_page);
        layout->addWidget(statusBar);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_engine)
            m_engine->stop();
    }

    void fitsASmallWindow()
    {
        // The main window is 700 pixels wide at its smallest, with a sidebar of up to 260.
        const QSize minimum = m_page->minimumSizeHint();
        QVERIFY2(minimum.width() <= 430, qPrintable(QString::number(minimum.width())));
    }

    void startsEmpty()
    {
        QCOMPARE(m_page->model().rowCount(), 0);
        auto *empty = m_page->findChild<QWidget *>(u"enrollmentEmptyStateWidget"_s);
        QVERIFY(empty && empty->isVisible());
        QVERIFY(!child<QPushButton>(*m_page, u"revokeLinkButton"_s)->isEnabled());
    }

    void qrCodeEncodesTheUrl()
    {
        const QString url = u"https://mdm.example.com:8443/enroll/"_s + QString(43, u'x');
        Result<QrCodeImage::Matrix> matrix = QrCodeImage::encode(url);
        QVERIFY_RESULT(matrix);
        QVERIFY(matrix->version >= 1 && matrix->version <= 40);
        QCOMPARE(matrix->width, 17 + 4 * matrix->version);
        QCOMPARE(matrix->dark.size(), qsizetype(matrix->width) * matrix->width);
        // The three finder patterns: dark corners, each with a light ring inside and around.
        for (const auto &[x, y] :
             {std::pair{0, 0}, std::pair{matrix->width - 7, 0}, std::pair{0, matrix->width - 7}}) {
            QVERIFY(matrix->isDark(x, y));
            QVERIFY(matrix->isDark(x + 3, y + 3));
            QVERIFY(!matrix->isDark(x + 1, y + 1));
        }
        QVERIFY(!matrix->isDark(7, 7));
        // The same text gives the same code; another text another one.
        Result<QrCodeImage::Matrix> again = QrCodeImage::encode(url);
        QVERIFY_RESULT(again);
        QCOMPARE(again->dark, matrix->dark);
        Result<QrCodeImage::Matrix> other = QrCodeImage::encode(url + u'y');
        QVERIFY_RESULT(other);
        QVERIFY(other->dark != matrix->dark);

        const QImage image = QrCodeImage::render(*matrix, 5);
        const int side = (matrix->width + 2 * QrCodeImage::QuietZone) * 5;
        QCOMPARE(image.size(), QSize(side, side));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // quiet zone
        QCOMPARE(image.pixelColor(QrCodeImage::QuietZone * 5 + 2, QrCodeImage::QuietZone * 5 + 2),
                 QColor(Qt::black)); // the first module

        QVERIFY(!QrCodeImage::encode(QString()));
        QVERIFY(!QrCodeImage::encode(QString(3000, u'a')));
    }

    void createdLinkShowsItsUrlAndQrCode()
    {
        const QUrl url = createFromForm(u"Kim Novak"_s, 2);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), u"https"_s);
        QVERIFY(url.path().startsWith(u"/enroll/"_s));
        QCOMPARE(m_page->model().rowCount(), 1);
        const int row = 0;
        QCOMPARE(
            m_page->model().index(row, EnrollmentLinkTableModel::LabelColumn).data().toString(),
            u"Kim Novak"_s);
        QCOMPARE(
            m_page->model().index(row, EnrollmentLinkTableModel::StateColumn).data().toString(),
            u"Active"_s);
        QCOMPARE(m_page->model().index(row, EnrollmentLinkTableModel::UsesColumn).data().toString(),
                 u"0 of 2"_s);
        QVERIFY(m_page->model().linkAt(row).expiresAt.isValid());
        QCOMPARE(m_page->currentLinkId(), m_page->model().linkAt(row).id);

        auto *urlEdit = child<QLineEdit>(*m_page, u"linkUrlLineEdit"_s);
        QVERIFY(urlEdit->isVisible());
        QCOMPARE(urlEdit->text(), url.toString());
        // The code shown is the code of exactly that URL, at the page's module size.
        Result<QrCodeImage::Matrix> matrix = QrCodeImage::encode(url.toString(QUrl::FullyEncoded));
        QVERIFY_RESULT(matrix);
        const QImage expected = QrCodeImage::render(*matrix, EnrollmentPage::QrModuleSize);
        QCOMPARE(m_page->qrCodeImage(), expected);
        auto *qr = child<QLabel>(*m_page, u"linkQrCodeLabel"_s);
        QVERIFY(qr->isVisible());
        QCOMPARE(qr->pixmap().size(), expected.size());
        QCOMPARE(expected.width(),
                 (matrix->width + 2 * QrCodeImage::QuietZone) * EnrollmentPage::QrModuleSize);
        QVERIFY(child<QLineEdit>(*m_page, u"linkLabelLineEdit"_s)->text().isEmpty());
        auto *empty = m_page->findChild<QWidget *>(u"enrollmentEmptyStateWidget"_s);
        QVERIFY(!empty->isVisible());
    }

    void copyAndSend()
    {
        const QUrl url = m_page->urlOf(m_page->currentLinkId());
        QVERIFY(url.isValid());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(*m_page, u"copyLinkButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));

        m_opened.clear();
        QTest::mouseClick(child<QPushButton>(*m_page, u"sendLinkButton"_s), Qt::LeftButton);
        QCOMPARE(m_opened.size(), 1);
        const QUrl mail = m_opened.first();
        QCOMPARE(mail.scheme(), u"mailto"_s);
        const QUrlQuery query(mail);
        QVERIFY(query.queryItemValue(u"body"_s, QUrl::FullyDecoded)
                    .contains(url.toString(QUrl::FullyEncoded)));
        QVERIFY(!query.queryItemValue(u"subject"_s, QUrl::FullyDecoded).isEmpty());
        QVERIFY(m_prompter.errors.isEmpty());

        // No mail program: the admin is told what to do instead.
        m_openerAnswer = false;
        QTest::mouseClick(child<QPushButton>(*m_page, u"sendLinkButton"_s), Qt::LeftButton);
        m_openerAnswer = true;
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY(m_prompter.errors.first().text.contains(u"Copy the URL"_s));
        m_prompter.errors.clear();
    }

    void enrolledDeviceIsListedUnderItsLink()
    {
        const QString id = m_page->currentLinkId();
        const QUrl url = m_page->urlOf(id);
        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(1);
        QVERIFY_RESULT(keys);
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(SimulatedHardware::Kind::IPhone);
        options.tls = m_tls;
        options.keyPool = *keys;
        options.userChannel = false;
        DeviceSimulator phone(options);
        QSignalSpy devices(m_page, &EnrollmentPage::devicesLoaded);
        QFuture<Result<void>> enrolled = phone.enroll(url);
        QVERIFY(waitFor(enrolled));
        QVERIFY_RESULT(enrolled.result());
        // The engine's enrollmentsChanged makes the page read the link and its devices again.
        auto *tree = child<QTreeWidget>(*m_page, u"linkDevicesTreeWidget"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 30000);
        QCOMPARE(tree->topLevelItem(0)->data(0, Qt::UserRole).toString(), phone.udid());
        QCOMPARE(m_page->currentLinkId(), id);
        QTRY_COMPARE(m_page->model()
                         .index(m_page->model().rowOf(id), EnrollmentLinkTableModel::UsesColumn)
                         .data()
                         .toString(),
                     u"1 of 2"_s);
    }

    void revokeAsksFirstThenStopsTheUrl()
    {
        const QString id = m_page->currentLinkId();
        const QUrl url = m_page->urlOf(id);
        auto *revoke = child<QPushButton>(*m_page, u"revokeLinkButton"_s);
        QVERIFY(revoke->isEnabled());

        m_prompter.confirmAnswer = false;
        QTest::mouseClick(revoke, Qt::LeftButton);
        QCOMPARE(m_prompter.confirmations, 1);
        QVERIFY(m_prompter.confirmationTexts.first().contains(u"Kim Novak"_s));
        QCOMPARE(m_page->model().stateAt(m_page->model().rowOf(id)), EnrollmentLinkState::Active);
        QCOMPARE(download(url), 200);

        m_prompter.confirmAnswer = true;
        QSignalSpy revoked(m_page, &EnrollmentPage::linkRevoked);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(revoked.wait(30000));
        QCOMPARE(m_page->model().stateAt(m_page->model().rowOf(id)), EnrollmentLinkState::Revoked);
        QCOMPARE(m_page->model()
                     .index(m_page->model().rowOf(id), EnrollmentLinkTableModel::StateColumn)
                     .data()
                     .toString(),
                 u"Revoked"_s);
        QVERIFY(!revoke->isEnabled());
        QVERIFY(m_page->qrCodeImage().isNull());
        QVERIFY(!child<QPushButton>(*m_page, u"copyLinkButton"_s)->isEnabled());
        QCOMPARE(download(url), 410);
    }

    void newShortcutFocusesTheForm()
    {
        auto *view = child<QTableView>(*m_page, u"enrollmentLinksTableView"_s);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(child<QLineEdit>(*m_page, u"linkLabelLineEdit"_s)->hasFocus());
    }
};

QTEST_MAIN(tst_EnrollmentPage)
#include "tst_EnrollmentPage.moc"
