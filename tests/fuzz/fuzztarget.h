#pragma once

#include <cstddef>
#include <cstdint>

namespace Parallax {

// Reads arbitrary bytes as two or three articles (split at the byte 0x1E, the ASCII record
// separator; the first byte also picks each one's format), segments and aligns them, and writes
// the comparison as JSON, as the application would. Shared by the libFuzzer target and by the
// regression test that replays the inputs the fuzzer once crashed on.
void fuzzOne(const uint8_t *data, size_t size);

} // namespace Parallax
