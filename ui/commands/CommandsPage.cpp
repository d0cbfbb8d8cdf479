// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CommandsPage.h"

#include "core/commands/CommandFilterModel.h"
#include "core/commands/CommandTableModel.h"
#include "core/common/Futures.h"
#include "core/engine/Engine.h"
#include "core/roles/ConsoleRole.h"
#include "ui/commands/CommandDetailsPane.h"
#include "ui/commands/CommandStateDelegate.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr auto SettingsGroup = "CommandsPage"_L1;
constexpr auto HeaderKey = "header"_L1;
constexpr auto SplitterKey = "splitter"_L1;

// State filter choices besides the single states (which use their CommandState value).
constexpr int AllStates = -1;
constexpr int UnfinishedStates = -2;
constexpr int UnsuccessfulStates = -3;

// Confirmations list this many commands and count the rest.
constexpr int ListedInConfirmation = 10;

constexpr CommandState s_stateOrder[] = {
    CommandState::Queued,
    CommandState::Pushed,
    CommandState::Sent,
    CommandState::Acknowledged,
    CommandState::Error,
    CommandState::CommandFormatError,
    CommandState::NotNow,
    CommandState::Expired,
    CommandState::Cancelled,
};

bool isRetryable(CommandState state)
{
    return CommandFilterModel::unsuccessfulStates().contains(state);
}

QString stateCountText(CommandState state, int count)
{
    switch (state) {
    case CommandState::Queued:
        return CommandsPage::tr("%n queued", nullptr, count);
    case CommandState::Pushed:
        return CommandsPage::tr("%n pushed", nullptr, count);
    case CommandState::Sent:
        return CommandsPage::tr("%n sent to device", nullptr, count);
    case CommandState::Acknowledged:
        return CommandsPage::tr("%n acknowledged", nullptr, count);
    case CommandState::Error:
        return CommandsPage::tr("%n with an error", nullptr, count);
    case CommandState::CommandFormatError:
        return CommandsPage::tr("%n rejected", nullptr, count);
    case CommandState::NotNow:
        return CommandsPage::tr("%n not now", nullptr, count);
    case CommandState::Expired:
        return CommandsPage::tr("%n expired", nullptr, count);
    case CommandState::Cancelled:
        return CommandsPage::tr("%n cancelled", nullptr, count);
    }
    return {};
}

// The answers of several engine calls, reported together once the last one is in.
// Cancels or retries of several commands, answered one by one: once the last answer is in, the
// failures (if any) make one error to show.
struct Batch
{
    int remaining = 0;
    int total = 0;
    // For more than one command: "%1 of N ... : %2", taking the failure count and the first
    // failure's message.
    QString summary;
    QStringList failures; // one line per failed command, for the detail
    std::optional<Error> first;

    // Takes one command's outcome; the error to show when it was the last answer and any failed.
    std::optional<Error> settle(const QString &what, const Error *failure)
    {
        if (failure) {
            failures.append(what + u": "_s + failure->toString());
            if (!first)
                first = *failure;
        }
        if (--remaining > 0 || !first)
            return std::nullopt;
        Error error = *first;
        if (total > 1)
            error.message = summary.arg(failures.size()).arg(error.message);
        error.detail = failures.join(u'\n');
        return error;
    }
};

} // namespace

CommandsPage::CommandsPage(
    Engine &engine, ConsoleRole &role, Prompter &prompter, ErrorPresenter &errors, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_role(role)
    , m_prompter(prompter)
    , m_errors(errors)
    , m_model(new CommandTableModel(this))
    , m_filter(new CommandFilterModel(this))
{
    setObjectName(u"commandsPage"_s);
    m_filter->setSourceModel(m_model);
    // Immutable once the engine is built, so reading it here is safe whatever thread it is on.
    m_model->setDatabasePath(engine.config().databasePath);

    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setObjectName(u"commandsEmptyStateWidget"_s);
    m_emptyState->setIcon(Icons::symbol(u"commands"_s));

    auto *content = new QWidget(this);
    content->setObjectName(u"commandsContentWidget"_s);

    m_view = new QTableView(content);
    m_view->setObjectName(u"commandsTableView"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setItemDelegateForColumn(CommandTableModel::StateColumn,
                                     new CommandStateDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setObjectName(u"commandsHeaderView"_s);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Room for the widest time this locale writes, plus the cell's margins.
    const int time = fontMetrics().horizontalAdvance(CommandTableModel::formatTime(
                         QDateTime(QDate(2000, 12, 28), QTime(23, 58))))
                     + 2 * em;
    const std::pair<int, int> widths[] = {
        {CommandTableModel::DeviceColumn, 13 * em},
        {CommandTableModel::TypeColumn, 13 * em},
        {CommandTableModel::StateColumn, 11 * em},
        {CommandTableModel::QueuedAtColumn, time},
        {CommandTableModel::LastChangeColumn, time},
        {CommandTableModel::AttemptsColumn, 7 * em},
        {CommandTableModel::ExpiresColumn, time},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    m_view->sortByColumn(CommandTableModel::QueuedAtColumn, Qt::DescendingOrder);

    m_details = new CommandDetailsPane(content);
    m_details->setDatabasePath(m_model->databasePath());

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(u"commandsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 8);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(createFilterBar());
    contentLayout->addWidget(createActionBar());
    contentLayout->addWidget(m_splitter, 1);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"commandsStackedWidget"_s);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    createActions();

    connect(m_model, &CommandTableModel::countsChanged, this, &CommandsPage::updateSummary);
    connect(m_model, &CommandTableModel::choicesChanged, this, &CommandsPage::populateFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommandsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CommandsPage::updateEmptyState);
    connect(m_model, &CommandTableModel::loadFailed, this, [this](const Error &error) {
        m_errors.showPassing(error);
    });
    connect(m_model,
            &QAbstractItemModel::dataChanged,
            this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateActions();
                const int shown = m_model->rowOf(m_details->shownUuid());
                if (shown >= topLeft.row() && shown <= bottomRight.row())
                    updateDetails();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CommandsPage::updateDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(&m_role, &ConsoleRole::modeChanged, this, &CommandsPage::updateActions);

    // Queued across threads: the engine runs on its own.
    connect(&engine, &Engine::stateChanged, this, [this](Engine::State state) {
        if (state == Engine::State::Running)
            reload();
    });
    connect(&engine, &Engine::commandsChanged, m_model, &CommandTableModel::refresh);

    retranslate();
    updateEmptyState();
    updateActions();
    updateDetails();
    if (engine.state() == Engine::State::Running)
        reload();
}

CommandsPage::~CommandsPage() = default;

QWidget *CommandsPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"commandsFilterBarWidget"_s);

    // Each filter names itself by its first entry ("All states"), so the bar needs no labels.
    const auto filterCombo = [bar](const QString &objectName) {
        auto *combo = new QComboBox(bar);
        combo->setObjectName(objectName);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        // As wide as the longest choice, within bounds; the pop-up shows every choice in full.
        const int em = combo->fontMetrics().horizontalAdvance(u'M');
        combo->setMinimumWidth(6 * em);
        combo->setMaximumWidth(18 * em);
        return combo;
    };
    m_stateCombo = filterCombo(u"stateFilterComboBox"_s);
    m_typeCombo = filterCombo(u"typeFilterComboBox"_s);
    m_deviceCombo = filterCombo(u"deviceFilterComboBox"_s);
    m_clearFiltersButton = new QPushButton(bar);
    m_clearFiltersButton->setObjectName(u"clearFiltersPushButton"_s);
    m_clearFiltersButton->setFlat(true);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_stateCombo);
    layout->addWidget(m_typeCombo);
    layout->addWidget(m_deviceCombo);
    layout->addWidget(m_clearFiltersButton);
    layout->addStretch(1);

    for (QComboBox *combo : {m_stateCombo, m_typeCombo, m_deviceCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_populating)
                applyFilters();
        });
    }
    connect(m_clearFiltersButton, &QPushButton::clicked, this, [this] {
        m_stateCombo->setCurrentIndex(0);
        m_typeCombo->setCurrentIndex(0);
        m_deviceCombo->setCurrentIndex(0);
    });
    return bar;
}

QWidget *CommandsPage::createActionBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"commandsActionBarWidget"_s);
    m_summaryLabel = new QLabel(bar);
    m_summaryLabel->setObjectName(u"commandSummaryLabel"_s);
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                            | Qt::LinksAccessibleByKeyboard);
    m_summaryLabel->setWordWrap(true);
    connect(m_summaryLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        bool ok = false;
        const int state = link.toInt(&ok);
        if (ok)
            showStateFilter(state);
    });
    m_retryButton = new QPushButton(bar);
    m_retryButton->setObjectName(u"retryCommandPushButton"_s);
    m_cancelButton = new QPushButton(bar);
    m_cancelButton->setObjectName(u"cancelCommandPushButton"_s);
    connect(m_retryButton, &QPushButton::clicked, this, &CommandsPage::retrySelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &CommandsPage::cancelSelected);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_summaryLabel, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_cancelButton);
    return bar;
}

void CommandsPage::createActions()
{
    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(u"cancelCommandAction"_s);
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &CommandsPage::cancelSelected);

    m_retryAction = new QAction(this);
    m_retryAction->setObjectName(u"retryCommandAction"_s);
    connect(m_retryAction, &QAction::triggered, this, &CommandsPage::retrySelected);

    m_copyUuidAction = new QAction(this);
    m_copyUuidAction->setObjectName(u"copyCommandUuidAction"_s);
    m_copyUuidAction->setShortcut(QKeySequence::Copy);
    m_copyUuidAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyUuidAction, &QAction::triggered, this, [this] {
        QStringList uuids;
        for (const CommandQueueEntry &entry : selectedEntries())
            uuids.append(entry.command.uuid);
        if (!uuids.isEmpty())
            QApplication::clipboard()->setText(uuids.join(u'\n'));
    });

    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(u"reloadCommandsAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reloadAction, &QAction::triggered, this, &CommandsPage::reload);

    m_view->addAction(m_retryAction);
    m_view->addAction(m_cancelAction);
    m_view->addAction(m_copyUuidAction);
    addAction(m_reloadAction);
}

void CommandsPage::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(settings.value(HeaderKey).toByteArray()))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void CommandsPage::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(HeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void CommandsPage::showDevice(const QString &deviceId)
{
    int index = m_deviceCombo->findData(deviceId);
    if (index < 0) {
        // A device without commands yet: keep the choice visible anyway.
        m_deviceCombo->addItem(deviceId, deviceId);
        index = m_deviceCombo->count() - 1;
    }
    m_deviceCombo->setCurrentIndex(index);
}

void CommandsPage::reload()
{
    m_model->reload();
}

void CommandsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommandsPage::retranslate()
{
    m_emptyState->setTitle(tr("No commands yet"));
    m_emptyState->setText(
        tr("Commands sent to devices, such as Lock, Restart or Erase, appear here with whether "
           "they were delivered and what the device answered. Send them from the Devices page."));
    m_stateCombo->setAccessibleName(tr("State"));
    m_stateCombo->setToolTip(tr("Show commands in this state"));
    m_typeCombo->setAccessibleName(tr("Command"));
    m_typeCombo->setToolTip(tr("Show commands of this kind"));
    m_deviceCombo->setAccessibleName(tr("Device"));
    m_deviceCombo->setToolTip(tr("Show the commands of this device"));
    m_clearFiltersButton->setText(tr("Show All"));
    m_clearFiltersButton->setToolTip(tr("Clear the filters and show every command"));
    m_view->setAccessibleName(tr("Command queue"));

    m_cancelAction->setText(tr("&Cancel Command…"));
    m_retryAction->setText(tr("&Retry Command"));
    m_copyUuidAction->setText(tr("Copy Command &UUID"));
    m_reloadAction->setText(tr("Re&load"));
    m_cancelButton->setText(tr("Cancel Command…"));
    m_retryButton->setText(tr("Retry"));

    populateFilters();
    updateSummary();
    updateActions();
}

void CommandsPage::populateFilters()
{
    m_populating = true;
    const QVariant state = m_stateCombo->currentData();
    const QVariant type = m_typeCombo->currentData();
    const QVariant device = m_deviceCombo->currentData();

    m_stateCombo->clear();
    m_stateCombo->addItem(tr("All states"), AllStates);
    m_stateCombo->addItem(tr("Unfinished"), UnfinishedStates);
    m_stateCombo->setItemData(1, tr("Queued, pushed, sent to device, or not now"), Qt::ToolTipRole);
    m_stateCombo->addItem(tr("Did not happen"), UnsuccessfulStates);
    m_stateCombo->setItemData(2, tr("Error, rejected, expired, or cancelled"), Qt::ToolTipRole);
    m_stateCombo->insertSeparator(m_stateCombo->count());
    for (CommandState each : s_stateOrder)
        m_stateCombo->addItem(CommandTableModel::stateText(each), static_cast<int>(each));

    m_typeCombo->clear();
    m_typeCombo->addItem(tr("All commands"), QString());
    for (const QString &requestType : m_model->requestTypes())
        m_typeCombo->addItem(CommandTableModel::typeText(requestType), requestType);

    m_deviceCombo->clear();
    m_deviceCombo->addItem(tr("All devices"), QString());
    for (const auto &[id, name] : m_model->devices())
        m_deviceCombo->addItem(name, id);

    const auto restore = [](QComboBox *combo, const QVariant &value) {
        if (!value.isValid())
            return;
        int index = combo->findData(value);
        if (index < 0 && !value.toString().isEmpty()) {
            combo->addItem(value.toString(), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(qMax(index, 0));
    };
    restore(m_stateCombo, state);
    restore(m_typeCombo, type);
    restore(m_deviceCombo, device);
    m_populating = false;
    applyFilters();
}

void CommandsPage::applyFilters()
{
    const int state = m_stateCombo->currentData().toInt();
    QList<CommandState> states;
    if (state == UnfinishedStates)
        states = CommandFilterModel::unfinishedStates();
    else if (state == UnsuccessfulStates)
        states = CommandFilterModel::unsuccessfulStates();
    else if (const auto single = commandStateFromValue(state); single && state != AllStates)
        states = {*single};
    m_filter->setStates(states);
    m_filter->setRequestType(m_typeCombo->currentData().toString());
    m_filter->setDeviceId(m_deviceCombo->currentData().toString());
    m_clearFiltersButton->setVisible(m_filter->isFiltering());
}

void CommandsPage::showStateFilter(int state)
{
    const int index = m_stateCombo->findData(state);
    if (index >= 0)
        m_stateCombo->setCurrentIndex(index);
}

void CommandsPage::updateSummary()
{
    if (!m_model->hasLoaded() && m_model->rowCount() == 0) {
        m_summaryLabel->clear();
        return;
    }
    QStringList parts;
    parts.append(tr("Total %1:").arg(m_model->rowCount()).toHtmlEscaped());
    for (CommandState state : s_stateOrder) {
        const int count = m_model->count(state);
        // NotNow and Expired always show: they are what an admin looks for first.
        if (count == 0 && state != CommandState::NotNow && state != CommandState::Expired)
            continue;
        parts.append(u"<a href=\"%1\">%2</a>"_s.arg(static_cast<int>(state))
                         .arg(stateCountText(state, count).toHtmlEscaped()));
    }
    m_summaryLabel->setText(parts.first() + u' ' + QStringList(parts.mid(1)).join(u" · "_s));
    m_summaryLabel->setToolTip(tr("Click a count to show only those commands"));
}

void CommandsPage::updateActions()
{
    const QList<CommandQueueEntry> entries = selectedEntries();
    bool cancellable = false;
    bool retryable = false;
    for (const CommandQueueEntry &entry : entries) {
        cancellable = cancellable || !isFinal(entry.command.state);
        retryable = retryable || isRetryable(entry.command.state);
    }
    const bool mayCancel = m_role.allows(ConsoleRole::Action::CancelCommand);
    const bool mayRetry = m_role.allows(ConsoleRole::Action::RetryCommand);
    m_cancelAction->setEnabled(mayCancel && cancellable);
    m_cancelButton->setEnabled(mayCancel && cancellable);
    m_retryAction->setEnabled(mayRetry && retryable);
    m_retryButton->setEnabled(mayRetry && retryable);
    m_copyUuidAction->setEnabled(!entries.isEmpty());

    const QString adminOnly = tr("Only an admin can do this; the console is in helpdesk mode.");
    m_cancelButton->setToolTip(mayCancel ? tr("Stop sending the selected unfinished commands "
                                              "(Delete)")
                                         : adminOnly);
    m_retryButton->setToolTip(mayRetry ? tr("Queue the selected failed, expired or cancelled "
                                            "commands again")
                                       : adminOnly);
}

void CommandsPage::updateDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->showEntry(nullptr);
        return;
    }
    if (rows.size() > 1) {
        m_details->showSelectionCount(int(rows.size()));
        return;
    }
    const QModelIndex source = m_filter->mapToSource(rows.first());
    if (!source.isValid()) {
        m_details->showEntry(nullptr);
        return;
    }
    m_details->showEntry(&m_model->entryAt(source.row()));
}

void CommandsPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    updateSummary();
}

QList<CommandQueueEntry> CommandsPage::selectedEntries() const
{
    QList<CommandQueueEntry> entries;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QModelIndex source = m_filter->mapToSource(row);
        if (source.isValid())
            entries.append(m_model->entryAt(source.row()));
    }
    return entries;
}

QString CommandsPage::describeList(const QList<CommandQueueEntry> &entries)
{
    QStringList lines;
    for (const CommandQueueEntry &entry : entries.mid(0, ListedInConfirmation)) {
        lines.append(tr("• %1 for %2 (%3)", "command type, device, state")
                         .arg(CommandTableModel::typeText(entry.command.requestType),
                              entry.deviceName,
                              CommandTableModel::stateText(entry.command.state)));
    }
    const int rest = int(entries.size()) - ListedInConfirmation;
    if (rest > 0)
        lines.append(tr("• and %n more", nullptr, rest));
    return lines.join(u'\n');
}

void CommandsPage::cancelSelected()
{
    if (!m_role.allows(ConsoleRole::Action::CancelCommand))
        return;
    QList<CommandQueueEntry> targets;
    for (const CommandQueueEntry &entry : selectedEntries()) {
        if (!isFinal(entry.command.state))
            targets.append(entry);
    }
    if (targets.isEmpty())
        return;
    const int count = int(targets.size());
    const QString text = tr("Cancel %n command(s)? The device will not receive them, even when "
                            "it checks in later.",
                            nullptr,
                            count)
                         + u"\n\n"_s + describeList(targets);
    if (!m_prompter.confirm(
            this, tr("Cancel Commands"), text, tr("Cancel %n Command(s)", nullptr, count))) {
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->remaining = count;
    batch->total = count;
    batch->summary = tr("%1 of %n command(s) could not be cancelled: %2", nullptr, count);
    const QString actor = m_role.actor();
    for (const CommandQueueEntry &entry : std::as_const(targets)) {
        const QString what = tr("%1 for %2")
                                 .arg(CommandTableModel::typeText(entry.command.requestType),
                                      entry.deviceName);
        Futures::then(this,
                      m_engine.cancel(entry.command.uuid, actor),
                      [this, batch, what](const Result<void> &cancelled) {
                          if (const std::optional<Error> error = batch->settle(
                                  what, cancelled ? nullptr : &cancelled.error()))
                              m_errors.showBlocking(tr("Cannot Cancel Commands"), *error);
                      });
    }
}

void CommandsPage::retrySelected()
{
    if (!m_role.allows(ConsoleRole::Action::RetryCommand))
        return;
    QList<CommandQueueEntry> targets;
    bool erases = false;
    for (const CommandQueueEntry &entry : selectedEntries()) {
        if (isRetryable(entry.command.state)) {
            targets.append(entry);
            erases = erases || entry.command.requestType == u"EraseDevice"_s;
        }
    }
    if (targets.isEmpty())
        return;
    const int count = int(targets.size());
    // Sending an erase again is as final as the first time.
    if (erases
        && !m_prompter.confirm(this,
                               tr("Retry Commands"),
                               tr("Queue %n command(s) again? This includes erasing a device, "
                                  "which deletes everything on it.",
                                  nullptr,
                                  count)
                                   + u"\n\n"_s + describeList(targets),
                               tr("Retry %n Command(s)", nullptr, count))) {
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->remaining = count;
    batch->total = count;
    batch->summary = tr("%1 of %n command(s) could not be queued again: %2", nullptr, count);
    const QString actor = m_role.actor();
    for (const CommandQueueEntry &entry : std::as_const(targets)) {
        const QString what = tr("%1 for %2")
                                 .arg(CommandTableModel::typeText(entry.command.requestType),
                                      entry.deviceName);
        Futures::then(this,
                      m_engine.retry(entry.command.uuid, actor),
                      [this, batch, what](const Result<QString> &queued) {
                          if (const std::optional<Error> error = batch->settle(
                                  what, queued ? nullptr : &queued.error()))
                              m_errors.showBlocking(tr("Cannot Retry Commands"), *error);
                      });
    }
}

} // namespace Espalier
