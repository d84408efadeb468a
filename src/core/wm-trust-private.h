/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by wm-trust-pdf.c and wm-trust-pdf-table.c. */

#include "wm-report-layout-private.h"
#include "wm-trust.h"

G_BEGIN_DECLS

#define WM_TRUST_PDF_SMALL_SIZE 8.5

void wm_trust_pdf_place_key   (WmReportFlow        *flow,
                               const WmTrustTable  *table,
                               const char * const  *labels);
void wm_trust_pdf_place_table (WmReportFlow        *flow,
                               const WmTrustTable  *table,
                               const char * const  *labels);

G_END_DECLS
