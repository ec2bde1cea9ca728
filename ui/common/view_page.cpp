#include "ui/common/view_page.h"

#include <QEvent>
#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>

namespace ts {

ViewPage::ViewPage(QWidget* parent) : QWidget(parent) {
    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] {
        // A source replaced while it loaded has been dropped (m_pending changed): its result is stale.
        if (m_loader.future().resultCount() == 0 || !m_pending) return;
        m_pending.reset();
        setStudy(m_loader.result());
        applyRestore();
    });
}

void ViewPage::setSource(std::shared_ptr<const StudySource> source) {
    m_pending.reset();
    m_loader.setFuture(QFuture<std::shared_ptr<const StudyData>>());
    if (!source || source->loaded()) {
        setStudy(source ? source->data() : nullptr);
        if (source) applyRestore();
        return;
    }
    setStudy(nullptr);
    m_pending = std::move(source);
    if (isVisible()) loadPending();
}

void ViewPage::applyRestore() {
    if (!m_restore) return;
    const std::vector<std::string> words = std::move(*m_restore);
    m_restore.reset();
    try {
        applyArguments(Args(words));
    } catch (const std::exception& e) {  // a record this program cannot read: say so, keep the page
        emit status(tr("The figure's options cannot be restored: %1").arg(QString::fromUtf8(e.what())));
    }
}

void ViewPage::showOffer(const QString& message, const QStringList& views, const QStringList& details) {
    if (message.isEmpty()) {
        if (m_offer) m_offer->hide();
        return;
    }
    if (!m_offer) {
        m_offer = new QLabel(this);
        m_offer->setObjectName(QStringLiteral("viewOffer"));
        m_offer->setAlignment(Qt::AlignCenter);
        m_offer->setWordWrap(true);
        m_offer->setAutoFillBackground(true);  // the window colour over the page's controls
        m_offer->setTextFormat(Qt::RichText);
        m_offer->setContentsMargins(24, 24, 24, 24);
        connect(m_offer, &QLabel::linkActivated, this, &ViewPage::viewRequested);
    }
    QString html = QStringLiteral("<p style='font-size:large'><b>%1</b></p>").arg(message.toHtmlEscaped());
    if (!views.isEmpty()) {
        html += tr("<p>It has:</p>");
        for (qsizetype i = 0; i < views.size(); ++i)
            html += QStringLiteral("<p><a href='%1'>%1</a> \u2014 %2</p>")
                        .arg(views[i].toHtmlEscaped(), details.value(i).toHtmlEscaped());
    }
    m_offer->setText(html);
    m_offer->setGeometry(rect());
    m_offer->raise();
    m_offer->show();
}

QString ViewPage::offerText() const { return m_offer && !m_offer->isHidden() ? m_offer->text() : QString(); }

bool ViewPage::event(QEvent* event) {
    if (event->type() == QEvent::Resize && m_offer) m_offer->setGeometry(rect());
    return QWidget::event(event);
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
