#!/usr/bin/python3
"""Excel workbooks for tst_xlsxreader, made at test time: by openpyxl (what most HR exports look
like), by xlsxwriter (a second writer, with cached formula values), and hostile ones built by hand
with zipfile. Usage: make_workbooks.py DIR"""
import datetime
import sys
import zipfile

import openpyxl
import xlsxwriter
import xlwt
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = sys.argv[1]

# Staff list with a title row, Korean and Japanese text, leading zeros stored both ways, dates,
# a boolean, an integer stored as float, a decimal, an empty column gap and a second sheet.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Staff"
ws["A1"] = "Staff list, April 2026"
ws.append([])
ws.append(["ownUserId", "이름", "姓", "email", "hired", "zip", "active", "score", None, "note"])
ws.append(["00123", "민준", "佐藤", "minjun@example.com", datetime.date(2024, 4, 1), 1234, True, 1.5, None, "a"])
ws.append([123, "花子", "鈴木", "hanako@example.jp", datetime.datetime(2024, 4, 2, 9, 30), 5678, False, 42.0, None, "b"])
ws["A5"].number_format = "00000"
ws["E4"].number_format = "yyyy-mm-dd"
ws["E5"].number_format = "yyyy-mm-dd hh:mm"
ws["F4"].number_format = "0000000"
ws["F5"].number_format = "0000000"
ws.merge_cells("A1:D1")
other = wb.create_sheet("Other")
other.append(["email", "groups"])
other.append(["lee@example.com", "Sales"])
wb.save(f"{out}/staff.xlsx")

# What Excel shows differently: a merged header cell, merged cells below it, a hidden row and a
# hidden column; a title row merged above the header (not worth a note).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Roster"
ws.append(["Roster"])
ws.merge_cells("A1:F1")
ws.append(["email", "ownUserId", "name", None, "note", "department"])
ws.merge_cells("C2:D2")
ws.append(["a@example.com", "E1", "Kim", "Minjun", "x", "Sales"])
ws.append(["b@example.com", "E2", "Lee", "Seo", "y", None])
ws.append(["c@example.com", "E3", "Park", "Jisu", "z", "HR"])
ws.append(["d@example.com", "E4", "Choi", "Yuna", "w", "HR"])
ws.merge_cells("F3:F4")
ws.row_dimensions[5].hidden = True
ws.column_dimensions["E"].hidden = True
wb.save(f"{out}/structure.xlsx")

# An old .xls workbook (BIFF8, by xlwt): a title row, Korean and Japanese text, an ID stored as text
# with its zeros and one stored as a number, a date, a date and time, a second sheet.
book = xlwt.Workbook(encoding="utf-8")
ws = book.add_sheet("Staff")
ws.write(0, 0, "Staff list (old format)")
for c, v in enumerate(["ownUserId", "이름", "姓", "email", "hired", "joined", "score"]):
    ws.write(2, c, v)
date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
stamp = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm")
ws.write(3, 0, "00123"); ws.write(3, 1, "민준"); ws.write(3, 2, "佐藤"); ws.write(3, 3, "minjun@example.com")
ws.write(3, 4, datetime.date(2024, 4, 1), date); ws.write(3, 5, datetime.datetime(2024, 4, 2, 9, 30), stamp); ws.write(3, 6, 1.5)
ws.write(4, 0, 123); ws.write(4, 1, "花子"); ws.write(4, 2, "鈴木"); ws.write(4, 3, "hanako@example.jp"); ws.write(4, 6, 42)
other = book.add_sheet("Other")
other.write(0, 0, "email"); other.write(1, 0, "lee@example.com")
book.save(f"{out}/staff.xls")

# The 1904 date system (old Mac workbooks).
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.append(["ownUserId", "hired"])
ws.append(["E1", datetime.date(2024, 4, 1)])
ws["B2"].number_format = "yyyy-mm-dd"
wb.save(f"{out}/mac1904.xlsx")

# A second writer, with a formula whose cached value is what Excel shows.
wb = xlsxwriter.Workbook(f"{out}/xlsxwriter.xlsx")
ws = wb.add_worksheet("Members")
ws.write_row(0, 0, ["email", "firstName", "count"])
ws.write_row(1, 0, ["kim@example.com", "김"])
ws.write_formula(1, 2, "=1+1", None, 2)
ws.write_row(2, 0, ["sato@example.jp", "さとう"])
ws.write_formula(2, 2, "=A1", None, "cached text")
wb.close()

# 100,000 rows (for the benchmark and the limits), written in streaming mode.
if len(sys.argv) > 2 and sys.argv[2] == "large":
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Users")
    ws.append(["ownUserId", "firstName", "lastName", "email"])
    for n in range(1, 100001):
        ws.append([f"EMP{n:06d}", "민준", "김", f"user{n}@example.com"])
    wb.save(f"{out}/large.xlsx")

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def handmade(name, sheet, content_types=CONTENT_TYPES, extra=None, rels=RELS, workbook=WORKBOOK):
    with zipfile.ZipFile(f"{out}/{name}", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        for k, v in (extra or {}).items():
            z.writestr(k, v)


SHEET = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>{}</sheetData></worksheet>')
# Entity expansion ("billion laughs"): a DTD is refused before anything expands.
handmade("entities.xlsx", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
# The same in the workbook's relationships, a part read before any sheet.
handmade("entities-rels.xlsx", SHEET.format(''), rels=RELS.replace('<Relationships', '<!DOCTYPE r [<!ENTITY a "a">]><Relationships'))
# A cell in the last column Excel has (XFD = 16,384).
handmade("wide.xlsx", SHEET.format('<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c>'
                                   '<c r="XFD1" t="inlineStr"><is><t>far</t></is></c></row>'))
# Malformed XML in the sheet.
handmade("malformed.xlsx", SHEET.format('<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row><row r="2"><c r="A2"'))
# A header and nothing below it; rows listed out of order.
handmade("headeronly.xlsx", SHEET.format('<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>'))
handmade("disorder.xlsx", SHEET.format('<row r="2"><c r="A2" t="inlineStr"><is><t>a@example.com</t></is></c></row>'
                                       '<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>'))
# A sheet without a name, and two sheets whose names differ only in case (Excel allows neither;
# the sheet picker and --sheet could not tell them apart).
handmade("unnamed.xlsx", SHEET.format('<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>'),
         workbook=WORKBOOK.replace(' name="S"', ''))
handmade("twins.xlsx", SHEET.format('<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row>'),
         workbook=WORKBOOK.replace('</sheets>', '<sheet name="s" sheetId="2" r:id="rId1"/></sheets>'))
# Macros.
handmade("macros.xlsx", SHEET.format(''), CONTENT_TYPES.replace("sheet.main+xml", "sheet.macroEnabled.main+xml"))
# A zip bomb: one part that unpacks to 64 MB of zeros (the test sets a 16 MB limit).
handmade("bomb.xlsx", SHEET.format(''), extra={"xl/media/zeros.bin": b"\0" * (64 * 1024 * 1024)})
