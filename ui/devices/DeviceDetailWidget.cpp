// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceDetailWidget.h"

#include "core/devices/DeviceActions.h"
#include "core/devices/DeviceAppListModel.h"
#include "core/devices/DeviceCertificateListModel.h"
#include "core/devices/DeviceCommandListModel.h"
#include "core/devices/DeviceDetailLoader.h"
#include "core/devices/DeviceProfileListModel.h"
#include "core/devices/DeviceStatus.h"
#include "core/devices/DeviceTableModel.h"
#include "core/devices/FutureWatch.h"
#include "core/devices/LockPinListModel.h"
#include "core/plist/Plist.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/devices/DeviceActionController.h"
#include "ui/devices/DeviceStatusDelegate.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString when(const QDateTime &time)
{
    return time.isValid() ? DeviceTableModel::timeText(time) : DeviceDetailWidget::tr("Never");
}

QString onOff(std::optional<bool> value)
{
    if (!value)
        return DeviceDetailWidget::tr("Not reported");
    return *value ? DeviceDetailWidget::tr("On") : DeviceDetailWidget::tr("Off");
}

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return DeviceDetailWidget::tr("Not reported");
    return *value ? DeviceDetailWidget::tr("Yes") : DeviceDetailWidget::tr("No");
}

QString pushText(PushTokenState state)
{
    switch (state) {
    case PushTokenState::None:
        return DeviceDetailWidget::tr("No push token yet");
    case PushTokenState::Ok:
        return DeviceDetailWidget::tr("Working");
    case PushTokenState::Bad:
        return DeviceDetailWidget::tr("Refused by Apple's push service");
    case PushTokenState::Unregistered:
        return DeviceDetailWidget::tr("No longer valid (the device must check in)");
    }
    return {};
}

void setRows(QFormLayout *form, const QList<std::pair<QString, QString>> &rows)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
    for (const auto &[label, value] : rows) {
        auto *text = new QLabel(value);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, text);
    }
}

QTableView *newTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// The newest position a device reported in answer to DeviceLocation, as text with a map link.
QString locationText(const QList<Command> &commands)
{
    for (const Command &command : commands) {
        if (command.requestType != u"DeviceLocation"_s
            || command.state != CommandState::Acknowledged)
            continue;
        Result<QVariant> report = Plist::parse(command.result);
        if (!report)
            continue;
        const QVariantMap map = report->toMap();
        bool latOk = false;
        bool lonOk = false;
        const double latitude = map.value(u"Latitude"_s).toDouble(&latOk);
        const double longitude = map.value(u"Longitude"_s).toDouble(&lonOk);
        if (!latOk || !lonOk)
            continue;
        const QString position = u"%1, %2"_s.arg(latitude, 0, 'f', 5).arg(longitude, 0, 'f', 5);
        const QUrl mapUrl(u"https://www.openstreetmap.org/?mlat=%1&mlon=%2#map=17/%1/%2"_s
                              .arg(latitude, 0, 'f', 5)
                              .arg(longitude, 0, 'f', 5));
        //: %1 is a position as latitude, longitude; %2 when the device reported it
        return DeviceDetailWidget::tr("<a href=\"%1\">%2</a> (reported %3)")
            .arg(mapUrl.toString().toHtmlEscaped(), position, when(command.completedAt));
    }
    return {};
}

} // namespace

DeviceDetailWidget::DeviceDetailWidget(DeviceActions &actions,
                                       DeviceActionController &controller,
                                       ErrorPresenter &errors,
                                       QString udid,
                                       QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_controller(controller)
    , m_errors(errors)
    , m_udid(std::move(udid))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_apps(new DeviceAppListModel(this))
    , m_profiles(new DeviceProfileListModel(this))
    , m_certificates(new DeviceCertificateListModel(this))
    , m_commands(new DeviceCommandListModel(this))
    , m_pins(new LockPinListModel(this))
{
    setObjectName(u"deviceDetailWidget"_s);
    m_title->setObjectName(u"deviceNameLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(u"deviceSubtitleLabel"_s);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"deviceStatusLabel"_s);
    m_status->setTextFormat(Qt::RichText);

    createActions();

    auto *buttonRow = new QHBoxLayout;
    buttonRow->setSpacing(6);
    for (DeviceAction action :
         {DeviceAction::RefreshInventory, DeviceAction::Lock, DeviceAction::Wipe}) {
        buttonRow->addWidget(m_buttons.value(static_cast<int>(action)));
    }
    buttonRow->addWidget(m_lostModeButton);
    for (DeviceAction action :
         {DeviceAction::Restart, DeviceAction::ShutDown, DeviceAction::ClearPasscode}) {
        buttonRow->addWidget(m_buttons.value(static_cast<int>(action)));
    }
    buttonRow->addStretch(1);

    m_tabs->setObjectName(u"detailTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverview(), QString());
    m_tabs->addTab(createSecurity(), QString());
    m_tabs->addTab(createListTab(newTable(this, u"appsTableView"_s),
                                 m_apps,
                                 tr("The device hasn't reported its apps yet."),
                                 &m_appsEmpty),
                   QString());
    m_tabs->addTab(createListTab(newTable(this, u"profilesTableView"_s),
                                 m_profiles,
                                 tr("The device hasn't reported its profiles yet."),
                                 &m_profilesEmpty),
                   QString());
    m_tabs->addTab(createListTab(newTable(this, u"certificatesTableView"_s),
                                 m_certificates,
                                 tr("The device hasn't reported its certificates yet."),
                                 &m_certificatesEmpty),
                   QString());
    m_tabs->addTab(createCommands(), QString());
    m_tabs->addTab(createLockPins(), QString());

    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    header->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(buttonRow);
    layout->addWidget(m_tabs, 1);

    connect(&m_actions, &DeviceActions::devicesChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_udid))
            scheduleReload();
    });
    connect(&m_actions, &DeviceActions::enrollmentsChanged, this, [this](const QStringList &ids) {
        if (!m_detail)
            return;
        for (const Enrollment &channel : std::as_const(m_detail->channels)) {
            if (ids.contains(channel.id)) {
                scheduleReload();
                return;
            }
        }
    });
    connect(&m_actions, &DeviceActions::commandsChanged, this, [this](const QStringList &uuids) {
        // A command we don't know yet may be a new one for this device; one device's detail is
        // cheap to read again.
        Q_UNUSED(uuids);
        scheduleReload();
    });

    connect(&m_controller, &DeviceActionController::submitted, this, [this] { updateActions(); });
    connect(&m_controller, &DeviceActionController::permissionsChanged, this, [this] {
        updateActions();
        updateCommandPane();
    });
    connect(&m_controller, &DeviceActionController::abandoned, this, [this] { updateActions(); });

    retranslate();
    updateActions();
    reload();
}

DeviceDetailWidget::~DeviceDetailWidget() = default;

void DeviceDetailWidget::createActions()
{
    for (DeviceAction action : {DeviceAction::RefreshInventory,
                                DeviceAction::Lock,
                                DeviceAction::Wipe,
                                DeviceAction::Restart,
                                DeviceAction::ShutDown,
                                DeviceAction::ClearPasscode}) {
        auto *button = new QPushButton(this);
        button->setAutoDefault(false);
        const QString key = DeviceActionPlanner::actionKey(action);
        // "clear-passcode" -> "clearPasscodeButton"
        QString name;
        bool upper = false;
        for (QChar c : key) {
            if (c == u'-') {
                upper = true;
                continue;
            }
            name += upper ? c.toUpper() : c;
            upper = false;
        }
        button->setObjectName(name + u"Button"_s);
        connect(button, &QPushButton::clicked, this, [this, action] { run(action); });
        m_buttons.insert(static_cast<int>(action), button);
    }
    m_lostModeButton = new QToolButton(this);
    m_lostModeButton->setObjectName(u"lostModeButton"_s);
    m_lostModeButton->setPopupMode(QToolButton::InstantPopup);
    m_lostModeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_lostModeButton);
    menu->setObjectName(u"lostModeMenu"_s);
    const QList<std::pair<DeviceAction, QString>> lostModeActions{
        {DeviceAction::EnableLostMode, u"enableLostModeAction"_s},
        {DeviceAction::PlayLostModeSound, u"playLostModeSoundAction"_s},
        {DeviceAction::Locate, u"locateAction"_s},
        {DeviceAction::DisableLostMode, u"disableLostModeAction"_s}};
    for (const auto &[action, objectName] : lostModeActions) {
        QAction *item = menu->addAction(QString());
        item->setObjectName(objectName);
        const DeviceAction chosen = action;
        connect(item, &QAction::triggered, this, [this, chosen] { run(chosen); });
        m_lostModeActions.insert(static_cast<int>(action), item);
    }
    menu->setToolTipsVisible(true);
    m_lostModeButton->setMenu(menu);
}

QWidget *DeviceDetailWidget::createOverview()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"overviewPage"_s);
    m_overviewForm = new QFormLayout;
    m_overviewForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_lockState = new QLabel(page);
    m_lockState->setObjectName(u"lockStateLabel"_s);
    m_lockState->setWordWrap(true);
    m_showPinButton = new QPushButton(page);
    m_showPinButton->setObjectName(u"showCurrentPinButton"_s);
    m_showPinButton->setAutoDefault(false);
    connect(m_showPinButton, &QPushButton::clicked, this, &DeviceDetailWidget::showLockPins);
    m_currentPin = new QLabel(page);
    m_currentPin->setObjectName(u"currentPinLabel"_s);
    m_currentPin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont pinFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    pinFont.setPointSizeF(pinFont.pointSizeF() * 1.6);
    pinFont.setBold(true);
    m_currentPin->setFont(pinFont);
    auto *lockRow = new QHBoxLayout;
    lockRow->addWidget(m_lockState, 1);
    lockRow->addWidget(m_currentPin);
    lockRow->addWidget(m_showPinButton);

    m_location = new QLabel(page);
    m_location->setObjectName(u"locationLabel"_s);
    m_location->setOpenExternalLinks(true);
    m_location->setTextFormat(Qt::RichText);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(lockRow);
    innerLayout->addLayout(m_overviewForm);
    innerLayout->addWidget(m_location);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return page;
}

QWidget *DeviceDetailWidget::createSecurity()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"securityPage"_s);
    m_securityForm = new QFormLayout;
    m_securityForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(m_securityForm);
    layout->addStretch(1);
    return page;
}

QWidget *DeviceDetailWidget::createListTab(QTableView *view,
                                           QAbstractItemModel *model,
                                           const QString &emptyText,
                                           QLabel **emptyLabel)
{
    auto *page = new QWidget(this);
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole + 1);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setParent(page);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    *emptyLabel = new QLabel(emptyText, page);
    (*emptyLabel)->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(*emptyLabel);
    layout->addWidget(view, 1);
    return page;
}

QWidget *DeviceDetailWidget::createCommands()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"commandsPage"_s);
    m_commandView = newTable(page, u"commandsTableView"_s);
    m_commandView->setModel(m_commands);
    m_commandView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_commandView->horizontalHeader()->setStretchLastSection(true);

    m_cancelCommand = new QPushButton(page);
    m_cancelCommand->setObjectName(u"cancelCommandButton"_s);
    m_cancelCommand->setAutoDefault(false);
    m_retryCommand = new QPushButton(page);
    m_retryCommand->setObjectName(u"retryCommandButton"_s);
    m_retryCommand->setAutoDefault(false);
    m_commandExplanation = new QLabel(page);
    m_commandExplanation->setObjectName(u"commandExplanationLabel"_s);
    m_commandExplanation->setWordWrap(true);
    m_commandExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_request = new QPlainTextEdit(page);
    m_request->setObjectName(u"commandRequestTextEdit"_s);
    m_request->setReadOnly(true);
    m_request->setFont(fixed);
    m_request->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_response = new QPlainTextEdit(page);
    m_response->setObjectName(u"commandResponseTextEdit"_s);
    m_response->setReadOnly(true);
    m_response->setFont(fixed);
    m_response->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawTabs = new QTabWidget(page);
    m_rawTabs->setObjectName(u"commandRawTabWidget"_s);
    m_rawTabs->addTab(m_request, QString());
    m_rawTabs->addTab(m_response, QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_commandExplanation, 1);
    buttons->addWidget(m_cancelCommand);
    buttons->addWidget(m_retryCommand);
    auto *lower = new QWidget(page);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(buttons);
    lowerLayout->addWidget(m_rawTabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(u"commandsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_commandView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);

    connect(m_commandView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &DeviceDetailWidget::updateCommandPane);
    connect(m_cancelCommand, &QPushButton::clicked, this, [this] {
        const QString uuid = m_commandView->currentIndex()
                                 .data(DeviceCommandListModel::CommandUuidRole)
                                 .toString();
        if (uuid.isEmpty())
            return;
        FutureWatch::onFinished(this, m_actions.cancel(uuid), [this](const Result<void> &done) {
            if (!done)
                m_errors.showBlocking(tr("Cannot Cancel the Command"), done.error());
            scheduleReload();
        });
    });
    connect(m_retryCommand, &QPushButton::clicked, this, [this] {
        const QString uuid = m_commandView->currentIndex()
                                 .data(DeviceCommandListModel::CommandUuidRole)
                                 .toString();
        if (uuid.isEmpty())
            return;
        FutureWatch::onFinished(this, m_actions.retry(uuid), [this](const Result<QString> &done) {
            if (!done)
                m_errors.showBlocking(tr("Cannot Retry the Command"), done.error());
            scheduleReload();
        });
    });
    updateCommandPane();
    return page;
}

QWidget *DeviceDetailWidget::createLockPins()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"lockPinsPage"_s);
    m_pinNote = new QLabel(page);
    m_pinNote->setObjectName(u"lockPinsNoteLabel"_s);
    m_pinNote->setWordWrap(true);
    m_loadPinsButton = new QPushButton(page);
    m_loadPinsButton->setObjectName(u"showLockPinsButton"_s);
    m_loadPinsButton->setAutoDefault(false);
    connect(m_loadPinsButton, &QPushButton::clicked, this, &DeviceDetailWidget::showLockPins);
    m_pinView = newTable(page, u"lockPinsTableView"_s);
    m_pinView->setModel(m_pins);
    m_pinView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pinView->horizontalHeader()->setStretchLastSection(true);
    QFont pinFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    pinFont.setBold(true);
    m_pinView->setFont(pinFont);
    m_pinView->hide();
    auto *top = new QHBoxLayout;
    top->addWidget(m_pinNote, 1);
    top->addWidget(m_loadPinsButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_pinView, 1);
    return page;
}

void DeviceDetailWidget::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void DeviceDetailWidget::scheduleReload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    reload();
}

void DeviceDetailWidget::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    FutureWatch::onFinished(this,
                            DeviceDetailLoader::load(m_actions.databasePath(), m_udid),
                            [this](const Result<DeviceDetail> &detail) {
                                m_loading = false;
                                if (!detail) {
                                    m_errors.showPassing(detail.error());
                                } else {
                                    apply(*detail);
                                    Q_EMIT loaded();
                                }
                                if (m_reloadAgain) {
                                    m_reloadAgain = false;
                                    reload();
                                }
                            });
}

void DeviceDetailWidget::apply(const DeviceDetail &detail)
{
    m_detail = detail;
    const DeviceSummary &s = detail.action.summary;
    const Device &d = detail.device;
    const QString name = s.name.isEmpty() ? tr("Unnamed device") : s.name;
    m_title->setText(name);
    Q_EMIT titleChanged(name);
    QStringList subtitle;
    for (const QString &part :
         {s.modelName.isEmpty() ? s.productName : s.modelName,
          s.platform.isEmpty() ? s.osVersion : s.platform + u' ' + s.osVersion,
          s.serialNumber}) {
        if (!part.trimmed().isEmpty())
            subtitle.append(part);
    }
    m_subtitle->setText(subtitle.join(u" · "_s));
    const DeviceStatus status = DeviceStatuses::of(s, QDateTime::currentDateTimeUtc());
    m_status->setText(u"<span style=\"color:%1\">&#9679;</span> <b>%2</b> — %3"_s.arg(
        DeviceStatusDelegate::color(status).name(),
        DeviceStatuses::text(status).toHtmlEscaped(),
        DeviceStatuses::explanation(status).toHtmlEscaped()));
    m_status->setToolTip(DeviceStatuses::explanation(status));

    QString model = s.modelName;
    if (!s.productName.isEmpty() && s.productName != model)
        model += model.isEmpty() ? s.productName : u" ("_s + s.productName + u')';
    QString os = s.platform + u' ' + s.osVersion;
    if (!d.buildVersion.isEmpty())
        os += u" ("_s + d.buildVersion + u')';
    const Enrollment *channel = detail.channels.isEmpty() ? nullptr : &detail.channels.constFirst();
    setRows(m_overviewForm,
            {{tr("Name:"), name},
             {tr("Serial number:"), s.serialNumber},
             {tr("Model:"), model},
             {tr("System:"), os.trimmed()},
             {tr("User:"), s.user.isEmpty() ? tr("None reported") : s.user},
             {tr("Enrollment:"),
              s.enrollmentId.isEmpty()             ? tr("Not enrolled")
              : channel && channel->userEnrollment ? tr("User Enrollment (a personal device)")
                                                   : tr("Device enrollment")},
             {tr("Enrolled:"), when(s.enrolledAt)},
             {tr("Last check-in:"), when(s.lastSeenAt)},
             {tr("Inventory updated:"), when(d.inventoryUpdatedAt)},
             {tr("Push:"), channel ? pushText(channel->pushTokenState) : QString()},
             {tr("UDID:"), s.udid}});

    setRows(m_securityForm,
            {{tr("FileVault:"), onOff(d.fileVaultEnabled)},
             {tr("System Integrity Protection:"), onOff(d.systemIntegrityProtectionEnabled)},
             {tr("User-approved enrollment:"), yesNo(d.userApprovedEnrollment)},
             {tr("Activation Lock:"), onOff(d.activationLockEnabled)},
             {tr("Passcode set:"), yesNo(d.passcodePresent)},
             {tr("Supervised:"), yesNo(d.supervised)},
             {tr("Unlock token escrowed:"),
              s.hasUnlockToken ? tr("Yes") : tr("No (Clear Passcode is not possible)")}});

    m_apps->set(detail.apps);
    m_profiles->set(detail.profiles);
    m_certificates->set(detail.certificates);
    m_appsEmpty->setVisible(detail.apps.isEmpty());
    m_profilesEmpty->setVisible(detail.profiles.isEmpty());
    m_certificatesEmpty->setVisible(detail.certificates.isEmpty());

    const QString selected
        = m_commandView->currentIndex().data(DeviceCommandListModel::CommandUuidRole).toString();
    m_commands->set(detail.commands);
    if (const int row = m_commands->rowOf(selected); row >= 0)
        m_commandView->setCurrentIndex(m_commands->index(row, 0));
    updateCommandPane();

    const QString location = locationText(detail.commands);
    m_location->setVisible(!location.isEmpty());
    m_location->setText(tr("Last location: %1").arg(location));

    // PINs already shown here follow their commands' states without being opened again.
    if (m_pinsLoaded) {
        QList<LockPinRecord> pins;
        for (int row = 0; row < m_pins->rowCount(); ++row) {
            LockPinRecord pin = m_pins->record(row);
            for (const Command &command : detail.commands) {
                if (command.uuid == pin.commandUuid) {
                    pin.state = command.state;
                    pin.completedAt = command.completedAt;
                }
            }
            pins.append(pin);
        }
        m_pins->set(pins);
    }
    updateCurrentPin();
    updateActions();
}

void DeviceDetailWidget::updateCurrentPin()
{
    const DeviceSummary *s = m_detail ? &m_detail->action.summary : nullptr;
    const bool mac = m_detail && m_detail->action.target.platform == Platform::MacOS;
    const DeviceStatus status = s ? DeviceStatuses::of(*s, QDateTime::currentDateTimeUtc())
                                  : DeviceStatus::Unenrolled;
    QString state;
    if (s && s->lastLock.isValid()) {
        const QString by = [&] {
            for (const Command &command : m_detail->commands) {
                if (command.uuid == s->lastLock.uuid)
                    return command.createdBy;
            }
            return QString();
        }();
        if (status == DeviceStatus::Locked)
            state = tr("Locked since %1, by %2.").arg(when(s->lastLock.completedAt), by);
        else if (status == DeviceStatus::LockPending)
            state = tr("Lock pending since %1, queued by %2.").arg(when(s->lastLock.createdAt), by);
    }
    const bool hasPins = mac && s && (s->lastLock.isValid() || s->lastErase.isValid());
    m_lockState->setText(state);
    m_lockState->setVisible(!state.isEmpty());
    m_showPinButton->setVisible(hasPins && !m_pinsLoaded);
    if (m_pinsLoaded && m_pins->currentRow() >= 0) {
        m_currentPin->setText(tr("PIN %1").arg(m_pins->record(m_pins->currentRow()).pin));
        m_currentPin->setVisible(true);
    } else if (m_pinsLoaded && m_pins->rowCount() > 0) {
        m_currentPin->setText(
            tr("Newest PIN %1 (not acknowledged yet)").arg(m_pins->record(0).pin));
        m_currentPin->setVisible(true);
    } else {
        m_currentPin->clear();
        m_currentPin->setVisible(false);
    }
    m_pinView->setVisible(m_pinsLoaded);
}

void DeviceDetailWidget::showLockPins()
{
    m_showPinButton->setEnabled(false);
    m_loadPinsButton->setEnabled(false);
    FutureWatch::onFinished(
        this, m_actions.lockPins(m_udid), [this](const Result<QList<LockPinRecord>> &pins) {
            m_showPinButton->setEnabled(true);
            m_loadPinsButton->setEnabled(true);
            if (!pins) {
                m_errors.showBlocking(tr("Cannot Show the Lock PINs"), pins.error());
                return;
            }
            m_pins->set(*pins);
            m_pinsLoaded = true;
            m_pinNote->setText(
                pins->isEmpty() ? tr("This device was never sent a PIN. Only Macs get one, with "
                                     "Lock and Wipe.")
                                : tr("Every PIN this device was sent, newest first. The Mac opens "
                                     "only with the PIN of the lock it ran last. Viewing them was "
                                     "recorded in the audit log."));
            updateCurrentPin();
            Q_EMIT lockPinsShown();
        });
}

void DeviceDetailWidget::updateActions()
{
    const bool busy = m_controller.isBusy();
    const auto reasonFor = [this](DeviceAction action) -> std::optional<QString> {
        if (!m_detail)
            return tr("Loading…");
        return DeviceActionPlanner::unavailableReason(action, m_detail->action);
    };
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const auto action = static_cast<DeviceAction>(it.key());
        const std::optional<QString> reason = reasonFor(action);
        it.value()->setVisible(m_controller.allows(action));
        it.value()->setEnabled(!reason && !busy);
        it.value()->setToolTip(reason.value_or(QString()));
    }
    bool anyLostMode = false;
    for (auto it = m_lostModeActions.cbegin(); it != m_lostModeActions.cend(); ++it) {
        const auto action = static_cast<DeviceAction>(it.key());
        const std::optional<QString> reason = reasonFor(action);
        it.value()->setVisible(m_controller.allows(action));
        it.value()->setEnabled(!reason && !busy);
        it.value()->setToolTip(reason.value_or(QString()));
        anyLostMode = anyLostMode || !reason;
    }
    m_lostModeButton->setVisible(m_controller.allows(DeviceAction::EnableLostMode));
    m_lostModeButton->setEnabled(anyLostMode && !busy);
    if (!anyLostMode && m_detail)
        m_lostModeButton->setToolTip(reasonFor(DeviceAction::EnableLostMode).value_or(QString()));
    else
        m_lostModeButton->setToolTip(QString());
}

void DeviceDetailWidget::updateCommandPane()
{
    const QModelIndex current = m_commandView->currentIndex();
    const bool any = current.isValid();
    m_cancelCommand->setEnabled(any
                                && current.data(DeviceCommandListModel::CanCancelRole).toBool());
    m_retryCommand->setEnabled(any && current.data(DeviceCommandListModel::CanRetryRole).toBool());
    m_commandExplanation->setText(
        any ? current.data(DeviceCommandListModel::ExplanationRole).toString()
            : tr("Choose a command to see what happened to it and the raw request and response."));
    m_request->setPlainText(any ? current.data(DeviceCommandListModel::RequestRole).toString()
                                : QString());
    m_response->setPlainText(any ? current.data(DeviceCommandListModel::ResponseRole).toString()
                                 : QString());
}

void DeviceDetailWidget::run(DeviceAction action)
{
    m_controller.run(action, {m_udid});
    updateActions();
}

void DeviceDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_detail)
            apply(*m_detail);
    }
    QWidget::changeEvent(event);
}

void DeviceDetailWidget::retranslate()
{
    m_tabs->setTabText(static_cast<int>(Tab::Overview), tr("Overview"));
    m_tabs->setTabText(static_cast<int>(Tab::Security), tr("Security"));
    m_tabs->setTabText(static_cast<int>(Tab::Apps), tr("Apps"));
    m_tabs->setTabText(static_cast<int>(Tab::Profiles), tr("Profiles"));
    m_tabs->setTabText(static_cast<int>(Tab::Certificates), tr("Certificates"));
    m_tabs->setTabText(static_cast<int>(Tab::Commands), tr("Commands"));
    m_tabs->setTabText(static_cast<int>(Tab::LockPins), tr("Lock PINs"));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const auto action = static_cast<DeviceAction>(it.key());
        const QString name = DeviceActionPlanner::actionName(action);
        // Refresh needs no confirmation; the others ask first.
        it.value()->setText(action == DeviceAction::RefreshInventory ? name : name + u'…');
    }
    m_lostModeButton->setText(tr("Lost Mode"));
    for (auto it = m_lostModeActions.cbegin(); it != m_lostModeActions.cend(); ++it) {
        const auto action = static_cast<DeviceAction>(it.key());
        const QString name = DeviceActionPlanner::actionName(action);
        it.value()->setText(action == DeviceAction::EnableLostMode ? name + u'…' : name);
    }
    m_showPinButton->setText(tr("Show PIN"));
    m_showPinButton->setToolTip(tr("Shows the PIN that opens this Mac. Viewing it is recorded in "
                                   "the audit log."));
    m_loadPinsButton->setText(tr("Show Lock PINs"));
    if (!m_pinsLoaded)
        m_pinNote->setText(tr("Every Find My PIN this device was sent with Lock or Wipe is kept. "
                              "Showing them is recorded in the audit log."));
    m_cancelCommand->setText(tr("Cancel Command"));
    m_retryCommand->setText(tr("Retry"));
    m_rawTabs->setTabText(0, tr("Request"));
    m_rawTabs->setTabText(1, tr("Response"));
}

} // namespace Espalier
