// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/AuditLog.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Espalier {

class AuditLogFilterModel;
class AuditLogModel;
class EmptyStateWidget;
class Engine;
class ErrorPresenter;
class Prompter;

// The Audit log section: who did what and when, newest first, filtered by text, actor, action
// and time; "Verify Chain" checks the hash chain off the UI thread and says whether it holds or
// selects the entry where it breaks; the rows shown export to CSV. New entries arrive after each
// engine change. Until there is an entry it shows an empty state. Lives on the UI thread; the
// engine lives on its own and is only listened to.
class AuditLogPage final : public QWidget
{
    Q_OBJECT

public:
    // The engine and prompter outlive the page. The engine's state is read once here, so build
    // the page before the engine thread starts (or on the engine's own thread).
    AuditLogPage(Engine &engine,
                 Prompter &prompter,
                 ErrorPresenter &errors,
                 QWidget *parent = nullptr);
    ~AuditLogPage() override;

    [[nodiscard]] AuditLogModel &model() const { return *m_model; }

    [[nodiscard]] AuditLogFilterModel &filterModel() const { return *m_filter; }

    // The last verification's outcome, once one has finished.
    [[nodiscard]] std::optional<AuditLog::Verification> lastVerification() const
    {
        return m_verification;
    }

    // Column widths and order from and to QSettings.
    void restoreLayout();
    void saveLayout() const;

public Q_SLOTS:
    void reload();
    // Runs AuditLog::verify() on a worker thread and shows what it found.
    void verifyChain();
    // Asks where to save, then writes the rows and columns shown as CSV.
    void exportCsv();

Q_SIGNALS:
    void verificationFinished(const Espalier::AuditLog::Verification &verification);
    void exportFinished(const QString &path, bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createFilterBar();
    [[nodiscard]] QWidget *createBanner();
    void populateFilters();
    void applyFilters();
    void showVerification(const AuditLog::Verification &verification);
    void selectSequence(qint64 seq);
    void updateEmptyState();
    void updateCount();
    void retranslate();

    Engine &m_engine;
    Prompter &m_prompter;
    ErrorPresenter &m_errors;

    AuditLogModel *m_model = nullptr;
    AuditLogFilterModel *m_filter = nullptr;
    QTimer *m_fetchTimer = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_actorCombo = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QComboBox *m_periodCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_untilEdit = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_reloadAction = nullptr;

    std::optional<AuditLog::Verification> m_verification;
    std::optional<qint64> m_pendingSelection;
    bool m_verifying = false;
    bool m_populating = false;
};

} // namespace Espalier
