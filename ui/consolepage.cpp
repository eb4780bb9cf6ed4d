#include "consolepage.h"

#include "errorbanner.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace Alli {

ConsolePage::ConsolePage(AlliClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_banner(new ErrorBanner(this))
{
    connect(m_banner, &ErrorBanner::credentialsRequested, this, &ConsolePage::credentialsRequested);
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
