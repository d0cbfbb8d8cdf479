// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupDialog.h"

#include "core/backup/BackupFile.h"
#include "core/common/Futures.h"
#include "core/engine/Engine.h"
#include "ui/common/Prompter.h"

#include <QDate>
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
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr auto GeometryKey = "BackupDialog/geometry"_L1;

} // namespace

BackupDialog::BackupDialog(Engine &engine, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_prompter(prompter)
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Back Up Espalier"));

    auto *intro = new QLabel(tr("The backup holds the database and every key Espalier needs "
                                "to keep serving the enrolled devices: the device CA, the "
                                "server's TLS key, the push certificate's key and the data key. "
                                "It is encrypted with the passphrase below; without the "
                                "passphrase nobody, Espalier included, can restore it. Keep "
                                "the two apart."),
                             this);
    intro->setWordWrap(true);

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(u"backupPathLineEdit"_s);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_pathEdit->setText(QDir(documents).filePath(
        u"espalier-backup-%1.espalier-backup"_s.arg(QDate::currentDate().toString(Qt::ISODate))));
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(u"backupBrowseButton"_s);
    connect(m_browseButton, &QPushButton::clicked, this, &BackupDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(u"backupPassphraseLineEdit"_s);
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_repeatEdit = new QLineEdit(this);
    m_repeatEdit->setObjectName(u"backupRepeatLineEdit"_s);
    m_repeatEdit->setEchoMode(QLineEdit::Password);
    m_strengthLabel = new QLabel(this);
    m_strengthLabel->setObjectName(u"passphraseStrengthLabel"_s);
    m_strengthLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Save &to:"), pathRow);
    form->addRow(tr("&Passphrase:"), m_passphraseEdit);
    form->addRow(tr("&Repeat:"), m_repeatEdit);
    form->addRow(QString(), m_strengthLabel);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_pathEdit);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"backupProgressBar"_s);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"backupStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_backupButton = m_buttons->addButton(tr("&Back Up"), QDialogButtonBox::AcceptRole);
    m_backupButton->setObjectName(u"backupButton"_s);
    m_backupButton->setDefault(true);
    // Accepting starts the backup; the dialog stays open to show how it went.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupDialog::startBackup);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_pathEdit, &QLineEdit::textChanged, this, &BackupDialog::updateState);
    connect(m_passphraseEdit, &QLineEdit::textChanged, this, &BackupDialog::updateState);
    connect(m_repeatEdit, &QLineEdit::textChanged, this, &BackupDialog::updateState);

    resize(560, sizeHint().height());
    restoreGeometry(QSettings().value(GeometryKey).toByteArray());
    m_passphraseEdit->setFocus();
    updateState();
}

BackupDialog::~BackupDialog() = default;

BackupDialog::Strength BackupDialog::strength(const QString &passphrase)
{
    if (passphrase.size() < BackupFile::MinPassphraseLength)
        return Strength::TooShort;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    QSet<QChar> distinct;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeated characters add little: count the length as at most three times the distinct ones.
    const qsizetype effective = qMin(passphrase.size(), 3 * distinct.size());
    const double bits = double(effective) * std::log2(double(qMax(pool, 2)));
    if (bits < 50)
        return Strength::Weak;
    if (bits < 80)
        return Strength::Fair;
    return Strength::Strong;
}

QString BackupDialog::strengthText(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return tr(
            "Too short: use at least %n characters.", nullptr, BackupFile::MinPassphraseLength);
    case Strength::Weak:
        return tr("Weak: anyone who gets the file could guess it. Use a longer passphrase, such "
                  "as several unrelated words.");
    case Strength::Fair:
        return tr("Fair: a few more words or characters make it strong.");
    case Strength::Strong:
        return tr("Strong.");
    }
    return {};
}

void BackupDialog::updateState()
{
    const QString passphrase = m_passphraseEdit->text();
    const Strength rating = strength(passphrase);
    QString hint = passphrase.isEmpty() ? QString() : strengthText(rating);
    const bool repeated = passphrase == m_repeatEdit->text();
    if (!m_repeatEdit->text().isEmpty() && !repeated)
        hint += (hint.isEmpty() ? QString() : u"\n"_s) + tr("The two passphrases differ.");
    m_strengthLabel->setText(hint);
    m_strengthLabel->setProperty("strength", int(rating));
    m_backupButton->setEnabled(!m_running && !m_pathEdit->text().trimmed().isEmpty()
                               && rating != Strength::TooShort && repeated);
}

void BackupDialog::chooseFile()
{
    const QString path = m_prompter.chooseSaveFile(
        this, tr("Save Backup"), m_pathEdit->text(), tr("Espalier backups (*.espalier-backup)"));
    if (!path.isEmpty())
        m_pathEdit->setText(path);
}

void BackupDialog::setRunning(bool running)
{
    m_running = running;
    m_pathEdit->setEnabled(!running);
    m_browseButton->setEnabled(!running);
    m_passphraseEdit->setEnabled(!running);
    m_repeatEdit->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!running);
    updateState();
}

void BackupDialog::startBackup()
{
    if (m_running || !m_backupButton->isEnabled())
        return;
    const QString path = QDir::cleanPath(m_pathEdit->text().trimmed());
    setRunning(true);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_statusLabel->setText(tr("Backing up…"));
    const QFuture<Result<StateBackup::Summary>> future = m_engine.backup(path,
                                                                         m_passphraseEdit->text());
    auto *watcher = new QFutureWatcher<Result<StateBackup::Summary>>(this);
    connect(
        watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);
    Futures::then(this, future, [this](const Result<StateBackup::Summary> &written) {
        setRunning(false);
        if (!written) {
            m_progress->setVisible(false);
            m_statusLabel->setText(written.error().message);
            m_prompter.showError(
                this, tr("Cannot Back Up"), written.error().message, written.error().detail);
            Q_EMIT backupFailed(written.error().message);
            return;
        }
        m_progress->setValue(100);
        m_statusLabel->setText(
            tr("Saved %1 (%2, %n keys) to %3.", nullptr, written->secrets)
                .arg(QLocale().toString(written->createdAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().formattedDataSize(written->bytes),
                     QDir::toNativeSeparators(written->path)));
        m_passphraseEdit->clear();
        m_repeatEdit->clear();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        Q_EMIT backupWritten(*written);
    });
}

void BackupDialog::done(int result)
{
    // The backup finishes on its own; closing early would only hide how it went.
    if (m_running)
        return;
    QSettings().setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

} // namespace Espalier
