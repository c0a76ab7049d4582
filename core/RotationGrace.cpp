// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationGrace.h"

namespace keydesk {

namespace {
constexpr RotationGrace kAll[] = {RotationGrace::Now, RotationGrace::OneHour, RotationGrace::OneDay,
                                  RotationGrace::SevenDays};
}

QString nameOf(RotationGrace grace)
{
    switch (grace) {
    case RotationGrace::Now:
        return QStringLiteral("now");
    case RotationGrace::OneHour:
        return QStringLiteral("1h");
    case RotationGrace::OneDay:
        return QStringLiteral("24h");
    case RotationGrace::SevenDays:
        return QStringLiteral("7d");
    }
    return QStringLiteral("now");
}

std::optional<RotationGrace> parseRotationGrace(const QString& text)
{
    for (RotationGrace g : kAll) {
        if (nameOf(g) == text)
            return g;
    }
    return std::nullopt;
}

qint64 graceSeconds(RotationGrace grace)
{
    switch (grace) {
    case RotationGrace::Now:
        return 0;
    case RotationGrace::OneHour:
        return 3600;
    case RotationGrace::OneDay:
        return 24 * 3600;
    case RotationGrace::SevenDays:
        return 7 * 24 * 3600;
    }
    return 0;
}

} // namespace keydesk
