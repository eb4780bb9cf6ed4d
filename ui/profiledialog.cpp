#include "profiledialog.h"

#include "alliclient.h"
#include "theme.h"

#include <QAuthenticator>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
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
    m_proxyBox = new QGroupBox;
    m_proxyBox->setObjectName(u"profileProxy"_s);
    m_proxyModeLabel = new QLabel;
    m_proxyMode = new QComboBox;
    m_proxyMode->setObjectName(u"profileProxyMode"_s);
    m_proxyMode->addItems({ QString(), QString(), QString() }); // ProxySettings::Mode order
    m_proxyTypeLabel = new QLabel;
    m_proxyType = new QComboBox;
    m_proxyType->setObjectName(u"profileProxyType"_s);
    m_proxyType->addItems({ u"HTTP"_s, u"SOCKS5"_s });
    m_proxyHostLabel = new QLabel;
    m_proxyHost = new QLineEdit;
    m_proxyHost->setObjectName(u"profileProxyHost"_s);
    m_proxyPortLabel = new QLabel;
    m_proxyPort = new QSpinBox;
    m_proxyPort->setObjectName(u"profileProxyPort"_s);
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(u"—"_s);
    m_proxyBypassLabel = new QLabel;
    m_proxyBypass = new QLineEdit;
    m_proxyBypass->setObjectName(u"profileProxyBypass"_s);
    m_proxyBypass->setPlaceholderText(u"localhost, .corp.example, 10.0.0.0/8"_s);
    m_proxyUserLabel = new QLabel;
    m_proxyUser = new QLineEdit;
    m_proxyUser->setObjectName(u"profileProxyUser"_s);
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_proxyMode, m_proxyType, m_proxyHost, m_proxyPort, m_proxyBypass, m_proxyUser }) {
        if (auto* combo = qobject_cast<QComboBox*>(w))
            connect(combo, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateState);
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
        else if (auto* spin = qobject_cast<QSpinBox*>(w))
            connect(spin, &QSpinBox::valueChanged, this, &ProfileDialog::updateState);
    }
    auto* proxyForm = new QFormLayout(m_proxyBox);
    proxyForm->addRow(m_proxyModeLabel, m_proxyMode);
    proxyForm->addRow(m_proxyTypeLabel, m_proxyType);
    proxyForm->addRow(m_proxyHostLabel, m_proxyHost);
    proxyForm->addRow(m_proxyPortLabel, m_proxyPort);
    proxyForm->addRow(m_proxyBypassLabel, m_proxyBypass);
    proxyForm->addRow(m_proxyUserLabel, m_proxyUser);
    const std::pair<QLabel*, QWidget*> proxyBuddies[]
        = { { m_proxyModeLabel, m_proxyMode }, { m_proxyTypeLabel, m_proxyType },
              { m_proxyHostLabel, m_proxyHost }, { m_proxyPortLabel, m_proxyPort },
              { m_proxyBypassLabel, m_proxyBypass }, { m_proxyUserLabel, m_proxyUser } };
    for (const auto& [label, field] : proxyBuddies)
        label->setBuddy(field);

    // Each label names its field for screen readers and gives it an Alt+letter.
    const std::pair<QLabel*, QWidget*> buddies[]
        = { { m_nameLabel, m_name }, { m_regionLabel, m_region }, { m_urlLabel, m_url },
              { m_authLabel, m_auth }, { m_secretLabel, m_secret }, { m_projectLabel, m_project },
              { m_headerLabel, m_projectHeader }, { m_agentEmailLabel, m_agentEmail },
              { m_userEmailLabel, m_userEmail }, { m_ownUserIdLabel, m_ownUserId } };
    for (const auto& [label, field] : buddies)
        label->setBuddy(field);
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
    m_caFileLabel = new QLabel;
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(u"profileCaFile"_s);
    m_caFile->setPlaceholderText(u"/usr/local/share/ca-certificates/corp-root.pem"_s);
    m_caFileLabel->setBuddy(m_caFile);
    connect(m_caFile, &QLineEdit::textChanged, this, &ProfileDialog::updateState);
    advanced->addRow(m_caFileLabel, m_caFile);
    advanced->addRow(m_unprotected);
    m_unprotected->setStyleSheet(u"QCheckBox { white-space: normal; }"_s);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testResult, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_proxyBox);
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
    m_caFile->setText(profile.settings.caFile);
    m_proxyMode->setCurrentIndex(int(profile.proxy.mode));
    m_proxyType->setCurrentIndex(int(profile.proxy.type));
    m_proxyHost->setText(profile.proxy.host);
    m_proxyPort->setValue(profile.proxy.port);
    m_proxyBypass->setText(profile.proxy.bypass.join(u", "_s));
    m_proxyUser->setText(profile.proxy.user);
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
    p.settings.caFile = m_caFile->text().trimmed();
    p.proxy.mode = ProxySettings::Mode(m_proxyMode->currentIndex());
    p.proxy.type = ProxySettings::Type(m_proxyType->currentIndex());
    p.proxy.host = m_proxyHost->text().trimmed();
    p.proxy.port = quint16(m_proxyPort->value());
    p.proxy.bypass = ProxySettings::parseBypass(m_proxyBypass->text());
    p.proxy.user = m_proxyUser->text().trimmed();
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
    if (p.proxy.mode == ProxySettings::Mode::Manual && (p.proxy.host.isEmpty() || p.proxy.port == 0))
        return tr("Enter the proxy's host and port, or choose the system's proxy settings.");
    return p.settings.validationError();
}

void ProfileDialog::updateState()
{
    m_url->setEnabled(m_region->currentIndex() == int(ConnectionSettings::Region::Custom));
    m_urlLabel->setEnabled(m_url->isEnabled());
    const bool manual = m_proxyMode->currentIndex() == int(ProxySettings::Mode::Manual);
    for (QWidget* w :
        std::initializer_list<QWidget*> { m_proxyTypeLabel, m_proxyType, m_proxyHostLabel, m_proxyHost,
            m_proxyPortLabel, m_proxyPort, m_proxyBypassLabel, m_proxyBypass, m_proxyUserLabel, m_proxyUser })
        w->setEnabled(manual);
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
    // Through the proxy chosen in the form, not the one of the connection in use.
    delete m_testNam;
    m_testNam = new QNetworkAccessManager(this);
    m_testNam->setProxyFactory(new ProxyFactory(profile().proxy));
    connect(m_testNam, &QNetworkAccessManager::proxyAuthenticationRequired, m_nam,
        &QNetworkAccessManager::proxyAuthenticationRequired); // answered where the console's are
    m_testClient = new AlliClient(m_testNam);
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
    m_nameLabel->setText(tr("Connection &name:"));
    m_name->setPlaceholderText(tr("e.g. Production (US)"));
    m_regionLabel->setText(tr("&Region:"));
    m_region->setItemText(0, tr("US (backend.alli.ai)"));
    m_region->setItemText(1, tr("Japan (backend-ja.alli.ai)"));
    m_region->setItemText(2, tr("Custom server address"));
    m_urlLabel->setText(tr("Server &address:"));
    m_authLabel->setText(tr("A&uthentication:"));
    m_auth->setItemText(0, tr("API key"));
    m_auth->setItemText(1, tr("Bearer token"));
    m_secretLabel->setText(m_auth->currentIndex() == 1 ? tr("&Token:") : tr("API &key:"));
    m_projectLabel->setText(tr("&Project id:"));
    m_advanced->setTitle(tr("Advanced"));
    m_headerLabel->setText(tr("Project id &header:"));
    m_agentEmailLabel->setText(tr("A&gent email (AGENT-EMAIL):"));
    m_userEmailLabel->setText(tr("U&ser email (USER-EMAIL):"));
    m_ownUserIdLabel->setText(tr("&Own user id (OWN-USER-ID):"));
    m_caFileLabel->setText(tr("Extra &CA certificates (PEM):"));
    m_caFile->setToolTip(tr("A company that inspects TLS gives its root certificate as a PEM file: it is "
                            "trusted together with the system's certificates, never instead of them."));
    m_unprotected->setText(
        tr("If no keychain is available, save the secret UNENCRYPTED in a file on this computer"));
    m_unprotected->setToolTip(
        tr("Without this, the secret is kept only until Alli Admin quits when no keychain "
           "(secret service) is running."));
    m_testButton->setText(tr("Test connection"));
    m_proxyBox->setTitle(tr("Proxy"));
    m_proxyModeLabel->setText(tr("Pro&xy:"));
    m_proxyMode->setItemText(
        int(ProxySettings::Mode::System), tr("The system's proxy settings (PAC included)"));
    m_proxyMode->setItemText(int(ProxySettings::Mode::None), tr("No proxy"));
    m_proxyMode->setItemText(int(ProxySettings::Mode::Manual), tr("This proxy (set below)"));
    m_proxyTypeLabel->setText(tr("T&ype:"));
    m_proxyHostLabel->setText(tr("Proxy addr&ess:"));
    m_proxyPortLabel->setText(tr("Proxy por&t:"));
    m_proxyBypassLabel->setText(tr("&Without the proxy:"));
    m_proxyBypass->setToolTip(tr("Hosts reached directly, as in NO_PROXY: names, .domains, IP addresses, "
                                 "CIDR ranges, separated by commas."));
    m_proxyUserLabel->setText(tr("Proxy &login:"));
    m_proxyUser->setToolTip(tr("For a proxy that asks for a login. The password is asked when the proxy "
                               "wants it, and kept in the keychain only if you say so."));
    updateState();
}

void ProfileDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Alli
