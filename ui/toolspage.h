#pragma once
// Single-action app tools and agent tools on one page: both lists load in parallel into one
// table with a Kind column, filtered by kind and text. The selected tool's detail shows its
// inputs or variables, the published flag (agent tools) and the raw JSON object.

#include "apireply.h"
#include "consolepage.h"
#include "toollistmodel.h"

#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTreeView;

namespace Alli
{

class ViewOverlay;

class JsonView;
class FieldTreeModel;

class ToolsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit ToolsPage(AlliClient* client, QWidget* parent = nullptr);
    ~ToolsPage() override;

    QString pageId() const override { return QStringLiteral("tools"); }
    QString title() const override { return tr("Tools"); }
    QString iconName() const override { return QStringLiteral("applications-utilities"); }

    void activate() override;
    void refresh() override;
    void focusFilter() override;

    ToolListModel* model() const { return m_model; }
    ToolFilterProxyModel* proxy() const { return m_proxy; }
    FieldTreeModel* rawModel() const;
    bool isLoading() const { return m_appsReply || m_agentsReply; }
    bool isLoadingDetail() const { return bool(m_detailReply); }

protected:
    void retranslateUi() override;

private:
    void onCurrentChanged();
    void loadDetail(ToolListModel::Kind kind, const QString& toolName);
    void showSingleActionApp(const SingleActionAppTool& tool, bool complete);
    void showAgentTool(const AgentTool& tool, bool complete);
    void showCommon(ToolListModel::Kind kind, const QString& displayName, const QString& name,
        const QString& id, const QString& description, const QList<ToolParameter>& parameters,
        const QJsonObject& raw);
    void clearDetail();
    void updateStatus();
    void updateDetailTexts();
    void listFinished();

    ToolListModel* m_model;
    ToolFilterProxyModel* m_proxy;
    ViewOverlay* m_overlay = nullptr;

    QComboBox* m_kindFilter;
    QLabel* m_textFilterLabel;
    QLineEdit* m_textFilter;
    QLabel* m_status;
    QSplitter* m_splitter;
    QTableView* m_view;

    QWidget* m_detail;
    QLabel* m_detailTitle;
    QFormLayout* m_form;
    QLabel* m_kindCaption;
    QLabel* m_kindValue;
    QLabel* m_nameCaption;
    QLabel* m_nameValue;
    QLabel* m_idCaption;
    QLabel* m_idValue;
    QLabel* m_publishedCaption;
    QLabel* m_publishedValue;
    QLabel* m_descriptionCaption;
    QLabel* m_descriptionValue;
    QLabel* m_detailStatus;
    QTabWidget* m_tabs;
    QTableWidget* m_parameters;
    JsonView* m_rawView;
    QPlainTextEdit* m_rawJson;

    QPointer<ApiReply> m_appsReply;
    QPointer<ApiReply> m_agentsReply;
    QPointer<ApiReply> m_detailReply;
    bool m_loaded = false;
    bool m_listFailed = false;
    bool m_modelUpdating = false; // rows replaced by a reload: the current row vanishes briefly
    // What the detail pane shows, so that a reload can select it again.
    std::optional<ToolListModel::Kind> m_detailKind;
    QString m_detailName;
    std::optional<bool> m_detailPublished;
    bool m_detailComplete = false;
};

} // namespace Alli
