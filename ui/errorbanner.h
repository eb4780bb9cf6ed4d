#pragma once
// A non-modal banner at the top of a page that explains a failed request in words, shows the
// server's own message verbatim, and offers Retry (and, for a 401, the connection's credentials).
// It re-renders in the new language on QEvent::LanguageChange.

#include "apierror.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace Alli
{

class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    // Shows the error; Retry calls `retry` (hidden when there is none).
    void showError(const ApiError& error, std::function<void()> retry = {});
    // Shows a plain message (already translated), e.g. a local validation problem.
    void showMessage(const QString& message);
    void clear();

    bool isShowingError() const { return isVisibleTo(parentWidget()) && m_error.isError(); }
    const ApiError& error() const { return m_error; }
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    void credentialsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    ApiError m_error;
    QString m_plainMessage;
    std::function<void()> m_retry;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retryButton;
    QPushButton* m_credentialsButton;
    QToolButton* m_close;
};

} // namespace Alli
