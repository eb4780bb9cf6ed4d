#pragma once
// Typed mirrors of the Alli User Management API schemas, with their JSON parsing and
// serialisation. Parsing keeps unknown fields where a view needs them and reports the first
// missing or mistyped required field through JsonReader.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Alli
{

class JsonReader;

// AgentPermissionEnum, in the spec's order. Wire names (including the spec's own spelling
// "consversation_download") come from permissionName().
enum class Permission {
    DashboardAccessible,
    SkillRead,
    SkillWrite,
    SkillPopupUrlGeneration,
    LlmAppRead,
    LlmAppCreate,
    UserPageAccess,
    UserEditable,
    UserDownload,
    ConversationsRead,
    AgentAssignable,
    ConversationStateWrite,
    DeleteChatMessage,
    DeleteAgentChatMessage,
    ConsversationDownload,
    SmalltalkRead,
    SmalltalkEditable,
    DocumentPageAccess,
    KnowledgeBaseEditable,
    KnowledgeBaseAddFolderWrite,
    DocumentKnowledgeRefineryWrite,
    KnowledgeBasePageAccess,
    FaqEditable,
    FaqTrainWrite,
    FaqSettingRead,
    FaqSettingWrite,
    FaqAddFolderWrite,
    FeedbackManagementRead,
    ClueFeedbackWrite,
    AnswerFeedbackWrite,
    QueryHistoryRedactable,
    KnowledgeBaseHistoryRead,
    FaqHistoryRead,
    QueryTrainingRead,
    QueryTrainingWrite,
    FaqAutoTaggingRead,
    FaqAutoTaggingWrite,
    DocSourceRead,
    DocSourceWrite,
    KnowledgeBaseSettingRead,
    KnowledgeBaseSettingWrite,
    KnowledgeRefinerySettingRead,
    KnowledgeRefinerySettingWrite,
    KnowledgeBaseTrainWrite,
    EntityExtractionRead,
    EntityExtractionEditable,
    EntityExtractionDownload,
    TrainingScheduleWrite,
    GoogleDomainAllowlistRead,
    GoogleDomainAllowlistWrite,
    AnalyticsPageAccess,
    RedactKeywordWrite,
    AnalyticsDownload,
    ProjectSettingPageAccess,
    ProjectSettingRead,
    ProjectSettingWrite,
    ProjectSettingGeneralWrite,
    ProjectSettingApiKeyWrite,
    OfficeHoursEditable,
    FaqCustomColumnsWrite,
    DashboardWhitelistWrite,
    SdkWhitelistWrite,
    ApiWhitelistWrite,
    FilesWhitelistWrite,
    AccountPolicyWrite,
    OidcClientsWrite,
    ConversationsWrite,
    Billing,
    IntegrationsRead,
    IntegrationsWrite,
    DashboardOrderWrite,
    AdvancedSettingRead,
    ManageAgentRead,
    ManageAgentWrite,
    AgentInvitable,
    AgentActionLogDownloadRead,
    ApproverGroupWrite,
    AiWorkflowRead,
    AiWorkflowWrite,
    PromptManagementRead,
    ProjectScopePromptRead,
    ProjectScopePromptWrite,
    AnnouncementRead,
    AnnouncementWrite,
    Count
};

QString permissionName(Permission p);
std::optional<Permission> permissionFromName(QStringView name);
QList<Permission> allPermissions();

// A permission list as the server sent it: the known values typed, the unknown ones kept
// verbatim so that a newer server never loses data in a round trip.
struct PermissionSet {
    QList<Permission> known;
    QStringList unknown;

    QStringList names() const;
    static PermissionSet fromNames(const QStringList& names);
    bool operator==(const PermissionSet&) const = default;
};

struct AgentResponse {
    QString id;
    QString firstName;
    QString lastName;
    QString email;

    static std::optional<AgentResponse> fromJson(JsonReader& r);
    QJsonObject toJson() const;
    bool operator==(const AgentResponse&) const = default;
};

// "Get user": the schema lists userId, firstName and lastName, but the server also returns
// email and customer group information, so every field is kept in `fields`.
struct User {
    QString userId;
    QString firstName;
    QString lastName;
    QJsonObject fields;

    static std::optional<User> fromJson(JsonReader& r);
};

enum class BulkUserAction { Create, Update, Delete };
QString bulkUserActionName(BulkUserAction a);
std::optional<BulkUserAction> bulkUserActionFromName(QStringView name);

struct BulkUserData {
    QString key;
    QString value;
    bool operator==(const BulkUserData&) const = default;
};

struct BulkUserBody {
    QString ownUserId;
    std::optional<QList<BulkUserData>> data; // required for create and update
    QJsonObject toJson() const;
};

struct BulkUserRequest {
    BulkUserAction action = BulkUserAction::Create;
    QList<BulkUserBody> users;
    QJsonObject toJson() const;
};

// What a bulk answer's per-row "status" says. Only a status that says success (in any case)
// is a success, and only one that says failure is a failure; any other word (the members'
// status is a free string in the spec) leaves the row undecided, to be looked up.
enum class ResultStatus { Success, Failure, Unrecognised };
ResultStatus classifyResultStatus(QStringView status);

struct BulkUserResultBody {
    QString ownUserId;
    ResultStatus status = ResultStatus::Failure; // classifyResultStatus(statusText)
    QString statusText; // as the server wrote it
    std::optional<QString> message;

    static std::optional<BulkUserResultBody> fromJson(JsonReader& r);
};

struct BulkUserResponse {
    QList<BulkUserResultBody> result;
    static std::optional<BulkUserResponse> fromJson(JsonReader& r);
};

struct MemberMetadata {
    QString email;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> locale;
    std::optional<QStringList> groups;
    std::optional<QMap<QString, QString>> attributes;
    QJsonObject toJson() const;
};

struct BulkTaskResult {
    QStringList emails;
    QString status; // free text in the schema; "success" on success
    std::optional<QString> errorMessage;

    // classifyResultStatus(status); a "success" that also carries an errorMessage contradicts
    // itself and is Unrecognised.
    ResultStatus outcome() const;
    bool isSuccess() const { return outcome() == ResultStatus::Success; }
    static std::optional<BulkTaskResult> fromJson(JsonReader& r);
};

struct BulkMemberResponse {
    QList<BulkTaskResult> result;
    static std::optional<BulkMemberResponse> fromJson(JsonReader& r);
};

struct PermissionGroupResponse {
    QString id;
    QString name;
    bool isAdmin = false;
    bool isDefault = false;
    std::optional<int> order;
    PermissionSet permissions;
    int agentCount = 0;

    static std::optional<PermissionGroupResponse> fromJson(JsonReader& r);
};

struct PermissionGroupDetailResponse {
    QString id;
    QString name;
    bool isAdmin = false;
    bool isDefault = false;
    std::optional<int> order;
    PermissionSet permissions;
    QList<AgentResponse> agents;

    static std::optional<PermissionGroupDetailResponse> fromJson(JsonReader& r);
};

struct CreatePermissionGroupRequest {
    QString name;
    QStringList agentIds;
    QList<Permission> permissions;
    QJsonObject toJson() const;
};

// Inputs of a single-action app and variables of an agent tool share one shape.
struct ToolParameter {
    QString name;
    QString type;
    QString description;
    std::optional<bool> required;

    static std::optional<ToolParameter> fromJson(JsonReader& r);
};

struct SingleActionAppTool {
    QString id;
    QString name; // "func_" + id; the key for the detail call
    QString displayName;
    QString description;
    QList<ToolParameter> inputs;
    QJsonObject raw;

    static std::optional<SingleActionAppTool> fromJson(JsonReader& r);
};

// The agent tool schema is an open object: the typed part is what the spec names, `raw`
// keeps everything for the JSON view.
struct AgentTool {
    QString id;
    QString name;
    QString displayName;
    QString description;
    QString projectId;
    std::optional<bool> published;
    QList<ToolParameter> variables;
    QJsonObject raw;

    static std::optional<AgentTool> fromJson(JsonReader& r);
};

struct OAuth2Information {
    QString id;
    QString hubId;
    QString configurationName;
    QString authorizationUrl;
    QString tokenUrl;
    QString clientId;
    QString clientSecret;
    QStringList scope;
    QString redirectUri;
    QString placeAccessToken;
    QString placeExpiresIn;
    QString placeRefreshToken;
    QString placeTokenType;
    QJsonObject headers;
    QJsonObject additional;
    QJsonObject tokenInfo;
    std::optional<double> tokenGenerated;
    QString state;
    QString codeVerifier;
    QJsonObject raw;

    static std::optional<OAuth2Information> fromJson(JsonReader& r);
};

struct OAuth2TokenUpdate {
    QString state;
    std::optional<QJsonObject> tokenInfo;
    std::optional<double> tokenGenerated;
    QJsonObject toJson() const;
};

struct AgentManagementRequest {
    QString email;
    bool deleteFlag = false;
    QString password; // create only
    QString locale; // two-letter ISO 639-1, create only
    QString permissionGroupId;
    QString permissionGroupName;
    QJsonObject toJson() const;
};

struct AgentManagementResult {
    QString id;
    QString status; // "created" or "deleted"
    static std::optional<AgentManagementResult> fromJson(JsonReader& r);
};

// The result of calls whose 200 carries only `success` (or nothing useful).
struct Acknowledgement {
    bool success = true;
    static std::optional<Acknowledgement> fromJson(JsonReader& r);
};

} // namespace Alli
