#include "oauth2page.h"
#include "datetext.h"

#include "alliclient.h"
#include "confirm.h"
#include "errorbanner.h"
#include "fieldtreemodel.h"
#include "icons.h"
#include "jsonview.h"
#include "theme.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

OAuth2Page::OAuth2Page(AlliClient* client, QWidget* parent)
    : ConsolePage(client, parent)
    , m_json(new JsonView)
    , m_model(m_json->model())
    , m_stateLabel(new QLabel)
    , m_stateEdit(new QLineEdit)
    , m_lookUpButton(new QPushButton)
    , m_status(new QLabel)
    , m_reveal(new QCheckBox)
    , m_view(m_json->tree())
    , m_updateBox(new QGroupBox)
    , m_tokenInfoLabel(new QLabel)
    , m_tokenInfoEdit(new QPlainTextEdit)
    , m_tokenInfoError(new QLabel)
    , m_generatedLabel(new QLabel)
    , m_generatedEdit(new QDoubleSpinBox)
    , m_generatedNow(new QPushButton)
    , m_generatedDate(new QLabel)
    , m_sendButton(new QPushButton)
    , m_updateStatus(new QLabel)
{
    setObjectName(u"oauth2Page"_s);
    m_stateEdit->setObjectName(u"oauthStateEdit"_s);
    m_stateEdit->setClearButtonEnabled(true);
    m_stateLabel->setBuddy(m_stateEdit);
    m_lookUpButton->setObjectName(u"oauthLookUpButton"_s);
    m_lookUpButton->setIcon(Icons::icon(u"edit-find"_s));
    m_lookUpButton->setEnabled(false);
    m_status->setObjectName(u"oauthStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setObjectName(u"revealSecrets"_s);
    m_reveal->setEnabled(false);

    m_view->setObjectName(u"oauthConfigView"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_json->setObjectName(u"oauthConfigJson"_s);

    m_updateBox->setObjectName(u"tokenUpdateBox"_s);
    m_updateBox->setEnabled(false);
    m_tokenInfoEdit->setObjectName(u"tokenInfoEdit"_s);
    m_tokenInfoEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tokenInfoEdit->setTabChangesFocus(true); // keyboard users can leave the editor
    m_tokenInfoLabel->setBuddy(m_tokenInfoEdit);
    m_tokenInfoError->setObjectName(u"tokenInfoError"_s);
    m_tokenInfoError->setWordWrap(true);
    Theme::tint(m_tokenInfoError, Theme::Tint::NegativeText);
    m_tokenInfoError->hide();
    m_generatedEdit->setObjectName(u"tokenGeneratedEdit"_s);
    m_generatedEdit->setDecimals(0);
    m_generatedEdit->setRange(0, 1.0e11);
    m_generatedEdit->setGroupSeparatorShown(false);
    m_generatedLabel->setBuddy(m_generatedEdit);
    m_generatedNow->setObjectName(u"tokenGeneratedNow"_s);
    m_generatedDate->setObjectName(u"tokenGeneratedDate"_s);
    m_sendButton->setObjectName(u"sendTokenInfo"_s);
    m_sendButton->setIcon(Icons::icon(u"mail-send"_s));
    m_updateStatus->setObjectName(u"tokenUpdateStatus"_s);
    m_updateStatus->setWordWrap(true);

    connect(m_stateEdit, &QLineEdit::textChanged, this,
        [this](const QString& text) { m_lookUpButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_stateEdit, &QLineEdit::returnPressed, this, [this] { lookUp(m_stateEdit->text()); });
    connect(m_lookUpButton, &QPushButton::clicked, this, [this] { lookUp(m_stateEdit->text()); });
    connect(m_reveal, &QCheckBox::toggled, this, &OAuth2Page::setRevealed);
    connect(m_tokenInfoEdit, &QPlainTextEdit::textChanged, this, [this] { m_tokenInfoError->hide(); });
    connect(m_generatedEdit, &QDoubleSpinBox::valueChanged, this, &OAuth2Page::updateGeneratedDate);
    connect(m_generatedNow, &QPushButton::clicked, this,
        [this] { m_generatedEdit->setValue(double(QDateTime::currentSecsSinceEpoch())); });
    connect(m_sendButton, &QPushButton::clicked, this, &OAuth2Page::sendUpdate);

    auto* lookUpRow = new QHBoxLayout;
    lookUpRow->addWidget(m_stateLabel);
    lookUpRow->addWidget(m_stateEdit, 1);
    lookUpRow->addWidget(m_lookUpButton);

    auto* configBox = new QWidget;
    auto* configLayout = new QVBoxLayout(configBox);
    configLayout->setContentsMargins(0, 0, 0, 0);
    auto* revealRow = new QHBoxLayout;
    revealRow->addWidget(m_status, 1);
    revealRow->addWidget(m_reveal);
    configLayout->addLayout(revealRow);
    configLayout->addWidget(m_json, 1);

    auto* updateLayout = new QGridLayout(m_updateBox);
    updateLayout->addWidget(m_tokenInfoLabel, 0, 0, 1, 4);
    updateLayout->addWidget(m_tokenInfoEdit, 1, 0, 1, 4);
    updateLayout->addWidget(m_tokenInfoError, 2, 0, 1, 4);
    updateLayout->addWidget(m_generatedLabel, 3, 0);
    updateLayout->addWidget(m_generatedEdit, 3, 1);
    updateLayout->addWidget(m_generatedNow, 3, 2);
    updateLayout->addWidget(m_generatedDate, 3, 3);
    updateLayout->setColumnStretch(3, 1);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_updateStatus, 1);
    sendRow->addWidget(m_sendButton);
    updateLayout->addLayout(sendRow, 4, 0, 1, 4);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"oauthSplitter"_s);
    split->addWidget(configBox);
    split->addWidget(m_updateBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(banner());
    layout->addLayout(lookUpRow);
    layout->addWidget(split, 1);

    m_generatedEdit->setValue(double(QDateTime::currentSecsSinceEpoch()));
    retranslateUi();
}

// A lookup still running is of no use once the page is gone; an update in flight is left to finish.
OAuth2Page::~OAuth2Page()
{
    if (m_pending)
        m_pending->cancel();
}

void OAuth2Page::refresh()
{
    if (!m_lastState.isEmpty())
        lookUp(m_lastState);
}

void OAuth2Page::focusFilter()
{
    m_stateEdit->setFocus(Qt::ShortcutFocusReason);
    m_stateEdit->selectAll();
}

void OAuth2Page::lookUp(const QString& state)
{
    const QString s = state.trimmed();
    if (s.isEmpty())
        return;
    if (m_pending)
        m_pending->cancel();
    const bool sameConfiguration = m_info && m_info->state == s;
    if (!sameConfiguration) {
        // Another configuration: start masked, with an empty editor.
        m_info.reset();
        m_json->clear();
        m_reveal->setChecked(false);
        m_tokenInfoEdit->clear();
        m_prefill.clear();
        m_updateOutcome = UpdateOutcome::None;
        m_updateBox->setEnabled(false);
    }
    m_lastState = s;
    banner()->clear();
    setState(State::Loading);
    auto* reply = client()->getOAuth2Information(s);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, s] {
        if (m_pending != reply)
            return;
        m_pending = nullptr;
        if (reply->ok()) {
            showConfiguration(reply->value());
            setState(State::Found);
        } else if (reply->error().kind() == ApiError::Kind::NotFound) {
            m_info.reset();
            m_json->clear();
            m_updateBox->setEnabled(false);
            setState(State::NotFound);
        } else {
            setState(m_info ? State::Found : State::Failed);
            banner()->showError(reply->error(), [this, s] { lookUp(s); });
        }
    });
}

void OAuth2Page::showConfiguration(const OAuth2Information& info)
{
    // An editor still holding what Reveal put there follows the new token info; anything the
    // user typed stays.
    const bool editorUntouched = m_tokenInfoEdit->toPlainText() == m_prefill;
    m_info = info;
    m_json->setValue(info.raw);
    m_view->expandAll();
    m_view->resizeColumnToContents(int(FieldTreeModel::Column::Key));
    m_reveal->setEnabled(true);
    m_updateBox->setEnabled(true);
    m_generatedEdit->setValue(double(QDateTime::currentSecsSinceEpoch()));
    if (editorUntouched) {
        m_prefill = m_reveal->isChecked() ? currentTokenInfoText() : QString();
        m_tokenInfoEdit->setPlainText(m_prefill);
    }
}

QString OAuth2Page::currentTokenInfoText() const
{
    if (!m_info)
        return {};
    return QString::fromUtf8(QJsonDocument(m_info->tokenInfo).toJson(QJsonDocument::Indented));
}

// The editor shows the current token info only while secrets are revealed.
void OAuth2Page::setRevealed(bool revealed)
{
    m_model->setRevealed(revealed);
    const QString text = m_tokenInfoEdit->toPlainText();
    if (revealed && (text.trimmed().isEmpty() || text == m_prefill)) {
        m_prefill = currentTokenInfoText();
        m_tokenInfoEdit->setPlainText(m_prefill);
    } else if (!revealed && !m_prefill.isEmpty() && text == m_prefill) {
        m_tokenInfoEdit->clear();
        m_prefill.clear();
    }
}

OAuth2Page::ParseResult OAuth2Page::parseTokenInfo(const QString& text)
{
    ParseResult result;
    if (text.trimmed().isEmpty()) {
        result.error = tr("Enter the token info as a JSON object, for example {\"access_token\": \"…\"}.");
        result.errorPosition = 0;
        return result;
    }
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset mostly points just past the offending character, sometimes (trailing garbage,
        // a bad number) at it or at the blank before it; it counts UTF-8 bytes, while lines and
        // columns count characters.
        int cut = qBound(0, error.error == QJsonParseError::GarbageAtEnd ? error.offset : error.offset - 1,
            int(utf8.size()));
        while (cut < utf8.size()
            && (utf8.at(cut) == ' ' || utf8.at(cut) == '\t' || utf8.at(cut) == '\r' || utf8.at(cut) == '\n'))
            ++cut;
        while (cut > 0 && cut < utf8.size() && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut; // not inside a multi-byte character
        const QString before = QString::fromUtf8(utf8.left(cut));
        const int line = int(before.count(u'\n')) + 1;
        const int column = int(before.size() - before.lastIndexOf(u'\n'));
        result.errorPosition = int(before.size());
        result.error = tr("Not valid JSON at line %1, column %2: %3. The token info must be a JSON object.")
                           .arg(line)
                           .arg(column)
                           .arg(error.errorString());
        return result;
    }
    if (doc.isArray()) {
        result.error = tr("The token info must be a JSON object ({ … }), not an array.");
        result.errorPosition = 0;
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("The token info must be a JSON object ({ … }).");
        result.errorPosition = 0;
        return result;
    }
    result.object = doc.object();
    return result;
}

void OAuth2Page::sendUpdate()
{
    if (!m_info || m_sending)
        return;
    // An empty editor leaves the token info out of the request: only `state` is required (spec),
    // so this app does not refuse it; what the service then does is not documented.
    const bool withTokenInfo = !m_tokenInfoEdit->toPlainText().trimmed().isEmpty();
    const ParseResult parsed
        = withTokenInfo ? parseTokenInfo(m_tokenInfoEdit->toPlainText()) : ParseResult {};
    if (withTokenInfo && !parsed.object) {
        m_tokenInfoError->setText(parsed.error);
        m_tokenInfoError->show();
        if (parsed.errorPosition >= 0) {
            QTextCursor cursor = m_tokenInfoEdit->textCursor();
            cursor.setPosition(qMin(parsed.errorPosition, int(m_tokenInfoEdit->toPlainText().size())));
            m_tokenInfoEdit->setTextCursor(cursor);
        }
        m_tokenInfoEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_tokenInfoError->hide();

    const double generated = m_generatedEdit->value();
    const QString name = m_info->configurationName.isEmpty() ? m_info->state : m_info->configurationName;
    // The question names the configuration and the time, never the token values.
    const QString when = shortDateTime(QDateTime::fromSecsSinceEpoch(qint64(generated)));
    const bool yes = withTokenInfo
        ? Confirm::ask(this, tr("Update token info"),
            tr("Replace the token info of the OAuth2 configuration “%1” (state %2)?")
                .arg(name, m_info->state),
            tr("Update token info"),
            tr("The new token info has %n field(s). Token generated will be set to %1 (%2).", nullptr,
                int(parsed.object->size()))
                .arg(QString::number(qint64(generated)), when))
        : Confirm::ask(this, tr("Update token info"),
            tr("Send an update without token info to the OAuth2 configuration “%1” (state %2)?")
                .arg(name, m_info->state),
            tr("Send anyway"),
            tr("The token info editor is empty, so the token info is not sent; token generated will be set "
               "to "
               "%1 (%2). Alli's documentation does not say what such an update does: the server decides.")
                .arg(QString::number(qint64(generated)), when));
    if (!yes) {
        m_updateOutcome = UpdateOutcome::NotSent;
        updateStatus();
        return;
    }

    OAuth2TokenUpdate update;
    update.state = m_info->state;
    update.tokenInfo = parsed.object; // none: left out of the request
    update.tokenGenerated = generated;
    banner()->clear();
    m_updateOutcome = UpdateOutcome::Sending;
    m_sendButton->setEnabled(false);
    updateStatus();
    auto* reply = client()->updateOAuth2Information(update);
    m_sending = reply;
    const QString state = m_info->state;
    connect(reply, &ApiReply::finished, this, [this, reply, state] {
        m_sending = nullptr;
        m_sendButton->setEnabled(true);
        if (reply->ok()) {
            m_updateOutcome = UpdateOutcome::Updated;
            // The editor now holds what the server has: treat it as unedited so it follows the reload.
            m_prefill = m_reveal->isChecked() ? m_tokenInfoEdit->toPlainText() : QString();
            if (!m_reveal->isChecked())
                m_tokenInfoEdit->clear();
            updateStatus();
            lookUp(state);
        } else {
            m_updateOutcome = UpdateOutcome::Failed;
            updateStatus();
            banner()->showError(reply->error(), [this] { sendUpdate(); });
        }
    });
}

void OAuth2Page::setState(State state)
{
    m_state = state;
    m_view->setVisible(state == State::Found || (state == State::Loading && m_info));
    updateStatus();
}

void OAuth2Page::updateStatus()
{
    switch (m_state) {
    case State::Idle:
        m_status->setText(tr("Enter the state of an OAuth2 configuration and press Enter."));
        break;
    case State::Loading:
        m_status->setText(tr("Looking up %1…").arg(m_lastState));
        break;
    case State::Found:
        m_status->setText(m_info
                ? tr("Configuration “%1” (state %2).").arg(m_info->configurationName, m_info->state)
                : QString());
        break;
    case State::NotFound:
        m_status->setText(tr("No OAuth2 configuration with the state %1 in this project.").arg(m_lastState));
        break;
    case State::Failed:
        m_status->clear();
        break;
    }
    switch (m_updateOutcome) {
    case UpdateOutcome::None:
        m_updateStatus->clear();
        break;
    case UpdateOutcome::Sending:
        m_updateStatus->setText(tr("Sending…"));
        break;
    case UpdateOutcome::Updated:
        m_updateStatus->setText(tr("Token info updated."));
        break;
    case UpdateOutcome::NotSent:
        m_updateStatus->setText(tr("Not sent."));
        break;
    case UpdateOutcome::Failed:
        m_updateStatus->setText(tr("The update failed; see the message above."));
        break;
    }
}

void OAuth2Page::updateGeneratedDate()
{
    const auto when = QDateTime::fromSecsSinceEpoch(qint64(m_generatedEdit->value()));
    m_generatedDate->setText(tr("= %1").arg(shortDateTime(when)));
}

void OAuth2Page::retranslateUi()
{
    m_view->setAccessibleName(tr("OAuth2 information"));
    m_stateLabel->setText(tr("&State:"));
    m_stateEdit->setPlaceholderText(tr("e.g. demo-state-google"));
    m_lookUpButton->setText(tr("Look up"));
    m_reveal->setText(tr("&Reveal secrets"));
    m_reveal->setToolTip(tr("Shows the client secret, the code verifier and the tokens in clear text."));
    m_updateBox->setTitle(tr("Update token info"));
    m_tokenInfoLabel->setText(tr("&Token info (a JSON object):"));
    m_tokenInfoEdit->setPlaceholderText(
        tr("{\"access_token\": \"…\", \"refresh_token\": \"…\", \"expires_in\": 3600}\n\n"
           "Turn on Reveal secrets to start from the current token info."));
    m_generatedLabel->setText(tr("Token &generated (seconds since 1970):"));
    m_generatedNow->setText(tr("&Now"));
    m_sendButton->setText(tr("Send &update…"));
    m_model->retranslate();
    updateGeneratedDate();
    updateStatus();
}

} // namespace Alli
