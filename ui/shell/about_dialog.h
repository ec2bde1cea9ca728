#pragma once
// AboutDialog: program name, version (TRIALSCOPE_VERSION), licence, and the libraries it is built on.
#include <QDialog>

namespace ts {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    static QString text();  // the dialog's HTML
};

}  // namespace ts
