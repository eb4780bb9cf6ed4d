#pragma once
// The first page: which project and server are live, how we authenticate, and a connection test
// that explains its outcome in words.

#include "consolepage.h"

class QLabel;
class QPushButton;

namespace Alli
{

struct SessionInfo;

class OverviewPage : public ConsolePage
{
    Q_OBJECT
public:
    OverviewPage(AlliClient* client, const SessionInfo& session, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }

    void testConnection();

protected:
    void retranslateUi() override;

private:
    const SessionInfo& m_session;
    QLabel* m_title;
    QLabel* m_serverCaption;
    QLabel* m_serverValue;
    QLabel* m_authCaption;
    QLabel* m_authValue;
    QLabel* m_demoNote;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    bool m_testPassed = false;
};

} // namespace Alli
