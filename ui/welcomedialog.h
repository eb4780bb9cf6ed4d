#pragma once
// Shown when no connection exists yet: try the embedded demo project, or connect to Alli.

#include <QDialog>

class QLabel;
class QPushButton;

namespace Alli
{

class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { None, Demo, Connect };
    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Choice m_choice = None;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_demo;
    QLabel* m_demoText;
    QPushButton* m_connect;
    QLabel* m_connectText;
};

} // namespace Alli
