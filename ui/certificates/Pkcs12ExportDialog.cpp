// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificates/Pkcs12ExportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

Pkcs12ExportDialog::Pkcs12ExportDialog(const QString &what, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"pkcs12ExportDialog"_s);
    setWindowTitle(tr("Export with Private Key"));
    auto *text = new QLabel(
        tr("The file %1 will hold %2 with its private key. Whoever has the file and its password "
           "can act as this server, so keep the password apart from the file.")
            .arg(QDir::toNativeSeparators(path), what),
        this);
    text->setObjectName(u"exportExplanationLabel"_s);
    text->setWordWrap(true);
    m_password->setObjectName(u"exportPasswordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(u"exportRepeatLineEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint->setObjectName(u"exportPasswordHintLabel"_s);
    m_hint->setWordWrap(true);
    m_buttons->setObjectName(u"exportButtonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat it:"), m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_password, &QLineEdit::textChanged, this, &Pkcs12ExportDialog::updateState);
    connect(m_repeat, &QLineEdit::textChanged, this, &Pkcs12ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(460, sizeHint().height());
}

QString Pkcs12ExportDialog::password() const
{
    return m_password->text();
}

void Pkcs12ExportDialog::updateState()
{
    const QString password = m_password->text();
    QString hint;
    if (password.size() < MinimumPasswordLength)
        hint = tr("At least %n characters.", nullptr, MinimumPasswordLength);
    else if (m_repeat->text() != password)
        hint = tr("The two passwords differ.");
    m_hint->setText(hint);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hint.isEmpty());
}

} // namespace Espalier
