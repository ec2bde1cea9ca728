#pragma once
// LiverParamsDialog: which of a study's lab parameters are ALT, AST, total bilirubin and ALP, for
// studies that do not use the usual PARAMCDs. Each box lists the study's subject-level parameters and
// "(found by name)"; the mapping is kept per study (Settings::liverParams).
#include <array>

#include <QDialog>

#include "core/analysis/liver_analysis.h"

class QComboBox;

namespace ts {

class LiverParamsDialog : public QDialog {
    Q_OBJECT
public:
    // `current`: the codes in use; `params`: the study's lab parameters (PARAMCD, PARAM).
    LiverParamsDialog(const LiverParams& current, const std::vector<std::pair<std::string, std::string>>& params,
                      QWidget* parent = nullptr);
    LiverParams params() const;

private:
    std::array<QComboBox*, 4> m_boxes{};
};

}  // namespace ts
