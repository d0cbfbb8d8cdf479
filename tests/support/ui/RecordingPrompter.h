// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Prompter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

// Answers instead of a person and remembers what it was asked. Header-only test support for the
// GUI tests; confirm() says no and chooseSaveFile() cancels unless told otherwise.
class RecordingPrompter final : public Prompter
{
public:
    struct ShownError
    {
        QWidget *parent = nullptr;
        QString title;
        QString text;
        QString detail;
    };

    void showError(QWidget *parent,
                   const QString &title,
                   const QString &text,
                   const QString &detail) override
    {
        errors.append({parent, title, text, detail});
    }

    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        ++confirmations;
        confirmationTexts.append(text);
        return confirmAnswer;
    }

    QString chooseSaveFile(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++saveFileRequests;
        return saveFileAnswer;
    }

    QString chooseOpenFile(QWidget *, const QString &, const QString &) override
    {
        ++openFileRequests;
        return openFileAnswer;
    }

    QList<ShownError> errors;
    int confirmations = 0;
    QStringList confirmationTexts;
    bool confirmAnswer = false;
    int saveFileRequests = 0;
    // The path chooseSaveFile() answers; empty means the admin cancelled.
    QString saveFileAnswer;
    int openFileRequests = 0;
    // The path chooseOpenFile() answers; empty means the admin cancelled.
    QString openFileAnswer;
};

} // namespace Espalier
