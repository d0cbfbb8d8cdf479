// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/ServerSettings.h"
#include "core/engine/ServerSetup.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Espalier {

class Clock;
class EngineHost;
class Prompter;
class ReachabilityCheck;

// First-run server setup, re-runnable from Settings: the host name and port devices use, the CA
// (create, import or keep), the server's TLS certificate (issue from the CA, import or keep),
// then saving it all, restarting the engine and checking from this machine that the server
// answers at its public URL, and last the offer to set up the push certificate. Every choice is
// checked before the wizard moves on, with the reason shown on the page. Keys go to the engine,
// which keeps them in the keychain. UI thread; talks to the engine only through
// Engine::applySetup's future.
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page {
        AddressPage,
        AuthorityPage,
        CertificatePage,
        ApplyPage,
        PushPage,
    };
    Q_ENUM(Page)

    // host, prompter and clock outlive the wizard.
    SetupWizard(EngineHost &host,
                Prompter &prompter,
                const Clock &clock,
                QWidget *parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] bool validateCurrentPage() override;

    // Whether the last apply succeeded.
    [[nodiscard]] bool isApplied() const { return m_applied; }

Q_SIGNALS:
    // The admin wants to set up the APNs push certificate now.
    void pushCertificateSetupRequested();
    // The settings were saved and the engine restarted with them (detail: what it serves).
    void applied(const QString &detail);

protected:
    void initializePage(int id) override;
    void done(int result) override;

private:
    [[nodiscard]] QWizardPage *createAddressPage();
    [[nodiscard]] QWizardPage *createAuthorityPage();
    [[nodiscard]] QWizardPage *createCertificatePage();
    [[nodiscard]] QWizardPage *createApplyPage();
    [[nodiscard]] QWizardPage *createPushPage();
    void loadOverview();
    void showOverview();
    void updateAuthorityFields();
    void updateCertificateFields();
    [[nodiscard]] bool validateAddress();
    [[nodiscard]] bool validateAuthority();
    [[nodiscard]] bool validateCertificate();
    void apply();
    void checkReachability();
    void showError(QLabel *label, const QString &message);
    QWidget *fileChooserRow(QWidget *parent,
                            QLineEdit *&edit,
                            const QString &objectName,
                            const QString &title);
    [[nodiscard]] QString browse(const QString &title, const QString &filter);
    [[nodiscard]] QString host() const;

    EngineHost &m_host;
    Prompter &m_prompter;
    const Clock &m_clock;
    QString m_databasePath;
    std::optional<ServerSettings::Overview> m_overview;
    ServerSetup m_setup;
    bool m_applying = false;
    bool m_applied = false;

    QLabel *m_addressError = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;

    QButtonGroup *m_authorityChoice = nullptr;
    QRadioButton *m_keepAuthority = nullptr;
    QRadioButton *m_createAuthority = nullptr;
    QRadioButton *m_importAuthority = nullptr;
    QLabel *m_currentAuthority = nullptr;
    QLineEdit *m_authorityFile = nullptr;
    QLineEdit *m_authorityKeyFile = nullptr;
    QLineEdit *m_authorityPassword = nullptr;
    QWidget *m_authorityImportBox = nullptr;
    QLabel *m_authorityError = nullptr;

    QButtonGroup *m_certificateChoice = nullptr;
    QRadioButton *m_keepCertificate = nullptr;
    QRadioButton *m_issueCertificate = nullptr;
    QRadioButton *m_importCertificate = nullptr;
    QLabel *m_currentCertificate = nullptr;
    QLabel *m_issueWarning = nullptr;
    QLineEdit *m_certificateFile = nullptr;
    QLineEdit *m_certificateKeyFile = nullptr;
    QLineEdit *m_certificatePassword = nullptr;
    QWidget *m_certificateImportBox = nullptr;
    QLabel *m_certificateError = nullptr;
    QLabel *m_certificateNote = nullptr;

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_applyStatus = nullptr;
    QLabel *m_reachability = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QWizardPage *m_applyPage = nullptr;
    ReachabilityCheck *m_check = nullptr;
    QStringList m_checkLines;
};

} // namespace Espalier
