#include "proxylogindialog.h"

#include "icons.h"
#include "theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ProxyLoginDialog::ProxyLoginDialog(
    const QNetworkProxy& proxy, const QString& user, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_user(new QLineEdit(user))
    , m_password(new QLineEdit)
    , m_remember(new QCheckBox)
{
    setObjectName(u"proxyLoginDialog"_s);
    setWindowTitle(tr("Proxy login"));
    m_user->setObjectName(u"proxyLoginUser"_s);
    m_password->setObjectName(u"proxyLoginPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"proxyLoginRemember"_s);
    m_remember->setText(tr("&Keep the password in the system keychain"));
    auto* intro = new QLabel(tr("The proxy %1 asks for a login before it lets Alli Admin through.")
                                 .arg(u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port())));
    intro->setWordWrap(true);
    auto* problem = new QLabel(reason);
    problem->setObjectName(u"proxyLoginReason"_s);
    problem->setWordWrap(true);
    problem->setVisible(!reason.isEmpty());
    Theme::tint(problem, Theme::Tint::NegativeText);
    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    auto* passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->addRow(userLabel, m_user);
    form->addRow(passwordLabel, m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problem);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

ProxyLogin ProxyLoginDialog::login() const
{
    return { m_user->text().trimmed(), m_password->text(), m_remember->isChecked() };
}

std::optional<ProxyLogin> ProxyLoginDialog::ask(
    const QNetworkProxy& proxy, const QString& user, const QString& reason, QWidget* parent)
{
    ProxyLoginDialog dialog(proxy, user, reason, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.login();
}

} // namespace Alli
