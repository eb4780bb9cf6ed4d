#include "jsonview.h"

#include "fieldtreemodel.h"
#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

JsonView::JsonView(QWidget* parent)
    : QWidget(parent)
    , m_model(new FieldTreeModel(this))
    , m_stack(new QStackedWidget)
    , m_tree(new QTreeView)
    , m_text(new QPlainTextEdit)
    , m_search(new QLineEdit)
    , m_matchLabel(new QLabel)
    , m_previous(new QToolButton)
    , m_next(new QToolButton)
    , m_expand(new QToolButton)
    , m_collapse(new QToolButton)
    , m_copy(new QToolButton)
{
    m_tree->setObjectName(u"jsonTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(int(FieldTreeModel::Column::Key), QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(int(FieldTreeModel::Column::Value), QHeaderView::Stretch);
    // As wide as the widest type name (fitTypeColumn): measured from the rows, it was measured
    // from the top level only, and an "object" below cut off in Japanese.
    m_tree->header()->setSectionResizeMode(int(FieldTreeModel::Column::Type), QHeaderView::Fixed);
    m_tree->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setObjectName(u"jsonText"_s);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_text);

    m_search->setObjectName(u"jsonSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    m_matchLabel->setObjectName(u"jsonMatches"_s);
    m_previous->setObjectName(u"jsonPrevious"_s);
    m_previous->setIcon(Icons::icon(u"go-up"_s));
    m_next->setObjectName(u"jsonNext"_s);
    m_next->setIcon(Icons::icon(u"go-down"_s));
    // Icons only for these two (their names are the tooltip and what a screen reader says), so
    // that the bar fits a narrow detail pane.
    m_expand->setObjectName(u"jsonExpandAll"_s);
    m_expand->setIcon(Icons::icon(u"expand-all"_s));
    m_collapse->setObjectName(u"jsonCollapseAll"_s);
    m_collapse->setIcon(Icons::icon(u"collapse-all"_s));
    m_copy->setObjectName(u"jsonCopy"_s);
    m_copy->setIcon(Icons::icon(u"edit-copy"_s));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // The search runs on committed text only (an input method's preedit is not in text()).
    connect(m_search, &QLineEdit::textChanged, this, &JsonView::find);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_previous, &QToolButton::clicked, this, &JsonView::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &JsonView::findNext);
    connect(m_expand, &QToolButton::clicked, this, &JsonView::expandAll);
    connect(m_collapse, &QToolButton::clicked, this, &JsonView::collapseAll);
    connect(m_copy, &QToolButton::clicked, this, &JsonView::copyAsText);
    auto* next = new QShortcut(QKeySequence::FindNext, this, this, &JsonView::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto* previous = new QShortcut(QKeySequence::FindPrevious, this, this, &JsonView::findPrevious);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    auto* focusSearch = new QShortcut(QKeySequence::Find, this, m_search, [this] { m_search->setFocus(); });
    focusSearch->setContext(Qt::WidgetWithChildrenShortcut);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addSpacing(8);
    bar->addWidget(m_expand);
    bar->addWidget(m_collapse);
    bar->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    // No focus proxy: in Qt 6.4 Tab skips the children of a widget that has one (the search and
    // the buttons here), and stops dead when the proxy is hidden (the tree, while text is shown).
    // Tab goes search, buttons, then the tree or the text, whichever is shown.
    retranslateUi();
    clear();
}

void JsonView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Find in keys and values"));
    m_search->setAccessibleName(tr("Find in the JSON"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_expand->setText(tr("Expand all"));
    m_expand->setToolTip(tr("Expand all"));
    m_expand->setAccessibleName(tr("Expand all"));
    m_collapse->setText(tr("Collapse all"));
    m_collapse->setToolTip(tr("Collapse all"));
    m_collapse->setAccessibleName(tr("Collapse all"));
    m_copy->setText(tr("Copy as text"));
    m_copy->setToolTip(tr("Copies the selected member, or everything when nothing is selected, as "
                          "indented JSON; secret values stay masked."));
    m_tree->setAccessibleName(tr("JSON members"));
    m_text->setAccessibleName(tr("Body as text"));
    fitTypeColumn();
    m_model->retranslate();
    updateMatchLabel();
}

void JsonView::fitTypeColumn()
{
    const int column = int(FieldTreeModel::Column::Type);
    const QFontMetrics metrics(m_tree->font());
    const int padding = 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 12;
    // The header's own title, in the header's font.
    int width = m_tree->header()->fontMetrics().horizontalAdvance(
                    m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
        + padding + m_tree->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_tree->header()) * 2;
    for (const QJsonValue& kind : { QJsonValue(u""_s), QJsonValue(0), QJsonValue(true),
             QJsonValue(QJsonValue::Null), QJsonValue(QJsonObject()), QJsonValue(QJsonArray()) })
        width = std::max(width, metrics.horizontalAdvance(FieldTreeModel::typeName(kind)) + padding);
    m_tree->header()->resizeSection(column, width);
}

void JsonView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitTypeColumn();
    QWidget::changeEvent(event);
}

void JsonView::setPlaceholderText(const QString& text)
{
    m_text->setPlaceholderText(text);
}

void JsonView::setBody(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        setValue(document.object());
    else if (error.error == QJsonParseError::NoError && document.isArray())
        setValue(document.array());
    else {
        m_model->clear();
        m_text->setPlainText(QString::fromUtf8(body));
        m_stack->setCurrentWidget(m_text);
        find(m_search->text());
    }
}

void JsonView::setValue(const QJsonValue& value)
{
    if (!value.isObject() && !value.isArray()) {
        setBody(QJsonDocument::fromVariant(value.toVariant()).toJson());
        return;
    }
    m_model->setValue(value);
    m_text->clear();
    m_stack->setCurrentWidget(m_tree);
    // Small documents open unfolded; large ones show their first level.
    if (m_model->rowCount() <= 40)
        m_tree->expandToDepth(1);
    find(m_search->text());
}

void JsonView::clear()
{
    m_model->clear();
    m_text->clear();
    m_stack->setCurrentWidget(m_text);
    find(m_search->text());
}

bool JsonView::isShowingTree() const
{
    return m_stack->currentWidget() == m_tree;
}

void JsonView::collectMatches(
    const FieldTreeModel* model, const QModelIndex& parent, const QString& needle, QModelIndexList& out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex key = model->index(row, int(FieldTreeModel::Column::Key), parent);
        const QModelIndex value = model->index(row, int(FieldTreeModel::Column::Value), parent);
        const bool container = model->hasChildren(key);
        // A masked value is searched as it is shown, never in clear text.
        if (key.data(FieldTreeModel::KeyRole).toString().contains(needle, Qt::CaseInsensitive)
            || key.data().toString().contains(needle, Qt::CaseInsensitive)
            || (!container && value.data().toString().contains(needle, Qt::CaseInsensitive)))
            out.append(key);
        if (container)
            collectMatches(model, key, needle, out);
    }
}

void JsonView::find(const QString& text)
{
    m_matches.clear();
    m_current = -1;
    if (!text.isEmpty() && isShowingTree())
        collectMatches(m_model, {}, text, m_matches);
    else if (!text.isEmpty()) {
        // Plain text: QPlainTextEdit's own find, from the top.
        m_text->moveCursor(QTextCursor::Start);
        if (m_text->find(text))
            m_current = 0;
    }
    if (!m_matches.isEmpty())
        showMatch(0);
    updateMatchLabel();
}

void JsonView::findNext()
{
    if (!isShowingTree()) {
        if (!m_search->text().isEmpty() && !m_text->find(m_search->text())) {
            m_text->moveCursor(QTextCursor::Start);
            m_text->find(m_search->text());
        }
        return;
    }
    if (!m_matches.isEmpty())
        showMatch((m_current + 1) % int(m_matches.size()));
}

void JsonView::findPrevious()
{
    if (!isShowingTree()) {
        if (!m_search->text().isEmpty() && !m_text->find(m_search->text(), QTextDocument::FindBackward)) {
            m_text->moveCursor(QTextCursor::End);
            m_text->find(m_search->text(), QTextDocument::FindBackward);
        }
        return;
    }
    if (!m_matches.isEmpty())
        showMatch((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
}

void JsonView::showMatch(int which)
{
    m_current = which;
    const QModelIndex index = m_matches.at(which);
    // Opens every folded member above the match.
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    updateMatchLabel();
}

void JsonView::updateMatchLabel()
{
    if (m_search->text().isEmpty())
        m_matchLabel->clear();
    else if (!isShowingTree())
        m_matchLabel->setText(m_current < 0 ? tr("Not found") : QString());
    else if (m_matches.isEmpty())
        m_matchLabel->setText(tr("Not found"));
    else
        m_matchLabel->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
    const bool several = m_matches.size() > 1 || (!isShowingTree() && m_current >= 0);
    m_previous->setEnabled(several);
    m_next->setEnabled(several);
    m_expand->setEnabled(isShowingTree());
    m_collapse->setEnabled(isShowingTree());
}

QString JsonView::textToCopy() const
{
    if (!isShowingTree())
        return m_text->toPlainText();
    const auto indented = [](const QJsonValue& value) {
        const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    };
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        // Everything: the top-level members make the document again.
        QJsonObject object;
        QJsonArray array;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex k = m_model->index(row, int(FieldTreeModel::Column::Key));
            const QString name = k.data(FieldTreeModel::KeyRole).toString();
            const QJsonValue v
                = m_model->maskedValue(k.data(FieldTreeModel::JsonValueRole).value<QJsonValue>(),
                    k.data(FieldTreeModel::SecretRole).toBool());
            if (m_model->object().isEmpty() && name.startsWith(u'['))
                array.append(v);
            else
                object.insert(name, v);
        }
        return indented(array.isEmpty() ? QJsonValue(object) : QJsonValue(array));
    }
    const QModelIndex keyIndex = current.siblingAtColumn(int(FieldTreeModel::Column::Key));
    const QJsonValue masked
        = m_model->maskedValue(keyIndex.data(FieldTreeModel::JsonValueRole).value<QJsonValue>(),
            keyIndex.data(FieldTreeModel::SecretRole).toBool());
    const QString key = keyIndex.data(FieldTreeModel::KeyRole).toString();
    // A member keeps its name ({"key": value}); an array element is the value alone.
    if (keyIndex.parent().isValid()
            ? keyIndex.parent().data(FieldTreeModel::JsonValueRole).value<QJsonValue>().isArray()
            : m_model->object().isEmpty()) {
        if (masked.isObject() || masked.isArray())
            return indented(masked);
        const QByteArray wrapped = QJsonDocument(QJsonArray { masked }).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    return indented(QJsonObject { { key, masked } });
}

void JsonView::copyAsText()
{
    QApplication::clipboard()->setText(textToCopy());
}

void JsonView::expandAll()
{
    m_tree->expandAll();
}

void JsonView::collapseAll()
{
    m_tree->collapseAll();
}

} // namespace Alli
