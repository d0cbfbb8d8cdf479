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

// Backs the whole state up into one encrypted file: asks where, and for a passphrase twice with
// a hint of its strength, then runs Engine::backup off the UI thread with its progress. Devices
// keep being served meanwhile. Remembers its geometry. UI thread.
class BackupDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Strength {
        TooShort,
        Weak,
        Fair,
        Strong,
    };
    Q_ENUM(Strength)

    // engine and prompter outlive the dialog.
    BackupDialog(Engine &engine, Prompter &prompter, QWidget *parent = nullptr);
    ~BackupDialog() override;

    // A rough guess from length and kinds of characters; a hint for people, not a policy beyond
    // BackupFile::MinPassphraseLength.
    [[nodiscard]] static Strength strength(const QString &passphrase);
    [[nodiscard]] static QString strengthText(Strength strength);

    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    void startBackup();

Q_SIGNALS:
    void backupWritten(const Espalier::StateBackup::Summary &summary);
    void backupFailed(const QString &message);

protected:
    void done(int result) override;

private:
    void chooseFile();
    void updateState();
    void setRunning(bool running);

    Engine &m_engine;
    Prompter &m_prompter;
    bool m_running = false;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_strengthLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_backupButton = nullptr;
};

} // namespace Espalier
