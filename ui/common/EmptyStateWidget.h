// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;

namespace Espalier {

// A calm placeholder for a page with nothing to show: a muted picture, a title, and a sentence
// or two on what will appear and what the admin does to get there. Centred, at a readable line
// length, whatever the page's size. UI thread.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFonts();
    void updateColors();
    void updateIcon();

    QIcon m_icon;
    QWidget *m_content = nullptr;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_textLabel = nullptr;
};

} // namespace Espalier
