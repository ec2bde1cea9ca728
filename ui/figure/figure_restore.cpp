#include "ui/figure/figure_restore.h"

namespace ts {

FigureRestore::~FigureRestore() {
    for (auto it = m_undo.rbegin(); it != m_undo.rend(); ++it) (*it)();
}

}  // namespace ts
