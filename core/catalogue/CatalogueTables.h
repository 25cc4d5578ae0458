// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalogue/TableDescription.h"

#include <QList>

// The descriptions, one function per part of the domain, each in the schema's order; Catalogue
// puts them together. Not for use outside the catalogue.
namespace CatalogueTables {
QList<TableDescription> file();
QList<TableDescription> profile();
QList<TableDescription> stakeholders();
QList<TableDescription> checklists();
QList<TableDescription> plan();
QList<TableDescription> exchange();
QList<TableDescription> planVersion2();
QList<TableDescription> merging();
} // namespace CatalogueTables
