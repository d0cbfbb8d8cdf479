// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/EmptyStateWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr int s_iconSize = 64;
// Lines longer than about sixty characters are tiring to read, however wide the window is.
constexpr int s_lineLengthInCharacters = 60;

} // namespace

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_iconLabel(new QLabel(m_content))
    , m_titleLabel(new QLabel(m_content))
    , m_textLabel(new QLabel(m_content))
{
    setObjectName(u"emptyStateWidget"_s);
    // Content sits on the base colour, as lists and documents do; the frame around it does not.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_iconLabel->setObjectName(u"emptyStateIconLabel"_s);
    m_titleLabel->setObjectName(u"emptyStateTitleLabel"_s);
    m_textLabel->setObjectName(u"emptyStateTextLabel"_s);

    m_iconLabel->setAlignment(Qt::AlignCenter);
    for (QLabel *label : {m_titleLabel, m_textLabel}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_content->setObjectName(u"emptyStateContentWidget"_s);
    m_content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(m_content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_iconLabel);
    column->addSpacing(16);
    column->addWidget(m_titleLabel);
    column->addSpacing(8);
    column->addWidget(m_textLabel);

    // The content takes nearly all the width up to its maximum and the stretches share the rest,
    // so it stays centred in a wide page and still wraps in a narrow one.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_content, 100);
    row->addStretch(1);

    // A little more stretch below than above sets the block just above the optical centre.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(4);
    outer->addLayout(row);
    outer->addStretch(5);

    updateFonts();
    updateColors();
    updateIcon();
}

QString EmptyStateWidget::title() const
{
    return m_titleLabel->text();
}

QString EmptyStateWidget::text() const
{
    return m_textLabel->text();
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    m_icon = icon;
    updateIcon();
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_textLabel->setText(text);
    m_textLabel->setVisible(!text.isEmpty());
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
        updateFonts();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        updateColors();
        updateIcon();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void EmptyStateWidget::updateFonts()
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);

    m_content->setMaximumWidth(fontMetrics().averageCharWidth() * s_lineLengthInCharacters);
}

void EmptyStateWidget::updateColors()
{
    // Secondary text sits three fifths of the way from the background to the text colour of
    // whatever palette is in use. The placeholder role would be the obvious choice, but several
    // styles make it too faint for a paragraph.
    const QPalette &base = palette();
    QPalette muted = m_textLabel->palette();
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = base.color(group, QPalette::WindowText);
        const QColor background = base.color(group, QPalette::Base);
        const auto mix = [](int from, int to) { return (from * 60 + to * 40) / 100; };
        muted.setColor(group,
                       QPalette::WindowText,
                       QColor(mix(text.red(), background.red()),
                              mix(text.green(), background.green()),
                              mix(text.blue(), background.blue())));
    }
    m_textLabel->setPalette(muted);
}

void EmptyStateWidget::updateIcon()
{
    // The disabled rendering is the palette's muted colour, which keeps the picture quiet next
    // to the title instead of competing with it.
    m_iconLabel->setPixmap(
        m_icon.isNull()
            ? QPixmap()
            : m_icon.pixmap(QSize(s_iconSize, s_iconSize), devicePixelRatio(), QIcon::Disabled));
    m_iconLabel->setVisible(!m_icon.isNull());
}

} // namespace Espalier
