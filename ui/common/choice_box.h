#pragma once
// Combo boxes filled from an option's table (core/model/choices.h): each entry shows the table's
// label and carries the value as int data (currentData().toInt() casts back to E), in table order,
// so a box offers exactly what the command line accepts.
#include <QComboBox>
#include <QString>

#include "core/model/choices.h"
#include "core/options/args.h"

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

// Selects the entry carrying `data`; false (the box unchanged) when none does.
inline bool selectData(QComboBox* box, const QVariant& data) {
    const int at = box->findData(data);
    if (at >= 0) box->setCurrentIndex(at);
    return at >= 0;
}

// Selects the entry of option `table`'s value in `args` (a box filled by addChoices).
template <class E>
void selectChoice(QComboBox* box, const Choices<E>& table, const Args& args) {
    if (const std::optional<E> v = args.choice(table)) selectData(box, static_cast<int>(*v));
}

}  // namespace ts
