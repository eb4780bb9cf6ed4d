#pragma once
// "The proxy asks for a login": which proxy, the user name, the password, and whether to keep the
// password in the keychain. Asked once per session and proxy (AppController keeps the answer in
// memory); asked again, with the reason, when the proxy refuses the login.

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QNetworkProxy;

namespace Alli
{

struct ProxyLogin {
    QString user;
    QString password;
    bool remember = false; // keep the password in the keychain
};

class ProxyLoginDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyLoginDialog(
        const QNetworkProxy& proxy, const QString& user, const QString& reason, QWidget* parent = nullptr);
    ProxyLogin login() const;
    // Shows the dialog (modal: Qt needs the answer before the request goes on); nullopt on Cancel.
    static std::optional<ProxyLogin> ask(
        const QNetworkProxy& proxy, const QString& user, const QString& reason, QWidget* parent);

private:
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
};

} // namespace Alli
