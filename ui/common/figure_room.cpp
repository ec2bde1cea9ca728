#include "ui/common/figure_room.h"

#include <QVariant>
#include <qcustomplot.h>

#include "ui/common/text_wrap.h"

namespace ts {

namespace {

// QObject properties of the footnote element.
constexpr const char* kLead = "trialscopeFootnoteLead";
constexpr const char* kNotes = "trialscopeFootnoteNotes";
constexpr const char* kSeparator = "trialscopeFootnoteSeparator";
constexpr const char* kNotesHidden = "trialscopeFootnoteNotesHidden";
constexpr const char* kKeyedElsewhere = "trialscopeKeyedElsewhere";  // of a legend

void show(QCPTextElement* footnote) {
    QStringList lines = footnote->property(kLead).toStringList();
    if (!footnote->property(kNotesHidden).toBool()) lines += footnote->property(kNotes).toStringList();
    setWrappedText(footnote, lines.join(footnote->property(kSeparator).toString()));
}

}  // namespace

void setFootnote(QCPTextElement* footnote, const QStringList& lead, const QStringList& notes,
                 const QString& separator) {
    footnote->setProperty(kLead, lead);
    footnote->setProperty(kNotes, notes);
    footnote->setProperty(kSeparator, separator);
    show(footnote);
}

void addToFootnote(QCPTextElement* footnote, const QString& text, FootnotePart part) {
    const char* key = part == FootnotePart::Lead ? kLead : kNotes;
    footnote->setProperty(key, footnote->property(key).toStringList() << text);
    show(footnote);
}

QStringList footnoteNotes(const QCPTextElement* element) { return element->property(kNotes).toStringList(); }

void showFootnoteNotes(QCPTextElement* footnote, bool shown) {
    footnote->setProperty(kNotesHidden, !shown);
    show(footnote);
}

void setKeyedElsewhere(QCPLegend* legend) { legend->setProperty(kKeyedElsewhere, true); }

bool keyedElsewhere(const QCPLegend* legend) { return legend->property(kKeyedElsewhere).toBool(); }

}  // namespace ts
