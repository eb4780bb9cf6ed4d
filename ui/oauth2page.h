#pragma once
// An OAuth2 configuration looked up by its state: every field, with the client secret and tokens
// masked until "Reveal"; and an update of its token info from a JSON editor that refuses invalid
// JSON (saying where) and asks before it sends. Secrets are never logged.

#include "apireply.h"
#include "apitypes.h"
#include "consolepage.h"

#include <QPointer>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace Alli
{

class FieldTreeModel;
class JsonView;

class OAuth2Page : public ConsolePage
{
    Q_OBJECT
public:
    explicit OAuth2Page(AlliClient* client, QWidget* parent = nullptr);
    ~OAuth2Page() override;

    QString pageId() const override { return QStringLiteral("oauth2"); }
    QString title() const override { return tr("OAuth2"); }
    QString iconName() const override { return QStringLiteral("dialog-password"); }

    void refresh() override; // repeats the last lookup
    DataAreas dataAreas() const override { return DataArea::OAuth2; }
    void focusFilter() override;

    void lookUp(const QString& state);
    // Validates the editor and, after confirmation, sends the token info and token generated.
    void sendUpdate();

    struct ParseResult {
        std::optional<QJsonObject> object;
        QString error; // translated, with line and column for a syntax error
        int errorPosition = -1; // character position in the text, -1 when none
    };
    // The editor's rule: a JSON object, nothing else.
    static ParseResult parseTokenInfo(const QString& text);

    FieldTreeModel* model() const { return m_model; }
    bool hasConfiguration() const { return m_info.has_value(); }

protected:
    void retranslateUi() override;

private:
    enum class State { Idle, Loading, Found, NotFound, Failed };
    void setState(State state);
    void updateStatus();
    void setRevealed(bool revealed);
    void showConfiguration(const OAuth2Information& info);
    QString currentTokenInfoText() const;
    void updateGeneratedDate();

    JsonView* m_json;
    FieldTreeModel* m_model;
    QLabel* m_stateLabel;
    QLineEdit* m_stateEdit;
    QPushButton* m_lookUpButton;
    QLabel* m_status;
    QCheckBox* m_reveal;
    QTreeView* m_view;
    QGroupBox* m_updateBox;
    QLabel* m_tokenInfoLabel;
    QPlainTextEdit* m_tokenInfoEdit;
    QLabel* m_tokenInfoError;
    QLabel* m_generatedLabel;
    QDoubleSpinBox* m_generatedEdit;
    QPushButton* m_generatedNow;
    QLabel* m_generatedDate;
    QPushButton* m_sendButton;
    QLabel* m_updateStatus;

    QPointer<ApiReply> m_pending;
    QPointer<ApiReply> m_sending;
    State m_state = State::Idle;
    QString m_lastState;
    std::optional<OAuth2Information> m_info;
    QString m_prefill; // what the editor was filled with on Reveal, to clear it again on hide
    enum class UpdateOutcome {
        None,
        Sending,
        Updated,
        NotSent,
        Failed
    } m_updateOutcome
        = UpdateOutcome::None;
};

} // namespace Alli
