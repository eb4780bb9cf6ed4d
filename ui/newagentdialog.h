#pragma once
// "New agent": email, a password checked live against the service's rule (at least 8 characters
// and 3 of the 4 classes: lower-case, upper-case, digit, other), the agent's language, and a
// permission group picked by name from the project's real list. Creates the agent with
// POST /webapi/agent_management and closes on success.

#include "apireply.h"
#include "apitypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Alli
{

class AlliClient;
class ErrorBanner;

// The password rule: three of four character classes, as documented for agent_management. The
// documentation states no length: 8 characters is this app's advice (a warning before sending).
struct PasswordCheck {
    static constexpr int MinimumLength = 8;
    bool longEnough = false;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;

    int classes() const { return int(lower) + int(upper) + int(digit) + int(other); }
    bool ok() const { return classes() >= 3; } // the documented rule
    bool advised() const { return ok() && longEnough; } // and this app's advice
    static PasswordCheck check(const QString& password);
};

class NewAgentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewAgentDialog(AlliClient* client, QWidget* parent = nullptr);
    ~NewAgentDialog() override;

    // Testable API: the same as typing into the fields.
    void setEmail(const QString& email);
    void setPassword(const QString& password);
    bool setLocaleCode(const QString& code); // "ko", "en" or "ja"
    bool setPermissionGroupName(const QString& name); // false when the list has no such group
    QStringList permissionGroupNames() const;
    bool groupsLoaded() const { return m_groupsLoaded; }
    bool isSubmitting() const { return m_submitting; }
    bool canSubmit() const;
    QString passwordRuleText() const;
    // Advice that Alli does not document (the address's form, the password's length): asked about
    // before sending, never blocking.
    QStringList warnings() const;
    AgentManagementRequest request() const;
    ErrorBanner* banner() const { return m_banner; }

public Q_SLOTS:
    // Sends the request; the dialog closes (Accepted) when the agent was created.
    void accept() override;
    void reloadGroups();

Q_SIGNALS:
    void groupsReady();
    void agentCreated(const QString& id, const QString& email);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void updatePasswordRules();

    AlliClient* m_client;
    ErrorBanner* m_banner;
    QLabel* m_intro;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QCheckBox* m_showPassword;
    QLabel* m_passwordRules;
    QLabel* m_localeLabel;
    QComboBox* m_locale;
    QLabel* m_groupLabel;
    QComboBox* m_group;
    QDialogButtonBox* m_buttons;
    QPushButton* m_createButton;
    QList<PermissionGroupResponse> m_groups;
    QPointer<QObject> m_groupFetch;
    QPointer<ApiReply> m_submitReply;
    bool m_groupsLoaded = false;
    bool m_groupsFailed = false;
    bool m_submitting = false;
};

} // namespace Alli
