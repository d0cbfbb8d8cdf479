// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/ProfileDocument.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace Espalier {

class PayloadSchemaRegistry;
class ProfileEditor;

// The profile editor in a window of its own: Save makes the edited document a new version
// (the page sends it to the engine), Cancel drops the edits after asking. Geometry is
// remembered. UI thread.
class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileEditorDialog(const PayloadSchemaRegistry &registry,
                        const ProfileDocument &document,
                        const QString &title,
                        QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    [[nodiscard]] ProfileDocument document() const;

    [[nodiscard]] ProfileEditor *editor() const { return m_editor; }

private:
    void updateIssues();

    ProfileEditor *m_editor = nullptr;
    QLabel *m_issues = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Espalier
