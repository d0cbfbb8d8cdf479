// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include "core/common/Futures.h"
#include "core/engine/EngineHost.h"
#include "core/engine/ServerSetup.h"
#include "ui/common/Prompter.h"
#include "ui/setup/SetupWizard.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QLabel *fieldError(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}

QLabel *note(QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

SettingsPage::SettingsPage(EngineHost &host,
                           Prompter &prompter,
                           const Clock &clock,
                           QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_prompter(prompter)
    , m_clock(clock)
    , m_databasePath(host.engine()->config().databasePath)
{
    setObjectName(u"settingsPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setBackgroundRole(QPalette::Base);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 18);

    m_title = heading(content);
    layout->addWidget(m_title);
    m_intro = note(content);
    layout->addWidget(m_intro);

    m_serverHeading = heading(content);
    layout->addWidget(m_serverHeading);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form, content](QWidget *field) {
        auto *label = new QLabel(content);
        label->setBuddy(field);
        m_rowLabels.append(label);
        form->addRow(label, field);
    };
    auto column = [content](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(content);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        for (QWidget *widget : widgets)
            boxLayout->addWidget(widget);
        return box;
    };

    m_publicUrl = new QLineEdit(content);
    m_publicUrl->setObjectName(u"publicUrlLineEdit"_s);
    m_publicUrl->setPlaceholderText(u"https://mdm.example.com:8443"_s);
    m_publicUrlError = fieldError(content, u"publicUrlErrorLabel"_s);
    m_publicUrlNote = note(content);
    addRow(column({m_publicUrl, m_publicUrlError, m_publicUrlNote}));

    m_listenAddress = new QLineEdit(content);
    m_listenAddress->setObjectName(u"listenAddressLineEdit"_s);
    m_listenAddressError = fieldError(content, u"listenAddressErrorLabel"_s);
    addRow(column({m_listenAddress, m_listenAddressError}));

    m_listenPort = new QSpinBox(content);
    m_listenPort->setObjectName(u"listenPortSpinBox"_s);
    m_listenPort->setRange(1, 65535);
    addRow(m_listenPort);

    m_apnsEnvironment = new QComboBox(content);
    m_apnsEnvironment->setObjectName(u"apnsEnvironmentComboBox"_s);
    m_apnsEnvironment->addItem(QString(), false);
    m_apnsEnvironment->addItem(QString(), true);
    addRow(m_apnsEnvironment);

    m_inventoryHours = new QSpinBox(content);
    m_inventoryHours->setObjectName(u"inventoryRefreshSpinBox"_s);
    m_inventoryHours->setRange(1, int(ServerSettings::MaxInterval.count() / 60));
    addRow(m_inventoryHours);

    m_repushMinutes = new QSpinBox(content);
    m_repushMinutes->setObjectName(u"repushSpinBox"_s);
    m_repushMinutes->setRange(int(ServerSettings::MinInterval.count()), 24 * 60);
    addRow(m_repushMinutes);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_apply = new QPushButton(content);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setDefault(true);
    m_revert = new QPushButton(content);
    m_revert->setObjectName(u"revertButton"_s);
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(u"applyProgressBar"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_progress);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(content);
    m_status->setObjectName(u"settingsStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_maintenanceHeading = heading(content);
    layout->addWidget(m_maintenanceHeading);
    auto *folderRow = new QHBoxLayout;
    m_dataFolder = new QLabel(content);
    m_dataFolder->setObjectName(u"dataFolderLabel"_s);
    m_dataFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataFolder->setText(QDir::toNativeSeparators(QFileInfo(m_databasePath).absolutePath()));
    m_openDataFolder = new QPushButton(content);
    m_openDataFolder->setObjectName(u"openDataFolderButton"_s);
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(m_openDataFolder);
    layout->addLayout(folderRow);
    m_dataFolderNote = note(content);
    layout->addWidget(m_dataFolderNote);
    m_runSetup = new QPushButton(content);
    m_runSetup->setObjectName(u"runSetupButton"_s);
    auto *setupRow = new QHBoxLayout;
    setupRow->addWidget(m_runSetup);
    setupRow->addStretch();
    layout->addLayout(setupRow);

    // Backup and restore are their own dialogs; this page only asks for them.
    m_backupHeading = heading(content);
    layout->addWidget(m_backupHeading);
    m_backupNote = note(content);
    layout->addWidget(m_backupNote);
    auto *backupRow = new QHBoxLayout;
    m_backup = new QPushButton(content);
    m_backup->setObjectName(u"backupButton"_s);
    m_restore = new QPushButton(content);
    m_restore->setObjectName(u"restoreButton"_s);
    backupRow->addWidget(m_backup);
    backupRow->addWidget(m_restore);
    backupRow->addStretch();
    layout->addLayout(backupRow);
    layout->addStretch();

    for (QLineEdit *edit : {m_publicUrl, m_listenAddress})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateButtons();
            (void)edited();
        });
    for (QSpinBox *spin : {m_listenPort, m_inventoryHours, m_repushMinutes})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updateButtons);
    connect(m_apnsEnvironment, &QComboBox::currentIndexChanged, this, &SettingsPage::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_runSetup, &QPushButton::clicked, this, &SettingsPage::runSetup);
    connect(m_backup, &QPushButton::clicked, this, &SettingsPage::backupRequested);
    connect(m_restore, &QPushButton::clicked, this, &SettingsPage::restoreRequested);
    connect(m_openDataFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_databasePath).absolutePath()));
    });
    connect(&m_host, &EngineHost::stateChanged, this, [this](Engine::State state) {
        // The store exists once the engine has opened it; read what it holds then.
        if (state == Engine::State::Running && !m_overview && !m_busy)
            load();
    });
    retranslate();
    showSettings(ServerSettings());
    updateButtons();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!hasChanges() && !m_busy)
        load();
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_intro->setText(tr("How devices reach this server and how the engine looks after them. "
                        "Apply restarts the server with the new settings; the console keeps "
                        "running."));
    m_serverHeading->setText(tr("Server"));
    const QStringList rows{tr("&Public URL:"),
                           tr("&Listen address:"),
                           tr("Listen p&ort:"),
                           tr("APNs &environment:"),
                           tr("&Inventory refresh:"),
                           tr("&Re-push silent devices:")};
    for (qsizetype i = 0; i < m_rowLabels.size() && i < rows.size(); ++i)
        m_rowLabels.at(i)->setText(rows.at(i));
    m_publicUrlNote->setText(tr("The address in every enrollment profile. Changing it while "
                                "devices are enrolled makes each of them enroll again."));
    m_apnsEnvironment->setItemText(0, tr("Production (api.push.apple.com)"));
    m_apnsEnvironment->setItemText(1, tr("Sandbox (api.sandbox.push.apple.com), for development"));
    m_inventoryHours->setSuffix(tr(" hours"));
    m_inventoryHours->setToolTip(tr("Devices whose inventory is older than this are asked for "
                                    "it again."));
    m_repushMinutes->setSuffix(tr(" minutes"));
    m_repushMinutes->setToolTip(tr("A device that does not check in after a push is pushed "
                                   "again this often."));
    m_apply->setText(tr("&Apply"));
    m_revert->setText(tr("Re&vert"));
    m_maintenanceHeading->setText(tr("Data and setup"));
    m_openDataFolder->setText(tr("&Open"));
    m_dataFolderNote->setText(
        tr("The database lives in this folder; the keys live in the system keychain. To use "
           "another folder, quit Espalier, move the folder and start Espalier with --data-dir "
           "<folder>: the engine keeps the database open while it runs."));
    m_runSetup->setText(tr("Run &Setup Again…"));
    m_backupHeading->setText(tr("Backup"));
    m_backupNote->setText(tr("One encrypted file with the database and the keys, to move "
                             "Espalier to another computer or to recover from a lost disk."));
    m_backup->setText(tr("&Back Up…"));
    m_restore->setText(tr("&Restore…"));
}

void SettingsPage::load()
{
    if (m_loading)
        return;
    m_loading = true;
    Futures::then(this,
                  ServerSettings::loadOverview(m_databasePath),
                  [this](const Result<ServerSettings::Overview> &overview) {
                      m_loading = false;
                      if (!overview) {
                          // No store yet: the engine has not opened it. The defaults show until it
                          // has.
                          m_status->setText(overview.error().message);
                          return;
                      }
                      m_overview = *overview;
                      showSettings(overview->settings);
                      const QString unconfigured = tr(
                          "The server is not set up yet. Run setup to choose "
                          "its address and certificates.");
                      if (!overview->settings.isConfigured())
                          m_status->setText(unconfigured);
                      else if (m_status->text() == unconfigured)
                          m_status->clear();
                      Q_EMIT settingsLoaded();
                  });
}

void SettingsPage::showSettings(const ServerSettings &settings)
{
    m_publicUrl->setText(settings.publicUrl.toString());
    m_listenAddress->setText(ServerSettings::addressText(settings.listenAddress));
    m_listenPort->setValue(settings.listenPort);
    m_apnsEnvironment->setCurrentIndex(settings.apnsSandbox ? 1 : 0);
    m_inventoryHours->setValue(int(settings.inventoryRefreshInterval.count() / 60));
    m_repushMinutes->setValue(int(settings.repushInterval.count()));
    m_publicUrlError->hide();
    m_listenAddressError->hide();
    updateButtons();
}

std::optional<ServerSettings> SettingsPage::edited()
{
    ServerSettings settings = m_overview ? m_overview->settings : ServerSettings();
    bool valid = true;
    const std::optional<QHostAddress> address = ServerSettings::parseAddress(
        m_listenAddress->text());
    if (!address) {
        m_listenAddressError->setText(tr("Enter an IP address, such as 0.0.0.0 for every network "
                                         "or 127.0.0.1 for this computer only."));
        m_listenAddressError->show();
        valid = false;
    } else {
        m_listenAddressError->hide();
        settings.listenAddress = *address;
    }
    const QString typed = m_publicUrl->text().trimmed();
    if (typed.isEmpty()) {
        settings.publicUrl = QUrl();
        m_publicUrlError->hide();
    } else {
        const QUrl url(typed, QUrl::StrictMode);
        Result<QUrl> normal = url.isValid() && url.scheme() == u"https"_s
                                      && (url.path().isEmpty() || url.path() == u"/"_s)
                                  ? ServerSettings::publicUrlFor(url.host(), url.port(443))
                                  : Result<QUrl>(fail(Error::Code::InvalidInput,
                                                      tr("Enter an https:// address with a host "
                                                         "name and no path, such as "
                                                         "https://mdm.example.com:8443.")));
        if (!normal) {
            m_publicUrlError->setText(normal.error().message);
            m_publicUrlError->show();
            valid = false;
        } else {
            m_publicUrlError->hide();
            settings.publicUrl = *normal;
        }
    }
    settings.listenPort = quint16(m_listenPort->value());
    settings.apnsSandbox = m_apnsEnvironment->currentData().toBool();
    settings.inventoryRefreshInterval = std::chrono::hours(m_inventoryHours->value());
    settings.repushInterval = std::chrono::minutes(m_repushMinutes->value());
    if (!valid)
        return std::nullopt;
    return settings;
}

bool SettingsPage::hasChanges() const
{
    const ServerSettings stored = m_overview ? m_overview->settings : ServerSettings();
    const std::optional<QHostAddress> address = ServerSettings::parseAddress(
        m_listenAddress->text());
    const bool addressSame = address && *address == stored.listenAddress;
    return !addressSame || m_publicUrl->text().trimmed() != stored.publicUrl.toString()
           || m_listenPort->value() != stored.listenPort
           || m_apnsEnvironment->currentData().toBool() != stored.apnsSandbox
           || m_inventoryHours->value() != int(stored.inventoryRefreshInterval.count() / 60)
           || m_repushMinutes->value() != int(stored.repushInterval.count());
}

void SettingsPage::updateButtons()
{
    const bool changed = hasChanges();
    m_apply->setEnabled(changed && !m_busy && m_overview.has_value());
    m_revert->setEnabled(changed && !m_busy);
    m_runSetup->setEnabled(!m_busy);
}

void SettingsPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(status);
    for (QWidget *field : std::initializer_list<QWidget *>{m_publicUrl,
                                                           m_listenAddress,
                                                           m_listenPort,
                                                           m_apnsEnvironment,
                                                           m_inventoryHours,
                                                           m_repushMinutes})
        field->setEnabled(!busy);
    updateButtons();
}

void SettingsPage::revert()
{
    showSettings(m_overview ? m_overview->settings : ServerSettings());
    m_status->clear();
}

void SettingsPage::apply()
{
    if (m_busy || !m_overview)
        return;
    const std::optional<ServerSettings> settings = edited();
    if (!settings) {
        m_status->setText(tr("Correct the fields marked in red first."));
        return;
    }
    const ServerSettings &stored = m_overview->settings;
    ServerSetup setup;
    setup.settings = *settings;
    if (stored.isConfigured() && settings->publicUrl != stored.publicUrl) {
        if (m_overview->enrolledDevices > 0
            && !m_prompter.confirm(this,
                                   tr("Change the Public URL?"),
                                   tr("%n enrolled device(s) reach Espalier at %1. The address is "
                                      "part of their enrollment profile: after the change, each "
                                      "of them has to enroll again.",
                                      nullptr,
                                      m_overview->enrolledDevices)
                                       .arg(stored.publicUrl.toString()),
                                   tr("Change URL")))
            return;
    }
    // A certificate that does not name the new host is replaced by one from Espalier's CA when
    // it came from there; one imported from elsewhere needs the wizard.
    const Certificate &tls = m_overview->serverCertificate;
    const QString host = settings->publicUrl.host();
    if (!tls.isNull() && !host.isEmpty()) {
        const SubjectAltNames names = tls.subjectAltNames();
        bool named = false;
        if (QHostAddress ip; ip.setAddress(host))
            named = names.ipAddresses.contains(ip);
        for (const QString &pattern : names.dnsNames)
            named = named || ServerIdentity::dnsNameMatches(pattern, host);
        if (!named) {
            const Certificate &ca = m_overview->certificateAuthority;
            if (ca.isNull() || !tls.verifySignedBy(ca)) {
                m_publicUrlError->setText(tr("The server certificate does not name %1. Run setup "
                                             "again to import one that does.")
                                              .arg(host));
                m_publicUrlError->show();
                return;
            }
            setup.serverCertificate = ServerSetup::ServerCertificate::Issue;
        }
    }
    setBusy(true, tr("Applying the settings and restarting the server…"));
    Futures::then(this, m_host.engine()->applySetup(setup), [this](const Result<QString> &served) {
        setBusy(false, {});
        if (!served) {
            m_status->setText(tr("The settings were saved, but the server could not start with "
                                 "them: %1")
                                  .arg(served.error().message));
            Q_EMIT applyFinished(false, served.error().message);
        } else {
            m_status->setText(tr("Applied. %1.").arg(*served));
            Q_EMIT applyFinished(true, *served);
        }
        load();
    });
}

void SettingsPage::runSetup()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new SetupWizard(m_host, m_prompter, m_clock, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard,
            &SetupWizard::pushCertificateSetupRequested,
            this,
            &SettingsPage::pushCertificateSetupRequested);
    connect(m_wizard, &SetupWizard::applied, this, &SettingsPage::load);
    m_wizard->open();
}

} // namespace Espalier
