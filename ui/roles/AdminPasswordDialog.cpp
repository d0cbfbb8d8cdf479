// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roles/AdminPasswordDialog.h"

#include "core/roles/AdminPassword.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QLineEdit *passwordEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u'M') * 18);
    return edit;
}

} // namespace

AdminPasswordDialog::AdminPasswordDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_introLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"adminPasswordDialog"_s);
    m_introLabel->setObjectName(u"adminPasswordIntroLabel"_s);
    m_introLabel->setWordWrap(true);
    m_errorLabel->setObjectName(u"adminPasswordErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    QFont bold = m_errorLabel->font();
    bold.setBold(true);
    m_errorLabel->setFont(bold);
    m_errorLabel->hide();
    m_buttons->setObjectName(u"adminPasswordButtonBox"_s);

    auto *form = new QFormLayout;
    if (purpose != Purpose::Create) {
        m_currentEdit = passwordEdit(this, u"currentPasswordLineEdit"_s);
        form->addRow(purpose == Purpose::Unlock ? tr("Admin &password:") : tr("&Current password:"),
                     m_currentEdit);
    }
    if (purpose != Purpose::Unlock) {
        m_newEdit = passwordEdit(this, u"newPasswordLineEdit"_s);
        m_repeatEdit = passwordEdit(this, u"repeatPasswordLineEdit"_s);
        form->addRow(tr("&New password:"), m_newEdit);
        form->addRow(tr("&Repeat it:"), m_repeatEdit);
    }

    switch (purpose) {
    case Purpose::Create:
        setWindowTitle(tr("Set an Admin Password"));
        m_introLabel->setText(
            tr("Helpdesk mode keeps this console to looking devices up, locking, wiping, Lost "
               "Mode, restarting and refreshing inventory. Leaving it takes an admin password; "
               "choose one now. Espalier keeps only a salted hash of it in the system keyring."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Password"));
        break;
    case Purpose::Change:
        setWindowTitle(tr("Change the Admin Password"));
        m_introLabel->setText(tr("The admin password is needed to leave helpdesk mode."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Password"));
        break;
    case Purpose::Unlock:
        setWindowTitle(tr("Leave Helpdesk Mode"));
        m_introLabel->setText(tr("Enter the admin password to use every part of the console "
                                 "again."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Leave Helpdesk Mode"));
        break;
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdminPasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_repeatEdit}) {
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, &AdminPasswordDialog::updateButtons);
    }
    updateButtons();
}

void AdminPasswordDialog::accept()
{
    if (m_busy)
        return;
    if (m_newEdit) {
        const QString password = m_newEdit->text();
        if (Result<void> acceptable = AdminPassword::checkAcceptable(password); !acceptable) {
            showMessage(acceptable.error().message);
            m_newEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (password != m_repeatEdit->text()) {
            showMessage(tr("The two new passwords differ. Type the same one twice."));
            m_repeatEdit->clear();
            m_repeatEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_errorLabel->hide();
    setBusy(true);
    Q_EMIT submitted(m_currentEdit ? m_currentEdit->text() : QString(),
                     m_newEdit ? m_newEdit->text() : QString());
}

void AdminPasswordDialog::showMessage(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void AdminPasswordDialog::showError(const QString &message)
{
    setBusy(false);
    showMessage(message);
    QLineEdit *retype = m_currentEdit ? m_currentEdit : m_newEdit;
    if (m_currentEdit && (m_purpose == Purpose::Unlock || m_purpose == Purpose::Change)) {
        m_currentEdit->clear();
    } else {
        m_newEdit->clear();
        m_repeatEdit->clear();
    }
    retype->setFocus(Qt::OtherFocusReason);
}

void AdminPasswordDialog::finish()
{
    setBusy(false);
    QDialog::accept();
}

void AdminPasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_repeatEdit}) {
        if (edit)
            edit->setEnabled(!busy);
    }
    updateButtons();
}

void AdminPasswordDialog::updateButtons()
{
    bool complete = !m_busy;
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_repeatEdit}) {
        if (edit)
            complete = complete && !edit->text().isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace Espalier
