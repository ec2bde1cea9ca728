// Theme: the DOI links of the study details pane and the provenance banner, and the banner's flag of
// non-original data, are drawn in the theme's link and warning colours, which keep a WCAG 2 contrast
// ratio of at least 4.5 against the pane's background in both themes, also after a theme switch.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include "tests/ui/view_fixture.h"
#include "ui/common/contrast.h"
#include "ui/common/plot_style.h"
#include "ui/common/provenance_banner.h"
#include "ui/library/study_library_view.h"

using namespace ts;

namespace {

// Text colour of the first fragment of `doc` that `match` accepts; invalid when there is none.
template <typename Match>
QColor fragmentColour(const QTextDocument& doc, Match match) {
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (match(it.fragment())) return it.fragment().charFormat().foreground().color();
    return {};
}

QColor linkColour(const QTextDocument& doc) {
    return fragmentColour(doc, [](const QTextFragment& f) { return !f.charFormat().anchorHref().isEmpty(); });
}

QColor flagColour(const QTextDocument& doc) {
    return fragmentColour(doc, [](const QTextFragment& f) { return f.text().startsWith("Data: reconstructed"); });
}

StudySummary shi() {
    StudySummary s;
    s.info.id = "SHI2021";
    s.info.title = "Mesenchymal stem cells in COVID-19";
    s.info.citation = "Shi L et al. Signal Transduct Target Ther 2021;6:58";
    s.info.doi = "10.1038/s41392-021-00488-5";
    s.info.provenance = Provenance::Reconstructed;
    return s;
}

}  // namespace

TEST_CASE("DOI links and the provenance flag are readable in both themes", "[ui][theme]") {
    test::application();
    StudyLibraryView library;
    library.setStudies({shi()});
    library.selectStudy("SHI2021");
    const StudySummary study = shi();
    ProvenanceBanner banner;
    banner.showSource(&study.info, Provenance::Reconstructed, "Figure 2");
    const auto* details = library.findChild<QTextBrowser*>("studyDetails");
    REQUIRE(details);

    for (const PlotStyle* style : {&PlotStyle::dark(), &PlotStyle::light()}) {
        PlotStyle::setTheme(style->theme);
        QApplication::processEvents();
        INFO((style->theme == PlotStyle::Theme::Dark ? "dark" : "light"));
        // The panes were filled before the switch: they re-render in the new colours.
        const QColor link = linkColour(*details->document());
        CHECK(link == style->link);
        CHECK(contrastRatio(link, details->palette().color(QPalette::Base)) >= 4.5);
        banner.grab();                                           // a label lays its rich text out when first drawn
        const auto* label = banner.findChild<QTextDocument*>();  // the label's rich-text document
        REQUIRE(label);
        CHECK(linkColour(*label) == style->link);
        CHECK(flagColour(*label) == style->warning);
        for (const QColor& text : {style->link, style->warning})
            CHECK(contrastRatio(text, banner.palette().color(QPalette::Window)) >= 4.5);
        CHECK(QApplication::palette().color(QPalette::Link) == style->link);
    }
}
