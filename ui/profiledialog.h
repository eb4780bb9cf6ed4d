#pragma once
// "Connect to Alli": region or custom URL, API key or token, project id, optional identity
// headers, and a "Test connection" that explains the outcome in words. The secret is handed to
// the caller, never stored by this dialog.

#include "connectionprofile.h"

#include <QDialog>
#include <QPointer>

class QSpinBox;

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace Alli
{

class AlliClient;
class ApiReply;

class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(QNetworkAccessManager* nam, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const ConnectionProfile& profile); // secret left empty: the user retypes it
    ConnectionProfile profile() const; // settings.secret holds what was typed
    bool allowUnprotectedFile() const;
    void setAllowUnprotectedFile(bool allowed);

    // The current reason the form cannot be saved (translated), or empty.
    QString validationError() const;
    void testConnection();
    QString testResult() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    QNetworkAccessManager* m_nam;
    AlliClient* m_testClient = nullptr;
    QPointer<ApiReply> m_testReply;
    QString m_profileId;

    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_regionLabel;
    QComboBox* m_region;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_authLabel;
    QComboBox* m_auth;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QLabel* m_projectLabel;
    QLineEdit* m_project;
    QGroupBox* m_advanced;
    QLabel* m_headerLabel;
    QLineEdit* m_projectHeader;
    QLabel* m_agentEmailLabel;
    QLineEdit* m_agentEmail;
    QLabel* m_userEmailLabel;
    QLineEdit* m_userEmail;
    QLabel* m_ownUserIdLabel;
    QLineEdit* m_ownUserId;
    QLabel* m_caFileLabel;
    QLineEdit* m_caFile;
    QCheckBox* m_unprotected;
    // How this connection reaches the server (ProxySettings; the password is asked on a 407).
    QGroupBox* m_proxyBox;
    QLabel* m_proxyModeLabel;
    QComboBox* m_proxyMode;
    QLabel* m_proxyTypeLabel;
    QComboBox* m_proxyType;
    QLabel* m_proxyHostLabel;
    QLineEdit* m_proxyHost;
    QLabel* m_proxyPortLabel;
    QSpinBox* m_proxyPort;
    QLabel* m_proxyBypassLabel;
    QLineEdit* m_proxyBypass;
    QLabel* m_proxyUserLabel;
    QLineEdit* m_proxyUser;
    QNetworkAccessManager* m_testNam = nullptr; // "Test connection" goes through the form's proxy
    QLabel* m_problem;
    bool m_showProblem = false;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    QDialogButtonBox* m_buttons;
};

} // namespace Alli
