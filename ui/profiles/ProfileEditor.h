// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/ProfileDocument.h"
#include "core/profiles/ProfileIssue.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace Espalier {

class PayloadForm;
class PayloadSchemaRegistry;
class RawValueView;

// Edits one configuration profile: its general settings, its payload list (add from the
// registry's types, remove, reorder) and, for the selected payload, a form generated from the
// payload's schema with live validation, plus a read-only XML view of the whole profile. Every
// change goes through the undo stack. Keys no schema describes are shown read-only and come
// back unchanged from document(); a key set back to "not set" is removed, and defaults the admin
// did not choose are never written. The registry must outlive the editor. UI thread.
class ProfileEditor final : public QWidget
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(QWidget *parent, const QString &title)>;

    explicit ProfileEditor(const PayloadSchemaRegistry &registry, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // Replaces what is shown and clears the undo history; emits nothing.
    void setDocument(const ProfileDocument &document);
    [[nodiscard]] ProfileDocument document() const;
    [[nodiscard]] QList<ProfileIssue> issues() const;
    [[nodiscard]] QUndoStack *undoStack() const;

    // How data fields ask for a file; a QFileDialog unless a test or the page sets another.
    void setFileChooser(FileChooser chooser);

    // Adds a payload of that type (undoable) and selects it.
    void addPayload(const QString &payloadType);
    // Selects a payload by its place in document().payloads; -1 selects the general settings.
    void selectPayload(int index);
    [[nodiscard]] int selectedPayload() const;

Q_SIGNALS:
    // The admin changed the document (an edit, an undo or a redo).
    void documentChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class ProfileEditCommand;

    void buildGeneralPage();
    void retranslate();
    // Shows document, rebuilding the list and the form only when what they show has changed.
    void apply(const ProfileDocument &document, int selection);
    void push(const ProfileDocument &after,
              int selectionAfter,
              const QString &mergeKey,
              bool shown);
    void editValue(int payloadIndex,
                   const QVariantList &path,
                   const QVariant &value,
                   bool structural);
    void rebuildList();
    void rebuildForm();
    void refreshGeneral();
    void refreshIssues();
    void updateButtons();
    void removeSelectedPayload();
    void moveSelectedPayload(int delta);

    const PayloadSchemaRegistry &m_registry;
    ProfileDocument m_document;
    QList<ProfileIssue> m_issues;
    int m_selection = -1;
    int m_formSelection = -2;
    FileChooser m_fileChooser;

    QUndoStack *m_undoStack = nullptr;
    QListWidget *m_payloadList = nullptr;
    QToolButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QPointer<PayloadForm> m_form;
    QLabel *m_payloadTitle = nullptr;
    QPlainTextEdit *m_xmlView = nullptr;
    QLabel *m_summary = nullptr;

    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_identifier = nullptr;
    QLineEdit *m_organization = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_target = nullptr;
    QCheckBox *m_removalDisallowed = nullptr;
    QLabel *m_uuid = nullptr;
    QLabel *m_generalIssues = nullptr;
    RawValueView *m_otherKeys = nullptr;
    QGroupBox *m_otherKeysBox = nullptr;
};

} // namespace Espalier
