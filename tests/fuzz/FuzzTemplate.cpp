// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a checklist template received from a partner city. The bytes go through
// TemplateFormat::parse (JSON, then the template's own checks); an accepted template must
// export and read back as the same template, since a city passes on what it received.
#include "FuzzSupport.h"

#include "checklists/TemplateFormat.h"

#include <cstddef>
#include <cstdint>

namespace {

// Every text the installer and the editor ask for, in each language of the template.
void readTexts(const TemplateDocument& doc)
{
    QStringList languages = doc.languages;
    languages << QStringLiteral("en") << QStringLiteral("ar");
    qsizetype total = 0;
    for (const QString& l : std::as_const(languages)) {
        total += doc.text(doc.title, l).size() + doc.text(doc.description, l).size();
        for (const TemplateDocument::Area& area : doc.areas) {
            total += doc.text(area.title, l).size() + doc.text(area.description, l).size();
            for (const TemplateDocument::Item& item : area.items)
                total += doc.text(item.statement, l).size() + doc.text(item.guidance, l).size();
        }
    }
    if (total < 0)
        Fuzz::fail("negative text size");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Not a copy: an over-read past the input's end is then AddressSanitizer's to see.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<TemplateDocument> doc = TemplateFormat::parse(bytes);
    if (!doc) {
        if (doc.error().message.isEmpty())
            Fuzz::fail("a refused template says nothing");
        return 0;
    }
    if (std::optional<Error> e = TemplateFormat::validate(doc.value()))
        Fuzz::fail("an accepted template does not validate", e->message);
    readTexts(doc.value());
    const QByteArray exported = TemplateFormat::toJson(doc.value());
    Result<TemplateDocument> again = TemplateFormat::parse(exported);
    if (!again)
        Fuzz::fail("an accepted template does not read back once exported", again.error().message);
    if (TemplateFormat::toJson(again.value()) != exported)
        Fuzz::fail("an exported template reads back as another template");
    return 0;
}
