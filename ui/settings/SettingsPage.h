// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ServerSettings.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Espalier {

class Clock;
class EngineHost;
class Prompter;
class SetupWizard;

// The Settings section: the server's listen address and port, public URL, APNs environment and
// the inventory refresh and re-push intervals (kept in the store, applied by restarting the
// engine's serving without restarting the console), the data folder, "Run Setup Again…", and
// backup and restore. Each field says next to it what is wrong with it. UI thread; reads through
// ServerSettings::loadOverview and writes through Engine::applySetup.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    // host, prompter and clock outlive the page.
    SettingsPage(EngineHost &host,
                 Prompter &prompter,
                 const Clock &clock,
                 QWidget *parent = nullptr);

    [[nodiscard]] bool hasChanges() const;

public Q_SLOTS:
    // Reads the stored settings again, dropping edits.
    void revert();
    // Saves the edits and restarts serving with them (asks first when the public URL changes
    // while devices are enrolled).
    void apply();
    // Opens the setup wizard (window-modal); its push-certificate offer comes out as
    // pushCertificateSetupRequested().
    void runSetup();

Q_SIGNALS:
    void backupRequested();
    void restoreRequested();
    void pushCertificateSetupRequested();
    // An apply ended: ok, and what the engine serves or why it failed.
    void applyFinished(bool ok, const QString &detail);
    // The stored settings have been read (again) and are shown.
    void settingsLoaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void load();
    void showSettings(const ServerSettings &settings);
    // The form's values, or nullopt when a field is invalid (each shows its message).
    [[nodiscard]] std::optional<ServerSettings> edited();
    void updateButtons();
    void setBusy(bool busy, const QString &status);

    EngineHost &m_host;
    Prompter &m_prompter;
    const Clock &m_clock;
    QString m_databasePath;
    std::optional<ServerSettings::Overview> m_overview;
    bool m_loading = false;
    bool m_busy = false;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_listenAddress = nullptr;
    QLabel *m_listenAddressError = nullptr;
    QSpinBox *m_listenPort = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QLabel *m_publicUrlError = nullptr;
    QLabel *m_publicUrlNote = nullptr;
    QComboBox *m_apnsEnvironment = nullptr;
    QSpinBox *m_inventoryHours = nullptr;
    QSpinBox *m_repushMinutes = nullptr;
    QLabel *m_dataFolder = nullptr;
    QLabel *m_dataFolderNote = nullptr;
    QPushButton *m_openDataFolder = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_runSetup = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_restore = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPointer<SetupWizard> m_wizard;
    // The form's row labels, in order, for retranslate().
    QList<QLabel *> m_rowLabels;
    QLabel *m_serverHeading = nullptr;
    QLabel *m_maintenanceHeading = nullptr;
    QLabel *m_backupHeading = nullptr;
    QLabel *m_backupNote = nullptr;
};

} // namespace Espalier
