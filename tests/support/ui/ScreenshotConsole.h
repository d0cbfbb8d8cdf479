// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/EngineHost.h"
#include "core/roles/ConsoleRole.h"
#include "tests/support/WaitFor.h"
#include "tests/support/ui/RecordingPrompter.h"

#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace Espalier {

class Clock;
class MainWindow;

// For the programs that take the documentation's screenshots: the console as main() builds it
// (engine thread, keychain-backed role, main window), on a private data folder and keychain
// service. Serving runs the engine on 127.0.0.1 as a configured server; FirstRun leaves it as a
// console that has not been set up yet.
class ScreenshotConsole final
{
public:
    enum class Mode {
        Serving,
        FirstRun,
    };

    explicit ScreenshotConsole(const Clock &clock, Mode mode = Mode::Serving);
    ~ScreenshotConsole();
    Q_DISABLE_COPY_MOVE(ScreenshotConsole)

    // Starts the engine and waits until it runs; false, said on stderr, when it does not.
    [[nodiscard]] bool start();

    [[nodiscard]] EngineHost &host() { return *m_host; }

    [[nodiscard]] Engine &engine() { return *m_host->engine(); }

    [[nodiscard]] const EngineConfig &config() const { return m_config; }

    [[nodiscard]] MainWindow &window() { return *m_window; }

    [[nodiscard]] RecordingPrompter &prompter() { return m_prompter; }

    [[nodiscard]] ConsoleRole &role() { return *m_role; }

    // TLS settings that trust the engine's device CA, for simulated devices (after start()).
    [[nodiscard]] QSslConfiguration deviceTls();

private:
    QTemporaryDir m_dir;
    EngineConfig m_config;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<ConsoleRole> m_role;
    RecordingPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

// What every screenshot program needs besides the console.
namespace Screenshot {

void say(const QString &line);
// Lays widget out, grabs it and writes a PNG to path; says what it did.
bool save(QWidget *widget, const QString &path);
// Writes data to path (an input file the pictured dialog is given); whether all of it was written.
bool writeFile(const QString &path, const QByteArray &data);

} // namespace Screenshot

} // namespace Espalier
