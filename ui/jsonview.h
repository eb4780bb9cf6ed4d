#pragma once
// JSON as people read it, wherever the console shows a body or a raw object (the activity log's
// request and response, a tool's raw object, the OAuth2 token info): a tree that folds (Expand
// all, Collapse all, or one member at a time), a search over keys and values that opens the
// folded members it finds (Enter / F3 next, Shift+Enter / Shift+F3 previous, "2 of 5"), and "Copy
// as text" (the selected member, or everything, indented). Secret members (Redactor::isSecretKey,
// and everything under them) are masked in the tree and in the copied text. A body that is not
// JSON (an HTML page from a proxy, a truncated answer) is shown as it came, as text.

#include <QJsonValue>
#include <QModelIndexList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Alli
{

class FieldTreeModel;

class JsonView : public QWidget
{
    Q_OBJECT
public:
    explicit JsonView(QWidget* parent = nullptr);

    // A body as it came: JSON (object or array) is shown as a tree, anything else as text.
    void setBody(const QByteArray& body);
    void setValue(const QJsonValue& value);
    void setPlaceholderText(const QString& text);
    void clear();

    bool isShowingTree() const;
    FieldTreeModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchField() const { return m_search; }

    // The search: matches in tree order (key or value contains the text, case-insensitive).
    void find(const QString& text);
    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // -1 when none

    // The selected member (or everything when nothing is selected), indented, secrets masked.
    QString textToCopy() const;
    void copyAsText();
    void expandAll();
    void collapseAll();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fitTypeColumn(); // as wide as the widest type name in this language
    void showMatch(int which);
    void updateMatchLabel();
    static void collectMatches(
        const FieldTreeModel* model, const QModelIndex& parent, const QString& needle, QModelIndexList& out);

    FieldTreeModel* m_model;
    QStackedWidget* m_stack;
    QTreeView* m_tree;
    QPlainTextEdit* m_text;
    QLineEdit* m_search;
    QLabel* m_matchLabel;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_expand;
    QToolButton* m_collapse;
    QToolButton* m_copy;
    QModelIndexList m_matches;
    int m_current = -1;
};

} // namespace Alli
