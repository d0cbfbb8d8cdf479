// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogPage.h"

#include "core/audit/AuditLogFilterModel.h"
#include "core/audit/AuditLogModel.h"
#include "core/audit/AuditLogStore.h"
#include "core/common/Csv.h"
#include "core/common/Futures.h"
#include "core/engine/Engine.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompter.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr auto SettingsGroup = "AuditLogPage"_L1;
constexpr auto HeaderKey = "header"_L1;

// New entries are fetched this long after an engine change, so a burst is one read.
constexpr int FetchDelayMs = 300;

enum class Period {
    Any,
    LastHour,
    Today,
    Last7Days,
    Last30Days,
    Custom,
};

} // namespace

AuditLogPage::AuditLogPage(Engine &engine,
                           Prompter &prompter,
                           ErrorPresenter &errors,
                           QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_prompter(prompter)
    , m_errors(errors)
    , m_model(new AuditLogModel(this))
    , m_filter(new AuditLogFilterModel(this))
    , m_fetchTimer(new QTimer(this))
{
    setObjectName(u"auditLogPage"_s);
    m_filter->setSourceModel(m_model);
    // Immutable once the engine is built, so reading it here is safe whatever thread it is on.
    m_model->setDatabasePath(engine.config().databasePath);
    m_fetchTimer->setSingleShot(true);
    m_fetchTimer->setInterval(FetchDelayMs);
    connect(m_fetchTimer, &QTimer::timeout, m_model, &AuditLogModel::fetchNewer);

    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setObjectName(u"auditLogEmptyStateWidget"_s);
    m_emptyState->setIcon(Icons::symbol(u"audit-log"_s));

    auto *content = new QWidget(this);
    content->setObjectName(u"auditLogContentWidget"_s);

    m_view = new QTableView(content);
    m_view->setObjectName(u"auditLogTableView"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setObjectName(u"auditLogHeaderView"_s);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(AuditLogModel::SequenceColumn, 6 * em);
    // Room for the widest time this locale writes, plus the cell's margins.
    header->resizeSection(AuditLogModel::TimeColumn,
                          fontMetrics().horizontalAdvance(AuditLogModel::formatTime(
                              QDateTime(QDate(2000, 12, 28), QTime(23, 58))))
                              + 2 * em);
    header->resizeSection(AuditLogModel::ActorColumn, 12 * em);
    header->resizeSection(AuditLogModel::ActionColumn, 13 * em);
    header->resizeSection(AuditLogModel::TargetColumn, 15 * em);
    m_view->sortByColumn(AuditLogModel::SequenceColumn, Qt::DescendingOrder);

    m_countLabel = new QLabel(content);
    m_countLabel->setObjectName(u"auditLogCountLabel"_s);
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_countLabel->setWordWrap(true);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 10, 12, 8);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(createFilterBar());
    contentLayout->addWidget(createBanner());
    contentLayout->addWidget(m_view, 1);
    contentLayout->addWidget(m_countLabel);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"auditLogStackedWidget"_s);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAuditEntryAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(m_findAction);
    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(u"reloadAuditLogAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reloadAction, &QAction::triggered, this, &AuditLogPage::reload);
    addAction(m_reloadAction);

    connect(m_model, &AuditLogModel::choicesChanged, this, &AuditLogPage::populateFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditLogPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditLogPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditLogPage::updateCount);
    connect(m_model, &AuditLogModel::loadFailed, this, [this](const Error &error) {
        m_errors.showPassing(error);
    });
    connect(m_model, &AuditLogModel::loaded, this, [this] {
        if (const std::optional<qint64> seq = std::exchange(m_pendingSelection, std::nullopt))
            selectSequence(*seq);
    });

    // Queued across threads: the engine runs on its own. Every change it reports came with audit
    // entries (a refusal of a device request does not report one; Reload reads those).
    connect(&engine, &Engine::stateChanged, this, [this](Engine::State state) {
        if (state == Engine::State::Running)
            reload();
    });
    for (auto signal :
         {&Engine::enrollmentsChanged, &Engine::devicesChanged, &Engine::commandsChanged}) {
        connect(&engine, signal, this, [this] {
            // Not restarted by later changes, so a busy engine still shows its entries.
            if (!m_fetchTimer->isActive())
                m_fetchTimer->start();
        });
    }

    retranslate();
    updateEmptyState();
    if (engine.state() == Engine::State::Running)
        reload();
}

AuditLogPage::~AuditLogPage() = default;

QWidget *AuditLogPage::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"auditLogFilterBarWidget"_s);

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(u"auditSearchLineEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    // Each filter names itself by its first entry ("Anyone"), so the bar needs no labels.
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
    m_actorCombo = filterCombo(u"actorFilterComboBox"_s);
    m_actionCombo = filterCombo(u"actionFilterComboBox"_s);
    m_periodCombo = filterCombo(u"periodFilterComboBox"_s);
    m_fromEdit = new QDateTimeEdit(bar);
    m_fromEdit->setObjectName(u"fromDateTimeEdit"_s);
    m_fromEdit->setCalendarPopup(true);
    m_untilEdit = new QDateTimeEdit(bar);
    m_untilEdit->setObjectName(u"untilDateTimeEdit"_s);
    m_untilEdit->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTime();
    m_fromEdit->setDateTime(now.addDays(-7));
    m_untilEdit->setDateTime(now.addSecs(3600));
    m_fromEdit->hide();
    m_untilEdit->hide();

    m_verifyButton = new QPushButton(bar);
    m_verifyButton->setObjectName(u"verifyChainPushButton"_s);
    m_exportButton = new QPushButton(bar);
    m_exportButton->setObjectName(u"exportCsvPushButton"_s);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_searchEdit, 1);
    top->addSpacing(6);
    top->addWidget(m_verifyButton);
    top->addWidget(m_exportButton);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_actorCombo);
    filters->addWidget(m_actionCombo);
    filters->addWidget(m_periodCombo);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_untilEdit);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(filters);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &AuditLogPage::applyFilters);
    for (QComboBox *combo : {m_actorCombo, m_actionCombo, m_periodCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_populating)
                applyFilters();
        });
    }
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, &AuditLogPage::applyFilters);
    connect(m_untilEdit, &QDateTimeEdit::dateTimeChanged, this, &AuditLogPage::applyFilters);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    return bar;
}

QWidget *AuditLogPage::createBanner()
{
    m_banner = new QWidget(this);
    m_banner->setObjectName(u"verificationBannerWidget"_s);
    m_banner->setAutoFillBackground(true);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerIcon->setObjectName(u"verificationIconLabel"_s);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"verificationLabel"_s);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    layout->addWidget(m_bannerText, 1);
    m_banner->hide();
    return m_banner;
}

void AuditLogPage::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    QHeaderView *header = m_view->horizontalHeader();
    if (header->restoreState(settings.value(HeaderKey).toByteArray()))
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void AuditLogPage::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(HeaderKey, m_view->horizontalHeader()->saveState());
}

void AuditLogPage::reload()
{
    m_model->reload();
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditLogPage::retranslate()
{
    m_emptyState->setTitle(tr("Nothing recorded yet"));
    m_emptyState->setText(tr("Every enrollment, command and change to profiles or certificates "
                             "is recorded here with who did it and when, in a chain that shows "
                             "if an entry is later changed or removed."));
    m_searchEdit->setPlaceholderText(tr("Search the log (Ctrl+F)"));
    m_actorCombo->setAccessibleName(tr("Who"));
    m_actorCombo->setToolTip(tr("Show what this person or part of Espalier did"));
    m_actionCombo->setAccessibleName(tr("Action"));
    m_actionCombo->setToolTip(tr("Show entries of this kind"));
    m_periodCombo->setAccessibleName(tr("Period"));
    m_periodCombo->setToolTip(tr("Show entries from this time"));
    m_fromEdit->setToolTip(tr("From"));
    m_untilEdit->setToolTip(tr("Until (not included)"));
    m_verifyButton->setText(tr("&Verify Chain"));
    m_verifyButton->setToolTip(tr("Check that no entry was changed, removed or inserted since it "
                                  "was written"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_exportButton->setToolTip(tr("Save the entries shown, with the columns shown, as a CSV "
                                  "file"));
    m_findAction->setText(tr("&Find"));
    m_reloadAction->setText(tr("Re&load"));
    m_view->setAccessibleName(tr("Audit log"));

    m_populating = true;
    const int period = m_periodCombo->currentIndex();
    m_periodCombo->clear();
    m_periodCombo->addItem(tr("Any time"), int(Period::Any));
    m_periodCombo->addItem(tr("Last hour"), int(Period::LastHour));
    m_periodCombo->addItem(tr("Today"), int(Period::Today));
    m_periodCombo->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_periodCombo->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_periodCombo->addItem(tr("Custom range"), int(Period::Custom));
    m_periodCombo->setCurrentIndex(qMax(period, 0));
    m_populating = false;
    populateFilters();
    if (m_verification)
        showVerification(*m_verification);
    updateCount();
}

void AuditLogPage::populateFilters()
{
    m_populating = true;
    const QString actor = m_actorCombo->currentData().toString();
    const QString action = m_actionCombo->currentData().toString();
    m_actorCombo->clear();
    m_actorCombo->addItem(tr("Anyone"), QString());
    for (const QString &each : m_model->actors())
        m_actorCombo->addItem(each, each);
    m_actionCombo->clear();
    m_actionCombo->addItem(tr("Any action"), QString());
    for (const QString &each : m_model->actions())
        m_actionCombo->addItem(each, each);
    m_actorCombo->setCurrentIndex(qMax(m_actorCombo->findData(actor), 0));
    m_actionCombo->setCurrentIndex(qMax(m_actionCombo->findData(action), 0));
    m_populating = false;
    applyFilters();
}

void AuditLogPage::applyFilters()
{
    if (m_populating)
        return;
    m_filter->setText(m_searchEdit->text());
    m_filter->setActor(m_actorCombo->currentData().toString());
    m_filter->setAction(m_actionCombo->currentData().toString());
    const auto period = static_cast<Period>(m_periodCombo->currentData().toInt());
    const bool custom = period == Period::Custom;
    m_fromEdit->setVisible(custom);
    m_untilEdit->setVisible(custom);
    const QDateTime now = QDateTime::currentDateTime();
    switch (period) {
    case Period::Any:
        m_filter->setTimeRange({}, {});
        break;
    case Period::LastHour:
        m_filter->setTimeRange(now.addSecs(-3600), {});
        break;
    case Period::Today:
        m_filter->setTimeRange(now.date().startOfDay(), {});
        break;
    case Period::Last7Days:
        m_filter->setTimeRange(now.addDays(-7), {});
        break;
    case Period::Last30Days:
        m_filter->setTimeRange(now.addDays(-30), {});
        break;
    case Period::Custom:
        m_filter->setTimeRange(m_fromEdit->dateTime(), m_untilEdit->dateTime());
        break;
    }
    updateCount();
}

void AuditLogPage::verifyChain()
{
    if (m_verifying)
        return;
    m_verifying = true;
    m_verifyButton->setEnabled(false);
    m_bannerIcon->clear();
    m_bannerText->setText(tr("Checking every entry of the audit log…"));
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_banner->show();
    Futures::then(this,
                  AuditLogStore::verifyAsync(m_model->databasePath()),
                  [this](const Result<AuditLog::Verification> &verification) {
                      m_verifying = false;
                      m_verifyButton->setEnabled(true);
                      if (!verification) {
                          m_banner->hide();
                          m_errors.showBlocking(tr("Cannot Verify the Audit Log"),
                                                verification.error());
                          return;
                      }
                      m_verification = *verification;
                      showVerification(*verification);
                      // Show the entries as they are in the store now, so the broken one reads as
                      // stored.
                      if (!verification->isIntact()) {
                          m_pendingSelection = verification->seq;
                          m_model->reload();
                      }
                      Q_EMIT verificationFinished(*verification);
                  });
}

void AuditLogPage::showVerification(const AuditLog::Verification &verification)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon = style()->standardIcon(
        verification.isIntact() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical,
        nullptr,
        this);
    m_bannerIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatio()));
    if (verification.isIntact()) {
        m_bannerText->setText(tr("The chain holds: all %n entries are exactly as they were "
                                 "written, none is missing and none was inserted.",
                                 nullptr,
                                 int(verification.entriesChecked)));
        m_banner->setBackgroundRole(QPalette::AlternateBase);
    } else {
        m_bannerText->setText(tr("The chain is broken at entry %1. %2 The entries before it "
                                 "are intact; nothing from this entry on can be trusted.")
                                  .arg(verification.seq)
                                  .arg(verification.description));
        m_banner->setBackgroundRole(QPalette::ToolTipBase);
    }
    m_banner->show();
}

void AuditLogPage::selectSequence(qint64 seq)
{
    int row = m_model->rowAtOrAfter(seq);
    if (row < 0)
        row = m_model->rowCount() - 1;
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        // Filtered out: the admin asked where the chain breaks, so show it.
        m_searchEdit->clear();
        m_actorCombo->setCurrentIndex(0);
        m_actionCombo->setCurrentIndex(0);
        m_periodCombo->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void AuditLogPage::exportCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(
                                       QStandardPaths::DocumentsLocation))
                                  .filePath(tr("audit-log-%1.csv", "file name")
                                                .arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_prompter.chooseSaveFile(
        this, tr("Export the Audit Log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The columns as the admin arranged them, the rows as filtered and sorted.
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    const QList<QStringList> records = Csv::fromModel(*m_filter, columns);
    m_exportButton->setEnabled(false);
    Futures::then(this,
                  Csv::writeAsync(path, records),
                  [this, path, rows = records.size() - 1](const Result<void> &written) {
                      m_exportButton->setEnabled(true);
                      if (!written) {
                          m_errors.showBlocking(tr("Cannot Export the Audit Log"), written.error());
                          Q_EMIT exportFinished(path, false);
                          return;
                      }
                      m_countLabel->setText(tr("Exported %n entries to %1.", nullptr, int(rows))
                                                .arg(QDir::toNativeSeparators(path)));
                      Q_EMIT exportFinished(path, true);
                  });
}

void AuditLogPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    updateCount();
}

void AuditLogPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_countLabel->setText(shown == total ? tr("%n entries", nullptr, total)
                                         : tr("%1 of %n entries shown", nullptr, total).arg(shown));
}

} // namespace Espalier
