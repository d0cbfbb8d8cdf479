// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plist/Plist.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Espalier {

class Prompter;

// How to export a profile: XML or binary, and unsigned, signed with the server's identity (from
// the keychain, through the engine) or with a .p12 file and its password. Only asks; the page
// does the work off the UI thread. UI thread.
class ProfileExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Signing {
        None,
        ServerIdentity,
        Pkcs12,
    };

    struct Options
    {
        Plist::Format format = Plist::Format::Xml;
        Signing signing = Signing::None;
        QString p12Path;
        QString p12Password;
    };

    // serverIdentity: whether the engine can sign (it is running).
    ProfileExportDialog(Prompter &prompter, bool serverIdentity, QWidget *parent = nullptr);

    [[nodiscard]] Options options() const;

private:
    void updateState();

    Prompter &m_prompter;
    QRadioButton *m_xml = nullptr;
    QRadioButton *m_binary = nullptr;
    QComboBox *m_signing = nullptr;
    QLineEdit *m_p12Path = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Espalier
