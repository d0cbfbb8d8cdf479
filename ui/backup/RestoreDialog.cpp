// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/RestoreDialog.h"

#include "core/common/Futures.h"
#include "core/engine/Engine.h"
#include "ui/common/Prompter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr auto GeometryKey = "RestoreDialog/geometry"_L1;

} // namespace

RestoreDialog::RestoreDialog(Engine &engine, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_prompter(prompter)
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore Espalier"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    auto *warning = new QLabel(tr("Restoring replaces the current database and keys with the "
                                  "backup's. Devices stop being served while it runs, and "
                                  "anything that happened after the backup was made is lost: "
                                  "devices enrolled since then must enroll again."),
                               this);
    warning->setObjectName(u"restoreWarningLabel"_s);
    warning->setWordWrap(true);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(icon, 0, Qt::AlignTop);
    warningRow->addWidget(warning, 1);

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"restorePathLineEdit"_s);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(u"restoreBrowseButton"_s);
    connect(m_browseButton, &QPushButton::clicked, this, [this] {
        const QString path = m_prompter.chooseOpenFile(
            this, tr("Open Backup"), tr("Espalier backups (*.espalier-backup);;All files (*)"));
        if (!path.isEmpty())
            m_pathEdit->setText(path);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(u"restorePassphraseLineEdit"_s);
    m_passphraseEdit->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Backup file:"), pathRow);
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_pathEdit);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"restoreProgressBar"_s);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"restoreStatusLabel"_s);
    m_statusLabel->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restoreButton = m_buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::startRestore);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(warningRow);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_pathEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &RestoreDialog::updateState);

    resize(560, sizeHint().height());
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    updateState();
}

RestoreDialog::~RestoreDialog() = default;

void RestoreDialog::updateState()
{
    m_restoreButton->setEnabled(!m_running && !m_pathEdit->text().trimmed().isEmpty()
                                && !m_passphraseEdit->text().isEmpty());
}

void RestoreDialog::setRunning(bool running)
{
    m_running = running;
    m_pathEdit->setEnabled(!running);
    m_browseButton->setEnabled(!running);
    m_passphraseEdit->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!running);
    updateState();
}

void RestoreDialog::startRestore()
{
    if (m_running || !m_restoreButton->isEnabled())
        return;
    const QString path = QDir::cleanPath(m_pathEdit->text().trimmed());
    if (!m_prompter.confirm(this,
                            tr("Replace Everything"),
                            tr("Replace the current database and keys with the backup in %1? "
                               "This cannot be undone.")
                                .arg(QDir::toNativeSeparators(path)),
                            tr("Restore"))) {
        return;
    }
    setRunning(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_statusLabel->setText(tr("Checking the backup…"));
    const QFuture<Result<StateBackup::Summary>> future = m_engine.restore(path,
                                                                          m_passphraseEdit->text());
    auto *watcher = new QFutureWatcher<Result<StateBackup::Summary>>(this);
    connect(
        watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
    Futures::then(this, future, [this](const Result<StateBackup::Summary> &outcome) {
        setRunning(false);
        if (!outcome) {
            m_progress->setVisible(false);
            m_statusLabel->setText(tr("Nothing was changed."));
            m_prompter.showError(
                this, tr("Cannot Restore"), outcome.error().message, outcome.error().detail);
            Q_EMIT restoreFailed(outcome.error().message);
            return;
        }
        m_progress->setValue(100);
        m_passphraseEdit->clear();
        m_statusLabel->setText(
            tr("Restored the state of %1. The engine is starting again.")
                .arg(QLocale().toString(outcome->createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_restoreButton->setVisible(false);
        Q_EMIT restored(*outcome);
    });
}

void RestoreDialog::done(int result)
{
    if (m_running)
        return;
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace Espalier
