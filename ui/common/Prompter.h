// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

class QWidget;

namespace Espalier {

// The console's only way to put a dialog in front of the admin. Injected, so tests answer it
// instead of a person; WidgetsPrompter is the real one. Called on the UI thread.
class Prompter
{
public:
    Prompter() = default;
    virtual ~Prompter() = default;
    Q_DISABLE_COPY_MOVE(Prompter)

    // Tells the admin that something failed; returns at once, the dialog stays open on its own.
    // detail is the technical text, shown only on request.
    virtual void showError(QWidget *parent,
                           const QString &title,
                           const QString &text,
                           const QString &detail)
        = 0;

    // Asks before an action that cannot be undone; true only when the admin chose acceptLabel.
    [[nodiscard]] virtual bool confirm(QWidget *parent,
                                       const QString &title,
                                       const QString &text,
                                       const QString &acceptLabel)
        = 0;

    // Asks where to save a file, offering suggestedPath; the chosen path, or an empty string when
    // the admin cancelled. filter is a QFileDialog name filter ("CSV files (*.csv)").
    [[nodiscard]] virtual QString chooseSaveFile(QWidget *parent,
                                                 const QString &title,
                                                 const QString &suggestedPath,
                                                 const QString &filter)
        = 0;

    // Asks which existing file to open; the path, or an empty string when the admin cancelled.
    // A prompter that cannot show a file picker cancels.
    [[nodiscard]] virtual QString chooseOpenFile(QWidget *parent,
                                                 const QString &title,
                                                 const QString &filter)
    {
        Q_UNUSED(parent)
        Q_UNUSED(title)
        Q_UNUSED(filter)
        return {};
    }
};

} // namespace Espalier
