#pragma once
// FigureRestore: records changes made to a drawn figure for the time of an export and undoes them,
// last change first, when destroyed. change(obj, getter, setter, f) sets the property to f(old);
// the old value is captured by value, so the restore puts back exactly what the figure held.
#include <functional>
#include <vector>

namespace ts {

class FigureRestore {
public:
    FigureRestore() = default;
    ~FigureRestore();
    FigureRestore(const FigureRestore&) = delete;
    FigureRestore& operator=(const FigureRestore&) = delete;

    template <typename Obj, typename Get, typename Set, typename F>
    void change(Obj* obj, Get get, Set set, F f) {
        const auto old = (obj->*get)();
        (obj->*set)(f(old));
        m_undo.push_back([obj, set, old] { (obj->*set)(old); });
    }
    // An undo step for a change made directly (a property without getter).
    void onRestore(std::function<void()> undo) { m_undo.push_back(std::move(undo)); }

private:
    std::vector<std::function<void()>> m_undo;
};

}  // namespace ts
