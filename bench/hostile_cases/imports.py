"""Inputs to the import: files as agents receive them, broken or hostile (command line and core)."""

from __future__ import annotations

import math
import unicodedata

from bench.hostile_cases.lab import WRONG, case
from bench.hostile_cases.samples import france_services_csv, france_services_rows

F = "imports"
HEADER = "nom;adresse;code_postal;commune;latitude;longitude"


def _names(lab) -> list[str]:
    if not lab.db_path.exists():
        return []
    store = lab.store()
    return [store.sites.get(i).name for i in store.sites.query_ids()]


def _sites(lab):
    if not lab.db_path.exists():
        return []
    store = lab.store()
    return [store.sites.get(i) for i in store.sites.query_ids()]


def _import_ok(lab, path, *args, count=None, words=("importé",)):
    result = lab.cli("import", path, *args)
    lab.succeeded(result, *words)
    sites = _sites(lab)
    if count is not None:
        lab.expect(len(sites) == count, WRONG, f"{len(sites)} place(s) in the catalog, {count} expected")
    return sites


def _refused(lab, path, *words, args=()):
    result = lab.cli("import", path, *args)
    lab.refused(result, *words)
    lab.expect(not _names(lab), WRONG, "something was imported from a file that was refused")
    return result


def _coords_sane(lab, sites):
    for s in sites:
        for v in (s.latitude, s.longitude):
            lab.expect(v is None or (math.isfinite(v) and abs(v) <= 180), WRONG,
                       f"« {s.name} » stored with coordinate {v!r}")


# ---- encodings and shapes of CSV

@case(F, "csv_utf8_bom", "real France Services rows, UTF-8 with BOM")
def _(lab):
    sites = _import_ok(lab, lab.file("fs.csv", "\ufeff" + france_services_csv(3)), count=3)
    lab.expect("France services de Valserhône" in [s.name for s in sites], WRONG, "accents lost")


@case(F, "csv_utf16_excel", "Excel « Texte Unicode »: UTF-16 LE with BOM, tab-separated")
def _(lab):
    rows = france_services_rows(3)
    text = "\t".join(rows[0]) + "\r\n" + "".join("\t".join(r.values()) + "\r\n" for r in rows)
    sites = _import_ok(lab, lab.file("fs.txt", "\ufeff" + text, "utf-16-le"), count=3)
    lab.expect("France services de Valserhône" in [s.name for s in sites], WRONG, "accents lost")


@case(F, "csv_utf16_no_bom", "UTF-16 LE without BOM")
def _(lab):
    _import_ok(lab, lab.file("fs.csv", france_services_csv(2), "utf-16-le"), count=2)


@case(F, "csv_cp1252", "Windows-1252 (Excel « CSV séparateur point-virgule »)")
def _(lab):
    text = HEADER + "\nCafé des Possibles;12 rue de l'Église;26150;Die;44,75;5,37\n"
    sites = _import_ok(lab, lab.file("l.csv", text, "cp1252"), count=1)
    lab.expect(sites[0].name == "Café des Possibles", WRONG, f"read as « {sites[0].name} »")


@case(F, "csv_latin9_oe", "ISO-8859-15 with « œ » and « € »")
def _(lab):
    text = HEADER + "\nL'Œuvrière, cœur de bourg;place du 8 mai;26150;Die;44,75;5,37\n"
    sites = _import_ok(lab, lab.file("l.csv", text, "iso-8859-15"), count=1)
    lab.expect("Œuvrière" in sites[0].name and "cœur" in sites[0].name, WRONG, f"read as « {sites[0].name} »")


@case(F, "csv_header_only", "a header and no row")
def _(lab):
    _refused(lab, lab.file("vide.csv", HEADER + "\n"), "aucun lieu")


@case(F, "csv_empty_file", "an empty file (0 bytes)")
def _(lab):
    _refused(lab, lab.file("vide.csv", b""), "vide")


@case(F, "csv_blank_lines", "only blank lines and separators")
def _(lab):
    _refused(lab, lab.file("blanc.csv", "\n\n;;;\n  \n"), "aucun lieu")


@case(F, "png_named_csv", "a PNG image renamed .csv")
def _(lab):
    from tests.factories.photos import jpeg_bytes

    _refused(lab, lab.file("liste.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + jpeg_bytes()), "pas un fichier texte")


@case(F, "csv_nul_in_field", "a NUL byte inside a name")
def _(lab):
    text = HEADER + "\nTiers\x00-lieu du Diois;rue;26150;Die;44,75;5,37\nFablab;rue;26400;Crest;44,72;5,02\n"
    result = lab.cli("import", lab.file("nul.csv", text))
    if result.status == 0:
        names = _names(lab)
        lab.expect(all("\x00" not in n for n in names), WRONG, "a NUL byte was stored in a name")
    else:
        lab.refused(result)


@case(F, "csv_unbalanced_quote", "a quote opened and never closed")
def _(lab):
    text = HEADER + '\n"Café des Possibles;rue;26150;Die;44,75;5,37\nFablab;rue;26400;Crest;44,72;5,02\n'
    result = lab.cli("import", lab.file("q.csv", text))
    if result.status == 0:
        lab.expect(_names(lab), WRONG, "exit 0 and nothing imported")
    else:
        lab.refused(result)


@case(F, "csv_one_mb_description", "a description of 1 MB in one cell")
def _(lab):
    text = "nom;commune;description\nLa Ruche;Die;" + "très long texte " * 65_000 + "\n"
    sites = _import_ok(lab, lab.file("long.csv", text), count=1)
    lab.expect(len(sites[0].description) > 900_000, WRONG, "the description was cut")


@case(F, "csv_field_over_limit", "one cell of 12 MB (over the reader's limit)")
def _(lab):
    text = "nom;commune;description\nLa Ruche;Die;" + "x" * 12_000_000 + "\n"
    result = lab.cli("import", lab.file("enorme.csv", text))
    if result.status == 0:
        lab.expect(_names(lab) == ["La Ruche"], WRONG, "exit 0 but the place is not there")
    else:
        lab.refused(result)


@case(F, "csv_ragged_rows", "rows shorter and longer than the header")
def _(lab):
    text = (HEADER + "\nLa Ruche;rue;26150;Die;\nFablab;rue;26400;Crest;44,72;5,02;\n"
            "Garage;rue;26400;Crest;44,72;5,02;en trop;encore\n")
    result = lab.cli("import", lab.file("r.csv", text))
    lab.succeeded(result, "colonnes au lieu de 6")        # the long row is refused, and why
    lab.expect(sorted(_names(lab)) == ["Fablab", "La Ruche"], WRONG, f"catalog holds {_names(lab)}")


@case(F, "csv_duplicate_headers", "two columns both named « nom »")
def _(lab):
    text = "nom;nom;commune\nLa Ruche;Ruche (ancien nom);Die\n"
    sites = _import_ok(lab, lab.file("d.csv", text), count=1)
    lab.expect(sites[0].name in ("La Ruche", "Ruche (ancien nom)"), WRONG, f"name « {sites[0].name} »")


@case(F, "csv_old_mac_line_ends", "lines ended by CR alone (old Mac)")
def _(lab):
    text = france_services_csv(3).replace("\n", "\r")
    _import_ok(lab, lab.file("mac.csv", text), count=3)


@case(F, "csv_latitude_text", "latitude « abc », longitude « nord »")
def _(lab):
    text = HEADER + "\nLa Ruche;rue;26150;Die;abc;nord\n"
    result = lab.cli("import", lab.file("t.csv", text))
    if result.status == 0:
        _coords_sane(lab, _sites(lab))
    else:
        lab.refused(result)


@case(F, "csv_latitude_out_of_range", "latitude 123, longitude 456")
def _(lab):
    text = HEADER + "\nLa Ruche;rue;26150;Die;123;456\nFablab;rue;26400;Crest;44,72;5,02\n"
    result = lab.cli("import", lab.file("o.csv", text))
    lab.succeeded(result)
    sites = _sites(lab)
    _coords_sane(lab, sites)
    lab.expect(all(s.latitude is None or -90 <= s.latitude <= 90 for s in sites), WRONG, "latitude 123 stored")


@case(F, "csv_nan_inf_coordinates", "coordinates « nan », « inf », « -Infinity »")
def _(lab):
    text = HEADER + "\nA;rue;26150;Die;nan;inf\nB;rue;26150;Die;-Infinity;5\nC;rue;26400;Crest;44,72;5,02\n"
    result = lab.cli("import", lab.file("n.csv", text))
    lab.succeeded(result)
    _coords_sane(lab, _sites(lab))


@case(F, "csv_400_digit_coordinate", "a coordinate of 400 digits")
def _(lab):
    text = HEADER + "\nA;rue;26150;Die;" + "4" * 400 + ";5\nC;rue;26400;Crest;44,72;5,02\n"
    result = lab.cli("import", lab.file("n.csv", text))
    lab.succeeded(result)
    _coords_sane(lab, _sites(lab))


@case(F, "csv_swapped_coordinates", "latitude and longitude swapped")
def _(lab):
    text = HEADER + "\nFrance services de Die;rue;26150;Die;5,37;44,75\n"
    sites = _import_ok(lab, lab.file("s.csv", text), count=1)
    s = sites[0]
    lab.expect(s.latitude is not None and 44 < s.latitude < 45.5, WRONG, f"stored at {s.latitude}, {s.longitude}")


@case(F, "csv_name_blank", "a row whose name is only spaces")
def _(lab):
    text = HEADER + "\n   ;rue;26150;Die;44,75;5,37\nFablab;rue;26400;Crest;44,72;5,02\n"
    result = lab.cli("import", lab.file("b.csv", text))
    lab.succeeded(result, "rejet")
    lab.expect(_names(lab) == ["Fablab"], WRONG, f"catalog holds {_names(lab)}")


@case(F, "csv_markup_names", "names with <script>, <b>, &amp; and a </script>")
def _(lab):
    names = ["<script>alert(1)</script>", "Café <b>gras</b> & Cie", "Fin</script><img src=x onerror=alert(1)>"]
    text = "nom;commune\n" + "".join(f"{n};Die\n" for n in names)
    _import_ok(lab, lab.file("m.csv", text), count=3)
    lab.expect(sorted(_names(lab)) == sorted(names), WRONG, f"names changed: {_names(lab)}")
    out = lab.cli("list").out
    lab.expect(all(n in out for n in names), WRONG, "list does not print the names as they are")


@case(F, "csv_control_characters", "names with ESC sequences, BEL, U+202E")
def _(lab):
    text = 'nom;commune\n"Café\x1b[31m rouge\x07";Die\n"Tiers-lieu \u202eexe.fdp";Crest\n'
    _import_ok(lab, lab.file("c.csv", text), count=2)
    out = lab.cli("list").out
    lab.expect("\x1b" not in out and "\x07" not in out and "\u202e" not in out, WRONG,
               "control characters reach the terminal")


@case(F, "csv_decomposed_accents", "names pasted from a Mac (e + U+0301)")
def _(lab):
    name = unicodedata.normalize("NFD", "Café de l'Écluse")
    sites = _import_ok(lab, lab.file("nfd.csv", "nom;commune\n" + name + ";Die\n"), count=1)
    lab.expect(unicodedata.is_normalized("NFC", sites[0].name), WRONG, "stored decomposed (NFD)")
    lab.expect(lab.cli("search", "cafe", "ecluse").out.count("\n") == 1, WRONG, "« cafe ecluse » does not find it")


@case(F, "csv_formula_cells", "cells starting with =, +, -, @ (formula injection)")
def _(lab):
    text = 'nom;commune\n"=HYPERLINK(""http://x"",""clic"")";Die\n"+33 4 75 00 00 00";Crest\n'
    _import_ok(lab, lab.file("f.csv", text), count=2)
    lab.expect('=HYPERLINK("http://x","clic")' in _names(lab), WRONG, f"names changed: {_names(lab)}")


@case(F, "csv_thousands_columns", "a header of 5,000 columns")
def _(lab):
    header = "nom;commune;" + ";".join(f"c{i}" for i in range(5000))
    row = "La Ruche;Die;" + ";".join("x" for _ in range(5000))
    _import_ok(lab, lab.file("w.csv", header + "\n" + row + "\n"), count=1)


@case(F, "csv_decimal_comma", "« 44,75 » with a semicolon separator")
def _(lab):
    sites = _import_ok(lab, lab.file("d.csv", HEADER + "\nLa Ruche;rue;26150;Die;44,75;5,37\n"), count=1)
    lab.expect(sites[0].latitude == 44.75, WRONG, f"latitude {sites[0].latitude}")


@case(F, "csv_postcode_lost_zero", "« 1200 Valserhône » (Excel dropped the 0)")
def _(lab):
    sites = _import_ok(lab, lab.file("p.csv", "nom;code_postal;commune\nFS;1200;Valserhône\n"), count=1)
    lab.expect(sites[0].insee_code == "01033", WRONG, f"INSEE code « {sites[0].insee_code} »")


@case(F, "csv_imported_twice", "the same real list imported twice")
def _(lab):
    path = lab.file("fs.csv", france_services_csv(5))
    _import_ok(lab, path, count=5)
    _import_ok(lab, path, count=5, words=())


@case(F, "csv_same_row_twice", "the same row twice in one file")
def _(lab):
    lines = france_services_csv(2).splitlines()
    _import_ok(lab, lab.file("dd.csv", "\n".join([*lines, lines[1]]) + "\n"), count=2)


@case(F, "csv_only_header_and_junk", "a header, then rows of separators only")
def _(lab):
    _refused(lab, lab.file("j.csv", HEADER + "\n;;;;;\n;;;;;\n"), "aucun lieu")
