// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Prompter.h"

namespace Espalier {

// The Prompter that shows QMessageBoxes. UI thread only.
class WidgetsPrompter final : public Prompter
{
public:
    void showError(QWidget *parent,
                   const QString &title,
                   const QString &text,
                   const QString &detail) override;

    [[nodiscard]] bool confirm(QWidget *parent,
                               const QString &title,
                               const QString &text,
                               const QString &acceptLabel) override;

    [[nodiscard]] QString chooseSaveFile(QWidget *parent,
                                         const QString &title,
                                         const QString &suggestedPath,
                                         const QString &filter) override;

    [[nodiscard]] QString chooseOpenFile(QWidget *parent,
                                         const QString &title,
                                         const QString &filter) override;
};

} // namespace Espalier
