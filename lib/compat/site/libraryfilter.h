#pragma once
// Transitional: libraryfilter.h moved to lib/models (a library model shows translation states and
// prices, so it sits above site). Kept for app/library and tests/gui, which other engineers
// own; remove once they include "models/libraryfilter.h". Not part of any module (see lib/CMakeLists.txt).
#include "models/libraryfilter.h"
