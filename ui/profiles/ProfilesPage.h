// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Espalier {

class EmptyStateWidget;

// The Profiles section: configuration profiles and where they are installed. Until profiles can
// be made it shows an empty state that says so. UI thread.
class ProfilesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilesPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyStateWidget *m_emptyState = nullptr;
};

} // namespace Espalier
