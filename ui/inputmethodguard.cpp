#include "inputmethodguard.h"

#include <QApplication>
#include <QHash>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>

namespace Alli::InputMethodGuard
{

namespace
{

    bool isTextField(QObject* object)
    {
        return qobject_cast<QLineEdit*>(object) || qobject_cast<QPlainTextEdit*>(object)
            || qobject_cast<QTextEdit*>(object);
    }

    class Guard final : public QObject
    {
    public:
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            switch (event->type()) {
            case QEvent::InputMethod:
                if (isTextField(watched)) {
                    const auto* ime = static_cast<QInputMethodEvent*>(event);
                    if (ime->preeditString().isEmpty())
                        m_pending.remove(watched);
                    else
                        m_pending.insert(watched, { QPointer<QObject>(watched), ime->preeditString() });
                }
                break;
            case QEvent::FocusOut:
                commitPending(watched);
                break;
            case QEvent::KeyPress:
            case QEvent::ShortcutOverride: {
                const int key = static_cast<QKeyEvent*>(event)->key();
                if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
                    || key == Qt::Key_Backtab)
                    commitPending(watched);
                break;
            }
            default:
                break;
            }
            return false;
        }

    private:
        void commitPending(QObject* watched)
        {
            const auto it = m_pending.find(watched);
            if (it == m_pending.end())
                return;
            // A field destroyed since: its address may be another object's now.
            const bool alive = !it.value().first.isNull();
            const QString text = it.value().second;
            m_pending.erase(it);
            if (!alive)
                return;
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QCoreApplication::sendEvent(watched, &commit);
        }

        // field -> (the field, while it lives; the preedit shown and not committed)
        QHash<QObject*, QPair<QPointer<QObject>, QString>> m_pending;
    };

} // namespace

void install()
{
    static Guard* guard = nullptr;
    if (guard || !QCoreApplication::instance())
        return;
    guard = new Guard;
    guard->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(guard);
}

} // namespace Alli::InputMethodGuard
