// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/EnrollmentLink.h"
#include "core/store/EnrollmentLinkDevice.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Espalier {

class ConsoleRole;
class EmptyStateWidget;
class EnrollmentLinkTableModel;
class Engine;
class ErrorPresenter;
class Prompter;

// The Enrollment section: makes enrollment links (optional label, expiry and number of uses),
// shows a new link's URL with its QR code to copy, mail or show to the device's camera, lists
// every link with its state and use count, revokes one after asking, and lists the devices that
// enrolled through the selected link. A link's URL holds a secret token the store keeps only as
// a hash, so it can be shown only in the session that created it. Lives on the UI thread; talks
// to the engine only through its futures and signals.
class EnrollmentPage final : public QWidget
{
    Q_OBJECT

public:
    // Opens a mailto: URL in the admin's mail program; true when something took it.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // engine, role, prompter and errors outlive the page. opener defaults to
    // QDesktopServices::openUrl.
    EnrollmentPage(Engine &engine,
                   ConsoleRole &role,
                   Prompter &prompter,
                   ErrorPresenter &errors,
                   QWidget *parent = nullptr);
    ~EnrollmentPage() override;

    void setUrlOpener(UrlOpener opener);

    [[nodiscard]] EnrollmentLinkTableModel &model() const { return *m_model; }

    // The selected link's id, or an empty string.
    [[nodiscard]] QString currentLinkId() const;

    // The URL of a link created in this session; empty for others.
    [[nodiscard]] QUrl urlOf(const QString &linkId) const { return m_urls.value(linkId); }

    // The QR code shown for the selected link (null when none is shown).
    [[nodiscard]] QImage qrCodeImage() const;

    // Pixels per QR module in the page.
    static constexpr int QrModuleSize = 5;

public Q_SLOTS:
    void reload();
    // Makes a link from the form.
    void createLink();
    void copyUrl();
    void sendUrl();
    // Asks first.
    void revokeLink();
    void selectLink(const QString &id);

Q_SIGNALS:
    void linksLoaded();
    void linkCreated(const QString &id, const QUrl &url);
    void linkRevoked(const QString &id);
    void devicesLoaded(const QString &linkId, int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createForm();
    [[nodiscard]] QWidget *createDetails();
    void retranslate();
    void showCurrent();
    void loadDevices(const QString &linkId);
    void showDevices(const QList<EnrollmentLinkDevice> &devices);
    void updateEmptyState();

    Engine &m_engine;
    ConsoleRole &m_role;
    Prompter &m_prompter;
    ErrorPresenter &m_errors;
    UrlOpener m_opener;
    EnrollmentLinkTableModel *m_model = nullptr;
    // URLs of links created in this session: the token is in nothing else the console can read.
    QHash<QString, QUrl> m_urls;
    QImage m_qrImage;
    bool m_busy = false;

    QWidget *m_form = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_labelLabel = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QCheckBox *m_expiresCheck = nullptr;
    QDateTimeEdit *m_expiresEdit = nullptr;
    QCheckBox *m_usesCheck = nullptr;
    QSpinBox *m_usesSpin = nullptr;
    QPushButton *m_createButton = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QTableView *m_view = nullptr;

    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailState = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlNote = nullptr;
    QLabel *m_qrLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QLabel *m_devicesTitle = nullptr;
    QTreeWidget *m_devices = nullptr;
    QAction *m_newAction = nullptr;
    // Coalesces the reloads a burst of enrollment changes asks for.
    QTimer *m_reloadTimer = nullptr;
};

} // namespace Espalier
