#pragma once
// Raised by the service layer when a request cannot be answered (unknown study, endpoint,
// variable, group). The message is one line meant for the user.
#include <stdexcept>
#include <string>

namespace ts {

class AnalysisError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace ts
