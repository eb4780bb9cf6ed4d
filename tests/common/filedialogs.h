#pragma once
// Answering the file dialog that an action opens, as an admin would: QFileDialog's static
// functions run their own event loop, so the answer comes from a timer that waits for the modal
// QFileDialog, types the path in its file name box and accepts it.

#include <QApplication>
#include <QDeadlineTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QTimer>

#include <memory>

namespace Alli::Testing
{

// Answers the next QFileDialog that opens within `timeoutMs` with `path`. The flag says whether
// one was answered (the action under test opened a dialog).
inline std::shared_ptr<bool> answerNextFileDialog(const QString& path, int timeoutMs = 10000)
{
    auto answered = std::make_shared<bool>(false);
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(
        timer, &QTimer::timeout, timer, [timer, path, answered, deadline = QDeadlineTimer(timeoutMs)] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (dialog && dialog->isVisible()) {
                // Typed in the file name box: selectFile() can lose to the directory the dialog is
                // still loading.
                if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
                    name->setText(path);
                else
                    dialog->selectFile(path);
                *answered = true;
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as the Save button
            }
            if (*answered || deadline.hasExpired()) {
                timer->stop();
                timer->deleteLater();
            }
        });
    timer->start();
    return answered;
}

} // namespace Alli::Testing
