// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificates/CertificatesPage.h"

#include "core/certificates/CertificateService.h"
#include "core/certificates/CredentialTableModel.h"
#include "core/common/Futures.h"
#include "ui/certificates/CredentialExpiryDelegate.h"
#include "ui/certificates/Pkcs12ExportDialog.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompter.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr int s_defaultWidths[CredentialTableModel::ColumnCount] = {200, 200, 220, 140, 100, 110};

} // namespace

CertificatesPage::CertificatesPage(CertificateService &service,
                                   Prompter &prompter,
                                   ErrorPresenter &errors,
                                   const Clock &clock,
                                   QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompter(prompter)
    , m_errors(errors)
    , m_model(new CredentialTableModel(clock, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_pushButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_reloadAction(new QAction(this))
{
    setObjectName(u"certificatesPage"_s);
    m_model->setObjectName(u"credentialTableModel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CredentialTableModel::SortRole);

    m_table->setObjectName(u"certificatesTableView"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CredentialExpiryDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CredentialTableModel::KindColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The columns scroll; the page must not widen the window.
    m_table->setMinimumSize(200, 120);
    for (int column = 0; column < CredentialTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, s_defaultWidths[column]);

    m_emptyState->setIcon(Icons::symbol(u"certificates"_s));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    m_stack->setCurrentWidget(m_emptyState);

    m_title->setObjectName(u"certificatesTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_notice->setObjectName(u"certificatesNoticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pushButton->setObjectName(u"pushCertificatePushButton"_s);
    m_exportButton->setObjectName(u"exportIdentityPushButton"_s);
    m_reloadAction->setObjectName(u"reloadCertificatesAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_reloadAction);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_pushButton);
    header->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_pushButton, &QPushButton::clicked, this, &CertificatesPage::openPushWizard);
    connect(m_exportButton, &QPushButton::clicked, this, &CertificatesPage::exportSelected);
    connect(m_reloadAction, &QAction::triggered, this, &CertificatesPage::reload);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CertificatesPage::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.data(CredentialTableModel::KindRole).toInt()
            == static_cast<int>(CredentialKind::PushCertificate))
            openPushWizard();
    });
    connect(&m_service, &CertificateService::certificatesChanged, this, &CertificatesPage::reload);

    m_notice->hide();
    retranslate();
    updateActions();
    reload();
}

CertificatesPage::~CertificatesPage() = default;

void CertificatesPage::setWizardHooks(PushCertificateWizard::Hooks hooks)
{
    m_wizardHooks = std::move(hooks);
}

void CertificatesPage::reload()
{
    Futures::then(this, m_service.credentials(), [this](const Result<QList<Credential>> &read) {
        if (read) {
            m_loadError.clear();
            m_model->setCredentials(*read);
        } else {
            m_loadError = read.error().message;
            m_model->setCredentials({});
        }
        m_hasPushCertificate = false;
        for (const Credential &credential : m_model->credentials())
            m_hasPushCertificate = m_hasPushCertificate
                                   || credential.kind == CredentialKind::PushCertificate;
        m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table)
                                                          : m_emptyState);
        retranslate();
        updateActions();
        Q_EMIT loaded();
    });
}

PushCertificateWizard *CertificatesPage::openPushWizard()
{
    if (!m_wizard) {
        m_wizard = new PushCertificateWizard(m_service, m_prompter, this);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (m_wizardHooks)
            m_wizard->setHooks(*m_wizardHooks);
        connect(m_wizard,
                &PushCertificateWizard::certificateImported,
                this,
                [this](const PushCertificateRecord &record) {
                    showNotice(tr("The push certificate for %1 is in use.").arg(record.topic));
                });
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void CertificatesPage::exportSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = m_proxy->mapToSource(rows.first()).row();
    const Credential credential = m_model->credentialAt(row);
    if (!CredentialTableModel::canExport(credential))
        return;
    const bool ca = credential.kind == CredentialKind::DeviceCa;
    const QString name = ca ? u"espalier-device-ca.p12"_s
                            : u"espalier-push-%1.p12"_s.arg(credential.topic.section(u'.', -1));
    const QString path = m_prompter.chooseSaveFile(
        this,
        ca ? tr("Export the Device Certificate Authority") : tr("Export the Push Identity"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("PKCS#12 files (*.p12 *.pfx)"));
    if (path.isEmpty())
        return;
    auto *dialog = new Pkcs12ExportDialog(
        ca ? tr("the device certificate authority") : tr("the push certificate"), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, credential, path] {
        m_exportButton->setEnabled(false);
        Futures::then(this,
                      m_service.exportIdentity(credential, dialog->password(), path),
                      [this, path](const Result<void> &done) {
                          updateActions();
                          if (!done) {
                              m_errors.showBlocking(tr("Cannot Export the Identity"), done.error());
                              return;
                          }
                          showNotice(tr("Exported to %1. Keep the file and its password in "
                                        "separate safe places.")
                                         .arg(QDir::toNativeSeparators(path)));
                          Q_EMIT exported(path);
                      });
    });
    dialog->open();
}

void CertificatesPage::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool exportable = !rows.isEmpty()
                            && rows.first().data(CredentialTableModel::CanExportRole).toBool();
    m_exportButton->setEnabled(exportable);
    m_pushButton->setText(m_hasPushCertificate ? tr("Renew Push Certificate…")
                                               : tr("Create Push Certificate…"));
}

void CertificatesPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void CertificatesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CertificatesPage::retranslate()
{
    m_title->setText(tr("Certificates"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Back up the selected certificate authority or push "
                                  "certificate with its private key, in a file sealed with a "
                                  "password."));
    m_reloadAction->setText(tr("Reload"));
    m_emptyState->setTitle(tr("No certificates yet"));
    m_emptyState->setText(
        m_loadError.isEmpty()
            ? tr("The server’s certificate, the certificate authority that issues device "
                 "identities and the Apple push certificate appear here with their expiry dates "
                 "once the server is set up.")
            : m_loadError);
    updateActions();
}

} // namespace Espalier
