// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/espalierctl/CommandLine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

const QString DefaultUrl = u"http://127.0.0.1:8444"_s;

// Options that belong to some verbs only.
const QStringList &verbOptions()
{
    static const QStringList s_options{u"label"_s,
                                       u"max-uses"_s,
                                       u"expires-at"_s,
                                       u"state"_s,
                                       u"enrollment"_s,
                                       u"limit"_s,
                                       u"timeout"_s};
    return s_options;
}

struct VerbRule
{
    qsizetype minArguments = 0;
    qsizetype maxArguments = 0; // -1: no limit
    QStringList options;
};

const QHash<QString, VerbRule> &verbRules()
{
    static const QHash<QString, VerbRule> s_rules{
        {u"devices"_s, {}},
        {u"enrollments"_s, {}},
        {u"types"_s, {}},
        {u"links"_s, {}},
        {u"link create"_s, {0, 0, {u"label"_s, u"max-uses"_s, u"expires-at"_s}}},
        {u"command"_s, {2, -1, {u"expires-at"_s}}},
        {u"raw"_s, {2, -1, {u"expires-at"_s}}},
        {u"commands"_s, {0, 0, {u"state"_s, u"enrollment"_s, u"limit"_s}}},
        {u"show"_s, {1, 1, {}}},
        {u"cancel"_s, {1, 1, {}}},
        {u"retry"_s, {1, 1, {}}},
        {u"wait"_s, {1, 1, {u"timeout"_s}}},
    };
    return s_rules;
}

QString description()
{
    return QCoreApplication::translate(
        "espalierctl",
        "Talks to the admin API of a running Espalier engine.\n"
        "\n"
        "Verbs:\n"
        "  devices                       Devices with their inventory and enrollments.\n"
        "  enrollments                   Enrollment channels.\n"
        "  link create [--label L] [--max-uses N] [--expires-at T]\n"
        "                                Creates an enrollment link and prints its URL.\n"
        "  links                         Enrollment links.\n"
        "  types                         Command types and their parameters.\n"
        "  command <type> <enrollment-id>... [key=value...]\n"
        "                                Queues a command; prints one UUID per enrollment.\n"
        "                                Lists are comma-separated; data is base64 or @file.\n"
        "  raw <enrollment-id>... <plist-file>\n"
        "                                Queues a Command dictionary (with RequestType) as is.\n"
        "  commands [--state S] [--enrollment E] [--limit N]\n"
        "                                Commands, oldest first.\n"
        "  show <uuid>                   A command with its times, errors and result.\n"
        "  cancel <uuid>                 Cancels a command that has not finished.\n"
        "  retry <uuid>                  Queues a failed command again; prints the new UUID.\n"
        "  wait <uuid> [--timeout S]     Waits until the command finishes.\n"
        "\n"
        "Exit status: 0 done; 1 the command waited for was not acknowledged; 2 usage error;\n"
        "3 the admin API could not be reached; 4 the admin API refused the request.");
}

CommandLine::Outcome usageError(const QString &message)
{
    CommandLine::Outcome outcome;
    outcome.exitCode = ExitCode::Usage;
    outcome.error = u"espalierctl: "_s + message + u'\n'
                    + QCoreApplication::translate("espalierctl",
                                                  "Run \"espalierctl --help\" for usage.")
                    + u'\n';
    return outcome;
}

} // namespace

CommandLine::Outcome CommandLine::parse(const QStringList &arguments,
                                        const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption urlOption(
        u"url"_s,
        tr("The admin API's address (default: $ESPALIER_URL, else %1).").arg(DefaultUrl),
        u"url"_s);
    const QCommandLineOption tokenFileOption(
        u"token-file"_s,
        tr("Read the admin token from <file> (default: $ESPALIER_TOKEN)."),
        u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the API's JSON instead of text."));
    const QCommandLineOption labelOption(u"label"_s, tr("link create: a label."), u"label"_s);
    const QCommandLineOption maxUsesOption(
        u"max-uses"_s, tr("link create: how often the link may be used."), u"n"_s);
    const QCommandLineOption expiresAtOption(
        u"expires-at"_s,
        tr("link create, command, raw: expiry as ISO 8601 (2026-05-01T12:00:00Z)."),
        u"time"_s);
    const QCommandLineOption stateOption(
        u"state"_s, tr("commands: only these states (comma-separated)."), u"state"_s);
    const QCommandLineOption enrollmentOption(
        u"enrollment"_s, tr("commands: only this enrollment's."), u"id"_s);
    const QCommandLineOption limitOption(
        u"limit"_s, tr("commands: at most this many, the newest."), u"n"_s);
    const QCommandLineOption timeoutOption(
        u"timeout"_s,
        tr("wait: give up after this many seconds (default %1).").arg(DefaultWaitSeconds),
        u"seconds"_s);
    parser.addOptions({urlOption,
                       tokenFileOption,
                       jsonOption,
                       labelOption,
                       maxUsesOption,
                       expiresAtOption,
                       stateOption,
                       enrollmentOption,
                       limitOption,
                       timeoutOption});
    parser.addPositionalArgument(u"verb"_s, tr("What to do (see above)."), u"<verb> [args...]"_s);

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        Outcome outcome;
        outcome.output = parser.helpText();
        return outcome;
    }
    if (parser.isSet(versionOption)) {
        Outcome outcome;
        outcome.output = u"espalierctl %1\n"_s.arg(QCoreApplication::applicationVersion());
        return outcome;
    }

    Invocation invocation;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("No verb given."));
    invocation.verb = positional.takeFirst();
    if (invocation.verb == u"link"_s) {
        if (positional.isEmpty() || positional.first() != u"create"_s)
            return usageError(tr("\"link\" takes \"create\"; to list links, use \"links\"."));
        positional.removeFirst();
        invocation.verb = u"link create"_s;
    }
    const auto rule = verbRules().constFind(invocation.verb);
    if (rule == verbRules().cend())
        return usageError(tr("Unknown verb \"%1\".").arg(invocation.verb));
    if (positional.size() < rule->minArguments
        || (rule->maxArguments >= 0 && positional.size() > rule->maxArguments)) {
        return usageError(
            tr("Wrong number of arguments for \"%1\"; see --help.").arg(invocation.verb));
    }
    for (const QString &option : verbOptions()) {
        if (parser.isSet(option) && !rule->options.contains(option)) {
            return usageError(tr("--%1 does not apply to \"%2\".").arg(option, invocation.verb));
        }
    }
    if (invocation.verb == u"command"_s) {
        // The type, then at least one enrollment before the key=value parameters.
        const qsizetype targets = std::count_if(
            positional.cbegin() + 1, positional.cend(), [](const QString &argument) {
                return !argument.contains(u'=');
            });
        if (positional.first().contains(u'=') || targets == 0)
            return usageError(tr("\"command\" needs a type and at least one enrollment id."));
    }
    invocation.arguments = positional;

    invocation.json = parser.isSet(jsonOption);
    invocation.label = parser.value(labelOption);
    invocation.expiresAt = parser.value(expiresAtOption);
    invocation.state = parser.value(stateOption);
    invocation.enrollment = parser.value(enrollmentOption);
    auto positiveNumber = [&parser](const QCommandLineOption &option) -> std::optional<int> {
        bool ok = false;
        const int number = parser.value(option).toInt(&ok);
        return ok && number > 0 ? std::optional<int>(number) : std::nullopt;
    };
    if (parser.isSet(maxUsesOption)) {
        invocation.maxUses = positiveNumber(maxUsesOption);
        if (!invocation.maxUses)
            return usageError(tr("--max-uses needs a whole number of at least 1."));
    }
    if (parser.isSet(limitOption)) {
        invocation.limit = positiveNumber(limitOption);
        if (!invocation.limit)
            return usageError(tr("--limit needs a whole number of at least 1."));
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        invocation.waitSeconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || !(invocation.waitSeconds > 0))
            return usageError(tr("--timeout needs a number of seconds above 0."));
    }

    const QString urlText = parser.isSet(urlOption)
                                ? parser.value(urlOption)
                                : environment.value(u"ESPALIER_URL"_s, DefaultUrl);
    invocation.url = QUrl(urlText, QUrl::StrictMode);
    if (!invocation.url.isValid()
        || (invocation.url.scheme() != u"http"_s && invocation.url.scheme() != u"https"_s)
        || invocation.url.host().isEmpty()) {
        return usageError(
            tr("\"%1\" is not an http:// or https:// address of the admin API.").arg(urlText));
    }

    if (parser.isSet(tokenFileOption)) {
        QFile file(parser.value(tokenFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            return usageError(
                tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString()));
        }
        invocation.token = file.read(4096).trimmed();
    } else {
        invocation.token = environment.value(u"ESPALIER_TOKEN"_s).toUtf8().trimmed();
    }
    if (invocation.token.isEmpty()) {
        return usageError(tr("No admin token: pass --token-file with the engine's admin token "
                             "file, or set ESPALIER_TOKEN."));
    }
    if (invocation.token.contains('\n') || invocation.token.contains('\r'))
        return usageError(tr("The admin token must be a single line."));

    Outcome outcome;
    outcome.invocation = std::move(invocation);
    return outcome;
}

} // namespace Espalier
