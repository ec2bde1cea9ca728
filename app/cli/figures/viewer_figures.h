#pragma once
// The figure commands as the viewer binary provides them to the command line (figure_commands.h).
#include "app/cli/figure_commands.h"

namespace ts::cli {

FigureCommands viewerFigureCommands();

}  // namespace ts::cli
