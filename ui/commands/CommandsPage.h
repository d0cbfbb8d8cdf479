// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/CommandQueueEntry.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Espalier {

class CommandDetailsPane;
class CommandFilterModel;
class CommandTableModel;
class ConsoleRole;
class EmptyStateWidget;
class Engine;
class ErrorPresenter;
class Prompter;

// The Commands section: the queue across all devices with every command's honest state, a filter
// bar (state, command, device), a count per state, Cancel and Retry through the engine, and the
// selected command's details with its raw request and answer. The rows follow the engine live:
// Engine::commandsChanged refreshes just those rows. Until there is a command it shows an empty
// state. Lives on the UI thread; the engine lives on its own thread and is reached only through
// its thread-safe calls and queued signals.
class CommandsPage final : public QWidget
{
    Q_OBJECT

public:
    // The engine, role and prompter outlive the page. The engine's state is read once here,
    // so build the page before the engine thread starts (or on the engine's own thread).
    CommandsPage(Engine &engine,
                 ConsoleRole &role,
                 Prompter &prompter,
                 ErrorPresenter &errors,
                 QWidget *parent = nullptr);
    ~CommandsPage() override;

    [[nodiscard]] CommandTableModel &model() const { return *m_model; }

    [[nodiscard]] CommandFilterModel &filterModel() const { return *m_filter; }

    // Column widths and order, and the split between queue and details, from and to QSettings.
    void restoreLayout();
    void saveLayout() const;

public Q_SLOTS:
    // Shows only this device's commands (all commands for an empty id).
    void showDevice(const QString &deviceId);
    // Cancels the selected unfinished commands after one confirmation that lists them.
    void cancelSelected();
    // Queues the selected failed, expired or cancelled commands again.
    void retrySelected();
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createFilterBar();
    [[nodiscard]] QWidget *createActionBar();
    void createActions();
    void populateFilters();
    void applyFilters();
    void updateSummary();
    void updateActions();
    void updateDetails();
    void updateEmptyState();
    void showStateFilter(int state);
    void retranslate();
    [[nodiscard]] QList<CommandQueueEntry> selectedEntries() const;
    [[nodiscard]] static QString describeList(const QList<CommandQueueEntry> &entries);

    Engine &m_engine;
    ConsoleRole &m_role;
    Prompter &m_prompter;
    ErrorPresenter &m_errors;

    CommandTableModel *m_model = nullptr;
    CommandFilterModel *m_filter = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QComboBox *m_deviceCombo = nullptr;
    QPushButton *m_clearFiltersButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    CommandDetailsPane *m_details = nullptr;

    QAction *m_cancelAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_copyUuidAction = nullptr;

    bool m_populating = false;
};

} // namespace Espalier
