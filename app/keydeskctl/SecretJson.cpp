// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretJson.h"

#include <QJsonDocument>

namespace keydesk::cli {

void printCreatedJson(Cli& cli, const QJsonObject& meta,
                      std::initializer_list<std::pair<const char*, const SecretBytes*>> secrets)
{
    QByteArray text = QJsonDocument(meta).toJson(QJsonDocument::Indented).trimmed();
    text.chop(1); // the closing brace
    while (text.endsWith('\n') || text.endsWith(' '))
        text.chop(1);
    SecretBytes out =
        SecretBytes::copyOf(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    bool needComma = !meta.isEmpty();
    for (const auto& [name, secret] : secrets) {
        out.append(needComma ? ",\n    \"" : "\n    \"");
        needComma = true;
        out.append(name);
        out.append("\": ");
        if (secret->isEmpty()) {
            out.append("null");
        } else {
            out.append("\"");
            out.append(secret->view());
            out.append("\"");
        }
    }
    out.append("\n}\n");
    cli.writeRaw(out.view());
}

} // namespace keydesk::cli
