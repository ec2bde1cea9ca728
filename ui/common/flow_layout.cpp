#include "ui/common/flow_layout.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QWidget>

namespace ts {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) { setContentsMargins(0, 0, 0, 0); }

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { m_items.append(item); }

void FlowLayout::insertWidget(int index, QWidget* widget) {
    addChildWidget(widget);
    m_items.insert(std::clamp(index, 0, count()), new QWidgetItem(widget));
    invalidate();
}

int FlowLayout::count() const { return static_cast<int>(m_items.size()); }

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const { return {}; }

bool FlowLayout::hasHeightForWidth() const { return true; }

int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const {
    // As narrow as the widest single item: everything else can fold onto further lines.
    QSize size;
    for (const QLayoutItem* item : m_items) size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    // One line holding everything.
    int width = 0, height = 0;
    const int gap = std::max(spacing(), 0);
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        width += (width > 0 ? gap : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = std::max(spacing(), 0);
    int y = area.y();
    QList<QLayoutItem*> line;
    int lineWidth = 0, lineHeight = 0;
    // Places one finished line, each item centred vertically so labels sit level with their controls.
    auto place = [&] {
        int x = area.x();
        for (QLayoutItem* item : line) {
            const QSize hint = item->sizeHint();
            if (apply) item->setGeometry(QRect(QPoint(x, y + (lineHeight - hint.height()) / 2), hint));
            x += hint.width() + gap;
        }
        y += lineHeight + gap;
        line.clear();
        lineWidth = lineHeight = 0;
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty()) continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && lineWidth + gap + hint.width() > area.width()) place();
        lineWidth += (line.isEmpty() ? 0 : gap) + hint.width();
        lineHeight = std::max(lineHeight, hint.height());
        line.append(item);
    }
    if (!line.isEmpty()) place();
    const int used = y - area.y() - (y > area.y() ? gap : 0);
    const QMargins m = contentsMargins();
    return used + m.top() + m.bottom();
}

QWidget* labelled(const QString& text, QWidget* control, QWidget* parent) {
    auto* pair = new QWidget(parent);
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(text, pair));
    row->addWidget(control);
    return pair;
}

}  // namespace ts
