// The survival view's R code... (ui/common/r_code_dialog.h): the code for what the view shows,
// with its options (here the CI transform set in the view), saved as a script that reads the data
// file written beside it under the script's own name.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>

#include "tests/ui/view_fixture.h"
#include "ui/common/r_code_dialog.h"
#include "ui/survival/survival_view.h"

using namespace ts;

namespace {

QString text(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

}  // namespace

TEST_CASE("SurvivalView: R code... shows the code of the view's analysis and saves it with its data",
          "[survival][view][rcode]") {
    test::application();
    SurvivalView view;
    REQUIRE(test::showWithStudy(view, test::sampleStudy("shi2021"), {1300, 850}));
    QSignalSpy shown(&view, &SurvivalView::reportShown);
    auto* conf = view.findChild<QComboBox*>(QStringLiteral("confType"));
    conf->setCurrentIndex(conf->findData(static_cast<int>(stats::ConfType::LogLog)));
    REQUIRE(shown.wait(30000));

    RCodeDialog* dialog = view.showRCode();
    REQUIRE(dialog);
    const QString code = dialog->code();
    CHECK(code.contains("read.csv(\"SHI2021_km_OS_data.csv\""));
    CHECK(code.contains("conf.type = \"log-log\", conf.int = 0.95"));
    CHECK(code.contains("levels = c(\"UC-MSC\", \"Control\")"));

    QTemporaryDir dir;
    const QString script = dir.filePath("shi_os.R");
    REQUIRE(dialog->save(script).isEmpty());
    const QString saved = text(script);
    CHECK(saved.contains("read.csv(\"shi_os_data.csv\""));
    CHECK(saved.contains("conf.type = \"log-log\""));
    const QStringList rows = text(dir.filePath("shi_os_data.csv")).split('\n', Qt::SkipEmptyParts);
    CHECK(rows.front() == "group,time,status");
    CHECK(rows.size() == 1 + 219);  // one row per analysed subject (108 + 111)
    dialog->close();
}
