#pragma once
// Every request made this session, with secrets redacted; the selected request's bodies; and
// "Copy as curl" with $ALLI_API_KEY in place of the key.

#include "consolepage.h"

class QCheckBox;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Alli
{

class ViewOverlay;

class ActivityLogModel;
class JsonView;

class ActivityPage : public ConsolePage
{
    Q_OBJECT
public:
    // A request or response body for reading: JSON indented, anything else as it came.
    static QString readableBody(const QByteArray& body);
    explicit ActivityPage(AlliClient* client, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("activity"); }
    QString title() const override { return tr("Activity"); }
    QString iconName() const override { return QStringLiteral("network-transmit-receive"); }
    ActivityLogModel* model() const { return m_model; }
    // {"errorsOnly": true} ticks "Errors only".
    void showFiltered(const QVariantMap& filter) override;
    bool errorsOnly() const;

protected:
    void retranslateUi() override;

private:
    void showDetails();
    void copyAsCurl();
    void updateOverlay();

    ActivityLogModel* m_model;
    QTableView* m_view;
    QPlainTextEdit* m_details;
    QTabWidget* m_detailTabs;
    JsonView* m_requestJson;
    JsonView* m_responseJson;
    QPushButton* m_copyCurl;
    QCheckBox* m_errorsOnly;
    QSortFilterProxyModel* m_proxy = nullptr;
    ViewOverlay* m_overlay = nullptr;
};

} // namespace Alli
