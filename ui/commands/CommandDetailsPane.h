// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/commands/CommandQueueEntry.h"
#include "core/commands/CommandQueueStore.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace Espalier {

// The selected command in full, below the queue: what its state means (with the device's error
// chain in words), its times and who asked for it, and one click away the raw request the device
// receives and the raw answer it sent. The overview shows at once from the row; the raw property
// lists are read off the UI thread. UI thread.
class CommandDetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit CommandDetailsPane(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);

    // Shows the command, or the hint to select one when there is none.
    void showEntry(const CommandQueueEntry *entry);
    // Shows that several commands are selected.
    void showSelectionCount(int count);

    [[nodiscard]] QString shownUuid() const { return m_uuid; }

Q_SIGNALS:
    // The raw request and answer of shownUuid() are in the tabs.
    void detailsLoaded(const QString &uuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadRaw();
    void showOverview();
    void retranslate();

    QString m_databasePath;
    QString m_uuid;
    CommandQueueEntry m_entry;
    bool m_hasEntry = false;
    int m_selectionCount = 0;
    quint64 m_generation = 0;

    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_overview = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
};

} // namespace Espalier
