// FieldTreeModel (a JSON object as a key/value/type tree with masked secrets) and ToolListModel
// with its kind/text filter proxy, each under QAbstractItemModelTester.

#include "fieldtreemodel.h"
#include "toollistmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

QJsonObject sampleObject()
{
    return QJsonObject {
        { u"client_id"_s, u"abc"_s },
        { u"client_secret"_s, u"s3cret"_s },
        { u"token_generated"_s, 1714521600.0 },
        { u"ratio"_s, 0.25 },
        { u"enabled"_s, true },
        { u"nothing"_s, QJsonValue::Null },
        { u"scope"_s, QJsonArray { u"openid"_s, u"email"_s } },
        { u"headers"_s, QJsonObject { { u"Accept"_s, u"application/json"_s } } },
        { u"token_info"_s, QJsonObject { { u"access_token"_s, u"at-1"_s }, { u"expires_in"_s, 3600 } } },
        { u"nested"_s, QJsonArray { QJsonObject { { u"name"_s, u"x"_s } }, QJsonArray { 1, 2 } } },
    };
}

QString value(const QModelIndex& keyIndex)
{
    return keyIndex.siblingAtColumn(int(FieldTreeModel::Column::Value)).data().toString();
}

ToolParameter parameter(const QString& name)
{
    ToolParameter p;
    p.name = name;
    p.type = u"text"_s;
    p.required = true;
    return p;
}

SingleActionAppTool app(const QString& id, const QString& displayName, const QString& input = {})
{
    SingleActionAppTool t;
    t.id = id;
    t.name = u"func_"_s + id;
    t.displayName = displayName;
    t.description = u"An app"_s;
    if (!input.isEmpty())
        t.inputs << parameter(input);
    return t;
}

AgentTool agent(const QString& id, const QString& displayName, bool published)
{
    AgentTool t;
    t.id = id;
    t.name = u"func_"_s + id;
    t.displayName = displayName;
    t.description = u"An agent"_s;
    t.published = published;
    return t;
}

} // namespace

class TestToolsModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldTreeShowsEveryFieldNested()
    {
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObject(sampleObject());

        QCOMPARE(model.rowCount(), sampleObject().size());
        QCOMPARE(model.columnCount(), int(FieldTreeModel::Column::Count));
        QCOMPARE(value(model.indexOfKey(u"client_id"_s)), u"abc"_s);
        QCOMPARE(value(model.indexOfKey(u"token_generated"_s)), u"1714521600"_s);
        QCOMPARE(value(model.indexOfKey(u"ratio"_s)), u"0.25"_s);
        QCOMPARE(value(model.indexOfKey(u"enabled"_s)), u"true"_s);
        QCOMPARE(value(model.indexOfKey(u"nothing"_s)), u"null"_s);
        QCOMPARE(value(model.indexOfKey(u"scope"_s)), u"openid, email"_s);

        const QModelIndex headers = model.indexOfKey(u"headers"_s);
        QCOMPARE(model.rowCount(headers), 1);
        const QModelIndex accept = model.index(0, 0, headers);
        QCOMPARE(accept.data().toString(), u"Accept"_s);
        QCOMPARE(value(accept), u"application/json"_s);
        QCOMPARE(accept.data(FieldTreeModel::PathRole).toString(), u"headers.Accept"_s);
        QCOMPARE(model.parent(accept), headers);

        const QModelIndex nested = model.indexOfKey(u"nested"_s);
        QCOMPARE(model.rowCount(nested), 2);
        QCOMPARE(model.index(1, 0, nested).data().toString(), u"[1]"_s);
        QCOMPARE(model.index(1, 0, nested).data(FieldTreeModel::PathRole).toString(), u"nested[1]"_s);
        QCOMPARE(model.rowCount(model.index(1, 0, nested)), 2);
        // Only the first column has children.
        QCOMPARE(model.rowCount(nested.siblingAtColumn(1)), 0);

        QCOMPARE(model.indexOfKey(u"headers"_s)
                     .siblingAtColumn(int(FieldTreeModel::Column::Type))
                     .data()
                     .toString(),
            FieldTreeModel::typeName(QJsonObject()));
        QVERIFY(!model.indexOfKey(u"missing"_s).isValid());

        model.setObject(QJsonObject { { u"only"_s, 1 } });
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void fieldTreeMasksSecretsUntilRevealed()
    {
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObject(sampleObject());
        const QString mask = FieldTreeModel::kMask.toString();

        const QModelIndex secret = model.indexOfKey(u"client_secret"_s);
        QVERIFY(secret.data(FieldTreeModel::SecretRole).toBool());
        QVERIFY(secret.siblingAtColumn(1).data(FieldTreeModel::MaskedRole).toBool());
        QCOMPARE(value(secret), mask);
        QCOMPARE(secret.siblingAtColumn(1).data(Qt::ToolTipRole).toString(), mask);
        QVERIFY(!model.indexOfKey(u"client_id"_s).data(FieldTreeModel::SecretRole).toBool());
        QVERIFY(!model.indexOfKey(u"token_generated"_s).data(FieldTreeModel::SecretRole).toBool());

        // Secrecy is inherited by everything under a secret key.
        const QModelIndex tokenInfo = model.indexOfKey(u"token_info"_s);
        QCOMPARE(value(tokenInfo), mask);
        QCOMPARE(model.rowCount(tokenInfo), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(value(model.index(r, 0, tokenInfo)), mask);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRevealed(true);
        QVERIFY(changed.count() > 0);
        QCOMPARE(value(secret), u"s3cret"_s);
        QVERIFY(!secret.siblingAtColumn(1).data(FieldTreeModel::MaskedRole).toBool());
        QStringList children;
        for (int r = 0; r < 2; ++r)
            children << value(model.index(r, 0, tokenInfo));
        children.sort();
        QCOMPARE(children, (QStringList { u"3600"_s, u"at-1"_s }));

        changed.clear();
        model.setRevealed(true); // no change, no signal
        QCOMPARE(changed.count(), 0);
        model.setRevealed(false);
        QCOMPARE(value(secret), mask);
    }

    void toolListCombinesBothKinds()
    {
        ToolListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ToolFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Agent tools may arrive first.
        model.setAgentTools(
            { agent(u"a1"_s, u"HR Assistant"_s, true), agent(u"a2"_s, u"계약서 검토"_s, false) });
        QCOMPARE(model.rowCount(), 2);
        model.setSingleActionAppTools({ app(u"s1"_s, u"휴가 신청"_s, u"start_date"_s),
            app(u"s2"_s, u"Create Jira ticket"_s), app(u"s3"_s, u"翻訳"_s) });
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.singleActionAppCount(), 3);
        QCOMPARE(model.agentToolCount(), 2);
        QCOMPARE(model.kindAt(0), ToolListModel::Kind::SingleActionApp);
        QCOMPARE(model.kindAt(3), ToolListModel::Kind::AgentTool);
        QCOMPARE(model.agentToolAt(4).id, u"a2"_s);
        QCOMPARE(model.toolNameAt(1), u"func_s2"_s);
        QCOMPARE(model.rowOf(ToolListModel::Kind::AgentTool, u"func_a2"_s), 4);
        QCOMPARE(model.rowOf(ToolListModel::Kind::SingleActionApp, u"func_a2"_s), -1);
        QCOMPARE(model.index(0, int(ToolListModel::Column::Kind)).data().toString(),
            ToolListModel::kindText(ToolListModel::Kind::SingleActionApp));
        QCOMPARE(model.index(3, int(ToolListModel::Column::Published)).data().toString(),
            ToolListModel::tr("Published"));
        QVERIFY(!model.index(0, int(ToolListModel::Column::Published)).data().isValid());
        QCOMPARE(
            model.index(4, 0).data(ToolListModel::KindRole).toInt(), int(ToolListModel::Kind::AgentTool));

        // Replacing one kind keeps the other.
        model.setSingleActionAppTools({ app(u"s9"_s, u"Only app"_s) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.agentToolAt(1).id, u"a1"_s);
        QCOMPARE(model.rowOf(ToolListModel::Kind::AgentTool, u"func_a2"_s), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterByKindAndText()
    {
        ToolListModel model;
        ToolFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSingleActionAppTools({ app(u"s1"_s, u"휴가 신청"_s, u"start_date"_s),
            app(u"s2"_s, u"Create Jira ticket"_s), app(u"s3"_s, u"翻訳"_s) });
        model.setAgentTools(
            { agent(u"a1"_s, u"HR Assistant"_s, true), agent(u"a2"_s, u"계약서 검토"_s, false) });
        QCOMPARE(proxy.rowCount(), 5);

        proxy.setKindFilter(ToolListModel::Kind::AgentTool);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setKindFilter(ToolListModel::Kind::SingleActionApp);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setTextFilter(u"  jira "_s); // trimmed, case-insensitive
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, int(ToolListModel::Column::DisplayName)).data().toString(),
            u"Create Jira ticket"_s);
        proxy.setTextFilter(u"START_DATE"_s); // a parameter name
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter(u"func_s3"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter(u"계약서"_s); // an agent tool while only apps are shown
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setKindFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setTextFilter(QString());
        QCOMPARE(proxy.rowCount(), 5);

        // Rows arriving while filtered are filtered too.
        proxy.setKindFilter(ToolListModel::Kind::AgentTool);
        model.setAgentTools({ agent(u"a3"_s, u"IT Helpdesk"_s, true) });
        QCOMPARE(proxy.rowCount(), 1);

        proxy.setKindFilter(std::nullopt);
        proxy.sort(int(ToolListModel::Column::DisplayName));
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestToolsModels)
#include "tst_tools_models.moc"
