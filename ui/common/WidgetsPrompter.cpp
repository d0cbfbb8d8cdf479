// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/WidgetsPrompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Espalier {

void WidgetsPrompter::showError(QWidget *parent,
                                const QString &title,
                                const QString &text,
                                const QString &detail)
{
    // open(), not exec(): the caller goes on, and the box deletes itself when dismissed.
    auto *box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Close, parent);
    box->setObjectName(u"errorMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->open();
}

bool WidgetsPrompter::confirm(QWidget *parent,
                              const QString &title,
                              const QString &text,
                              const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(u"confirmMessageBox"_s);
    box.setTextFormat(Qt::PlainText);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    accept->setObjectName(u"confirmAcceptPushButton"_s);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // What follows a confirmation cannot be undone, so Return must not trigger it by accident.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    // The caller needs the answer before it goes on; a confirmation is the one modal wait the
    // console allows, and it waits on the admin, never on I/O.
    box.exec();
    return box.clickedButton() == accept;
}

QString WidgetsPrompter::chooseSaveFile(QWidget *parent,
                                        const QString &title,
                                        const QString &suggestedPath,
                                        const QString &filter)
{
    // Like confirm(), a wait on the admin, never on I/O.
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString WidgetsPrompter::chooseOpenFile(QWidget *parent,
                                        const QString &title,
                                        const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

} // namespace Espalier
