#!/usr/bin/python3
"""What a second reader (openpyxl) sees in a workbook Alli Admin wrote, as JSON on stdout:
each sheet's state, frozen panes, autofilter, column widths, data validations, and every cell's
value, type and boldness. tst_tablefile compares it with what the writer promised."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"active": wb.active.title, "sheets": []}
for ws in wb.worksheets:
    sheet = {
        "title": ws.title,
        "state": ws.sheet_state,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "validations": [
            {"sqref": str(dv.sqref), "type": dv.type, "formula": dv.formula1, "errorStyle": dv.errorStyle,
             "prompt": dv.prompt}
            for dv in ws.data_validations.dataValidation
        ],
        "cells": [[{"v": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(),
                    "t": c.data_type, "bold": bool(c.font and c.font.b)} for c in row]
                  for row in ws.iter_rows()],
    }
    out["sheets"].append(sheet)
json.dump(out, sys.stdout, ensure_ascii=False)
