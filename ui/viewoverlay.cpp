#include "viewoverlay.h"

#include "theme.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ViewOverlay::ViewOverlay(QAbstractItemView* view)
    : QWidget(view->viewport())
    , m_view(view)
    , m_text(new QLabel)
    , m_button(new QPushButton)
{
    setObjectName(view->objectName() + u"Overlay"_s);
    m_text->setObjectName(objectName() + u"Text"_s);
    m_button->setObjectName(objectName() + u"Action"_s);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_button);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
    view->viewport()->installEventFilter(this);
    hide();
}

QString ViewOverlay::text() const
{
    return m_state == State::Hidden ? QString() : m_text->text();
}

void ViewOverlay::showLoading(const QString& text)
{
    present(State::Loading, text, {}, {});
}

void ViewOverlay::showEmpty(const QString& text, const QString& actionText, std::function<void()> action)
{
    present(State::Empty, text, actionText, std::move(action));
}

void ViewOverlay::showError(const QString& text, const QString& actionText, std::function<void()> action)
{
    present(State::Error, text, actionText, std::move(action));
}

void ViewOverlay::clear()
{
    m_state = State::Hidden;
    m_action = {};
    hide();
}

void ViewOverlay::present(
    State state, const QString& text, const QString& actionText, std::function<void()> action)
{
    if ((state == State::Error) != (m_state == State::Error) || m_state == State::Hidden) {
        if (state == State::Error)
            Theme::tint(m_text, Theme::Tint::NegativeText);
        else
            Theme::untint(m_text);
    }
    m_state = state;
    m_text->setText(text);
    m_action = std::move(action);
    m_button->setText(actionText);
    m_button->setVisible(!actionText.isEmpty() && m_action);
    setAccessibleName(text);
    fit();
    show();
    raise();
}

void ViewOverlay::fit()
{
    if (QWidget* viewport = parentWidget())
        setGeometry(viewport->rect());
}

bool ViewOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fit();
    return QWidget::eventFilter(watched, event);
}

} // namespace Alli
