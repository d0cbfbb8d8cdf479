// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enrollment/EnrollmentPage.h"

#include "core/common/Futures.h"
#include "core/engine/Engine.h"
#include "core/enrollment/EnrollmentLinkTableModel.h"
#include "core/roles/ConsoleRole.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompter.h"
#include "ui/enrollment/QrCodeImage.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr int DefaultExpiryDays = 7;
constexpr int ReloadDelayMs = 300;

QString formatTime(const QDateTime &time)
{
    return EnrollmentLinkTableModel::formatTime(time);
}

} // namespace

EnrollmentPage::EnrollmentPage(
    Engine &engine, ConsoleRole &role, Prompter &prompter, ErrorPresenter &errors, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_role(role)
    , m_prompter(prompter)
    , m_errors(errors)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_model(new EnrollmentLinkTableModel(this))
{
    setObjectName(u"enrollmentPage"_s);

    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setObjectName(u"enrollmentEmptyStateWidget"_s);
    m_emptyState->setIcon(Icons::symbol(u"enrollment"_s));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(EnrollmentLinkTableModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"enrollmentLinksTableView"_s);
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EnrollmentLinkTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(EnrollmentLinkTableModel::LabelColumn, 12 * em);
    header->resizeSection(EnrollmentLinkTableModel::StateColumn, 6 * em);
    header->resizeSection(EnrollmentLinkTableModel::UsesColumn, 6 * em);
    header->resizeSection(EnrollmentLinkTableModel::ExpiresColumn, 9 * em);
    header->resizeSection(EnrollmentLinkTableModel::CreatedColumn, 9 * em);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"enrollmentSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"enrollmentStackedWidget"_s);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(createForm());
    layout->addWidget(m_stack, 1);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(u"newEnrollmentLinkAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] {
        m_labelEdit->setFocus(Qt::ShortcutFocusReason);
        m_labelEdit->selectAll();
    });
    addAction(m_newAction);

    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &EnrollmentPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnrollmentPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EnrollmentPage::updateEmptyState);
    // Queued from the engine thread: links become readable once the engine serves.
    connect(&m_engine, &Engine::stateChanged, this, [this](Engine::State state) {
        if (state == Engine::State::Running)
            reload();
    });
    // A device that enrolls changes a link's use count and the devices list.
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelayMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &EnrollmentPage::reload);
    connect(&m_engine, &Engine::enrollmentsChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(&m_role, &ConsoleRole::modeChanged, this, &EnrollmentPage::showCurrent);

    retranslate();
    updateEmptyState();
    showCurrent();
    reload();
}

EnrollmentPage::~EnrollmentPage() = default;

void EnrollmentPage::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

QWidget *EnrollmentPage::createForm()
{
    m_form = new QWidget(this);
    m_form->setObjectName(u"enrollmentFormWidget"_s);
    m_formTitle = new QLabel(m_form);
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);

    m_labelLabel = new QLabel(m_form);
    m_labelEdit = new QLineEdit(m_form);
    m_labelEdit->setObjectName(u"linkLabelLineEdit"_s);
    m_labelEdit->setMaxLength(200);
    m_labelEdit->setClearButtonEnabled(true);
    m_labelLabel->setBuddy(m_labelEdit);

    m_expiresCheck = new QCheckBox(m_form);
    m_expiresCheck->setObjectName(u"linkExpiresCheckBox"_s);
    m_expiresEdit = new QDateTimeEdit(QDateTime::currentDateTime().addDays(DefaultExpiryDays),
                                      m_form);
    m_expiresEdit->setObjectName(u"linkExpiresDateTimeEdit"_s);
    m_expiresEdit->setCalendarPopup(true);
    m_expiresEdit->setMinimumDateTime(QDateTime::currentDateTime());
    m_expiresEdit->setEnabled(false);
    connect(m_expiresCheck, &QCheckBox::toggled, m_expiresEdit, &QWidget::setEnabled);

    m_usesCheck = new QCheckBox(m_form);
    m_usesCheck->setObjectName(u"linkUsesCheckBox"_s);
    m_usesSpin = new QSpinBox(m_form);
    m_usesSpin->setObjectName(u"linkUsesSpinBox"_s);
    m_usesSpin->setRange(1, 100000);
    m_usesSpin->setValue(1);
    m_usesSpin->setEnabled(false);
    connect(m_usesCheck, &QCheckBox::toggled, m_usesSpin, &QWidget::setEnabled);

    m_createButton = new QPushButton(m_form);
    m_createButton->setObjectName(u"createLinkButton"_s);
    m_createButton->setDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &EnrollmentPage::createLink);
    connect(m_labelEdit, &QLineEdit::returnPressed, this, &EnrollmentPage::createLink);

    // In rows, so the page stays narrow enough for a small window beside the sidebar.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_labelLabel, 0, 0);
    grid->addWidget(m_labelEdit, 0, 1, 1, 2);
    grid->addWidget(m_expiresCheck, 1, 0);
    grid->addWidget(m_expiresEdit, 1, 1);
    grid->addWidget(m_usesCheck, 2, 0);
    grid->addWidget(m_usesSpin, 2, 1, Qt::AlignLeft);
    grid->addWidget(m_createButton, 2, 2, Qt::AlignRight);
    grid->setColumnStretch(2, 1);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_formTitle);
    layout->addLayout(grid);
    return m_form;
}

QWidget *EnrollmentPage::createDetails()
{
    auto *details = new QWidget(this);
    details->setObjectName(u"enrollmentDetailsWidget"_s);
    m_detailTitle = new QLabel(details);
    m_detailTitle->setObjectName(u"linkTitleLabel"_s);
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailState = new QLabel(details);
    m_detailState->setObjectName(u"linkStateLabel"_s);
    m_detailState->setWordWrap(true);

    m_urlLabel = new QLabel(details);
    m_urlEdit = new QLineEdit(details);
    m_urlEdit->setObjectName(u"linkUrlLineEdit"_s);
    m_urlEdit->setReadOnly(true);
    m_urlLabel->setBuddy(m_urlEdit);
    m_urlNote = new QLabel(details);
    m_urlNote->setObjectName(u"linkUrlNoteLabel"_s);
    m_urlNote->setWordWrap(true);
    m_urlNote->setForegroundRole(QPalette::PlaceholderText);

    m_qrLabel = new QLabel(details);
    m_qrLabel->setObjectName(u"linkQrCodeLabel"_s);
    m_qrLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_copyButton = new QPushButton(details);
    m_copyButton->setObjectName(u"copyLinkButton"_s);
    connect(m_copyButton, &QPushButton::clicked, this, &EnrollmentPage::copyUrl);
    m_sendButton = new QPushButton(details);
    m_sendButton->setObjectName(u"sendLinkButton"_s);
    connect(m_sendButton, &QPushButton::clicked, this, &EnrollmentPage::sendUrl);
    m_revokeButton = new QPushButton(details);
    m_revokeButton->setObjectName(u"revokeLinkButton"_s);
    connect(m_revokeButton, &QPushButton::clicked, this, &EnrollmentPage::revokeLink);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_sendButton);
    buttons->addStretch(1);
    buttons->addWidget(m_revokeButton);

    m_devicesTitle = new QLabel(details);
    m_devicesTitle->setFont(titleFont);
    m_devices = new QTreeWidget(details);
    m_devices->setObjectName(u"linkDevicesTreeWidget"_s);
    m_devices->setRootIsDecorated(false);
    m_devices->setColumnCount(4);
    m_devices->setAlternatingRowColors(true);
    m_devices->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_detailTitle);
    layout->addWidget(m_detailState);
    layout->addSpacing(4);
    layout->addWidget(m_urlLabel);
    layout->addWidget(m_urlEdit);
    layout->addWidget(m_urlNote);
    layout->addWidget(m_qrLabel);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_devicesTitle);
    layout->addWidget(m_devices, 1);
    return details;
}

void EnrollmentPage::retranslate()
{
    m_emptyState->setTitle(tr("No enrollment links yet"));
    m_emptyState->setText(tr("Create a link above and open it on the iPhone, iPad or Mac to "
                             "enroll, or show its QR code to the device's camera. Give each "
                             "user a link of their own to see who enrolled what."));
    m_formTitle->setText(tr("New enrollment link"));
    m_labelLabel->setText(tr("&Label:"));
    m_labelEdit->setPlaceholderText(tr("For example the user's name"));
    m_expiresCheck->setText(tr("&Expires"));
    m_usesCheck->setText(tr("Limit &uses to"));
    m_createButton->setText(tr("&Create Link"));
    m_createButton->setToolTip(
        tr("Make a new enrollment link (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_urlLabel->setText(tr("Enrollment &URL:"));
    m_copyButton->setText(tr("Co&py URL"));
    m_sendButton->setText(tr("&Send…"));
    m_revokeButton->setText(tr("&Revoke…"));
    m_devicesTitle->setText(tr("Devices enrolled through this link"));
    m_devices->setHeaderLabels({tr("Name"), tr("Serial number"), tr("Model"), tr("Enrolled")});
    showCurrent();
}

void EnrollmentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EnrollmentPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

void EnrollmentPage::reload()
{
    Futures::then(
        this, m_engine.enrollmentLinks(), [this](const Result<QList<EnrollmentLink>> &links) {
            if (!links) {
                // Before the server is set up there are no links to read.
                if (links.error().code != Error::Code::Unsupported)
                    m_errors.showPassing(links.error());
                return;
            }
            const QString current = currentLinkId();
            m_model->setLinks(*links, QDateTime::currentDateTimeUtc());
            if (!current.isEmpty())
                selectLink(current);
            showCurrent();
            Q_EMIT linksLoaded();
        });
}

QString EnrollmentPage::currentLinkId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(EnrollmentLinkTableModel::IdRole).toString()
                             : QString();
}

QImage EnrollmentPage::qrCodeImage() const
{
    return m_qrImage;
}

void EnrollmentPage::selectLink(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_view->model());
    const QModelIndex index = proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void EnrollmentPage::createLink()
{
    if (m_busy || !m_role.allows(ConsoleRole::Action::EnrollDevices))
        return;
    Engine::EnrollmentLinkRequest request;
    request.createdBy = m_role.actor();
    request.label = m_labelEdit->text().trimmed();
    if (m_expiresCheck->isChecked())
        request.expiresAt = m_expiresEdit->dateTime().toUTC();
    if (m_usesCheck->isChecked())
        request.maxUses = m_usesSpin->value();
    m_busy = true;
    m_createButton->setEnabled(false);
    Futures::then(this,
                  m_engine.createEnrollmentLink(request),
                  [this](const Result<Engine::CreatedEnrollmentLink> &created) {
                      m_busy = false;
                      m_createButton->setEnabled(true);
                      if (!created) {
                          m_errors.showBlocking(tr("Cannot Create Link"), created.error());
                          return;
                      }
                      m_urls.insert(created->id, created->url);
                      m_labelEdit->clear();
                      Q_EMIT linkCreated(created->id, created->url);
                      Futures::then(
                          this,
                          m_engine.enrollmentLinks(),
                          [this, id = created->id](const Result<QList<EnrollmentLink>> &links) {
                              if (!links) {
                                  m_errors.showPassing(links.error());
                                  return;
                              }
                              m_model->setLinks(*links, QDateTime::currentDateTimeUtc());
                              selectLink(id);
                              showCurrent();
                              Q_EMIT linksLoaded();
                          });
                  });
}

void EnrollmentPage::showCurrent()
{
    const bool mayEnroll = m_role.allows(ConsoleRole::Action::EnrollDevices);
    m_form->setEnabled(mayEnroll);
    const QString id = currentLinkId();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_detailTitle->setText(tr("No link selected"));
        m_detailState->setText(tr("Select a link to see its URL and the devices that enrolled "
                                  "through it."));
        m_urlLabel->hide();
        m_urlEdit->hide();
        m_urlNote->hide();
        m_qrLabel->clear();
        m_qrLabel->hide();
        m_qrImage = QImage();
        m_copyButton->setEnabled(false);
        m_sendButton->setEnabled(false);
        m_revokeButton->setEnabled(false);
        m_devices->clear();
        return;
    }
    const EnrollmentLink &link = m_model->linkAt(row);
    const EnrollmentLinkState state = m_model->stateAt(row);
    m_detailTitle->setText(link.label.isEmpty() ? tr("Enrollment link without a label")
                                                : link.label);
    QString stateLine = tr("%1 · used %2 · created %3 by %4")
                            .arg(EnrollmentLinkTableModel::stateText(state),
                                 EnrollmentLinkTableModel::usesText(link),
                                 formatTime(link.createdAt),
                                 link.createdBy);
    if (state == EnrollmentLinkState::Revoked)
        stateLine
            += u'\n'
               + tr("Revoked on %1; its URL no longer works.").arg(formatTime(link.revokedAt));
    else if (link.expiresAt.isValid())
        stateLine += u'\n' + tr("Expires on %1.").arg(formatTime(link.expiresAt));
    m_detailState->setText(stateLine);

    const QUrl url = m_urls.value(link.id);
    const bool usable = state == EnrollmentLinkState::Active;
    m_urlLabel->setVisible(true);
    m_urlEdit->setVisible(url.isValid());
    m_urlEdit->setText(url.toString());
    m_urlEdit->setCursorPosition(0);
    m_urlNote->setVisible(!url.isValid() || !usable);
    if (!url.isValid()) {
        m_urlNote->setText(tr("The URL of a link is shown only when it is created, because "
                              "only a fingerprint of its secret is stored. Create a new link "
                              "if you need the URL again."));
    } else if (!usable) {
        m_urlNote->setText(tr("This URL no longer enrolls devices."));
    }
    m_qrImage = QImage();
    if (url.isValid() && usable) {
        Result<QImage> image = QrCodeImage::render(url.toString(QUrl::FullyEncoded), QrModuleSize);
        if (image)
            m_qrImage = *image;
    }
    m_qrLabel->setVisible(!m_qrImage.isNull());
    m_qrLabel->setPixmap(QPixmap::fromImage(m_qrImage));
    m_qrLabel->setAccessibleName(tr("QR code of the enrollment URL"));
    m_copyButton->setEnabled(url.isValid() && usable);
    m_sendButton->setEnabled(url.isValid() && usable);
    m_revokeButton->setEnabled(mayEnroll && state != EnrollmentLinkState::Revoked);
    loadDevices(link.id);
}

void EnrollmentPage::loadDevices(const QString &linkId)
{
    Futures::then(this,
                  m_engine.enrollmentLinkDevices(linkId),
                  [this, linkId](const Result<QList<EnrollmentLinkDevice>> &devices) {
                      if (currentLinkId() != linkId)
                          return;
                      if (!devices) {
                          m_devices->clear();
                          m_errors.showPassing(devices.error());
                          return;
                      }
                      showDevices(*devices);
                      Q_EMIT devicesLoaded(linkId, int(devices->size()));
                  });
}

void EnrollmentPage::showDevices(const QList<EnrollmentLinkDevice> &devices)
{
    m_devices->clear();
    for (const EnrollmentLinkDevice &device : devices) {
        auto *item = new QTreeWidgetItem(m_devices);
        const QString name = device.deviceName.isEmpty()
                                 ? tr("Waiting for inventory (%1)").arg(device.deviceId.left(8))
                                 : device.deviceName;
        item->setText(0, name);
        item->setText(1, device.serialNumber);
        item->setText(2, device.model);
        item->setText(3, formatTime(device.enrolledAt));
        item->setData(0, Qt::UserRole, device.enrollmentId);
        if (device.checkedOutAt.isValid())
            item->setToolTip(
                0, tr("Removed from management on %1").arg(formatTime(device.checkedOutAt)));
    }
    for (int column = 0; column < m_devices->columnCount() - 1; ++column)
        m_devices->resizeColumnToContents(column);
}

void EnrollmentPage::copyUrl()
{
    const QUrl url = m_urls.value(currentLinkId());
    if (!url.isValid())
        return;
    QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
    m_urlNote->setText(tr("The URL is on the clipboard."));
    m_urlNote->show();
}

void EnrollmentPage::sendUrl()
{
    const QString id = currentLinkId();
    const QUrl url = m_urls.value(id);
    const int row = m_model->rowOf(id);
    if (!url.isValid() || row < 0)
        return;
    const EnrollmentLink &link = m_model->linkAt(row);
    QString body = tr("Open this link on the device you want to enroll, then install the "
                      "profile it downloads:\n\n%1\n")
                       .arg(url.toString(QUrl::FullyEncoded));
    if (link.expiresAt.isValid())
        body += u'\n' + tr("The link works until %1.").arg(formatTime(link.expiresAt));
    QUrlQuery query;
    query.addQueryItem(u"subject"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(tr("Enroll your device"))));
    query.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(body)));
    QUrl mail(u"mailto:"_s);
    mail.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (!m_opener(mail)) {
        m_prompter.showError(this,
                             tr("Cannot Send Link"),
                             tr("No mail program opened the message. Copy the URL and send it "
                                "another way."),
                             {});
    }
}

void EnrollmentPage::revokeLink()
{
    const QString id = currentLinkId();
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_role.allows(ConsoleRole::Action::EnrollDevices))
        return;
    const EnrollmentLink &link = m_model->linkAt(row);
    const QString name = link.label.isEmpty() ? tr("this enrollment link")
                                              : tr("the enrollment link “%1”").arg(link.label);
    if (!m_prompter.confirm(this,
                            tr("Revoke Link"),
                            tr("Revoke %1? Its URL stops working at once, and devices that "
                               "downloaded the profile but have not finished enrolling cannot "
                               "finish. Devices already enrolled stay enrolled.")
                                .arg(name),
                            tr("Revoke"))) {
        return;
    }
    Futures::then(this,
                  m_engine.revokeEnrollmentLink(id, m_role.actor()),
                  [this, id](const Result<EnrollmentLink> &revoked) {
                      if (!revoked) {
                          m_errors.showBlocking(tr("Cannot Revoke Link"), revoked.error());
                          return;
                      }
                      m_model->upsertLink(*revoked, QDateTime::currentDateTimeUtc());
                      showCurrent();
                      Q_EMIT linkRevoked(id);
                  });
}

} // namespace Espalier
