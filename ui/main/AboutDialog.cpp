// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/AboutDialog.h"

#include "ui/common/Icons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSslSocket>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QLabel *makeLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Espalier"));

    auto *iconLabel = new QLabel(this);
    iconLabel->setObjectName(u"aboutIconLabel"_s);
    iconLabel->setPixmap(Icons::application().pixmap(QSize(96, 96), devicePixelRatio()));
    iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *nameLabel = makeLabel(u"aboutNameLabel"_s, u"Espalier"_s, this);
    QFont nameFont = nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    nameLabel->setFont(nameFont);

    auto *versionLabel = makeLabel(
        u"aboutVersionLabel"_s, tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    auto *descriptionLabel = makeLabel(
        u"aboutDescriptionLabel"_s,
        tr("A console for managing Apple devices, with its own built-in MDM server."),
        this);

    auto *licenceLabel = new QLabel(this);
    licenceLabel->setObjectName(u"aboutLicenceLabel"_s);
    licenceLabel->setWordWrap(true);
    licenceLabel->setTextFormat(Qt::RichText);
    licenceLabel->setOpenExternalLinks(true);
    licenceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    licenceLabel->setText(
        tr("Free software under the <a href=\"%1\">GNU General Public License</a>, "
           "version 3 or later (GPL-3.0-or-later).")
            .arg(u"https://www.gnu.org/licenses/gpl-3.0.html"_s));

    const QString tlsVersion = QSslSocket::sslLibraryVersionString();
    auto *qtLabel = makeLabel(
        u"aboutQtVersionLabel"_s, tr("Qt %1").arg(QString::fromLatin1(qVersion())), this);
    auto *tlsLabel = makeLabel(u"aboutTlsVersionLabel"_s,
                               tlsVersion.isEmpty() ? tr("No TLS library is available.")
                                                    : tr("TLS library: %1").arg(tlsVersion),
                               this);
    for (QLabel *label : {qtLabel, tlsLabel})
        label->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(nameLabel);
    text->addWidget(versionLabel);
    text->addSpacing(12);
    text->addWidget(descriptionLabel);
    text->addSpacing(4);
    text->addWidget(licenceLabel);
    text->addSpacing(12);
    text->addWidget(qtLabel);
    text->addWidget(tlsLabel);
    text->addStretch(1);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addWidget(iconLabel, 0, Qt::AlignTop);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(body);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    // Wrapped labels need a width to wrap at; a short line keeps the dialog compact.
    descriptionLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace Espalier
