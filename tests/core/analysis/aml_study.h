#pragma once
// survival::aml as a StudyData: TRT01A = Maintained / Nonmaintained, endpoint "OS", flag SAFFL
// ("N" for the last subject of each arm), arms listed Nonmaintained first when `reversed`.
#include "core/model/study_data.h"

namespace ts::test {

StudyData amlStudy(bool reversed = false);

}  // namespace ts::test
