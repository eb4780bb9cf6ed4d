#pragma once
// Asked when a server's certificate was issued by nobody this computer trusts, which is what a
// company's TLS inspection looks like before its root is added: the server's certificate
// (subject, names, issuer, validity, SHA-256 fingerprint) and, when the server sent it, the
// issuer's, to compare with what the IT department publishes. "Trust this issuer" adds the
// issuer's certificate to this connection only (beside the system's store, never instead of it);
// Cancel leaves everything as it was. Nothing is ever trusted without this question.

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Alli
{

class CertificateTrustDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateTrustDialog(const QString& connectionName, const QUrl& server,
        const QList<QSslCertificate>& chain, QWidget* parent = nullptr);

    // The certificate "Trust this issuer" adds: the top of the chain the server sent (its root or
    // the inspection CA), or the server's own certificate when it is self-signed. Null when the
    // server did not send its issuer's certificate (then only Cancel is offered).
    QSslCertificate issuerCertificate() const { return m_issuer; }
    static QSslCertificate issuerIn(const QList<QSslCertificate>& chain);
    // SHA-256 of the certificate, as "AB:CD:…" (what browsers and `openssl x509 -fingerprint
    // -sha256` show).
    static QString fingerprint(const QSslCertificate& certificate);
    QPushButton* trustButton() const { return m_trust; }
    QString detailsText() const;

private:
    QSslCertificate m_issuer;
    QLabel* m_details;
    QPushButton* m_trust;
};

} // namespace Alli
