#pragma once
// Loading, empty and error states drawn on a view itself (over its rows, under its header), each
// with the next useful action as a button: "Loading agents…", "No agent's email contains
// 'kim'" with "Clear the filter", "The groups could not be loaded" with "Try again". The view's
// own status line stays for counts; the overlay is for a view with nothing to show.

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace Alli
{

class ViewOverlay : public QWidget
{
    Q_OBJECT
public:
    enum class State { Hidden, Loading, Empty, Error };
    Q_ENUM(State)

    explicit ViewOverlay(QAbstractItemView* view);

    void showLoading(const QString& text);
    // `actionText` empty: no button.
    void showEmpty(const QString& text, const QString& actionText = {}, std::function<void()> action = {});
    void showError(const QString& text, const QString& actionText = {}, std::function<void()> action = {});
    void clear();

    State state() const { return m_state; }
    QString text() const;
    QPushButton* actionButton() const { return m_button; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void present(State state, const QString& text, const QString& actionText, std::function<void()> action);
    void fit();

    QPointer<QAbstractItemView> m_view;
    QLabel* m_text;
    QPushButton* m_button;
    std::function<void()> m_action;
    State m_state = State::Hidden;
};

} // namespace Alli
