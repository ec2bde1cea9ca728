#pragma once
// Combo boxes filled from an option's table (core/model/choices.h): each entry shows the table's
// label and carries the value as int data (currentData().toInt() casts back to E), in table order,
// so a box offers exactly what the command line accepts.
#include <QComboBox>
#include <QString>

#include "core/model/choices.h"

namespace ts {

template <class E>
QString choiceLabel(const Choice<E>& choice) {
    return QString::fromUtf8(choice.label.data(), static_cast<qsizetype>(choice.label.size()));
}

template <class E>
QString choiceLabel(const Choices<E>& table, E value) {
    const std::string_view label = table.label(value);
    return QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()));
}

// Adds the table's entries for which keep(value) holds (every entry without `keep`).
template <class E, class Keep>
void addChoices(QComboBox* box, const Choices<E>& table, Keep keep) {
    for (const Choice<E>& c : table.all())
        if (keep(c.value)) box->addItem(choiceLabel(c), static_cast<int>(c.value));
}

template <class E>
void addChoices(QComboBox* box, const Choices<E>& table) {
    addChoices(box, table, [](E) { return true; });
}

}  // namespace ts
