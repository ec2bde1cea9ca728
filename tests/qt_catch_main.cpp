// Catch2 main for the widget and figure tests: one offscreen QApplication for the whole run, made
// before any test so that every test case also runs on its own (as CTest runs them). CTest runs the
// test cases as concurrent processes, so each process keeps its settings (theme, recent studies,
// splitter sizes) in a folder of its own instead of the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
