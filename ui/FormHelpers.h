// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "KeyFormat.h"
#include "SecretBytes.h"

class QLabel;
class QLineEdit;
class QWidget;

namespace keydesk::ui {

// A line edit that takes an API key: password echo, no completion or prediction, monospace,
// and a placeholder that shows the key's shape.
void setUpKeyEdit(QLineEdit* edit);

// The key typed into `edit` (surrounding whitespace dropped), as SecretBytes. The UTF-8 copy
// made on the way is wiped; the line edit's own buffer is beyond reach, so callers clear the
// field as soon as they are done with it.
SecretBytes keyFrom(const QLineEdit* edit);

// Shape and checksum of the key in `edit` (KeyFormat::parse); no store is asked.
Result<KeyFormat::Parsed> parseKeyIn(const QLineEdit* edit);

// A word-wrapped plain-text label for notices and errors.
QLabel* messageLabel(const QString& objectName, QWidget* parent);
// Shows `text` in `label` in the error colour; an empty text hides the label.
void showErrorIn(QLabel* label, const QString& text);
// Shows `text` in `label` in the normal colour (a hint, not an error); empty hides it.
void showHintIn(QLabel* label, const QString& text);

} // namespace keydesk::ui
