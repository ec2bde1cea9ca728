// trialscope: the viewer. `trialscope [--db FILE] [PATH...]` opens the store (default: the per-user
// store) and imports any study folders or ADaM files given, or opens a session or exported figure.
// `trialscope --cli ARGS` runs trialscope-cli's command line with the figure commands, which
// trialscope-cli hands to this binary (app/cli/figure_commands.h).
#include <string_view>

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include "app/cli/figures/viewer_figures.h"
#include "app/cli/run_cli.h"
#include "core/analysis/heap_policy.h"
#include "core/store/store.h"
#include "trialscope/version.h"
#include "ui/shell/main_window.h"

int main(int argc, char** argv) {
    ts::keepFreedMemory();
    if (argc > 1 && std::string_view(argv[1]) == "--cli") {
        ts::cli::provideFigureCommands(ts::cli::viewerFigureCommands());
        return ts::cli::runCli(argc - 1, argv + 1);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrialScope"));
    QApplication::setApplicationName(QStringLiteral("TrialScope"));
    QApplication::setApplicationVersion(QStringLiteral(TRIALSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("trialscope"));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("TrialScope: a viewer for clinical-trial results."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Use the store FILE, or the team library at a postgresql:// URI, "
                                               "instead of $TRIALSCOPE_DB or the per-user store."),
                                QStringLiteral("FILE|URI"));
    cli.addOption(db);
    cli.addPositionalArgument(QStringLiteral("PATH"),
                              QStringLiteral("Study folders or ADaM files to import, a session (.trialscope) or an "
                                             "exported figure to open."),
                              QStringLiteral("[PATH...]"));
    cli.process(app);

    const QString env = qEnvironmentVariable("TRIALSCOPE_DB");
    const std::filesystem::path store = cli.isSet(db)    ? std::filesystem::path(cli.value(db).toStdString())
                                        : !env.isEmpty() ? std::filesystem::path(env.toStdString())
                                                         : ts::Store::defaultPath();
    try {
        if (!ts::isServerLocation(store.string()) && store.has_parent_path())
            std::filesystem::create_directories(store.parent_path());
        ts::MainWindow window(store);
        window.show();
        if (!cli.positionalArguments().isEmpty()) window.openPaths(cli.positionalArguments());
        return QApplication::exec();
    } catch (const std::exception& e) {
        QMessageBox::critical(nullptr, QStringLiteral("TrialScope"), QString::fromUtf8(e.what()));
        return 1;
    }
}
