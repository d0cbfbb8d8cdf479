// SPDX-License-Identifier: GPL-3.0-or-later
// espalierctl: the engine's admin API from a shell, for scripts and quick looks. Exit statuses are
// in ExitCode.h.
#include "app/espalierctl/CommandLine.h"
#include "app/espalierctl/VerbRunner.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

using namespace Espalier;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Espalier"_s);
    QCoreApplication::setApplicationName(u"espalierctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ESPALIER_VERSION));

    CommandLine::Outcome parsed = CommandLine::parse(QCoreApplication::arguments(),
                                                     QProcessEnvironment::systemEnvironment());
    if (!parsed.invocation) {
        std::fputs(qUtf8Printable(parsed.output), stdout);
        std::fputs(qUtf8Printable(parsed.error), stderr);
        return toInt(parsed.exitCode);
    }

    VerbRunner runner(std::move(*parsed.invocation));
    // Queued, so a verb that finishes at once still ends the event loop after it started.
    QObject::connect(
        &runner,
        &VerbRunner::finished,
        &app,
        [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    runner.start();
    return app.exec();
}
