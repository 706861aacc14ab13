"""Exports of the coded cases for the tools researchers already use: SPSS
`.sav`, Excel `.xlsx`, CSV, and REFI-QDA (`.qdpx` project, `.qdc` codebook)
for ATLAS.ti, NVivo and MAXQDA; plus reading `.qdpx`/`.qdc` files back.

    export(store, "sav", Path("ckm-2021.sav"), year=2021)
"""

from zichtbaar.lazy import lazy_exports

__all__ = [
    "FORMATS", "CaseTable", "Column", "ImportedCode", "ImportedCoding", "ImportedProject", "case_table", "export",
    "read_qdc", "read_qdpx", "write_qdc", "write_qdpx", "years_to_export",
]
__getattr__ = lazy_exports(__name__, {
    "FORMATS": "run", "export": "run", "years_to_export": "run",
    "CaseTable": "frame", "Column": "frame", "case_table": "frame",
    "ImportedCode": "qdc", "read_qdc": "qdc", "write_qdc": "qdc",
    "ImportedCoding": "refiqda", "ImportedProject": "refiqda", "read_qdpx": "refiqda", "write_qdpx": "refiqda",
})
