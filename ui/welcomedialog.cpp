#include "welcomedialog.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_demo(new QPushButton)
    , m_demoText(new QLabel)
    , m_connect(new QPushButton)
    , m_connectText(new QLabel)
{
    setObjectName(u"welcomeDialog"_s);
    m_demo->setObjectName(u"welcomeDemo"_s);
    m_connect->setObjectName(u"welcomeConnect"_s);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    for (QLabel* l : { m_text, m_demoText, m_connectText })
        l->setWordWrap(true);
    for (QPushButton* b : { m_demo, m_connect })
        b->setMinimumHeight(36);
    auto* grid = new QGridLayout;
    grid->addWidget(m_demo, 0, 0);
    grid->addWidget(m_demoText, 0, 1);
    grid->addWidget(m_connect, 1, 0);
    grid->addWidget(m_connectText, 1, 1);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addLayout(grid);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Demo;
        accept();
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_choice = Connect;
        accept();
    });
    m_demo->setDefault(true);
    retranslateUi();
    setMinimumWidth(560);
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Alli Admin"));
    m_title->setText(tr("Welcome to Alli Admin"));
    m_text->setText(tr("Manage the agents, users, permission groups, tools and OAuth2 settings of your Alli "
                       "projects."));
    m_demo->setText(tr("Try the demo project"));
    m_demoText->setText(tr("A sample project on this computer. No account needed; nothing reaches Alli."));
    m_connect->setText(tr("Connect to Alli…"));
    m_connectText->setText(tr("Use your project's API key or token (US, Japan or a custom server)."));
}

void WelcomeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Alli
