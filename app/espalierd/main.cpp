// SPDX-License-Identifier: GPL-3.0-or-later
// espalierd: the MDM engine without the console, for a server or a spare Mac mini. Logs to stdout,
// stops cleanly on SIGTERM or SIGINT.
#include "app/espalierd/SignalWatcher.h"
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"
#include "core/engine/EngineHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

void logToStdout(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    std::FILE *stream = type == QtDebugMsg || type == QtInfoMsg ? stdout : stderr;
    std::fputs(qUtf8Printable(line), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    OpenSsl::skipCleanupAtExit();
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzzt} %{type} %{category}: %{message}"_s);
    qInstallMessageHandler(logToStdout);
    QLoggingCategory::setFilterRules(u"espalier.*.info=true"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("espalierd", "Espalier's MDM engine, without the console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        QCoreApplication::translate(
            "espalierd", "Keep the database in <folder> instead of the user's data folder."),
        QCoreApplication::translate("espalierd", "folder"));
    parser.addOption(dataDirOption);
    const QCommandLineOption configOption(
        u"config"_s,
        QCoreApplication::translate("espalierd", "Read the engine's settings from the INI <file>."),
        QCoreApplication::translate("espalierd", "file"));
    parser.addOption(configOption);
    parser.process(app);

    EngineConfig config;
    if (parser.isSet(configOption)) {
        Result<EngineConfig> loaded = EngineConfig::fromIniFile(parser.value(configOption));
        if (!loaded) {
            qCCritical(lcApp).noquote() << loaded.error().message;
            return 2;
        }
        config = std::move(*loaded);
    } else {
        config = EngineConfig::storeOnly(databasePath(parser.value(dataDirOption)));
    }

    const SystemClock clock;
    EngineHost host(std::move(config), clock);
    SignalWatcher signalWatcher;

    int exitCode = 0;
    QObject::connect(&host,
                     &EngineHost::stateChanged,
                     &app,
                     [&exitCode](Engine::State state, const QString &detail) {
                         if (state == Engine::State::Failed) {
                             qCCritical(lcApp).noquote() << "engine failed:" << detail;
                             exitCode = 1;
                             QCoreApplication::exit(exitCode);
                         }
                     });
    QObject::connect(
        &signalWatcher, &SignalWatcher::terminationRequested, &app, [](int signalNumber) {
            qCInfo(lcApp) << "signal" << signalNumber << "received, stopping";
            QCoreApplication::quit();
        });

    host.start();
    const int loopResult = app.exec();
    host.stop();
    qCInfo(lcApp) << "stopped";
    return exitCode != 0 ? exitCode : loopResult;
}
