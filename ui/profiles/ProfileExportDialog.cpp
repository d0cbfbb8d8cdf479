// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfileExportDialog.h"

#include "ui/common/Prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

ProfileExportDialog::ProfileExportDialog(Prompter &prompter, bool serverIdentity, QWidget *parent)
    : QDialog(parent)
    , m_prompter(prompter)
    , m_xml(new QRadioButton(tr("XML (readable, the usual format)"), this))
    , m_binary(new QRadioButton(tr("Binary property list"), this))
    , m_signing(new QComboBox(this))
    , m_p12Path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_password(new QLineEdit(this))
{
    setObjectName(u"profileExportDialog"_s);
    setWindowTitle(tr("Export Profile"));
    m_xml->setObjectName(u"xmlRadioButton"_s);
    m_binary->setObjectName(u"binaryRadioButton"_s);
    m_signing->setObjectName(u"signingComboBox"_s);
    m_p12Path->setObjectName(u"p12PathLineEdit"_s);
    m_password->setObjectName(u"p12PasswordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_xml->setChecked(true);

    m_signing->addItem(tr("Don't sign"), int(Signing::None));
    m_signing->addItem(tr("Sign with the server's identity"), int(Signing::ServerIdentity));
    m_signing->addItem(tr("Sign with an identity file (.p12)"), int(Signing::Pkcs12));
    if (!serverIdentity) {
        // The identity lives with the engine; without a running engine it cannot sign.
        m_signing->setItemData(1, false, Qt::UserRole - 1);
    }

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *formats = new QVBoxLayout;
    formats->addWidget(m_xml);
    formats->addWidget(m_binary);
    form->addRow(tr("Format:"), formats);
    form->addRow(tr("Signature:"), m_signing);
    auto *p12 = new QHBoxLayout;
    p12->addWidget(m_p12Path, 1);
    p12->addWidget(m_browse);
    form->addRow(tr("Identity file:"), p12);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export…"));
    m_ok->setObjectName(u"exportButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signing, &QComboBox::currentIndexChanged, this, &ProfileExportDialog::updateState);
    connect(m_p12Path, &QLineEdit::textChanged, this, &ProfileExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = m_prompter.chooseOpenFile(
            this, tr("Choose an Identity File"), tr("Identity files (*.p12 *.pfx)"));
        if (!path.isEmpty())
            m_p12Path->setText(path);
    });
    updateState();
    resize(480, sizeHint().height());
}

ProfileExportDialog::Options ProfileExportDialog::options() const
{
    Options options;
    options.format = m_binary->isChecked() ? Plist::Format::Binary : Plist::Format::Xml;
    options.signing = Signing(m_signing->currentData().toInt());
    if (options.signing == Signing::Pkcs12) {
        options.p12Path = m_p12Path->text().trimmed();
        options.p12Password = m_password->text();
    }
    return options;
}

void ProfileExportDialog::updateState()
{
    const bool p12 = Signing(m_signing->currentData().toInt()) == Signing::Pkcs12;
    m_p12Path->setEnabled(p12);
    m_browse->setEnabled(p12);
    m_password->setEnabled(p12);
    m_ok->setEnabled(!p12 || !m_p12Path->text().trimmed().isEmpty());
}

} // namespace Espalier
