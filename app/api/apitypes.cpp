#include "apitypes.h"

#include "displaytext.h"
#include "jsonreader.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{
    constexpr QStringView kPermissionNames[] = { u"dashboard_accessible", u"skill_read", u"skill_write",
        u"skill_popup_url_generation", u"llm_app_read", u"llm_app_create", u"user_page_access",
        u"user_editable", u"user_download", u"conversations_read", u"agent_assignable",
        u"conversation_state_write", u"delete_chat_message", u"delete_agent_chat_message",
        u"consversation_download", u"smalltalk_read", u"smalltalk_editable", u"document_page_access",
        u"knowledge_base_editable", u"knowledge_base_add_folder_write", u"document_knowledge_refinery_write",
        u"knowledge_base_page_access", u"faq_editable", u"faq_train_write", u"faq_setting_read",
        u"faq_setting_write", u"faq_add_folder_write", u"feedback_management_read", u"clue_feedback_write",
        u"answer_feedback_write", u"query_history_redactable", u"knowledge_base_history_read",
        u"faq_history_read", u"query_training_read", u"query_training_write", u"faq_auto_tagging_read",
        u"faq_auto_tagging_write", u"doc_source_read", u"doc_source_write", u"knowledge_base_setting_read",
        u"knowledge_base_setting_write", u"knowledge_refinery_setting_read",
        u"knowledge_refinery_setting_write", u"knowledge_base_train_write", u"entity_extraction_read",
        u"entity_extraction_editable", u"entity_extraction_download", u"training_schedule_write",
        u"google_domain_allowlist_read", u"google_domain_allowlist_write", u"analytics_page_access",
        u"redact_keyword_write", u"analytics_download", u"project_setting_page_access",
        u"project_setting_read", u"project_setting_write", u"project_setting_general_write",
        u"project_setting_api_key_write", u"office_hours_editable", u"faq_custom_columns_write",
        u"dashboard_whitelist_write", u"sdk_whitelist_write", u"api_whitelist_write",
        u"files_whitelist_write", u"account_policy_write", u"oidc_clients_write", u"conversations_write",
        u"billing", u"integrations_read", u"integrations_write", u"dashboard_order_write",
        u"advanced_setting_read", u"manage_agent_read", u"manage_agent_write", u"agent_invitable",
        u"agent_action_log_download_read", u"approver_group_write", u"ai_workflow_read", u"ai_workflow_write",
        u"prompt_management_read", u"project_scope_prompt_read", u"project_scope_prompt_write",
        u"announcement_read", u"announcement_write" };
    static_assert(std::size(kPermissionNames) == size_t(Permission::Count),
        "Permission enum and wire-name table must have the same length");

    QJsonArray stringArray(const QStringList& list)
    {
        QJsonArray out;
        for (const QString& s : list)
            out.append(s);
        return out;
    }

    std::optional<AgentResponse> parseAgent(JsonReader& r)
    {
        return AgentResponse::fromJson(r);
    }

    std::optional<ToolParameter> parseToolParameter(JsonReader& r)
    {
        return ToolParameter::fromJson(r);
    }
} // namespace

QString permissionName(Permission p)
{
    const auto i = size_t(p);
    return i < std::size(kPermissionNames) ? kPermissionNames[i].toString() : QString();
}

std::optional<Permission> permissionFromName(QStringView name)
{
    static const QHash<QString, Permission> index = [] {
        QHash<QString, Permission> h;
        for (size_t i = 0; i < std::size(kPermissionNames); ++i)
            h.insert(kPermissionNames[i].toString(), Permission(i));
        return h;
    }();
    const auto it = index.constFind(name.toString());
    if (it == index.constEnd())
        return std::nullopt;
    return *it;
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    for (int i = 0; i < int(Permission::Count); ++i)
        out.append(Permission(i));
    return out;
}

QStringList PermissionSet::names() const
{
    QStringList out;
    for (Permission p : known)
        out.append(permissionName(p));
    out += unknown;
    return out;
}

PermissionSet PermissionSet::fromNames(const QStringList& names)
{
    PermissionSet set;
    for (const QString& n : names) {
        if (std::optional<Permission> p = permissionFromName(n))
            set.known.append(*p);
        else
            set.unknown.append(n);
    }
    return set;
}

std::optional<AgentResponse> AgentResponse::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    AgentResponse a;
    a.id = r.requiredString(u"id");
    a.firstName = r.requiredString(u"firstName");
    a.lastName = r.requiredString(u"lastName");
    a.email = r.requiredString(u"email");
    if (!r.ok())
        return std::nullopt;
    return a;
}

QJsonObject AgentResponse::toJson() const
{
    return { { u"id"_s, id }, { u"firstName"_s, firstName }, { u"lastName"_s, lastName },
        { u"email"_s, email } };
}

std::optional<User> User::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    JsonReader result = r.at(u"result");
    if (!result.expectObject())
        return std::nullopt;
    User u;
    u.userId = result.requiredString(u"userId");
    u.firstName = result.requiredString(u"firstName");
    u.lastName = result.requiredString(u"lastName");
    u.fields = result.object();
    if (!r.ok())
        return std::nullopt;
    return u;
}

QString bulkUserActionName(BulkUserAction a)
{
    switch (a) {
    case BulkUserAction::Create:
        return u"create"_s;
    case BulkUserAction::Update:
        return u"update"_s;
    case BulkUserAction::Delete:
        return u"delete"_s;
    }
    return {};
}

std::optional<BulkUserAction> bulkUserActionFromName(QStringView name)
{
    if (name == u"create")
        return BulkUserAction::Create;
    if (name == u"update")
        return BulkUserAction::Update;
    if (name == u"delete")
        return BulkUserAction::Delete;
    return std::nullopt;
}

QJsonObject BulkUserBody::toJson() const
{
    QJsonObject o { { u"ownUserId"_s, ownUserId } };
    if (data) {
        QJsonArray arr;
        for (const BulkUserData& d : *data)
            arr.append(QJsonObject { { u"key"_s, d.key }, { u"value"_s, d.value } });
        o.insert(u"data"_s, arr);
    }
    return o;
}

QJsonObject BulkUserRequest::toJson() const
{
    QJsonArray arr;
    for (const BulkUserBody& u : users)
        arr.append(u.toJson());
    return { { u"action"_s, bulkUserActionName(action) }, { u"users"_s, arr } };
}

std::optional<BulkUserResultBody> BulkUserResultBody::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    BulkUserResultBody b;
    b.ownUserId = r.requiredString(u"ownUserId");
    const QString status = r.requiredString(u"status");
    b.message = r.optionalString(u"message");
    if (b.message)
        b.message = displaySafe(*b.message); // shown per row, in reports and on terminals
    if (!r.ok())
        return std::nullopt;
    b.statusText = displaySafe(status.left(100));
    b.status = classifyResultStatus(status); // another word: the row is looked up, not failed
    return b;
}

std::optional<BulkUserResponse> BulkUserResponse::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    BulkUserResponse resp;
    // `result` is not required by the schema; a missing one means "no per-row results".
    resp.result = r.optionalList<BulkUserResultBody>(u"result", BulkUserResultBody::fromJson);
    if (!r.ok())
        return std::nullopt;
    return resp;
}

QJsonObject MemberMetadata::toJson() const
{
    QJsonObject o { { u"email"_s, email } };
    if (firstName)
        o.insert(u"firstName"_s, *firstName);
    if (lastName)
        o.insert(u"lastName"_s, *lastName);
    if (locale)
        o.insert(u"locale"_s, *locale);
    if (groups)
        o.insert(u"groups"_s, stringArray(*groups));
    if (attributes) {
        QJsonObject attrs;
        for (auto it = attributes->cbegin(); it != attributes->cend(); ++it)
            attrs.insert(it.key(), it.value());
        o.insert(u"attributes"_s, attrs);
    }
    return o;
}

ResultStatus classifyResultStatus(QStringView status)
{
    const QStringView s = status.trimmed();
    if (s.compare(u"success", Qt::CaseInsensitive) == 0 || s.compare(u"succeeded", Qt::CaseInsensitive) == 0)
        return ResultStatus::Success;
    for (QStringView failure : { u"error", u"failed", u"failure", u"fail" }) {
        if (s.compare(failure, Qt::CaseInsensitive) == 0)
            return ResultStatus::Failure;
    }
    return ResultStatus::Unrecognised;
}

ResultStatus BulkTaskResult::outcome() const
{
    const ResultStatus said = classifyResultStatus(status);
    if (said == ResultStatus::Success && errorMessage && !errorMessage->trimmed().isEmpty())
        return ResultStatus::Unrecognised;
    return said;
}

std::optional<BulkTaskResult> BulkTaskResult::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    BulkTaskResult t;
    t.emails = r.requiredStringList(u"emails");
    t.status = displaySafe(r.requiredString(u"status")); // the failure text when there is no errorMessage
    t.errorMessage = r.optionalString(u"errorMessage");
    if (t.errorMessage)
        t.errorMessage = displaySafe(*t.errorMessage);
    if (!r.ok())
        return std::nullopt;
    return t;
}

std::optional<BulkMemberResponse> BulkMemberResponse::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    BulkMemberResponse resp;
    resp.result = r.optionalList<BulkTaskResult>(u"result", BulkTaskResult::fromJson);
    if (!r.ok())
        return std::nullopt;
    return resp;
}

std::optional<PermissionGroupResponse> PermissionGroupResponse::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    PermissionGroupResponse g;
    g.id = r.requiredString(u"id");
    g.name = r.requiredString(u"name");
    g.isAdmin = r.requiredBool(u"isAdmin");
    g.isDefault = r.requiredBool(u"isDefault");
    g.order = r.requiredNullableInt(u"order");
    g.permissions = PermissionSet::fromNames(r.requiredStringList(u"permissions"));
    g.agentCount = r.requiredInt(u"agentCount");
    if (!r.ok())
        return std::nullopt;
    return g;
}

std::optional<PermissionGroupDetailResponse> PermissionGroupDetailResponse::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    PermissionGroupDetailResponse g;
    g.id = r.requiredString(u"id");
    g.name = r.requiredString(u"name");
    g.isAdmin = r.requiredBool(u"isAdmin");
    g.isDefault = r.requiredBool(u"isDefault");
    g.order = r.requiredNullableInt(u"order");
    g.permissions = PermissionSet::fromNames(r.requiredStringList(u"permissions"));
    g.agents = r.requiredList<AgentResponse>(u"agents", parseAgent);
    if (!r.ok())
        return std::nullopt;
    return g;
}

QJsonObject CreatePermissionGroupRequest::toJson() const
{
    QJsonArray perms;
    for (Permission p : permissions)
        perms.append(permissionName(p));
    return { { u"name"_s, name }, { u"agentIds"_s, stringArray(agentIds) }, { u"permissions"_s, perms } };
}

std::optional<ToolParameter> ToolParameter::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    ToolParameter p;
    p.name = r.requiredString(u"name");
    p.type = r.optionalString(u"type").value_or(QString());
    p.description = r.optionalString(u"description").value_or(QString());
    p.required = r.optionalBool(u"required");
    if (!r.ok())
        return std::nullopt;
    return p;
}

std::optional<SingleActionAppTool> SingleActionAppTool::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    SingleActionAppTool t;
    t.id = r.optionalString(u"id").value_or(QString());
    // The schema marks nothing as required, but a tool without a name cannot be opened.
    t.name = r.requiredString(u"name");
    t.displayName = r.optionalString(u"display_name").value_or(QString());
    t.description = r.optionalString(u"description").value_or(QString());
    t.inputs = r.optionalList<ToolParameter>(u"single_action_inputs", parseToolParameter);
    t.raw = r.object();
    if (!r.ok())
        return std::nullopt;
    return t;
}

std::optional<AgentTool> AgentTool::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    AgentTool t;
    t.id = r.optionalString(u"id").value_or(QString());
    t.name = r.requiredString(u"name");
    t.displayName = r.optionalString(u"display_name").value_or(QString());
    t.description = r.optionalString(u"description").value_or(QString());
    t.projectId = r.optionalString(u"project_id").value_or(QString());
    t.published = r.optionalBool(u"published");
    t.variables = r.optionalList<ToolParameter>(u"variables", parseToolParameter);
    t.raw = r.object();
    if (!r.ok())
        return std::nullopt;
    return t;
}

std::optional<OAuth2Information> OAuth2Information::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    OAuth2Information o;
    o.id = r.optionalString(u"id").value_or(QString());
    o.hubId = r.optionalString(u"hub_id").value_or(QString());
    o.configurationName = r.optionalString(u"configuration_name").value_or(QString());
    o.authorizationUrl = r.optionalString(u"authorization_url").value_or(QString());
    o.tokenUrl = r.optionalString(u"token_url").value_or(QString());
    o.clientId = r.optionalString(u"client_id").value_or(QString());
    o.clientSecret = r.optionalString(u"client_secret").value_or(QString());
    o.scope = r.optionalStringList(u"scope").value_or(QStringList());
    o.redirectUri = r.optionalString(u"redirect_uri").value_or(QString());
    o.placeAccessToken = r.optionalString(u"place_access_token").value_or(QString());
    o.placeExpiresIn = r.optionalString(u"place_expires_in").value_or(QString());
    o.placeRefreshToken = r.optionalString(u"place_refresh_token").value_or(QString());
    o.placeTokenType = r.optionalString(u"place_token_type").value_or(QString());
    o.headers = r.optionalObject(u"headers");
    o.additional = r.optionalObject(u"additional");
    o.tokenInfo = r.optionalObject(u"token_info");
    o.tokenGenerated = r.optionalNumber(u"token_generated");
    o.state = r.optionalString(u"state").value_or(QString());
    o.codeVerifier = r.optionalString(u"code_verifier").value_or(QString());
    o.raw = r.object();
    if (!r.ok())
        return std::nullopt;
    return o;
}

QJsonObject OAuth2TokenUpdate::toJson() const
{
    QJsonObject o { { u"state"_s, state } };
    if (tokenInfo)
        o.insert(u"tokenInfo"_s, *tokenInfo);
    if (tokenGenerated)
        o.insert(u"tokenGenerated"_s, *tokenGenerated);
    return o;
}

QJsonObject AgentManagementRequest::toJson() const
{
    QJsonObject o { { u"email"_s, email }, { u"deleteFlag"_s, deleteFlag } };
    if (!deleteFlag) {
        if (!password.isEmpty())
            o.insert(u"password"_s, password);
        if (!locale.isEmpty())
            o.insert(u"locale"_s, locale);
    }
    if (!permissionGroupId.isEmpty())
        o.insert(u"permission_group_id"_s, permissionGroupId);
    if (!permissionGroupName.isEmpty())
        o.insert(u"permission_group_name"_s, permissionGroupName);
    return o;
}

std::optional<AgentManagementResult> AgentManagementResult::fromJson(JsonReader& r)
{
    if (!r.expectObject())
        return std::nullopt;
    JsonReader result = r.at(u"result");
    if (!result.expectObject())
        return std::nullopt;
    AgentManagementResult a;
    a.id = result.requiredString(u"id");
    a.status = result.requiredString(u"status");
    if (!r.ok())
        return std::nullopt;
    return a;
}

std::optional<Acknowledgement> Acknowledgement::fromJson(JsonReader& r)
{
    Acknowledgement a;
    if (r.value().isUndefined() || r.value().isNull())
        return a; // an empty 200 body is a plain acknowledgement
    if (!r.expectObject())
        return std::nullopt;
    a.success = r.optionalBool(u"success").value_or(true);
    if (!r.ok())
        return std::nullopt;
    return a;
}

} // namespace Alli
