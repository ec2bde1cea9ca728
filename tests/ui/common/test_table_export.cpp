// TableExport::bindCopy wires the Copy button and the Ctrl+C shortcut of a table view.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>

#include "ui/common/table_export.h"

using ts::TableExport;

TEST_CASE("bindCopy: the button copies the table, and Ctrl+C is bound on the view", "[ui][table]") {
    QStandardItemModel model(1, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Term"), QStringLiteral("n")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("FEVER")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("7")));
    QTableView view;
    view.setModel(&model);
    QPushButton button;
    TableExport::bindCopy(view, button);
    QApplication::clipboard()->clear();
    button.click();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("Term\tn\r\nFEVER\t7\r\n"));
    const auto shortcuts = view.findChildren<QShortcut*>();
    REQUIRE(shortcuts.size() == 1);
    CHECK(shortcuts[0]->keys().contains(QKeySequence(Qt::CTRL | Qt::Key_C)));
}
