#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Confirm
{

namespace
{
    std::optional<bool> g_nextAnswer;
    QString g_lastQuestion;
}

bool ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
    const QString& details)
{
    g_lastQuestion = details.isEmpty() ? text : text + u"\n\n"_s + details;
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::DestructiveRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // Enter never destroys by accident
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setNextAnswer(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

QString lastQuestion()
{
    return g_lastQuestion;
}

} // namespace Alli::Confirm
