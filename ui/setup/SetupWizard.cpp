// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/SetupWizard.h"

#include "core/common/Clock.h"
#include "core/common/Futures.h"
#include "core/crypto/OpenSsl.h"
#include "core/engine/EngineHost.h"
#include "core/pki/CertificateAuthorityImport.h"
#include "core/pki/ServerIdentity.h"
#include "core/server/ReachabilityCheck.h"
#include "ui/common/Prompter.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

const QString GeometryKey = u"setupWizard/geometry"_s;

QLabel *wrappedLabel(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = wrappedLabel(parent, objectName);
    label->setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; "
                         "border-radius: 4px; padding: 6px;"_s);
    label->hide();
    return label;
}

// A file the admin chose, or why it cannot be read.
Result<QByteArray> readFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, SetupWizard::tr("Choose a file first."));
    QFile file(path.trimmed());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    SetupWizard::tr("%1 cannot be read: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    // Certificates and keys are small; anything bigger is not one.
    if (file.size() > 1024 * 1024)
        return fail(Error::Code::InvalidInput,
                    SetupWizard::tr("%1 is too big to be a certificate or key file.")
                        .arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

bool isPkcs12(const QString &path, const QByteArray &data)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"p12"_s || suffix == u"pfx"_s || !data.contains("-----BEGIN");
}

bool namesHost(const Certificate &certificate, const QString &host)
{
    const SubjectAltNames names = certificate.subjectAltNames();
    if (QHostAddress address; address.setAddress(host))
        return names.ipAddresses.contains(address);
    for (const QString &pattern : names.dnsNames) {
        if (ServerIdentity::dnsNameMatches(pattern, host))
            return true;
    }
    return false;
}

QList<Certificate> systemRoots()
{
    QList<Certificate> roots;
    for (const QSslCertificate &root : QSslConfiguration::systemCaCertificates()) {
        if (Result<Certificate> parsed = Certificate::fromDer(root.toDer()); parsed)
            roots.append(*parsed);
    }
    return roots;
}

// Complete once the setup has been saved and the engine serves it.
class ApplyWizardPage final : public QWizardPage
{
public:
    ApplyWizardPage(const bool &applied, QWidget *parent)
        : QWizardPage(parent)
        , m_applied(applied)
    {}

    [[nodiscard]] bool isComplete() const override { return m_applied; }

private:
    const bool &m_applied;
};

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

SetupWizard::SetupWizard(EngineHost &host, Prompter &prompter, const Clock &clock, QWidget *parent)
    : QWizard(parent)
    , m_host(host)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_databasePath(host.engine()->config().databasePath)
    , m_check(new ReachabilityCheck(this))
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set Up the Server"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(AddressPage, createAddressPage());
    setPage(AuthorityPage, createAuthorityPage());
    setPage(CertificatePage, createCertificatePage());
    m_applyPage = createApplyPage();
    setPage(ApplyPage, m_applyPage);
    setPage(PushPage, createPushPage());
    setStartId(AddressPage);
    resize(720, 560);
    if (const QByteArray geometry = QSettings().value(GeometryKey).toByteArray();
        !geometry.isEmpty())
        restoreGeometry(geometry);

    connect(m_check,
            &ReachabilityCheck::stepPassed,
            this,
            [this](ReachabilityCheck::Step step, const QString &detail) {
                m_checkLines.append(u"✓ <b>%1</b>: %2"_s.arg(
                    ReachabilityCheck::stepTitle(step).toHtmlEscaped(), detail.toHtmlEscaped()));
                m_reachability->setText(m_checkLines.join(u"<br>"_s));
            });
    connect(m_check,
            &ReachabilityCheck::finished,
            this,
            [this](bool ok, ReachabilityCheck::Step step, const QString &message) {
                if (ok)
                    m_checkLines.append(
                        tr("Devices that can reach this address will be able to enroll.")
                            .toHtmlEscaped());
                else
                    m_checkLines.append(
                        u"✗ <b>%1</b>: %2"_s.arg(ReachabilityCheck::stepTitle(step).toHtmlEscaped(),
                                                 message.toHtmlEscaped()));
                m_reachability->setText(m_checkLines.join(u"<br>"_s));
                m_checkAgain->setEnabled(true);
            });
    loadOverview();
}

SetupWizard::~SetupWizard() = default;

QWizardPage *SetupWizard::createAddressPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"setupAddressPage"_s);
    page->setTitle(tr("Where devices reach this server"));
    page->setSubTitle(tr("iPhones, iPads and Macs connect to Espalier over HTTPS at a host name "
                         "and port. Use a name that resolves to this computer from wherever the "
                         "devices are, and forward the port to it if there is a router between."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_hostEdit = new QLineEdit(page);
    m_hostEdit->setObjectName(u"hostLineEdit"_s);
    m_hostEdit->setPlaceholderText(tr("mdm.example.com"));
    m_portSpin = new QSpinBox(page);
    m_portSpin->setObjectName(u"portSpinBox"_s);
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(8443);
    form->addRow(tr("&Host name:"), m_hostEdit);
    form->addRow(tr("&Port:"), m_portSpin);
    layout->addLayout(form);
    QLabel *note = wrappedLabel(page);
    note->setText(tr("The address is written into every enrollment profile. Changing it later "
                     "means every enrolled device has to enroll again, so choose a name that "
                     "will last. Espalier listens on the same port on every network of this "
                     "computer; Settings can change that."));
    layout->addWidget(note);
    m_addressError = errorLabel(page, u"addressErrorLabel"_s);
    layout->addWidget(m_addressError);
    layout->addStretch();
    connect(m_hostEdit, &QLineEdit::textEdited, m_addressError, &QWidget::hide);
    return page;
}

QWizardPage *SetupWizard::createAuthorityPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"setupAuthorityPage"_s);
    page->setTitle(tr("Certificate authority"));
    page->setSubTitle(tr("Espalier's certificate authority (CA) issues each device its identity "
                         "when it enrolls, and can issue the server's own certificate."));
    auto *layout = new QVBoxLayout(page);
    m_authorityChoice = new QButtonGroup(page);
    m_keepAuthority = new QRadioButton(tr("&Keep the current CA"), page);
    m_keepAuthority->setObjectName(u"keepAuthorityRadioButton"_s);
    m_keepAuthority->hide();
    m_currentAuthority = wrappedLabel(page, u"currentAuthorityLabel"_s);
    m_currentAuthority->hide();
    m_currentAuthority->setIndent(24);
    m_createAuthority = new QRadioButton(tr("&Create a new CA for Espalier (recommended)"), page);
    m_createAuthority->setObjectName(u"createAuthorityRadioButton"_s);
    m_importAuthority = new QRadioButton(tr("&Import a CA I already have"), page);
    m_importAuthority->setObjectName(u"importAuthorityRadioButton"_s);
    m_authorityChoice->addButton(m_keepAuthority, int(ServerSetup::Authority::Keep));
    m_authorityChoice->addButton(m_createAuthority, int(ServerSetup::Authority::Create));
    m_authorityChoice->addButton(m_importAuthority, int(ServerSetup::Authority::Import));
    m_createAuthority->setChecked(true);
    layout->addWidget(m_keepAuthority);
    layout->addWidget(m_currentAuthority);
    layout->addWidget(m_createAuthority);
    layout->addWidget(m_importAuthority);

    m_authorityImportBox = new QWidget(page);
    auto *form = new QFormLayout(m_authorityImportBox);
    form->setContentsMargins(24, 0, 0, 0);
    const auto fileRow = [this](QLineEdit *&edit, const QString &objectName, const QString &title) {
        return fileChooserRow(m_authorityImportBox, edit, objectName, title);
    };
    form->addRow(
        tr("CA certificate (PEM or PKCS#12):"),
        fileRow(m_authorityFile, u"authorityFileLineEdit"_s, tr("Choose the CA Certificate")));
    form->addRow(tr("Private key (PEM; not needed for PKCS#12):"),
                 fileRow(m_authorityKeyFile, u"authorityKeyLineEdit"_s, tr("Choose the CA Key")));
    m_authorityPassword = new QLineEdit(m_authorityImportBox);
    m_authorityPassword->setObjectName(u"authorityPasswordLineEdit"_s);
    m_authorityPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password or passphrase:"), m_authorityPassword);
    layout->addWidget(m_authorityImportBox);
    QLabel *note = wrappedLabel(page);
    note->setText(tr("Replacing the CA that enrolled devices got their identities from makes "
                     "them unable to connect until they enroll again. The CA's private key is "
                     "kept in the system keychain, never in Espalier's database."));
    layout->addWidget(note);
    m_authorityError = errorLabel(page, u"authorityErrorLabel"_s);
    layout->addWidget(m_authorityError);
    layout->addStretch();
    connect(m_authorityChoice, &QButtonGroup::idClicked, this, [this] {
        m_authorityError->hide();
        updateAuthorityFields();
    });
    updateAuthorityFields();
    return page;
}

QWizardPage *SetupWizard::createCertificatePage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"setupCertificatePage"_s);
    page->setTitle(tr("Server certificate"));
    page->setSubTitle(tr("Devices check this certificate every time they connect. It must name "
                         "the host and be trusted by the devices."));
    auto *layout = new QVBoxLayout(page);
    m_certificateChoice = new QButtonGroup(page);
    m_keepCertificate = new QRadioButton(tr("&Keep the current certificate"), page);
    m_keepCertificate->setObjectName(u"keepCertificateRadioButton"_s);
    m_keepCertificate->hide();
    m_currentCertificate = wrappedLabel(page, u"currentCertificateLabel"_s);
    m_currentCertificate->hide();
    m_currentCertificate->setIndent(24);
    m_issueCertificate = new QRadioButton(tr("I&ssue one from Espalier's CA"), page);
    m_issueCertificate->setObjectName(u"issueCertificateRadioButton"_s);
    m_issueWarning = wrappedLabel(page, u"issueWarningLabel"_s);
    m_issueWarning->setIndent(24);
    m_issueWarning->setText(
        tr("<b>iPhones and iPads will not trust this certificate by themselves.</b> The "
           "enrollment profile carries Espalier's CA, and the device trusts it once the profile "
           "is installed, so enrollment works. Safari and other apps on the device will still "
           "warn about the server until the user turns on full trust for the CA in Settings › "
           "General › About › Certificate Trust Settings. A certificate from a public authority "
           "avoids that."));
    m_importCertificate = new QRadioButton(tr("&Import a certificate I already have"), page);
    m_importCertificate->setObjectName(u"importCertificateRadioButton"_s);
    m_certificateChoice->addButton(m_keepCertificate, int(ServerSetup::ServerCertificate::Keep));
    m_certificateChoice->addButton(m_issueCertificate, int(ServerSetup::ServerCertificate::Issue));
    m_certificateChoice->addButton(m_importCertificate,
                                   int(ServerSetup::ServerCertificate::Import));
    m_issueCertificate->setChecked(true);
    layout->addWidget(m_keepCertificate);
    layout->addWidget(m_currentCertificate);
    layout->addWidget(m_issueCertificate);
    layout->addWidget(m_issueWarning);
    layout->addWidget(m_importCertificate);

    m_certificateImportBox = new QWidget(page);
    auto *form = new QFormLayout(m_certificateImportBox);
    form->setContentsMargins(24, 0, 0, 0);
    const auto fileRow = [this](QLineEdit *&edit, const QString &objectName, const QString &title) {
        return fileChooserRow(m_certificateImportBox, edit, objectName, title);
    };
    form->addRow(tr("Certificate with its chain (PEM or PKCS#12):"),
                 fileRow(m_certificateFile,
                         u"certificateFileLineEdit"_s,
                         tr("Choose the Server Certificate")));
    form->addRow(
        tr("Private key (PEM; not needed for PKCS#12):"),
        fileRow(m_certificateKeyFile, u"certificateKeyLineEdit"_s, tr("Choose the Server Key")));
    m_certificatePassword = new QLineEdit(m_certificateImportBox);
    m_certificatePassword->setObjectName(u"certificatePasswordLineEdit"_s);
    m_certificatePassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password or passphrase:"), m_certificatePassword);
    layout->addWidget(m_certificateImportBox);
    m_certificateNote = wrappedLabel(page, u"certificateNoteLabel"_s);
    m_certificateNote->hide();
    layout->addWidget(m_certificateNote);
    m_certificateError = errorLabel(page, u"certificateErrorLabel"_s);
    layout->addWidget(m_certificateError);
    layout->addStretch();
    connect(m_certificateChoice, &QButtonGroup::idClicked, this, [this] {
        m_certificateError->hide();
        updateCertificateFields();
    });
    updateCertificateFields();
    return page;
}

QWizardPage *SetupWizard::createApplyPage()
{
    auto *page = new ApplyWizardPage(m_applied, this);
    page->setObjectName(u"setupApplyPage"_s);
    page->setTitle(tr("Save and check"));
    page->setSubTitle(tr("Espalier saves your choices, restarts its server with them and checks "
                         "from this computer that the server answers at its address."));
    auto *layout = new QVBoxLayout(page);
    m_summary = wrappedLabel(page, u"applySummaryLabel"_s);
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"applyProgressBar"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_applyStatus = wrappedLabel(page, u"applyStatusLabel"_s);
    layout->addWidget(m_applyStatus);
    m_reachability = wrappedLabel(page, u"reachabilityLabel"_s);
    m_reachability->setTextFormat(Qt::RichText);
    layout->addWidget(m_reachability);
    m_checkAgain = new QPushButton(tr("Check &Again"), page);
    m_checkAgain->setObjectName(u"checkAgainButton"_s);
    m_checkAgain->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_checkAgain);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Next >"));
    connect(m_checkAgain, &QPushButton::clicked, this, &SetupWizard::checkReachability);
    return page;
}

QWizardPage *SetupWizard::createPushPage()
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"setupPushPage"_s);
    page->setTitle(tr("Push certificate"));
    page->setSubTitle(tr("The server is set up. One step remains before Espalier can wake "
                         "devices: Apple's push certificate."));
    auto *layout = new QVBoxLayout(page);
    QLabel *text = wrappedLabel(page);
    text->setText(
        tr("Without a push certificate, devices still enroll, but they fetch commands only when "
           "they check in by themselves, which can take hours. Getting one takes an Apple ID and "
           "a few minutes in Apple's Push Certificates Portal; Espalier guides you through it. "
           "You can also do this later under Certificates."));
    layout->addWidget(text);
    auto *button = new QPushButton(tr("Set Up the &Push Certificate…"), page);
    button->setObjectName(u"pushCertificateButton"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch();
    layout->addLayout(row);
    QLabel *later = wrappedLabel(page);
    later->setText(tr("Every choice made here can be changed later under Settings, where "
                      "\"Run Setup Again…\" opens this wizard."));
    layout->addWidget(later);
    layout->addStretch();
    connect(button, &QPushButton::clicked, this, [this] {
        Q_EMIT pushCertificateSetupRequested();
        accept();
    });
    return page;
}

void SetupWizard::loadOverview()
{
    Futures::then(this,
                  ServerSettings::loadOverview(m_databasePath),
                  [this](const Result<ServerSettings::Overview> &overview) {
                      if (!overview) {
                          // A store that does not exist yet is simply not set up.
                          m_overview = ServerSettings::Overview{};
                      } else {
                          m_overview = *overview;
                      }
                      showOverview();
                  });
}

void SetupWizard::showOverview()
{
    const ServerSettings::Overview &overview = *m_overview;
    if (overview.settings.isConfigured() && m_hostEdit->text().isEmpty()) {
        m_hostEdit->setText(overview.settings.publicUrl.host());
        m_portSpin->setValue(overview.settings.publicUrl.port(443));
    }
    const Certificate &ca = overview.certificateAuthority;
    m_keepAuthority->setVisible(!ca.isNull());
    m_currentAuthority->setVisible(!ca.isNull());
    if (!ca.isNull()) {
        m_currentAuthority->setText(
            tr("%1, valid until %2.").arg(ca.subjectText(), day(ca.notAfter())));
        if (!m_applying)
            m_keepAuthority->setChecked(true);
    }
    const Certificate &tls = overview.serverCertificate;
    m_keepCertificate->setVisible(!tls.isNull());
    m_currentCertificate->setVisible(!tls.isNull());
    if (!tls.isNull()) {
        m_currentCertificate->setText(
            tr("%1, issued by %2, valid until %3.")
                .arg(tls.subjectText(), tls.issuerText(), day(tls.notAfter())));
        if (!m_applying)
            m_keepCertificate->setChecked(true);
    }
    updateAuthorityFields();
    updateCertificateFields();
}

void SetupWizard::updateAuthorityFields()
{
    m_authorityImportBox->setEnabled(m_importAuthority->isChecked());
}

void SetupWizard::updateCertificateFields()
{
    m_certificateImportBox->setEnabled(m_importCertificate->isChecked());
}

QString SetupWizard::host() const
{
    return m_hostEdit->text().trimmed().toLower();
}

void SetupWizard::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
}

// A line edit for a file's path with a Browse… button beside it.
QWidget *SetupWizard::fileChooserRow(QWidget *parent,
                                     QLineEdit *&edit,
                                     const QString &objectName,
                                     const QString &title)
{
    auto *row = new QWidget(parent);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    auto *button = new QPushButton(tr("Browse…"), row);
    rowLayout->addWidget(edit, 1);
    rowLayout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, lineEdit = edit, title] {
        const QString path = browse(title,
                                    tr("Certificates and keys (*.pem *.crt *.cer *.key *.p12 "
                                       "*.pfx);;All files (*)"));
        if (!path.isEmpty())
            lineEdit->setText(path);
    });
    return row;
}

QString SetupWizard::browse(const QString &title, const QString &filter)
{
    return m_prompter.chooseOpenFile(this, title, filter);
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case AddressPage:
        return validateAddress();
    case AuthorityPage:
        return validateAuthority();
    case CertificatePage:
        return validateCertificate();
    case ApplyPage:
        return m_applied;
    default:
        return QWizard::validateCurrentPage();
    }
}

bool SetupWizard::validateAddress()
{
    Result<QUrl> url = ServerSettings::publicUrlFor(m_hostEdit->text(), m_portSpin->value());
    if (!url) {
        showError(m_addressError, url.error().message);
        return false;
    }
    ServerSettings settings = m_overview ? m_overview->settings : ServerSettings();
    const bool changed = settings.isConfigured() && settings.publicUrl != *url;
    if (changed && m_overview && m_overview->enrolledDevices > 0
        && !m_prompter.confirm(this,
                               tr("Change the Server Address?"),
                               tr("%n enrolled device(s) reach Espalier at %1. The address is "
                                  "part of their enrollment profile: after the change, each of "
                                  "them has to enroll again.",
                                  nullptr,
                                  m_overview->enrolledDevices)
                                   .arg(settings.publicUrl.toString()),
                               tr("Change Address"))) {
        return false;
    }
    m_addressError->hide();
    settings.publicUrl = *url;
    if (!m_overview || !m_overview->settings.isConfigured())
        settings.listenPort = quint16(m_portSpin->value());
    m_setup.settings = settings;
    return true;
}

bool SetupWizard::validateAuthority()
{
    m_authorityError->hide();
    m_setup.authority = ServerSetup::Authority(m_authorityChoice->checkedId());
    m_setup.importedAuthority = CertificateAuthority();
    if (m_setup.authority == ServerSetup::Authority::Keep)
        return true;
    const bool replacing = m_overview && !m_overview->certificateAuthority.isNull();
    const auto confirmReplacing = [this, replacing] {
        return !replacing || m_overview->enrolledDevices == 0
               || m_prompter.confirm(this,
                                     tr("Replace the Certificate Authority?"),
                                     tr("%n enrolled device(s) hold identities from the current "
                                        "CA. With another CA they cannot connect until they "
                                        "enroll again.",
                                        nullptr,
                                        m_overview->enrolledDevices),
                                     tr("Replace CA"));
    };
    if (m_setup.authority == ServerSetup::Authority::Create)
        return confirmReplacing();
    Result<QByteArray> content = readFile(m_authorityFile->text());
    if (!content) {
        showError(m_authorityError, content.error().message);
        return false;
    }
    Result<CertificateAuthority> authority = [&]() -> Result<CertificateAuthority> {
        if (isPkcs12(m_authorityFile->text(), *content))
            return CertificateAuthorityImport::fromPkcs12(
                *content, m_authorityPassword->text(), m_clock.now());
        QByteArray key;
        if (!m_authorityKeyFile->text().trimmed().isEmpty()) {
            Result<QByteArray> keyData = readFile(m_authorityKeyFile->text());
            if (!keyData)
                return fail(keyData.error());
            key = *keyData;
        } else {
            key = *content;
        }
        Result<CertificateAuthority> parsed = CertificateAuthorityImport::fromPem(
            *content, key, m_authorityPassword->text(), m_clock.now());
        OpenSsl::cleanse(key);
        return parsed;
    }();
    OpenSsl::cleanse(*content);
    if (!authority) {
        showError(m_authorityError, authority.error().message);
        return false;
    }
    if (!confirmReplacing())
        return false;
    m_setup.importedAuthority = *authority;
    return true;
}

bool SetupWizard::validateCertificate()
{
    m_certificateError->hide();
    m_certificateNote->hide();
    m_setup.serverCertificate = ServerSetup::ServerCertificate(m_certificateChoice->checkedId());
    m_setup.importedIdentity = ServerIdentity();
    const QString hostName = m_setup.settings.publicUrl.host();
    if (m_setup.serverCertificate == ServerSetup::ServerCertificate::Issue)
        return true;
    const Certificate currentCa = m_overview ? m_overview->certificateAuthority : Certificate();
    if (m_setup.serverCertificate == ServerSetup::ServerCertificate::Keep) {
        const Certificate current = m_overview ? m_overview->serverCertificate : Certificate();
        if (current.isNull()) {
            showError(m_certificateError, tr("There is no current certificate to keep."));
            return false;
        }
        if (!namesHost(current, hostName)) {
            showError(m_certificateError,
                      tr("The current certificate does not name %1, so devices would refuse it. "
                         "Issue a new one or import one that names this host.")
                          .arg(hostName));
            return false;
        }
        if (m_setup.authority != ServerSetup::Authority::Keep && !currentCa.isNull()
            && current.verifySignedBy(currentCa)) {
            showError(m_certificateError,
                      tr("The current certificate was issued by the CA you are replacing, which "
                         "devices will no longer trust. Issue a new one from the new CA."));
            return false;
        }
        return true;
    }

    Result<QByteArray> content = readFile(m_certificateFile->text());
    if (!content) {
        showError(m_certificateError, content.error().message);
        return false;
    }
    Result<ServerIdentity> identity = [&]() -> Result<ServerIdentity> {
        if (isPkcs12(m_certificateFile->text(), *content))
            return ServerIdentity::fromPkcs12(*content, m_certificatePassword->text());
        QByteArray key;
        if (!m_certificateKeyFile->text().trimmed().isEmpty()) {
            Result<QByteArray> keyData = readFile(m_certificateKeyFile->text());
            if (!keyData)
                return fail(keyData.error());
            key = *keyData;
        } else {
            key = *content;
        }
        Result<ServerIdentity> parsed = ServerIdentity::fromPem(
            *content, key, m_certificatePassword->text());
        OpenSsl::cleanse(key);
        return parsed;
    }();
    OpenSsl::cleanse(*content);
    if (!identity) {
        showError(m_certificateError, identity.error().message);
        return false;
    }
    ServerIdentity::CheckOptions options;
    options.trustedRoots = systemRoots();
    if (m_setup.authority == ServerSetup::Authority::Import)
        options.trustedRoots.append(m_setup.importedAuthority.certificate());
    else if (m_setup.authority == ServerSetup::Authority::Keep && !currentCa.isNull())
        options.trustedRoots.append(currentCa);
    options.at = m_clock.now();
    options.hostName = hostName;
    Result<ServerIdentity::Anchor> checked = identity->check(options);
    if (!checked) {
        showError(m_certificateError, checked.error().message);
        return false;
    }
    if (*checked == ServerIdentity::Anchor::IncludedRoot) {
        m_certificateNote->setText(
            tr("This certificate comes from a private CA (%1). Devices must be told to trust "
               "that CA before they enroll, for example with a profile from your own CA.")
                .arg(identity->chain().isEmpty() ? identity->certificate().issuerText()
                                                 : identity->chain().constLast().subjectText()));
        m_certificateNote->show();
    }
    m_setup.importedIdentity = *identity;
    return true;
}

void SetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ApplyPage)
        apply();
}

void SetupWizard::apply()
{
    const auto authorityText = [this] {
        switch (m_setup.authority) {
        case ServerSetup::Authority::Keep:
            return m_overview && !m_overview->certificateAuthority.isNull()
                       ? tr("keep the current CA")
                       : tr("create a new CA");
        case ServerSetup::Authority::Create:
            return tr("create a new CA");
        case ServerSetup::Authority::Import:
            return tr("use the imported CA %1")
                .arg(m_setup.importedAuthority.certificate().subjectText());
        }
        return QString();
    };
    const auto certificateText = [this] {
        switch (m_setup.serverCertificate) {
        case ServerSetup::ServerCertificate::Keep:
            return tr("keep the current server certificate");
        case ServerSetup::ServerCertificate::Issue:
            return tr("issue a server certificate from the CA");
        case ServerSetup::ServerCertificate::Import:
            return tr("use the imported certificate %1")
                .arg(m_setup.importedIdentity.certificate().subjectText());
        }
        return QString();
    };
    m_summary->setText(
        tr("Devices will connect to %1. Espalier will %2 and %3.")
            .arg(m_setup.settings.publicUrl.toString(), authorityText(), certificateText()));
    m_applyStatus->setText(tr("Saving and restarting the server…"));
    m_applyStatus->setStyleSheet({});
    m_reachability->clear();
    m_checkLines.clear();
    m_checkAgain->setEnabled(false);
    m_applyPage->completeChanged();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_applying = true;
    m_applied = false;
    Futures::then(
        this, m_host.engine()->applySetup(m_setup), [this](const Result<QString> &served) {
            m_applying = false;
            m_progress->hide();
            if (!served) {
                m_applyStatus->setStyleSheet(u"color: #b3261e;"_s);
                m_applyStatus->setText(
                    tr("The server could not start with these settings: %1 Go back to change "
                       "them.")
                        .arg(served.error().message));
                return;
            }
            m_applied = true;
            m_applyStatus->setText(tr("Saved. %1.").arg(*served));
            m_applyPage->completeChanged();
            // What was made is current now: going back and on again keeps it.
            m_setup.authority = ServerSetup::Authority::Keep;
            m_setup.serverCertificate = ServerSetup::ServerCertificate::Keep;
            Q_EMIT applied(*served);
            Futures::then(this,
                          ServerSettings::loadOverview(m_databasePath),
                          [this](const Result<ServerSettings::Overview> &overview) {
                              if (overview)
                                  m_overview = *overview;
                              showOverview();
                              checkReachability();
                          });
        });
}

void SetupWizard::checkReachability()
{
    if (!m_overview)
        return;
    m_checkAgain->setEnabled(false);
    m_checkLines = {tr("Checking %1 from this computer…")
                        .arg(m_overview->settings.publicUrl.toString())
                        .toHtmlEscaped()};
    m_reachability->setText(m_checkLines.join(u"<br>"_s));
    ReachabilityCheck::Options options;
    options.url = m_overview->settings.publicUrl;
    if (!m_overview->certificateAuthority.isNull())
        options.trustedRoots.append(m_overview->certificateAuthority);
    options.expectedCertificate = m_overview->serverCertificate;
    m_check->start(options);
}

void SetupWizard::done(int result)
{
    m_check->cancel();
    QSettings().setValue(GeometryKey, saveGeometry());
    QWizard::done(result);
}

} // namespace Espalier
