// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the profile editor screenshot for docs/screenshots: a PPPC profile for a security agent
// (from the template) with a lock screen message payload beside it, the PPPC form open. Needs a
// display:
//
//   xvfb-run -a -s "-screen 0 1280x800x24"
//       build/dev/tests/ui/profiles/profile_editor_screenshot docs/screenshots
#include "core/profiles/PayloadSchemaRegistry.h"
#include "core/profiles/ProfileTemplates.h"
#include "ui/profiles/ProfileEditor.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>

#include <cstdio>

using namespace Espalier;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    PayloadSchemaRegistry::LoadReport report;
    const PayloadSchemaRegistry registry = PayloadSchemaRegistry::builtIn(&report);
    if (!report.errors.isEmpty()) {
        std::fputs(qUtf8Printable(report.errors.first().toString() + u'\n'), stderr);
        return 1;
    }

    ProfileDocument document = ProfileTemplates::privacyForAgent(
        u"com.example.agent"_s,
        u"identifier \"com.example.agent\" and anchor apple generic and certificate "
        "leaf[subject.OU] = \"ABCDE12345\""_s,
        false,
        {u"SystemPolicyAllFiles"_s, u"Accessibility"_s});
    document.topLevel.insert(u"PayloadDisplayName"_s, u"Example Agent: privacy access"_s);
    document.topLevel.insert(u"PayloadOrganization"_s, u"Example Ltd"_s);
    const ProfileDocument message = ProfileTemplates::lockScreenMessage(
        u"Property of Example Ltd. If found, call +1 555 0100."_s);
    document.payloads.append(message.payloads.first());
    QVariantMap &pppc = document.payloads.first();
    QVariantMap services = pppc.value(u"Services"_s).toMap();
    // Show one entry that needs attention, so the screenshot has a message next to a field.
    QVariantList accessibility = services.value(u"Accessibility"_s).toList();
    QVariantMap entry = accessibility.first().toMap();
    entry.remove(u"CodeRequirement"_s);
    accessibility[0] = entry;
    services.insert(u"Accessibility"_s, accessibility);
    pppc.insert(u"Services"_s, services);

    ProfileEditor editor(registry);
    editor.setWindowTitle(u"Espalier — Example Agent: privacy access"_s);
    editor.resize(1180, 800);
    editor.setDocument(document);
    editor.selectPayload(0);
    editor.show();
    for (int pass = 0; pass < 8; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    // Scroll to the Accessibility entry, whose missing code requirement shows its message.
    auto *scroll = editor.findChild<QScrollArea *>(u"payloadFormScrollArea"_s);
    if (auto *target = editor.findChild<QWidget *>(u"Services.AccessibilityGroupBox"_s))
        scroll->verticalScrollBar()->setValue(target->mapTo(scroll->widget(), QPoint(0, 0)).y()
                                              - 8);
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(u"profile-editor.png"_s);
    const bool saved = editor.grab().save(path, "PNG");
    std::fputs(qUtf8Printable((saved ? u"saved "_s : u"could not save "_s) + path + u'\n'), stderr);
    return saved ? 0 : 1;
}
