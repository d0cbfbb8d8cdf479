// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ui/ScreenshotConsole.h"

#include "core/crypto/Certificate.h"
#include "core/store/SecretStore.h"
#include "ui/main/MainWindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Espalier {

ScreenshotConsole::ScreenshotConsole(const Clock &clock, Mode mode)
{
    const QString database = m_dir.filePath(u"espalier.sqlite"_s);
    m_config = mode == Mode::Serving ? EngineConfig::storeOnly(database)
                                     : EngineConfig::console(database);
    if (mode == Mode::Serving) {
        m_config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        m_config.listenPort = 0;
        m_config.publicUrl = QUrl(u"https://127.0.0.1"_s);
    }
    m_config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_config.keychainService = u"Espalier-screenshots-%1"_s.arg(
        QUuid::createUuid().toString(QUuid::Id128));
    m_host = std::make_unique<EngineHost>(m_config, clock);
    // The console's own secrets live on the engine thread, as main() has them.
    auto *consoleSecrets = new SecretStore(m_config.keychainService);
    QThread *engineThread = m_host->engine()->thread();
    consoleSecrets->moveToThread(engineThread);
    QObject::connect(engineThread, &QThread::finished, consoleSecrets, &QObject::deleteLater);
    m_role = std::make_unique<ConsoleRole>(*consoleSecrets);
    m_prompter.confirmAnswer = true;
    m_window = std::make_unique<MainWindow>(*m_host, m_prompter, *m_role);
}

ScreenshotConsole::~ScreenshotConsole() = default;

bool ScreenshotConsole::start()
{
    bool running = false;
    const QMetaObject::Connection watch = QObject::connect(
        m_host.get(), &EngineHost::stateChanged, m_host.get(), [&running](Engine::State state) {
            running = running || state == Engine::State::Running;
        });
    m_host->start();
    const bool started = waitUntil([&running] { return running; });
    QObject::disconnect(watch);
    if (!started)
        Screenshot::say(u"the engine did not start"_s);
    return started;
}

QSslConfiguration ScreenshotConsole::deviceTls()
{
    Engine *engine = m_host->engine();
    Certificate ca;
    QMetaObject::invokeMethod(
        engine,
        [engine, &ca] { ca = engine->deviceCaCertificate(); },
        Qt::BlockingQueuedConnection);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({QSslCertificate(ca.toPem())});
    return tls;
}

namespace Screenshot {

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stderr);
}

bool save(QWidget *widget, const QString &path)
{
    for (int pass = 0; pass < 8; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const bool saved = widget->grab().save(path, "PNG");
    say((saved ? u"saved "_s : u"could not save "_s) + path);
    return saved;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace Screenshot

} // namespace Espalier
