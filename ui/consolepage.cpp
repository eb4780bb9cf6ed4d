#include "consolepage.h"

#include "errorbanner.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

ConsolePage::ConsolePage(AlliClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_banner(new ErrorBanner(this))
{
    connect(m_banner, &ErrorBanner::credentialsRequested, this, &ConsolePage::credentialsRequested);
}

ConsolePage::DataAreas ConsolePage::areasChangedBy(QStringView operationId)
{
    if (operationId == u"bulkUsers")
        return DataArea::Users;
    // Members are agents of the project and members of groups (with member counts).
    if (operationId == u"inviteMembers" || operationId == u"updateMemberGroups"
        || operationId == u"removeMembers" || operationId == u"manageAgent")
        return DataArea::Agents | DataArea::Groups;
    if (operationId == u"createPermissionGroup" || operationId == u"deletePermissionGroup"
        || operationId == u"renamePermissionGroup" || operationId == u"updatePermissionGroupPermissions")
        return DataArea::Groups;
    if (operationId == u"updateOAuth2Information")
        return DataArea::OAuth2;
    return {}; // reads (getOAuth2Information is a POST that changes nothing)
}

void ConsolePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit titleChanged();
    }
    QWidget::changeEvent(event);
}

// By default every splitter and every table/tree header of the page is remembered, by object name.
void ConsolePage::saveState(QSettings& settings) const
{
    settings.beginGroup(u"pages/"_s + pageId());
    const auto splitters = findChildren<QSplitter*>();
    for (const QSplitter* s : splitters) {
        if (!s->objectName().isEmpty())
            settings.setValue(u"splitter/"_s + s->objectName(), s->saveState());
    }
    const auto tables = findChildren<QTableView*>();
    for (const QTableView* t : tables) {
        if (!t->objectName().isEmpty())
            settings.setValue(u"header/"_s + t->objectName(), t->horizontalHeader()->saveState());
    }
    const auto trees = findChildren<QTreeView*>();
    for (const QTreeView* t : trees) {
        if (!t->objectName().isEmpty())
            settings.setValue(u"header/"_s + t->objectName(), t->header()->saveState());
    }
    settings.endGroup();
}

void ConsolePage::restoreState(QSettings& settings)
{
    settings.beginGroup(u"pages/"_s + pageId());
    const auto splitters = findChildren<QSplitter*>();
    for (QSplitter* s : splitters) {
        const QByteArray state = settings.value(u"splitter/"_s + s->objectName()).toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    }
    const auto tables = findChildren<QTableView*>();
    for (QTableView* t : tables) {
        const QByteArray state = settings.value(u"header/"_s + t->objectName()).toByteArray();
        if (!state.isEmpty())
            t->horizontalHeader()->restoreState(state);
    }
    const auto trees = findChildren<QTreeView*>();
    for (QTreeView* t : trees) {
        const QByteArray state = settings.value(u"header/"_s + t->objectName()).toByteArray();
        if (!state.isEmpty())
            t->header()->restoreState(state);
    }
    settings.endGroup();
}

} // namespace Alli
