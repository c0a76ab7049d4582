// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace keydesk {

// How long a rolled key keeps working next to its replacement (rotation with an overlap).
enum class RotationGrace { Now, OneHour, OneDay, SevenDays };

QString nameOf(RotationGrace grace); // now, 1h, 24h, 7d
std::optional<RotationGrace> parseRotationGrace(const QString& text);
qint64 graceSeconds(RotationGrace grace);

} // namespace keydesk
