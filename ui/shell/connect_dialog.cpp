#include "ui/shell/connect_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

#include "core/store/store.h"
#include "ui/common/settings.h"
#include "ui/shell/main_window.h"

namespace ts {

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Connect to team library"));
    m_address = new QLineEdit(Settings::lastTeamLibrary(), this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host/database"));
    m_address->setMinimumWidth(420);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when left empty"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->setVisible(false);
    auto* note =
        new QLabel(tr("A library shared on a PostgreSQL server: you see the studies its owner granted you."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_error);
    form->addRow(buttons);
}

std::filesystem::path ConnectDialog::location() const {
    QString uri = m_address->text().trimmed();
    if (!m_password->text().isEmpty())
        uri += (uri.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
               QStringLiteral("password=") + QString::fromLatin1(QUrl::toPercentEncoding(m_password->text()));
    return uri.toStdString();
}

void ConnectDialog::accept() {
    const QString uri = m_address->text().trimmed();
    if (!isServerLocation(uri.toStdString())) {
        m_error->setText(
            tr("A team library's address starts with postgresql:// (for example "
               "postgresql://anna@trials.example.org/hepatology)."));
        m_error->setVisible(true);
        return;
    }
    try {
        auto* window = new MainWindow(location());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        m_opened = window;
        Settings::setLastTeamLibrary(QString::fromStdString(window->storePath().string()));
        QDialog::accept();
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
}

void ConnectDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(true);
    adjustSize();  // the message takes the lines it needs
}

}  // namespace ts
