// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfileImportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

QString ProfileImportDialog::describeSignature(const ProfileSignature &signature)
{
    const QString signer = MobileConfig::describeSigner(signature.signer());
    switch (signature.state) {
    case ProfileSignature::State::Tampered:
        return tr("Signed by %1, but the profile was changed after it was signed: the signature "
                  "does not match.")
            .arg(signer);
    case ProfileSignature::State::Unverifiable:
        return tr("Signed, but the signature cannot be checked: the signer's certificate is "
                  "missing.");
    case ProfileSignature::State::Valid:
        break;
    }
    switch (signature.trust) {
    case ProfileSignature::Trust::GivenRoots:
        return tr("Signed by %1. The signature is valid and the signer is trusted by this "
                  "server's certificate authority.")
            .arg(signer);
    case ProfileSignature::Trust::SystemRoots:
        return tr("Signed by %1. The signature is valid and the signer is trusted by this "
                  "computer.")
            .arg(signer);
    case ProfileSignature::Trust::Untrusted:
        break;
    }
    return tr("Signed by %1. The signature is valid, but the signer is not trusted: %2")
        .arg(signer, signature.trustProblem);
}

ProfileImportDialog::ProfileImportDialog(const QString &fileName,
                                         const MobileConfig::Imported &imported,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"profileImportDialog"_s);
    setWindowTitle(tr("Import Profile"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    const ProfileDocument &document = imported.document;
    form->addRow(tr("File:"), new QLabel(QFileInfo(fileName).fileName(), this));
    if (imported.readable) {
        form->addRow(tr("Name:"), new QLabel(document.displayName().toHtmlEscaped(), this));
        form->addRow(tr("Identifier:"), new QLabel(document.identifier().toHtmlEscaped(), this));
        form->addRow(tr("Payloads:"),
                     new QLabel(MobileConfig::payloadTypes(document).join(u", "_s), this));
        form->addRow(tr("Format:"),
                     new QLabel(imported.format == Plist::Format::Binary
                                    ? tr("Binary property list")
                                    : tr("XML property list"),
                                this));
    }
    auto *signature = new QLabel(this);
    signature->setObjectName(u"signatureLabel"_s);
    signature->setWordWrap(true);
    signature->setTextInteractionFlags(Qt::TextSelectableByMouse);
    signature->setText(imported.signature ? describeSignature(*imported.signature)
                                          : tr("Not signed."));
    if (imported.signature && imported.signature->state != ProfileSignature::State::Valid)
        signature->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    form->addRow(tr("Signature:"), signature);

    auto *faults = new QListWidget(this);
    faults->setObjectName(u"faultList"_s);
    for (const ProfileFault &fault : imported.faults)
        faults->addItem(tr("%1: %2").arg(fault.location, fault.message));
    if (!imported.faults.isEmpty()) {
        auto *heading = new QLabel(
            imported.readable
                ? tr("%n problem(s) were found. Open the profile in the editor to fix them "
                     "before it is added to the library.",
                     nullptr,
                     int(imported.faults.size()))
                : tr("The file cannot be imported:"),
            this);
        heading->setWordWrap(true);
        layout->addWidget(heading);
        layout->addWidget(faults);
    } else {
        faults->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (imported.readable) {
        QPushButton *add = buttons->addButton(tr("Add to Library"), QDialogButtonBox::AcceptRole);
        add->setObjectName(u"addButton"_s);
        QPushButton *edit = buttons->addButton(tr("Edit First…"), QDialogButtonBox::ActionRole);
        edit->setObjectName(u"editFirstButton"_s);
        connect(add, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Add;
            accept();
        });
        connect(edit, &QPushButton::clicked, this, [this] {
            m_choice = Choice::Edit;
            accept();
        });
        // A profile with faults cannot be saved as it is: the editor is the way forward.
        if (imported.hasFaults()) {
            add->setEnabled(false);
            edit->setDefault(true);
        } else {
            add->setDefault(true);
        }
    } else {
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace Espalier
