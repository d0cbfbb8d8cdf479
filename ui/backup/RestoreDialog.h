// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/StateBackup.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Espalier {

class Engine;
class Prompter;

// Replaces the whole state with a backup's: asks for the file and its passphrase, warns that the
// current database and keys will be replaced and asks again before it starts, then runs
// Engine::restore with its progress. A wrong passphrase or a damaged file is reported and
// changes nothing. Remembers its geometry. UI thread.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    // engine and prompter outlive the dialog.
    RestoreDialog(Engine &engine, Prompter &prompter, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Asks for confirmation first.
    void startRestore();

Q_SIGNALS:
    void restored(const Espalier::StateBackup::Summary &summary);
    void restoreFailed(const QString &message);

protected:
    void done(int result) override;

private:
    void updateState();
    void setRunning(bool running);

    Engine &m_engine;
    Prompter &m_prompter;
    bool m_running = false;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace Espalier
