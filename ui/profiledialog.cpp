#include "profiledialog.h"

#include "alliclient.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ProfileDialog::ProfileDialog(QNetworkAccessManager* nam, QWidget* parent)
    : QDialog(parent)
    , m_nam(nam)
    , m_intro(new QLabel)
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_regionLabel(new QLabel)
    , m_region(new QComboBox)
    , m_urlLabel(new QLabel)
    , m_url(new QLineEdit)
    , m_authLabel(new QLabel)
    , m_auth(new QComboBox)
    , m_secretLabel(new QLabel)
    , m_secret(new QLineEdit)
    , m_projectLabel(new QLabel)
    , m_project(new QLineEdit)
    , m_advanced(new QGroupBox)
    , m_headerLabel(new QLabel)
    , m_projectHeader(new QLineEdit(u"PROJECT-ID"_s))
    , m_agentEmailLabel(new QLabel)
    , m_agentEmail(new QLineEdit)
    , m_userEmailLabel(new QLabel)
    , m_userEmail(new QLineEdit)
    , m_ownUserIdLabel(new QLabel)
    , m_ownUserId(new QLineEdit)
    , m_unprotected(new QCheckBox)
    , m_problem(new QLabel)
    , m_testButton(new QPushButton)
    , m_testResult(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"profileDialog"_s);
    m_name->setObjectName(u"profileName"_s);
    m_region->setObjectName(u"profileRegion"_s);
    m_region->addItems({ QString(), QString(), QString() });
    m_url->setObjectName(u"profileUrl"_s);
    m_url->setPlaceholderText(u"https://"_s);
    m_auth->setObjectName(u"profileAuth"_s);
    m_auth->addItems({ QString(), QString() });
    m_secret->setObjectName(u"profileSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_project->setObjectName(u"profileProjectId"_s);
    m_unprotected->setObjectName(u"profileUnprotected"_s);
    m_problem->setObjectName(u"profileProblem"_s);
    m_problem->setWordWrap(true);
    Theme::tint(m_problem, Theme::Tint::NegativeText);
    m_testButton->setObjectName(u"profileTest"_s);
    m_testResult->setObjectName(u"profileTestResult"_s);
    m_testResult->setWordWrap(true);
    m_intro->setWordWrap(true);
    m_unprotected->setChecked(false);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_authLabel, m_auth);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(m_projectLabel, m_project);
    auto* advanced = new QFormLayout(m_advanced);
    advanced->addRow(m_headerLabel, m_projectHeader);
    advanced->addRow(m_agentEmailLabel, m_agentEmail);
    advanced->addRow(m_userEmailLabel, m_userEmail);
    advanced->addRow(m_ownUserIdLabel, m_ownUserId);
    advanced->addRow(m_unprotected);
    m_unprotected->setStyleSheet(u"QCheckBox { white-space: normal; }"_s);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_problem);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit :
        { m_name, m_url, m_secret, m_project, m_projectHeader, m_agentEmail, m_userEmail, m_ownUserId }) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
        // A problem is said once the user has typed or left a field, not before.
        const auto speak = [this] {
            m_showProblem = true;
            updateState();
        };
        connect(edit, &QLineEdit::textEdited, this, speak);
        connect(edit, &QLineEdit::editingFinished, this, speak);
    }
    connect(m_region, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ProfileDialog::retranslateUi);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    setMinimumWidth(560);
}

ProfileDialog::~ProfileDialog()
{
    if (m_testReply)
        m_testReply->cancel();
    delete m_testClient;
}

void ProfileDialog::setProfile(const ConnectionProfile& profile)
{
    m_profileId = profile.id;
    m_name->setText(profile.name);
    m_region->setCurrentIndex(int(profile.settings.region));
    m_url->setText(profile.settings.customBaseUrl.toString());
    m_auth->setCurrentIndex(profile.settings.authMethod == ConnectionSettings::AuthMethod::Token ? 1 : 0);
    m_secret->setText(profile.settings.secret);
    m_project->setText(profile.settings.projectId);
    m_projectHeader->setText(QString::fromLatin1(profile.settings.projectIdHeader));
    m_agentEmail->setText(profile.settings.agentEmail);
    m_userEmail->setText(profile.settings.userEmail);
    m_ownUserId->setText(profile.settings.ownUserId);
    m_showProblem = true; // a saved profile that no longer passes says why at once
    updateState();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.id = m_profileId;
    p.name = m_name->text().trimmed();
    p.settings.region = ConnectionSettings::Region(m_region->currentIndex());
    p.settings.customBaseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    p.settings.authMethod = m_auth->currentIndex() == 1 ? ConnectionSettings::AuthMethod::Token
                                                        : ConnectionSettings::AuthMethod::ApiKey;
    p.settings.secret = m_secret->text().trimmed();
    p.settings.projectId = m_project->text().trimmed();
    p.settings.projectIdHeader = m_projectHeader->text().trimmed().toLatin1();
    p.settings.agentEmail = m_agentEmail->text().trimmed();
    p.settings.userEmail = m_userEmail->text().trimmed();
    p.settings.ownUserId = m_ownUserId->text().trimmed();
    if (p.name.isEmpty())
        p.name = p.settings.projectId.isEmpty() ? p.regionLabel()
                                                : p.settings.projectId + u" ("_s + p.regionLabel() + u')';
    return p;
}

bool ProfileDialog::allowUnprotectedFile() const
{
    return m_unprotected->isChecked();
}

void ProfileDialog::setAllowUnprotectedFile(bool allowed)
{
    m_unprotected->setChecked(allowed);
}

QString ProfileDialog::validationError() const
{
    const ConnectionProfile p = profile();
    if (p.settings.region == ConnectionSettings::Region::Custom && m_url->text().trimmed().isEmpty())
        return tr("Enter the server address.");
    return p.settings.validationError();
}

void ProfileDialog::updateState()
{
    m_url->setEnabled(m_region->currentIndex() == int(ConnectionSettings::Region::Custom));
    m_urlLabel->setEnabled(m_url->isEnabled());
    const QString problem = validationError();
    m_problem->setText(problem);
    m_problem->setVisible(m_showProblem && !problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_testButton->setEnabled(problem.isEmpty() && !m_testReply);
}

void ProfileDialog::testConnection()
{
    if (!validationError().isEmpty() || m_testReply)
        return;
    delete m_testClient;
    m_testClient = new AlliClient(m_nam);
    m_testClient->setConnection(profile().settings);
    m_testClient->setRetryPolicy({ 1, 100, 100, 1000 });
    m_testClient->setTransferTimeout(15000);
    m_testResult->setText(tr("Testing…"));
    auto* reply = m_testClient->listAgents(0, 1);
    m_testReply = reply;
    updateState();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_testReply = nullptr;
        if (reply->ok())
            m_testResult->setText(tr("Connected: the credentials are accepted and the project answers."));
        else
            m_testResult->setText(reply->error().message());
        updateState();
    });
}

QString ProfileDialog::testResult() const
{
    return m_testResult->text();
}

void ProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to Alli"));
    m_intro->setText(
        tr("Enter the project's API credentials. The key or token is kept in the system keychain, "
           "never in a settings file."));
    m_nameLabel->setText(tr("Connection name:"));
    m_name->setPlaceholderText(tr("e.g. Production (US)"));
    m_regionLabel->setText(tr("Region:"));
    m_region->setItemText(0, tr("US (backend.alli.ai)"));
    m_region->setItemText(1, tr("Japan (backend-ja.alli.ai)"));
    m_region->setItemText(2, tr("Custom server address"));
    m_urlLabel->setText(tr("Server address:"));
    m_authLabel->setText(tr("Authentication:"));
    m_auth->setItemText(0, tr("API key"));
    m_auth->setItemText(1, tr("Bearer token"));
    m_secretLabel->setText(m_auth->currentIndex() == 1 ? tr("Token:") : tr("API key:"));
    m_projectLabel->setText(tr("Project id:"));
    m_advanced->setTitle(tr("Advanced"));
    m_headerLabel->setText(tr("Project id header:"));
    m_agentEmailLabel->setText(tr("Agent email (AGENT-EMAIL):"));
    m_userEmailLabel->setText(tr("User email (USER-EMAIL):"));
    m_ownUserIdLabel->setText(tr("Own user id (OWN-USER-ID):"));
    m_unprotected->setText(
        tr("If no keychain is available, save the secret UNENCRYPTED in a file on this computer"));
    m_unprotected->setToolTip(
        tr("Without this, the secret is kept only until Alli Admin quits when no keychain "
           "(secret service) is running."));
    m_testButton->setText(tr("Test connection"));
    updateState();
}

void ProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Alli
