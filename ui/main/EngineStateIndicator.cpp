// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/EngineStateIndicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Espalier {

EngineStateIndicator::EngineStateIndicator(QWidget *parent)
    : QWidget(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
{
    setObjectName(u"engineStateIndicatorWidget"_s);
    m_iconLabel->setObjectName(u"engineStateIconLabel"_s);
    m_textLabel->setObjectName(u"engineStateLabel"_s);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel);
    refresh();
}

void EngineStateIndicator::showState(Engine::State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    refresh();
}

void EngineStateIndicator::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
        refresh();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void EngineStateIndicator::refresh()
{
    const QString state = Engine::describe(m_state);
    // The detail was translated by the engine when it happened, so a language switch only
    // changes the state's own words.
    m_textLabel->setText(m_detail.isEmpty()
                             ? state
                             : tr("%1 — %2", "engine state, then what it serves or why it failed")
                                   .arg(state, m_detail));
    m_textLabel->setToolTip(m_detail);

    // A failure has to catch the eye: the style's own critical icon and bold text, rather than a
    // hard-coded red that may clash with the theme or vanish in a dark palette.
    const bool failed = m_state == Engine::State::Failed;
    QFont font = this->font();
    font.setBold(failed);
    m_textLabel->setFont(font);
    if (failed) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
        m_iconLabel->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatio()));
    } else {
        m_iconLabel->clear();
    }
    m_iconLabel->setVisible(failed);
    m_iconLabel->setToolTip(m_detail);
}

} // namespace Espalier
