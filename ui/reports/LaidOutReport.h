// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportDocument.h"
#include "reports/ReportPages.h"
#include "reports/ReportPaginator.h"
#include "reports/ReportStyle.h"

#include <memory>
#include <optional>

// A report built and laid out, kept together because the pages refer to the style they were
// measured with and the painter to all three: the preview shows it, the printer paints it.
struct LaidOutReport
{
    ReportDocument document;
    std::unique_ptr<ReportStyle> style;
    ReportPages pages;

    // Nothing when stopped by progress.
    static std::shared_ptr<LaidOutReport> layOut(ReportDocument document,
                                                 QPageSize::PageSizeId paper,
                                                 const ReportPaginator::Progress& progress = {})
    {
        auto report = std::make_shared<LaidOutReport>();
        report->document = std::move(document);
        report->style = std::make_unique<ReportStyle>(paper);
        std::optional<ReportPages> pages =
            ReportPaginator(*report->style).paginate(report->document, progress);
        if (!pages)
            return nullptr;
        report->pages = std::move(*pages);
        return report;
    }
};
