// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/push/PushCertificateWizard.h"

#include "core/certificates/CertificateService.h"
#include "core/common/Futures.h"
#include "core/push/PushCertificate.h"
#include "core/push/VendorSigning.h"
#include "ui/common/Prompter.h"
#include "ui/push/PushWizardPage.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QLabel *textLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

QString dateText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PushCertificateWizard::PushCertificateWizard(CertificateService &service,
                                             Prompter &prompter,
                                             QWidget *parent)
    : QWizard(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_hooks(defaultHooks())
{
    setObjectName(u"pushCertificateWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(680, 520);
    createPages();
    retranslate();
    if (const QByteArray geometry = QSettings().value(geometrySettingsKey()).toByteArray();
        !geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    load();
}

PushCertificateWizard::~PushCertificateWizard() = default;

QString PushCertificateWizard::geometrySettingsKey()
{
    return u"PushCertificateWizard/geometry"_s;
}

PushCertificateWizard::Hooks PushCertificateWizard::defaultHooks()
{
    Hooks hooks;
    hooks.openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    hooks.chooseOpenFile = [](QWidget *parent, const QString &title, const QString &filter) {
        // A wait on the admin, never on I/O.
        return QFileDialog::getOpenFileName(
            parent,
            title,
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            filter);
    };
    hooks.chooseOnCancel = [](QWidget *parent) {
        QMessageBox box(QMessageBox::Question,
                        tr("Close the Push Certificate Wizard"),
                        tr("The request in progress is saved. Keep it to continue later where you "
                           "stopped, or discard it and delete its key?"),
                        QMessageBox::NoButton,
                        parent);
        box.setObjectName(u"pushWizardCancelMessageBox"_s);
        QPushButton *keep = box.addButton(tr("Keep for Later"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("Discard Request"), QMessageBox::DestructiveRole);
        QPushButton *stay = box.addButton(tr("Continue"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(stay);
        box.exec();
        if (box.clickedButton() == discard)
            return CancelChoice::Discard;
        if (box.clickedButton() == keep)
            return CancelChoice::KeepForLater;
        return CancelChoice::Continue;
    };
    return hooks;
}

void PushCertificateWizard::setHooks(Hooks hooks)
{
    m_hooks = defaultHooks();
    if (hooks.openUrl)
        m_hooks.openUrl = std::move(hooks.openUrl);
    if (hooks.chooseOpenFile)
        m_hooks.chooseOpenFile = std::move(hooks.chooseOpenFile);
    if (hooks.chooseOnCancel)
        m_hooks.chooseOnCancel = std::move(hooks.chooseOnCancel);
}

QString PushCertificateWizard::renewedTopic() const
{
    if (m_request)
        return m_request->expectedTopic;
    return m_kind == PushCertificateRequestKind::Renew && m_current ? m_current->topic : QString();
}

QString PushCertificateWizard::reenrollPhrase()
{
    return tr("re-enroll every device");
}

QString PushCertificateWizard::errorText(PageId page) const
{
    const PushWizardPage *found = stepPage(page);
    return found ? found->errorText() : QString();
}

PushWizardPage *PushCertificateWizard::stepPage(PageId id) const
{
    return qobject_cast<PushWizardPage *>(page(id));
}

void PushCertificateWizard::createPages()
{
    createStartPage();
    createVendorPage();
    createPortalPage();
    createImportPage();
    createChecksPage();
    createDonePage();
}

void PushCertificateWizard::createStartPage()
{
    auto *page = new PushWizardPage(u"pushStartPage"_s, this);
    m_startText = textLabel(page, u"startTextLabel"_s);
    m_startText->setTextFormat(Qt::RichText);
    page->content()->addWidget(m_startText);
    page->setCommitPage(true);
    setPage(StartPage, page);
}

void PushCertificateWizard::createVendorPage()
{
    auto *page = new PushWizardPage(u"pushVendorPage"_s, this);
    auto *intro = textLabel(page, u"vendorIntroLabel"_s);
    intro->setText(tr("Apple accepts a request only when an MDM vendor has signed it. Sign it "
                      "with your own MDM vendor certificate, or have a CSR-signing service sign "
                      "it for you."));
    page->content()->addWidget(intro);

    m_vendorRadio = new QRadioButton(page);
    m_vendorRadio->setObjectName(u"vendorIdentityRadioButton"_s);
    m_vendorRadio->setChecked(true);
    page->content()->addWidget(m_vendorRadio);

    m_vendorBox = new QWidget(page);
    auto *vendorForm = new QFormLayout(m_vendorBox);
    vendorForm->setContentsMargins(24, 0, 0, 8);
    auto fileRow = [this](QWidget *parent,
                          QLineEdit *&edit,
                          const QString &name,
                          const QString &title,
                          const QString &filter) {
        auto *row = new QWidget(parent);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        edit->setObjectName(name + u"LineEdit"_s);
        auto *browse = new QPushButton(tr("Choose…"), row);
        browse->setObjectName(name + u"BrowsePushButton"_s);
        layout->addWidget(edit, 1);
        layout->addWidget(browse);
        QLineEdit *target = edit;
        connect(browse, &QPushButton::clicked, this, [this, target, title, filter] {
            chooseFile(target, title, filter);
        });
        return row;
    };
    vendorForm->addRow(tr("Vendor identity (.p12):"),
                       fileRow(m_vendorBox,
                               m_p12Path,
                               u"vendorP12"_s,
                               tr("Choose Your MDM Vendor Identity"),
                               tr("PKCS#12 files (*.p12 *.pfx)")));
    m_p12Password = new QLineEdit(m_vendorBox);
    m_p12Password->setObjectName(u"vendorPasswordLineEdit"_s);
    m_p12Password->setEchoMode(QLineEdit::Password);
    vendorForm->addRow(tr("Its password:"), m_p12Password);
    vendorForm->addRow(tr("Apple's certificates (optional):"),
                       fileRow(m_vendorBox,
                               m_chainPath,
                               u"vendorChain"_s,
                               tr("Choose Apple's Intermediate and Root Certificates"),
                               tr("Certificates (*.pem *.cer *.crt)")));
    auto *chainHint = textLabel(m_vendorBox, u"vendorChainHintLabel"_s);
    chainHint->setText(tr("Only needed when your .p12 lacks Apple's WWDR intermediate or root: "
                          "a .pem or .cer file with them."));
    vendorForm->addRow(QString(), chainHint);
    page->content()->addWidget(m_vendorBox);

    m_serviceRadio = new QRadioButton(page);
    m_serviceRadio->setObjectName(u"signingServiceRadioButton"_s);
    page->content()->addWidget(m_serviceRadio);

    m_serviceBox = new QWidget(page);
    auto *serviceLayout = new QFormLayout(m_serviceBox);
    serviceLayout->setContentsMargins(24, 0, 0, 0);
    m_exportServiceButton = new QPushButton(m_serviceBox);
    m_exportServiceButton->setObjectName(u"exportServiceRequestPushButton"_s);
    serviceLayout->addRow(tr("1. Send the request:"), m_exportServiceButton);
    m_serviceExported = textLabel(m_serviceBox, u"serviceExportedLabel"_s);
    serviceLayout->addRow(QString(), m_serviceExported);
    serviceLayout->addRow(tr("2. The service's reply:"),
                          fileRow(m_serviceBox,
                                  m_replyPath,
                                  u"serviceReply"_s,
                                  tr("Choose the Signing Service's Reply"),
                                  tr("All files (*)")));
    page->content()->addWidget(m_serviceBox);

    connect(m_vendorRadio, &QRadioButton::toggled, this, &PushCertificateWizard::updateVendorMode);
    connect(m_exportServiceButton,
            &QPushButton::clicked,
            this,
            &PushCertificateWizard::exportForService);
    page->setCommitPage(true);
    setPage(VendorPage, page);
    updateVendorMode();
}

void PushCertificateWizard::createPortalPage()
{
    auto *page = new PushWizardPage(u"pushPortalPage"_s, this);
    m_portalText = textLabel(page, u"portalTextLabel"_s);
    m_portalText->setTextFormat(Qt::RichText);
    page->content()->addWidget(m_portalText);

    m_vendorWarningsLabel = textLabel(page, u"vendorWarningsLabel"_s);
    m_vendorWarningsLabel->hide();
    page->content()->addWidget(m_vendorWarningsLabel);

    auto *buttons = new QHBoxLayout;
    m_openPortalButton = new QPushButton(page);
    m_openPortalButton->setObjectName(u"openPortalPushButton"_s);
    m_saveRequestButton = new QPushButton(page);
    m_saveRequestButton->setObjectName(u"saveSignedRequestPushButton"_s);
    buttons->addWidget(m_openPortalButton);
    buttons->addWidget(m_saveRequestButton);
    buttons->addStretch(1);
    page->content()->addLayout(buttons);
    m_savedRequestLabel = textLabel(page, u"savedRequestLabel"_s);
    page->content()->addWidget(m_savedRequestLabel);

    auto *form = new QFormLayout;
    m_appleId = new QLineEdit(page);
    m_appleId->setObjectName(u"appleIdLineEdit"_s);
    m_appleId->setPlaceholderText(tr("admin@example.com"));
    form->addRow(tr("Apple ID used in the portal:"), m_appleId);
    page->content()->addLayout(form);

    connect(m_openPortalButton, &QPushButton::clicked, this, &PushCertificateWizard::openPortal);
    connect(m_portalText, &QLabel::linkActivated, this, &PushCertificateWizard::openPortal);
    connect(m_saveRequestButton,
            &QPushButton::clicked,
            this,
            &PushCertificateWizard::saveSignedRequest);
    setPage(PortalPage, page);
}

void PushCertificateWizard::createImportPage()
{
    auto *page = new PushWizardPage(u"pushImportPage"_s, this);
    m_importText = textLabel(page, u"importTextLabel"_s);
    page->content()->addWidget(m_importText);
    auto *row = new QHBoxLayout;
    m_certificatePath = new QLineEdit(page);
    m_certificatePath->setObjectName(u"certificateFileLineEdit"_s);
    auto *browse = new QPushButton(tr("Choose…"), page);
    browse->setObjectName(u"certificateFileBrowsePushButton"_s);
    row->addWidget(m_certificatePath, 1);
    row->addWidget(browse);
    page->content()->addLayout(row);
    connect(browse, &QPushButton::clicked, this, [this] {
        chooseFile(m_certificatePath,
                   tr("Choose the Certificate from Apple"),
                   tr("Push certificates (*.pem *.cer)"));
    });
    setPage(ImportPage, page);
}

void PushCertificateWizard::createChecksPage()
{
    auto *page = new PushWizardPage(u"pushChecksPage"_s, this);
    m_checksLabel = textLabel(page, u"checksLabel"_s);
    m_checksLabel->setTextFormat(Qt::RichText);
    page->content()->addWidget(m_checksLabel);
    m_topicWarning = textLabel(page, u"topicWarningLabel"_s);
    m_topicWarning->setTextFormat(Qt::PlainText);
    m_topicWarning->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    page->content()->addWidget(m_topicWarning);
    m_confirmBox = new QWidget(page);
    auto *confirmLayout = new QVBoxLayout(m_confirmBox);
    confirmLayout->setContentsMargins(0, 8, 0, 0);
    m_confirmText = textLabel(m_confirmBox, u"confirmationTextLabel"_s);
    m_confirmation = new QLineEdit(m_confirmBox);
    m_confirmation->setObjectName(u"reenrollConfirmationLineEdit"_s);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addWidget(m_confirmation);
    page->content()->addWidget(m_confirmBox);
    page->setCommitPage(true);
    setPage(ChecksPage, page);
}

void PushCertificateWizard::createDonePage()
{
    auto *page = new PushWizardPage(u"pushDonePage"_s, this);
    m_doneText = textLabel(page, u"doneTextLabel"_s);
    m_doneText->setTextFormat(Qt::RichText);
    page->content()->addWidget(m_doneText);
    page->setFinalPage(true);
    setPage(DonePage, page);
}

void PushCertificateWizard::retranslate()
{
    setWindowTitle(m_kind == PushCertificateRequestKind::Renew ? tr("Renew the Push Certificate")
                                                               : tr("Create a Push Certificate"));
    setButtonText(QWizard::FinishButton, tr("Done"));

    PushWizardPage *start = stepPage(StartPage);
    start->setTitle(tr("Make the Request"));
    start->setSubTitle(tr("A new key for the push certificate goes to the keychain, and a "
                          "request is made from it."));
    start->setButtonText(QWizard::CommitButton, tr("Make the Request"));

    PushWizardPage *vendor = stepPage(VendorPage);
    vendor->setTitle(tr("Have the Request Signed"));
    vendor->setSubTitle(tr("An MDM vendor's signature lets Apple accept the request."));
    vendor->setButtonText(QWizard::CommitButton, tr("Sign the Request"));
    m_vendorRadio->setText(tr("Sign with my own MDM vendor certificate (from an Apple Developer "
                              "account)"));
    m_serviceRadio->setText(tr("Use a CSR-signing service"));
    m_exportServiceButton->setText(tr("Save the Request for the Service…"));

    PushWizardPage *portal = stepPage(PortalPage);
    portal->setTitle(tr("Apple's Push Certificates Portal"));
    portal->setSubTitle(tr("Upload the signed request to Apple and download the certificate."));
    m_openPortalButton->setText(tr("Open Apple's Portal"));
    m_saveRequestButton->setText(tr("Save the Signed Request…"));

    PushWizardPage *import = stepPage(ImportPage);
    import->setTitle(tr("The Certificate from Apple"));
    import->setSubTitle(tr("Choose the file the portal gave you."));
    m_importText->setText(tr("Apple's portal offers the certificate as a download named like "
                             "MDM_Example_Certificate.pem. Choose that file; it is checked before "
                             "anything changes."));

    PushWizardPage *checks = stepPage(ChecksPage);
    checks->setTitle(tr("Checks"));
    checks->setSubTitle(tr("What the certificate is, and what using it would do."));
    checks->setButtonText(QWizard::CommitButton, tr("Use This Certificate"));
    m_confirmText->setText(
        tr("To use this certificate anyway and re-enroll every device, type “%1”:")
            .arg(reenrollPhrase()));

    PushWizardPage *done = stepPage(DonePage);
    done->setTitle(tr("The Certificate Is in Use"));

    updateStartPage();
    updatePortalPage();
}

void PushCertificateWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void PushCertificateWizard::load()
{
    setBusy(StartPage, true, tr("Looking for a request in progress…"));
    Futures::then(
        this,
        m_service.currentPushCertificate(),
        [this](const Result<std::optional<PushCertificateRecord>> &current) {
            if (!current) {
                setBusy(StartPage, false);
                stepPage(StartPage)->setComplete(false);
                failStep(StartPage, current.error().message);
                m_ready = true;
                Q_EMIT ready();
                return;
            }
            m_current = *current;
            m_kind = m_current ? PushCertificateRequestKind::Renew
                               : PushCertificateRequestKind::Create;
            Futures::then(
                this,
                m_service.openRequest(),
                [this](const Result<std::optional<PushCertificateRequestRecord>> &open) {
                    setBusy(StartPage, false);
                    if (!open) {
                        stepPage(StartPage)->setComplete(false);
                        failStep(StartPage, open.error().message);
                    } else if (*open) {
                        m_request = *open;
                        m_kind = m_request->kind;
                        retranslate();
                        switch (m_request->state) {
                        case PushCertificateRequestState::CsrCreated:
                            resumeAt(VendorPage);
                            break;
                        case PushCertificateRequestState::AwaitingReply:
                            m_serviceRadio->setChecked(true);
                            m_serviceExported->setText(
                                tr("The request was saved for the service earlier. Choose its "
                                   "reply when it arrives."));
                            resumeAt(VendorPage);
                            break;
                        case PushCertificateRequestState::Signed:
                            resumeAt(PortalPage);
                            break;
                        case PushCertificateRequestState::Completed:
                        case PushCertificateRequestState::Discarded:
                            break;
                        }
                    }
                    retranslate();
                    m_ready = true;
                    Q_EMIT ready();
                });
        });
}

void PushCertificateWizard::resumeAt(PageId page)
{
    setStartId(page);
    restart();
}

void PushCertificateWizard::updateStartPage()
{
    if (!m_startText)
        return;
    QString text;
    if (m_kind == PushCertificateRequestKind::Renew && m_current) {
        text = tr("<p>This renews the push certificate for topic <b>%1</b>, valid until %2.</p>"
                  "<p>The renewed certificate keeps this topic, so every enrolled device keeps "
                  "working without being touched. Espalier refuses a certificate with any other "
                  "topic.</p>")
                   .arg(escaped(m_current->topic), dateText(m_current->notAfter));
        if (!m_current->appleId.isEmpty()) {
            text += tr("<p>It was created with the Apple ID <b>%1</b>; you will need to sign in "
                       "with it.</p>")
                        .arg(escaped(m_current->appleId));
        }
    } else {
        text = tr("<p>Apple's push service wakes enrolled devices so they fetch their commands. "
                  "Espalier needs a push certificate for it, made in five steps:</p>"
                  "<ol><li>a key and a request (now),</li>"
                  "<li>a vendor signature on the request,</li>"
                  "<li>Apple's Push Certificates Portal, which turns it into a certificate,</li>"
                  "<li>the certificate from Apple, checked here,</li>"
                  "<li>and it is in use at once.</li></ol>"
                  "<p>You can close this wizard at any step and continue later.</p>");
    }
    m_startText->setText(text);
}

void PushCertificateWizard::updatePortalPage()
{
    if (!m_portalText)
        return;
    const QString url = PushCertificate::PortalUrl.toString();
    QString text;
    if (m_kind == PushCertificateRequestKind::Renew) {
        text = tr("<ol><li>Open <a href=\"%1\">Apple's Push Certificates Portal</a> and sign in "
                  "with the Apple ID below: the one that created the certificate.</li>"
                  "<li>Find the certificate with the topic <b>%2</b> and press <b>Renew</b> next "
                  "to it. <b>Never press Create a Certificate</b>: a new certificate gets a new "
                  "topic, and every enrolled device would have to be enrolled again.</li>"
                  "<li>Upload the signed request saved below, then download the renewed "
                  "certificate.</li></ol>")
                   .arg(url, escaped(renewedTopic()));
    } else {
        text = tr("<ol><li>Open <a href=\"%1\">Apple's Push Certificates Portal</a> and sign in "
                  "with the Apple ID that should own this certificate; a company account that "
                  "outlives any one person is best. Record it below: each renewal must be made "
                  "with the same Apple ID.</li>"
                  "<li>Press <b>Create a Certificate</b>, accept the terms, and upload the "
                  "signed request saved below.</li>"
                  "<li>Download the certificate.</li></ol>")
                   .arg(url);
    }
    m_portalText->setText(text);
    m_portalText->setOpenExternalLinks(false);
}

void PushCertificateWizard::updateVendorMode()
{
    const bool vendor = m_vendorRadio->isChecked();
    m_vendorBox->setEnabled(vendor);
    m_serviceBox->setEnabled(!vendor);
}

void PushCertificateWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (static_cast<PageId>(id)) {
    case PortalPage:
        updatePortalPage();
        m_vendorWarningsLabel->setVisible(!m_vendorWarnings.isEmpty());
        m_vendorWarningsLabel->setText(m_vendorWarnings.join(u'\n'));
        if (m_request && m_appleId->text().isEmpty()) {
            Futures::then(this,
                          m_service.suggestedAppleId(m_request->id),
                          [this](const Result<QString> &suggested) {
                              if (suggested && m_appleId->text().isEmpty())
                                  m_appleId->setText(*suggested);
                          });
        }
        break;
    case ChecksPage:
        updateChecksPage();
        break;
    case DonePage:
        if (m_imported) {
            const PushCertificateRecord &record = m_imported->certificate;
            QString text = tr("<p>The push certificate for topic <b>%1</b> is stored and in use "
                              "now, valid until %2. There is nothing to restart.</p>")
                               .arg(escaped(record.topic), dateText(record.notAfter));
            if (m_imported->replaced) {
                text += tr("<p>It replaces the certificate that was valid until %1. Enrolled "
                           "devices keep working.</p>")
                            .arg(dateText(m_imported->replaced->notAfter));
            }
            if (m_imported->strandedDevices > 0) {
                text += tr("<p><b>%n device(s) must be enrolled again</b>: they are bound to "
                           "another topic.</p>",
                           nullptr,
                           m_imported->strandedDevices);
            }
            if (!record.appleId.isEmpty()) {
                text += tr("<p>Apple ID recorded for the next renewal: <b>%1</b>.</p>")
                            .arg(escaped(record.appleId));
            }
            m_doneText->setText(text);
        }
        break;
    case StartPage:
    case VendorPage:
    case ImportPage:
        break;
    }
}

bool PushCertificateWizard::topicChangeNeedsConfirmation() const
{
    if (!m_inspection || !m_inspection->topicChanges)
        return false;
    return m_kind == PushCertificateRequestKind::Renew || m_inspection->needsReenrollConfirmation;
}

void PushCertificateWizard::updateChecksPage()
{
    if (!m_inspection)
        return;
    const PushCertificateStore::Inspection &inspection = *m_inspection;
    const PushCertificate &certificate = inspection.certificate;
    const QDateTime notAfter = certificate.certificate().notAfter();
    const QString ok = u"<span style=\"color:#1e7d32\">✔</span> "_s;
    const QString bad = u"<span style=\"color:#b3261e\">✘</span> "_s;
    QString text = u"<p>"_s + ok + tr("It matches the key made for this request in the keychain.")
                   + u"</p>"_s;
    if (inspection.topicChanges) {
        text += u"<p>"_s + bad
                + tr("Its topic is <b>%1</b>, not the topic the devices are bound to.")
                      .arg(escaped(certificate.topic()))
                + u"</p>"_s;
    } else if (!inspection.expectedTopic.isEmpty()) {
        text += u"<p>"_s + ok
                + tr("Its topic is <b>%1</b>, the topic the enrolled devices are bound to.")
                      .arg(escaped(certificate.topic()))
                + u"</p>"_s;
    } else {
        text += u"<p>"_s + ok + tr("Its topic is <b>%1</b>.").arg(escaped(certificate.topic()))
                + u"</p>"_s;
    }
    const QString expiry = PushCertificate::expiryText(notAfter, QDateTime::currentDateTimeUtc());
    text += u"<p>"_s + (expiry.isEmpty() ? ok : bad)
            + tr("It is valid until %1.").arg(dateText(notAfter))
            + (expiry.isEmpty() ? QString() : u" "_s + escaped(expiry)) + u"</p>"_s;
    m_checksLabel->setText(text);

    const bool confirm = topicChangeNeedsConfirmation();
    m_topicWarning->setVisible(inspection.topicChanges);
    QString warning = inspection.topicChangeText;
    if (inspection.topicChanges && warning.isEmpty()) {
        warning = tr("This certificate is for topic %1, but the certificate being renewed is for "
                     "topic %2. Devices enrolled later would be bound to the new topic. Press "
                     "Renew next to the certificate for topic %2 in Apple's portal instead.")
                      .arg(certificate.topic(), renewedTopic());
    }
    m_topicWarning->setText(warning);
    m_confirmBox->setVisible(confirm);
    m_confirmation->clear();
}

bool PushCertificateWizard::validateCurrentPage()
{
    if (m_advancing) {
        m_advancing = false;
        return true;
    }
    if (m_busy)
        return false;
    switch (static_cast<PageId>(currentId())) {
    case StartPage:
        startRequest();
        return false;
    case VendorPage:
        if (m_vendorRadio->isChecked())
            signRequest();
        else
            importReply();
        return false;
    case PortalPage:
        recordAppleId();
        return false;
    case ImportPage:
        inspectCertificate();
        return false;
    case ChecksPage:
        importCertificate();
        return false;
    case DonePage:
        return true;
    }
    return true;
}

void PushCertificateWizard::advance()
{
    m_advancing = true;
    next();
    m_advancing = false;
}

void PushCertificateWizard::setBusy(PageId page, bool busy, const QString &text)
{
    stepPage(page)->setBusy(busy, text);
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PushCertificateWizard::failStep(PageId page, const QString &message)
{
    stepPage(page)->showError(message);
    Q_EMIT stepFailed(page, message);
}

void PushCertificateWizard::startRequest()
{
    setBusy(StartPage, true, tr("Making the key and the request…"));
    Futures::then(this,
                  m_service.startRequest(m_kind, m_current ? m_current->topic : QString()),
                  [this](const Result<PushCertificateRequestRecord> &started) {
                      setBusy(StartPage, false);
                      if (!started) {
                          failStep(StartPage, started.error().message);
                          return;
                      }
                      m_request = *started;
                      advance();
                  });
}

void PushCertificateWizard::signRequest()
{
    if (!m_request)
        return;
    if (m_p12Path->text().trimmed().isEmpty()) {
        failStep(VendorPage, tr("Choose your MDM vendor identity (.p12) first."));
        return;
    }
    setBusy(VendorPage, true, tr("Signing the request…"));
    const QString password = m_p12Password->text();
    const QString chainPath = m_chainPath->text().trimmed();
    const QString requestId = m_request->id;
    QFuture<Result<QByteArray>> chainFile = chainPath.isEmpty()
                                                ? QtFuture::makeReadyFuture(
                                                    Result<QByteArray>(QByteArray()))
                                                : CertificateService::readFile(chainPath);
    Futures::then(
        this,
        CertificateService::readFile(m_p12Path->text().trimmed()),
        [this, password, requestId, chainFile](const Result<QByteArray> &p12) {
            if (!p12) {
                setBusy(VendorPage, false);
                failStep(VendorPage, p12.error().message);
                return;
            }
            Futures::then(
                this,
                chainFile,
                [this, password, requestId, p12 = *p12](const Result<QByteArray> &chain) {
                    QList<Certificate> extra;
                    if (chain && !chain->isEmpty()) {
                        Result<QList<Certificate>> read = VendorSigning::readCertificates(*chain);
                        if (!read) {
                            setBusy(VendorPage, false);
                            failStep(VendorPage, read.error().message);
                            return;
                        }
                        extra = *read;
                    } else if (!chain) {
                        setBusy(VendorPage, false);
                        failStep(VendorPage, chain.error().message);
                        return;
                    }
                    Futures::then(
                        this,
                        m_service.signWithVendorIdentity(requestId, p12, password, extra),
                        [this](const Result<PushCertificateStore::VendorSigned> &signedRequest) {
                            setBusy(VendorPage, false);
                            if (!signedRequest) {
                                failStep(VendorPage, signedRequest.error().message);
                                return;
                            }
                            m_request = signedRequest->request;
                            m_vendorWarnings = signedRequest->warnings;
                            m_p12Password->clear();
                            advance();
                        });
                });
        });
}

void PushCertificateWizard::exportForService()
{
    if (!m_request || m_busy)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(
                                       QStandardPaths::DocumentsLocation))
                                  .filePath(u"espalier-push-request.csr"_s);
    const QString path = m_prompter.chooseSaveFile(this,
                                                   tr("Save the Request for the Signing Service"),
                                                   suggested,
                                                   tr("Certificate requests (*.csr *.pem)"));
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    const QString certificatePath = info.dir().filePath(info.completeBaseName()
                                                        + u"-encryption.pem"_s);
    setBusy(VendorPage, true, tr("Preparing the request for the service…"));
    Futures::then(
        this,
        m_service.prepareServiceSubmission(m_request->id),
        [this, path, certificatePath](const Result<VendorSigningService::Submission> &submission) {
            if (!submission) {
                setBusy(VendorPage, false);
                failStep(VendorPage, submission.error().message);
                return;
            }
            const QByteArray certificate = submission->encryptionCertificatePem;
            Futures::then(
                this,
                CertificateService::writeFile(path, submission->csrPem),
                [this, path, certificatePath, certificate](const Result<void> &csrWritten) {
                    if (!csrWritten) {
                        setBusy(VendorPage, false);
                        failStep(VendorPage, csrWritten.error().message);
                        return;
                    }
                    Futures::then(
                        this,
                        CertificateService::writeFile(certificatePath, certificate),
                        [this, path, certificatePath](const Result<void> &written) {
                            setBusy(VendorPage, false);
                            if (!written) {
                                failStep(VendorPage, written.error().message);
                                return;
                            }
                            m_serviceExported->setText(
                                tr("Saved %1 and %2. Send both to the signing service; it "
                                   "answers with a file encrypted to the second one. Choose that "
                                   "file below when it arrives.")
                                    .arg(QDir::toNativeSeparators(path),
                                         QDir::toNativeSeparators(certificatePath)));
                        });
                });
        });
}

void PushCertificateWizard::importReply()
{
    if (!m_request)
        return;
    if (m_replyPath->text().trimmed().isEmpty()) {
        failStep(VendorPage,
                 tr("Save the request for the service first, then choose the reply it sent "
                    "you. You can close the wizard meanwhile and continue later."));
        return;
    }
    setBusy(VendorPage, true, tr("Reading the service's reply…"));
    const QString requestId = m_request->id;
    Futures::then(this,
                  CertificateService::readFile(m_replyPath->text().trimmed()),
                  [this, requestId](const Result<QByteArray> &reply) {
                      if (!reply) {
                          setBusy(VendorPage, false);
                          failStep(VendorPage, reply.error().message);
                          return;
                      }
                      Futures::then(this,
                                    m_service.importServiceReply(requestId, *reply),
                                    [this](const Result<PushCertificateRequestRecord> &stored) {
                                        setBusy(VendorPage, false);
                                        if (!stored) {
                                            failStep(VendorPage, stored.error().message);
                                            return;
                                        }
                                        m_request = *stored;
                                        advance();
                                    });
                  });
}

void PushCertificateWizard::openPortal()
{
    const QUrl url(PushCertificate::PortalUrl.toString());
    if (!m_hooks.openUrl(url)) {
        failStep(PortalPage,
                 tr("No web browser could be opened. Open %1 in a browser yourself.")
                     .arg(url.toString()));
        return;
    }
    stepPage(PortalPage)->clearError();
}

void PushCertificateWizard::saveSignedRequest()
{
    if (!m_request || m_request->signedRequest.isEmpty())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(
                                       QStandardPaths::DocumentsLocation))
                                  .filePath(u"espalier-push-request-signed.txt"_s);
    const QString path = m_prompter.chooseSaveFile(this,
                                                   tr("Save the Signed Request for Apple"),
                                                   suggested,
                                                   tr("Signed requests (*.txt *.plist)"));
    if (path.isEmpty())
        return;
    setBusy(PortalPage, true, tr("Saving…"));
    Futures::then(this,
                  CertificateService::writeFile(path, m_request->signedRequest),
                  [this, path](const Result<void> &written) {
                      setBusy(PortalPage, false);
                      if (!written) {
                          failStep(PortalPage, written.error().message);
                          return;
                      }
                      m_savedRequestPath = path;
                      m_savedRequestLabel->setText(
                          tr("Saved to %1. Upload this file in Apple's portal.")
                              .arg(QDir::toNativeSeparators(path)));
                  });
}

void PushCertificateWizard::recordAppleId()
{
    if (!m_request)
        return;
    const QString appleId = m_appleId->text().trimmed();
    if (appleId.isEmpty() || appleId == m_request->appleId) {
        advance();
        return;
    }
    setBusy(PortalPage, true, tr("Recording the Apple ID…"));
    Futures::then(this,
                  m_service.setAppleId(m_request->id, appleId),
                  [this](const Result<PushCertificateRequestRecord> &stored) {
                      setBusy(PortalPage, false);
                      if (!stored) {
                          failStep(PortalPage, stored.error().message);
                          return;
                      }
                      m_request = *stored;
                      advance();
                  });
}

void PushCertificateWizard::inspectCertificate()
{
    if (!m_request)
        return;
    setBusy(ImportPage, true, tr("Checking the certificate…"));
    const QString requestId = m_request->id;
    Futures::then(
        this,
        CertificateService::readFile(m_certificatePath->text().trimmed()),
        [this, requestId](const Result<QByteArray> &file) {
            if (!file) {
                setBusy(ImportPage, false);
                failStep(ImportPage, file.error().message);
                return;
            }
            Futures::then(
                this,
                m_service.inspectCertificate(requestId, *file),
                [this, file = *file](const Result<PushCertificateStore::Inspection> &inspection) {
                    setBusy(ImportPage, false);
                    if (!inspection) {
                        failStep(ImportPage, inspection.error().message);
                        return;
                    }
                    m_inspection = *inspection;
                    m_certificateFile = file;
                    advance();
                });
        });
}

void PushCertificateWizard::importCertificate()
{
    if (!m_request || !m_inspection)
        return;
    const bool confirmed = m_confirmation->text().trimmed().compare(reenrollPhrase(),
                                                                    Qt::CaseInsensitive)
                           == 0;
    if (topicChangeNeedsConfirmation() && !confirmed) {
        failStep(ChecksPage,
                 tr("This certificate was not used, and nothing changed. Go back and choose the "
                    "renewed certificate of topic %1, or type the confirmation above to "
                    "re-enroll every device.")
                     .arg(m_inspection->expectedTopic.isEmpty() ? renewedTopic()
                                                                : m_inspection->expectedTopic));
        return;
    }
    PushCertificateStore::ImportOptions options;
    options.appleId = m_appleId->text().trimmed();
    options.confirmReenrollAll = confirmed;
    options.actor = u"console"_s;
    setBusy(ChecksPage, true, tr("Storing the certificate and putting it to use…"));
    Futures::then(this,
                  m_service.importCertificate(m_request->id, m_certificateFile, options),
                  [this](const Result<PushCertificateStore::Imported> &imported) {
                      setBusy(ChecksPage, false);
                      if (!imported) {
                          failStep(ChecksPage, imported.error().message);
                          return;
                      }
                      m_imported = *imported;
                      m_request.reset();
                      Q_EMIT certificateImported(imported->certificate);
                      advance();
                  });
}

void PushCertificateWizard::chooseFile(QLineEdit *target,
                                       const QString &title,
                                       const QString &filter)
{
    const QString path = m_hooks.chooseOpenFile(this, title, filter);
    if (!path.isEmpty())
        target->setText(path);
}

void PushCertificateWizard::reject()
{
    if (m_busy)
        return;
    if (!m_request || !m_request->isOpen() || currentId() == DonePage) {
        QWizard::reject();
        return;
    }
    switch (m_hooks.chooseOnCancel(this)) {
    case CancelChoice::Continue:
        return;
    case CancelChoice::KeepForLater:
        QWizard::reject();
        return;
    case CancelChoice::Discard:
        break;
    }
    const auto page = static_cast<PageId>(currentId());
    setBusy(page, true, tr("Discarding the request…"));
    Futures::then(
        this, m_service.discardRequest(m_request->id), [this, page](const Result<void> &discarded) {
            setBusy(page, false);
            if (!discarded) {
                failStep(page, discarded.error().message);
                return;
            }
            m_request.reset();
            QWizard::reject();
        });
}

void PushCertificateWizard::done(int result)
{
    QSettings().setValue(geometrySettingsKey(), saveGeometry());
    QWizard::done(result);
}

} // namespace Espalier
