#pragma once
// RCodeDialog: the "R code..." window of the survival, labs and adverse-event views: the R code
// (core/report/*_r_code.h) that reproduces the numbers the view shows, read-only in a monospaced
// editor; Copy puts it on the clipboard, Save script and data... writes NAME.R and, beside it, the
// analysis data it reads (NAME_data.csv).
#include <functional>
#include <string>

#include <QDialog>

class QPlainTextEdit;

namespace ts {

class RCodeDialog : public QDialog {
    Q_OBJECT
public:
    // `codeFor(file)`: the code reading its data from `file`; `csv`: that data; `name`: the suggested
    // script's name (the code shown reads NAME_data.csv).
    using CodeFor = std::function<std::string(const std::string& dataFile)>;
    RCodeDialog(CodeFor codeFor, std::string csv, const QString& name, QWidget* parent = nullptr);
    // Shows a dialog (deleted on close) on the data `csv()` gives, or returns nullptr with the one
    // line csv() threw in `error` (a view whose data cannot be recomputed, e.g. published counts).
    static RCodeDialog* open(QWidget* parent, const std::function<std::string()>& csv, CodeFor codeFor,
                             const QString& name, QString& error);

    QString code() const;
    // Writes the script to `script` (a .R file) and the data beside it; "" or a one-line error.
    QString save(const QString& script) const;

private:
    QPlainTextEdit* m_code;
    CodeFor m_codeFor;
    std::string m_csv;
    QString m_name;
};

}  // namespace ts
