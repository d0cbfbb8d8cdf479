// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CommandDetailsPane.h"

#include "core/commands/CommandTableModel.h"
#include "core/common/Futures.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QPlainTextEdit *rawView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

} // namespace

CommandDetailsPane::CommandDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_overview(new QTextBrowser(this))
    , m_request(rawView(this, u"commandRequestPlainTextEdit"_s))
    , m_response(rawView(this, u"commandResponsePlainTextEdit"_s))
{
    setObjectName(u"commandDetailsPane"_s);
    m_tabs->setObjectName(u"commandDetailsTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_overview->setObjectName(u"commandOverviewTextBrowser"_s);
    m_overview->setFrameShape(QFrame::NoFrame);
    m_overview->setOpenLinks(false);
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_request, QString());
    m_tabs->addTab(m_response, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void CommandDetailsPane::setDatabasePath(const QString &path)
{
    m_databasePath = path;
}

void CommandDetailsPane::showEntry(const CommandQueueEntry *entry)
{
    m_selectionCount = entry ? 1 : 0;
    m_hasEntry = entry != nullptr;
    if (entry) {
        m_entry = *entry;
        m_uuid = entry->command.uuid;
    } else {
        m_entry = {};
        m_uuid.clear();
    }
    showOverview();
    // Also for a live update of the shown command, which may have brought the device's answer.
    if (m_hasEntry)
        loadRaw();
    else
        ++m_generation;
}

void CommandDetailsPane::showSelectionCount(int count)
{
    if (count == 1)
        return;
    m_selectionCount = count;
    m_hasEntry = false;
    m_entry = {};
    m_uuid.clear();
    ++m_generation;
    showOverview();
}

void CommandDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommandDetailsPane::retranslate()
{
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Request"));
    m_tabs->setTabText(2, tr("Response"));
    m_tabs->setTabToolTip(1, tr("The command exactly as the device receives it"));
    m_tabs->setTabToolTip(2, tr("The device's answer exactly as it sent it"));
    showOverview();
}

void CommandDetailsPane::showOverview()
{
    if (!m_hasEntry) {
        m_overview->setHtml(u"<p>%1</p>"_s.arg(
            html(m_selectionCount > 1 ? tr("%n commands selected.", nullptr, m_selectionCount)
                                      : tr("Select a command to see what happened to it."))));
        m_request->clear();
        m_response->clear();
        return;
    }
    const Command &command = m_entry.command;
    QString body = u"<h3>%1</h3>"_s.arg(
        html(tr("%1 for %2", "command type, then the device")
                 .arg(CommandTableModel::typeText(command.requestType), m_entry.deviceName)));
    body += u"<p><b>%1</b></p><p>%2</p>"_s.arg(html(CommandTableModel::stateText(command.state)),
                                               html(CommandTableModel::stateDescription(m_entry)));
    QList<QPair<QString, QString>> rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append({label, value});
    };
    add(tr("Device"),
        m_entry.userName.isEmpty() ? m_entry.deviceName
                                   : tr("%1, user %2").arg(m_entry.deviceName, m_entry.userName));
    add(tr("Device ID"), m_entry.deviceId);
    add(tr("Command UUID"), command.uuid);
    add(tr("Requested by"), CommandTableModel::requesterText(command.createdBy));
    add(tr("Queued"), CommandTableModel::formatTime(command.createdAt));
    add(tr("Push requested"), CommandTableModel::formatTime(command.pushedAt));
    add(tr("Sent to device"), CommandTableModel::formatTime(command.sentAt));
    add(tr("Finished"), CommandTableModel::formatTime(command.completedAt));
    add(tr("Expires"),
        command.expiresAt.isValid() ? CommandTableModel::formatTime(command.expiresAt)
                                    : tr("Never"));
    if (!isFinal(command.state) && command.notNowCount > 0)
        add(tr("Next attempt"), CommandTableModel::formatTime(command.nextAttemptAt));
    add(tr("Attempts"), QString::number(command.attempts));
    if (command.notNowCount > 0)
        add(tr("“Not Now” answers"), QString::number(command.notNowCount));
    body += u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const auto &[label, value] : std::as_const(rows)) {
        body += u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            html(label), html(value));
    }
    body += u"</table>"_s;
    m_overview->setHtml(body);
}

void CommandDetailsPane::loadRaw()
{
    const quint64 generation = ++m_generation;
    if (m_databasePath.isEmpty())
        return;
    if (m_request->document()->isEmpty())
        m_request->setPlainText(tr("Loading…"));
    const QString uuid = m_uuid;
    Futures::then(this,
                  CommandQueueStore::loadDetailsAsync(m_databasePath, uuid),
                  [this, generation, uuid](const Result<CommandQueueStore::Details> &details) {
                      if (generation != m_generation)
                          return;
                      if (!details) {
                          m_request->setPlainText(details.error().message);
                          m_response->clear();
                          return;
                      }
                      m_request->setPlainText(
                          details->requestSealed ? tr(
                              "This command carries a secret (an unlock token or a PIN), so it is "
                              "stored encrypted and not shown here.")
                                                 : details->requestText);
                      QString response = details->responseText;
                      if (response.isEmpty()) {
                          response = isFinal(details->entry.command.state)
                                         ? tr("The device sent no answer to this command.")
                                         : tr("The device has not answered yet.");
                      }
                      m_response->setPlainText(response);
                      Q_EMIT detailsLoaded(uuid);
                  });
}

} // namespace Espalier
