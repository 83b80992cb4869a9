#pragma once

// A property check for the fuzz targets: a violated property aborts, so libFuzzer keeps
// the input as a crash, with the property in plain words on stderr.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, property)                                                 \
    do {                                                                                \
        if (!(condition)) {                                                             \
            std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", property,       \
                         __FILE__, __LINE__);                                           \
            std::abort();                                                               \
        }                                                                               \
    } while (false)
