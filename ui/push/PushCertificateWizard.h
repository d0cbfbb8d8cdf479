// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/push/PushCertificateStore.h"
#include "core/store/PushCertificateRecord.h"
#include "core/store/PushCertificateRequestRecord.h"

#include <QUrl>
#include <QWizard>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace Espalier {

class CertificateService;
class Prompter;
class PushWizardPage;

// The APNs push certificate wizard, for the first certificate and for the yearly renewal: the
// key and request, vendor signing (the admin's own vendor .p12, or a CSR-signing service),
// Apple's Push Certificates Portal with the Apple ID to use, the certificate from Apple, its
// checks, and the certificate in use. Every step is saved by the engine (PushCertificateStore),
// so the wizard can be closed at any point and reopened where it stopped. A renewal keeps the
// topic every enrolled device is bound to: a certificate with another topic is refused unless
// the admin types the confirmation to re-enroll every device. UI thread; all work runs through
// CertificateService.
class PushCertificateWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        StartPage,
        VendorPage,
        PortalPage,
        ImportPage,
        ChecksPage,
        DonePage,
    };
    Q_ENUM(PageId)

    // What closing the wizard with a request in progress does.
    enum class CancelChoice {
        KeepForLater,
        Discard,
        Continue,
    };

    // The wizard's ways out to the desktop, replaceable so tests answer them.
    struct Hooks
    {
        // Opens Apple's portal in the browser; false when no browser could be started.
        std::function<bool(const QUrl &url)> openUrl;
        // Asks for a file to read; empty when the admin cancelled.
        std::function<QString(QWidget *parent, const QString &title, const QString &filter)>
            chooseOpenFile;
        std::function<CancelChoice(QWidget *parent)> chooseOnCancel;
    };

    // service and prompter outlive the wizard. It starts by looking for a request in progress,
    // and emits ready() when it shows the step to continue with.
    PushCertificateWizard(CertificateService &service,
                          Prompter &prompter,
                          QWidget *parent = nullptr);
    ~PushCertificateWizard() override;

    // The desktop's browser, file dialog and a question with three answers, unless replaced.
    [[nodiscard]] static Hooks defaultHooks();
    void setHooks(Hooks hooks);

    [[nodiscard]] bool isReady() const { return m_ready; }

    [[nodiscard]] bool isBusy() const { return m_busy; }

    [[nodiscard]] PushCertificateRequestKind kind() const { return m_kind; }

    // The topic being renewed; empty for a first certificate.
    [[nodiscard]] QString renewedTopic() const;

    [[nodiscard]] const std::optional<PushCertificateRequestRecord> &request() const
    {
        return m_request;
    }

    // The words the admin types to accept a certificate with another topic.
    [[nodiscard]] static QString reenrollPhrase();

    // The page's error line; empty when the last step went well.
    [[nodiscard]] QString errorText(PageId page) const;

    // The QSettings key of the remembered size and position.
    [[nodiscard]] static QString geometrySettingsKey();

Q_SIGNALS:
    void ready();
    // A step's work started or ended.
    void busyChanged(bool busy);
    // A step failed; its page says why.
    void stepFailed(Espalier::PushCertificateWizard::PageId page, const QString &message);
    // The new certificate is stored and in use.
    void certificateImported(const Espalier::PushCertificateRecord &certificate);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;
    void done(int result) override;
    void changeEvent(QEvent *event) override;

public Q_SLOTS:
    void reject() override;

private:
    void createPages();
    void createStartPage();
    void createVendorPage();
    void createPortalPage();
    void createImportPage();
    void createChecksPage();
    void createDonePage();
    void load();
    void resumeAt(PageId page);
    void setBusy(PageId page, bool busy, const QString &text = {});
    void failStep(PageId page, const QString &message);
    void advance();
    void updateVendorMode();
    void updateStartPage();
    void updatePortalPage();
    void updateChecksPage();

    void startRequest();
    void signRequest();
    void exportForService();
    void importReply();
    void openPortal();
    void saveSignedRequest();
    void recordAppleId();
    void inspectCertificate();
    void importCertificate();
    void chooseFile(QLineEdit *target, const QString &title, const QString &filter);
    void retranslate();

    [[nodiscard]] PushWizardPage *stepPage(PageId id) const;
    [[nodiscard]] bool topicChangeNeedsConfirmation() const;

    CertificateService &m_service;
    Prompter &m_prompter;
    Hooks m_hooks;

    bool m_ready = false;
    bool m_busy = false;
    // validateCurrentPage() lets the page go once its work has succeeded.
    bool m_advancing = false;
    PushCertificateRequestKind m_kind = PushCertificateRequestKind::Create;
    std::optional<PushCertificateRecord> m_current;
    std::optional<PushCertificateRequestRecord> m_request;
    std::optional<PushCertificateStore::Inspection> m_inspection;
    std::optional<PushCertificateStore::Imported> m_imported;
    QByteArray m_certificateFile;
    QStringList m_vendorWarnings;
    QString m_savedRequestPath;

    // Start
    QLabel *m_startText = nullptr;
    // Vendor signing
    QRadioButton *m_vendorRadio = nullptr;
    QRadioButton *m_serviceRadio = nullptr;
    QWidget *m_vendorBox = nullptr;
    QWidget *m_serviceBox = nullptr;
    QLineEdit *m_p12Path = nullptr;
    QLineEdit *m_p12Password = nullptr;
    QLineEdit *m_chainPath = nullptr;
    QPushButton *m_exportServiceButton = nullptr;
    QLabel *m_serviceExported = nullptr;
    QLineEdit *m_replyPath = nullptr;
    // Portal
    QLabel *m_portalText = nullptr;
    QLabel *m_vendorWarningsLabel = nullptr;
    QPushButton *m_openPortalButton = nullptr;
    QPushButton *m_saveRequestButton = nullptr;
    QLabel *m_savedRequestLabel = nullptr;
    QLineEdit *m_appleId = nullptr;
    // Import
    QLabel *m_importText = nullptr;
    QLineEdit *m_certificatePath = nullptr;
    // Checks
    QLabel *m_checksLabel = nullptr;
    QLabel *m_topicWarning = nullptr;
    QWidget *m_confirmBox = nullptr;
    QLabel *m_confirmText = nullptr;
    QLineEdit *m_confirmation = nullptr;
    // Done
    QLabel *m_doneText = nullptr;
};

} // namespace Espalier
