// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchSupport.h"

#include <QString>
#include <vector>

namespace keydesk {
class SqlStore;
}

namespace keydesk::bench {

class RawSqliteLookup;

struct VerifyFigures {
    std::vector<double> keydesk; // verifications/s, one per round
    std::vector<double> raw;     // empty without a raw baseline (PostgreSQL)
    double keydeskMedian = 0;
    double rawMedian = 0;
    double ratio = 0; // keydeskMedian / rawMedian; 0 without a baseline
    bool wroteWhileMeasuring = false;
    int rewarms = 0; // extra unmeasured passes that kept last_use_at inside the coalescing window
};

struct PageFigure {
    QString label;
    QString filter;
    int page = 1; // reached through the cursors of the pages before it
    double medianMs = 0;
    double minMs = 0;
    qsizetype rows = 0;
};

// (a) Authenticator::authenticate vs (b) the raw sqlite3 lookup, interleaved rounds; (a) alone
// when `raw` is null (a PostgreSQL store).
Result<VerifyFigures> measureVerification(SqlStore& store, RawSqliteLookup* raw,
                                          const Population& population,
                                          const BenchOptions& options);

// (c) Filtered 100-row pages through SqlStore::listKeys.
Result<std::vector<PageFigure>> measurePages(SqlStore& store, const Population& population,
                                             const BenchOptions& options);

} // namespace keydesk::bench
