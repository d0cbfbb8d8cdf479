// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/crypto/OpenSslCli.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QString OpenSslCli::program()
{
    return QStandardPaths::findExecutable(u"openssl"_s);
}

OpenSslCli::OpenSslCli(QString workingDirectory)
    : m_workingDirectory(std::move(workingDirectory))
{}

OpenSslCli::Output OpenSslCli::run(const QStringList &arguments) const
{
    QProcess process;
    process.setWorkingDirectory(m_workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program(), arguments);
    Output output;
    // A bound, not a timing: openssl finishes in milliseconds unless it hangs on a prompt.
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        output.standardError = process.errorString().toUtf8();
        return output;
    }
    output.exitCode = process.exitCode();
    output.standardOutput = process.readAllStandardOutput();
    output.standardError = process.readAllStandardError();
    return output;
}

QString OpenSslCli::writeFile(const QString &name, const QByteArray &contents) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(contents) != contents.size()) {
        return {};
    }
    return file.fileName();
}

QByteArray OpenSslCli::readFile(const QString &name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString OpenSslCli::path(const QString &name) const
{
    return QDir(m_workingDirectory).filePath(name);
}
