#include "permissionlabels.h"

#include "permissioncatalog.h"

#include <QCoreApplication>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace Alli::PermissionLabels
{

namespace
{

    struct Entry {
        const char* key;
        const char* label;
    };

    constexpr char kPermissionContext[] = "Alli::Permission";
    constexpr char kCategoryContext[] = "Alli::PermissionCategory";

    // The English text is the translation source; lupdate picks it up from QT_TRANSLATE_NOOP.
    constexpr Entry kPermissions[] = {
        { "dashboard_accessible", QT_TRANSLATE_NOOP("Alli::Permission", "Open the dashboard") },
        { "skill_read", QT_TRANSLATE_NOOP("Alli::Permission", "View skills") },
        { "skill_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit skills") },
        { "skill_popup_url_generation", QT_TRANSLATE_NOOP("Alli::Permission", "Generate skill pop-up URLs") },
        { "llm_app_read", QT_TRANSLATE_NOOP("Alli::Permission", "View LLM apps") },
        { "llm_app_create", QT_TRANSLATE_NOOP("Alli::Permission", "Create LLM apps") },
        { "user_page_access", QT_TRANSLATE_NOOP("Alli::Permission", "Open the Users page") },
        { "user_editable", QT_TRANSLATE_NOOP("Alli::Permission", "Edit users") },
        { "user_download", QT_TRANSLATE_NOOP("Alli::Permission", "Download users") },
        { "conversations_read", QT_TRANSLATE_NOOP("Alli::Permission", "View conversations") },
        { "agent_assignable", QT_TRANSLATE_NOOP("Alli::Permission", "Assign agents to conversations") },
        { "conversation_state_write", QT_TRANSLATE_NOOP("Alli::Permission", "Change conversation status") },
        { "delete_chat_message", QT_TRANSLATE_NOOP("Alli::Permission", "Delete chat messages") },
        { "delete_agent_chat_message", QT_TRANSLATE_NOOP("Alli::Permission", "Delete agent chat messages") },
        { "consversation_download", QT_TRANSLATE_NOOP("Alli::Permission", "Download conversations") },
        { "smalltalk_read", QT_TRANSLATE_NOOP("Alli::Permission", "View small talk") },
        { "smalltalk_editable", QT_TRANSLATE_NOOP("Alli::Permission", "Edit small talk") },
        { "document_page_access", QT_TRANSLATE_NOOP("Alli::Permission", "Open the Documents page") },
        { "knowledge_base_editable", QT_TRANSLATE_NOOP("Alli::Permission", "Edit the knowledge base") },
        { "knowledge_base_add_folder_write",
            QT_TRANSLATE_NOOP("Alli::Permission", "Add knowledge base folders") },
        { "document_knowledge_refinery_write",
            QT_TRANSLATE_NOOP("Alli::Permission", "Refine document knowledge") },
        { "knowledge_base_page_access",
            QT_TRANSLATE_NOOP("Alli::Permission", "Open the Knowledge base page") },
        { "faq_editable", QT_TRANSLATE_NOOP("Alli::Permission", "Edit FAQs") },
        { "faq_train_write", QT_TRANSLATE_NOOP("Alli::Permission", "Train FAQs") },
        { "faq_setting_read", QT_TRANSLATE_NOOP("Alli::Permission", "View FAQ settings") },
        { "faq_setting_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit FAQ settings") },
        { "faq_add_folder_write", QT_TRANSLATE_NOOP("Alli::Permission", "Add FAQ folders") },
        { "feedback_management_read", QT_TRANSLATE_NOOP("Alli::Permission", "View feedback") },
        { "clue_feedback_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit clue feedback") },
        { "answer_feedback_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit answer feedback") },
        { "query_history_redactable", QT_TRANSLATE_NOOP("Alli::Permission", "Redact query history") },
        { "knowledge_base_history_read",
            QT_TRANSLATE_NOOP("Alli::Permission", "View knowledge base history") },
        { "faq_history_read", QT_TRANSLATE_NOOP("Alli::Permission", "View FAQ history") },
        { "query_training_read", QT_TRANSLATE_NOOP("Alli::Permission", "View query training") },
        { "query_training_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit query training") },
        { "faq_auto_tagging_read", QT_TRANSLATE_NOOP("Alli::Permission", "View FAQ auto-tagging") },
        { "faq_auto_tagging_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit FAQ auto-tagging") },
        { "doc_source_read", QT_TRANSLATE_NOOP("Alli::Permission", "View document sources") },
        { "doc_source_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit document sources") },
        { "knowledge_base_setting_read",
            QT_TRANSLATE_NOOP("Alli::Permission", "View knowledge base settings") },
        { "knowledge_base_setting_write",
            QT_TRANSLATE_NOOP("Alli::Permission", "Edit knowledge base settings") },
        { "knowledge_refinery_setting_read",
            QT_TRANSLATE_NOOP("Alli::Permission", "View knowledge refinery settings") },
        { "knowledge_refinery_setting_write",
            QT_TRANSLATE_NOOP("Alli::Permission", "Edit knowledge refinery settings") },
        { "knowledge_base_train_write", QT_TRANSLATE_NOOP("Alli::Permission", "Train the knowledge base") },
        { "entity_extraction_read", QT_TRANSLATE_NOOP("Alli::Permission", "View entity extraction") },
        { "entity_extraction_editable", QT_TRANSLATE_NOOP("Alli::Permission", "Edit entity extraction") },
        { "entity_extraction_download",
            QT_TRANSLATE_NOOP("Alli::Permission", "Download entity extraction results") },
        { "training_schedule_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit the training schedule") },
        { "google_domain_allowlist_read",
            QT_TRANSLATE_NOOP("Alli::Permission", "View the Google domain allowlist") },
        { "google_domain_allowlist_write",
            QT_TRANSLATE_NOOP("Alli::Permission", "Edit the Google domain allowlist") },
        { "analytics_page_access", QT_TRANSLATE_NOOP("Alli::Permission", "Open the Analytics page") },
        { "redact_keyword_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit redaction keywords") },
        { "analytics_download", QT_TRANSLATE_NOOP("Alli::Permission", "Download analytics") },
        { "project_setting_page_access", QT_TRANSLATE_NOOP("Alli::Permission", "Open the project settings") },
        { "project_setting_read", QT_TRANSLATE_NOOP("Alli::Permission", "View project settings") },
        { "project_setting_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit project settings") },
        { "project_setting_general_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit general settings") },
        { "project_setting_api_key_write", QT_TRANSLATE_NOOP("Alli::Permission", "Manage API keys") },
        { "office_hours_editable", QT_TRANSLATE_NOOP("Alli::Permission", "Edit office hours") },
        { "faq_custom_columns_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit FAQ custom columns") },
        { "dashboard_whitelist_write",
            QT_TRANSLATE_NOOP("Alli::Permission", "Edit the dashboard allowlist") },
        { "sdk_whitelist_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit the SDK allowlist") },
        { "api_whitelist_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit the API allowlist") },
        { "files_whitelist_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit the file allowlist") },
        { "account_policy_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit the account policy") },
        { "oidc_clients_write", QT_TRANSLATE_NOOP("Alli::Permission", "Manage OIDC clients") },
        { "conversations_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit conversations") },
        { "billing", QT_TRANSLATE_NOOP("Alli::Permission", "Manage billing") },
        { "integrations_read", QT_TRANSLATE_NOOP("Alli::Permission", "View integrations") },
        { "integrations_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit integrations") },
        { "dashboard_order_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit the dashboard order") },
        { "advanced_setting_read", QT_TRANSLATE_NOOP("Alli::Permission", "View advanced settings") },
        { "manage_agent_read", QT_TRANSLATE_NOOP("Alli::Permission", "View agents") },
        { "manage_agent_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit agents") },
        { "agent_invitable", QT_TRANSLATE_NOOP("Alli::Permission", "Invite agents") },
        { "agent_action_log_download_read",
            QT_TRANSLATE_NOOP("Alli::Permission", "Download agent action logs") },
        { "approver_group_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit approver groups") },
        { "ai_workflow_read", QT_TRANSLATE_NOOP("Alli::Permission", "View AI workflows") },
        { "ai_workflow_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit AI workflows") },
        { "prompt_management_read", QT_TRANSLATE_NOOP("Alli::Permission", "View prompt management") },
        { "project_scope_prompt_read", QT_TRANSLATE_NOOP("Alli::Permission", "View project prompts") },
        { "project_scope_prompt_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit project prompts") },
        { "announcement_read", QT_TRANSLATE_NOOP("Alli::Permission", "View announcements") },
        { "announcement_write", QT_TRANSLATE_NOOP("Alli::Permission", "Edit announcements") },
    };

    constexpr Entry kCategories[] = {
        { "dashboard", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Dashboard") },
        { "skills", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Skills") },
        { "llmApps", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "LLM apps") },
        { "users", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Users") },
        { "conversations", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Conversations") },
        { "smalltalk", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Small talk") },
        { "knowledgeBase", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Knowledge base") },
        { "faq", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "FAQ") },
        { "feedback", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Feedback") },
        { "analytics", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Analytics") },
        { "training", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Training") },
        { "entities", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Entities") },
        { "projectSettings", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Project settings") },
        { "integrations", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Integrations") },
        { "agents", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Agents") },
        { "aiWorkflow", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "AI workflows") },
        { "prompts", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Prompts") },
        { "announcements", QT_TRANSLATE_NOOP("Alli::PermissionCategory", "Announcements") },
    };

    // ~100 entries, looked up while painting a tree of the same size: a linear scan is fine.
    template<std::size_t N> const char* find(const Entry (&table)[N], QStringView key)
    {
        for (const Entry& e : table) {
            if (QLatin1StringView(e.key) == key)
                return e.label;
        }
        return nullptr;
    }

    // The catalog names the label by `labelKey` (equal to the wire name today); fall back to the name.
    const char* permissionSource(QStringView permission)
    {
        const PermissionInfo* info = PermissionCatalog::instance().find(permission);
        if (info && !info->labelKey.isEmpty()) {
            if (const char* source = find(kPermissions, info->labelKey))
                return source;
        }
        return find(kPermissions, permission);
    }

} // namespace

QString label(QStringView permission)
{
    const char* source = permissionSource(permission);
    return source ? QCoreApplication::translate(kPermissionContext, source) : permission.toString();
}

QString categoryLabel(QStringView category)
{
    const char* source = find(kCategories, category);
    return source ? QCoreApplication::translate(kCategoryContext, source) : category.toString();
}

QString labelWithName(QStringView permission)
{
    return label(permission) + u" ("_s + permission + u')';
}

QString sourceLabel(QStringView permission)
{
    const char* source = permissionSource(permission);
    return source ? QString::fromLatin1(source) : QString();
}

QString sourceCategoryLabel(QStringView category)
{
    const char* source = find(kCategories, category);
    return source ? QString::fromLatin1(source) : QString();
}

QStringList missingLabels()
{
    const PermissionCatalog& catalog = PermissionCatalog::instance();
    QStringList missing;
    for (const PermissionInfo& info : catalog.permissions()) {
        if (!permissionSource(info.name))
            missing.append(info.name);
    }
    const QStringList categories = catalog.categories();
    for (const QString& category : categories) {
        if (!find(kCategories, category))
            missing.append(category);
    }
    return missing;
}

} // namespace Alli::PermissionLabels
