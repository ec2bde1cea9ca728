#pragma once
// A layout that places its items left to right and starts a new line when the next item would not
// fit, so a view's control bar folds onto more lines in a narrow window instead of forcing the
// window wider than a laptop screen. Items keep their size hints; lines are top-aligned.
#include <QLayout>
#include <QList>
#include <QString>

namespace ts {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    // Puts `widget` before item `index`, as addWidget puts it after the last.
    void insertWidget(int index, QWidget* widget);
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in `rect` (moving them when `apply`); returns the height used.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
};

// A label and its control as one layout item, so that a FlowLayout never puts them on two lines.
QWidget* labelled(const QString& text, QWidget* control, QWidget* parent);

}  // namespace ts
