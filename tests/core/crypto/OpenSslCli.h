// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs the openssl command-line tool in a folder, the interop peer of the crypto tests, and
// moves files in and out of that folder. Test-thread only.
class OpenSslCli final
{
public:
    struct Output
    {
        int exitCode = -1;
        QByteArray standardOutput;
        QByteArray standardError;

        [[nodiscard]] bool succeeded() const { return exitCode == 0; }

        // stdout and stderr, for failure messages.
        [[nodiscard]] QByteArray text() const { return standardOutput + standardError; }
    };

    // Empty when openssl is not installed.
    [[nodiscard]] static QString program();

    explicit OpenSslCli(QString workingDirectory);

    // Waits for the tool to finish; a tool that cannot start reports exit code -1.
    [[nodiscard]] Output run(const QStringList &arguments) const;

    // Paths are relative to the working folder. writeFile returns the absolute path.
    QString writeFile(const QString &name, const QByteArray &contents) const;
    [[nodiscard]] QByteArray readFile(const QString &name) const;
    [[nodiscard]] QString path(const QString &name) const;

private:
    QString m_workingDirectory;
};
