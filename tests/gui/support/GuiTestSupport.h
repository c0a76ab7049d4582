// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QList>
#include <QWidget>
#include <memory>

namespace keydesk::test {

// Attaches a QAbstractItemModelTester (fatal mode) to `model` and to every proxy found under
// `root`, for as long as this object lives: create it right after the window, keep it for the
// whole test.
class ModelTesters {
public:
    void attach(QAbstractItemModel* model);
    void attachAll(QObject* root); // every QAbstractItemModel among root's children

private:
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
    QList<QAbstractItemModel*> m_models;
};

// The first visible top-level widget of type T (dialogs opened with open()).
template <typename T> T* findTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

} // namespace keydesk::test
