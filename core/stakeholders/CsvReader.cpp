// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "common/BoundedFile.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <array>

namespace {

// Enough for the delimiter to show itself and small enough to parse three times at once.
constexpr qsizetype sampleBytes = 64 * 1024;
constexpr int sampleRows = 20;

const QByteArray utf8Bom("\xEF\xBB\xBF");

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five unassigned bytes map to the
// C1 control of the same value, as Windows does.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray& bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = (b >= 0x80 && b < 0xA0) ? QChar(cp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString ignored = decoder(bytes);
    return !decoder.hasError();
}

// What libcsv's callbacks build: the records, each with the physical line it starts on.
struct ParseState
{
    QList<CsvRow> rows;
    QStringList fields;
    int line = 1;
    int rowStart = 1;
    bool inRow = false;
    char newline = '\n';
    qsizetype maxRows = -1; // stop keeping rows after this many (delimiter detection)
    // Beyond these the file is refused (-1: no limit); the line where it happened.
    qsizetype limitRows = -1;
    qsizetype limitFields = -1;
    int rowsOverLine = 0;
    int fieldsOverLine = 0;

    bool overLimit() const { return rowsOverLine > 0 || fieldsOverLine > 0; }
};

void onField(void* data, size_t size, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    const char* bytes = static_cast<const char*>(data);
    if (!s->inRow) {
        s->rowStart = s->line;
        s->inRow = true;
    }
    // A quoted field may span lines; the next record starts that many lines further.
    s->line += int(std::count(bytes, bytes + size, s->newline));
    if (s->limitFields >= 0 && s->fields.size() >= s->limitFields) {
        if (s->fieldsOverLine == 0)
            s->fieldsOverLine = s->rowStart;
        return;
    }
    // Unquoted spaces are already trimmed by libcsv; quoted ones are the writer's choice.
    s->fields.append(QString::fromUtf8(bytes, qsizetype(size)));
}

void onRowEnd(int terminator, void* user)
{
    auto* s = static_cast<ParseState*>(user);
    if (s->inRow) {
        const bool blank = std::all_of(s->fields.cbegin(), s->fields.cend(),
                                       [](const QString& f) { return f.trimmed().isEmpty(); });
        if (!blank && (s->maxRows < 0 || s->rows.size() < s->maxRows))
            s->rows.append({s->rowStart, s->fields});
        if (s->limitRows >= 0 && s->rows.size() > s->limitRows && s->rowsOverLine == 0)
            s->rowsOverLine = s->rowStart;
        s->fields.clear();
        s->inRow = false;
    }
    // CSV_REPALL_NL reports every unquoted CR and LF: one of them is one physical line.
    if (terminator == static_cast<unsigned char>(s->newline))
        ++s->line;
}

int onlySpace(unsigned char c)
{
    // libcsv trims tabs too by default, which would eat empty fields of a tab-separated file.
    return c == CSV_SPACE ? 1 : 0;
}

struct ParseOutcome
{
    ParseState state;
    bool ok = true;
    int errorLine = 0;
};

// Limits of a parse: rows kept (a sample), and rows and fields beyond which it stops.
struct ParseLimits
{
    qsizetype keptRows = -1;
    qsizetype rows = -1;
    qsizetype fields = -1;
};

ParseOutcome parseText(const QByteArray& utf8, char delimiter, bool strict,
                       const ParseLimits& limits)
{
    ParseOutcome out;
    out.state.maxRows = limits.keptRows;
    out.state.limitRows = limits.rows;
    out.state.limitFields = limits.fields;
    out.state.newline = (!utf8.contains('\n') && utf8.contains('\r')) ? '\r' : '\n';
    csv_parser parser;
    unsigned char options = CSV_REPALL_NL;
    if (strict)
        options |= CSV_STRICT | CSV_STRICT_FINI;
    if (csv_init(&parser, options) != 0) {
        out.ok = false;
        return out;
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, onlySpace);
    // In slices, so that a file over a limit is left there rather than parsed to its end.
    constexpr qsizetype slice = 1024 * 1024;
    for (qsizetype offset = 0; offset < utf8.size() && !out.state.overLimit(); offset += slice) {
        const size_t length = size_t(std::min(slice, utf8.size() - offset));
        const size_t done =
            csv_parse(&parser, utf8.constData() + offset, length, onField, onRowEnd, &out.state);
        if (done != length) {
            out.ok = false;
            out.errorLine =
                1 + int(std::count(utf8.constData(), utf8.constData() + offset + qsizetype(done),
                                   out.state.newline));
            csv_free(&parser);
            return out;
        }
    }
    if (!out.state.overLimit() && csv_fini(&parser, onField, onRowEnd, &out.state) != 0) {
        // An opening quote never closed: it swallowed the rest of the file.
        out.ok = false;
        out.errorLine = out.state.rowStart;
    }
    csv_free(&parser);
    return out;
}

QString displayName(const QString& name)
{
    return name.isEmpty() ? CsvReader::tr("The CSV file") : name;
}

Error tooLarge(const QString& shown, const CsvReadOptions& options)
{
    return {CsvReader::tr("“%1” is larger than the %2 MB a stakeholder list may be. Split it "
                          "into smaller files, then import each part.")
                .arg(shown)
                .arg(options.maxBytes / (1024 * 1024))};
}

} // namespace

char CsvReader::delimiterChar(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Semicolon:
        return ';';
    case CsvDelimiter::Tab:
        return '\t';
    case CsvDelimiter::Auto:
    case CsvDelimiter::Comma:
        break;
    }
    return ',';
}

QString CsvReader::name(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return tr("automatic");
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString CsvReader::name(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Auto:
        return tr("automatic");
    case CsvDelimiter::Comma:
        return tr("comma");
    case CsvDelimiter::Semicolon:
        return tr("semicolon");
    case CsvDelimiter::Tab:
        return tr("tab");
    }
    return {};
}

CsvEncoding CsvReader::detectEncoding(const QByteArray& bytes)
{
    return isValidUtf8(bytes) ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

QString CsvReader::decode(const QByteArray& bytes, CsvEncoding encoding)
{
    const QByteArray body = bytes.startsWith(utf8Bom) ? bytes.mid(utf8Bom.size()) : bytes;
    if (encoding == CsvEncoding::Auto)
        encoding = detectEncoding(body);
    if (encoding == CsvEncoding::Windows1252)
        return fromWindows1252(body);
    return QString::fromUtf8(body);
}

CsvDelimiter CsvReader::detectDelimiter(const QString& text)
{
    QByteArray sample = text.left(sampleBytes).toUtf8();
    const bool cut = text.size() > sampleBytes;
    CsvDelimiter best = CsvDelimiter::Comma;
    qsizetype bestMatches = 0;
    qsizetype bestFields = 1;
    for (const CsvDelimiter candidate :
         {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab}) {
        ParseOutcome parsed =
            parseText(sample, delimiterChar(candidate), false, {.keptRows = sampleRows + 1});
        QList<CsvRow>& rows = parsed.state.rows;
        // The last record of a cut sample may be cut too.
        if (cut && rows.size() > 1)
            rows.removeLast();
        if (rows.isEmpty())
            continue;
        const qsizetype fields = rows.first().fields.size();
        if (fields < 2)
            continue;
        const qsizetype matches =
            std::count_if(rows.cbegin(), rows.cend(),
                          [fields](const CsvRow& r) { return r.fields.size() == fields; });
        if (matches > bestMatches || (matches == bestMatches && fields > bestFields)) {
            best = candidate;
            bestMatches = matches;
            bestFields = fields;
        }
    }
    return best;
}

Result<CsvTable> CsvReader::read(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    const QString shown = info.fileName().isEmpty() ? path : info.fileName();
    const BoundedFile::Content content = BoundedFile::read(path, options.maxBytes);
    switch (content.problem) {
    case BoundedFile::Problem::None:
        break;
    case BoundedFile::Problem::NotAFile:
        return Error{BoundedFile::notAFileMessage(path)};
    case BoundedFile::Problem::CannotOpen:
        return Error{tr("“%1” cannot be read: %2. Check that the file exists and that you may "
                        "read it.")
                         .arg(shown, content.reason)};
    case BoundedFile::Problem::TooLarge:
        if (content.size > 0) {
            const qint64 mb = 1024 * 1024;
            return Error{tr("“%1” is %2 MB, larger than the %3 MB a stakeholder list may be. "
                            "Split it into smaller files, or remove the columns and rows you do "
                            "not need, then import each part.")
                             .arg(shown)
                             .arg((content.size + mb - 1) / mb)
                             .arg(options.maxBytes / mb)};
        }
        return tooLarge(shown, options);
    }
    return parse(content.bytes, options, shown);
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes, const Options& options,
                                  const QString& name)
{
    const QString shown = displayName(name);
    if (bytes.size() > options.maxBytes)
        return tooLarge(shown, options);
    // NUL never appears in text a spreadsheet saves as CSV; it does in workbooks, images and
    // UTF-16 files.
    if (bytes.contains('\0')) {
        return Error{tr("“%1” is not a CSV text file: it holds binary data (a spreadsheet "
                        "workbook, an image or UTF-16 text). In your spreadsheet use “Save as” "
                        "and choose CSV (UTF-8 or comma-separated), then import that file.")
                         .arg(shown)};
    }
    CsvTable table;
    const QByteArray body = bytes.startsWith(utf8Bom) ? bytes.mid(utf8Bom.size()) : bytes;
    table.encoding =
        options.encoding == CsvEncoding::Auto ? detectEncoding(body) : options.encoding;
    if (options.encoding == CsvEncoding::Utf8 && !isValidUtf8(body)) {
        return Error{tr("“%1” is not valid UTF-8 text. Choose the encoding Windows-1252, or let "
                        "Passerelle detect the encoding.")
                         .arg(shown)};
    }
    const QString text = decode(body, table.encoding);
    if (text.trimmed().isEmpty()) {
        return Error{tr("“%1” is empty: there is no stakeholder to import. Choose the file your "
                        "spreadsheet saved, with a header line and one stakeholder per line.")
                         .arg(shown)};
    }
    const QStringView head = QStringView(text).left(sampleBytes);
    const qsizetype controls = std::count_if(head.begin(), head.end(), [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == u'\x7f';
    });
    if (controls * 100 > head.size()) {
        return Error{tr("“%1” does not look like text: it is full of control characters. In "
                        "your spreadsheet use “Save as” and choose CSV, then import that file.")
                         .arg(shown)};
    }
    table.delimiter =
        options.delimiter == CsvDelimiter::Auto ? detectDelimiter(text) : options.delimiter;
    // libcsv reads bytes: valid UTF-8 is parsed as it came, without a second copy.
    const QByteArray utf8 = table.encoding == CsvEncoding::Utf8 ? body : text.toUtf8();
    // The header and the data rows; the field limit applies to every line.
    ParseOutcome parsed = parseText(utf8, delimiterChar(table.delimiter), true,
                                    {.rows = options.maxRows + 1, .fields = options.maxColumns});
    if (parsed.state.fieldsOverLine > 0) {
        return Error{tr("Line %1 of “%2” has more than %3 fields, more than a stakeholder list "
                        "has columns. Remove the columns you do not need, or choose the "
                        "separator the file uses, then import again.")
                         .arg(parsed.state.fieldsOverLine)
                         .arg(shown)
                         .arg(options.maxColumns)};
    }
    if (parsed.state.rowsOverLine > 0) {
        return Error{tr("“%1” has more than %2 lines of stakeholders, more than one import "
                        "takes. Split it into files of at most %2 lines, each with the header "
                        "line, then import each part.")
                         .arg(shown)
                         .arg(options.maxRows)};
    }
    if (!parsed.ok) {
        return Error{tr("“%1” is not valid CSV near line %2: a quote is misplaced or a quoted "
                        "field is never closed. Check the quotes on that line, or save the file "
                        "again from your spreadsheet as CSV.")
                         .arg(shown)
                         .arg(parsed.errorLine)};
    }
    QList<CsvRow>& rows = parsed.state.rows;
    if (rows.isEmpty()) {
        return Error{tr("“%1” is empty: there is no stakeholder to import. Choose the file your "
                        "spreadsheet saved, with a header line and one stakeholder per line.")
                         .arg(shown)};
    }
    table.header = rows.first().fields;
    table.headerLine = rows.first().line;
    rows.removeFirst();
    table.rows = std::move(rows);
    return table;
}
