#include "certificatetrustdialog.h"
#include "datetext.h"

#include "icons.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{
    QString names(const QSslCertificate& c, QSslCertificate::SubjectInfo field, bool issuer)
    {
        const QStringList values = issuer ? c.issuerInfo(field) : c.subjectInfo(field);
        return values.join(u", "_s);
    }

    QString describe(const QSslCertificate& c, bool issuer)
    {
        QString text = names(c, QSslCertificate::CommonName, issuer);
        const QString organization = names(c, QSslCertificate::Organization, issuer);
        if (!organization.isEmpty())
            text += u" ("_s + organization + u')';
        return text.toHtmlEscaped();
    }
} // namespace

CertificateTrustDialog::CertificateTrustDialog(
    const QString& connectionName, const QUrl& server, const QList<QSslCertificate>& chain, QWidget* parent)
    : QDialog(parent)
    , m_issuer(issuerIn(chain))
    , m_details(new QLabel)
    , m_trust(nullptr)
{
    setObjectName(u"certificateTrustDialog"_s);
    setWindowTitle(tr("Certificate not trusted"));
    const QSslCertificate leaf = chain.value(0);
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto* intro
        = new QLabel(tr("<b>The server %1 presented a certificate that this computer does not trust.</b> "
                        "Companies that inspect TLS traffic issue such certificates with their own "
                        "root. Compare the fingerprints with the ones your IT department publishes "
                        "before you trust it.")
                         .arg(server.host().toHtmlEscaped()));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    const auto date = [](const QDateTime& d) { return shortDateTime(d); };
    QStringList hosts;
    const auto alternative = leaf.subjectAlternativeNames();
    hosts << alternative.values(QSsl::DnsEntry) << alternative.values(QSsl::IpAddressEntry);
    QString html = u"<table cellspacing=\"4\">"_s;
    const auto row = [&html](const QString& caption, const QString& value) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(caption.toHtmlEscaped(), value);
    };
    row(tr("Certificate for:"), describe(leaf, false));
    if (!hosts.isEmpty())
        row(tr("Names:"), hosts.join(u", "_s).toHtmlEscaped());
    row(tr("Issued by:"), describe(leaf, true));
    row(tr("Valid:"), tr("from %1 to %2").arg(date(leaf.effectiveDate()), date(leaf.expiryDate())));
    row(tr("SHA-256:"), u"<tt>%1</tt>"_s.arg(fingerprint(leaf)));
    if (!m_issuer.isNull() && m_issuer != leaf) {
        row(tr("Issuer's certificate:"), describe(m_issuer, false));
        row(tr("Issuer's SHA-256:"), u"<tt>%1</tt>"_s.arg(fingerprint(m_issuer)));
        row(tr("Issuer valid:"),
            tr("from %1 to %2").arg(date(m_issuer.effectiveDate()), date(m_issuer.expiryDate())));
    }
    html += u"</table>"_s;
    m_details->setObjectName(u"certificateDetails"_s);
    m_details->setText(html);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Certificate details"));

    auto* outcome = new QLabel;
    outcome->setObjectName(u"certificateOutcome"_s);
    outcome->setWordWrap(true);
    if (m_issuer.isNull())
        outcome->setText(
            tr("The server did not send its issuer's certificate, so it cannot be trusted from here. "
               "Ask your IT department for the company's root certificate (a PEM file) and add it "
               "to the connection: File > Edit connection…, Advanced, \"Extra CA certificates\"."));
    else
        outcome->setText(
            tr("Trusting it adds the issuer's certificate to the connection \"%1\" only, beside the "
               "system's certificates. It can be removed under File > Edit connection…, Advanced.")
                .arg(connectionName));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    if (!m_issuer.isNull()) {
        m_trust
            = buttons->addButton(tr("&Trust this issuer for this connection"), QDialogButtonBox::AcceptRole);
        m_trust->setObjectName(u"trustIssuerButton"_s);
        m_trust->setIcon(Icons::icon(u"security-high"_s));
        m_trust->setAutoDefault(false); // Enter never trusts: it has to be chosen
    }
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // trusting is never the default
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(outcome);
    layout->addWidget(buttons);
}

QSslCertificate CertificateTrustDialog::issuerIn(const QList<QSslCertificate>& chain)
{
    if (chain.isEmpty())
        return QSslCertificate();
    if (chain.size() == 1)
        return chain.first().isSelfSigned() ? chain.first() : QSslCertificate();
    return chain.last();
}

QString CertificateTrustDialog::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

QString CertificateTrustDialog::detailsText() const
{
    return QTextDocumentFragment::fromHtml(m_details->text()).toPlainText();
}

} // namespace Alli
