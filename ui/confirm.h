#pragma once
// Confirmation of destructive actions, with a seam for tests (as KeePassXC's
// MessageBox::setNextAnswer): a test sets the next answer and reads back what was asked.

#include <QString>

#include <optional>

class QWidget;

namespace Alli::Confirm
{

// Asks with a modal box whose accept button says `acceptText` (e.g. "Delete agent"). Returns true
// when the user accepted.
bool ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
    const QString& details = {});

// Tests: the next ask() returns `answer` without showing anything.
void setNextAnswer(std::optional<bool> answer);
// Tests: the text (and details) of the last question asked, answered or not.
QString lastQuestion();

} // namespace Alli::Confirm
