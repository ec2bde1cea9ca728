#pragma once
// File > Connect to team library...: the address of a team library on a PostgreSQL server (any
// libpq URI, postgresql://user@host/database) and, where ~/.pgpass, a service file or PGPASSWORD
// do not give it, the password. Connect opens the library in a window of its own, marked with the
// library's name; a library that cannot be opened is said in the dialog, which stays open. The
// password stays in this program's memory: never in the settings, a session or a message.
#include <filesystem>

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ts {

class MainWindow;

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    QLineEdit* address() const { return m_address; }
    QLineEdit* password() const { return m_password; }
    // What the window opens: the address with the password as a parameter.
    std::filesystem::path location() const;
    // The window the last successful Connect opened (nullptr before).
    MainWindow* opened() const { return m_opened; }
    void accept() override;

private:
    void showError(const QString& message);

    QLineEdit* m_address;
    QLineEdit* m_password;
    QLabel* m_error;
    MainWindow* m_opened = nullptr;
};

}  // namespace ts
