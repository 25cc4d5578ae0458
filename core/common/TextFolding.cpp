// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFolding.h"

#include <QStringView>

#include <algorithm>
#include <vector>

namespace {

// Builds the folded text one character of the compatibility decomposition (NFKD) at a time.
// QString::normalized() would give the same characters, but Qt 6.4 decomposes by replacing
// inside the string (each replacement moves the rest of it) and orders combining marks by
// swapping neighbours: both take quadratic time, minutes for a 1 MB field of accented letters
// or of stacked combining marks. Here each character is decomposed on its own and each run of
// combining marks is ordered with a stable sort, which is what NFKD's canonical ordering is.
class Folder
{
public:
    explicit Folder(qsizetype size) { m_out.reserve(size); }

    void add(char32_t c)
    {
        if (c >= 0x80 && QChar::decompositionTag(c) != QChar::NoDecomposition) {
            // One level at a time: the parts may decompose further (full decomposition).
            const QString parts = QChar::decomposition(c);
            addAll(parts);
            return;
        }
        if (c >= 0x80 && QChar::combiningClass(c) != 0) {
            m_marks.push_back(c);
            return;
        }
        flushMarks();
        put(c);
    }

    // Code points of UTF-16 text; a lone surrogate is passed on as it is, as normalizing does.
    void addAll(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                add(QChar::surrogateToUcs4(c, text[i + 1]));
                ++i;
            } else {
                add(c.unicode());
            }
        }
    }

    QString finish()
    {
        flushMarks();
        return m_out.toCaseFolded();
    }

private:
    void flushMarks()
    {
        if (m_marks.empty())
            return;
        std::stable_sort(m_marks.begin(), m_marks.end(), [](char32_t a, char32_t b) {
            return QChar::combiningClass(a) < QChar::combiningClass(b);
        });
        for (const char32_t c : m_marks)
            put(c);
        m_marks.clear();
    }

    // What the folding keeps of the decomposed text, UTF-16 unit by UTF-16 unit as it always
    // did (stored name keys must not change): no marks, spaces collapsed and trimmed.
    void put(char32_t c)
    {
        if (QChar::requiresSurrogates(c)) {
            keep(QChar(QChar::highSurrogate(c)));
            keep(QChar(QChar::lowSurrogate(c)));
            return;
        }
        const QChar ch(c);
        const QChar::Category cat = ch.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            return;
        if (ch.isSpace()) {
            m_pendingSpace = !m_out.isEmpty();
            return;
        }
        keep(ch);
    }

    void keep(QChar c)
    {
        if (m_pendingSpace) {
            m_out += QLatin1Char(' ');
            m_pendingSpace = false;
        }
        m_out += c;
    }

    QString m_out;
    std::vector<char32_t> m_marks; // the run of combining marks not yet ordered
    bool m_pendingSpace = false;
};

} // namespace

QString TextFolding::fold(const QString& text)
{
    Folder folder(text.size());
    folder.addAll(text);
    return folder.finish();
}
