// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class InfluenceGridLayout;
class InfluenceGridRenderer;

// The whole influence/interest grid with its legend as a file, whatever the zoom on screen:
// a PNG image (twice the logical size, sharp on paper and high-density screens) or an SVG
// drawing, made by the same renderer as the screen.
class InfluenceGridExport
{
    Q_DECLARE_TR_FUNCTIONS(InfluenceGridExport)

public:
    static constexpr int pngScale = 2;

    // The format follows the file name's suffix (.png or .svg).
    static Result<void> write(const QString& path, const InfluenceGridLayout& layout,
                              const InfluenceGridRenderer& renderer);
    static Result<void> writePng(const QString& path, const InfluenceGridLayout& layout,
                                 const InfluenceGridRenderer& renderer);
    static Result<void> writeSvg(const QString& path, const InfluenceGridLayout& layout,
                                 const InfluenceGridRenderer& renderer);

private:
    static Error writeError(const QString& path);
};
