#include "ui/common/view_page.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ts {

ViewPage::ViewPage(QWidget* parent) : QWidget(parent) {
    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] {
        // A source replaced while it loaded has been dropped (m_pending changed): its result is stale.
        if (m_loader.future().resultCount() == 0 || !m_pending) return;
        m_pending.reset();
        setStudy(m_loader.result());
    });
}

void ViewPage::setSource(std::shared_ptr<const StudySource> source) {
    m_pending.reset();
    m_loader.setFuture(QFuture<std::shared_ptr<const StudyData>>());
    if (!source || source->loaded()) {
        setStudy(source ? source->data() : nullptr);
        return;
    }
    setStudy(nullptr);
    m_pending = std::move(source);
    if (isVisible()) loadPending();
}

void ViewPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_pending && !m_loader.isRunning()) loadPending();
}

void ViewPage::loadPending() {
    emit status(tr("Loading %1\u2026").arg(QString::fromStdString(m_pending->info.id)));
    m_loader.setFuture(QtConcurrent::run([source = m_pending]() -> std::shared_ptr<const StudyData> {
        try {
            return source->data();
        } catch (const std::exception&) {
            return nullptr;  // exceptions must not cross QtConcurrent; the page shows no study
        }
    }));
}

}  // namespace ts
