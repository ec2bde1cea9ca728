#include "ui/liver/liver_params_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace ts {

LiverParamsDialog::LiverParamsDialog(const LiverParams& current,
                                     const std::vector<std::pair<std::string, std::string>>& params, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Liver tests"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The lab parameters this study records the liver tests as:"), this));
    const std::array<QString, 4> names{tr("ALT"), tr("AST"), tr("Total bilirubin"), tr("ALP")};
    const std::array<const std::string*, 4> chosen{&current.alt, &current.ast, &current.bili, &current.alp};
    for (size_t k = 0; k < 4; ++k) {
        auto* box = new QComboBox(this);
        box->addItem(tr("(found by name)"), QString());
        for (const auto& [code, label] : params)
            box->addItem(label.empty() || label == code ? QString::fromStdString(code)
                                                        : QStringLiteral("%1 \u2014 %2").arg(QString::fromStdString(code),
                                                                                            QString::fromStdString(label)),
                         QString::fromStdString(code));
        box->setCurrentIndex(std::max(0, box->findData(QString::fromStdString(*chosen[k]))));
        form->addRow(names[k], box);
        m_boxes[k] = box;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

LiverParams LiverParamsDialog::params() const {
    auto code = [&](size_t k) { return m_boxes[k]->currentData().toString().toStdString(); };
    return {code(0), code(1), code(2), code(3)};
}

}  // namespace ts
