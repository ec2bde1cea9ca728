#pragma once
// A RowSink that hands another sink its rows on a thread of its own (internal to core/store): the
// import parses and checks the next rows while the rows before go into the store. Rows travel in
// batches, in the order given; the time unit and the fingerprint keep their place among them.
// finish() waits for every row, then finishes the inner sink on the caller's thread; an error of
// the inner sink comes back from the next call (the import then abandons the study).
#include <memory>

#include "core/store/backend.h"

namespace ts {

std::unique_ptr<RowSink> pipedSink(std::unique_ptr<RowSink> inner);

}  // namespace ts
