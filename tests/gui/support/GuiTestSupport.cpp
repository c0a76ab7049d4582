// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include <QComboBox>

namespace keydesk::test {

void ModelTesters::attach(QAbstractItemModel* model)
{
    if (!model || m_models.contains(model))
        return;
    m_models << model;
    m_testers << std::make_shared<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void ModelTesters::attachAll(QObject* root)
{
    // Our models and proxies; not the private models Qt's convenience widgets own.
    for (QAbstractItemModel* m : root->findChildren<QAbstractItemModel*>()) {
        QObject* owner = m->parent();
        const bool internal =
            owner && (qobject_cast<QComboBox*>(owner) || owner->inherits("QTreeWidget") ||
                      owner->inherits("QListWidget") || owner->inherits("QTableWidget") ||
                      owner->inherits("QCompleter"));
        if (!internal)
            attach(m);
    }
}

} // namespace keydesk::test
