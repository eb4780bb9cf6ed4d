#include "demoseed.h"

#include <QStringView>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Demo::Seed
{

namespace
{

    struct NameEntry {
        const char16_t* native;
        const char* roman;
    };

    constexpr std::array<NameEntry, 16> koreanFirst { {
        { u"민준", "minjun" },
        { u"서연", "seoyeon" },
        { u"지호", "jiho" },
        { u"서준", "seojun" },
        { u"하은", "haeun" },
        { u"도윤", "doyun" },
        { u"지우", "jiwoo" },
        { u"예준", "yejun" },
        { u"수아", "sua" },
        { u"시우", "siwoo" },
        { u"지민", "jimin" },
        { u"유진", "yujin" },
        { u"현우", "hyunwoo" },
        { u"은서", "eunseo" },
        { u"태윤", "taeyoon" },
        { u"다은", "daeun" },
    } };
    constexpr std::array<NameEntry, 16> koreanLast { {
        { u"김", "kim" },
        { u"이", "lee" },
        { u"박", "park" },
        { u"최", "choi" },
        { u"정", "jung" },
        { u"강", "kang" },
        { u"조", "cho" },
        { u"윤", "yoon" },
        { u"장", "jang" },
        { u"임", "lim" },
        { u"한", "han" },
        { u"오", "oh" },
        { u"서", "seo" },
        { u"신", "shin" },
        { u"권", "kwon" },
        { u"황", "hwang" },
    } };
    constexpr std::array<NameEntry, 16> japaneseFirst { {
        { u"花子", "hanako" },
        { u"太郎", "taro" },
        { u"陽翔", "haruto" },
        { u"結衣", "yui" },
        { u"蓮", "ren" },
        { u"さくら", "sakura" },
        { u"大翔", "hiroto" },
        { u"美咲", "misaki" },
        { u"悠真", "yuma" },
        { u"葵", "aoi" },
        { u"翔太", "shota" },
        { u"陽菜", "hina" },
        { u"健太", "kenta" },
        { u"愛", "ai" },
        { u"拓海", "takumi" },
        { u"凛", "rin" },
    } };
    constexpr std::array<NameEntry, 16> japaneseLast { {
        { u"佐藤", "sato" },
        { u"鈴木", "suzuki" },
        { u"高橋", "takahashi" },
        { u"田中", "tanaka" },
        { u"伊藤", "ito" },
        { u"渡辺", "watanabe" },
        { u"山本", "yamamoto" },
        { u"中村", "nakamura" },
        { u"小林", "kobayashi" },
        { u"加藤", "kato" },
        { u"吉田", "yoshida" },
        { u"山田", "yamada" },
        { u"佐々木", "sasaki" },
        { u"松本", "matsumoto" },
        { u"井上", "inoue" },
        { u"木村", "kimura" },
    } };
    constexpr std::array<NameEntry, 16> englishFirst { {
        { u"Emma", "emma" },
        { u"Liam", "liam" },
        { u"Olivia", "olivia" },
        { u"Noah", "noah" },
        { u"Ava", "ava" },
        { u"James", "james" },
        { u"Sophia", "sophia" },
        { u"Oliver", "oliver" },
        { u"Isabella", "isabella" },
        { u"Lucas", "lucas" },
        { u"Mia", "mia" },
        { u"Ethan", "ethan" },
        { u"Amelia", "amelia" },
        { u"Mason", "mason" },
        { u"Harper", "harper" },
        { u"Logan", "logan" },
    } };
    constexpr std::array<NameEntry, 16> englishLast { {
        { u"Johnson", "johnson" },
        { u"Smith", "smith" },
        { u"Williams", "williams" },
        { u"Brown", "brown" },
        { u"Jones", "jones" },
        { u"Garcia", "garcia" },
        { u"Miller", "miller" },
        { u"Davis", "davis" },
        { u"Wilson", "wilson" },
        { u"Anderson", "anderson" },
        { u"Taylor", "taylor" },
        { u"Thomas", "thomas" },
        { u"Moore", "moore" },
        { u"Martin", "martin" },
        { u"Lee", "lee" },
        { u"Clark", "clark" },
    } };

    struct Language {
        const std::array<NameEntry, 16>* first;
        const std::array<NameEntry, 16>* last;
        const char16_t* locale;
    };
    constexpr std::array<Language, 3> languages { {
        { &koreanFirst, &koreanLast, u"ko" },
        { &japaneseFirst, &japaneseLast, u"ja" },
        { &englishFirst, &englishLast, u"en" },
    } };

    struct Pick {
        const Language* language;
        const NameEntry* first;
        const NameEntry* last;
    };

    Pick pick(quint64 seed, quint64 key)
    {
        const quint64 h = mix(seed ^ mix(key));
        const Language& language = languages[h % languages.size()];
        return { &language, &(*language.first)[(h >> 8) % 16], &(*language.last)[(h >> 16) % 16] };
    }

    // The first three agents are fixed so that documentation and manual tests can name them.
    Pick pickAgent(quint64 seed, qint64 number)
    {
        switch (number) {
        case 1:
            return { &languages[0], &koreanFirst[0], &koreanLast[0] }; // 김민준
        case 2:
            return { &languages[1], &japaneseFirst[0], &japaneseLast[0] }; // 佐藤 花子
        case 3:
            return { &languages[2], &englishFirst[0], &englishLast[0] }; // Emma Johnson
        default:
            return pick(seed, quint64(number));
        }
    }

    PersonName toName(const Pick& p)
    {
        PersonName name;
        name.firstName = QStringView(p.first->native).toString();
        name.lastName = QStringView(p.last->native).toString();
        name.locale = QStringView(p.language->locale).toString();
        name.romanLocalPart = std::string(p.first->roman) + '.' + p.last->roman;
        return name;
    }

    QString hexId(quint64 seed, quint64 key)
    {
        // 24 hex digits, like the ObjectIds Alli uses for agent-builder objects.
        const quint64 a = mix(seed ^ mix(key));
        const quint64 b = mix(a ^ 0x5bd1e995ULL);
        const QString hex = QString::number(a, 16).rightJustified(16, u'0')
            + QString::number(b, 16).rightJustified(16, u'0');
        return hex.left(24);
    }

    QJsonObject input(const QString& name, const QString& type, const QString& description, bool required)
    {
        return { { u"name"_s, name }, { u"type"_s, type }, { u"description"_s, description },
            { u"required"_s, required } };
    }

} // namespace

quint64 mix(quint64 value)
{
    // splitmix64: cheap, well distributed and identical on every platform.
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

PersonName personName(quint64 seed, quint64 key)
{
    return toName(pick(seed, key));
}

PersonName agentName(quint64 seed, qint64 number)
{
    return toName(pickAgent(seed, number));
}

void appendAgentEmail(quint64 seed, qint64 number, std::string& out)
{
    // The agent number is part of the address: it keeps addresses unique and lets a lookup by e-mail
    // find a seeded agent without an index.
    const Pick p = pickAgent(seed, number);
    out += p.first->roman;
    out += '.';
    out += p.last->roman;
    out += std::to_string(number);
    out += "@example.com";
}

QString agentEmail(quint64 seed, qint64 number)
{
    std::string email;
    appendAgentEmail(seed, number, email);
    return QString::fromLatin1(email.data(), qsizetype(email.size()));
}

QList<GroupSeed> groups()
{
    return {
        { u"Administrators"_s, true, false, 0, {} },
        { u"기본 그룹"_s, false, true, 1,
            { u"dashboard_accessible"_s, u"conversations_read"_s, u"skill_read"_s, u"faq_history_read"_s,
                u"knowledge_base_page_access"_s, u"announcement_read"_s } },
        { u"サポート担当"_s, false, false, 2,
            { u"dashboard_accessible"_s, u"conversations_write"_s, u"agent_assignable"_s,
                u"conversation_state_write"_s, u"consversation_download"_s, u"smalltalk_read"_s,
                u"faq_editable"_s, u"answer_feedback_write"_s } },
        { u"Knowledge Managers"_s, false, false, 3,
            { u"knowledge_base_editable"_s, u"knowledge_base_add_folder_write"_s,
                u"knowledge_base_train_write"_s, u"doc_source_write"_s, u"knowledge_base_setting_write"_s,
                u"document_knowledge_refinery_write"_s, u"knowledge_base_history_read"_s, u"faq_editable"_s,
                u"faq_train_write"_s, u"faq_setting_write"_s, u"faq_add_folder_write"_s,
                u"faq_auto_tagging_write"_s, u"query_training_write"_s, u"training_schedule_write"_s } },
        { u"콘텐츠 편집자"_s, false, false, 4,
            { u"faq_editable"_s, u"faq_add_folder_write"_s, u"smalltalk_editable"_s, u"skill_write"_s,
                u"skill_popup_url_generation"_s, u"llm_app_create"_s, u"project_scope_prompt_write"_s,
                u"announcement_write"_s } },
        { u"分析チーム"_s, false, false, 5,
            { u"dashboard_accessible"_s, u"analytics_download"_s, u"feedback_management_read"_s,
                u"query_history_redactable"_s, u"redact_keyword_write"_s, u"entity_extraction_download"_s,
                u"user_download"_s } },
        { u"Project Operators"_s, false, false, 6,
            { u"project_setting_write"_s, u"project_setting_general_write"_s, u"office_hours_editable"_s,
                u"integrations_write"_s, u"manage_agent_write"_s, u"agent_invitable"_s,
                u"agent_action_log_download_read"_s, u"ai_workflow_write"_s, u"user_editable"_s,
                u"account_policy_write"_s } },
        { u"監査担当 (読み取り専用)"_s, false, false, std::nullopt,
            { u"dashboard_accessible"_s, u"conversations_read"_s, u"user_page_access"_s,
                u"analytics_page_access"_s, u"project_setting_read"_s, u"manage_agent_read"_s,
                u"integrations_read"_s, u"advanced_setting_read"_s, u"announcement_read"_s } },
        { u"Billing & Security"_s, false, false, 7,
            { u"billing"_s, u"api_whitelist_write"_s, u"sdk_whitelist_write"_s,
                u"dashboard_whitelist_write"_s, u"files_whitelist_write"_s, u"oidc_clients_write"_s,
                u"project_setting_api_key_write"_s, u"approver_group_write"_s } },
    };
}

int groupIndexForAgent(quint64 seed, qint64 number)
{
    if (number <= 3 || number % 97 == 0)
        return 0;
    const quint64 bucket = mix(seed ^ mix(quint64(number) + 0x1234567ULL)) % 100;
    constexpr std::array<quint64, 8> upperBounds { 45, 60, 70, 78, 85, 91, 96, 100 };
    for (int i = 0; i < int(upperBounds.size()); ++i) {
        if (bucket < upperBounds[i])
            return i + 1;
    }
    return 1;
}

QJsonObject user(quint64 seed, int index)
{
    const PersonName name = personName(seed, 0x7500000000ULL + quint64(index));
    const quint64 h = mix(seed ^ quint64(index) ^ 0xabcdefULL);
    static const QStringList customerGroups { u"VIP"_s, u"Standard"_s, u"Enterprise"_s, u"Trial"_s };
    static const QStringList departments { u"영업부"_s, u"営業部"_s, u"Customer Success"_s, u"인사팀"_s,
        u"開発部"_s, u"Finance"_s };
    const QString ownUserId = u"EMP%1"_s.arg(index, 5, 10, QChar(u'0'));
    return {
        { u"userId"_s, ownUserId },
        { u"firstName"_s, name.firstName },
        { u"lastName"_s, name.lastName },
        { u"email"_s,
            QString(QString::fromLatin1(name.romanLocalPart) + u'.' + QString::number(index)
                + u"@customer.example.com"_s) },
        { u"customerGroup"_s, customerGroups[int(h % quint64(customerGroups.size()))] },
        { u"department"_s, departments[int((h >> 8) % quint64(departments.size()))] },
        { u"locale"_s, name.locale },
    };
}

QJsonArray singleActionAppTools(quint64 seed)
{
    struct Tool {
        QString displayName;
        QString description;
        QJsonArray inputs;
    };
    const QList<Tool> tools {
        { u"휴가 신청"_s, u"연차 및 반차 휴가를 신청합니다."_s,
            { input(u"start_date"_s, u"date"_s, u"휴가 시작일"_s, true),
                input(u"end_date"_s, u"date"_s, u"휴가 종료일"_s, true),
                input(u"reason"_s, u"paragraph"_s, u"사유"_s, false) } },
        { u"経費精算"_s, u"領収書から経費精算を申請します。"_s,
            { input(u"amount"_s, u"number"_s, u"金額"_s, true),
                input(u"receipt"_s, u"file"_s, u"領収書"_s, true) } },
        { u"Create Jira ticket"_s, u"Files a Jira ticket in the support project."_s,
            { input(u"summary"_s, u"text"_s, u"Ticket summary"_s, true),
                input(u"description"_s, u"paragraph"_s, u"Details"_s, false),
                input(u"priority"_s, u"select"_s, u"Low, Medium or High"_s, false) } },
        { u"Reset password"_s, u"Sends a password reset link to an employee."_s,
            { input(u"employee_email"_s, u"text"_s, u"E-mail of the employee"_s, true) } },
        { u"회의실 예약"_s, u"사내 회의실을 예약합니다."_s,
            { input(u"room"_s, u"select"_s, u"회의실"_s, true),
                input(u"time"_s, u"datetime"_s, u"시작 시각"_s, true) } },
        { u"翻訳"_s, u"テキストを指定した言語に翻訳します。"_s,
            { input(u"text"_s, u"paragraph"_s, u"原文"_s, true),
                input(u"target_language"_s, u"select"_s, u"翻訳先の言語"_s, true) } },
        { u"Summarize document"_s, u"Summarises an uploaded document in five bullet points."_s,
            { input(u"document"_s, u"file"_s, u"The document"_s, true) } },
        { u"주문 조회"_s, u"주문 번호로 배송 상태를 조회합니다."_s,
            { input(u"order_number"_s, u"text"_s, u"주문 번호"_s, true) } },
        { u"在庫確認"_s, u"商品の在庫数を確認します。"_s,
            { input(u"sku"_s, u"text"_s, u"商品コード"_s, true),
                input(u"warehouse"_s, u"select"_s, u"倉庫"_s, false) } },
        { u"Send Slack message"_s, u"Posts a message to a Slack channel."_s,
            { input(u"channel"_s, u"text"_s, u"Channel name"_s, true),
                input(u"message"_s, u"paragraph"_s, u"Message"_s, true) } },
        { u"Weekly report"_s, u"Drafts the weekly team report from recent tickets."_s, {} },
    };
    QJsonArray result;
    quint64 key = 0x5a000000ULL;
    for (const Tool& tool : tools) {
        const QString id = hexId(seed, ++key);
        result.append(QJsonObject { { u"id"_s, id }, { u"name"_s, QString(u"func_"_s + id) },
            { u"display_name"_s, tool.displayName }, { u"description"_s, tool.description },
            { u"single_action_inputs"_s, tool.inputs } });
    }
    return result;
}

QJsonArray agentTools(quint64 seed)
{
    struct Tool {
        QString displayName;
        QString description;
        bool published;
        QJsonArray variables;
    };
    const QList<Tool> tools {
        { u"HR Assistant"_s, u"Answers HR policy questions and files requests."_s, true,
            { input(u"employee_id"_s, u"string"_s, u"Employee number"_s, true) } },
        { u"고객지원 에이전트"_s, u"고객 문의에 답변하고 티켓을 생성합니다."_s, true,
            { input(u"customer_id"_s, u"string"_s, u"고객 ID"_s, true),
                input(u"channel"_s, u"string"_s, u"문의 채널"_s, false) } },
        { u"営業サポート"_s, u"見積書と提案書の作成を支援します。"_s, true,
            { input(u"deal_id"_s, u"string"_s, u"商談ID"_s, true),
                input(u"amount"_s, u"integer"_s, u"金額"_s, false) } },
        { u"IT Helpdesk"_s, u"Troubleshoots laptops, VPN and accounts."_s, true,
            { input(u"device"_s, u"string"_s, u"Device type"_s, false) } },
        { u"계약서 검토"_s, u"계약서의 위험 조항을 찾아 요약합니다."_s, false,
            { input(u"contract"_s, u"file"_s, u"계약서 파일"_s, true) } },
        { u"議事録作成"_s, u"会議の録音から議事録を作成します。"_s, true,
            { input(u"recording"_s, u"file"_s, u"録音ファイル"_s, true),
                input(u"language"_s, u"string"_s, u"言語"_s, false) } },
        { u"Onboarding Buddy"_s, u"Guides new hires through their first week."_s, true,
            { input(u"start_date"_s, u"string"_s, u"First day (YYYY-MM-DD)"_s, true) } },
        { u"재고 분석"_s, u"재고 데이터를 분석해 발주량을 제안합니다."_s, false,
            { input(u"period_days"_s, u"integer"_s, u"분석 기간(일)"_s, false) } },
        { u"FAQ Curator"_s, u"Suggests new FAQ entries from unanswered questions."_s, true, {} },
        { u"旅費申請"_s, u"出張の旅費を計算して申請します。"_s, true,
            { input(u"destination"_s, u"string"_s, u"出張先"_s, true),
                input(u"nights"_s, u"integer"_s, u"泊数"_s, true) } },
    };
    QJsonArray result;
    quint64 key = 0xa6000000ULL;
    const QString projectId = hexId(seed, 0x900d);
    int index = 0;
    for (const Tool& tool : tools) {
        const QString id = hexId(seed, ++key);
        ++index;
        // Extra free-form fields: the schema is an open object and the client must tolerate them.
        result.append(QJsonObject {
            { u"id"_s, id },
            { u"name"_s, QString(u"func_"_s + id) },
            { u"display_name"_s, tool.displayName },
            { u"description"_s, tool.description },
            { u"project_id"_s, projectId },
            { u"published"_s, tool.published },
            { u"variables"_s, tool.variables },
            { u"version"_s, index % 3 + 1 },
            { u"icon"_s, u"https://cdn.alli.example/icons/agent-%1.png"_s.arg(index) },
            { u"tags"_s, QJsonArray { u"demo"_s, index % 2 ? u"internal"_s : u"customer"_s } },
            { u"created_at"_s, u"2024-0%1-1%2T09:00:00Z"_s.arg(index % 9 + 1).arg(index % 10) },
            { u"llm"_s, QJsonObject { { u"model"_s, u"gpt-4o"_s }, { u"temperature"_s, 0.2 } } },
        });
    }
    return result;
}

QList<QJsonObject> oauth2Configurations(quint64 seed)
{
    const QString hubId = hexId(seed, 0x4b0b);
    QJsonObject google {
        { u"id"_s, hexId(seed, 0x600613) },
        { u"hub_id"_s, hubId },
        { u"configuration_name"_s, u"Google Workspace"_s },
        { u"authorization_url"_s, u"https://accounts.google.com/o/oauth2/v2/auth"_s },
        { u"token_url"_s, u"https://oauth2.googleapis.com/token"_s },
        { u"client_id"_s, u"demo-client-id.apps.googleusercontent.com"_s },
        { u"client_secret"_s, u"demo-client-secret-google"_s },
        { u"scope"_s,
            QJsonArray { u"openid"_s, u"email"_s, u"https://www.googleapis.com/auth/calendar.readonly"_s } },
        { u"redirect_uri"_s, u"https://backend.alli.ai/webapi/agent_builder/oauth2/callback"_s },
        { u"place_access_token"_s, u"access_token"_s },
        { u"place_expires_in"_s, u"expires_in"_s },
        { u"place_refresh_token"_s, u"refresh_token"_s },
        { u"place_token_type"_s, u"token_type"_s },
        { u"headers"_s, QJsonObject { { u"Accept"_s, u"application/json"_s } } },
        { u"additional"_s,
            QJsonObject { { u"access_type"_s, u"offline"_s }, { u"prompt"_s, u"consent"_s } } },
        { u"token_info"_s, QJsonObject {} },
        { u"token_generated"_s, 0 },
        { u"state"_s, u"demo-state-google"_s },
        { u"code_verifier"_s, u"demo-code-verifier-google-0000000000000000000000"_s },
    };
    QJsonObject slack {
        { u"id"_s, hexId(seed, 0x51ac) },
        { u"hub_id"_s, hubId },
        { u"configuration_name"_s, u"Slack"_s },
        { u"authorization_url"_s, u"https://slack.com/oauth/v2/authorize"_s },
        { u"token_url"_s, u"https://slack.com/api/oauth.v2.access"_s },
        { u"client_id"_s, u"demo-slack-client-id"_s },
        { u"client_secret"_s, u"demo-client-secret-slack"_s },
        { u"scope"_s, QJsonArray { u"chat:write"_s, u"channels:read"_s } },
        { u"redirect_uri"_s, u"https://backend.alli.ai/webapi/agent_builder/oauth2/callback"_s },
        { u"place_access_token"_s, u"authed_user.access_token"_s },
        { u"place_expires_in"_s, u"expires_in"_s },
        { u"place_refresh_token"_s, u"refresh_token"_s },
        { u"place_token_type"_s, u"token_type"_s },
        { u"headers"_s, QJsonObject {} },
        { u"additional"_s, QJsonObject { { u"user_scope"_s, u"identity.basic"_s } } },
        { u"token_info"_s, QJsonObject { { u"token_type"_s, u"bearer"_s }, { u"expires_in"_s, 43200 } } },
        { u"token_generated"_s, 1714521600.5 },
        { u"state"_s, u"demo-state-slack"_s },
        { u"code_verifier"_s, u"demo-code-verifier-slack-00000000000000000000000"_s },
    };
    return { google, slack };
}

} // namespace Alli::Demo::Seed
