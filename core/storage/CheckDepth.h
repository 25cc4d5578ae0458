// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How far the checks of a city file's content go (ContentCheck).
enum class CheckDepth
{
    // What no window may be shown without: one city, the personal-data list, the city's own
    // values readable. A few milliseconds on any file.
    Quick,
    // Every opening, in the background once the window is shown for a large file: also the
    // pages and records (quick_check), the CHECK rules, references between records.
    Opening,
    // `passerelle-cli check`: also every index against its table (duplicate unique keys,
    // missing entries) and the type and size of every value.
    Thorough
};
