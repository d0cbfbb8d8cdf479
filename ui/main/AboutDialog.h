// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Espalier {

// Name, version, licence and the Qt and TLS library versions, selectable so an admin can paste
// them into a bug report. Opened with open(), never exec(). UI thread.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace Espalier
