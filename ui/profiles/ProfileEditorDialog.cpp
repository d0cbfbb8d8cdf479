// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfileEditorDialog.h"

#include "core/profiles/MobileConfig.h"
#include "ui/profiles/ProfileEditor.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

const QString geometryKey = u"Profiles/editorGeometry"_s;

} // namespace

ProfileEditorDialog::ProfileEditorDialog(const PayloadSchemaRegistry &registry,
                                         const ProfileDocument &document,
                                         const QString &title,
                                         QWidget *parent)
    : QDialog(parent)
    , m_editor(new ProfileEditor(registry, this))
    , m_issues(new QLabel(this))
{
    setObjectName(u"profileEditorDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_editor->setObjectName(u"profileEditor"_s);
    m_editor->setDocument(document);
    layout->addWidget(m_editor, 1);
    m_issues->setObjectName(u"issuesLabel"_s);
    m_issues->setWordWrap(true);
    layout->addWidget(m_issues);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setText(tr("Save as New Version"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, m_save, &QPushButton::click);
    connect(m_editor, &ProfileEditor::documentChanged, this, &ProfileEditorDialog::updateIssues);
    updateIssues();

    const QByteArray geometry = QSettings().value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(980, 720);
}

ProfileEditorDialog::~ProfileEditorDialog()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

ProfileDocument ProfileEditorDialog::document() const
{
    return m_editor->document();
}

void ProfileEditorDialog::updateIssues()
{
    // The structural faults block saving (the engine refuses them); the editor shows the
    // schema's own findings next to each field.
    const QList<ProfileFault> faults = MobileConfig::check(m_editor->document());
    m_save->setEnabled(faults.isEmpty());
    if (faults.isEmpty()) {
        m_issues->clear();
        m_issues->hide();
        return;
    }
    m_issues->setText(tr("Fix this before saving: %1: %2")
                          .arg(faults.constFirst().location, faults.constFirst().message));
    m_issues->show();
}

} // namespace Espalier
