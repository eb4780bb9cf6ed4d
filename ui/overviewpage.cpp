#include "overviewpage.h"

#include "alliclient.h"
#include "errorbanner.h"
#include "sessioninfo.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

OverviewPage::OverviewPage(AlliClient* client, const SessionInfo& session, QWidget* parent)
    : ConsolePage(client, parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_serverCaption(new QLabel)
    , m_serverValue(new QLabel)
    , m_authCaption(new QLabel)
    , m_authValue(new QLabel)
    , m_demoNote(new QLabel)
    , m_testButton(new QPushButton)
    , m_testResult(new QLabel)
{
    setObjectName(u"overviewPage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_serverValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_authValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoNote->setWordWrap(true);
    m_demoNote->setVisible(m_session.isDemo);
    m_testButton->setObjectName(u"testConnection"_s);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    connect(m_testButton, &QPushButton::clicked, this, &OverviewPage::testConnection);

    auto* form = new QFormLayout;
    form->addRow(m_serverCaption, m_serverValue);
    form->addRow(m_authCaption, m_authValue);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_demoNote);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();
    retranslateUi();
}

void OverviewPage::retranslateUi()
{
    const QString server = client()->connection().baseUrl().toString();
    m_title->setText(m_session.isDemo ? tr("Demo project") : m_session.projectName);
    m_serverCaption->setText(tr("Server:"));
    m_serverValue->setText(server);
    m_authCaption->setText(tr("Authentication:"));
    const bool apiKey = client()->connection().authMethod == ConnectionSettings::AuthMethod::ApiKey;
    if (m_session.isDemo)
        m_authValue->setText(tr("API key %1 (public demo key)").arg(m_session.demoApiKey));
    else
        m_authValue->setText(apiKey ? tr("API key (not shown)") : tr("Bearer token (not shown)"));
    m_demoNote->setText(tr("This is the embedded demo backend: an in-memory project on this computer with "
                           "sample agents, users, permission groups, tools and OAuth2 settings. Nothing "
                           "you change here reaches a real Alli project."));
    m_testButton->setText(tr("Test connection"));
    if (m_testPassed)
        m_testResult->setText(tr("Connected. The credentials are accepted and the project answers."));
}

void OverviewPage::testConnection()
{
    m_testButton->setEnabled(false);
    m_testPassed = false;
    banner()->clear();
    m_testResult->setText(tr("Testing…"));
    auto* reply = client()->listAgents(0, 1);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_testButton->setEnabled(true);
        m_testPassed = reply->ok();
        if (m_testPassed) {
            retranslateUi();
        } else {
            m_testResult->clear();
            banner()->showError(reply->error(), [this] { testConnection(); });
        }
    });
}

} // namespace Alli
