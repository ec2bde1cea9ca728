#include "app/cli/figures/viewer_figures.h"

#include "app/cli/figures/export_command.h"

namespace ts::cli {

FigureCommands viewerFigureCommands() {
    return {exportFigure, inspectFigure, reportStudies, exportCommandUsage, exportViewsMarkdown};
}

}  // namespace ts::cli
