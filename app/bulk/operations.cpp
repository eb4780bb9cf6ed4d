#include "operations.h"

#include "foldedkey.h"
#include "operationtraits.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <system_error>
#include <thread>
#include <vector>

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Alli::Bulk
{

namespace
{

    const QString OwnUserId = u"ownUserId"_s;
    const QString Email = u"email"_s;
    const QString FirstName = u"firstName"_s;
    const QString LastName = u"lastName"_s;
    const QString Locale = u"locale"_s;
    const QString Groups = u"groups"_s;
    const QString Password = u"password"_s;
    const QString Group = u"group"_s;
    const QString DataPrefix = u"data:"_s;
    // The user's own fields, sent as users/bulk `data` keys as Alli documents them (docs:
    // API documentation -> Users -> Perform Bulk User Actions); every other column is a custom
    // data key, sent as it is named.
    const QString UserFirstName = u"data:first_name"_s;
    const QString UserLastName = u"data:last_name"_s;
    const QString UserEmail = u"data:email"_s;
    const QString UserCustomerGroup = u"data:customer_group"_s;
    const QString AttributePrefix = u"attribute:"_s;

    // Header names compare without case, spaces (including the ideographic space), "_" and "-".
    QString normaliseHeader(QStringView header)
    {
        QString out;
        out.reserve(header.size());
        for (QChar c : header) {
            if (c.isSpace() || c == u'_' || c == u'-')
                continue;
            out += c;
        }
        return out.toCaseFolded();
    }

    QStringList emailAliases()
    {
        return { u"email"_s, u"mail"_s, u"emailaddress"_s, u"mailaddress"_s, u"이메일"_s, u"메일"_s,
            u"이메일주소"_s, u"메일주소"_s, u"전자우편"_s, u"メールアドレス"_s, u"メール"_s, u"eメール"_s,
            u"eメールアドレス"_s, u"電子メール"_s };
    }

    QStringList groupAliases()
    {
        return { u"groups"_s, u"group"_s, u"permissiongroups"_s, u"permissiongroup"_s,
            u"permissiongroupname"_s, u"그룹"_s, u"권한그룹"_s, u"권한"_s, u"グループ"_s, u"権限グループ"_s,
            u"権限"_s };
    }

    FieldInfo field(const QString& target, bool required, QStringList aliases)
    {
        FieldInfo f;
        f.target = target;
        f.required = required;
        f.aliases = std::move(aliases);
        return f;
    }

    FieldInfo ownUserIdField()
    {
        return field(OwnUserId, true,
            { u"ownuserid"_s, u"userid"_s, u"employeeid"_s, u"employeeno"_s, u"employeenumber"_s, u"empid"_s,
                u"empno"_s, u"staffid"_s, u"사번"_s, u"사원번호"_s, u"직원번호"_s, u"사용자id"_s, u"유저id"_s,
                u"社員番号"_s, u"従業員id"_s, u"従業員番号"_s, u"社員id"_s, u"社員コード"_s,
                u"ユーザーid"_s });
    }

    FieldInfo emailField()
    {
        return field(Email, true, emailAliases());
    }

    FieldInfo firstNameField()
    {
        return field(FirstName, false,
            { u"firstname"_s, u"givenname"_s, u"first"_s, u"이름"_s, u"名"_s, u"下の名前"_s,
                u"ファーストネーム"_s });
    }

    FieldInfo lastNameField()
    {
        return field(LastName, false,
            { u"lastname"_s, u"surname"_s, u"familyname"_s, u"last"_s, u"성"_s, u"姓"_s, u"苗字"_s, u"名字"_s,
                u"ラストネーム"_s });
    }

    FieldInfo customerGroupField()
    {
        return field(UserCustomerGroup, false,
            { u"customergroup"_s, u"customer"_s, u"usergroup"_s, u"고객그룹"_s, u"고객군"_s, u"고객분류"_s,
                u"顧客グループ"_s, u"顧客区分"_s, u"顧客分類"_s });
    }

    // The users operations' documented fields: what a file's "firstName", "이름" or "名" column
    // is sent as.
    QList<FieldInfo> userDataFields()
    {
        return { field(UserFirstName, false, firstNameField().aliases),
            field(UserLastName, false, lastNameField().aliases), field(UserEmail, false, emailAliases()),
            customerGroupField() };
    }

    FieldInfo localeField()
    {
        return field(Locale, false,
            { u"locale"_s, u"language"_s, u"lang"_s, u"언어"_s, u"로케일"_s, u"言語"_s, u"ロケール"_s });
    }

    FieldInfo passwordField()
    {
        return field(Password, true, { u"password"_s, u"비밀번호"_s, u"암호"_s, u"パスワード"_s });
    }

    QString trSpec(const char* text)
    {
        return QCoreApplication::translate("Alli::Bulk::OperationSpec", text);
    }

    QString fieldLabel(const QString& target)
    {
        if (target == OwnUserId)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "User ID (ownUserId)"));
        if (target == Email)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Email"));
        if (target == FirstName || target == UserFirstName)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "First name"));
        if (target == LastName || target == UserLastName)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Last name"));
        if (target == UserEmail)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Email"));
        if (target == UserCustomerGroup)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Customer group"));
        if (target == Locale)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Language"));
        if (target == Groups)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Permission groups"));
        if (target == Group)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Permission group"));
        if (target == Password)
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Password"));
        if (target.startsWith(DataPrefix))
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Data: %1"))
                .arg(target.mid(DataPrefix.size()));
        if (target.startsWith(AttributePrefix))
            return trSpec(QT_TRANSLATE_NOOP("Alli::Bulk::OperationSpec", "Attribute: %1"))
                .arg(target.mid(AttributePrefix.size()));
        return target;
    }

    struct Example {
        QStringList header;
        QStringList row;
    };

    // What the look-up's answer means for a row: a create must not find its key, a change or a
    // removal must, an invite of someone already there updates their groups.
    enum class Existing { MustBeNew, MustExist, IsUpdated };

    // The values of one row that payload writers need, taken from the row once.
    struct RowValues {
        const CsvTable& table;
        int row;
        const QString& key;
        const QString& email;
        const QString& locale;
        const QStringList& groups;
        const QString& group;
        const QString& password;
        const QList<QPair<QString, int>>& dataColumns; // users: data key, column
        const QList<QPair<QString, int>>& attributeColumns; // members: attribute key, column
        int firstNameColumn; // members: -1 when not mapped
        int lastNameColumn;
        QString value(int column) const
        {
            return column >= 0 ? table.cell(row, column).trimmed().toString() : QString();
        }
    };

    // The file side of one operation, in one place: its fields, the template's example, what the
    // look-up means for its rows, whether extra columns become users' data keys or members'
    // attributes, and how a row's request payload is written (straight as JSON text). The engine
    // side (endpoint, chunking, result matching, undo) is traitsOf(op).
    struct FileSide {
        QList<FieldInfo> (*fields)();
        Example example;
        Existing existing;
        const char* lookUpMessage; // context Alli::Bulk::RowValidator; %1: the field and the key
        enum class Extra { None, DataKeys, Attributes } extra;
        void (*writePayload)(PayloadWriter& out, const RowValues& v);
    };

    void writeUser(PayloadWriter& out, const RowValues& v)
    {
        out.string("ownUserId"_L1, v.key).beginArray("data"_L1);
        for (const auto& [key, column] : v.dataColumns) {
            const QStringView cell = v.table.cell(v.row, column);
            if (cell.trimmed().isEmpty())
                continue; // an empty cell leaves the value alone
            out.keyValue(key, cell);
        }
        out.endArray();
    }

    void writeUserKey(PayloadWriter& out, const RowValues& v)
    {
        out.string("ownUserId"_L1, v.key);
    }

    void writeInvite(PayloadWriter& out, const RowValues& v)
    {
        out.string("email"_L1, v.email);
        if (const QString name = v.value(v.firstNameColumn); !name.isEmpty())
            out.string("firstName"_L1, name);
        if (const QString name = v.value(v.lastNameColumn); !name.isEmpty())
            out.string("lastName"_L1, name);
        if (!v.locale.isEmpty())
            out.string("locale"_L1, v.locale);
        if (!v.groups.isEmpty())
            out.strings("groups"_L1, v.groups);
        bool anyAttribute = false;
        for (const auto& [key, column] : v.attributeColumns) {
            const QStringView cell = v.table.cell(v.row, column);
            if (key.isEmpty() || cell.trimmed().isEmpty())
                continue;
            if (!anyAttribute)
                out.beginObject("attributes"_L1);
            anyAttribute = true;
            out.member(key, cell);
        }
        if (anyAttribute)
            out.endObject();
    }

    void writeMemberGroups(PayloadWriter& out, const RowValues& v)
    {
        out.string("email"_L1, v.email).strings("groups"_L1, v.groups);
    }

    void writeEmail(PayloadWriter& out, const RowValues& v)
    {
        out.string("email"_L1, v.email);
    }

    void writeAgent(PayloadWriter& out, const RowValues& v)
    {
        out.string("email"_L1, v.email).string("password"_L1, v.password);
        if (!v.locale.isEmpty())
            out.string("locale"_L1, v.locale);
        if (!v.group.isEmpty())
            out.string("permission_group_name"_L1, v.group);
    }

    void writeAgentDelete(PayloadWriter& out, const RowValues& v)
    {
        out.string("email"_L1, v.email).boolean("deleteFlag"_L1, true);
    }

    QList<FieldInfo> userFields()
    {
        return QList<FieldInfo> { ownUserIdField() } + userDataFields();
    }

    QList<FieldInfo> userKeyFields()
    {
        return { ownUserIdField() };
    }

    QList<FieldInfo> inviteFields()
    {
        return { emailField(), firstNameField(), lastNameField(), localeField(),
            field(Groups, false, groupAliases()) };
    }

    QList<FieldInfo> memberGroupsFields()
    {
        return { emailField(), field(Groups, true, groupAliases()) };
    }

    QList<FieldInfo> emailFields()
    {
        return { emailField() };
    }

    QList<FieldInfo> agentFields()
    {
        return { emailField(), passwordField(), localeField(), field(Group, false, groupAliases()) };
    }

    const FileSide& fileSideOf(Operation op)
    {
        // Built once, in Operation's order.
        static const std::array<FileSide, 8> table = [] {
            using Extra = FileSide::Extra;
            // The documented users fields, then a custom one (sent as a data key of that name).
            const Example users { { u"ownUserId"_s, u"first_name"_s, u"last_name"_s, u"email"_s,
                                      u"customer_group"_s, u"department"_s },
                { u"E1001"_s, u"Jihoon"_s, u"Kim"_s, u"jihoon.kim@example.com"_s, u"HR"_s, u"Sales"_s } };
            const Example member { { u"email"_s }, { u"jihoon.kim@example.com"_s } };
            const Example agent { { u"email"_s }, { u"agent.lee@example.com"_s } };
            return std::array<FileSide, 8> {
                FileSide { userFields, users, Existing::MustBeNew,
                    QT_TRANSLATE_NOOP("Alli::Bulk::RowValidator",
                        "%1 already exists: switch to \"Update users\", or leave this row out."),
                    Extra::DataKeys, writeUser },
                FileSide { userFields, users, Existing::MustExist,
                    QT_TRANSLATE_NOOP("Alli::Bulk::RowValidator",
                        "%1 was not found: switch to \"Create users\", or leave this row out."),
                    Extra::DataKeys, writeUser },
                FileSide { userKeyFields, { { u"ownUserId"_s }, { u"E1001"_s } }, Existing::MustExist,
                    QT_TRANSLATE_NOOP("Alli::Bulk::RowValidator",
                        "%1 was not found: there is nothing to change, leave this row out."),
                    Extra::None, writeUserKey },
                FileSide { inviteFields,
                    { { u"email"_s, u"firstName"_s, u"lastName"_s, u"locale"_s, u"groups"_s,
                          u"attribute.department"_s },
                        { u"jihoon.kim@example.com"_s, u"Jihoon"_s, u"Kim"_s, u"ko"_s, u"Sales;Support"_s,
                            u"Sales"_s } },
                    Existing::IsUpdated,
                    QT_TRANSLATE_NOOP(
                        "Alli::Bulk::RowValidator", "%1 is already a member: their groups are updated."),
                    Extra::Attributes, writeInvite },
                FileSide { memberGroupsFields,
                    { { u"email"_s, u"groups"_s }, { u"jihoon.kim@example.com"_s, u"Sales;Support"_s } },
                    Existing::MustExist,
                    QT_TRANSLATE_NOOP("Alli::Bulk::RowValidator",
                        "%1 is not a member of this project: switch to \"Invite members\", or leave this row "
                        "out."),
                    Extra::None, writeMemberGroups },
                FileSide { emailFields, member, Existing::MustExist,
                    QT_TRANSLATE_NOOP("Alli::Bulk::RowValidator",
                        "%1 was not found: there is nothing to change, leave this row out."),
                    Extra::None, writeEmail },
                FileSide { agentFields,
                    { { u"email"_s, u"password"_s, u"locale"_s, u"group"_s },
                        { u"agent.lee@example.com"_s, u"Change-Me-2024"_s, u"en"_s, u"Agents"_s } },
                    Existing::MustBeNew,
                    QT_TRANSLATE_NOOP("Alli::Bulk::RowValidator",
                        "%1 is already an agent of this project: leave this row out."),
                    Extra::None, writeAgent },
                FileSide { emailFields, agent, Existing::MustExist,
                    QT_TRANSLATE_NOOP("Alli::Bulk::RowValidator",
                        "%1 was not found: there is nothing to change, leave this row out."),
                    Extra::None, writeAgentDelete },
            };
        }();
        return table[size_t(op)];
    }

    bool isUsers(Operation op)
    {
        return traitsOf(op).family == OperationTraits::Family::Users;
    }

    QStringList splitGroups(const QString& cell)
    {
        QStringList groups;
        QSet<QString> seen;
        for (QStringView part : QStringView(cell).split(u';')) {
            for (QStringView name : part.split(u'|')) {
                const QString trimmed = name.trimmed().toString();
                if (trimmed.isEmpty())
                    continue;
                const QString folded = trimmed.toCaseFolded();
                if (seen.contains(folded))
                    continue;
                seen.insert(folded);
                groups.append(trimmed);
            }
        }
        return groups;
    }

    bool isEmailAtext(QChar c)
    {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            return true;
        return QStringView(u"!#$%&'*+/=?^_`{|}~-").contains(c);
    }

    // The first invisible character (control, format such as zero-width space, bidi marks and
    // overrides, or a byte order mark) in a key: two keys that look the same would not be. -1 if none.
    qsizetype firstInvisible(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const QChar::Category category = c.category();
            if (category == QChar::Other_Control || category == QChar::Other_Format)
                return i;
        }
        return -1;
    }

    QString codePoint(QStringView text, qsizetype at)
    {
        const char32_t ucs4 = QChar::isHighSurrogate(text.at(at).unicode()) && at + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(at), text.at(at + 1))
            : text.at(at).unicode();
        return u"U+"_s + QString::number(uint(ucs4), 16).toUpper().rightJustified(4, u'0');
    }

    // A cell's value as a message shows it: one line, nothing a terminal would act on (control
    // characters become their visible symbols ␍ ␊ ␛, format characters such as U+202E their code),
    // and not longer than a line.
    QString shown(QStringView value)
    {
        constexpr qsizetype MaxShown = 80;
        QString out;
        out.reserve(std::min(value.size(), MaxShown) + 8);
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (out.size() >= MaxShown) {
                out += u'…';
                break;
            }
            const QChar c = value.at(i);
            if (c.unicode() < 0x20)
                out += QChar(char16_t(0x2400 + c.unicode()));
            else if (c.unicode() == 0x7F)
                out += QChar(char16_t(0x2421));
            else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                out += u'<' + codePoint(value, i) + u'>';
            else
                out += c;
        }
        return out;
    }

    // A key as this application writes it into report and undo files: CsvReader::neutraliseCell()
    // puts a ' before a leading = + - @ tab CR or LF. Reading such a file back must give the key itself,
    // or an undo file would name a user "'-1042" instead of "-1042".
    QString withoutNeutralisation(const QString& key)
    {
        if (key.size() >= 2 && key.front() == u'\'' && QStringView(u"=+-@\t\r\n").contains(key.at(1)))
            return key.mid(1);
        return key;
    }

    // The first row of each key in a file, keys compared by their case folding: an
    // open-addressing table of row positions and the hashes of their keys' folding; the keys stay
    // in their rows (a QHash of folded copies, made and freed, took 43 % of preparing 100,000 rows).
    class FirstRowOfKey
    {
    public:
        // At most `rows.size()` keys: the table stays at most half full.
        explicit FirstRowOfKey(const QList<PreparedRow>& rows)
            : m_rows(rows)
        {
            size_t size = 16;
            while (size < 2 * size_t(std::max<qsizetype>(rows.size(), 1)))
                size *= 2;
            m_slots.resize(size);
        }

        // The first row with `key`, or -1 when none has it yet: then `row`, whose key it is, is
        // the first.
        int firstRowOrAdd(const QString& key, int row)
        {
            const quint64 hash = foldedHash(key);
            const auto tag = quint32(hash ^ (hash >> 32));
            const size_t mask = m_slots.size() - 1;
            size_t i = tag & mask;
            for (; m_slots[i].row >= 0; i = (i + 1) & mask) {
                if (m_slots[i].tag == tag && sameFolding(m_rows.at(m_slots[i].row).key, key))
                    return m_slots[i].row;
            }
            m_slots[i] = { tag, row };
            return -1;
        }

    private:
        struct Slot {
            quint32 tag = 0; // the folding's hash, folded to 32 bits
            int row = -1; // position in m_rows, -1 when free
        };
        const QList<PreparedRow>& m_rows;
        std::vector<Slot> m_slots;
    };

    // Files of at least this many rows are prepared on two threads (the key check before, on one).
    constexpr int kTwoThreadsFrom = 20000;

    // Shorter passwords get a warning only: the docs state no length (our guess, from common rules).
    constexpr qsizetype kAdvisedPasswordLength = 8;
    // Longest password accepted: a cell of thousands of characters is a paste gone wrong.
    constexpr qsizetype MaxPasswordLength = 128;

} // namespace

QString FieldInfo::label() const
{
    return fieldLabel(target);
}

QString OperationSpec::targetLabel(const QString& target)
{
    return fieldLabel(target);
}

QList<FieldInfo> OperationSpec::fields(Operation op)
{
    return fileSideOf(op).fields();
}

QList<ColumnMapping> OperationSpec::autoMap(Operation op, const QStringList& header)
{
    const QList<FieldInfo> known = fields(op);
    QSet<QString> used;
    QList<ColumnMapping> mapping;
    mapping.reserve(header.size());
    for (const QString& column : header) {
        ColumnMapping m { column, QString() };
        const QString name = column.trimmed();
        const QString normalised = normaliseHeader(name);
        for (const FieldInfo& f : known) {
            if (!used.contains(f.target) && f.aliases.contains(normalised)) {
                m.target = f.target;
                break;
            }
        }
        if (m.target.isEmpty() && fileSideOf(op).extra == FileSide::Extra::Attributes) {
            const QString lower = name.toLower();
            if (lower.startsWith(u"attribute.") || lower.startsWith(u"attribute:")) {
                // An empty name maps to "attribute:" alone, which the validator refuses by column:
                // silently dropping the column would lose the values the file meant to set.
                m.target = AttributePrefix + name.mid(10).trimmed();
            }
        }
        if (m.target.isEmpty() && fileSideOf(op).extra == FileSide::Extra::DataKeys && !name.isEmpty())
            m.target = DataPrefix + name;
        if (!m.target.isEmpty()) {
            if (used.contains(m.target))
                m.target.clear(); // a second column for the same field (or data key) is ignored
            else
                used.insert(m.target);
        }
        mapping.append(m);
    }
    return mapping;
}

QByteArray OperationSpec::templateCsv(Operation op)
{
    return TableFile::csv(templateTable(op));
}

QStringList OperationSpec::templateHeader(Operation op)
{
    return fileSideOf(op).example.header;
}

QString OperationSpec::templateFileName(Operation op)
{
    return templateBaseName(op) + u"-template.csv"_s;
}

QString OperationSpec::templateBaseName(Operation op)
{
    return u"alli-"_s + operationId(op);
}

TableData OperationSpec::templateTable(Operation op, const QStringList& groupNames)
{
    const Example& e = fileSideOf(op).example;
    TableData table = TableData::fromRows(tr("Template"), e.header, { e.row });
    table.validatedRows = 1000; // the rows the admin fills in get the drop-downs too
    const QList<ColumnMapping> mapping = autoMap(op, e.header);
    for (qsizetype c = 0; c < table.columns.size() && c < mapping.size(); ++c) {
        TableColumn& column = table.columns[c];
        const QString& target = mapping.at(c).target;
        if (target == Locale) {
            // The languages Alli's consoles offer first; any two-letter ISO 639-1 code is valid.
            column.choices = { u"ko"_s, u"ja"_s, u"en"_s, u"zh"_s, u"vi"_s, u"th"_s, u"id"_s };
            column.choicesHint = tr("A two-letter ISO 639-1 language code, such as ko, ja or en.");
        } else if ((target == Groups || target == Group) && !groupNames.isEmpty()) {
            column.choices = groupNames;
            column.choicesHint = target == Groups
                ? tr("A permission group of the project. Separate several groups with “;”.")
                : tr("A permission group of the project.");
        }
    }
    return table;
}

QString shownValue(QStringView value)
{
    return shown(value);
}

namespace
{

    // = + @ start a formula in Excel, LibreOffice and Google Sheets; - too, unless a number follows
    // ("-5", "- note").
    bool looksLikeFormula(QStringView cell)
    {
        if (cell.size() < 2)
            return false;
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'@')
            return true;
        return c == u'-' && !cell.at(1).isDigit() && !cell.at(1).isSpace() && cell.at(1) != u'.';
    }

} // namespace

bool RowValidator::usesGroupNames(const QList<ColumnMapping>& mapping)
{
    return std::any_of(mapping.cbegin(), mapping.cend(),
        [](const ColumnMapping& m) { return m.target == Groups || m.target == Group; });
}

QList<PreparedRow> RowValidator::prepare(Operation op, const CsvTable& table,
    const QList<ColumnMapping>& mapping, const ValidationContext& context, Payloads payloads)
{
    return prepareRows(op, table, mapping, context, payloads, 0, {});
}

bool RowValidator::prepareInBatches(Operation op, const CsvTable& table, const QList<ColumnMapping>& mapping,
    const ValidationContext& context, int batchRows, const std::function<bool(QList<PreparedRow>)>& batch)
{
    bool complete = true;
    prepareRows(op, table, mapping, context, Payloads::Build, std::max(1, batchRows),
        [&batch, &complete](QList<PreparedRow> rows) { return complete = batch(std::move(rows)); });
    return complete;
}

QList<PreparedRow> RowValidator::prepareRows(Operation op, const CsvTable& table,
    const QList<ColumnMapping>& mapping, const ValidationContext& context, Payloads payloads, int batchRows,
    const std::function<bool(QList<PreparedRow>)>& batch)
{
    const FileSide& side = fileSideOf(op);
    // Which column feeds which target. Mapping entries are matched to header positions by name,
    // falling back to their position when names repeat or are empty.
    QHash<QString, int> targetColumn;
    QList<QPair<QString, int>> dataColumns; // users: key, column
    QList<QPair<QString, int>> attributeColumns; // members: key, column
    for (int c = 0; c < mapping.size(); ++c) {
        const ColumnMapping& m = mapping.at(c);
        if (m.target.isEmpty())
            continue;
        int column = table.header.indexOf(m.column);
        if (column < 0 || (c < table.header.size() && table.header.at(c) == m.column))
            column = c;
        if (column >= table.header.size())
            continue;
        if (m.target.startsWith(DataPrefix)) {
            if (side.extra == FileSide::Extra::DataKeys)
                dataColumns.append({ m.target.mid(DataPrefix.size()), column });
        } else if (m.target.startsWith(AttributePrefix)) {
            if (side.extra == FileSide::Extra::Attributes)
                attributeColumns.append({ m.target.mid(AttributePrefix.size()), column });
        } else if (!targetColumn.contains(m.target)) {
            targetColumn.insert(m.target, column);
        }
    }

    QSet<int> mappedColumns;
    for (int column : std::as_const(targetColumn))
        mappedColumns.insert(column);
    for (const auto& [key, column] : std::as_const(dataColumns))
        mappedColumns.insert(column);
    for (const auto& [key, column] : std::as_const(attributeColumns))
        mappedColumns.insert(column);

    const QList<FieldInfo> known = OperationSpec::fields(op);
    const QString keyTarget = isUsers(op) ? OwnUserId : Email;
    // The column of each target, looked up once instead of once per row and target (the hash
    // lookups were most of the time spent on 100,000 rows).
    struct TargetColumn {
        const QString* target;
        int column;
    };
    QVarLengthArray<TargetColumn, 16> columns;
    for (const QString* t :
        { &OwnUserId, &Email, &FirstName, &LastName, &Locale, &Groups, &Password, &Group })
        columns.append({ t, targetColumn.value(*t, -1) });
    for (const FieldInfo& f : known) {
        if (std::none_of(columns.cbegin(), columns.cend(),
                [&f](const TargetColumn& c) { return *c.target == f.target; }))
            columns.append({ &f.target, targetColumn.value(f.target, -1) });
    }
    const auto columnOf = [&columns](const QString& target) {
        for (const TargetColumn& c : columns) {
            if (c.target == &target || *c.target == target)
                return c.column;
        }
        return -1;
    };
    QList<bool> mappedColumn(table.header.size(), false);
    for (int column : std::as_const(mappedColumns))
        mappedColumn[column] = true;
    const int rowCount = table.rowCount();
    const int keyColumn = columnOf(keyTarget);

    // Each row's key, and the first row with the same key (duplicates are a property of the
    // whole file, found by comparing each row with the rows before it; everything else is the
    // row's own).
    QList<PreparedRow> rows(rowCount);
    PreparedRow* const out = rows.data(); // written in place from here on
    QList<int> firstOfKey(rowCount, -1);
    FirstRowOfKey firstRowOfKey(rows);
    const auto findKey = [&](int r) {
        const QStringView raw = keyColumn >= 0 ? table.cell(r, keyColumn) : QStringView();
        out[r].key = withoutNeutralisation(raw.trimmed().toString());
        if (!out[r].key.isEmpty())
            firstOfKey[r] = firstRowOfKey.firstRowOrAdd(out[r].key, r);
    };
    if (!batch) {
        // First, on one thread, every row's key.
        for (int r = 0; r < rowCount; ++r)
            findKey(r);
    }

    const int columnCount = int(table.header.size());
    const int firstNameColumn = columnOf(FirstName);
    const int lastNameColumn = columnOf(LastName);
    // The rest of one row (its key is there), with `payload` the calling thread's buffer for
    // every row's payload.
    const auto prepareRow = [&](int r, PayloadWriter& payload) {
        const int rowLine = table.line(r);
        const auto cell = [&table, r](int column) { return table.cell(r, column); };
        PreparedRow& row = out[r];
        row.index = r;
        row.line = rowLine;
        row.cells = table.rowRef(r);
        if (op == Operation::CreateAgents)
            row.secretColumn = columnOf(Password);

        const auto columnName = [&](const QString& target) -> QString {
            const int c = columnOf(target);
            return c >= 0 ? table.header.value(c) : QString();
        };
        const auto rawValue = [&](const QString& target) -> QStringView {
            const int c = columnOf(target);
            return c >= 0 ? cell(c) : QStringView();
        };
        const auto value
            = [&](const QString& target) -> QString { return rawValue(target).trimmed().toString(); };
        // Each message is a tr() call kept with its arguments (by value), so that it follows a
        // language switch (CellProblem::text()); rendered once now for `message`.
        using Render = std::function<QString()>;
        const auto problem = [&](CellProblem::Severity severity, const QString& target, Render message) {
            row.problems.append(CellProblem::said(severity, columnName(target), std::move(message)));
        };
        const auto error = [&](const QString& target, Render message) {
            problem(CellProblem::Severity::Error, target, std::move(message));
        };
        const auto warning = [&](const QString& target, Render message) {
            problem(CellProblem::Severity::Warning, target, std::move(message));
        };
        // A rule of ours that Alli does not document: holds the row back unless the admin sends
        // such rows anyway; then it is a warning and the server decides.
        const auto unconfirmed = [&](const QString& target, const Render& message) {
            if (context.sendUnconfirmed)
                problem(CellProblem::Severity::Warning, target,
                    [message] { return tr("%1 Sent anyway, as asked: the server decides.").arg(message()); });
            else
                problem(CellProblem::Severity::Error, target, [message] {
                    return tr("%1 Alli does not document this rule: the row can be sent anyway.")
                        .arg(message());
                });
            row.problems.last().overridable = true;
        };

        for (const FieldInfo& f : known) {
            if (!f.required || !rawValue(f.target).trimmed().isEmpty())
                continue;
            if (columnOf(f.target) >= 0)
                error(f.target, [f] { return tr("%1 is empty.").arg(f.label()); });
            else
                error(f.target, [f] { return tr("No column is mapped to %1.").arg(f.label()); });
        }

        const QString email = withoutNeutralisation(value(Email));
        const qsizetype invisible = firstInvisible(row.key);
        if (invisible >= 0)
            unconfirmed(
                keyTarget, [keyTarget, key = shown(row.key), at = codePoint(row.key, invisible), invisible] {
                    return tr("%1 \"%2\" contains an invisible character (%3) at position %4. Type the value "
                              "again.")
                        .arg(fieldLabel(keyTarget), key, at)
                        .arg(invisible + 1);
                });
        else if (!isUsers(op) && !email.isEmpty() && !isValidEmail(email))
            unconfirmed(Email,
                [value = shown(email)] { return tr("\"%1\" is not a valid email address.").arg(value); });

        if (!row.key.isEmpty()) {
            if (const int first = firstOfKey.at(r); first >= 0)
                error(keyTarget, [keyTarget, key = shown(row.key), line = table.line(first)] {
                    return tr("%1 \"%2\" already appears on line %3.")
                        .arg(fieldLabel(keyTarget), key)
                        .arg(line);
                });

            // What the look-up found decides rows that cannot succeed: they are marked on the row
            // with the way out, counted with the problems and left out of the send. An invite of
            // a member who is already there updates their groups: a warning only.
            if (!context.existingKeys.isEmpty()) {
                const bool exists = context.existingKeys.contains(row.key.toLower());
                const Render message = [keyTarget, key = shown(row.key), source = side.lookUpMessage] {
                    const QString what = tr("%1 \"%2\"").arg(fieldLabel(keyTarget), key);
                    return QCoreApplication::translate("Alli::Bulk::RowValidator", source).arg(what);
                };
                if (side.existing == Existing::MustBeNew && exists)
                    unconfirmed(keyTarget, message);
                else if (side.existing == Existing::MustExist && !exists)
                    unconfirmed(keyTarget, message);
                else if (side.existing == Existing::IsUpdated && exists)
                    warning(keyTarget, message);
            }
        }

        QString locale = value(Locale);
        if (!locale.isEmpty()) {
            if (isValidLocale(locale))
                locale = locale.toLower();
            else
                error(Locale, [value = shown(locale)] {
                    return tr("\"%1\" is not a two-letter language code (ISO 639-1) such as ko, ja or en.")
                        .arg(value);
                });
        }

        const QString groupsCell = rawValue(Groups).toString();
        const QStringList groups = groupsCell.isEmpty() ? QStringList() : splitGroups(groupsCell);
        if (groups.isEmpty() && !QStringView(groupsCell).trimmed().isEmpty()) {
            // ";;;" or " | ": separators only. For a groups update that would remove every group.
            const Render text = [value = shown(value(Groups))] {
                return tr("Permission groups \"%1\" names no group. Separate group names with ; or |.")
                    .arg(value);
            };
            if (op == Operation::UpdateMemberGroups)
                error(Groups, text);
            else
                warning(Groups, text);
        }
        for (const auto& [key, column] : std::as_const(attributeColumns)) {
            if (key.isEmpty() && !cell(column).trimmed().isEmpty())
                row.problems.append(CellProblem::said(CellProblem::Severity::Error,
                    table.header.value(column), [name = shown(table.header.value(column))] {
                        return tr("Column \"%1\" names no attribute: name it \"attribute.<name>\".")
                            .arg(name);
                    }));
        }
        // A cell that a spreadsheet would run as a formula (=HYPERLINK(…), +cmd, @SUM): sent as
        // the text it is, but worth a look before it lands in the project. Passwords are never echoed.
        for (int column = 0; column < columnCount; ++column) {
            if (column == row.secretColumn || column >= mappedColumn.size() || !mappedColumn.at(column))
                continue;
            const QStringView text = cell(column).trimmed();
            if (looksLikeFormula(text))
                row.problems.append(CellProblem::said(
                    CellProblem::Severity::Warning, table.header.value(column), [value = shown(text)] {
                        return tr(
                            "\"%1\" looks like a spreadsheet formula. It is sent as plain text, exactly "
                            "as written.")
                            .arg(value);
                    }));
        }
        if (!context.knownGroupNames.isEmpty()) {
            for (const QString& g : groups) {
                if (context.knownGroupNames.contains(g.toLower()))
                    continue;
                if (op == Operation::InviteMembers)
                    warning(Groups, [name = shown(g)] {
                        return tr("Permission group \"%1\" does not exist; it will be created.").arg(name);
                    });
                else
                    unconfirmed(Groups, [name = shown(g)] {
                        return tr("Permission group \"%1\" does not exist.").arg(name);
                    });
            }
        }
        const QString group = value(Group);
        if (!group.isEmpty() && !context.knownGroupNames.isEmpty()
            && !context.knownGroupNames.contains(group.toLower()))
            unconfirmed(Group,
                [name = shown(group)] { return tr("Permission group \"%1\" does not exist.").arg(name); });

        const QString password = rawValue(Password).toString();
        if (op == Operation::CreateAgents && password.size() > MaxPasswordLength)
            unconfirmed(Password, [length = password.size()] {
                return tr("The password has %1 characters; at most %2 are accepted.")
                    .arg(length)
                    .arg(MaxPasswordLength);
            });
        else if (op == Operation::CreateAgents && !password.isEmpty() && !isStrongPassword(password))
            // Documented for agent_management: "3 of 4 of lowercase, uppercase, numeric, non-alphanumeric".
            error(Password, [] {
                return tr("The password must have three of: lowercase letters, uppercase letters, digits, "
                          "other characters.");
            });
        else if (op == Operation::CreateAgents && !password.isEmpty()
            && password.size() < kAdvisedPasswordLength)
            // No length is documented: our advice, which the admin can overrule.
            unconfirmed(Password,
                [] { return tr("The password has fewer than %1 characters.").arg(kAdvisedPasswordLength); });

        if (payloads == Payloads::Build) {
            // Written straight as the request's JSON text (no JSON tree per row).
            side.writePayload(payload,
                RowValues { table, r, row.key, email, locale, groups, group, password, dataColumns,
                    attributeColumns, firstNameColumn, lastNameColumn });
            row.payload = payload.finish();
        }
    };

    if (batch) {
        // In order, one batch after the other, each handed over as soon as it is ready.
        PayloadWriter payload;
        for (int from = 0; from < rowCount; from += batchRows) {
            const int to = std::min(rowCount, from + batchRows);
            for (int r = from; r < to; ++r) {
                findKey(r);
                prepareRow(r, payload);
            }
            if (!batch(rows.mid(from, to - from)))
                break;
        }
        return {};
    }

    // Then every row on its own: a large file's second half on a second thread (each row is
    // written in its place; tr(), the table and the context are only read).
    const auto prepareRange = [&](int from, int to) {
        PayloadWriter payload;
        for (int r = from; r < to; ++r)
            prepareRow(r, payload);
    };
    // Only where payloads are built: without them (a dry run) a row is too little work to share.
    const int half = rowCount >= kTwoThreadsFrom && payloads == Payloads::Build ? rowCount / 2 : rowCount;
    std::thread second;
    if (half < rowCount) {
        try {
            second = std::thread(prepareRange, half, rowCount);
        } catch (const std::system_error&) {
            prepareRange(half, rowCount); // no thread to be had: all on this one
        }
    }
    prepareRange(0, half);
    if (second.joinable())
        second.join();
    return rows;
}

bool RowValidator::isValidEmail(const QString& email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0 || at > 64 || email.size() - at - 1 > 253 || email.size() - at - 1 < 3)
        return false;
    const QStringView local = QStringView(email).first(at);
    const QStringView domain = QStringView(email).sliced(at + 1);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    for (QChar c : local) {
        if (c != u'.' && !isEmailAtext(c))
            return false;
    }
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            // Letters and digits of any script: internationalised domain names.
            if (!c.isLetterOrNumber() && c != u'-')
                return false;
        }
    }
    return labels.last().size() >= 2;
}

bool RowValidator::isValidLocale(const QString& locale)
{
    if (locale.size() != 2)
        return false;
    for (QChar c : locale) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z')))
            return false;
    }
    return QLocale::codeToLanguage(locale.toLower(), QLocale::ISO639Part1) != QLocale::AnyLanguage;
}

bool RowValidator::isStrongPassword(const QString& password)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    return int(lower) + int(upper) + int(digit) + int(other) >= 3;
}

} // namespace Alli::Bulk
