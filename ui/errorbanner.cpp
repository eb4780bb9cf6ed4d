#include "errorbanner.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_retryButton(new QPushButton)
    , m_credentialsButton(new QPushButton)
    , m_close(new QToolButton)
{
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    Theme::tint(this, Theme::Tint::ErrorBox);
    m_text->setObjectName(u"errorBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_retryButton->setObjectName(u"errorBannerRetry"_s);
    m_credentialsButton->setObjectName(u"errorBannerCredentials"_s);
    m_close->setAutoRaise(true);
    m_close->setText(u"✕"_s);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_credentialsButton, 0, Qt::AlignTop);
    layout->addWidget(m_retryButton, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const auto retry = m_retry;
        clear();
        emit retryRequested();
        if (retry)
            retry();
    });
    connect(m_credentialsButton, &QPushButton::clicked, this, &ErrorBanner::credentialsRequested);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::clear);
    hide();
}

void ErrorBanner::showError(const ApiError& error, std::function<void()> retry)
{
    m_error = error;
    m_plainMessage.clear();
    m_retry = std::move(retry);
    render();
    show();
}

void ErrorBanner::showMessage(const QString& message)
{
    m_error = ApiError();
    m_plainMessage = message;
    m_retry = nullptr;
    render();
    show();
}

void ErrorBanner::clear()
{
    m_error = ApiError();
    m_plainMessage.clear();
    m_retry = nullptr;
    hide();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

void ErrorBanner::render()
{
    m_text->setText(m_error.isError() ? m_error.message() : m_plainMessage);
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setVisible(bool(m_retry));
    m_credentialsButton->setText(tr("Connection settings…"));
    m_credentialsButton->setVisible(m_error.kind() == ApiError::Kind::Unauthorized);
    m_close->setToolTip(tr("Dismiss"));
}

void ErrorBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace Alli
