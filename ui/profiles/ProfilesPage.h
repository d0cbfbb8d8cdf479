// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/profiles/ProfileDocument.h"
#include "ui/profiles/ProfileExportDialog.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Espalier {

class EmptyStateWidget;
class Engine;
class EngineHost;
class ErrorPresenter;
class PayloadSchemaRegistry;
class ProfileAssignmentModel;
class ProfileTableModel;
class Prompter;
struct ProfileRecord;

// The Profiles section: the stored configuration profiles with how many devices have each one
// installed, pending, failed or drifted; new (blank or from a template), edit (a new version),
// import and export (.mobileconfig, signed or not), install on and remove from devices, delete;
// and where the selected profile stands on each device. Reads the store off the UI thread and
// changes it only through the engine. UI thread.
class ProfilesPage final : public QWidget
{
    Q_OBJECT

public:
    ProfilesPage(EngineHost &engineHost,
                 Prompter &prompter,
                 ErrorPresenter &errors,
                 QWidget *parent = nullptr);
    ~ProfilesPage() override;

    void setActor(const QString &actor) { m_actor = actor; }

    [[nodiscard]] ProfileTableModel *model() const { return m_model; }

    [[nodiscard]] ProfileAssignmentModel *statusModel() const { return m_statusModel; }

    // A folder of further payload schemas in Apple's YAML format (a checkout of Apple's
    // device-management repository, say), loaded after Espalier's own and replacing those of the
    // same PayloadType; kept in the console's settings. Empty for none. Files that cannot be
    // read are skipped and listed to the admin.
    [[nodiscard]] static QString schemaFolder();
    void setSchemaFolder(const QString &folder);

    // The id of the selected profile; empty when none is.
    [[nodiscard]] QString selectedProfileId() const;
    void selectProfile(const QString &profileId);

public Q_SLOTS:
    void refresh();
    void newProfile(const Espalier::ProfileDocument &document);
    void editSelected();
    void importProfile();
    void exportSelected();
    void installOnDevices();
    void removeFromDevices();
    void deleteSelected();
    void chooseSchemaFolder();

Q_SIGNALS:
    // After each reload of the list (tests and the screenshot tool wait for it).
    void profilesLoaded();
    void statusLoaded();
    // An export was written.
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshStatus();
    void updateActions();
    void setBusy(const QString &what);
    void clearBusy(const QString &done = {});
    void showFailure(const QString &title, const Error &error);
    [[nodiscard]] const ProfileRecord *selectedProfile() const;
    // Runs then with the schema registry, loading it off the UI thread the first time.
    void withRegistry(std::function<void(const PayloadSchemaRegistry &)> then);
    void openEditor(const ProfileDocument &document,
                    const QString &profileId,
                    const QString &title);
    void save(const ProfileDocument &document, const QString &profileId);
    void chooseDevices(bool install);
    void exportTo(const QString &profileId,
                  const ProfileExportDialog::Options &options,
                  const QString &path);
    [[nodiscard]] static ProfileDocument blankDocument();

    Engine *m_engine = nullptr; // on its own thread; reached through QFuture calls only
    QString m_databasePath;
    Prompter &m_prompter;
    ErrorPresenter &m_errors;
    QString m_actor;
    std::shared_ptr<const PayloadSchemaRegistry> m_registry;
    bool m_loadingRegistry = false;
    QAction *m_schemaFolderAction = nullptr;
    QList<std::function<void(const PayloadSchemaRegistry &)>> m_waitingForRegistry;

    ProfileTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ProfileAssignmentModel *m_statusModel = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_statusTable = nullptr;
    QLabel *m_statusTitle = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_newButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_installAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QString m_selectAfterLoad;
    bool m_loading = false;
    bool m_reloadQueued = false;
    bool m_busy = false;
    bool m_columnsSized = false;
    bool m_statusColumnsSized = false;
    quint64 m_statusGeneration = 0;
};

} // namespace Espalier
