#include "newagentdialog.h"

#include "alliclient.h"
#include "confirm.h"
#include "errorbanner.h"
#include "pager.h"
#include "statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    bool looksLikeEmail(const QString& email)
    {
        static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        return pattern.match(email).hasMatch();
    }

    QString ruleLine(bool met, const QString& text)
    {
        // A mark as well as a colour, so the state does not depend on seeing colours.
        return u"<span style=\"color:%1\">%2 %3</span>"_s.arg(
            StatusColors::text(met ? StatusColors::Role::Positive : StatusColors::Role::Inactive).name(),
            met ? u"✔"_s : u"○"_s, text.toHtmlEscaped());
    }

} // namespace

PasswordCheck PasswordCheck::check(const QString& password)
{
    // The same classes as the service: QChar's categories, so "é" is lower-case and "한" is none.
    PasswordCheck c;
    c.longEnough = password.size() >= MinimumLength;
    for (QChar ch : password) {
        c.lower = c.lower || ch.isLower();
        c.upper = c.upper || ch.isUpper();
        c.digit = c.digit || ch.isDigit();
        c.other = c.other || !ch.isLetterOrNumber();
    }
    return c;
}

NewAgentDialog::NewAgentDialog(AlliClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_banner(new ErrorBanner)
    , m_intro(new QLabel)
    , m_emailLabel(new QLabel)
    , m_email(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_showPassword(new QCheckBox)
    , m_passwordRules(new QLabel)
    , m_localeLabel(new QLabel)
    , m_locale(new QComboBox)
    , m_groupLabel(new QLabel)
    , m_group(new QComboBox)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_createButton(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(u"newAgentDialog"_s);
    m_banner->setObjectName(u"newAgentBanner"_s);
    m_intro->setWordWrap(true);
    m_email->setObjectName(u"emailEdit"_s);
    m_emailLabel->setBuddy(m_email);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_showPassword->setObjectName(u"showPassword"_s);
    m_passwordRules->setObjectName(u"passwordRules"_s);
    m_passwordRules->setTextFormat(Qt::RichText);
    m_passwordRules->setWordWrap(true);
    m_locale->setObjectName(u"localeCombo"_s);
    m_localeLabel->setBuddy(m_locale);
    // Each language in its own name, as language pickers usually show them.
    m_locale->addItem(u"한국어 (ko)"_s, u"ko"_s);
    m_locale->addItem(u"English (en)"_s, u"en"_s);
    m_locale->addItem(u"日本語 (ja)"_s, u"ja"_s);
    const QString current = QLocale().name().left(2);
    setLocaleCode(current == u"ko"_s || current == u"ja"_s ? current : u"en"_s);
    m_group->setObjectName(u"groupCombo"_s);
    m_group->setMinimumContentsLength(24);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupLabel->setBuddy(m_group);
    m_createButton->setObjectName(u"createAgentButton"_s);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_showPassword);
    form->addRow(QString(), m_passwordRules);
    form->addRow(m_localeLabel, m_locale);
    form->addRow(m_groupLabel, m_group);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_email, &QLineEdit::textChanged, this, &NewAgentDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &NewAgentDialog::updateState);
    connect(m_showPassword, &QCheckBox::toggled, this,
        [this](bool show) { m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewAgentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewAgentDialog::reject);

    retranslateUi();
    reloadGroups();
    setMinimumWidth(460);
}

NewAgentDialog::~NewAgentDialog()
{
    if (m_groupFetch)
        static_cast<PagedFetchBase*>(m_groupFetch.data())->cancel();
}

void NewAgentDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewAgentDialog::retranslateUi()
{
    setWindowTitle(tr("New agent"));
    m_intro->setText(tr("The agent signs in to the Alli dashboard with this email address and password."));
    m_emailLabel->setText(tr("&Email:"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_passwordLabel->setText(tr("&Password:"));
    m_showPassword->setText(tr("&Show password"));
    m_localeLabel->setText(tr("&Language:"));
    m_groupLabel->setText(tr("Permission &group:"));
    m_createButton->setText(tr("Create agent"));
    if (m_group->count() > 0 && m_groupsLoaded)
        m_group->setItemText(0, tr("Project default"));
    else if (!m_groupsLoaded)
        m_group->setPlaceholderText(m_groupsFailed ? tr("Could not load the groups") : tr("Loading groups…"));
    updatePasswordRules();
}

void NewAgentDialog::reloadGroups()
{
    if (m_groupFetch || !m_client)
        return;
    m_groupsLoaded = false;
    m_groupsFailed = false;
    m_group->clear();
    m_group->setEnabled(false);
    m_group->setPlaceholderText(tr("Loading groups…"));
    auto* fetch = new PagedFetch<PermissionGroupResponse>(
        [client = m_client](
            int offset, int limit) { return client->listPermissionGroups({}, offset, limit); },
        100, -1, this);
    m_groupFetch = fetch;
    connect(fetch, &PagedFetchBase::finished, this, [this, fetch] {
        fetch->deleteLater();
        m_groupFetch = nullptr;
        if (fetch->error().isError()) {
            m_groupsFailed = true;
            m_group->setPlaceholderText(tr("Could not load the groups"));
            if (fetch->error().kind() != ApiError::Kind::Cancelled)
                m_banner->showError(fetch->error(), [this] { reloadGroups(); });
            updateState();
            return;
        }
        m_groups = fetch->items();
        m_group->addItem(tr("Project default"), QString());
        for (const PermissionGroupResponse& g : std::as_const(m_groups))
            m_group->addItem(g.name, g.id);
        // With a placeholder text set, QComboBox does not select the first item by itself.
        m_group->setPlaceholderText(QString());
        m_group->setCurrentIndex(0);
        m_group->setEnabled(true);
        m_groupsLoaded = true;
        updateState();
        emit groupsReady();
    });
    fetch->start();
    updateState();
}

void NewAgentDialog::setEmail(const QString& email)
{
    m_email->setText(email);
}

void NewAgentDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

bool NewAgentDialog::setLocaleCode(const QString& code)
{
    const int i = m_locale->findData(code.toLower());
    if (i < 0)
        return false;
    m_locale->setCurrentIndex(i);
    return true;
}

bool NewAgentDialog::setPermissionGroupName(const QString& name)
{
    for (int i = 1; i < m_group->count(); ++i) {
        if (m_group->itemText(i) == name) {
            m_group->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

QStringList NewAgentDialog::permissionGroupNames() const
{
    QStringList names;
    for (const PermissionGroupResponse& g : m_groups)
        names.append(g.name);
    return names;
}

bool NewAgentDialog::canSubmit() const
{
    // Only what Alli documents blocks: an address to create the agent with, and a password of three
    // character classes. The address's form and the length are advice (warnings in accept()).
    return !m_submitting && !m_email->text().trimmed().isEmpty()
        && PasswordCheck::check(m_password->text()).ok() && (m_groupsLoaded || m_groupsFailed);
}

QStringList NewAgentDialog::warnings() const
{
    QStringList result;
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !looksLikeEmail(email))
        result << tr(
            "“%1” does not look like an e-mail address. This app's check is a guess: the server decides.")
                      .arg(email);
    if (const PasswordCheck c = PasswordCheck::check(m_password->text()); c.ok() && !c.longEnough)
        result << tr(
            "The password has fewer than %n character(s). Alli documents no minimum length: the server "
            "decides.",
            "", PasswordCheck::MinimumLength);
    return result;
}

QString NewAgentDialog::passwordRuleText() const
{
    return m_passwordRules->text();
}

AgentManagementRequest NewAgentDialog::request() const
{
    AgentManagementRequest r;
    r.email = m_email->text().trimmed();
    r.password = m_password->text();
    r.locale = m_locale->currentData().toString();
    // Picked by name from the real list; the name is what the API documents for this field.
    if (m_groupsLoaded && m_group->currentIndex() > 0)
        r.permissionGroupName = m_group->currentText();
    return r;
}

void NewAgentDialog::updatePasswordRules()
{
    const PasswordCheck c = PasswordCheck::check(m_password->text());
    QStringList lines;
    lines << ruleLine(c.classes() >= 3, tr("At least 3 of these 4 (%1 of 4 so far):").arg(c.classes()));
    lines << u"&nbsp;&nbsp;&nbsp;"_s + ruleLine(c.lower, tr("lower-case letter (a–z)"));
    lines << u"&nbsp;&nbsp;&nbsp;"_s + ruleLine(c.upper, tr("upper-case letter (A–Z)"));
    lines << u"&nbsp;&nbsp;&nbsp;"_s + ruleLine(c.digit, tr("digit (0–9)"));
    lines << u"&nbsp;&nbsp;&nbsp;"_s + ruleLine(c.other, tr("symbol or other character (!, @, #, …)"));
    // Advice, not a rule of the service: shown apart, and never blocking.
    lines << ruleLine(c.longEnough,
        tr("Advised: at least %n character(s) (Alli documents no length)", "", PasswordCheck::MinimumLength));
    m_passwordRules->setText(lines.join(u"<br>"_s));
    m_password->setAccessibleDescription(
        c.ok() ? tr("The password meets the rule.") : tr("The password does not meet the rule yet."));
}

void NewAgentDialog::updateState()
{
    updatePasswordRules();
    m_createButton->setEnabled(canSubmit());
    const bool editable = !m_submitting;
    m_email->setEnabled(editable);
    m_password->setEnabled(editable);
    m_locale->setEnabled(editable);
    m_group->setEnabled(editable && m_groupsLoaded);
}

void NewAgentDialog::accept()
{
    if (!canSubmit() || !m_client)
        return;
    const QStringList warnings = this->warnings();
    if (!warnings.isEmpty()
        && !Confirm::ask(this, tr("New agent"),
            tr("Create the agent %1 anyway?").arg(m_email->text().trimmed()), tr("Create anyway"),
            warnings.join(u"\n"_s)))
        return;
    m_banner->clear();
    const AgentManagementRequest r = request();
    m_submitting = true;
    updateState();
    auto* reply = m_client->manageAgent(r);
    m_submitReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, email = r.email] {
        m_submitting = false;
        m_submitReply = nullptr;
        updateState();
        if (!reply->ok()) {
            // No automatic resend: a create that timed out may have been applied.
            m_banner->showError(reply->error());
            return;
        }
        emit agentCreated(reply->value().id, email);
        QDialog::accept();
    });
}

} // namespace Alli
