// SPDX-License-Identifier: GPL-3.0-or-later
// The console: builds the object graph (the engine host with its thread, the main window) and
// owns it for the life of the process. Everything here runs on the main (UI) thread.
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"
#include "core/engine/EngineHost.h"
#include "core/engine/ServerSettings.h"
#include "core/roles/ConsoleRole.h"
#include "core/store/SecretStore.h"
#include "ui/common/Icons.h"
#include "ui/common/WidgetsPrompter.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPixmap>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr QSize s_screenshotSize(1200, 760);
// A screenshot run that hears nothing from the engine for this long gives up instead of hanging.
constexpr int s_screenshotTimeoutMs = 30'000;

struct Options
{
    QCommandLineOption dataDir{
        u"data-dir"_s,
        QCoreApplication::translate("main",
                                    "Keep the database in <folder> instead of the standard data "
                                    "folder."),
        QCoreApplication::translate("main", "folder")};
    QCommandLineOption screenshot{
        u"screenshot"_s,
        QCoreApplication::translate("main",
                                    "Once the engine has started, save a picture of the main "
                                    "window to <file> (PNG) and quit."),
        QCoreApplication::translate("main", "file")};
    QCommandLineOption section{u"section"_s,
                               QCoreApplication::translate("main", "Open the section <name>: %1.")
                                   .arg(MainWindow::sectionKeys().join(u", "_s)),
                               QCoreApplication::translate("main", "name")};
    QCommandLineOption lang{
        u"lang"_s,
        QCoreApplication::translate("main",
                                    "Use the language <code>, for example de, instead of the "
                                    "system's."),
        QCoreApplication::translate("main", "code")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Apple device management console"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({dataDir, screenshot, section, lang});
    }
};

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << u": "_s << message << Qt::endl;
}

// --lang, read in a silent first pass so that the real parser's help text is already translated.
QString requestedLanguage(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    // Errors are left for the real pass to report.
    (void)parser.parse(arguments);
    return parser.value(options.lang);
}

bool isSourceLanguage(const QString &language)
{
    return language == u"C"_s || language == u"en"_s || language.startsWith(u"en_"_s);
}

// The catalogue for the first of the admin's languages that has one. QTranslator::load(QLocale, …)
// would walk all of uiLanguages(), so an admin who prefers English to German would get German;
// English is the source language, so the walk stops there.
bool loadTranslation(QTranslator &translator,
                     const QLocale &locale,
                     const QString &baseName,
                     const QString &directory)
{
    for (QString language : locale.uiLanguages()) {
        language.replace(u'-', u'_');
        if (isSourceLanguage(language))
            return false;
        // load() also tries the name with the country cut off: espalier_de_AT, then espalier_de.
        if (translator.load(baseName + u'_' + language, directory))
            return true;
    }
    qCDebug(lcApp) << "no" << baseName << "translation for" << locale.uiLanguages() << "in"
                   << directory;
    return false;
}

void installTranslators(QTranslator &qtTranslator,
                        QTranslator &appTranslator,
                        const QLocale &locale)
{
    // Qt's own strings (standard buttons, About Qt) first; the last installed is asked first.
    if (loadTranslation(qtTranslator,
                        locale,
                        u"qtbase"_s,
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    // qt_add_translations embeds the catalogues under :/i18n.
    if (loadTranslation(appTranslator, locale, u"espalier"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&appTranslator);
}

bool saveScreenshot(QWidget &window, const QString &path)
{
    // The pages read their rows on the worker pool; let those reads finish and land first.
    for (int round = 0; round < 4; ++round) {
        QThreadPool::globalInstance()->waitForDone(10'000);
        QCoreApplication::processEvents();
    }
    // A new status text reaches the status bar's layout as a chain of posted layout requests,
    // one widget level per pass; deliver them all so the picture shows the settled window.
    for (int level = 0; level < 8; ++level)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap picture = window.grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        printError(QCoreApplication::translate("main", "Cannot save the screenshot to %1.")
                       .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    OpenSsl::skipCleanupAtExit();
    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(u"Espalier"_s);
    QApplication::setWindowIcon(Icons::application());

    QLocale locale = QLocale::system();
    if (const QString language = requestedLanguage(app.arguments()); !language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    QTranslator qtTranslator;
    QTranslator appTranslator;
    installTranslators(qtTranslator, appTranslator, locale);

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    QString dataDir;
    if (parser.isSet(options.dataDir)) {
        const QString value = parser.value(options.dataDir);
        if (value.isEmpty()) {
            printError(QCoreApplication::translate("main", "The data folder must not be empty."));
            return 1;
        }
        dataDir = QDir::cleanPath(QFileInfo(value).absoluteFilePath());
    }

    std::optional<MainWindow::Section> section;
    if (parser.isSet(options.section)) {
        section = MainWindow::sectionFromKey(parser.value(options.section));
        if (!section) {
            printError(
                QCoreApplication::translate("main",
                                            "There is no section called %1. Choose one of: %2.")
                    .arg(parser.value(options.section), MainWindow::sectionKeys().join(u", "_s)));
            return 1;
        }
    }
    const QString screenshotPath = parser.value(options.screenshot);

    // Declared in this order so that they are destroyed in reverse: the window lets go of the
    // host's signal first, and the host stops the engine thread before the clock goes away.
    const SystemClock clock;
    EngineHost engineHost(EngineConfig::console(databasePath(dataDir)), clock);
    // QtKeychain wants every SecretStore of a process on one thread, and the engine keeps its own
    // on the engine thread: the console's joins it there and is deleted with that thread.
    auto *consoleSecrets = new SecretStore(engineHost.engine()->config().keychainService);
    QThread *engineThread = engineHost.engine()->thread();
    consoleSecrets->moveToThread(engineThread);
    QObject::connect(engineThread, &QThread::finished, consoleSecrets, &QObject::deleteLater);
    ConsoleRole role(*consoleSecrets);
    WidgetsPrompter prompter;
    MainWindow window(engineHost, prompter, role);

    // The engine closes its store on its own thread while the event loop is winding down.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &engineHost, &EngineHost::stop);

    if (screenshotPath.isEmpty()) {
        window.restoreLayout();
        if (section)
            window.showSection(*section);
        window.show();
        // First run: once the engine has opened the store, a server that is not set up yet gets
        // the setup wizard (also under Settings, "Run Setup Again…").
        auto offered = std::make_shared<bool>(false);
        const QString storePath = engineHost.engine()->config().databasePath;
        QObject::connect(
            &engineHost,
            &EngineHost::stateChanged,
            &window,
            [&window, offered, storePath](Engine::State state) {
                if (*offered || state != Engine::State::Running)
                    return;
                *offered = true;
                ServerSettings::loadOverview(storePath).then(
                    &window, [&window](const Result<ServerSettings::Overview> &overview) {
                        if (overview && !overview->settings.isConfigured()
                            && window.isSectionAvailable(MainWindow::Section::Settings))
                            window.settingsPage()->runSetup();
                    });
            });
        engineHost.start();
        return app.exec();
    }

    // Screenshot run: a fixed size and a known section, and nothing read from or written to the
    // admin's settings. The picture is taken once the engine has said how it started.
    window.resize(s_screenshotSize);
    window.showSection(section.value_or(MainWindow::Section::Devices));
    window.show();
    bool taken = false;
    QObject::connect(
        &engineHost,
        &EngineHost::stateChanged,
        &window,
        [&window, &taken, screenshotPath](Engine::State state) {
            if (taken || (state != Engine::State::Running && state != Engine::State::Failed)) {
                return;
            }
            taken = true;
            // One more turn of the event loop lets the status bar lay out the text.
            QTimer::singleShot(0, &window, [&window, screenshotPath] {
                QCoreApplication::exit(saveScreenshot(window, screenshotPath) ? 0 : 1);
            });
        });
    QTimer::singleShot(s_screenshotTimeoutMs, &window, [] {
        printError(QCoreApplication::translate(
            "main", "The engine did not report how it started; no screenshot was taken."));
        QCoreApplication::exit(1);
    });
    engineHost.start();
    return app.exec();
}
