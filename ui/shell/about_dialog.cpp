#include "ui/shell/about_dialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "trialscope/version.h"

namespace ts {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About TrialScope"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/trialscope.svg")).pixmap(64, 64));
    auto* label = new QLabel(text(), this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(label);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::text() {
    return tr("<h2>TrialScope %1</h2>"
              "<p>A viewer for clinical-trial results: Kaplan\u2013Meier curves, labs, adverse events and "
              "baseline tables, with statistics that agree with R's <i>survival</i> package.</p>"
              "<p>Licence: GPL-3.0-or-later.</p>"
              "<p>Built with Qt %2 and QCustomPlot %3.</p>")
        .arg(QStringLiteral(TRIALSCOPE_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QCUSTOMPLOT_VERSION_STR));
}

}  // namespace ts
