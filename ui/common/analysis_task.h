#pragma once
// runAnalysis: runs a service-layer call (analyseLabs, analyseAdverseEvents, analyseBaseline) on
// Qt's thread pool so the window never freezes on a large study. The outcome carries the report or
// the one-line message of the AnalysisError / std::exception it threw (exceptions must not cross
// QtConcurrent's boundary). Views watch the future with a QFutureWatcher; setting a new future on
// the watcher drops the result of a request that has been superseded.
#include <exception>
#include <optional>
#include <utility>

#include <QFuture>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

namespace ts {

template <typename Report>
struct AnalysisOutcome {
    std::optional<Report> report;
    QString error;
};

template <typename Report, typename Fn>
QFuture<AnalysisOutcome<Report>> runAnalysis(Fn fn) {
    return QtConcurrent::run([fn = std::move(fn)]() -> AnalysisOutcome<Report> {
        try {
            return {fn(), {}};
        } catch (const std::exception& e) {
            return {std::nullopt, QString::fromUtf8(e.what())};
        }
    });
}

}  // namespace ts
