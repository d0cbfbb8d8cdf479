// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/push/PushCertificateWizard.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Espalier {

class CertificateService;
class Clock;
class CredentialTableModel;
class EmptyStateWidget;
class ErrorPresenter;
class Prompter;
struct Credential;

// The Certificates section: every credential the server depends on (push certificates, the
// server's certificate, the device CA) with subject, topic, Apple ID, expiry and days left, the
// push certificate wizard (create or renew), and the export of the CA or the push identity into
// a password-protected PKCS#12 file. UI thread; reads through CertificateService.
class CertificatesPage final : public QWidget
{
    Q_OBJECT

public:
    // service, prompter, errors and clock outlive the page.
    CertificatesPage(CertificateService &service,
                     Prompter &prompter,
                     ErrorPresenter &errors,
                     const Clock &clock,
                     QWidget *parent = nullptr);
    ~CertificatesPage() override;

    [[nodiscard]] CredentialTableModel *model() const { return m_model; }

    [[nodiscard]] QTableView *tableView() const { return m_table; }

    // The open wizard, if any.
    [[nodiscard]] PushCertificateWizard *wizard() const { return m_wizard; }

    // For the wizards this page opens (tests answer the browser and the questions).
    void setWizardHooks(PushCertificateWizard::Hooks hooks);

public Q_SLOTS:
    void reload();
    // Opens (or raises) the wizard: renew when a push certificate exists, else create; a
    // request in progress continues where it stopped.
    PushCertificateWizard *openPushWizard();
    // Exports the selected credential, asking for the file and the password.
    void exportSelected();

Q_SIGNALS:
    // After each reload, also a failed one.
    void loaded();
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateActions();
    void showNotice(const QString &text);
    void retranslate();

    CertificateService &m_service;
    Prompter &m_prompter;
    ErrorPresenter &m_errors;
    CredentialTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_pushButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_reloadAction = nullptr;
    QPointer<PushCertificateWizard> m_wizard;
    std::optional<PushCertificateWizard::Hooks> m_wizardHooks;
    bool m_hasPushCertificate = false;
    QString m_loadError;
};

} // namespace Espalier
