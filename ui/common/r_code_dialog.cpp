#include "ui/common/r_code_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include "ui/common/export_path.h"
#include "ui/common/file_dialogs.h"

namespace ts {

namespace {

QString write(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QObject::tr("%1: cannot write the file (%2)").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

}  // namespace

RCodeDialog::RCodeDialog(CodeFor codeFor, std::string csv, const QString& name, QWidget* parent)
    : QDialog(parent),
      m_code(new QPlainTextEdit(this)),
      m_codeFor(std::move(codeFor)),
      m_csv(std::move(csv)),
      m_name(name) {
    setWindowTitle(tr("R code"));
    m_code->setObjectName(QStringLiteral("rCode"));
    m_code->setReadOnly(true);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->setPlainText(QString::fromStdString(m_codeFor((name + QStringLiteral("_data.csv")).toStdString())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->addButton(tr("Save script and data\u2026"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(this->code()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = saveFileName(this, tr("Save R script"), suggestedExportPath({m_name}, QStringLiteral("R")),
                                          tr("R scripts (*.R)"));
        if (path.isEmpty()) return;
        if (const QString error = this->save(path); !error.isEmpty()) QMessageBox::warning(this, tr("R code"), error);
        else rememberExportFolder(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("Save the script with its data and run it with Rscript: it prints the numbers this view "
                               "shows (the code's first lines say what it needs)."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_code, 1);
    layout->addWidget(buttons);
    resize(860, 620);
}

RCodeDialog* RCodeDialog::open(QWidget* parent, const std::function<std::string()>& csv, CodeFor codeFor,
                               const QString& name, QString& error) {
    std::string data;
    try {
        data = csv();
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
        return nullptr;
    }
    auto* dialog = new RCodeDialog(std::move(codeFor), std::move(data), name, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString RCodeDialog::code() const { return m_code->toPlainText(); }

QString RCodeDialog::save(const QString& script) const {
    const QFileInfo info(script);
    // The script reads its data by this name, beside it.
    const QString table =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("_data.csv");
    if (QString error = write(table, QByteArray::fromStdString(m_csv)); !error.isEmpty()) return error;
    return write(script, QByteArray::fromStdString(m_codeFor(QFileInfo(table).fileName().toStdString())));
}

}  // namespace ts
