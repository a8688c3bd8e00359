// The libFuzzer entry point (built by the "fuzz" preset with clang).
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Parallax::fuzzOne(data, size);
    return 0;
}
