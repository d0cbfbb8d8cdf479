// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfileEditor.h"

#include "core/plist/Plist.h"
#include "core/profiles/PayloadSchemaRegistry.h"
#include "core/profiles/PayloadValuePath.h"
#include "core/profiles/ProfileValidator.h"
#include "ui/profiles/PayloadForm.h"
#include "ui/profiles/RawValueView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr int MergeableEdit = 0x5e11;

// Top-level keys the general page edits; the rest are listed read-only below it.
const QStringList GeneralKeys{u"PayloadDisplayName"_s,
                              u"PayloadIdentifier"_s,
                              u"PayloadOrganization"_s,
                              u"PayloadDescription"_s,
                              u"PayloadScope"_s,
                              u"TargetDeviceType"_s,
                              u"PayloadRemovalDisallowed"_s,
                              u"PayloadUUID"_s,
                              u"PayloadType"_s,
                              u"PayloadVersion"_s};

QVariantMap changed(const QVariantMap &map, const QVariantList &path, const QVariant &value)
{
    const QVariant result = value.isValid() ? PayloadValuePath::withValue(map, path, value)
                                            : PayloadValuePath::without(map, path);
    return result.toMap();
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

// One undoable change: the whole document before and after (values share their data, so this
// is cheap). Consecutive edits of one field merge into one step.
class ProfileEditCommand final : public QUndoCommand
{
public:
    ProfileEditCommand(ProfileEditor *editor,
                       ProfileDocument before,
                       int selectionBefore,
                       ProfileDocument after,
                       int selectionAfter,
                       QString mergeKey)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_selectionBefore(selectionBefore)
        , m_selectionAfter(selectionAfter)
        , m_mergeKey(std::move(mergeKey))
    {
        setText(m_mergeKey.isEmpty()
                    ? ProfileEditor::tr("Change payloads")
                    : ProfileEditor::tr("Edit %1").arg(m_mergeKey.section(u':', 1)));
    }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : MergeableEdit; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ProfileEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        m_selectionAfter = next->m_selectionAfter;
        return true;
    }

    void undo() override { m_editor->apply(m_before, m_selectionBefore); }

    void redo() override { m_editor->apply(m_after, m_selectionAfter); }

private:
    ProfileEditor *m_editor;
    ProfileDocument m_before;
    ProfileDocument m_after;
    int m_selectionBefore;
    int m_selectionAfter;
    QString m_mergeKey;
};

ProfileEditor::ProfileEditor(const PayloadSchemaRegistry &registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_fileChooser([](QWidget *owner, const QString &title) {
        return QFileDialog::getOpenFileName(owner, title);
    })
    , m_undoStack(new QUndoStack(this))
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"profileEditorSplitter"_s);
    splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_payloadList = new QListWidget(left);
    m_payloadList->setObjectName(u"payloadListWidget"_s);
    leftLayout->addWidget(m_payloadList, 1);
    auto *buttons = new QHBoxLayout;
    m_addButton = new QToolButton(left);
    m_addButton->setObjectName(u"addPayloadButton"_s);
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(m_addButton);
    for (const QString &type : m_registry.payloadTypes()) {
        const PayloadSchema *schema = m_registry.find(type);
        QAction *action = addMenu->addAction(u"%1 (%2)"_s.arg(schema->displayTitle(), type));
        connect(action, &QAction::triggered, this, [this, type] { addPayload(type); });
    }
    m_addButton->setMenu(addMenu);
    m_removeButton = new QPushButton(left);
    m_removeButton->setObjectName(u"removePayloadButton"_s);
    m_upButton = new QToolButton(left);
    m_upButton->setObjectName(u"moveUpPayloadButton"_s);
    m_upButton->setArrowType(Qt::UpArrow);
    m_downButton = new QToolButton(left);
    m_downButton->setObjectName(u"moveDownPayloadButton"_s);
    m_downButton->setArrowType(Qt::DownArrow);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    leftLayout->addLayout(buttons);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(u"editorTabWidget"_s);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"editorPagesStackedWidget"_s);
    buildGeneralPage();
    auto *payloadPage = new QWidget;
    auto *payloadLayout = new QVBoxLayout(payloadPage);
    payloadLayout->setContentsMargins(0, 0, 0, 0);
    m_payloadTitle = new QLabel(payloadPage);
    m_payloadTitle->setObjectName(u"payloadTitleLabel"_s);
    m_payloadTitle->setWordWrap(true);
    m_payloadTitle->setTextFormat(Qt::RichText);
    payloadLayout->addWidget(m_payloadTitle);
    m_formScroll = new QScrollArea(payloadPage);
    m_formScroll->setObjectName(u"payloadFormScrollArea"_s);
    m_formScroll->setWidgetResizable(true);
    payloadLayout->addWidget(m_formScroll, 1);
    m_pages->addWidget(payloadPage);
    m_tabs->addTab(m_pages, QString());
    m_xmlView = new QPlainTextEdit;
    m_xmlView->setObjectName(u"xmlPlainTextEdit"_s);
    m_xmlView->setReadOnly(true);
    m_xmlView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xmlView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_xmlView, QString());
    rightLayout->addWidget(m_tabs, 1);
    m_summary = new QLabel(right);
    m_summary->setObjectName(u"issueSummaryLabel"_s);
    rightLayout->addWidget(m_summary);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    QAction *undo = m_undoStack->createUndoAction(this);
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this);
    redo->setObjectName(u"redoAction"_s);
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(redo);

    connect(m_payloadList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row - 1 == m_selection)
            return;
        m_selection = row - 1;
        rebuildForm();
        updateButtons();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileEditor::removeSelectedPayload);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveSelectedPayload(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveSelectedPayload(1); });

    retranslate();
    setDocument({});
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::buildGeneralPage()
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"generalScrollArea"_s);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_displayName = new QLineEdit;
    m_displayName->setObjectName(u"displayNameLineEdit"_s);
    m_identifier = new QLineEdit;
    m_identifier->setObjectName(u"identifierLineEdit"_s);
    m_organization = new QLineEdit;
    m_organization->setObjectName(u"organizationLineEdit"_s);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5);
    m_scope = new QComboBox;
    m_scope->setObjectName(u"scopeComboBox"_s);
    m_target = new QComboBox;
    m_target->setObjectName(u"targetDeviceComboBox"_s);
    m_removalDisallowed = new QCheckBox;
    m_removalDisallowed->setObjectName(u"removalDisallowedCheckBox"_s);
    m_removalDisallowed->setTristate(true);
    m_uuid = new QLabel;
    m_uuid->setObjectName(u"uuidLabel"_s);
    m_uuid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_generalIssues = new QLabel;
    m_generalIssues->setObjectName(u"generalIssueLabel"_s);
    m_generalIssues->setWordWrap(true);
    m_generalIssues->setStyleSheet(u"color: #c62828;"_s);

    form->addRow(QString(), m_displayName);
    form->addRow(QString(), m_identifier);
    form->addRow(QString(), m_organization);
    form->addRow(QString(), m_description);
    form->addRow(QString(), m_scope);
    form->addRow(QString(), m_target);
    form->addRow(QString(), m_removalDisallowed);
    form->addRow(QString(), m_uuid);
    form->addRow(m_generalIssues);
    m_otherKeysBox = new QGroupBox;
    m_otherKeysBox->setObjectName(u"otherKeysGroupBox"_s);
    auto *otherLayout = new QVBoxLayout(m_otherKeysBox);
    m_otherKeys = new RawValueView(m_otherKeysBox);
    m_otherKeys->setObjectName(u"otherKeysTreeWidget"_s);
    otherLayout->addWidget(m_otherKeys);
    form->addRow(m_otherKeysBox);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);

    const auto text = [this](QLineEdit *edit, const QString &key) {
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &value) {
            editValue(-1, {key}, value.isEmpty() ? QVariant() : QVariant(value), false);
        });
    };
    text(m_displayName, u"PayloadDisplayName"_s);
    text(m_identifier, u"PayloadIdentifier"_s);
    text(m_organization, u"PayloadOrganization"_s);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const QString value = m_description->toPlainText();
        if (value == m_document.topLevel.value(u"PayloadDescription"_s).toString())
            return;
        editValue(
            -1, {u"PayloadDescription"_s}, value.isEmpty() ? QVariant() : QVariant(value), false);
    });
    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        editValue(-1, {u"PayloadScope"_s}, m_scope->itemData(index), false);
    });
    connect(m_target, &QComboBox::activated, this, [this](int index) {
        editValue(-1, {u"TargetDeviceType"_s}, m_target->itemData(index), false);
    });
    connect(m_removalDisallowed, &QCheckBox::clicked, this, [this] {
        const Qt::CheckState state = m_removalDisallowed->checkState();
        editValue(-1,
                  {u"PayloadRemovalDisallowed"_s},
                  state == Qt::PartiallyChecked ? QVariant() : QVariant(state == Qt::Checked),
                  false);
    });
}

void ProfileEditor::retranslate()
{
    m_addButton->setText(tr("Add Payload"));
    m_addButton->setToolTip(tr("Add a payload of the chosen type"));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Remove the selected payload (Undo brings it back)"));
    m_upButton->setToolTip(tr("Move the selected payload up"));
    m_downButton->setToolTip(tr("Move the selected payload down"));
    m_tabs->setTabText(0, tr("Settings"));
    m_tabs->setTabText(1, tr("XML"));
    if (auto *form = qobject_cast<QFormLayout *>(m_displayName->parentWidget()->layout())) {
        const auto label = [form](QWidget *field, const QString &text) {
            if (auto *widget = qobject_cast<QLabel *>(form->labelForField(field)))
                widget->setText(text);
        };
        label(m_displayName, tr("Display name:"));
        label(m_identifier, tr("Identifier *:"));
        label(m_organization, tr("Organization:"));
        label(m_description, tr("Description:"));
        label(m_scope, tr("Scope (macOS):"));
        label(m_target, tr("Target device:"));
        label(m_removalDisallowed, tr("Removal:"));
        label(m_uuid, tr("UUID:"));
    }
    m_displayName->setPlaceholderText(tr("Shown on the device"));
    m_identifier->setPlaceholderText(tr("com.example.profile"));
    m_removalDisallowed->setText(tr("Prevent the user from removing the profile"));
    m_removalDisallowed->setToolTip(
        tr("Partly checked: not set (the user may remove it). Needs supervision on iOS."));
    m_otherKeysBox->setTitle(tr("Other profile keys (kept as they are)"));

    m_scope->clear();
    m_scope->addItem(tr("Not set"), QVariant());
    m_scope->addItem(tr("System"), u"System"_s);
    m_scope->addItem(tr("User"), u"User"_s);
    m_target->clear();
    m_target->addItem(tr("Not set"), QVariant());
    m_target->addItem(tr("Any device"), qint64(0));
    m_target->addItem(tr("iPhone or iPad"), qint64(1));
    m_target->addItem(tr("Apple Watch"), qint64(2));
    m_target->addItem(tr("HomePod"), qint64(3));
    m_target->addItem(tr("Apple TV"), qint64(4));
    m_target->addItem(tr("Mac"), qint64(5));
    m_target->addItem(tr("Apple Vision Pro"), qint64(6));
}

void ProfileEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshGeneral();
        rebuildList();
        rebuildForm();
        refreshIssues();
    }
    QWidget::changeEvent(event);
}

void ProfileEditor::setDocument(const ProfileDocument &document)
{
    m_undoStack->clear();
    m_document = document;
    m_selection = m_document.payloads.isEmpty() ? -1 : 0;
    m_formSelection = -2;
    rebuildList();
    refreshGeneral();
    rebuildForm();
    refreshIssues();
    updateButtons();
}

ProfileDocument ProfileEditor::document() const
{
    return m_document;
}

QList<ProfileIssue> ProfileEditor::issues() const
{
    return m_issues;
}

QUndoStack *ProfileEditor::undoStack() const
{
    return m_undoStack;
}

void ProfileEditor::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
    m_formSelection = -2;
    rebuildForm();
}

void ProfileEditor::selectPayload(int index)
{
    if (index < -1 || index >= m_document.payloads.size())
        return;
    m_payloadList->setCurrentRow(index + 1);
}

int ProfileEditor::selectedPayload() const
{
    return m_selection;
}

void ProfileEditor::addPayload(const QString &payloadType)
{
    const PayloadSchema *schema = m_registry.find(payloadType);
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    QString base = m_document.identifier();
    if (base.isEmpty())
        base = u"com.example.profile"_s;
    QVariantMap payload{
        {u"PayloadType"_s, payloadType},
        {u"PayloadVersion"_s, qint64(1)},
        {u"PayloadIdentifier"_s, QString(base + u'.' + uuid)},
        {u"PayloadUUID"_s, uuid},
    };
    if (schema)
        payload.insert(u"PayloadDisplayName"_s, schema->displayTitle());
    ProfileDocument after = m_document;
    after.payloads.append(payload);
    push(after, int(after.payloads.size()) - 1, {}, false);
}

void ProfileEditor::removeSelectedPayload()
{
    if (m_selection < 0 || m_selection >= m_document.payloads.size())
        return;
    ProfileDocument after = m_document;
    after.payloads.removeAt(m_selection);
    const int selection = std::min(m_selection, int(after.payloads.size()) - 1);
    push(after, selection, {}, false);
}

void ProfileEditor::moveSelectedPayload(int delta)
{
    const int target = m_selection + delta;
    if (m_selection < 0 || target < 0 || target >= m_document.payloads.size())
        return;
    ProfileDocument after = m_document;
    after.payloads.swapItemsAt(m_selection, target);
    push(after, target, {}, false);
}

void ProfileEditor::editValue(int payloadIndex,
                              const QVariantList &path,
                              const QVariant &value,
                              bool structural)
{
    ProfileDocument after = m_document;
    if (payloadIndex < 0) {
        after.topLevel = changed(after.topLevel, path, value);
    } else if (payloadIndex < after.payloads.size()) {
        after.payloads[payloadIndex] = changed(after.payloads.at(payloadIndex), path, value);
    } else {
        return;
    }
    if (after == m_document)
        return;
    const QString mergeKey = structural ? QString()
                                        : QString::number(payloadIndex) + u':'
                                              + PayloadValuePath::toString(path);
    push(after, m_selection, mergeKey, !structural);
}

void ProfileEditor::push(const ProfileDocument &after,
                         int selectionAfter,
                         const QString &mergeKey,
                         bool shown)
{
    auto *command = new ProfileEditCommand(
        this, m_document, m_selection, after, selectionAfter, mergeKey);
    // The widget that made a plain edit already shows it: taking the document first keeps
    // apply() from rebuilding the form under the admin's cursor.
    if (shown)
        m_document = after;
    m_undoStack->push(command);
}

void ProfileEditor::apply(const ProfileDocument &document, int selection)
{
    const bool contentChanged = document != m_document;
    m_document = document;
    m_selection = std::clamp(selection, -1, int(m_document.payloads.size()) - 1);
    rebuildList();
    refreshGeneral();
    if (contentChanged || m_selection != m_formSelection)
        rebuildForm();
    refreshIssues();
    updateButtons();
    Q_EMIT this->documentChanged();
}

void ProfileEditor::rebuildList()
{
    const QSignalBlocker blocker(m_payloadList);
    m_payloadList->clear();
    auto *general = new QListWidgetItem(tr("Profile settings"), m_payloadList);
    general->setToolTip(tr("Name, identifier, scope and removal of the whole profile"));
    for (const QVariantMap &payload : std::as_const(m_document.payloads)) {
        const QString type = payload.value(u"PayloadType"_s).toString();
        const PayloadSchema *schema = m_registry.find(type);
        const QString kind = schema ? schema->displayTitle() : type;
        const QString name = payload.value(u"PayloadDisplayName"_s).toString();
        auto *item = new QListWidgetItem(m_payloadList);
        item->setText(name.isEmpty() || name == kind ? kind : tr("%1 (%2)").arg(name, kind));
        item->setToolTip(type);
    }
    m_payloadList->setCurrentRow(m_selection + 1);
}

void ProfileEditor::refreshGeneral()
{
    const QVariantMap &top = m_document.topLevel;
    setTextIfDifferent(m_displayName, top.value(u"PayloadDisplayName"_s).toString());
    setTextIfDifferent(m_identifier, top.value(u"PayloadIdentifier"_s).toString());
    setTextIfDifferent(m_organization, top.value(u"PayloadOrganization"_s).toString());
    const QString description = top.value(u"PayloadDescription"_s).toString();
    if (m_description->toPlainText() != description) {
        const QSignalBlocker blocker(m_description);
        m_description->setPlainText(description);
    }
    const auto select = [](QComboBox *combo, const QVariant &value) {
        int index = value.isValid() ? combo->findData(value) : 0;
        if (index < 0 && value.isValid()) {
            combo->addItem(tr("%1 (not allowed)").arg(value.toString()), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    select(m_scope, top.value(u"PayloadScope"_s));
    const QVariant target = top.value(u"TargetDeviceType"_s);
    select(m_target, target.isValid() ? QVariant(target.toLongLong()) : QVariant());
    const QVariant removal = top.value(u"PayloadRemovalDisallowed"_s);
    m_removalDisallowed->setCheckState(!removal.isValid()
                                           ? Qt::PartiallyChecked
                                           : (removal.toBool() ? Qt::Checked : Qt::Unchecked));
    m_uuid->setText(m_document.uuid());
    QVariantMap others = top;
    for (const QString &key : GeneralKeys)
        others.remove(key);
    m_otherKeys->setEntries(others);
    m_otherKeysBox->setVisible(!others.isEmpty());
}

void ProfileEditor::rebuildForm()
{
    m_formSelection = m_selection;
    if (m_selection < 0 || m_selection >= m_document.payloads.size()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    const QVariantMap &payload = m_document.payloads.at(m_selection);
    const QString type = payload.value(u"PayloadType"_s).toString();
    const PayloadSchema *schema = m_registry.find(type);
    QList<PayloadKey> keys;
    for (const PayloadKey &key : m_registry.commonKeys()) {
        if (!schema || !schema->key(key.name))
            keys.append(key);
    }
    if (schema)
        keys += schema->keys;
    QString title;
    if (schema) {
        title = u"<b>%1</b> <span style=\"color: palette(mid)\">%2</span>"_s.arg(
            schema->displayTitle().toHtmlEscaped(), type.toHtmlEscaped());
        if (!schema->description.isEmpty())
            title += u"<br>"_s + schema->description.toHtmlEscaped();
    } else {
        title = tr("<b>%1</b><br>No schema describes this payload type; its keys are shown as "
                   "they are and kept unchanged.")
                    .arg(type.isEmpty() ? tr("Payload without a type") : type.toHtmlEscaped());
    }
    m_payloadTitle->setText(title);

    const int scroll = m_formScroll->verticalScrollBar()->value();
    const int index = m_selection;
    auto *form = new PayloadForm(keys,
                                 payload,
                                 schema ? schema->platforms : QList<PayloadPlatform>{},
                                 {u"PayloadType"_s, u"PayloadVersion"_s},
                                 m_fileChooser);
    form->setObjectName(u"payloadForm"_s);
    connect(form,
            &PayloadForm::edited,
            this,
            [this, index](const QVariantList &path, const QVariant &value, bool structural) {
                editValue(index, path, value, structural);
            });
    // The old form may be the sender of the edit that got us here: delete it later.
    if (QWidget *old = m_formScroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_formScroll->setWidget(form);
    m_form = form;
    m_pages->setCurrentIndex(1);
    QMetaObject::invokeMethod(
        this,
        [this, scroll] { m_formScroll->verticalScrollBar()->setValue(scroll); },
        Qt::QueuedConnection);
}

void ProfileEditor::refreshIssues()
{
    m_issues = ProfileValidator::validateDocument(m_registry, m_document);
    int errors = 0;
    int warnings = 0;
    QStringList general;
    QSet<int> failing;
    QList<ProfileIssue> selected;
    for (const ProfileIssue &issue : std::as_const(m_issues)) {
        if (issue.severity == ProfileIssue::Severity::Error) {
            ++errors;
            failing.insert(issue.payloadIndex);
        } else if (issue.severity == ProfileIssue::Severity::Warning) {
            ++warnings;
        }
        if (issue.payloadIndex == -1 && issue.severity != ProfileIssue::Severity::Info)
            general.append(tr("%1: %2").arg(issue.keyPath, issue.message));
        if (issue.payloadIndex == m_selection)
            selected.append(issue);
    }
    if (m_form && m_selection >= 0)
        m_form->setIssues(selected);
    m_generalIssues->setText(general.join(u'\n'));
    m_generalIssues->setVisible(!general.isEmpty());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int row = 0; row < m_payloadList->count(); ++row)
        m_payloadList->item(row)->setIcon(failing.contains(row - 1) ? warning : QIcon());
    if (errors == 0 && warnings == 0)
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + u", "_s
                           + tr("%n warning(s)", nullptr, warnings));

    QVariantMap whole = m_document.topLevel;
    QVariantList content;
    for (const QVariantMap &payload : std::as_const(m_document.payloads))
        content.append(payload);
    whole.insert(u"PayloadContent"_s, content);
    const Result<QByteArray> xml = Plist::toXml(whole);
    m_xmlView->setPlainText(
        xml ? QString::fromUtf8(*xml)
            : tr("The profile cannot be written as XML: %1").arg(xml.error().message));
}

void ProfileEditor::updateButtons()
{
    const bool payload = m_selection >= 0;
    m_removeButton->setEnabled(payload);
    m_upButton->setEnabled(payload && m_selection > 0);
    m_downButton->setEnabled(payload && m_selection + 1 < m_document.payloads.size());
}

} // namespace Espalier
